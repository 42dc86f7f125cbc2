"""Inherited rows follow the told clause they took their date from; they never lead a merge.

A clause with no date of its own that took the day the narrative last set (``inherited``
with ``date_confidence`` below :data:`FOLLOW_BELOW`, see :mod:`timeline.events`) goes on with
the narrative of the clause that told that date, and tells no more about *when*. So the merge
(:func:`timeline.merge.merge_events`) pairs, blocks, numbers and links stories over the told
rows only (:func:`split_followers`); afterwards each inherited row joins the entry of the
told row it inherited from (same article: :func:`attach_followers`), or stays alone in an
entry of its own when that row is not in the batch. An entry's date, grain and
``date_conflict`` come from told rows (:func:`follows` rows are left out of
:func:`timeline.merge.clashing_clusters` and of a correction's recount). Rows sharing the day
of the clause before across a connective of simultaneity (``فيما``, ``بينما``: 0.9) tell a
happening of their own and still lead. A lead's report window (:func:`report_windows`)
follows too, alone in its entry until :mod:`timeline.windows` places it.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from timeline.leads import CANDIDATE_CONFIDENCE

__all__ = ["FOLLOW_BELOW", "attach_followers", "candidate_windows", "follows", "report_windows", "split_followers",
           "stories_of_leaders", "without_candidates"]

FOLLOW_BELOW = 0.9
"""An inherited row with a ``date_confidence`` below this follows (0.7 from the same
sentence, 0.5 from the sentence before); a date shared across ``فيما``/``بينما`` (0.9) leads."""

_ROW = "_follow_row"


def follows() -> pl.Expr:
    """Whether an event row follows (an inherited date, see :data:`FOLLOW_BELOW`)."""
    return (pl.col("inherited") & (pl.col("date_confidence") < FOLLOW_BELOW)).fill_null(False)


def report_windows() -> pl.Expr:
    """Whether an event row is a lead's report window (:mod:`timeline.leads`): a row that
    follows with no expression at all (``inherited``, an empty ``expr``); it follows no told
    row of its article, :mod:`timeline.windows` places it."""
    return (follows() & (pl.col("expr") == "")).fill_null(False)


def candidate_windows() -> pl.Expr:
    """Whether an event row is a candidate report window (made without ``inherit``, at
    :data:`timeline.leads.CANDIDATE_CONFIDENCE`): only :func:`timeline.relink.merge_with_anchors`
    may confirm one (:mod:`timeline.windows`)."""
    return (report_windows() & (pl.col("date_confidence") == CANDIDATE_CONFIDENCE)).fill_null(False)


def without_candidates(events: pl.DataFrame) -> pl.DataFrame:
    """``events`` without the candidate windows (:func:`candidate_windows`) no merge has kept yet
    (no ``cluster``): what a merge that cannot confirm them (:func:`timeline.merge.merge_events`,
    an unmerged frame) shows. Those a merge kept (a merged frame read again) stay."""
    if "date_confidence" not in events.columns or "expr" not in events.columns:
        return events
    undecided = pl.col("cluster").is_null() if "cluster" in events.columns else pl.lit(True)
    return events.filter(~(candidate_windows() & undecided))


def split_followers(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``frame`` (events in timeline order) as its leading rows and its following rows, each
    in that order and numbered by their place in ``frame`` (column ``_follow_row``)."""
    numbered = frame.with_row_index(_ROW)
    mask = numbered.select(follows()).to_series()
    return numbered.filter(~mask), numbered.filter(mask)


def attach_followers(leaders: pl.DataFrame, followers: pl.DataFrame, column: str = "cluster") -> pl.DataFrame:
    """The rows of both (from :func:`split_followers`) in their first order, without
    ``_follow_row``; ``leaders`` carry their entry (``column``, Int64). A follower takes the
    entry of the told row it inherited from: of its article, dated inside the follower's
    date (which is that row's date, or its day), the row whose clause holds the expression
    it inherited (a clause's repeated date is one row, so the expression may be another
    occurrence of it), else the nearest before it; a follower with neither is an entry of
    its own, numbered after the leaders' (so followers never change the leaders' numbers)."""
    if followers.height == 0:
        return leaders.drop(_ROW)
    told = leaders.filter(pl.col("article_id").is_not_null()).select(
        "article_id", pl.col("start").alias("_s"), pl.col("end").alias("_e"),
        pl.col("clause_start").alias("_cs"), pl.col("clause_end").alias("_ce"), column)
    holds = (pl.col("_cs") <= pl.col("expr_start")) & (pl.col("expr_start") < pl.col("_ce"))
    chosen = (
        followers.select(_ROW, "article_id", "start", "end", "expr_start", "clause_start")
        .join(told, on="article_id")
        .filter(pl.col("start") <= pl.col("_s"), pl.col("_e") <= pl.col("end"),
                holds | (pl.col("_cs") < pl.col("clause_start")))
        .sort(_ROW, holds, "_cs", descending=[False, True, True])
        .unique(_ROW, keep="first").select(_ROW, column)
    )
    placed = followers.drop(column, strict=False).join(chosen, on=_ROW, how="left")
    last = leaders[column].max() if leaders.height else None
    fresh = 0 if last is None else int(last) + 1  # type: ignore[arg-type]  # (entry 0 is an entry too)
    placed = placed.with_columns(
        pl.col(column).fill_null(pl.int_range(pl.len(), dtype=pl.Int64) + fresh).cast(pl.Int64))
    both = pl.concat([leaders.with_columns(pl.col(column).cast(pl.Int64)), placed.select(leaders.columns)])
    return both.sort(_ROW).drop(_ROW)


def stories_of_leaders(frame: pl.DataFrame, assign: Callable[[pl.DataFrame], pl.DataFrame]) -> pl.DataFrame:
    """``frame`` (merged events, timeline order) with ``story`` and ``story_label`` that
    ``assign`` gives its leading rows; a follower takes its entry's story (none when it is
    alone in its entry)."""
    mask = frame.select(follows()).to_series()
    if not mask.any():
        return assign(frame)
    numbered = frame.with_row_index(_ROW)
    leading = numbered.filter(~mask)
    # entries numbered 0, 1, 2... in their order, as ``assign`` wants them (a follower alone
    # in its entry leaves a gap)
    dense = leading.select((pl.col("cluster").rank("dense") - 1).cast(pl.Int64).alias("cluster"))
    told = assign(leading.drop(_ROW).with_columns(dense)).with_columns(leading[_ROW], leading["cluster"])
    homes = told.select("cluster", "story", "story_label").unique("cluster", keep="first")
    followers = numbered.filter(mask).drop("story", "story_label", strict=False) \
        .join(homes, on="cluster", how="left", maintain_order="left")
    return pl.concat([told, followers.select(told.columns)]).sort(_ROW).drop(_ROW)
