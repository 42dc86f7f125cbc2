"""Group the events several articles report about one happening into timeline entries.

Two events from different articles are the same happening when

- their wording is similar: rapidfuzz's ``token_set_ratio`` of the clauses, folded with
  :func:`timeline.normalize.fold`, with the date expression removed and the clitics
  ``و ف ب ل ك ال`` stripped from each word, is at least ``threshold`` (default
  :data:`SIMILARITY_THRESHOLD`) and they share at least two content words; and
- their intervals overlap, or they are at most ``conflict_window`` apart and the wording
  is closer still (at least :data:`CONFLICT_THRESHOLD`): outlets that disagree on the
  day of one happening are shown as one entry, flagged, rather than as two.

Groups are the connected components of that relation, except that a group never grows
wider than its longest interval plus twice ``conflict_window``, and its events precise to
a day or finer never spread over more than a day plus ``conflict_window`` (no chaining
of a daily protest, or of a strike's first and last day, into one entry). An entry's ``date_conflict`` is
set when two of its events from different articles have disjoint intervals, or the same
grain and different values. Candidate pairs are blocked by time (an event is only
compared with events starting before its end plus ``conflict_window``) and by shared
content words through an inverted index, so thousands of events merge in well under a
second.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from typing import Any

import polars as pl
from rapidfuzz import fuzz

from timeline._types import Grain
from timeline.frame import GRAIN_DTYPE, conform_events, order_events
from timeline.normalize import fold

__all__ = [
    "CONFLICT_THRESHOLD",
    "CONFLICT_WINDOW",
    "ENTRY_SCHEMA",
    "SIMILARITY_THRESHOLD",
    "match_text",
    "merge_events",
    "timeline_entries",
    "unmerged_events",
]

SIMILARITY_THRESHOLD = 60.0
"""Least ``token_set_ratio`` (0–100) for two events with overlapping dates to be merged."""

CONFLICT_THRESHOLD = 80.0
"""Least ``token_set_ratio`` for two events with *disjoint* dates to be merged (and flagged)."""

CONFLICT_WINDOW = dt.timedelta(days=2)
"""Largest gap between disjoint intervals still read as one happening dated differently."""

ENTRY_SCHEMA = pl.Schema(
    {
        "cluster": pl.Int64,
        "start": pl.Datetime("us"),
        "end": pl.Datetime("us"),
        "grain": GRAIN_DTYPE,
        "value": pl.String,
        "hijri_label": pl.String,
        "clause": pl.String,
        "expr": pl.String,
        "n_events": pl.UInt32,
        "n_sources": pl.Int32,
        "sources": pl.List(pl.String),
        "article_ids": pl.List(pl.String),
        "urls": pl.List(pl.String),
        "event_ids": pl.List(pl.String),
        "date_conflict": pl.Boolean,
    }
)
"""One row per timeline entry; dated by its most precise event (finest grain, earliest)."""

_CLITIC = re.compile(r"^(?:و|ف)?(?:(?:ب|ك|ل)?ال|لل)(?=\w\w)")
_TOKEN = re.compile(r"\w+")
_STOP = frozenset(
    fold(w)
    for w in (
        "في", "من", "إلى", "على", "عن", "حتى", "منذ", "عند", "خلال", "مع", "ثم", "بعد", "قبل",
        "أن", "إن", "كما", "حيث", "يوم", "ذلك", "هذا", "هذه", "التي", "الذي", "الذين", "أو",
        "قد", "لقد", "كان", "كانت", "قال", "قالت", "وقال", "وقالت", "أعلن", "أعلنت", "ما", "لا",
    )
)


def _tokens(text: str) -> list[str]:
    out = []
    for word in _TOKEN.findall(fold(text)):
        if word in _STOP:
            continue
        out.append(_CLITIC.sub("", word))
    return out


def match_text(clause: str, clause_start: int, expr_start: int, expr_end: int) -> str:
    """The wording compared across articles: folded clause, expression cut, clitics stripped."""
    lo, hi = expr_start - clause_start, expr_end - clause_start
    if 0 <= lo <= hi <= len(clause):
        clause = clause[:lo] + " " + clause[hi:]
    return " ".join(_tokens(clause))


class _Components:
    """Union–find over event indices that keeps each group's time extent.

    Two groups are only joined if the result spans no more than its longest interval plus
    ``slack``, and its events precise to a day or finer all fall within a day plus
    ``slack / 2``: a chain of similar reports (a strike that began on Monday, the same strike
    that ended on Friday) does not become one entry, and a month-long report cannot bridge
    days far apart.
    """

    def __init__(self, starts: list[dt.datetime], ends: list[dt.datetime], fine: list[bool],
                 slack: dt.timedelta) -> None:
        self.parent = list(range(len(starts)))
        self.lo, self.hi = list(starts), list(ends)
        self.longest = [e - s for s, e in zip(starts, ends)]
        self.fine_lo = [s if f else None for s, f in zip(starts, fine)]
        self.fine_hi = [e if f else None for e, f in zip(ends, fine)]
        self.slack = slack
        self.fine_limit = dt.timedelta(days=1) + slack / 2

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        lo, hi = min(self.lo[ra], self.lo[rb]), max(self.hi[ra], self.hi[rb])
        longest = max(self.longest[ra], self.longest[rb])
        if hi - lo > longest + self.slack:
            return
        fine_lo = _least(self.fine_lo[ra], self.fine_lo[rb], min)
        fine_hi = _least(self.fine_hi[ra], self.fine_hi[rb], max)
        if fine_lo is not None and fine_hi is not None and fine_hi - fine_lo > self.fine_limit:
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.lo[root], self.hi[root], self.longest[root] = lo, hi, longest
        self.fine_lo[root], self.fine_hi[root] = fine_lo, fine_hi


def _least(a: dt.datetime | None, b: dt.datetime | None, pick: Any) -> dt.datetime | None:
    if a is None or b is None:
        return a if b is None else b
    return pick(a, b)  # type: ignore[no-any-return]


def merge_events(
    events: pl.DataFrame,
    *,
    threshold: float = SIMILARITY_THRESHOLD,
    conflict_threshold: float = CONFLICT_THRESHOLD,
    conflict_window: dt.timedelta = CONFLICT_WINDOW,
) -> pl.DataFrame:
    """Fill ``cluster``, ``n_sources`` and ``date_conflict``; returns the events in timeline order.

    Cluster numbers follow the timeline order of each cluster's first event (0, 1, 2...).
    """
    frame = order_events(conform_events(events))
    n = frame.height
    if n == 0:
        return frame
    starts = frame["start"].to_list()
    ends = frame["end"].to_list()
    articles = frame["article_id"].to_list()
    texts = [
        match_text(clause or "", c_start, -1 if inherited else e_start, -1 if inherited else e_end)
        for clause, c_start, e_start, e_end, inherited in frame.select(
            "clause", "clause_start", "expr_start", "expr_end", "inherited"
        ).iter_rows()
    ]
    token_sets = [frozenset(t.split()) for t in texts]

    # inverted index: token -> event indices in timeline (start) order
    postings: dict[str, list[int]] = defaultdict(list)
    for i, tokens in enumerate(token_sets):
        for token in tokens:
            postings[token].append(i)

    fine = [g is not None and Grain(g).rank <= Grain.DAY.rank for g in frame["grain"].to_list()]
    components = _Components(starts, ends, fine, conflict_window + conflict_window)
    for i in range(n):
        horizon = ends[i] + conflict_window
        candidates: set[int] = set()
        for token in token_sets[i]:
            posting = postings[token]
            k = bisect.bisect_right(posting, i)
            while k < len(posting) and starts[posting[k]] < horizon:
                candidates.add(posting[k])
                k += 1
        for j in sorted(candidates):
            if articles[i] == articles[j] or components.find(i) == components.find(j):
                continue
            shared = len(token_sets[i] & token_sets[j])
            if shared < min(2, len(token_sets[i]), len(token_sets[j])) or shared == 0:
                continue
            overlap = starts[j] < ends[i] and starts[i] < ends[j]
            need = threshold if overlap else conflict_threshold
            if fuzz.token_set_ratio(texts[i], texts[j], score_cutoff=need):
                components.union(i, j)

    roots = [components.find(i) for i in range(n)]
    numbering: dict[int, int] = {}
    for root in roots:
        numbering.setdefault(root, len(numbering))
    frame = frame.with_columns(pl.Series("cluster", [numbering[r] for r in roots], pl.Int64))
    conflicts = _conflicting_clusters(frame)
    return frame.with_columns(
        pl.col("source").fill_null(pl.col("article_id")).n_unique().over("cluster")
        .cast(pl.Int32).alias("n_sources"),
        pl.col("cluster").is_in(sorted(conflicts)).alias("date_conflict"),
    ).select(list(conform_events(frame).columns))


def unmerged_events(events: pl.DataFrame) -> pl.DataFrame:
    """Every event its own entry (``merge=False``): cluster = position in timeline order."""
    frame = order_events(conform_events(events))
    return frame.with_columns(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("cluster"),
        pl.lit(1, pl.Int32).alias("n_sources"),
        pl.lit(False).alias("date_conflict"),
    )


def _conflicting_clusters(frame: pl.DataFrame) -> set[int]:
    """Clusters where two articles give disjoint intervals, or one grain and two values."""
    multi = frame.filter(pl.col("article_id").n_unique().over("cluster") > 1)
    out: set[int] = set()
    for (cluster,), group in multi.group_by("cluster"):
        rows = group.select("article_id", "start", "end", "grain", "value").rows()
        for a in range(len(rows)):
            for b in range(a + 1, len(rows)):
                ra, rb = rows[a], rows[b]
                if ra[0] == rb[0]:
                    continue
                disjoint = ra[2] <= rb[1] or rb[2] <= ra[1]
                if disjoint or (ra[3] == rb[3] and ra[4] != rb[4]):
                    out.add(int(cluster))  # type: ignore[call-overload]
                    break
            if cluster in out:
                break
    return out


def timeline_entries(events: pl.DataFrame) -> pl.DataFrame:
    """One row per cluster of merged events (events not merged yet count as their own entry)."""
    frame = conform_events(events)
    if frame["cluster"].null_count():
        frame = unmerged_events(frame)
    if frame.height == 0:
        return pl.DataFrame(schema=ENTRY_SCHEMA)
    best = pl.struct("grain", "start", "end", "published", "article_id", "clause_start")
    entries = (
        order_events(frame)
        .with_columns(pl.col("source").fill_null(pl.col("article_id")))
        .group_by("cluster", maintain_order=True)
        .agg(
            pl.all().sort_by(best).first().name.keep(),
            pl.len().alias("n_events"),
            pl.col("source").unique(maintain_order=True).alias("sources"),
            pl.col("article_id").unique(maintain_order=True).alias("article_ids"),
            pl.col("url").drop_nulls().unique(maintain_order=True).alias("urls"),
            pl.col("event_id").alias("event_ids"),
        )
    )
    return entries.select(
        [pl.col(name).cast(dtype) for name, dtype in ENTRY_SCHEMA.items()]
    ).sort(["start", "grain", "end", "cluster"])
