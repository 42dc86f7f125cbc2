"""The event table: one documented polars schema, its ordering and its Parquet form.

Every event row says *what* happened (the clause), *when* (the half-open interval
``[start, end)`` its expression resolves to, with the grain it is precise to), *where* it
happened when the text or the article says so (``place``), and *where it was read*
(article, outlet, URL, publication date, exact character offsets). Columns:

=================  ===================  ====================================================
column             dtype                meaning
=================  ===================  ====================================================
event_id           String               ``"<article_id>#<clause_start>-<expr_start>"``
start, end         Datetime("us")       the interval ``[start, end)``; a month stays a month
                                        (null only in ``Timeline.undated``: a date told
                                        from a happening nothing dates, ``value``
                                        ``event:X+P3D``, never dated from the publication)
grain              Enum(Grain values)   precision of the date, finest first
value              String               TIMEX3 value (``2024-03-05``, ``2024-03``, ``2024-W10``)
mod                String               TIMEX3 ``mod`` (``START``, ``APPROX``...) or null
hijri_start        String               Hijri date of ``start`` as ``"1445-07-12"``
hijri_end          String               Hijri date of the last day of the interval
hijri_label        String               the same in Arabic, e.g. ``"12 رجب 1445 هـ"``
expr               String               the expression as written
expr_start/_end    Int32                its offsets in the article text
anchor             String               ``none`` / ``published`` / ``narrative`` /
                                        ``event:X`` (counted from the happening X) /
                                        ``copy:ID`` (a reprinted sentence, counted from
                                        the publication of its first copy, article ID:
                                        ``timeline.reprints``) /
                                        ``written:YYYY-MM-DD`` (counted from the writer's
                                        day, not the publication's: the article's own
                                        deictic with its weekday, or its night crawl's,
                                        ``timeline.written``)
clause             String               the clause that reports the event, as written
clause_start/_end  Int32                its offsets in the article text
sentence           String               the whole sentence holding the clause
sentence_index     Int32                0-based sentence number in the article
inherited          Boolean              the clause had no expression of its own and took
                                        the day the narrative last set (it follows that
                                        clause into its entry: ``timeline.follow``), or,
                                        a lead with an empty ``expr``, its report's window
                                        (``timeline.leads``)
date_confidence    Float64              1.0 for a clause's own date; lower for an inherited
                                        one (0.7, 0.5; 0.9 across فيما; 0.4 a lead's
                                        window with ``inherit``, 0.3 without: a candidate
                                        that only the merge confirms, ``timeline.windows``;
                                        see ``timeline.events``)
place              String               where it happened: the canonical name of the place
                                        named in the clause, else in the sentence
                                        (gazetteer ``lang/ar/places.yaml``), else the
                                        article's ``place`` field; null when none is known
article_id         String               provenance: article id, outlet, URL, title and
source, url,       String               publication date (wall-clock time as written,
title                                   timezone dropped)
published          Datetime("us")
cluster            Int64                timeline entry the event belongs to (null before
                                        merging; see ``timeline.merge``)
n_sources          Int32                distinct outlets in that entry
date_conflict      Boolean              the entry's sources disagree on the date
story              Int64                the story (thread of related entries over days)
                                        the entry belongs to (see ``timeline.stories``)
story_label        String               that story's short Arabic label
corrected          Boolean              a historian's correction touched the event (see
                                        ``timeline.corrections``); null or False otherwise
correction_note    String               the note of that correction
=================  ===================  ====================================================

Events are ordered by interval start, then grain (finer first), then interval end, then
publication date, then article and position in the article (:func:`order_events`). This
key is total, so the same corpus always gives the same order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl

from timeline._types import Grain
from timeline.calendars import hijri_iso, hijri_label  # re-exported: the event table's Hijri columns

__all__ = [
    "ARTICLE_SCHEMA",
    "EVENT_SCHEMA",
    "GRAIN_DTYPE",
    "conform_events",
    "empty_events",
    "events_frame",
    "events_from_columns",
    "hijri_iso",
    "hijri_label",
    "order_events",
    "read_parquet",
    "write_parquet",
]

GRAIN_DTYPE = pl.Enum([g.value for g in Grain])
"""Grains as a polars Enum whose physical order is the precision order (finest first)."""

ARTICLE_SCHEMA = pl.Schema(
    {
        "id": pl.String,
        "text": pl.String,
        "published": pl.Datetime("us"),
        "title": pl.String,
        "url": pl.String,
        "source": pl.String,
        "place": pl.String,
        "prefer": pl.String,
    }
)
"""The batch of articles :func:`timeline.events.extract_events` reads (``place``,
``prefer`` and the provenance columns optional; an optional ``utc_offset`` duration column
gives each publication's UTC offset, for clock times told in a named zone)."""

EVENT_SCHEMA = pl.Schema(
    {
        "event_id": pl.String,
        "start": pl.Datetime("us"),
        "end": pl.Datetime("us"),
        "grain": GRAIN_DTYPE,
        "value": pl.String,
        "mod": pl.String,
        "hijri_start": pl.String,
        "hijri_end": pl.String,
        "hijri_label": pl.String,
        "expr": pl.String,
        "expr_start": pl.Int32,
        "expr_end": pl.Int32,
        "anchor": pl.String,
        "clause": pl.String,
        "clause_start": pl.Int32,
        "clause_end": pl.Int32,
        "sentence": pl.String,
        "sentence_index": pl.Int32,
        "inherited": pl.Boolean,
        "date_confidence": pl.Float64,
        "place": pl.String,
        "article_id": pl.String,
        "source": pl.String,
        "url": pl.String,
        "title": pl.String,
        "published": pl.Datetime("us"),
        "cluster": pl.Int64,
        "n_sources": pl.Int32,
        "date_conflict": pl.Boolean,
        "story": pl.Int64,
        "story_label": pl.String,
        "corrected": pl.Boolean,
        "correction_note": pl.String,
    }
)
"""The event table; see the module docstring for what each column holds."""

_ORDER = ["start", "grain", "end", "published", "article_id", "clause_start", "expr_start"]


def empty_events() -> pl.DataFrame:
    """An event table with no rows."""
    return pl.DataFrame(schema=EVENT_SCHEMA)


def events_frame(rows: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """Build an event table from row mappings; missing columns are null, extra ones dropped."""
    rows = list(rows)
    if not rows:
        return empty_events()
    columns = {name: [row.get(name) for row in rows] for name in EVENT_SCHEMA}
    return pl.DataFrame(columns, schema=EVENT_SCHEMA)


def events_from_columns(columns: Mapping[str, list[Any]]) -> pl.DataFrame:
    """:func:`events_frame` of rows given as columns (``{name: values}``, every list as long;
    a column not given is null, one not in the schema dropped): what a build's workers send
    back (:func:`timeline.batches.batch_columns`), plain Python values, no polars."""
    height = len(next(iter(columns.values()), ()))
    if not height:
        return empty_events()
    return pl.DataFrame({name: columns[name] if name in columns else [None] * height for name in EVENT_SCHEMA},
                        schema=EVENT_SCHEMA)


def conform_events(frame: pl.DataFrame) -> pl.DataFrame:
    """Cast ``frame`` to :data:`EVENT_SCHEMA` (columns in order, missing ones null)."""
    missing = [pl.lit(None, dtype).alias(name) for name, dtype in EVENT_SCHEMA.items()
               if name not in frame.columns]
    if missing:
        frame = frame.with_columns(missing)
    return frame.select([pl.col(name).cast(dtype) for name, dtype in EVENT_SCHEMA.items()])


def order_events(frame: pl.DataFrame) -> pl.DataFrame:
    """Sort events by start, grain (finer first), end, publication date, article, position."""
    return frame.sort(_ORDER, nulls_last=True, maintain_order=True)


def write_parquet(frame: pl.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write an event table to Parquet (the grain Enum and datetimes survive the trip)."""
    conform_events(frame).write_parquet(path)


def read_parquet(path: str | os.PathLike[str]) -> pl.DataFrame:
    """Read an event table written by :func:`write_parquet`, cast to :data:`EVENT_SCHEMA`."""
    return conform_events(pl.read_parquet(path))
