"""A historian's corrections, applied to merged events and their entries.

A corrections file (CSV, UTF-8 with or without BOM, or JSONL) holds one correction a row,
keyed by the stable ``event_id`` (``"<article_id>#<clause_start>-<expr_start>"``), so the
same file applies to every rebuild of the same articles. Fields:

==========  ==================================================================
event_id    the event corrected
action      ``date`` | ``not_event`` | ``split`` | ``merge`` (``date`` when empty
            and a value or grain is given, ``merge`` when only ``other`` is)
value       ``date``: ISO ``2024``, ``2024-03``, ``2024-03-05``, ``2024-03-05T18:30``
            or ``start/end`` (both inclusive): the new date, its grain inferred
grain       ``date``: the grain the date is known to; alone, coarsens the event's
            date (``month``: only the month is known); never finer than the value
other       ``merge``: an event of the entry this event's entry joins
note        free text shown on the page («صُحّح يدوياً: …»)
==========  ==================================================================

``not_event`` drops the event (listed in the report), ``split`` makes it an entry of its
own, ``merge`` joins its whole entry to ``other``'s. Corrections apply in file order,
after merging; the touched entries get their outlets count and ``date_conflict`` again by
the rule of :mod:`timeline.merge`, and entries are rebuilt with
:func:`timeline.merge.timeline_entries`. Corrected events and entries carry
``corrected`` (True) and ``correction_note``.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import polars as pl

from timeline._programs import kept
from timeline._types import Grain
from timeline.articles import RowError
from timeline.follow import follows
from timeline.frame import hijri_iso, hijri_label, order_events
from timeline.merge import on_timeline, timeline_entries, undated_rows
from timeline.resolve import grain_bounds

__all__ = [
    "Action",
    "Correction",
    "CorrectionReport",
    "CorrectionsSource",
    "apply_corrections",
    "parse_date",
    "read_corrections",
]

_FIELDS = ("event_id", "action", "value", "grain", "other", "note")
_NOTE_JOIN = "؛ "
_INSTANT = dt.timedelta(microseconds=1)
_ISO = kept(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:[T ](?P<hour>\d{2})(?::(?P<minute>\d{2}))?)?)?)?$")


class Action(str, enum.Enum):
    """What a correction does to its event."""

    DATE = "date"
    NOT_EVENT = "not_event"
    SPLIT = "split"
    MERGE = "merge"


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction; ``row`` is where it was read (1-based), None when built in code
    (reports then name its position in the list)."""

    event_id: str
    action: Action
    value: str | None = None
    grain: Grain | None = None
    other: str | None = None
    note: str | None = None
    row: int | None = None

    def __post_init__(self) -> None:
        if self.action is Action.DATE:
            if self.value is None and self.grain is None:
                raise ValueError("value: a date correction needs a value or a grain")
            if self.value is not None:
                parse_date(self.value, self.grain)
        if self.action is Action.MERGE and not self.other:
            raise ValueError("other: a merge needs the id of an event of the other entry")


CorrectionsSource = Union[str, "os.PathLike[str]", Iterable[Union[Correction, RowError]]]
"""A corrections file, or corrections (and row errors) already read."""


@dataclass(frozen=True, slots=True)
class CorrectionReport:
    """What :func:`apply_corrections` did: corrections applied, rows naming an unknown id
    (field ``event_id`` or ``other``), unreadable rows, events dropped as not events."""

    applied: tuple[Correction, ...] = ()
    unknown: tuple[RowError, ...] = ()
    errors: tuple[RowError, ...] = ()
    removed: tuple[str, ...] = ()

    def summary(self) -> str:
        """One English line."""
        return (f"corrections: {len(self.applied)} applied, {len(self.unknown)} with unknown ids, "
                f"{len(self.errors)} unreadable rows; {len(self.removed)} events removed")


# --- dates -------------------------------------------------------------------------------

def _point(text: str) -> tuple[dt.datetime, dt.datetime, Grain]:
    match = _ISO.match(text.strip())
    if match is None:
        raise ValueError(f"value: {text!r} is not an ISO date (2024, 2024-03, 2024-03-05, 2024-03-05T18:30)")
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    try:
        start = dt.datetime(parts["year"], parts.get("month", 1), parts.get("day", 1),
                            parts.get("hour", 0), parts.get("minute", 0))
    except ValueError as exc:
        raise ValueError(f"value: {text!r}: {exc}") from None
    grain = (Grain.MINUTE if "minute" in parts else Grain.HOUR if "hour" in parts else Grain.DAY
             if "day" in parts else Grain.MONTH if "month" in parts else Grain.YEAR)
    return (*_bounds(start, grain), grain)


