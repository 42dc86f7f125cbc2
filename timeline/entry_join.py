"""Join timeline entries that tell one happening, after the pairwise merge.

The pairwise merge (:mod:`timeline.merge`) compares two clauses at a time, and one happening
many outlets tell often stays split over a few entries: a paraphrase, a fragment, a
background mention at a coarser grain. An *entry* holds more evidence than any one clause:
the union of its clauses' content words, its happening classes, its days, its articles. This
pass compares entries, first those of one day, then a coarser entry (a week, a month, a year)
and the entries of the days it holds, and joins two when:

- their dates agree: both precise to a day and on one day (an entry whose day-precise reports
  spread over more days takes no part: the pairwise merge stretched it already), or the
  coarser one holds the other's day;
- they name one class of happening, or one names none on a quiet day (:data:`QUIET_DAY`: one
  day's training, market or weather reports are told in like words and name none); never a
  reaction (who reacted is what tells reactions apart);
- each tells from an article the other lacks, and the counts both name meet, when both name
  a happening;
- the words they share carry :data:`MIN_COVER` of the smaller entry's information, in
  :data:`MIN_SHARED` words or more; on one day a word weighs by how few of that day's entries
  hold it (a story's own name tells nothing on a day the story fills), and a word more than
  :data:`MAX_ENTRIES_PER_WORD` entries of the day hold makes no candidates. A day recalled
  long after (:data:`RECALLED_DAYS`: ``كانت الطائرة قد اختفت في 8 آذار 2014`` told in August
  2015) is one the batch barely tells: two entries of it join on less (:data:`RECALLED_COVER`)
  and a rare word; a coarser entry and a day it holds need :data:`BACKGROUND_COVER` when the
  day is a recalled one, else more (:data:`HOLDER_COVER`: a week told from the publication
  holds seven busy days);
- *uniqueness in context*: each is the other's best partner among all the entries its dates,
  classes and counts allow; a coarser entry's best must be :data:`HOLDER_MARGIN` times better
  than the next (a month holding two days' entries alike names neither);
- and the union's guards hold (two towns, two groups of happening words, the purity guard's
  width, one article's two days, two meetings told apart by who meets, two teams, clauses
  naming no happening that share no rare word); its telling-words check is left out, the
  entries' words having been compared whole.

A fragment (a single report of :data:`LONE_WORDS` content words or fewer) naming the one
class of happening that one other entry of its day names joins it on a rare word and
:data:`LONE_COVER` (``وذلك في إطار حزمة من الإصلاحات أقرتها الحكومة أول أمس``: few words,
but the one approval of that day). Entries whose happening words govern different words,
each one the other entry lacks, never join (``أكاديمية الشرطة``, ``قاعدة عسكرية``).

Speed. Entries meet through the words they share on a day, a week bucket, a month or a year
(a coarser entry through its own words only); a round of the day's entries repeats
(:data:`ROUNDS`) only around the entries just joined; the work grows with the entries.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import polars as pl

from timeline.happenings import load_triggers

if TYPE_CHECKING:  # the union-find lives in timeline.merge, which calls this pass
    from timeline.merge import _Components

__all__ = [
    "BACKGROUND_COVER",
    "COMMON_SHARE",
    "FLOOR_EVENTS",
    "HOLDER_COVER",
    "HOLDER_MARGIN",
    "LONE_COVER",
    "LONE_WORDS",
    "MAX_ENTRIES_PER_WORD",
    "MAX_PERIOD_ENTRIES",
    "MIN_COVER",
    "MIN_SHARED",
    "QUIET_DAY",
    "RARE_INFO",
    "RECALLED_COVER",
    "RECALLED_DAYS",
    "ROUNDS",
    "join_entries",
]

MIN_COVER = 0.4
"""Least share of the smaller entry's information (the summed weight of its informative
words) the words two entries of one day share must carry. On the 5k corpus 0.3 with two
words joined one day's training, injury and press-conference reports of different teams and
people; 0.4 with three joined none of those."""

MIN_SHARED = 3
"""Least informative words two entries must share (two when the day is a recalled one)."""

BACKGROUND_COVER = 0.35
"""Least share (see :data:`MIN_COVER`) a coarser entry (a month, a year) and the entry of a
recalled day it holds must share (``منذ بدء الحملة في مارس`` and ``منذ 26 مارس``)."""

COMMON_SHARE = 0.1
"""A word in more than this share of the batch's events (and more than :data:`FLOOR_EVENTS`)
tells nothing of which happening: entries are not compared by it."""

MAX_ENTRIES_PER_WORD = 8
"""A word held by more entries of one day (or of one week bucket) makes no candidates
there: it is not what tells that day's happenings apart."""

