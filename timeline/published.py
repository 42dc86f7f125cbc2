"""Publication dates: the day every relative expression of an article counts from.

:func:`read_published` reads a ``datetime``, a ``date`` or a string and says what it
found: the wall time of publication, the UTC offset when the value carries one
(``2022-01-25T10:00+03:00``), and a warning when the value is readable but suspicious
(a Gregorian year that looks Hijri, such as ``1443-06-22``).

Strings, in order:

- numbers with ``/``, ``.`` or ``-`` between them (Western or Arabic-Indic digits), with an
  optional time and UTC offset. A four-digit first number is a year (``2022-01-25``,
  ``2022/01/25``); otherwise the day comes first, as Arab newsrooms write it
  (``01/02/2022`` is 1 February), unless ``order`` says :attr:`DateOrder.MDY`. A month
  above 12 is an error that names the order used, never a silent swap;
- a Hijri date: marked with ``هـ``/``ه`` after the year, or any numeric date when
  ``calendar`` is :attr:`Calendar.HIJRI`, converted through :mod:`timeline.calendars`;
- any of these followed by an IANA zone name (``2015-08-06 10:00 Asia/Baghdad``): the
  wall time as written, the zone's UTC offset at that moment (summer time followed);
- a Unix time: 9 or 10 digits are seconds, 12 or 13 milliseconds (``1438819200``,
  ``1438819200000``; a number or a string, with an optional fraction), read as UTC (offset
  0) whatever the machine's time zone;
- Arabic month names of every region (``25 كانون الثاني 2022``, ``15 شوال 1443 هـ``) through
  the tagger's own rules, then ``dateparser`` (``Jan 25, 2022 10:00``), which must find a
  day, a month and a year and never reads relative words. Its UTC offset is kept only when
  the value writes it as a number or as GMT/UTC/Z: a zone abbreviation names several
  offsets (``AST`` is Arabia Standard Time, UTC+3, in the Gulf, but UTC−4 to dateparser),
  so the wall time is kept without one, with a notice.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from timeline._programs import kept
from timeline._types import Anchor, Grain
from timeline.errors import PublishedDateError

__all__ = ["Calendar", "DateOrder", "Published", "parse_published", "read_published", "short_repr"]


class DateOrder(enum.Enum):
    """The order of day, month and year in numeric dates whose first number is not a year."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


class Calendar(enum.Enum):
    """The calendar of unmarked numeric publication dates."""

    GREGORIAN = "gregorian"
    HIJRI = "hijri"


@dataclass(frozen=True, slots=True)
class Published:
    """A publication date as read: wall time, UTC offset if given, and a warning if suspicious."""

    moment: dt.datetime  # naive: the wall time of the article's own place
    utc_offset: dt.timedelta | None = None
    warning: str | None = None


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMERIC = kept(
    r"(?P<first>\d{1,4})\s*(?P<sep>[/.\-])\s*(?P<second>\d{1,2})\s*(?P=sep)\s*(?P<third>\d{1,4})"
    r"\s*(?P<hijri>هـ|ه)?"
    r"(?:(?:[T ]|\s+)(?P<hour>\d{1,2}):(?P<minute>\d\d)(?::(?P<second_of>\d\d)(?:\.(?P<fraction>\d{1,6}))?)?)?"
    r"\s*(?P<offset>Z|[+-]\d\d(?::?\d\d)?)?"
)  # an offset of hours alone (+03) is how PostgreSQL writes a timestamptz
_IANA = kept(r"(?P<rest>.+?)\s+(?P<zone>[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+\-]+){1,2})")
_UNIX = kept(r"(?P<whole>\d{9,10}|\d{12,13})(?:\.\d+)?")
_WRITTEN_OFFSET = kept(
    r"(?<![A-Za-z])(?:GMT|UTC|Z)(?![A-Za-z])|\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s*[+-]\d\d(?::?\d\d)?(?!\d)"
)
_HIJRI_LOOKING = range(1300, 1501)
_ARABIC = kept(r"[\u0600-\u06ff]")
_FINE_GRAINS = frozenset({Grain.SECOND, Grain.MINUTE, Grain.HOUR, Grain.PART_OF_DAY, Grain.DAY})
_MAX_DATE_CHARS = 200


def parse_published(
    value: object, *, order: DateOrder = DateOrder.DMY, calendar: Calendar = Calendar.GREGORIAN
) -> dt.datetime:
    """The wall time of a publication date (see :func:`read_published`); raises
    :class:`PublishedDateError` when the value is missing, empty or unreadable."""
    return read_published(value, order=order, calendar=calendar).moment


def read_published(
    value: object, *, order: DateOrder = DateOrder.DMY, calendar: Calendar = Calendar.GREGORIAN
) -> Published:
    """Read a publication date; see the module docstring for the formats."""
    if isinstance(value, dt.datetime):
        return Published(value.replace(tzinfo=None), value.utcoffset())
    if isinstance(value, dt.date):
        return Published(dt.datetime(value.year, value.month, value.day))
    if value is None:
        raise PublishedDateError("missing")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and _UNIX.fullmatch(_plain(value)):
        return _unix(_plain(value))
    if not isinstance(value, str):
        raise PublishedDateError(f"expected a date string, got {type(value).__name__} {short_repr(value)}")
    text = value.strip().translate(_DIGITS)
    if not text:
        raise PublishedDateError("empty")
    if len(text) > _MAX_DATE_CHARS:
        raise PublishedDateError(f"{len(text)} characters is too long for a date: {text[:40]!r}...")
    zoned = _IANA.fullmatch(text)
    if zoned is not None:
        return _in_zone(zoned["rest"], zoned["zone"], value, order, calendar)
    numeric = _NUMERIC.fullmatch(text)
    if numeric is not None:
        return _numeric(numeric, value, order, calendar)
    if _UNIX.fullmatch(text):
        return _unix(text)
    parsed = (_parse_with_tagger(text) if _ARABIC.search(text) else None) or _parse_with_dateparser(text, order)
    if parsed is None:
        raise PublishedDateError(f"cannot parse {value!r}")
    offset, warning = parsed.utcoffset(), _hijri_looking(parsed.year, value)
    if offset is not None and not _WRITTEN_OFFSET.search(text):
        offset = None
        warning = f"{value!r}: a zone abbreviation names several UTC offsets; read as the local time written"
    return Published(parsed.replace(tzinfo=None), offset, warning)