_DATE_GRAINS = frozenset({Grain.MINUTE, Grain.HOUR, Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.QUARTER,
                          Grain.YEAR, Grain.DECADE, Grain.CENTURY})


def _bounds(t: dt.datetime, grain: Grain) -> tuple[dt.datetime, dt.datetime]:
    """The interval of ``grain`` holding ``t``; grains with no such interval are refused."""
    if grain not in _DATE_GRAINS:
        raise ValueError(f"grain: {grain.value!r} cannot be given as a corrected date")
    return grain_bounds(t, grain)


def _value(start: dt.datetime, grain: Grain) -> str:
    """The TIMEX3 value of the ``grain`` period starting at ``start``."""
    if grain is Grain.MINUTE:
        return start.strftime("%Y-%m-%dT%H:%M")
    if grain is Grain.HOUR:
        return start.strftime("%Y-%m-%dT%H")
    if grain is Grain.DAY:
        return start.date().isoformat()
    if grain is Grain.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain is Grain.MONTH:
        return start.strftime("%Y-%m")
    if grain is Grain.QUARTER:
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    digits = {Grain.YEAR: 4, Grain.DECADE: 3, Grain.CENTURY: 2}[grain]
    return f"{start.year:04d}"[:digits]


def parse_date(value: str, grain: Grain | None = None) -> tuple[dt.datetime, dt.datetime, Grain, str]:
    """``(start, end, grain, value)`` of a corrected date: ISO ``2024``, ``2024-03``,
    ``2024-03-05``, ``2024-03-05T18:30`` or ``first/last`` (both inclusive).

    ``grain`` may coarsen the date (a day given, only its month known), never refine it.
    Raises ValueError naming the field (``value:`` or ``grain:``)."""
    first, _, last = value.partition("/")
    start, end, inferred = _point(first)
    if last:
        _, end, last_grain = _point(last)
        if end <= start:
            raise ValueError(f"value: {value!r} ends before it starts")
        inferred = max(inferred, last_grain, key=lambda g: g.rank)
    if grain is not None and grain.rank < inferred.rank:
        raise ValueError(f"grain: {grain.value!r} is finer than the value {value!r} (precision is never invented)")
    return _coarsen(start, end, grain or inferred)


def _coarsen(start: dt.datetime, end: dt.datetime, grain: Grain) -> tuple[dt.datetime, dt.datetime, Grain, str]:
    """``[start, end)`` widened to whole periods of ``grain``, with its value (one period,
    or ``first/last``)."""
    last = _bounds(end - _INSTANT, grain)
    start = _bounds(start, grain)[0]
    if start == last[0]:
        return start, last[1], grain, _value(start, grain)
    return start, last[1], grain, f"{_value(start, grain)}/{_value(last[0], grain)}"


# --- reading -----------------------------------------------------------------------------

def _correction(raw: Mapping[str, Any], row: int, where: str | None) -> Correction | RowError:
    if not isinstance(raw, Mapping):
        return RowError(row, None, "row", "expected an object with event_id and action", where)
    cells = {k: (str(v).strip() if v is not None else "") for k, v in raw.items() if isinstance(k, str)}
    event_id = cells.get("event_id", "")
    if not event_id:
        return RowError(row, None, "event_id", "missing", where)
    action_text = cells.get("action", "").lower().replace("-", "_").replace(" ", "_")
    if not action_text:
        action_text = ("date" if cells.get("value") or cells.get("grain")
                       else "merge" if cells.get("other") else "")
    try:
        action = Action(action_text)
    except ValueError:
        return RowError(row, event_id, "action",
                        f"expected one of {', '.join(a.value for a in Action)}, got {action_text!r}", where)
    grain: Grain | None = None
    if cells.get("grain"):
        try:
            grain = Grain(cells["grain"].lower())
        except ValueError:
            return RowError(row, event_id, "grain", f"unknown grain {cells['grain']!r}", where)
    try:
        return Correction(event_id, action, value=cells.get("value") or None, grain=grain,
                          other=cells.get("other") or None, note=cells.get("note") or None, row=row)
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        return RowError(row, event_id, field, message, where)


