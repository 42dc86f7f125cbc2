"""Stories: threads of related timeline entries over days (attack → siege → aftermath).

Entries (clusters of merged events, see :mod:`timeline.merge`) are linked into one story
when they lie at most :data:`STORY_WINDOW` apart and their clauses share telling words:
at least :data:`MIN_SHARED` content words that are rare across the entries (a town, a
base, a name), carrying :data:`MIN_WEIGHT` of inverse document frequency. Two entries
told by one article also join on one such word (an article tells one story, with its
background: an earlier bombing it recalls joins the story whatever its date). Stories
are the connected groups of these links, blocked by month buckets and word so the work
grows linearly with the entries.

Each story gets a short Arabic label from its telling words: its commonest happening
word (``lang/ar/triggers.yaml``) and place, else its most telling words; labels are made
unique by a number (``تفجير · أبها (2)``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import polars as pl

__all__ = ["MIN_SHARED", "MIN_WEIGHT", "STORY_WINDOW", "assign_stories"]

STORY_WINDOW = dt.timedelta(days=14)
"""Largest gap between two entries of one story (unless one article tells both)."""

MIN_SHARED = 2
"""Least telling words two entries share to be one story."""

MIN_WEIGHT = 4.0
"""Least summed inverse document frequency of those words."""

_MAX_POSTINGS = 200  # a word in more entries of one month bucket links nothing there
_BUCKET_DAYS = 30


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def assign_stories(frame: pl.DataFrame, words: Sequence[str],
                   triggers: Sequence[str | None]) -> pl.DataFrame:
    """Add ``story`` (Int64, numbered in timeline order) and ``story_label`` to merged
    events (``cluster`` filled, rows in timeline order); ``words`` are each event's content
    words, ``triggers`` its happening word class."""
    clusters = frame["cluster"].to_list()
    starts, ends = frame["start"].to_list(), frame["end"].to_list()
    articles, places = frame["article_id"].to_list(), frame["place"].to_list()
    n_entries = max(clusters) + 1 if clusters else 0
    entry_words: list[set[str]] = [set() for _ in range(n_entries)]
    lo: list[dt.datetime | None] = [None] * n_entries
    hi: list[dt.datetime | None] = [None] * n_entries
    entry_articles: list[set[str]] = [set() for _ in range(n_entries)]
    for c, text, s, e, a in zip(clusters, words, starts, ends, articles):
        entry_words[c].update(text.split())
        lo[c] = s if lo[c] is None or s < lo[c] else lo[c]
        hi[c] = e if hi[c] is None or e > hi[c] else hi[c]
        if a is not None:
            entry_articles[c].add(a)
    df = Counter(w for ws in entry_words for w in ws)
    idf = {w: math.log((n_entries + 1) / (k + 1)) + 1 for w, k in df.items()}
    union = _Union(n_entries)
    for a, b in _links(entry_words, entry_articles, lo, hi, df, idf):
        union.union(a, b)
    roots = [union.find(c) for c in range(n_entries)]
    numbering: dict[int, int] = {}
    for c in clusters:  # events are in timeline order: stories numbered by first entry
        numbering.setdefault(roots[c], len(numbering))
    story = [numbering[roots[c]] for c in clusters]
    labels = _labels(story, words, triggers, places, idf)
    return frame.with_columns(
        pl.Series("story", story, pl.Int64),
        pl.Series("story_label", [labels[s] for s in story], pl.String),
    )


def _links(entry_words: list[set[str]], entry_articles: list[set[str]],
           lo: list[dt.datetime | None], hi: list[dt.datetime | None],
           df: Counter[str], idf: dict[str, float]) -> list[tuple[int, int]]:
    """Pairs of entries that are one story: blocked by (word, month bucket) and by
    (word, article), each block capped, then checked in polars."""
    rows: list[tuple[str, str, int]] = []
    for c, words in enumerate(entry_words):
        start, end = lo[c], hi[c]
        if start is None or end is None:
            continue
        first = start.toordinal() // _BUCKET_DAYS
        last = min((end + STORY_WINDOW).toordinal() // _BUCKET_DAYS, first + 2)
        for w in words:
            if df[w] < 2:
                continue
            rows.extend((w, f"t{b}", c) for b in range(first, last + 1))
            rows.extend((w, f"a{article}", c) for article in entry_articles[c])
    if not rows:
        return []
    epoch = dt.datetime(1, 1, 1)
    postings = (
        pl.LazyFrame(rows, schema={"word": pl.String, "block": pl.String, "c": pl.Int64},
                     orient="row")
        .filter(pl.len().over("word", "block").is_between(2, _MAX_POSTINGS))
        .with_columns(pl.col("word").replace_strict(idf, return_dtype=pl.Float64).alias("info"))
    )
    spans = pl.LazyFrame({
        "c": range(len(lo)),
        "lo": [(x - epoch).days if x is not None else None for x in lo],
        "hi": [(x - epoch).days if x is not None else None for x in hi],
        "articles": [sorted(a) for a in entry_articles],
    }, schema={"c": pl.Int64, "lo": pl.Int64, "hi": pl.Int64, "articles": pl.List(pl.String)})
    window = STORY_WINDOW.days
    pairs = (
        postings.join(postings.select("word", "block", pl.col("c").alias("c_b")), on=["word", "block"])
        .filter(pl.col("c") < pl.col("c_b"))
        .unique(["c", "c_b", "word"])
        .group_by("c", "c_b")
        .agg(pl.len().alias("shared"), pl.col("info").sum())
        .join(spans, on="c")
        .join(spans.rename(lambda n: n if n == "c" else n + "_b"), left_on="c_b", right_on="c",
              suffix="_r")
        .with_columns(
            (pl.col("articles").list.set_intersection("articles_b").list.len() > 0).alias("told"),
            ((pl.col("lo_b") < pl.col("hi") + window) & (pl.col("lo") < pl.col("hi_b") + window))
            .alias("near"),
        )
        .filter((pl.col("told") & (pl.col("info") >= MIN_WEIGHT / 2))
                | (pl.col("near") & (pl.col("shared") >= MIN_SHARED) & (pl.col("info") >= MIN_WEIGHT)))
        .select("c", "c_b")
        .collect()
    )
    return list(zip(pairs["c"].to_list(), pairs["c_b"].to_list()))


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
            parts += [w for w in ranked if w not in parts][: 3 - len(parts)]
        label = " · ".join(parts) or "—"
        used[label] += 1
        labels[s] = label if used[label] == 1 else f"{label} ({used[label]})"
    return labels
