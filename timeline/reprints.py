"""A reprint's dates counted from the writer's day: the first copy's publication.

A wire text reprinted a day or a few days later keeps the «أمس»، «اليوم»، «الأسبوع الماضي»
written for its first publication; counted from the reprint's own publication they land a
day (or days) late. After extraction (across articles; the batch step stays per article),
:func:`date_reprints` finds the expressions whose whole sentence another article published
on an earlier day holds word for word (folded as :func:`timeline.normalize.fold_expr`,
punctuation and spacing aside) and gives each the date that earliest copy's same expression
got: its interval, grain, value, mod and Hijri columns, and the anchor ``copy:<article id>``
naming that copy. Only when

- both dates were counted from the publication (anchor ``published``, or ``written:<day>`` when
  from the writer's day: :mod:`timeline.written`; never a date the text set, an absolute one or
  one told from a happening), and they differ;
- the sentence is long enough to be a copy, not a stock phrase: :data:`MIN_WORDS` words;
- the first copy was published on an earlier calendar day, at most :data:`MAX_GAP`
  before (a weekly formula, «الجلسة التي عقدها مجلس الوزراء بعد ظهر اليوم الاثنين», is
  printed again seven days on for another session); among several, the earliest within
  that reach.

An expression the sentence holds twice is matched to the same occurrence in the copy: the
occurrences are counted in the sentence's text, not among the events (an occurrence that dates
no event in one copy, a dateline's, shifts no pair).
A clause that took a re-counted expression's date (``inherited``: told «فيما», ``--inherit``)
takes the new one as it took the old, its day (:func:`_followers`); leads' windows (no
expression of their own) are left as they are.
"""

from __future__ import annotations

import datetime as dt

from typing import Any

import polars as pl

from timeline._types import WRITTEN_ANCHOR, Anchor, Grain, day_of
from timeline.calendars import hijri_iso, hijri_label
from timeline.normalize import fold_expr

__all__ = ["MAX_GAP", "MIN_WORDS", "date_reprints"]

MIN_WORDS = 12
"""A copied sentence holds at least this many words (the 5,000 corpus articles: the copies
dated a day late hold 14–118)."""

MAX_GAP = dt.timedelta(days=5)
"""The first copy lies at most this far before the reprint (corpus copies: 0.7–4 days; the
one copy found 7 days on is a weekly formula told of another day)."""

# counted from the publication, or from the writer's day its words or its crawl told (``written:``)
_from_publication = (pl.col("anchor") == Anchor.PUBLISHED.value) | pl.col("anchor").str.starts_with(WRITTEN_ANCHOR)
_DATE_COLUMNS = ("start", "end", "grain", "value", "mod", "hijri_start", "hijri_end", "hijri_label")
_NOT_WORD = r"[\p{P}\p{S}\s]+"  # punctuation, symbols and spacing: one space


def _words(text: pl.Expr) -> pl.Expr:
    """``text`` folded as the sentences are compared: punctuation and spacing one space."""
    return fold_expr(text).str.replace_all(_NOT_WORD, " ").str.strip_chars_start()


def _in_sentence(row: dict[str, Any]) -> int | None:
    """Where the expression of an event row stands in its sentence (a character offset), or None
    when that is not known for sure: the frame holds the clause's and the expression's offsets
    in the article and the sentence's text, not the sentence's offset; the expression stands as
    far after its clause's place in the sentence as ``expr_start`` after ``clause_start``."""
    sentence, clause, expr = row["sentence"], row["clause"], row["expr"]
    after = row["expr_start"] - row["clause_start"]
    found = set()
    at = sentence.find(clause) if clause else -1
    while at >= 0:
        if 0 <= at + after and sentence.startswith(expr, at + after):
            found.add(at + after)
        at = sentence.find(clause, at + 1)
    return found.pop() if len(found) == 1 else None


def _copied(events: pl.DataFrame) -> pl.DataFrame:
    """The expressions counted from the publication in sentences several articles hold (row
    number ``_row``, the folded sentence ``_text``, the occurrence ``_nth`` of the expression in
    it: how many times the folded expression shows in the folded text before it, so that the
    same occurrence pairs in every copy whichever occurrences date events). Only they can be
    re-counted, and only from one of them; an expression whose place in its sentence is not
    known for sure (:func:`_in_sentence`) is not."""
    own = events.with_row_index("_row").filter(
        _from_publication, pl.col("expr") != "", ~pl.col("inherited").fill_null(False),
        pl.col("start").is_not_null(),
    ).select("_row", "article_id", "published", "sentence", "clause", "clause_start", "expr", "expr_start",
             *_DATE_COLUMNS)
    texts = own.select("sentence").unique().with_columns(  # each sentence folded once
        _words(pl.col("sentence")).str.strip_chars().alias("_text"))
    texts = texts.filter(pl.col("_text").str.count_matches(" ", literal=True) >= MIN_WORDS - 1)
    own = own.join(texts, on="sentence")
    shared = own.group_by("_text").agg(pl.col("article_id").n_unique().alias("_articles"))
    own = own.join(shared.filter(pl.col("_articles") > 1).select("_text"), on="_text", how="semi")
    if own.height == 0:
        return own.drop("sentence", "clause", "clause_start").with_columns(pl.lit(0, pl.UInt32).alias("_nth"))
    at = pl.Series("_at", [_in_sentence(row) for row in own.select("sentence", "clause", "clause_start", "expr",
                                                                   "expr_start").iter_rows(named=True)],
                   dtype=pl.Int64)
    own = own.with_columns(at).filter(pl.col("_at").is_not_null()).with_columns(
        _words(pl.col("expr")).str.strip_chars(),  # as its sentence: «امس» is «أمس»
        _words(pl.col("sentence").str.slice(0, pl.col("_at"))).alias("_before"))
    return own.with_columns(pl.col("_before").str.count_matches(pl.col("expr"), literal=True).alias("_nth")).drop(
        "sentence", "clause", "clause_start", "_at", "_before")