def read_corrections(path: str | os.PathLike[str]) -> list[Correction | RowError]:
    """Every row of a corrections file (``.csv``, or ``.jsonl``/``.ndjson``/``.json`` lines)
    as a Correction or a RowError naming its row and field, in file order."""
    where = str(path)
    text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
    out: list[Correction | RowError] = []
    if Path(path).suffix.lower() in (".jsonl", ".ndjson", ".json"):
        for row, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                out.append(RowError(row, None, "json", exc.msg, where))
                continue
            out.append(_correction(raw, row, where))
        return out
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = {"event_id"} - set(reader.fieldnames or ())
    if missing:
        return [RowError(1, None, "event_id", "no event_id column in the header", where)]
    for raw in reader:
        row = reader.line_num  # the data row's line (the header is line 1)
        if None in raw:
            out.append(RowError(row, raw.get("event_id"), "csv", "more cells than header columns", where))
            continue
        out.append(_correction(raw, row, where))
    return out


def _items(corrections: CorrectionsSource) -> list[Correction | RowError]:
    if isinstance(corrections, (str, os.PathLike)):
        return read_corrections(corrections)
    return list(corrections)


# --- applying ----------------------------------------------------------------------------

def _disagree(rows: Sequence[tuple[Any, ...]]) -> bool:
    """:mod:`timeline.merge`'s conflict rule: two articles' ``(article, start, end, grain,
    value)`` with disjoint intervals, or one grain and two values."""
    for k, (article, start, end, grain, value) in enumerate(rows):
        for other, other_start, other_end, other_grain, other_value in rows[k + 1:]:
            if article != other and (end <= other_start or other_end <= start
                                     or (grain == other_grain and value != other_value)):
                return True
    return False