FLOOR_EVENTS = 10
"""In a small batch (a story's few articles) a word in this many events or fewer is
informative however low its inverse document frequency."""

MAX_PERIOD_ENTRIES = 3
"""A word held by more entries of a month or a year makes no candidates there: a background
mention (``منذ بدء الحملة في مارس``) joins the one day's entry its words single out."""

HOLDER_COVER = 0.5
"""Least share (see :data:`MIN_COVER`) a coarser entry and the entry of a day it holds must
share (and :data:`MIN_SHARED` words), unless that day is a recalled one
(:data:`BACKGROUND_COVER`): the less precisely two dates agree, the more of the wording must
(the pairwise merge's rule, ``MIN_SHARED_WEIGHT``)."""

RARE_INFO = 7.0
"""Least inverse document frequency of a rare word (as ``timeline.merge.RARE_INFO``): two
entries of a recalled day must share one (in a small batch, a word of
:data:`FLOOR_EVENTS` events or fewer)."""

HOLDER_MARGIN = 1.5
"""How many times the share a coarser entry shares with its best partner must exceed the one
it shares with the next (and the partner's likewise)."""

LONE_COVER = 0.15
"""Least share (see :data:`MIN_COVER`) a fragment must share with the one other entry of its
day naming its class of happening to join it, with a rare word among them."""

LONE_WORDS = 6
"""A fragment: a single report of this many content words or fewer (``وذلك في إطار حزمة من
الإصلاحات أقرتها الحكومة``). A full report naming the one other approval of its day is
another approval (``أقر مجلس النواب قانون الانتخابات`` beside the cabinet's budget)."""

RECALLED_DAYS = 30
"""A day this many days or more before the publication of every article telling it is a
recalled one (background: ``كانت الطائرة قد اختفت في 8 آذار 2014``)."""

RECALLED_COVER = 0.1
"""Least share of the smaller entry's information (see :data:`MIN_COVER`) two entries of one
recalled day must share: a past day two outlets name, with a word in common, is mostly the
day of the one happening their story recalls."""

QUIET_DAY = 5
"""A day holding more entries than this is busy: there two entries join only when both name
one class of happening (one day's training, market or weather reports are told in like
words and name none). A day the batch barely tells, mostly a past one recalled, is quiet."""

ROUNDS = 3
"""How many times one day's mutual best partners are looked for and joined (each time only
around the entries just joined)."""

_DAY_US = 86_400_000_000
_PAIR = 2**32  # two 32-bit numbers as one integer key
_FINE_DAYS = 1  # an entry whose days spread wider (the pairwise merge stretched it) joins none
_WEEK_DAYS = 10  # a coarser entry this short is met in its week buckets, a longer one in its month or year
_DAY, _WEEK, _MONTH, _YEAR = 0, 1, 2, 3  # the levels of a candidate's period key
_LEVELS = 4


