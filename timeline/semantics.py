"""What a matched expression means, before it is placed on the calendar.

Rules build these values; :mod:`timeline.resolve` alone turns them into dates. A
:class:`When` is a set of constraints (year, month, weekday, part of day, a shift from
the anchor...); two adjacent ``When`` combine by uniting their constraints, which is how
"مساء" + "أمس" + "الاثنين" becomes one expression.
"""

from __future__ import annotations

import dataclasses
import itertools
import operator
from dataclasses import dataclass
from typing import Union

from timeline.lexicon import DayPart, Holiday

__all__ = ["Apposition", "Duration", "Marker", "Meaning", "NthAfter", "OffsetFrom", "Part", "Range", "Recurring", "Shift", "Slice",
           "Until", "Vague", "When", "Within", "amend", "combine"]

# Units in the order of their size; "week" counts as days when shifting.
UNITS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century")


# Not frozen, for speed (a frozen dataclass is built about five times slower, and a text
# makes thousands): a value all the same, never changed once made.
@dataclass(slots=True, unsafe_hash=True)
class When:
    """A point or period given by constraints; unset fields are free."""

    calendar: str = "gregorian"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO 1..7
    direction: int | None = None  # -1 past, 0 current, +1 next: placement of a free field
    rel_unit: str | None = None  # the period containing the anchor, shifted by rel_offset
    rel_offset: int = 0
    nth: int | None = None  # "الأحد الثاني": the nth weekday of the month (-1: last)
    nth_after: bool = False  # the ordinal after the weekday ("الثلاثاء الثالث"): day nth when it is that weekday
    week_nth: int | None = None  # "الأسبوع الأول من تشرين": the nth full week of the month
    part: DayPart | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 198 for the 1980s
    century: int | None = None  # 19 for the twentieth century
    weekend: bool = False
    holiday: Holiday | None = None
    mod: str | None = None
    fuzzy: tuple[float, float] | None = None  # kept fraction of the period
    narrative: bool = False  # anchored to the last date the text set
    tz: str | None = None
    span_days: int = 1  # holidays that last several days ("ثالث أيام العيد" picks one)
    holiday_day: int | None = None
    soft: bool = False  # "نهاية الشهر": the month (year...) the text named just before, else the current one
    h24: bool = False  # a clock written on 24 hours ("02:00", "0200"): never taken as the afternoon one
    turn: bool = False  # "العام الجديد": the year about to begin or just begun, placed only near a year's turn

    @property
    def has_date(self) -> bool:
        return self.year is not None or self.month is not None or self.day is not None \
            or self.rel_unit is not None or self.holiday is not None or self.season is not None \
            or self.decade is not None or self.century is not None

    @property
    def has_clock(self) -> bool:
        return self.hour is not None


@dataclass(frozen=True, slots=True)
class Shift:
    """An amount of time before (-1) or after (+1) the anchor: "منذ ثلاثة أيام"."""

    amount: float
    unit: str
    sign: int
    narrative: bool = False
    mod: str | None = None  # "قبل نحو عامين": APPROX
    now: bool = False  # counted from now, said so ("بعد 35 عاماً من الآن"): a date even in a story told in the past


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time: "ثلاثة أيام" → P3D. ``parts`` holds (amount, unit) pairs."""

    parts: tuple[tuple[float, str], ...]
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Range:
    """From one ``When`` to another, both included: "من 13 إلى 15 تموز"."""

    first: When
    last: When


@dataclass(frozen=True, slots=True)
class Within:
    """The stretch of time between the anchor and an amount away: "خلال أسبوعين"."""

    amount: float
    unit: str
    sign: int | None  # None: follow the tense


@dataclass(frozen=True, slots=True)
class Recurring:
    """A set: "كل يوم جمعة" → XXXX-WXX-5, "أسبوعياً" → P1W."""

    value: str


@dataclass(frozen=True, slots=True)
class Vague:
    """PAST_REF, PRESENT_REF or FUTURE_REF; ``mod`` a part of it ("نهاية الموسم الماضي": END)."""

    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Until:
    """From the anchor up to a clock time: "حتى الساعة الثانية"."""

    target: When


@dataclass(frozen=True, slots=True)
class NthAfter:
    """The nth given weekday after (sign +1) or before (-1) a date: "ثالث ثلاثاء بعد العيد"."""

    weekday: int
    nth: int
    sign: int
    base: When


@dataclass(frozen=True, slots=True)
class OffsetFrom:
    """Some days or weeks before (sign -1) or after (+1) a date: "قبل عيد الأضحى بيومين"."""

    days: int
    sign: int
    base: When


@dataclass(frozen=True, slots=True)
class Apposition:
    """One time told twice, in two calendars or two forms: "21 جمادى الآخرة 1443 هـ - 25
    يناير 2022 م". Both must name the same time; the finer is kept."""

    first: When
    second: When


