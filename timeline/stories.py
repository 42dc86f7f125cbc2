"""Stories: threads of related timeline entries over days (attack → siege → aftermath).

Entries (clusters of merged events, see :mod:`timeline.merge`) are linked into one story
when they lie at most :data:`STORY_WINDOW` apart, or one article tells both (an earlier
bombing it recalls joins the story whatever its date), and their clauses share telling
words: at least :data:`MIN_SHARED` content words that are rare across the entries (a
town, a base, a name), carrying :data:`MIN_WEIGHT` of inverse document frequency and
:data:`MIN_SHARE` of the smaller entry's; entries placed in one town (not a country or a
region, and named by few entries of the month) within the window need one such word. Stories
are the connected groups of these links, blocked by month buckets and word (each pair
found once, at the later entry's month) so the work grows linearly with the entries;
pairs are made inside sorted blocks of word ids (:mod:`timeline.blocks`). A word in too many
entries of its month to link there still links the entries of a few days that hold most of
them (a story's burst, :data:`BURST_SHARE`), and each entry is linked by the words its story
repeats (:data:`SHARED_WORDS`) beside its rarest. An article tells one thread under its
title: its entries whose clauses repeat a word of the title are linked to its lead (the
entry repeating most of them), weakly, as a weaker word link is: a lone entry joins its
lead's story, but two stories of several entries join only when two articles (or an
article and a word link) tie them; a digest's items, which do not repeat its title, are
not linked.

Each story gets a short Arabic label: the title of one of its articles that best tells it
(cut to :data:`_LABEL_CHARS` characters); a title that would label several stories labels
the one its words tell most, the others their most told clause; when its articles have no
title, its commonest happening word (``lang/ar/triggers.yaml``) and place, else its most
telling words; labels are made unique by a number (``تفجير · أبها (2)``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import polars as pl

from timeline._information import information
from timeline._listed import listed
from timeline.blocks import Forest, blocks, earlier_rows
from timeline.places import load_gazetteer
from timeline.wording import ClauseFeatures, clause_features

__all__ = ["BACKGROUND_ENTRIES", "BURST_SHARE", "CORE_SHARE", "MAX_STORY_ENTRIES", "MIN_SHARE", "MIN_SHARED",
           "MIN_WEIGHT", "SHARED_WORDS", "STORY_WINDOW", "TELLING_WORDS", "assign_stories", "preload",
           "tell_stories"]

STORY_WINDOW = dt.timedelta(days=14)
"""Largest gap between two entries of one story (unless one article tells both)."""

MIN_SHARED = 3
"""Least telling words two entries share to be one story."""

MIN_WEIGHT = 4.0
"""Least summed inverse document frequency of those words."""

MAX_STORY_ENTRIES = 200
"""A story grows no larger (links join stories strongest first): a thread of hundreds of
entries is a topic, not a story, and weak links chain whole news days together."""

TELLING_WORDS = 10
"""How many of its words (the most telling) an entry is linked by."""

SHARED_WORDS = 3
"""How many more words an entry is linked by: those with the largest information times the
entries holding them (up to ten). The rarest words of a story's entries are each told by
two of them (a name, a figure); its own words (the town, the mosque, the attack) are told
by most: in a few articles about one bombing they are what its entries share."""

MIN_SHARE = 0.3
"""Least share of the smaller entry's information (summed inverse document frequency of
its words) the shared words carry: a long digest shares some words with everything."""

CORE_SHARE = 0.45
"""A link carrying this share of the smaller entry's information joins any two stories;
a weaker one (down to :data:`MIN_SHARE`) brings a lone entry in, or joins two stories when
:data:`_BRIDGES` such links tie them."""

BACKGROUND_ENTRIES = 1000
"""A word's information is measured as if the entries were drawn from this many more that do
not hold it: in a few articles about one story its own words are in most entries, and they
still tell its entries apart from the rest of the news."""

BURST_SHARE = 0.7
"""A word in too many entries of a month to link there still links the entries of a few
days that hold this share of them (a story's burst: عسير، مسجد، طوارئ in the days of a
bombing); a topic word spread over the month does not."""

_BRIDGES = 2
_TOLD_BY = 10  # entries holding a word, as far as they make it one of an entry's SHARED_WORDS
_BURST_DAYS = 3  # a burst's blocks: entries at most two blocks (under six days) apart meet
_MAX_BURST = 80  # a burst block holding more entries links nothing
_MAX_POSTINGS = 30  # a word in more entries of one block (month or article) links nothing there
_BUCKET_DAYS = 30
_UNIT = 1_000_000  # information is summed in millionths, exactly
_KEY = 2**32  # two 32-bit numbers as one integer key
_MAX_LINKS = 3  # links kept per entry: those sharing the largest share of its information
_LABEL_WORDS = 3
_LABEL_CHARS = 60  # a longer title is cut at the last word that fits


class _Union(Forest):
    """The stories' forest: entries joined under :data:`MAX_STORY_ENTRIES`."""

    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.size = [1] * n

    def join_roots(self, ra: int, rb: int) -> None:
        """Join the stories at roots ``ra`` and ``rb`` unless they are one, or would grow past
        :data:`MAX_STORY_ENTRIES`."""
        size = self.size
        if ra != rb and size[ra] + size[rb] <= MAX_STORY_ENTRIES:
            root, child = (ra, rb) if ra < rb else (rb, ra)
            self.parent[child] = root
            size[root] += size[child]