def join_entries(components: _Components, table: pl.DataFrame, published: pl.Series) -> None:
    """Join, through ``components.union`` (its guards hold), the entries of ``table``'s events
    that are each other's best partner by the evidence their events share (module docstring);
    ``published`` is each event's publication time."""
    n = table.height
    if n < 2:
        return
    lexicon = load_triggers()
    reactions = sorted(c for c in table["trigger"].drop_nulls().unique().to_list() if lexicon.is_reaction(c))
    info = pl.Series("info", list(components.weight), pl.Float32)
    events = table.select(
        "i", "trigger", "numbers", "fine", "article", "words", "object", "n_words",
        pl.col("start").dt.epoch("us").alias("lo"), pl.col("end").dt.epoch("us").alias("hi"),
    ).with_columns(pl.col("trigger").is_in(reactions).fill_null(False).alias("reaction"),
                   published.dt.epoch("us").alias("published"))
    # each event's informative words, with their inverse document frequency over the batch
    least = math.log((n + 1) / (max(COMMON_SHARE * n, FLOOR_EVENTS) + 1)) + 1
    words = (
        table.select("i", pl.col("words").alias("word")).explode("word").drop_nulls()
        .with_columns(pl.lit(info).gather(pl.col("word")).alias("g"))
        .filter(pl.col("g") >= least)
        .join(events.filter(~pl.col("reaction")).select("i"), on="i", how="semi")  # reactions join none
    )
    # in a story's batch (a few articles) every word is rare
    rare = min(RARE_INFO, math.log((n + 1) / (FLOOR_EVENTS + 1)) + 1)
    # one day's entries first, then the coarser mentions of the days they hold (the finer the
    # agreement of dates, the sooner)
    lo, hi = events["lo"].to_list(), events["hi"].to_list()
    fine = events["fine"].to_list()
    roots = pl.Series("root", [components.find(i) for i in range(n)], pl.UInt32)
    held = _held(words, roots)
    for holders in (False, True):
        near, near_held, near_roots = events, held, roots
        for _ in range(1 if holders else ROUNDS):  # a coarser mention joins one day's entry
            days: list[tuple[int, int]] = []
            joined: list[int] = []
            for a, b in _mutual_best(near.with_columns(near_roots), near_held, rare, holders):
                members = components.members.get(a, [a]) + components.members.get(b, [b])
                for e in members:
                    if e not in components.words:  # the union's guards read their words
                        components.words[e] = table["words"][e].to_list()
                # the entries' own words were compared: not only their telling words
                components.union(a, b, telling=False)
                if components.find(a) == components.find(b):
                    joined += members
                    told = [e for e in members if fine[e]] or members
                    days.append((min(lo[e] for e in told), max(hi[e] for e in told)))
            if not joined:
                break
            # the entries joined take their new root; the next round looks again only at the
            # entries of their days (the others' best partners are unchanged)
            before = roots.gather(pl.Series(joined)).unique()
            roots = pl.Series("root", [components.find(i) for i in range(n)], pl.UInt32)
            changed = roots.gather(pl.Series(joined)).unique()
            held = pl.concat([held.filter(~pl.col("root").is_in(pl.concat([before, changed]).implode())),
                              _held(words.filter(roots.gather(words["i"]).is_in(changed.implode())), roots)])
            near_roots = roots.filter(_overlapping(events, days) & events["fine"])
            close = roots.is_in(near_roots.unique().implode())
            near, near_roots = events.filter(close), roots.filter(close)
            near_held = held.filter(pl.col("root").is_in(near_roots.unique().implode()))
        roots = pl.Series("root", [components.find(i) for i in range(n)], pl.UInt32)