def _followers(events: pl.DataFrame, later: pl.DataFrame) -> pl.DataFrame:
    """The changes (as :func:`date_reprints` builds them) of the clauses that share a re-counted
    expression's date (``inherited``: told «فيما», a separate incident's day, ``--inherit``): the
    same article, the same expression, counted from the publication and holding its old date (or
    that date's day); they take the new date as they took the old (its day)."""
    dated = later.select("article_id", "expr_start", "start", "end", "grain", "_new_start", "_new_end", "_new_grain",
                         "_first", pl.col("_row").alias("_own"))
    rows = (events.with_row_index("_row")
            .filter(pl.col("inherited").fill_null(False), _from_publication,
                    pl.col("start").is_not_null())
            .select("_row", "article_id", "expr_start", pl.col("start").alias("_at"), pl.col("end").alias("_to"),
                    pl.col("grain").cast(pl.String).alias("_grain"))
            .join(dated, on=["article_id", "expr_start"]))
    found: dict[str, list[Any]] = {name: [] for name in ("_row", *(f"_new_{c}" for c in _DATE_COLUMNS), "_new_anchor")}
    for row in rows.iter_rows(named=True):
        if (row["_at"], row["_to"], Grain(row["_grain"])) != day_of(row["start"], row["end"], Grain(row["grain"])) \
                or row["_row"] in found["_row"]:
            continue
        start, end, grain = day_of(row["_new_start"], row["_new_end"], Grain(row["_new_grain"]))
        own = later.row(by_predicate=pl.col("_row") == row["_own"], named=True)
        same = grain is Grain(row["_new_grain"])  # not widened: the expression's own date, all of it
        last = (end - dt.timedelta(microseconds=1)).date() if end > start else start.date()
        for name, value in (("_row", row["_row"]), ("_new_start", start), ("_new_end", end), ("_new_grain", grain.value),
                            ("_new_value", own["_new_value"] if same else start.date().isoformat()),
                            ("_new_mod", own["_new_mod"] if same else None),
                            ("_new_hijri_start", hijri_iso(start.date())), ("_new_hijri_end", hijri_iso(last)),
                            ("_new_hijri_label", hijri_label(start, end)),
                            ("_new_anchor", f"copy:{row['_first']}")):
            found[name].append(value)
    schema = {"_row": later.schema["_row"], **{f"_new_{c}": later.schema[f"_new_{c}"] for c in _DATE_COLUMNS},
              "_new_anchor": pl.String}
    return pl.DataFrame(found, schema=schema)


def _first_copies(copied: pl.DataFrame) -> pl.DataFrame:
    """Each row of ``copied`` (:func:`_copied`) with the earliest copy of its expression (the same
    ``_text``, ``expr`` and ``_nth``) published at most :data:`MAX_GAP` before it on an earlier
    calendar day (``_first``, ``_first_published`` and that copy's dates as ``_new_<column>``; at
    one moment, the first article id), in ``_row`` order; rows with none are dropped. One
    as-of join, linear in the copies: the earliest copy at or after ``published - MAX_GAP`` is
    the one, when it lies on an earlier day (any copy of an earlier day comes before those of
    the reprint's own)."""
    key = ["_text", "expr", "_nth"]
    earlier = (copied.filter(pl.col("published").is_not_null())
               .select(*key, pl.col("article_id").alias("_first"), pl.col("published").alias("_first_published"),
                       *(pl.col(c).alias(f"_new_{c}") for c in _DATE_COLUMNS), pl.col("_row").alias("_first_row"))
               .sort(*key, "_first_published", "_first", "_first_row")
               .unique(subset=[*key, "_first_published"], keep="first", maintain_order=True)
               .sort("_first_published"))
    reach = copied.with_columns((pl.col("published") - MAX_GAP).alias("_reach")).sort("_reach", nulls_last=True)
    return (reach.join_asof(earlier, left_on="_reach", right_on="_first_published", by=key, strategy="forward",
                            check_sortedness=False)
            .filter(pl.col("published").dt.date() > pl.col("_first_published").dt.date())
            .drop("_reach", "_first_row").sort("_row"))


def date_reprints(events: pl.DataFrame) -> pl.DataFrame:
    """``events`` with the dates of expressions in reprinted sentences counted from the first
    copy's publication (see the module); every other row and column as it was."""
    if events.height == 0 or "sentence" not in events.columns:
        return events
    copied = _copied(events)
    if copied.height == 0:
        return events
    later = _first_copies(copied).filter((pl.col("value") != pl.col("_new_value"))
                                         | (pl.col("start") != pl.col("_new_start"))
                                         | (pl.col("end") != pl.col("_new_end")))
    if later.height == 0:
        return events
    changes = later.select("_row", *(f"_new_{c}" for c in _DATE_COLUMNS),
                           pl.concat_str(pl.lit("copy:"), pl.col("_first")).alias("_new_anchor"))
    changes = pl.concat([changes, _followers(events, later)])
    hit = pl.col("_new_anchor").is_not_null()
    columns = (*_DATE_COLUMNS, "anchor")
    return (events.with_row_index("_row").join(changes, on="_row", how="left")
            .with_columns(pl.when(hit).then(pl.col(f"_new_{c}")).otherwise(pl.col(c)).alias(c) for c in columns)
            .select(events.columns))