def _in_zone(rest: str, zone: str, value: str, order: DateOrder, calendar: Calendar) -> Published:
    """``rest`` read as a date, in the IANA zone ``zone``: its offset at that wall time."""
    import zoneinfo

    try:
        info = zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise PublishedDateError(f"cannot parse {value!r}: no time zone named {zone!r}") from None
    read = read_published(rest, order=order, calendar=calendar)
    if read.utc_offset is not None:
        raise PublishedDateError(f"cannot parse {value!r}: both a UTC offset and the zone {zone}")
    return Published(read.moment, read.moment.replace(tzinfo=info).utcoffset(), read.warning)


def _plain(number: float) -> str:
    """A number as its digits (no exponent), for :data:`_UNIX`."""
    return str(number) if isinstance(number, int) else f"{number:.6f}".rstrip("0").rstrip(".")


def _unix(text: str) -> Published:
    """A Unix time (seconds, or milliseconds with 12-13 digits) as UTC, whatever the machine's zone."""
    whole, _, fraction = text.partition(".")
    seconds = float(f"{whole}.{fraction or 0}")
    if len(whole) >= 12:
        seconds /= 1000
    moment = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=seconds)
    return Published(moment, dt.timedelta(0))


def short_repr(value: object) -> str:
    """A value as an error message shows it: its repr, cut to 60 characters, never raising."""
    try:
        shown = repr(value)
    except Exception:  # noqa: BLE001 - e.g. an integer too long for str()
        return f"<{type(value).__name__}>"
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _numeric(match: re.Match[str], value: str, order: DateOrder, calendar: Calendar) -> Published:
    first, second, third = match["first"], match["second"], match["third"]
    if len(first) >= 3 or order is DateOrder.YMD:
        year, month, day, used = first, second, third, "year-month-day"
    elif order is DateOrder.MDY:
        month, day, year, used = first, second, third, "month-day-year"
    else:
        day, month, year, used = first, second, third, "day-month-year"
    y, m, d = int(year), int(month), int(day)
    if len(year) <= 2:
        y += 2000 if y < 70 else 1900
    hijri = match["hijri"] is not None or calendar is Calendar.HIJRI
    if not 1 <= m <= 12:
        hint = "" if len(first) >= 3 else "; pass --date-order (date_order=) if the numbers come in another order"
        raise PublishedDateError(f"cannot parse {value!r}: month {m} read as {used}{hint}")
    try:
        if hijri:
            from timeline.calendars import hijri_to_gregorian

            day_of = hijri_to_gregorian(y, m, d)
        else:
            day_of = dt.date(y, m, d)
        moment = dt.datetime(
            day_of.year, day_of.month, day_of.day,
            int(match["hour"] or 0), int(match["minute"] or 0), int(match["second_of"] or 0),
            int((match["fraction"] or "0").ljust(6, "0")),
        )  # fmt: skip
    except ValueError as exc:
        raise PublishedDateError(f"cannot parse {value!r}: {exc}") from None
    offset = _offset(match["offset"], value) if match["offset"] else None
    return Published(moment, offset, None if hijri else _hijri_looking(y, value))


def _offset(text: str, value: str) -> dt.timedelta:
    """A UTC offset as written (``Z``, ``+03:00``, ``-0530``, ``+03``); beyond ±23:59 it is no offset."""
    if text == "Z":
        return dt.timedelta(0)
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise PublishedDateError(f"cannot parse {value!r}: UTC offset {text} is out of range (at most ±23:59)")
    sign = -1 if text[0] == "-" else 1
    return sign * dt.timedelta(hours=hours, minutes=minutes)


def _hijri_looking(year: int, value: object) -> str | None:
    if year not in _HIJRI_LOOKING:
        return None
    return (
        f"{value!r}: the year {year} looks Hijri; read as Gregorian. Mark a Hijri date with هـ "
        "or pass --calendar hijri (calendar=Calendar.HIJRI)"
    )


def _parse_with_tagger(text: str) -> dt.datetime | None:
    """Read an absolute Arabic date (``25 كانون الثاني 2022``, ``15 شوال 1443 هـ``) with our own rules."""
    from timeline.tagger import tag

    reference = dt.datetime(2000, 1, 1)
    found = [t for t in tag(text, reference) if t.interval is not None]
    if len(found) != 1:
        return None
    timex = found[0]
    covered = len(text) - (timex.end - timex.start)
    if timex.anchor is not Anchor.NONE or timex.grain not in _FINE_GRAINS or covered > len(text) // 3:
        return None
    return timex.interval[0] if timex.interval else None


def _parse_with_dateparser(text: str, order: DateOrder) -> dt.datetime | None:
    import dateparser

    settings = {
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": order.value.upper(),
    }
    try:
        parsed = dateparser.parse(text, settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises on some odd strings instead of returning None
        return None
    return parsed