def _kw() -> pl.Expr:
    """A posting's (key, word) as one integer (keys of days before 1970 are negative)."""
    return ((pl.col("key") + _PAIR // 4).cast(pl.UInt64) * _PAIR + pl.col("word")).alias("kw")


def _held(words: pl.DataFrame, roots: pl.Series) -> pl.DataFrame:
    """Each entry's words once, as ``(root, word, g)`` (``roots``: each event's entry)."""
    return (
        words.select((roots.gather(words["i"]).cast(pl.UInt64) * _PAIR + pl.col("word")).alias("rw"), "g")
        .unique("rw")
        .select((pl.col("rw") // _PAIR).cast(pl.UInt32).alias("root"),
                (pl.col("rw") % _PAIR).cast(pl.UInt32).alias("word"), "g")
    )


def _overlapping(events: pl.DataFrame, spans: list[tuple[int, int]]) -> pl.Series:
    """Whether each event's interval overlaps one of ``spans`` (microseconds)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = pl.Series([start for start, _ in merged], dtype=pl.Int64)
    ends = pl.Series([end for _, end in merged], dtype=pl.Int64)
    # the last merged span starting before the event ends must end after it starts
    at = starts.search_sorted(events["hi"], side="left").cast(pl.Int64) - 1
    found = at >= 0
    return found & (ends.gather(at.clip(0)) > events["lo"])


def _mutual_best(events: pl.DataFrame, held: pl.DataFrame, rare: float, holders: bool) -> list[tuple[int, int]]:
    """Pairs of entries (roots) that are each other's best partner and pass every test but
    the union's: entries of one day, or (``holders``) a coarser entry and one of a day it
    holds, whose best partner is :data:`HOLDER_MARGIN` times better than the next (a month
    holding two days' entries alike names neither)."""
    entries = (
        events.group_by("root")
        .agg(
            pl.col("lo").filter(pl.col("fine")).min().alias("fine_lo"),
            pl.col("hi").filter(pl.col("fine")).max().alias("fine_hi"),
            pl.col("lo").min(), pl.col("hi").max(),
            pl.col("trigger").drop_nulls().unique().alias("classes"),
            pl.col("numbers").list.explode(keep_nulls=False, empty_as_null=False).unique().alias("numbers"),
            pl.col("reaction").any(),
            pl.col("article").unique().alias("articles"),
            pl.col("published").min(),
            pl.len().alias("size"),
            pl.col("n_words").max(),
        )
        .filter(~pl.col("reaction"))
    )
    held = held.join(entries.select("root"), on="root", how="semi")
    keys = _keys(entries)
    if holders:
        postings, own = _holder_postings(held, keys)
    else:
        # each word weighed in the context of its day: by how few of the day's entries hold it
        # (on a day a story fills, its name tells nothing; a name two entries share does)
        day = keys.filter(pl.col("role") == 0)
        postings = (
            held.join(day, on="root")
            .with_columns(_kw())
            .with_columns(pl.len().over("kw").alias("df"))
            .join(day.group_by("key").agg(pl.len().alias("busy")), on="key")
            .with_columns((((pl.col("busy") + 1) / pl.col("df")).log() + 1).alias("w"))
        )
        own = postings.group_by("root", "key").agg(pl.col("w").sum().alias("own"))
    # a word many entries of the period hold tells none of them apart
    cap = pl.when(pl.col("key") % _LEVELS <= _WEEK).then(MAX_ENTRIES_PER_WORD).otherwise(MAX_PERIOD_ENTRIES)
    shared = postings.filter(pl.col("df") <= cap, pl.col("df") >= 2)
    met = (
        shared.join(shared.select("kw", pl.col("root").alias("root_o"), pl.col("role").alias("role_o")), on="kw")
        .filter(pl.col("root") < pl.col("root_o"),
                (pl.col("role") == 2) != (pl.col("role_o") == 2) if holders else pl.lit(True))
        .group_by("root", "root_o", "key")
        .agg(pl.len().alias("n_shared"), pl.col("w").sum().alias("shared"), pl.col("g").max().alias("rarest"),
             pl.col("busy").first())
        .filter(pl.col("n_shared") >= 1)
        .join(own, on=["root", "key"])
        .join(own.rename({"root": "root_o", "own": "own_o"}), on=["root_o", "key"])
        .with_columns((pl.col("shared") / pl.min_horizontal("own", "own_o")).alias("cover"))
        .sort("cover", descending=True)
        .group_by("root", "root_o").first()
    )
    if met.height == 0:
        return []
    # the dates and sizes first (cheap columns), then what the remaining entries hold
    scalars = entries.select("root", "fine_lo", "fine_hi", "lo", "hi", "published", "size", "n_words")
    met = (
        met.join(scalars, on="root").join(scalars.rename(lambda c: c + "_o"), on="root_o")
        .filter(_dates_agree(),
                # one shared word only for a fragment (the lone-class rule)
                (pl.col("n_shared") >= 2) | (pl.col("size") == 1) & (pl.col("n_words") <= LONE_WORDS)
                | (pl.col("size_o") == 1) & (pl.col("n_words_o") <= LONE_WORDS))
    )
    if met.height == 0:
        return []
    lists = entries.select("root", "classes", "numbers", "articles")
    # what the entries' happening words govern, and all their words (only the entries met)
    told = (
        events.join(pl.concat([met["root"], met["root_o"]]).unique().to_frame("root"), on="root", how="semi")
        .group_by("root")
        .agg(pl.col("words").list.explode(keep_nulls=False, empty_as_null=False).unique().alias("all"),
             pl.col("object").list.explode(keep_nulls=False, empty_as_null=False).unique().alias("objects"))
    )
    pairs = (
        met.join(lists, on="root")
        .join(lists.rename(lambda c: c + "_o"), on="root_o")
        .join(told, on="root")
        .join(told.rename(lambda c: c + "_o"), on="root_o")
        .with_columns(
            # a day recalled long after (8 آذار 2014 told in August 2015) is one the batch
            # barely tells: two outlets recalling it recall one happening; a coarser date asks
            # for closer wording, unless the day it holds is a recalled one (a week told from
            # the publication, هذا الأسبوع، الأسبوع الماضي, holds seven busy days)
            pl.when(_recalled())
            .then((pl.col("cover") >= RECALLED_COVER) & (pl.col("rarest") >= rare) & (pl.col("n_shared") >= 2))
            .when(pl.col("fine_lo").is_null() | pl.col("fine_lo_o").is_null())
            .then(pl.when(_recalled_day()).then((pl.col("cover") >= BACKGROUND_COVER) & (pl.col("n_shared") >= 2))
                  .otherwise((pl.col("cover") >= HOLDER_COVER) & (pl.col("n_shared") >= MIN_SHARED)))
            .otherwise((pl.col("cover") >= MIN_COVER) & (pl.col("n_shared") >= MIN_SHARED)).alias("enough"))
        .filter(
            # one class of happening, or one of them naming none, but on a busy day
            (pl.col("classes").list.set_intersection("classes_o").list.len() > 0)
            | ((pl.col("classes").list.len() == 0) | (pl.col("classes_o").list.len() == 0))
            & (pl.col("busy").fill_null(0) <= QUIET_DAY),
            # each tells from an article the other lacks: an article's own clauses were weighed by
            # the pairwise merge
            pl.col("articles").list.set_difference("articles_o").list.len() > 0,
            pl.col("articles_o").list.set_difference("articles").list.len() > 0,
            # counts both give must meet, when both name a happening (its toll); a background
            # mention's numbers are other facts (a flight's number, its passengers)
            (pl.col("classes").list.len() == 0) | (pl.col("classes_o").list.len() == 0)
            | (pl.col("numbers").list.len() == 0) | (pl.col("numbers_o").list.len() == 0)
            | (pl.col("numbers").list.set_intersection("numbers_o").list.len() > 0),
        )
        .with_columns(
            # happening words governing different words, each a word the other entry lacks, tell
            # two happenings (أكاديمية الشرطة، قاعدة عسكرية; افتتح وزير النقل جسر… / افتتح وزير
            # الصحة مستشفى…: one minister's title shared); the pairwise merge weighs this as a
            # penalty, here it is a refusal
            ((pl.col("objects").list.len() > 0) & (pl.col("objects_o").list.len() > 0)
             & (pl.col("objects").list.set_difference("all_o").list.len() > 0)
             & (pl.col("objects_o").list.set_difference("all").list.len() > 0)).alias("differ"))
        .filter(~pl.col("differ"))
        .select("root", "root_o", "cover", "n_shared", "enough", "size", "size_o",
                (pl.col("rarest") >= rare).alias("named"))
    )
    # each entry's best partner among all those its dates, classes and counts allow, clearly
    # the best (uniqueness in context), and enough alike
    both = pl.concat([pairs.drop("size", "size_o", "named"),
                      pairs.select(pl.col("root_o").alias("root"), pl.col("root").alias("root_o"), "cover", "n_shared",
                                   "enough")])
    best = (both.sort("cover", "root_o", descending=[True, False])
            .group_by("root", maintain_order=True)
            .agg(pl.col("root_o").first().alias("best"), pl.col("cover").first(),
                 pl.col("cover").get(1, null_on_oob=True).fill_null(0.0).alias("next"))
            .filter(pl.col("cover") >= pl.col("next") * (HOLDER_MARGIN if holders else 1.0))
            .select("root", "best"))
    mutual = (pairs.filter("enough").join(best, on="root").filter(pl.col("best") == pl.col("root_o"))
              .join(best.rename({"root": "root_o", "best": "best_o"}), on="root_o")
              .filter(pl.col("best_o") == pl.col("root"))
              .sort("cover", "root", descending=[True, False]))
    joined = list(zip(mutual["root"].to_list(), mutual["root_o"].to_list()))
    if not holders:  # a report naming the one class of happening one other entry of its day names
        taken = {root for pair in joined for root in pair}
        lone = (pairs.filter("named", pl.col("cover") >= LONE_COVER)
                .join(_lone_class(entries, keys), on=["root", "root_o"]))
        joined += [(a, b) for a, b in zip(lone["root"].to_list(), lone["root_o"].to_list())
                   if a not in taken and b not in taken]
    return joined


def _holder_postings(held: pl.DataFrame, keys: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The postings a coarser entry (role 2) and the entries of the days or the period it
    holds meet through: only the words a coarser entry of the period holds, weighed by their
    inverse document frequency over the batch; and each entry's information on each key."""
    holder = held.join(keys.filter(pl.col("role") == 2), on="root")
    # how many entries a day of a held week holds (a month or a year: none asked)
    busy = (keys.filter(pl.col("role") == 1, pl.col("key") % _LEVELS == _WEEK).group_by("key")
            .agg((pl.len() // 7).alias("busy")))
    # the entries of a held day, month or year that hold one of its holders' words there: met
    # through the words first (a year's entries are many, its holders' words few)
    kw = _kw()
    pairs = holder.select(kw).unique()
    others = (
        held.join(holder.select("word").unique(), on="word", how="semi")
        .join(keys.filter(pl.col("role") < 2).join(holder.select("key").unique(), on="key", how="semi"), on="root")
        .filter(kw.is_in(pairs["kw"].implode()))
    )
    postings = (
        pl.concat([holder.with_columns(kw), others.with_columns(kw)]).join(busy, on="key", how="left")
        .with_columns(pl.len().over("kw").alias("df"), pl.col("busy").fill_null(0), pl.col("g").alias("w"))
    )
    own = (held.group_by("root").agg(pl.col("g").sum().alias("own"))
           .join(postings.select("root", "key").unique(), on="root"))
    return postings, own


def _lone_class(entries: pl.DataFrame, keys: pl.DataFrame) -> pl.DataFrame:
    """Pairs ``(root, root_o)`` of a fragment (:data:`LONE_WORDS`) and an entry that are the only
    two of their day naming a class of happening: the fragment tells that day's happening of
    its kind, however few words it tells it in (``وذلك في إطار حزمة من الإصلاحات أقرتها الحكومة``)."""
    named = (
        entries.select("root", "classes", "size", "n_words").explode("classes").drop_nulls("classes")
        .join(keys.filter(pl.col("role") == 0).select("root", "key"), on="root")
        .filter(pl.len().over("key", "classes") == 2)
    )
    return (
        named.join(named.select("key", "classes", pl.col("root").alias("root_o"), pl.col("size").alias("size_o"),
                                pl.col("n_words").alias("n_words_o")), on=["key", "classes"])
        .filter(pl.col("root") < pl.col("root_o"),
                (pl.col("size") == 1) & (pl.col("n_words") <= LONE_WORDS)
                | (pl.col("size_o") == 1) & (pl.col("n_words_o") <= LONE_WORDS))
        .select("root", "root_o").unique()
    )


def _keys(entries: pl.DataFrame) -> pl.DataFrame:
    """The periods an entry is compared within, as ``(root, key, role)``, a key being a period
    and its level (day, week bucket, month, year): an entry precise to a day posts its day
    (role 0) and the week bucket, month and (for a recalled day) year holding it (role 1: held);
    a coarser one the
    week buckets it spans when it is short, else the month or year it lies in (role 2:
    holder)."""
    day = pl.col("fine_lo") // _DAY_US
    last = (pl.col("fine_hi") - 1) // _DAY_US
    fine = entries.filter(pl.col("fine_lo").is_not_null(), last - day < _FINE_DAYS)
    as_date = pl.from_epoch(pl.col("fine_lo"), time_unit="us")
    days = fine.select("root", pl.int_ranges(day, last + 1).alias("key")).explode("key") \
        .with_columns((pl.col("key") * _LEVELS + _DAY).alias("key"), pl.lit(0).alias("role"))
    recalled = fine.filter(pl.col("fine_hi") <= pl.col("published") - RECALLED_DAYS * _DAY_US)
    held = pl.concat([
        fine.select("root", ((day // 7) * _LEVELS + _WEEK).alias("key"), pl.lit(1).alias("role")),
        # a month or a year holds only recalled days: a mention of this month or year names no
        # day of it
        recalled.select("root", (_month(as_date) * _LEVELS + _MONTH).alias("key"), pl.lit(1).alias("role")),
        recalled.select("root", (as_date.dt.year().cast(pl.Int64) * _LEVELS + _YEAR).alias("key"),
                        pl.lit(1).alias("role")),
    ])
    coarse = entries.filter(pl.col("fine_lo").is_null())
    start = pl.from_epoch(pl.col("lo"), time_unit="us")
    end = pl.from_epoch(pl.col("hi") - 1, time_unit="us")
    # a week (or a few days) holds its days; a month or a year its month or year
    short = coarse.filter((pl.col("hi") - pl.col("lo")) <= _WEEK_DAYS * _DAY_US)
    coarse = coarse.filter((pl.col("hi") - pl.col("lo")) > _WEEK_DAYS * _DAY_US)
    holders = pl.concat([
        short.select("root", pl.int_ranges(pl.col("lo") // _DAY_US // 7, (pl.col("hi") - 1) // _DAY_US // 7 + 1)
                     .alias("key"))
        .explode("key").select("root", (pl.col("key") * _LEVELS + _WEEK).alias("key"), pl.lit(2).alias("role")),
        coarse.filter(_month(start) == _month(end))
        .select("root", (_month(start) * _LEVELS + _MONTH).alias("key"), pl.lit(2).alias("role")),
        coarse.filter(start.dt.year() == end.dt.year())
        .select("root", (start.dt.year().cast(pl.Int64) * _LEVELS + _YEAR).alias("key"), pl.lit(2).alias("role")),
    ])
    kinds = {"root": pl.UInt32, "key": pl.Int32, "role": pl.Int8}
    return pl.concat([days.cast(kinds), held.cast(kinds), holders.cast(kinds)])


def _month(date: pl.Expr) -> pl.Expr:
    return date.dt.year().cast(pl.Int64) * 12 + date.dt.month().cast(pl.Int64)


def _recalled_day() -> pl.Expr:
    """The entry precise to a day of a pair (the other coarser) is dated at least
    :data:`RECALLED_DAYS` before the articles of both were published."""
    before = pl.min_horizontal("published", "published_o") - RECALLED_DAYS * _DAY_US
    return pl.coalesce("fine_hi", "fine_hi_o") <= before


def _recalled() -> pl.Expr:
    """Both entries are dated to a day at least :data:`RECALLED_DAYS` before their articles
    were published."""
    before = pl.min_horizontal("published", "published_o") - RECALLED_DAYS * _DAY_US
    return (pl.col("fine_hi") <= before) & (pl.col("fine_hi_o") <= before)


def _dates_agree() -> pl.Expr:
    """Two entries precise to a day whose days overlap; or one coarser whose interval holds
    the other's days (a background mention of the month or year of a happening)."""
    fine_a, fine_b = pl.col("fine_lo").is_not_null(), pl.col("fine_lo_o").is_not_null()
    same_day = fine_a & fine_b & (pl.col("fine_lo") < pl.col("fine_hi_o")) & (pl.col("fine_lo_o") < pl.col("fine_hi"))
    a_holds = ~fine_a & fine_b & (pl.col("lo") <= pl.col("fine_lo_o")) & (pl.col("fine_hi_o") <= pl.col("hi"))
    b_holds = fine_a & ~fine_b & (pl.col("lo_o") <= pl.col("fine_lo")) & (pl.col("fine_hi") <= pl.col("hi_o"))
    return (same_day | a_holds | b_holds).fill_null(False)

