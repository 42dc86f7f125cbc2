"""Clock times told in a named time zone, moved to the publication's local time.

"الساعة 1800 بتوقيت غرينتش أمس" in an article published at ``2022-01-25T10:00+03:00`` is
2022-01-24T21:00 in the article's own time. The zone names are data
(``lang/ar/zones.yaml``): UTC, IANA zones read with :mod:`zoneinfo` (summer time follows
the expression's date) and ``local`` ("بالتوقيت المحلي"); a fixed offset written in the text
("2022-01-25T07:00Z", "+03:00") is a zone too.

What :func:`in_publication_time` gives, for an expression that names a zone:

- a known zone and a known publication offset: the value and interval moved by the
  difference of the two offsets (the date may change across midnight); the grain stays, the
  span never changes. ``tz`` names the zone and ``tz_value`` keeps the value as written.
  "حتى السادسة بتوقيت غرينتش" told before six runs from the publication time, which stays,
  to the moved clock time;
- the publication offset unknown, the zone ``local``, or a zone the table does not know:
  the value as written, with ``tz`` recorded;
- a move that the value's grain cannot show (half an hour on an hour "T18") or a value that
  is not a clock time: the value as written.

The publication's own offset is fixed: an expression months away from a publication in a
zone with summer time is moved by the publication's offset, not the one of its own date.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from dataclasses import dataclass
from typing import Any

from timeline._programs import kept
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.normalize import fold
from timeline.semantics import Range, Until, When

__all__ = ["LOCAL", "Zone", "Zoned", "clock_shift", "find_zone", "in_publication_time", "zone_named"]

LOCAL = "local"
_FIXED = kept(r"(?P<sign>[+-])(?P<hours>\d\d):?(?P<minutes>\d\d)?")
_CLOCK = kept(
    r"(?P<date>\d{4}-\d\d-\d\d)T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?"
)
_UNIT = {"hour": dt.timedelta(hours=1), "minute": dt.timedelta(minutes=1), "second": dt.timedelta(seconds=1)}


@dataclass(frozen=True, slots=True)
class Zone:
    """A time zone a text names: ``UTC``, an IANA name, a fixed offset ``+03:00`` or ``local``."""

    name: str

    def offset_at(self, wall: dt.datetime) -> dt.timedelta | None:
        """The zone's UTC offset at the wall time ``wall`` (None for ``local``)."""
        if self.name == LOCAL:
            return None
        if self.name == "UTC":
            return dt.timedelta(0)
        fixed = _FIXED.fullmatch(self.name)
        if fixed is not None:
            sign = -1 if fixed["sign"] == "-" else 1
            return sign * dt.timedelta(hours=int(fixed["hours"]), minutes=int(fixed["minutes"] or 0))
        return wall.replace(tzinfo=_zoneinfo(self.name)).utcoffset()


@dataclass(frozen=True, slots=True)
class Zoned:
    """An expression's value and interval in the publication's time, and what to record."""

    value: str
    interval: tuple[dt.datetime, dt.datetime] | None
    extra: dict[str, Any]


@functools.lru_cache(maxsize=64)
def _zoneinfo(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, Zone]:
    """Folded name → zone, from ``lang/ar/zones.yaml`` (every IANA name checked once)."""
    where = "timeline.lang.ar/zones.yaml"
    entries = load_language_yaml("ar", "zones.yaml")
    table: dict[str, Zone] = {}
    for entry in entries:
        zone = Zone(str(entry["zone"]))
        if zone.name not in ("UTC", LOCAL):
            try:
                _zoneinfo(zone.name)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
                raise LanguageDataError(f"{where}: unknown time zone {zone.name!r} ({exc})") from exc
        for name in entry["names"]:
            key = fold(str(name)).lower()
            if table.setdefault(key, zone) != zone:
                raise LanguageDataError(f"{where}: {name!r} names two zones")
    return table