@dataclass(frozen=True, slots=True)
class Slice:
    """Which units of a period: "اليوم الثالث" (day 3), "الأيام الخمسة الأولى" (days 1-5),
    "العشرة الأخيرة" (the last ten). Alone it is no expression; before a period, a :class:`Part`."""

    unit: str  # "day" | "week" | "month" | "year" | "decade"
    first: int  # 1-based, from the start of the period, or from its end when ``from_end``
    count: int = 1  # 0: to the end of the period
    from_end: bool = False


@dataclass(frozen=True, slots=True)
class Part:
    """Some units of a period, placed once the period is: "اليوم الثالث من رمضان",
    "الأسبوع الثاني من العام المقبل", "الأيام العشرة الأخيرة من رمضان"."""

    base: When
    slice: Slice


Meaning = Union[When, Shift, Duration, Range, Within, Recurring, Vague, Until, NthAfter, OffsetFrom, Apposition, Part]

_CLOCK = ("hour", "minute", "second")
_DEFAULTS = tuple((f.name, f.default) for f in dataclasses.fields(When))
_NAMES = tuple(name for name, _ in _DEFAULTS)
_VALUES = operator.attrgetter(*_NAMES)  # every field of a When, in order, in one call
_INDEX = {name: i for i, name in enumerate(_NAMES)}
_DEFAULT_VALUES = tuple(default for _, default in _DEFAULTS)
_POSITIONS = range(len(_NAMES))
_DIRECTION, _PART = _INDEX["direction"], _INDEX["part"]
_is_not, _compress = operator.is_not, itertools.compress


def amend(w: When, **changes: object) -> When:
    """``dataclasses.replace`` for a :class:`When`, several times faster (a text makes
    thousands of candidates): the fields passed by position (28 keywords cost twice the rest)."""
    values = list(_VALUES(w))
    for name, value in changes.items():
        i = _INDEX.get(name)
        if i is None:
            raise TypeError(f"When has no field {name!r}")
        values[i] = value
    return When(*values)  # type: ignore[arg-type]


def combine(a: When, b: When) -> When | None:
    """Unite the constraints of two adjacent expressions, or None if they clash in a way
    that means they are two expressions (two different days, two clock times)."""
    if a.hour is not None and b.hour is not None:
        return None
    if a.part is not None and b.part is not None and a.hour is None and b.hour is None:
        return None  # "صباحاً صباحاً": two expressions
    if a.rel_unit and b.rel_unit and a.rel_unit == b.rel_unit:
        return None
    if a.day is None and b.day is None and (_month_and_weekday(a, b) or _month_and_weekday(b, a)):
        return None  # "رواتب يوليو الأحد المقبل": July's pay, next Sunday: two expressions, no day in July
    va, vb = _VALUES(a), _VALUES(b)
    merged = list(vb)  # a field a leaves free takes b's
    # only the fields a sets are compared ("is not" its default object, found in C: most are free); "is None"
    # where the default is None: the same test as "== None" for these fields, without calling a DayPart's
    # or Holiday's __eq__
    for i in _compress(_POSITIONS, map(_is_not, va, _DEFAULT_VALUES)):
        x, default = va[i], _DEFAULT_VALUES[i]
        if default is not None and x == default:  # a default equal but not the same object ("gregorian")
            continue
        y = vb[i]
        if y is default or (default is not None and y == default) or x is y or x == y:
            merged[i] = x
        elif i == _DIRECTION:
            merged[i] = x
        elif i == _PART:
            # "وقت الغداء الساعة 11 صباحاً": "morning" says which 11; noon is only context
            merged[i] = x if (y.noon and not x.noon) else y  # type: ignore[attr-defined]
        else:
            return None
    return When(*merged)  # type: ignore[arg-type]


def _month_and_weekday(a: When, b: When) -> bool:
    """Whether ``a`` names a month (no weekday) and ``b`` a weekday told from the anchor ("الأحد
    المقبل", "الجمعة الماضية"): not "صلاة الجمعة في شهر رمضان" (a Friday of that month)."""
    return a.month is not None and a.weekday is None and b.weekday is not None and b.nth is None \
        and b.month is None and b.direction is not None


@dataclass(frozen=True, slots=True)
class Marker:
    """A word that only modifies a neighbour: a fuzzy part ("مطلع"), an approximation
    ("حوالي"), a time zone ("بتوقيت دمشق"). Alone it is not an expression."""

    kind: str  # "fuzzy" | "approx" | "tz"
    mod: str | None = None
    fraction: tuple[float, float] | None = None
    tz: str | None = None