def _mark(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(pl.col("corrected").fill_null(False))


def _entries(events: pl.DataFrame) -> pl.DataFrame:
    """:func:`timeline.merge.timeline_entries` plus ``corrected`` and ``correction_note``."""
    flags = (
        events.group_by("cluster")
        .agg(pl.col("corrected").any().alias("corrected"),
             pl.col("correction_note").drop_nulls().unique(maintain_order=True).str.join(_NOTE_JOIN)
             .alias("correction_note"))
        .with_columns(pl.when(pl.col("correction_note") == "").then(None)
                      .otherwise(pl.col("correction_note")).alias("correction_note"))
    )
    return timeline_entries(events).join(flags, on="cluster", how="left", maintain_order="left")


def apply_corrections(
    events: pl.DataFrame, entries: pl.DataFrame | None, corrections: CorrectionsSource
) -> tuple[pl.DataFrame, pl.DataFrame, CorrectionReport]:
    """Apply ``corrections`` (a file or Corrections) to merged ``events``; return the
    corrected events, their entries (rebuilt from them; ``entries`` is only checked to
    belong to ``events``) and a report. Unknown ids and unreadable rows are reported,
    never raised; the inputs are not modified."""
    dated = on_timeline(events)
    # undated rows (dates told from a happening no entry dates) take provisional entries of
    # their own: a `date` row puts one on the timeline, the others stay undated
    undated = undated_rows(events).with_columns(
        (pl.int_range(pl.len(), dtype=pl.Int64) + (dated["cluster"].max() or 0) + 1).alias("cluster"))
    frame = _mark(pl.concat([order_events(dated), undated]))
    if entries is not None and entries.height and "cluster" in entries.columns:
        known = set(dated["cluster"].to_list())
        if not set(entries["cluster"].to_list()) <= known:
            raise ValueError("entries: not the entries of these events")
    cols = {name: frame[name].to_list() for name in
            ("event_id", "cluster", "story", "story_label", "start", "end", "grain", "value", "mod",
             "hijri_start", "hijri_end", "hijri_label", "date_confidence", "corrected", "correction_note")}
    at = {event_id: i for i, event_id in enumerate(cols["event_id"])}
    members: dict[int, list[int]] = defaultdict(list)
    for i, cluster in enumerate(cols["cluster"]):
        members[cluster].append(i)
    keep = [True] * frame.height
    touched: set[int] = set()
    next_cluster = max(members, default=-1) + 1
    applied: list[Correction] = []
    unknown: list[RowError] = []
    where = str(corrections) if isinstance(corrections, (str, os.PathLike)) else None
    errors: list[RowError] = []
    removed: list[str] = []

    for position, item in enumerate(_items(corrections), 1):
        if isinstance(item, RowError):
            errors.append(item)
            continue
        i = at.get(item.event_id)
        j = at.get(item.other) if item.other else None
        if i is None or not keep[i] or (item.action is Action.MERGE and (j is None or not keep[j])):
            field, missing = ("event_id", item.event_id) if i is None or not keep[i] else ("other", item.other)
            unknown.append(RowError(item.row or position, item.event_id, field,
                                    f"unknown event id {missing!r} (or removed by an earlier row)", where))
            continue
        undated = [k for k in (i, j) if k is not None and cols["start"][k] is None]
        if undated and item.action in (Action.SPLIT, Action.MERGE):
            errors.append(RowError(item.row or position, item.event_id, "action",
                                   f"event {cols['event_id'][undated[0]]!r} has no date (it is told from "
                                   "a happening no entry dates): give it one with a 'date' row first", where))
            continue
        cluster = cols["cluster"][i]
        touched.add(cluster)
        if item.action is Action.NOT_EVENT:
            keep[i] = False
            members[cluster].remove(i)
            removed.append(item.event_id)
        elif item.action is Action.DATE:
            if item.value is not None:
                start, end, grain, value = parse_date(item.value, item.grain)
            elif cols["start"][i] is None:
                errors.append(RowError(item.row or position, item.event_id, "value",
                                       "the event has no date to make coarser: give the date itself", where))
                continue
            else:
                assert item.grain is not None
                current = Grain(cols["grain"][i])
                if item.grain.rank < current.rank:
                    errors.append(RowError(item.row or position, item.event_id, "grain",
                                           f"{item.grain.value!r} is finer than the event's {current.value!r}",
                                           where))
                    continue
                try:
                    start, end, grain, value = _coarsen(cols["start"][i], cols["end"][i], item.grain)
                except ValueError as exc:  # a grain with no calendar periods (season, part of day)
                    errors.append(RowError(item.row or position, item.event_id, "grain",
                                           str(exc).partition(": ")[2], where))
                    continue
            cols["start"][i], cols["end"][i], cols["grain"][i], cols["value"][i] = start, end, grain.value, value
            cols["mod"][i] = None
            cols["hijri_start"][i] = hijri_iso(start.date())
            cols["hijri_end"][i] = hijri_iso((end - _INSTANT).date())
            cols["hijri_label"][i] = hijri_label(start, end)
            cols["date_confidence"][i] = 1.0
        elif item.action is Action.SPLIT:
            if len(members[cluster]) > 1:
                members[cluster].remove(i)
                members[next_cluster] = [i]
                cols["cluster"][i] = next_cluster
                touched.add(next_cluster)
                next_cluster += 1
        else:
            assert j is not None
            target = cols["cluster"][j]
            if target != cluster:
                moved = members.pop(cluster)
                for k in moved:
                    cols["cluster"][k] = target
                    cols["story"][k], cols["story_label"][k] = cols["story"][j], cols["story_label"][j]
                members[target].extend(moved)
                touched.add(target)
        cols["corrected"][i] = True
        if item.note:
            previous = cols["correction_note"][i]
            cols["correction_note"][i] = f"{previous}{_NOTE_JOIN}{item.note}" if previous else item.note
        applied.append(item)

    out = frame.with_columns(
        [pl.Series(name, values, dtype=frame.schema[name]) for name, values in cols.items()]
    ).filter(pl.Series(keep))
    still = out.filter(pl.col("start").is_null())
    out = pl.concat([_refresh(order_events(out.filter(pl.col("start").is_not_null())), touched),
                     undated_rows(still)])
    report = CorrectionReport(tuple(applied), tuple(unknown), tuple(errors), tuple(removed))
    return out, _entries(out), report


def _refresh(frame: pl.DataFrame, touched: set[int]) -> pl.DataFrame:
    """Outlets count and date conflict (of told dates: :func:`timeline.follow.follows`) of the
    touched entries again; clusters renumbered in timeline order of their first event (as
    :func:`timeline.merge.merge_events` numbers them)."""
    if frame.height == 0:
        return frame
    rows: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for cluster, *rest in frame.filter(pl.col("cluster").is_in(sorted(touched)), ~follows()).select(
            "cluster", "article_id", "start", "end", "grain", "value").iter_rows():
        rows[cluster].append(tuple(rest))
    conflicts = sorted(c for c, r in rows.items() if _disagree(r))
    in_touched = pl.col("cluster").is_in(sorted(touched))
    frame = frame.with_columns(
        pl.when(in_touched)
        .then(pl.col("source").fill_null(pl.col("article_id")).n_unique().over("cluster").cast(pl.Int32))
        .otherwise(pl.col("n_sources")).alias("n_sources"),
        pl.when(in_touched).then(pl.col("cluster").is_in(conflicts))
        .otherwise(pl.col("date_conflict")).alias("date_conflict"),
    )
    numbering: dict[int, int] = {}
    for cluster in frame["cluster"].to_list():
        numbering.setdefault(cluster, len(numbering))
    return frame.with_columns(pl.col("cluster").replace_strict(numbering, return_dtype=pl.Int64))