def assign_stories(frame: pl.DataFrame, features: ClauseFeatures | None = None) -> pl.DataFrame:
    """Add ``story`` (Int64, numbered in timeline order) and ``story_label`` to merged
    events (``cluster`` filled, rows in timeline order); ``features`` are their
    :func:`timeline.wording.clause_features` (computed when not given)."""
    told, labels = tell_stories(frame, features)
    return told.with_columns(labels().gather(told["story"]).alias("story_label"))


def tell_stories(frame: pl.DataFrame, features: ClauseFeatures | None = None
                 ) -> tuple[pl.DataFrame, Callable[[], pl.Series]]:
    """:func:`assign_stories` in two steps: ``frame`` with ``story`` (and ``story_label``
    null), and what makes the stories' labels (by story number), which nothing of the
    stories waits for: a caller makes them while it goes on with the stories."""
    if frame.height == 0:
        none = frame.with_columns(pl.lit(None, pl.Int64).alias("story"), pl.lit(None, pl.String).alias("story_label"))

        def no_labels() -> pl.Series:
            return pl.Series("story_label", [], pl.String)

        return none, no_labels
    features = clause_features(frame) if features is None else features
    n_entries = int(frame["cluster"].max()) + 1  # type: ignore[arg-type]
    epoch = dt.datetime(1, 1, 1)
    events = pl.concat([
        frame.select(
            "cluster",
            pl.col("article_id").rank("dense").cast(pl.Int64).alias("article"),
            "place",
            (pl.col("start") - epoch).dt.total_days().alias("lo"),
            (pl.col("end") - epoch).dt.total_days().alias("hi"),
        ),
        # an event is told by its clause under its article's title: both say what it is about
        features.events.select(pl.concat_list("words", "title").list.unique().alias("words"), "trigger"),
    ], how="horizontal")
    # how many events of each entry hold each word, grouped on one sorted integer key
    counts = (
        events.select(pl.col("cluster").cast(pl.UInt64), "words").explode("words").drop_nulls()
        .select((pl.col("cluster") * _KEY + pl.col("words")).alias("key")).sort("key")
        .group_by("key", maintain_order=True).agg(pl.len().alias("count"))
        .select((pl.col("key") // _KEY).cast(pl.Int64).set_sorted().alias("cluster"),  # sorted, as the keys are
                (pl.col("key") % _KEY).cast(pl.UInt32).alias("wid"), "count")
    )
    idf = (
        counts.group_by("wid").agg(pl.len().alias("df"))
        .with_columns(information(n_entries + BACKGROUND_ENTRIES, pl.col("df")).alias("info"))
    )
    # an entry's telling words: the words of two or more entries with the largest count
    # (events of the entry holding them) times information, and those that also weigh how
    # many entries hold them (up to _TOLD_BY: a story's own words, told again and again)
    # (``counts`` is in (entry, word) order: ties in rank go to the smaller word id)
    weight = pl.col("count") * pl.col("info")
    told_by = pl.col("df").clip(upper_bound=_TOLD_BY).cast(pl.Float64)
    # (each word's df and information taken by its id: no join, ``counts`` stays in order)
    width = int(counts["wid"].max() or 0) + 1  # type: ignore[operator]
    by_id = {c: pl.Series(c, [0] * width, idf[c].dtype).scatter(idf["wid"], idf[c]) for c in ("df", "info")}
    entry_words = (
        counts.with_columns(pl.lit(by_id["df"]).gather("wid"), pl.lit(by_id["info"]).gather("wid"))
        .filter(pl.col("df") >= 2)
        .filter((weight.rank("ordinal", descending=True).over("cluster") <= TELLING_WORDS)
                | ((weight * told_by).rank("ordinal", descending=True).over("cluster") <= SHARED_WORDS))
        .select("cluster", "wid")
    )
    union = _Union(n_entries)
    threads = _threads(events.select("cluster", "article"), features.events)
    _join(union, _links(events, entry_words, idf, n_entries), threads)
    roots = pl.Series("root", union.roots(), pl.Int64)  # a root is its story's smallest entry
    # events are in timeline order: stories numbered by their first entry (an entry's
    # root, looked up by entry number, then each root's number by first appearance)
    root = roots.gather(frame["cluster"])
    first = root.unique(maintain_order=True)
    number = pl.Series("story", [0] * n_entries, pl.Int64).scatter(first, pl.int_range(first.len(), eager=True))
    story = number.gather(root)
    told = frame.with_columns(story, pl.lit(None, pl.String).alias("story_label"))

    def story_labels() -> pl.Series:
        return _story_labels(told, events.with_columns(story), counts, number.gather(roots), idf, features)

    return told, story_labels


def _story_labels(frame: pl.DataFrame, events: pl.DataFrame, counts: pl.DataFrame, entry_story: pl.Series,
                  idf: pl.DataFrame, features: ClauseFeatures) -> pl.Series:
    """Each story's label, by story number (see the module docstring): ``frame``, ``events``
    with their ``story``; ``counts``: how many events of each entry hold each word;
    ``entry_story``: each entry's story, by entry number."""
    story = events["story"]
    titled, weight = _titles(
        events.select(story, "article", frame["title"], features.events["title"].alias("title_words")),
        counts.with_columns(pl.lit(entry_story).gather("cluster").alias("story")), idf)
    # a title that would label several stories (entries of one article that no thread joins)
    # labels the one its words tell most; the others are told by their own clause
    again = pl.DataFrame([titled, weight]).select(
        pl.col("weight").rank("ordinal", descending=True).over("label") > 1).to_series().fill_null(False)
    if again.any():
        told = frame.select(story, "cluster", "clause").filter(pl.lit(again).gather(pl.col("story")))
        titled = titled.scatter(told["story"].unique(), None).fill_null(_incipits(told, titled.len()))
    if titled.null_count():  # stories whose articles have no title: happening word · place
        titled = titled.fill_null(_labels(events, counts, idf, features.words))
    return _unique(titled)


def _titles(events: pl.DataFrame, counts: pl.DataFrame, idf: pl.DataFrame) -> tuple[pl.Series, pl.Series]:
    """The title that best tells each story, and its weight (by story number; null where its
    events have none): the title of one of its articles whose words the story's events hold
    most (each word's information times the events holding it; ``counts``: how many events
    of each entry hold each word, with the entry's ``story``), then the most told, the
    shortest; a wire's section tag (``عام / ``) dropped, cut to :data:`_LABEL_CHARS`."""
    n_stories = int(events["story"].max()) + 1  # type: ignore[arg-type]
    candidates = (
        events.with_row_index("row").filter(pl.col("title").str.strip_chars() != "")
        .group_by("story", "article").agg(pl.len().alias("told"), pl.col("row").first())
        .with_columns(pl.lit(events["title"]).gather("row").alias("title"),
                      pl.lit(events["title_words"]).gather("row").alias("wid"))
        .with_row_index("t")
    )
    # a (story, word) as one integer key: only the title words' counts are summed
    key = (pl.col("story").cast(pl.UInt64) * _KEY + pl.col("wid").cast(pl.UInt64)).alias("key")
    said = candidates.select("t", "story", "wid").explode("wid").drop_nulls("wid").with_columns(key)
    weights = (
        counts.select(key, "wid", "count").filter(pl.col("key").is_in(said["key"].unique().implode()))
        .group_by("key", "wid").agg(pl.col("count").sum())
        .join(idf.select("wid", "info"), on="wid")
        .select("key", (pl.col("count") * pl.col("info")).alias("weight"))
    )
    best = (
        said.join(weights, on="key").group_by("t").agg(pl.col("weight").sum())
        .join(candidates.drop("wid"), on="t")
        .with_columns(pl.col("title").str.len_chars().alias("chars"))
        .sort("story", "weight", "told", "chars", "article", descending=[False, True, True, False, False])
        .unique("story", keep="first")
    )
    shown = _cut(best["title"].str.replace_all(r"\s+", " ").str.replace(r"^ ?[^/ ]+(?: [^/ ]+)? ?/ ", ""))
    return (pl.Series("label", [None] * n_stories, pl.String).scatter(best["story"], shown),
            pl.Series("weight", [None] * n_stories, pl.Float64).scatter(best["story"], best["weight"]))


def _incipits(events: pl.DataFrame, n_stories: int) -> pl.Series:
    """The telling clause of each story of ``events`` (``story``, ``cluster``, ``clause``, in
    timeline order; by story number, of ``n_stories``), cut to :data:`_LABEL_CHARS`: the
    first of its entry that most events tell."""
    told = pl.len().over("cluster")
    best = (
        events.with_row_index("row").filter(pl.col("clause").str.strip_chars().fill_null("") != "")
        .sort("story", told, "row", descending=[False, True, False]).unique("story", keep="first")
    )
    return pl.Series("label", [None] * n_stories, pl.String).scatter(best["story"], _cut(best["clause"]))


def _cut(text: pl.Series) -> pl.Series:
    """``text`` on one line, cut at a word before :data:`_LABEL_CHARS` characters (marked …)."""
    shown = text.str.replace_all(r"\s+", " ").str.strip_chars()
    cut = shown.str.slice(0, _LABEL_CHARS).str.replace(r"\s+\S*$", "") + "…"
    return pl.select(pl.when(shown.str.len_chars() > _LABEL_CHARS).then(cut).otherwise(shown)).to_series()


def _unique(labels: pl.Series) -> pl.Series:
    """A label met again (in story order) takes its number: ``تفجير · أبها (2)``."""
    met = pl.int_range(1, pl.len() + 1).over("label")
    return (
        labels.rename("label").to_frame()
        .select(pl.when(met == 1).then(pl.col("label")).otherwise(pl.format("{} ({})", "label", met)))
        .to_series().rename("story_label")
    )


def _links(events: pl.DataFrame, entry_words: pl.DataFrame, idf: pl.DataFrame, n_entries: int) -> pl.DataFrame:
    """Pairs of entries (``cluster``, ``cluster_b``) that are one story, strongest first:
    blocked by (word, month bucket) and by (word, article), each block capped."""
    # one row per entry number (``cluster`` 0..n-1): an entry's columns are taken by row
    spans = pl.DataFrame({"cluster": pl.int_range(n_entries, dtype=pl.Int64, eager=True)}).join(
        events.group_by("cluster").agg(
            pl.col("lo").min(), pl.col("hi").max(),
            pl.col("article").drop_nulls().unique().alias("articles"),
            pl.col("place").drop_nulls().mode().min().alias("place")),
        on="cluster", how="left", maintain_order="left")
    # information counted in millionths (integers): sums do not depend on the order of rows
    informative = entry_words.join(idf.filter(pl.col("df") >= 2), on="wid").select(
        "cluster", "wid", (pl.col("info") * _UNIT).round().cast(pl.Int64).alias("info"))
    totals = informative.group_by("cluster").agg(pl.col("info").sum().alias("total"))
    spans = spans.join(totals, on="cluster", how="left", maintain_order="left").with_columns(
        # a town is telling only where it is rare: in at most _MAX_POSTINGS entries of a month
        (pl.len().over("place", pl.col("lo") // _BUCKET_DAYS) <= _MAX_POSTINGS).alias("rare_place"),
        pl.col("total").fill_null(0))
    # time blocks (months): an entry reaches from its home month to where the window ends
    # (two months at most); a pair is found at the later entry's home month only; a
    # (word, block) and a pair of entries are each one integer key
    reach = spans.select(
        "cluster", (pl.col("lo") // _BUCKET_DAYS).alias("home"),
        pl.min_horizontal((pl.col("hi") + STORY_WINDOW.days) // _BUCKET_DAYS,
                          pl.col("lo") // _BUCKET_DAYS + 2).alias("last"))
    # an entry's rows taken by its number, a word's information by its id; inside a month
    # block, entries in (home month, number) order: each meets the entries before it
    home, last = reach["home"], reach["last"]
    low = int(home.min() or 0)  # type: ignore[arg-type]
    months = int(last.max() or 0) - low + 1  # type: ignore[arg-type]
    info = pl.Series("info", [0] * (int(informative["wid"].max() or 0) + 1), pl.Int64) \
        .scatter(informative["wid"], informative["info"])
    in_order = reach.select(pl.arg_sort_by("home", "cluster")).to_series()  # entry numbers
    seq = pl.Series("seq", [0] * n_entries, pl.UInt32).scatter(in_order, pl.int_range(n_entries, eager=True))
    posted = (
        informative.select(
            "wid", pl.int_ranges(pl.lit(home).gather("cluster"), pl.lit(last).gather("cluster") + 1).alias("month"),
            pl.lit(seq).gather("cluster").alias("seq"))
        .explode("month").drop_nulls("month")
        .select(_block("wid", pl.col("month") - low, months), "seq")
    )
    by_month = blocks(posted, "block", "seq", 2, _MAX_POSTINGS)
    clusters = in_order.gather(by_month["seq"])
    # each pair once: from the earlier entry (by home month, then number) to the later's home
    by_time = pl.concat([
        _met(by_month, months, clusters, n_entries, info,
             (by_month["block"] % months).cast(pl.Int64) + low == home.gather(clusters)),
        _bursts(informative, spans.select("lo", "hi"), posted, home, low, months, n_entries, info),
    ])
    # article blocks: every entry an article tells; a (word, article) as one integer key
    told_by = spans.select("cluster", pl.col("articles").alias("article")).explode("article").drop_nulls()
    articles = int(told_by["article"].max() or 0) + 1  # type: ignore[operator]
    by_article = blocks(
        informative.join(told_by, on="cluster").select(_block("wid", pl.col("article"), articles), "cluster"),
        "block", "cluster", 2, _MAX_POSTINGS)
    by_article = _met(by_article, articles, by_article["cluster"], n_entries, info)
    # a pair told by one article counts each word it shares in a month or an article once
    told = by_time["pair"].is_in(by_article["pair"].implode())
    once = pl.concat([by_time.filter(told), by_article])
    words = info.len()  # (a word's information is its id's: a pair and a word as one integer, unique)
    if n_entries * n_entries * words < 2**64:
        key = (once["pair"] * words + once["wid"].cast(pl.UInt64)).unique()
        once = pl.DataFrame([(key // words).alias("pair"), info.gather(key % words)])
    else:
        once = once.unique(["pair", "wid"])
    found = pl.concat([by_time.filter(~told).select("pair", "info"), once.select("pair", "info")])
    # grouping sorted keys is much faster than hashing them; a pair and the information of
    # a word it shares are sorted as one integer when they fit in one
    scale = 2 ** max(int(found["info"].max() or 0).bit_length(), 1)  # type: ignore[arg-type]
    if n_entries * n_entries * scale < 2**63:
        packed = (found["pair"] * scale + found["info"].cast(pl.UInt64)).sort()
        found = pl.DataFrame([(packed // scale).alias("pair"), (packed % scale).cast(pl.Int64).alias("info")])
    else:
        found = found.select("pair", "info").sort("pair")
    # fewer than MIN_SHARED words link only through one town: a pair's rows are kept when
    # its key runs MIN_SHARED times or more, or its entries name one town (most pairs
    # share a word or two and are dropped before grouping)
    pair = found["pair"].set_sorted()
    runs = pair.rle().struct.field("len").gather(pair.rle_id())  # each row's run length
    town = spans["place"].rank("dense")  # towns as numbers, by entry
    same_town = (town.gather(pair // n_entries) == town.gather(pair % n_entries)).fill_null(False)
    shared = (
        found.with_columns(pair).filter((runs >= MIN_SHARED) | same_town)
        .group_by("pair", maintain_order=True).agg(pl.len().alias("shared"), pl.col("info").sum())
        .filter(pl.col("info") >= MIN_WEIGHT * _UNIT)  # both ways to link ask for it
        # in (cluster, cluster_b) order
        .select((pl.col("pair") // n_entries).cast(pl.Int64).alias("cluster"),
                (pl.col("pair") % n_entries).cast(pl.Int64).alias("cluster_b"), "shared", "info")
    )
    window = STORY_WINDOW.days
    wide = listed(_wide_places())
    same_place = ((pl.col("lo_b") < pl.col("hi") + window) & (pl.col("lo") < pl.col("hi_b") + window)
                  & (pl.col("place") == pl.col("place_b")) & pl.col("rare_place") & pl.col("rare_place_b")
                  & ~pl.col("place").is_in(wide)).fill_null(False)
    plain = spans.drop("cluster")
    pairs = (
        pl.concat([shared, plain[shared["cluster"]],
                   plain[shared["cluster_b"]].rename(lambda n: n + "_b")], how="horizontal")
        .with_columns(
            ((pl.col("lo_b") < pl.col("hi") + window) & (pl.col("lo") < pl.col("hi_b") + window))
            .alias("near"),
            (pl.col("info") / pl.min_horizontal("total", "total_b")).alias("share"),
            same_place.alias("same_place"),
        )
        .filter(((pl.col("shared") >= MIN_SHARED) & (pl.col("share") >= MIN_SHARE)) | pl.col("same_place"))
        # far apart in time, only entries one article tells are linked
        .with_columns((pl.col("articles").list.set_intersection("articles_b").list.len() > 0).alias("told"))
        .filter(
            ((pl.col("told") | pl.col("near")) & (pl.col("shared") >= MIN_SHARED)
             & (pl.col("share") >= MIN_SHARE))
            # one town within the window: one telling word is enough
            | pl.col("same_place"))
        .sort("cluster", "cluster_b")
        .with_columns(
            pl.col("share").rank("ordinal", descending=True).over("cluster").alias("rank_a"),
            pl.col("share").rank("ordinal", descending=True).over("cluster_b").alias("rank_b"),
        )
        .filter(pl.col("rank_a") <= _MAX_LINKS, pl.col("rank_b") <= _MAX_LINKS)
        .sort("share", "cluster", "cluster_b", descending=[True, False, False])  # strongest first
    )
    return pairs.select("cluster", "cluster_b", "share")


def _bursts(informative: pl.DataFrame, days: pl.DataFrame, posted: pl.DataFrame, home: pl.Series, low: int,
            months: int, entries: int, info: pl.Series) -> pl.DataFrame:
    """``(pair, wid, info)`` of the words too common in their month to link there
    (``posted``: each telling word's month blocks, more than ``_MAX_POSTINGS`` rows) that
    a story's burst makes dense: blocks of :data:`_BURST_DAYS` days (an entry reaches one
    block on), holding at most :data:`_MAX_BURST` entries and :data:`BURST_SHARE` of the
    word's month (a topic word is spread over the month: it links nothing there).
    Only entries dated to a day or two take part: a year's or a month's entries all start
    on its first day, a burst of nothing. ``informative``: each entry's telling words;
    ``days``: each entry's first and last day (``lo``, ``hi``), ``home``: its home month
    (by entry number, months from ``low``)."""
    sizes = posted.group_by("block").len("month_size").filter(pl.col("month_size") > _MAX_POSTINGS)
    if sizes.height == 0:
        return pl.DataFrame(schema={"pair": pl.UInt64, "wid": pl.UInt32, "info": pl.Int64})
    crowded = informative.select(
        "wid", "cluster", _block("wid", pl.lit(home).gather("cluster") - low, months)
    ).join(sizes, on="block").drop("block")
    lo = days["lo"]
    dated = (days["hi"] - lo < _BURST_DAYS).fill_null(False)
    crowded = crowded.filter(pl.lit(dated).gather(pl.col("cluster")))
    if crowded.height == 0:
        return pl.DataFrame(schema={"pair": pl.UInt64, "wid": pl.UInt32, "info": pl.Int64})
    day = (lo // _BURST_DAYS).fill_null(0)
    first = int(day.min() or 0)  # type: ignore[arg-type]
    width = int(day.max() or 0) - first + 2  # type: ignore[arg-type]
    # entries in (home block, number) order: each meets the entries before it
    in_order = day.to_frame("day").select(pl.arg_sort_by("day", pl.int_range(pl.len()))).to_series()
    seq = pl.Series("seq", [0] * entries, pl.UInt32).scatter(in_order, pl.int_range(entries, eager=True))
    rows = (
        crowded.select("wid", pl.lit(day).gather("cluster").alias("day"), pl.lit(seq).gather("cluster").alias("seq"),
                       "month_size")
        .with_columns(pl.int_ranges("day", pl.col("day") + 2).alias("day")).explode("day")
    )
    by_burst = blocks(rows.select(_block("wid", pl.col("day") - first, width), "seq"), "block", "seq", 2, _MAX_BURST)
    clusters = in_order.gather(by_burst["seq"])
    size = by_burst["block"].rle().struct.field("len").gather(by_burst["block"].rle_id())  # each row's block's
    # the month's postings of the later entry's word: the burst holds a share of them
    of_later = crowded.select((pl.col("cluster").cast(pl.UInt64) * _KEY + pl.col("wid")).alias("key"),
                              pl.col("month_size").alias("m")).unique("key")
    key = clusters.cast(pl.UInt64) * _KEY + (by_burst["block"] // width).cast(pl.UInt64)
    m = key.to_frame("key").join(of_later, on="key", how="left", maintain_order="left")["m"]
    later = ((by_burst["block"] % width).cast(pl.Int64) + first == day.gather(clusters)) \
        & (size >= BURST_SHARE * m).fill_null(False)
    return _met(by_burst, width, clusters, entries, info, later)


def _threads(entries: pl.DataFrame, features: pl.DataFrame) -> pl.DataFrame:
    """Pairs of entries (``cluster``, ``cluster_b``) on one article's thread: each entry the
    article tells whose clause repeats a word of its title, with the article's lead (the entry
    whose clause repeats most of them, then the earliest), and the ``article``. ``entries``:
    each event's ``cluster`` and ``article``; ``features``: its clause's ``words`` and its
    ``title``'s."""
    said = (
        pl.concat([entries, features.select(pl.col("words").list.set_intersection("title").list.len().alias("said"))],
                  how="horizontal")
        .with_row_index("row").filter(pl.col("said") > 0, pl.col("article").is_not_null())
    )
    lead = said.sort("article", "said", "row", descending=[False, True, False]).unique("article", keep="first") \
        .select("article", pl.col("cluster").alias("lead"))
    return (
        said.unique(["article", "cluster"]).join(lead, on="article").filter(pl.col("cluster") != pl.col("lead"))
        .sort("article", "cluster")
        .select(pl.col("lead").alias("cluster"), pl.col("cluster").alias("cluster_b"), "article")
    )


def _join(union: _Union, links: pl.DataFrame, threads: pl.DataFrame) -> None:
    """Join the entries of ``links`` (strongest first) into stories: links carrying
    :data:`CORE_SHARE` make the cores; a weaker link brings a lone entry into a story, but
    two stories of several entries become one only through :data:`_BRIDGES` such links (a
    digest or a generic word bridges topics once; one story is tied many times). The
    ``threads`` pairs (an article's entries that repeat its title, with its lead; with the
    ``article``) are weak links too, taken after all the others; an article ties two stories
    once however many of its entries do (a long article that tells two threads, or a thread
    and its background, does not make them one: two articles, or a word link, must agree)."""
    strong = links["share"] >= CORE_SHARE
    for a, b in links.filter(strong).select("cluster", "cluster_b").rows():
        union.union(a, b)
    # what ties two stories: each weak word link by itself, an article's thread once
    weak = pl.concat([
        links.filter(~strong).select("cluster", "cluster_b", (-pl.int_range(1, pl.len() + 1)).alias("by")),
        threads.select("cluster", "cluster_b", pl.col("article").cast(pl.Int64).alias("by")),
    ])
    ties: dict[tuple[int, int], set[int]] = {}
    find, size = union.find, union.size
    for a, b, by in zip(weak["cluster"].to_list(), weak["cluster_b"].to_list(), weak["by"].to_list()):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if size[ra] > 1 and size[rb] > 1:
            tied = ties.setdefault((min(ra, rb), max(ra, rb)), set())
            tied.add(by)
            if len(tied) < _BRIDGES:
                continue
        union.join_roots(ra, rb)


def _met(rows: pl.DataFrame, width: int, clusters: pl.Series, entries: int, info: pl.Series,
         later: pl.Series | None = None) -> pl.DataFrame:
    """``(pair, wid, info)``: each row of :func:`timeline.blocks.blocks` ``rows`` (the
    ``later`` ones, when given) with every row before it in its block (blocks made by
    :func:`_block` with ``width``; ``clusters``: the entry of each row, of ``entries``;
    ``info``: each word's information, by word id)."""
    frame = rows.with_row_index("row").with_columns(clusters.alias("cluster_b"))
    if later is not None:
        frame = frame.filter(later)
    met = frame.select(earlier_rows("row").alias("earlier"), "cluster_b",
                       (pl.col("block") // width).cast(pl.UInt32).alias("wid")).explode("earlier").drop_nulls("earlier")
    return met.with_columns(clusters.gather(met["earlier"]).alias("cluster")) \
        .select(_pair("cluster", "cluster_b", entries), "wid", info.gather(met["wid"]))


def _block(word: str, block: pl.Expr, width: int) -> pl.Expr:
    """A (word, block) as one integer key, ``block`` (``block`` from 0 to ``width - 1``: small
    keys, sorted packed with their order in :func:`timeline.blocks.blocks`)."""
    return (pl.col(word).cast(pl.UInt64) * width + block.cast(pl.UInt64)).alias("block")


def _pair(a: str, b: str, entries: int) -> pl.Expr:
    """Two of ``entries`` entries as one integer key, ``pair`` (its order is that of the
    smaller, then the larger)."""
    return (pl.min_horizontal(a, b).cast(pl.UInt64) * entries + pl.max_horizontal(a, b).cast(pl.UInt64)).alias("pair")


@functools.lru_cache(maxsize=None)
def _wide_places() -> frozenset[str]:
    """Countries and regions of the gazetteer: too wide to tie two entries together (cached)."""
    return frozenset(p.name for p in load_gazetteer().forms.values() if p.kind != "city")


def _commonest(events: pl.DataFrame, column: str) -> pl.DataFrame:
    """Each story's commonest value of ``column`` (ties: the one met first), as ``story``, ``column``."""
    return (
        events.with_row_index("row").filter(pl.col(column).is_not_null())
        .group_by("story", column).agg(pl.len().alias("n"), pl.col("row").min())
        .sort("story", "n", "row", descending=[False, True, False])
        .unique("story", keep="first")
        .select("story", column)
    )


def _labels(events: pl.DataFrame, counts: pl.DataFrame, idf: pl.DataFrame, words: pl.DataFrame) -> pl.Series:
    """A short Arabic label per story (by story number): happening word · place, else its
    telling words (``counts``: how many events of each entry hold each word)."""
    n_stories = int(events["story"].max()) + 1  # type: ignore[arg-type]
    stories = (
        pl.DataFrame({"story": pl.int_range(n_stories, dtype=pl.Int64, eager=True)})
        .join(_commonest(events, "trigger"), on="story", how="left", maintain_order="left")
        .join(_commonest(events, "place"), on="story", how="left", maintain_order="left")
        .with_columns(pl.col("trigger", "place").replace("", None))
    )
    # telling words only for the stories without both a happening word and a place
    wanting = stories.select(pl.col("trigger").is_null() | pl.col("place").is_null())
    labelled = words.filter(pl.col("stem").str.len_chars() > 2, ~pl.col("stem").str.contains(r"^[0-9]+$"))
    # each entry's story, by entry number
    story_of = events.select("cluster", "story").unique("cluster").sort("cluster")["story"]
    telling = (
        counts.with_columns(story_of.gather(counts["cluster"]).alias("story"))
        .filter(pl.lit(wanting.to_series()).gather(pl.col("story")), pl.col("wid").is_in(labelled["word"].implode()))
        .select((pl.col("story").cast(pl.UInt64) * _KEY + pl.col("wid")).alias("key"), "count")
        .sort("key").group_by("key", maintain_order=True).agg(pl.col("count").sum().alias("n"))
        .select((pl.col("key") // _KEY).cast(pl.Int64).alias("story"),
                (pl.col("key") % _KEY).cast(pl.UInt32).alias("wid"), "n")
        .join(idf.select("wid", "info"), on="wid", maintain_order="left")
        .with_columns((pl.col("n") * pl.col("info")).alias("weight"))
        # rows in (story, word) order: word ids follow their stems' order (timeline.wording),
        # so ties go to the first stem
        .filter(pl.col("weight").rank("ordinal", descending=True).over("story") <= _LABEL_WORDS + 2)
        .sort("story", "weight", "wid", descending=[False, True, False])
        .join(labelled.select(pl.col("word").alias("wid"), "stem"), on="wid", maintain_order="left")
        # the words besides the happening word and the place, as many as the label lacks
        .join(stories, on="story", maintain_order="left")
        .filter((pl.col("stem") != pl.col("trigger")).fill_null(True), (pl.col("stem") != pl.col("place")).fill_null(True))
        .filter(pl.int_range(pl.len()).over("story")
                < _LABEL_WORDS - pl.col("trigger").is_not_null().cast(pl.Int64) - pl.col("place").is_not_null())
        .group_by("story", maintain_order=True).agg(pl.col("stem").alias("telling"))
    )
    label = pl.concat_str("trigger", "place", pl.col("telling").list.join(" · "), separator=" · ", ignore_nulls=True)
    label = pl.when(label == "").then(pl.lit("—")).otherwise(label)
    return stories.join(telling, on="story", how="left", maintain_order="left").select(label.alias("label")).to_series()


def preload() -> None:
    """Build now what the stories builds on first use, called as it calls it (see
    :func:`timeline.wording.preload`)."""
    _wide_places()