def find_zone(name: str) -> Zone | None:
    """The zone a name after "توقيت" stands for (folded or not, any case), a fixed offset
    ("+03:00", "-0500", "Z"), or None when the table does not know it."""
    key = fold(name.strip()).lower()
    fixed = _FIXED.fullmatch(key)
    if fixed is not None:
        hours, minutes = int(fixed["hours"]), int(fixed["minutes"] or 0)
        if hours > 14 or minutes > 59:
            return None
        return Zone(f"{fixed['sign']}{hours:02d}:{minutes:02d}")
    return _table().get(key)


def zone_named(meaning: object) -> str | None:
    """The zone name an expression carries: a clock time's, an "until" clock time's ("حتى
    السادسة بتوقيت غرينتش"), or a range's ("من 8 إلى 11 صباحاً بتوقيت غرينتش": the zone after
    its end holds for both ends)."""
    if isinstance(meaning, When):
        return meaning.tz
    if isinstance(meaning, Until):
        return meaning.target.tz
    if isinstance(meaning, Range):
        return meaning.last.tz or meaning.first.tz
    return None


def clock_shift(meaning: object, wall: dt.datetime, utc_offset: dt.timedelta | None) -> dt.timedelta:
    """How far a clock time at ``wall``, in the zone ``meaning`` names, is moved into the
    publication's time (zero when nothing moves it: no zone, an unknown one, ``local``, or
    no publication offset)."""
    name = zone_named(meaning)
    zone = find_zone(name) if name is not None else None
    offset = zone.offset_at(wall) if zone is not None and utc_offset is not None else None
    return utc_offset - offset if utc_offset is not None and offset is not None else dt.timedelta(0)


def in_publication_time(
    meaning: object, value: str, interval: tuple[dt.datetime, dt.datetime] | None, utc_offset: dt.timedelta | None
) -> Zoned | None:
    """The value and interval of an expression that names a zone, in the publication's time
    (``utc_offset``: its UTC offset, None when unknown); None when it names no zone. See the
    module docstring for when the value stays as written."""
    name = zone_named(meaning)
    if name is None:
        return None
    zone = find_zone(name)
    as_written = Zoned(value, interval, {"tz": zone.name if zone is not None else name})
    if zone is None or utc_offset is None or interval is None:
        return as_written
    from_now = isinstance(meaning, Until) and "/" in value  # publication → clock time: only the end moves
    offset = zone.offset_at(interval[1] if from_now else interval[0])
    if offset is None:  # the publication's own zone
        return as_written
    shift = utc_offset - offset
    head, _, tail = value.rpartition("/") if from_now else ("", "", value)
    moved = _moved_value(tail, shift) if shift else None
    if moved is None:
        return as_written
    try:
        new_interval = (interval[0] if from_now else interval[0] + shift, interval[1] + shift)
    except OverflowError:
        return as_written
    if new_interval[1] <= new_interval[0]:  # "until" a time already past at publication
        return as_written
    moved = f"{head}/{moved}" if from_now else moved
    return Zoned(moved, new_interval, {"tz": zone.name, "tz_value": value})


def _moved_value(value: str, shift: dt.timedelta) -> str | None:
    """Each clock time of a TIMEX3 value ("2022-01-24T18", "...T18:00/...T21:00") moved by
    ``shift`` at its own grain; None when a part is no clock time or its grain cannot show
    the move."""
    parts = []
    for part in value.split("/"):
        m = _CLOCK.fullmatch(part)
        if m is None:
            return None
        grain = "second" if m["second"] else "minute" if m["minute"] else "hour"
        if shift % _UNIT[grain]:
            return None
        try:
            moment = dt.datetime.fromisoformat(m["date"]) + dt.timedelta(
                hours=int(m["hour"]), minutes=int(m["minute"] or 0), seconds=int(m["second"] or 0)
            ) + shift
        except (ValueError, OverflowError):
            return None
        shown = f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}"
        if grain != "hour":
            shown += f":{moment.minute:02d}" + (f":{moment.second:02d}" if grain == "second" else "")
        parts.append(shown)
    return "/".join(parts)
