"""Stories: threads of related timeline entries over days (attack → siege → aftermath).

Entries (clusters of merged events, see :mod:`timeline.merge`) are linked into one story
when they lie at most :data:`STORY_WINDOW` apart, or one article tells both (an earlier
bombing it recalls joins the story whatever its date), and their clauses share telling
words: at least :data:`MIN_SHARED` content words that are rare across the entries (a
town, a base, a name), carrying :data:`MIN_WEIGHT` of inverse document frequency and
:data:`MIN_SHARE` of the smaller entry's; entries placed in one town (not a country or a
region, and named by few entries of the month) within the window need one such word. Stories
are the connected groups of these links, blocked by month buckets and word so the work
grows linearly with the entries.

Each story gets a short Arabic label from its telling words: its commonest happening
word (``lang/ar/triggers.yaml``) and place, else its most telling words; labels are made
unique by a number (``تفجير · أبها (2)``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence

import polars as pl

from timeline.places import load_gazetteer

__all__ = ["MAX_STORY_ENTRIES", "MIN_SHARE", "MIN_SHARED", "MIN_WEIGHT", "STORY_WINDOW", "assign_stories"]

STORY_WINDOW = dt.timedelta(days=14)
"""Largest gap between two entries of one story (unless one article tells both)."""

MIN_SHARED = 3
"""Least telling words two entries share to be one story."""

MIN_WEIGHT = 4.0
"""Least summed inverse document frequency of those words."""

MAX_STORY_ENTRIES = 200
"""A story grows no larger (links join stories strongest first): a thread of hundreds of
entries is a topic, not a story, and weak links chain whole news days together."""

MIN_SHARE = 0.3
"""Least share of the smaller entry's information (summed inverse document frequency of
its words) the shared words carry: a long digest shares some words with everything."""

_MAX_POSTINGS = 30  # a word in more entries of one block (month or article) links nothing there
_BUCKET_DAYS = 30
_UNIT = 1_000_000  # information is summed in millionths, exactly
_MAX_LINKS = 3  # links kept per entry: those sharing the largest share of its information


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb and self.size[ra] + self.size[rb] <= MAX_STORY_ENTRIES:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.size[min(ra, rb)] += self.size[max(ra, rb)]


def assign_stories(frame: pl.DataFrame, words: Sequence[str],
                   triggers: Sequence[str | None]) -> pl.DataFrame:
    """Add ``story`` (Int64, numbered in timeline order) and ``story_label`` to merged
    events (``cluster`` filled, rows in timeline order); ``words`` are each event's content
    words, ``triggers`` its happening word class."""
    clusters = frame["cluster"].to_list()
    n_entries = max(clusters) + 1 if clusters else 0
    epoch = dt.datetime(1, 1, 1)
    events = frame.select(
        "cluster", "article_id", "place",
        ((pl.col("start") - epoch).dt.total_days()).alias("lo"),
        ((pl.col("end") - epoch).dt.total_days()).alias("hi"),
    ).with_columns(pl.Series("words", words, pl.String).str.split(" "))
    # words and articles interned to integers: the joins below compare numbers, not text
    entry_words = (
        events.select("cluster", "words").explode("words").rename({"words": "word"})
        .filter(pl.col("word") != "").unique()
    )
    df = entry_words.group_by("word").agg(pl.len().alias("df"))
    idf = df.with_columns(((n_entries + 1) / (pl.col("df") + 1)).log().add(1).alias("info"),
                          pl.col("word").rank("dense").cast(pl.UInt32).alias("wid"))
    entry_words = entry_words.join(idf.select("word", "wid"), on="word").select("cluster", "wid")
    events = events.drop("words").with_columns(
        pl.col("article_id").rank("dense").cast(pl.Int64).alias("article_id"))
    union = _Union(n_entries)
    for a, b in _links(events, entry_words, idf.drop("word")):
        union.union(a, b)
    roots = [union.find(c) for c in range(n_entries)]
    numbering: dict[int, int] = {}
    for c in clusters:  # events are in timeline order: stories numbered by first entry
        numbering.setdefault(roots[c], len(numbering))
    story = [numbering[roots[c]] for c in clusters]
    weights = dict(zip(idf["word"].to_list(), idf["info"].to_list()))
    labels = _labels(story, words, triggers, frame["place"].to_list(), weights)
    return frame.with_columns(
        pl.Series("story", story, pl.Int64),
        pl.Series("story_label", [labels[s] for s in story], pl.String),
    )


def _links(events: pl.DataFrame, entry_words: pl.DataFrame,
           idf: pl.DataFrame) -> list[tuple[int, int]]:
    """Pairs of entries that are one story, strongest first: blocked by (word, month
    bucket) and by (word, article), each block capped."""
    spans = events.group_by("cluster").agg(
        pl.col("lo").min(), pl.col("hi").max(),
        pl.col("article_id").drop_nulls().unique().alias("articles"),
        pl.col("place").drop_nulls().mode().min().alias("place"))
    # a town is telling only where it is rare: in at most _MAX_POSTINGS entries of a month
    spans = spans.with_columns(
        (pl.len().over("place", pl.col("lo") // _BUCKET_DAYS) <= _MAX_POSTINGS).alias("rare_place"))
    # information counted in millionths (integers): sums do not depend on the order of rows
    informative = entry_words.join(idf.filter(pl.col("df") >= 2), on="wid").with_columns(
        (pl.col("info") * _UNIT).round().cast(pl.Int64))
    totals = informative.group_by("cluster").agg(pl.col("info").sum().alias("total"))
    spans = spans.join(totals, on="cluster", how="left").with_columns(pl.col("total").fill_null(0))
    in_time = (
        spans.select("cluster", (pl.col("lo") // _BUCKET_DAYS).alias("first"),
                     pl.min_horizontal((pl.col("hi") + STORY_WINDOW.days) // _BUCKET_DAYS,
                                       pl.col("lo") // _BUCKET_DAYS + 2).alias("last"))
        .select("cluster", pl.int_ranges("first", pl.col("last") + 1).alias("block"))
        .explode("block")
    )
    # article blocks are negative numbers, time blocks (months) zero and up
    in_article = spans.select("cluster", pl.col("articles").alias("block")).explode("block") \
        .drop_nulls().with_columns(-pl.col("block"))
    postings = (
        informative.select("cluster", "wid", "info")
        .join(pl.concat([in_time, in_article], how="vertical_relaxed"), on="cluster")
        .filter(pl.len().over("wid", "block").is_between(2, _MAX_POSTINGS))
    )
    window = STORY_WINDOW.days
    pairs = (
        postings.join(postings.select("wid", "block", pl.col("cluster").alias("cluster_b")),
                      on=["wid", "block"])
        .filter(pl.col("cluster") < pl.col("cluster_b"))
        .unique(["cluster", "cluster_b", "wid"])
        .group_by("cluster", "cluster_b")
        .agg(pl.len().alias("shared"), pl.col("info").sum())
        .join(spans, on="cluster")
        .join(spans.rename(lambda n: n if n == "cluster" else n + "_b"), left_on="cluster_b",
              right_on="cluster")
        .with_columns(
            (pl.col("articles").list.set_intersection("articles_b").list.len() > 0).alias("told"),
            ((pl.col("lo_b") < pl.col("hi") + window) & (pl.col("lo") < pl.col("hi_b") + window))
            .alias("near"),
            (pl.col("info") / pl.min_horizontal("total", "total_b")).alias("share"),
        )
        .with_columns((pl.col("near") & (pl.col("place") == pl.col("place_b"))
                       & pl.col("rare_place") & pl.col("rare_place_b")
                       & ~pl.col("place").is_in(sorted(_wide_places()))).fill_null(False)
                      .alias("same_place"))
        .filter(
            ((pl.col("told") | pl.col("near")) & (pl.col("shared") >= MIN_SHARED)
             & (pl.col("info") >= MIN_WEIGHT * _UNIT) & (pl.col("share") >= MIN_SHARE))
            # one town within the window: one telling word is enough
            | (pl.col("same_place") & (pl.col("info") >= MIN_WEIGHT * _UNIT)))
        .sort("cluster", "cluster_b")
        .with_columns(
            pl.col("share").rank("ordinal", descending=True).over("cluster").alias("rank_a"),
            pl.col("share").rank("ordinal", descending=True).over("cluster_b").alias("rank_b"),
        )
        .filter(pl.col("rank_a") <= _MAX_LINKS, pl.col("rank_b") <= _MAX_LINKS)
        .sort("share", "cluster", "cluster_b", descending=[True, False, False])  # strongest first
    )
    return list(zip(pairs["cluster"].to_list(), pairs["cluster_b"].to_list()))


def _wide_places() -> set[str]:
    """Countries and regions of the gazetteer: too wide to tie two entries together."""
    return {p.name for p in load_gazetteer().forms.values() if p.kind != "city"}


def _labels(story: list[int], words: Sequence[str], triggers: Sequence[str | None],
            places: Sequence[str | None], idf: dict[str, float]) -> dict[int, str]:
    """A short Arabic label per story: happening word · place, else its telling words."""
    kinds: dict[int, Counter[str]] = defaultdict(Counter)
    where: dict[int, Counter[str]] = defaultdict(Counter)
    telling: dict[int, Counter[str]] = defaultdict(Counter)
    for s, text, trig, place in zip(story, words, triggers, places):
        if trig:
            kinds[s][trig] += 1
        if place:
            where[s][place] += 1
        telling[s].update(set(text.split()))
    labels: dict[int, str] = {}
    used: Counter[str] = Counter()
    for s in sorted(set(story)):
        parts = [c.most_common(1)[0][0] for c in (kinds[s], where[s]) if c]
        if len(parts) < 2:
            ranked = sorted(telling[s], key=lambda w: (-telling[s][w] * idf.get(w, 0.0), w))
            parts += [w for w in ranked if w not in parts and len(w) > 2
                      and not w.isdecimal()][: 3 - len(parts)]
        label = " · ".join(parts) or "—"
        used[label] += 1
        labels[s] = label if used[label] == 1 else f"{label} ({used[label]})"
    return labels
