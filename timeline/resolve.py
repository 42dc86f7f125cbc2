"""Place a meaning on the calendar: all date arithmetic lives here.

``resolve(meaning, anchor, future=)`` gives the TIMEX3 type and value, the grain and the
half-open interval. Underspecified dates go where the text or the caller says (``future``
True or False); when nothing says, a weekday goes to the past (news) and a month or a date
without a year to its nearest occurrence, a coming one counting twice as far; after a possibility
(``Possibly.NEAREST``), to its nearest occurrence, a coming one as near as a past one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TypeVar

from timeline._types import ISO_WEEK, Grain, Possibly, TimexType, Week
from timeline.calendars import gregorian_to_hijri, hijri_month_length, hijri_to_gregorian
from timeline.lexicon import Holiday
from timeline.semantics import (
    Apposition, Part, Duration, Meaning, NthAfter, OffsetFrom, Range, Recurring, Shift, Until, Vague, When, Within, amend,
)

__all__ = ["Resolved", "resolve"]

_T = TypeVar("_T")

_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_TURN_MONTHS = (11, 12, 1)  # when "العام الجديد" is the calendar year: November to January


# Not frozen, for speed (a frozen dataclass is built about five times slower, and a text
# makes thousands): a value all the same, never changed once made.
@dataclass(slots=True, unsafe_hash=True)
class Resolved:
    type: TimexType
    value: str
    grain: Grain | None
    interval: tuple[dt.datetime, dt.datetime] | None
    mod: str | None = None
    conflict: str | None = None


def weekday_meant(said: dt.date, weekday: int) -> dt.date:
    """The day a deictic told with a weekday means ("اليوم الجمعة" in Saturday's paper: the
    piece was written before it was dated): ``said`` when it is that weekday, else the
    latest such weekday before it, or the day after (a time zone's date)."""
    back = (said.isoweekday() - weekday) % 7
    return said + dt.timedelta(days=1 if back == 6 else -back)


_SLIP_DAYS = 31  # a day and month with a wrong weekday this near today is a slip of the pen, not another year


class Unresolvable(ValueError):
    """The expression names a date that does not exist ("31 شباط")."""


def _midnight(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


_ONE_DAY = dt.timedelta(days=1)


_MIDNIGHT_TWELVE = ("NI", "EV")  # parts of the day in which twelve o'clock is the midnight that ends it


def _near_told_day(d: dt.date, w: When) -> bool:
    """Whether the day ``w`` tells by month and day (in its year, else the nearest one) lies
    within two days of ``d``, the day a relative word beside it names ("أمس 7 أغسطس"; a
    day off for a late edition)."""
    assert w.month is not None and w.day is not None
    for y in ((w.year,) if w.year is not None else (d.year - 1, d.year, d.year + 1)):
        try:
            told = dt.date(y, w.month, w.day)
        except ValueError:
            continue
        if abs((told - d).days) <= 2:
            return True
    return False


def _one_day(d: dt.date, conflict: str | None) -> tuple[dt.datetime, dt.datetime, Grain, str, str | None]:
    """The period of day ``d``: (start, end, grain, value, conflict)."""
    s = dt.datetime(d.year, d.month, d.day)
    return s, s + _ONE_DAY, Grain.DAY, f"{d.year:04d}-{d.month:02d}-{d.day:02d}", conflict


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(y: int, m: int) -> int:
    """Days in month ``m`` of year ``y`` (``calendar.monthrange(y, m)[1]``, without its weekday)."""
    if not 1 <= m <= 12:
        raise ValueError(f"no month {m}")
    if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return 29
    return _MONTH_DAYS[m - 1]


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(d.day, _month_length(year, month + 1)))


def _year_start(y: int) -> dt.datetime:
    """1 January of year ``y`` (year 0, the start of the first decade or century, is
    year 1); years outside 0-9999 cannot be placed."""
    if not 0 <= y <= 9999:
        raise Unresolvable(f"year {y} is outside 1-9999")
    return dt.datetime(max(1, y), 1, 1)


def _month_bounds(y: int, m: int) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime(y, m, 1)
    end = dt.datetime(y + (m == 12), m % 12 + 1, 1)
    return start, end


def _fmt_year(y: int) -> str:
    return f"{y:04d}"


def _day_value(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _check_day(y: int, m: int, d: int) -> dt.date:
    if not 1 <= m <= 12 or not 1 <= d <= _month_length(y, m):
        raise Unresolvable(f"no such date: {y}-{m:02d}-{d:02d}")
    return dt.date(y, m, d)


def _easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _holiday_in(h: Holiday, greg_year: int) -> list[dt.date]:
    """Every first day of holiday ``h`` that falls in Gregorian ``greg_year``."""
    if h.calendar == "gregorian":
        return [dt.date(greg_year, h.month, h.day)]
    if h.calendar == "easter":
        return [_easter(greg_year)]
    if h.calendar == "weekday":  # "عيد الشكر": the fourth Thursday of November
        first = dt.date(greg_year, h.month, 1)
        day = first + dt.timedelta(days=(h.day - first.isoweekday()) % 7 + 7 * (h.nth - 1))
        if h.nth < 0:
            last = dt.date(greg_year, h.month, _month_length(greg_year, h.month))
            day = last - dt.timedelta(days=(last.isoweekday() - h.day) % 7)
        return [day] if day.month == h.month else []
    if not 623 <= greg_year <= 9665:  # no Hijri year 1 feast before 623; 9666 CE is past Hijri 9999
        return []
    from timeline.calendars import gregorian_to_hijri

    out = []
    first = gregorian_to_hijri(dt.date(greg_year, 1, 1))[0]
    for hy in range(first, first + 2):
        for month, day in ((h.month, h.day), *h.also):
            try:
                d = hijri_to_gregorian(hy, month, day)
            except (ValueError, OverflowError):
                continue
            if d.year == greg_year:
                out.append(d)
    return sorted(out)


def _pick(candidates: list[dt.date], anchor: dt.date, direction: int) -> dt.date:
    """The candidate before/at (direction < 0) or after (> 0) the anchor, the |direction|-th
    nearest ("رمضان قبل الماضي", direction -2: the one before the last)."""
    candidates = sorted(candidates)
    if not candidates:
        raise Unresolvable("no occurrence near the anchor")
    k = abs(direction)
    if direction > 0:
        after = [c for c in candidates if c > anchor]
        return after[k - 1] if len(after) >= k else candidates[-1]
    before = [c for c in candidates if c <= anchor]
    return before[-k] if len(before) >= k else candidates[0]


class _Resolver:
    """``future``: True after a future cue or when asked, False when the past is asked,
    None when nothing says (news: the past, but a month or a date without a year goes to
    its nearest occurrence, a coming one counting twice as far as a past one).
    ``Possibly.NEAREST`` (a possibility): as True, but a month or a date without a year, a
    Hijri month or a feast goes to its nearest occurrence, a coming one as near as a past one
    (``even``)."""

    def __init__(self, anchor: dt.datetime, future: bool | Possibly | None, week: Week = ISO_WEEK) -> None:
        self.anchor = anchor
        self.today = anchor.date()
        self.even = even = future is Possibly.NEAREST  # the nearest occurrence, unbiased
        self.future = True if even else future  # (inline: one resolve per candidate the tagger tries)
        self.week = week

    def direction(self, w: When) -> int:
        if w.direction is not None and w.direction != 0:
            return w.direction
        return 1 if self.future else -1

    # -- the date part -------------------------------------------------------------
    def period(self, w: When) -> tuple[dt.datetime, dt.datetime, Grain, str, str | None]:
        """(start, end, grain, value, conflict) of the date part of ``w``."""
        if w.holiday is not None:
            if w.month is not None and w.holiday_day is None:
                # "موسم الحج في أواخر ذي الحجة", "عيد الفطر يوم 17 يوليو": the date told with the feast says when
                return self.period(replace(w, holiday=None, span_days=1))
            return self.holiday(w)
        if w.calendar == "hijri":
            return self.hijri(w)
        if w.rel_unit is not None:
            return self.relative(w)
        if w.century is not None:
            s = _year_start(w.century * 100)
            return s, _year_start(w.century * 100 + 100), Grain.CENTURY, f"{w.century:02d}", None
        if w.decade is not None:
            s = _year_start(w.decade * 10)
            return s, _year_start(w.decade * 10 + 10), Grain.DECADE, f"{w.decade:03d}", None
        if w.season is not None:
            y = w.year if w.year is not None else self.free_year_for_month(_SEASON_MONTHS[w.season], w)
            if w.year is None:
                under_way = self._season_under_way(w.season)
                if under_way is not None:  # "الصيف" told in August: this one; "الصيف الماضي" the one before it
                    y = under_way + (w.direction or 0)
            s = dt.datetime(y, _SEASON_MONTHS[w.season], 1)
            return s, _midnight(_add_months(s.date(), 3)), Grain.SEASON, f"{_fmt_year(y)}-{w.season}", None
        if w.quarter is not None:
            y = w.year if w.year is not None else self.today.year
            s = dt.datetime(y, 3 * w.quarter - 2, 1)
            return s, _midnight(_add_months(s.date(), 3)), Grain.QUARTER, f"{_fmt_year(y)}-Q{w.quarter}", None
        if w.half is not None:
            y = w.year if w.year is not None else self.today.year
            s = dt.datetime(y, 6 * w.half - 5, 1)
            return s, _midnight(_add_months(s.date(), 6)), Grain.MONTH, f"{_fmt_year(y)}-H{w.half}", None
        if w.month is not None:
            return self.month_day(w)
        if w.nth is not None and w.weekday is not None:  # "الأحد الثاني": of this month
            first_way = 1 if self.future else -1
            for off in (0, first_way, -first_way, 2 * first_way, -2 * first_way, 3 * first_way, -3 * first_way):
                try:  # "الأحد الخامس" in a month with four Sundays: the nearest month that has it
                    return self.relative(When(rel_unit="month", rel_offset=off, weekday=w.weekday, nth=w.nth,
                                              nth_after=w.nth_after))
                except Unresolvable:
                    continue
            raise Unresolvable(f"no weekday {w.weekday} number {w.nth} near the anchor")
        if w.day is not None:
            return self.day_of_month(w)
        if w.year is not None:
            return _year_start(w.year), _year_start(w.year + 1), Grain.YEAR, _fmt_year(w.year), None
        if w.weekday is not None:
            d = self.weekday(w.weekday, w.direction)
            return _one_day(d, None)
        d = self.today
        return _one_day(d, None)

    def weekday(self, weekday: int, direction: int | None, base: dt.date | None = None) -> dt.date:
        base = base or self.today
        if direction is not None and abs(direction) > 1:  # "الجمعة قبل الماضي": a week further
            sign = 1 if direction > 0 else -1
            return self.weekday(weekday, sign, base) + dt.timedelta(weeks=direction - sign)
        delta = weekday - base.isoweekday()
        if direction == 0 and self.future is False:  # "التقى الوزير نظيره هذا الاثنين": today or the last one
            return base + dt.timedelta(days=-(-delta % 7))
        if direction == 0:  # "هذا الخميس": today or the coming one
            return base + dt.timedelta(days=delta % 7)
        if direction == -1:
            return base + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
        if direction == 1 or self.future:
            return base + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
        return base + dt.timedelta(days=delta - 7 if delta > 0 else delta)

    def free_year_for_month(self, month: int, w: When, day: int = 1) -> int:
        y = self.today.year
        direction = self.direction(w)
        if w.direction == 0:
            return y
        fits = self._weekday_year(month, w)
        if fits is not None:
            return fits
        if w.direction is None and (self.future is None or self.even):  # no direction, no tense or a possibility
            return self._nearest_year(month, day if w.day is not None else None)
        if abs(direction) > 1:  # "شباط قبل الماضي": a year further
            sign = 1 if direction > 0 else -1
            return self.free_year_for_month(month, amend(w, direction=sign), day) + direction - sign
        here = (month, day) <= (self.today.month, self.today.day) if day != 1 else month <= self.today.month
        target, now = (month, day), (self.today.month, self.today.day if day != 1 else 1)
        if direction < 0:
            if w.direction == -1:  # "شباط الماضي": strictly before this one
                return y if target < now else y - 1
            return y if here else y - 1
        if w.direction == 1:  # "الخامس من آب المقبل"
            return y if target > now else y + 1
        ahead = (month, day) >= (self.today.month, self.today.day) if day != 1 else month >= self.today.month
        return y if ahead else y + 1

    def _weekday_year(self, month: int, w: When) -> int | None:
        """The year of the last or the coming ``month`` and day that falls on the weekday told with them, when
        only one does and both are more than a month from today ("يصادف السبت 27 مايو" told in November 2016:
        2017, when 27 May is a Saturday; gen62); None when no weekday or direction is told. Near today a wrong
        weekday is a slip: the nearest stays, with its conflict ("الأحد والاثنين 10 و11 أغسطس" told in August)."""
        if w.weekday is None or w.direction is not None or w.day is None or w.day < 1 or w.calendar != "gregorian":
            return None
        t = self.today
        days = [dt.date(y, month, w.day) for y in (t.year - 1, t.year, t.year + 1) if w.day <= _month_length(y, month)]
        past = [d for d in days if d <= t]
        coming = [d for d in days if d > t]
        if not past or not coming:
            return None
        last, first = past[-1], coming[0]
        if (t - last).days <= _SLIP_DAYS or (first - t).days <= _SLIP_DAYS:
            return None
        fits = [d.year for d in (last, first) if d.isoweekday() == w.weekday]
        return fits[0] if len(fits) == 1 else None

    def _nearest_hijri_year(self, this_year: int, month: int, day: int | None) -> int:
        """As :meth:`_nearest_year`, for a Hijri month (and day)."""
        spans = []
        for y in (this_year - 1, this_year, this_year + 1):
            try:
                start = hijri_to_gregorian(y, month, day if day and day > 0 else 1)
                spans.append((y, start, start + dt.timedelta(days=1 if day else hijri_month_length(y, month))))
            except (ValueError, OverflowError):
                continue
        return self._nearest(spans) if spans else this_year

    def _season_under_way(self, season: str) -> int | None:
        """The year of the ``season`` that holds today, if one does (winter starts in December)."""
        t = self.today
        for y in (t.year, t.year - 1):
            start = dt.date(y, _SEASON_MONTHS[season], 1)
            if start <= t < _add_months(start, 3):
                return y
        return None

    def _nearest_year(self, month: int, day: int | None) -> int:
        """The year of the nearest ``month`` (``day``): told on 2 August, "12 سبتمبر" is
        this September, "مارس" last March (see :meth:`_nearest`)."""
        spans = []
        for y in (self.today.year - 1, self.today.year, self.today.year + 1):
            if day is None:
                start = dt.date(y, month, 1)
                spans.append((y, start, _add_months(start, 1)))
            else:  # -1: the month's last day ("اليوم الأخير من شباط")
                last = _month_length(y, month)
                if day > last:
                    continue  # "29 شباط": only the years that have it
                start = dt.date(y, month, last if day < 1 else day)
                spans.append((y, start, start + dt.timedelta(days=1)))
        return self._nearest(spans) if spans else self.today.year

    def _nearest(self, spans: list[tuple[_T, dt.date, dt.date]]) -> _T:
        """The key of the ``(key, start, end)`` span that holds today, else of the nearest
        one (a past one by its last day, a coming one by its first), a coming one counting
        twice as far as a past one (news tell more of what happened than of what will), as far
        after a possibility (``even``)."""
        t = self.today
        if not spans:
            raise Unresolvable("no occurrence near the anchor")
        for key, start, end in spans:
            if start <= t < end:
                return key
        ahead = 1 if self.even else 2
        return min(spans, key=lambda s: (t - s[2]).days + 1 if s[2] <= t else ahead * (s[1] - t).days)[0]

    def month_day(self, w: When) -> tuple[dt.datetime, dt.datetime, Grain, str, str | None]:
        assert w.month is not None
        y = w.year if w.year is not None else self.free_year_for_month(w.month, w, w.day or 1)
        if w.nth is not None and w.weekday is not None:
            d = _nth_weekday(y, w.month, w.weekday, w.nth, w.nth_after)
            return _one_day(d, None)
        if w.week_nth is not None:
            monday = _nth_full_week(y, w.month, w.week_nth)
            s = _midnight(monday)
            return s, s + dt.timedelta(days=7), Grain.WEEK, _week_value(monday), None
        if w.day == -1:
            w = When(year=y, month=w.month, day=_month_length(y, w.month))
        if w.day is None:
            if not 1 <= w.month <= 12:
                raise Unresolvable(f"no month {w.month}")
            s, e = _month_bounds(y, w.month)
            return s, e, Grain.MONTH, f"{_fmt_year(y)}-{w.month:02d}", None
        d = _check_day(y, w.month, w.day)
        conflict = None
        if w.weekday is not None and d.isoweekday() != w.weekday:
            conflict = f"weekday {w.weekday} does not fall on {d.isoformat()}"
        return _one_day(d, conflict)

    def day_of_month(self, w: When) -> tuple[dt.datetime, dt.datetime, Grain, str, str | None]:
        assert w.day is not None
        base = self.today
        if w.weekday is not None:
            # "السبت السادس عشر": the nearest such day in the direction that fits the weekday
            for k in range(0, 13):
                for sign in ((-1, 1) if not self.future else (1, -1)):
                    cand = _add_months(base.replace(day=1), sign * k)
                    try:
                        d = dt.date(cand.year, cand.month, w.day)
                    except ValueError:
                        continue
                    if d.isoweekday() == w.weekday:
                        return _one_day(d, None)
        month_start = base.replace(day=1)
        direction = self.direction(w)
        if direction < 0 and w.day > base.day:
            month_start = _add_months(month_start, -1)
        elif direction > 0 and w.day < base.day:
            month_start = _add_months(month_start, 1)
        d = _check_day(month_start.year, month_start.month, w.day)
        return _one_day(d, None)

    def relative(self, w: When) -> tuple[dt.datetime, dt.datetime, Grain, str, str | None]:
        unit, off = w.rel_unit, w.rel_offset
        t = self.today
        if unit == "day":
            d = t + dt.timedelta(days=off)
            if w.month is not None and w.day is not None and w.day > 0 and not _near_told_day(d, w):
                raise Unresolvable("a day and month told beside it name another day")  # "منذ 24 فبراير، فجر أمس"
            conflict = None
            if w.weekday is not None and d.isoweekday() != w.weekday:
                moved = weekday_meant(d, w.weekday)
                conflict = f"said weekday {w.weekday} but {d.isoformat()} is weekday {d.isoweekday()}: took {moved}"
                d = moved
            return _one_day(d, conflict)
        if unit == "week":  # the week as the language counts it (a Sunday-to-Saturday week in Arabic)
            if w.weekday is not None:  # "الأحد من الأسبوع الماضي": in the ISO week, as the peers' suites
                # count it (Sunday is the one weekday the two counts place in different weeks)
                monday = t - dt.timedelta(days=t.weekday()) + dt.timedelta(weeks=off)
                return _one_day(monday + dt.timedelta(days=w.weekday - 1), None)
            first = self.week.start(t) + dt.timedelta(weeks=off)
            value = _week_value(first + dt.timedelta(days=3))  # the ISO week holding most of its days
            if w.weekend:
                s = _midnight(first + dt.timedelta(days=self.week.offset(self.week.weekend[0])))
                return s, s + dt.timedelta(days=len(self.week.weekend)), Grain.DAY, value + "-WE", None
            s = _midnight(first)
            return s, s + dt.timedelta(days=7), Grain.WEEK, value, None
        if unit == "month":
            first = _add_months(t.replace(day=1), off)
            if w.day is not None:  # -1: the month's last day ("اليوم الأخير من الشهر الماضي")
                day = _month_length(first.year, first.month) if w.day == -1 else w.day
                return _one_day(_check_day(first.year, first.month, day), None)
            if w.nth is not None and w.weekday is not None:
                d = _nth_weekday(first.year, first.month, w.weekday, w.nth, w.nth_after)
                return _one_day(d, None)
            if w.week_nth is not None:  # "الأسبوع الثالث من هذا الشهر"
                monday = _nth_full_week(first.year, first.month, w.week_nth)
                return _midnight(monday), _midnight(monday) + dt.timedelta(days=7), Grain.WEEK, _week_value(monday), None
            s, e = _month_bounds(first.year, first.month)
            return s, e, Grain.MONTH, f"{_fmt_year(first.year)}-{first.month:02d}", None
        if unit == "quarter":
            q = (t.month - 1) // 3 + off
            y, q0 = t.year + q // 4, q % 4
            s = dt.datetime(y, 3 * q0 + 1, 1)
            return s, _midnight(_add_months(s.date(), 3)), Grain.QUARTER, f"{_fmt_year(y)}-Q{q0 + 1}", None
        if unit == "year":
            y = t.year + off
            if w.turn:  # "العام الجديد": the coming year in November and December, the one begun in January
                if t.month not in _TURN_MONTHS:
                    raise Unresolvable("«the new year» told far from a year's turn: a Hijri, school or model year")
                y = t.year + (t.month != 1)
            if w.month is not None:
                return self.month_day(When(year=y, month=w.month, day=w.day, weekday=w.weekday, nth=w.nth))
            if w.season is not None:
                return self.period(When(year=y, season=w.season))
            if w.quarter is not None:
                return self.period(When(year=y, quarter=w.quarter))
            if w.half is not None:
                return self.period(When(year=y, half=w.half))
            return _year_start(y), _year_start(y + 1), Grain.YEAR, _fmt_year(y), None
        if unit == "decade":
            dec = t.year // 10 + off
            return _year_start(dec * 10), _year_start(dec * 10 + 10), Grain.DECADE, f"{dec:03d}", None
        if unit == "century":
            c = t.year // 100 + off
            return _year_start(c * 100), _year_start(c * 100 + 100), Grain.CENTURY, f"{c:02d}", None
        raise Unresolvable(f"unknown unit {unit}")

    def hijri(self, w: When) -> tuple[dt.datetime, dt.datetime, Grain, str, str | None]:
        hy_now = gregorian_to_hijri(self.today)
        year = w.year
        if year is None and w.rel_unit == "year" and w.month is None:  # "العام الهجري المقبل"
            year = hy_now[0] + (w.rel_offset or 0)
        elif year is None and w.rel_unit == "year" and not w.rel_offset:
            year = hy_now[0]  # "العاشر من محرم من العام الحالي": the Hijri year under way, not the Gregorian one
        elif year is None and w.rel_unit == "year":  # "رمضان من العام الماضي": the one in that Gregorian year
            greg = self.today.year + (w.rel_offset or 0)
            year = gregorian_to_hijri(dt.date(greg, 1, 1))[0]
            if hijri_to_gregorian(year, w.month, 1).year < greg:
                year += 1
        if w.month is None:
            if year is None:
                raise Unresolvable("a Hijri date needs a month or a year")
            if w.quarter is not None or w.half is not None:  # "الربع الثالث من العام الهجري الحالي": its months
                first, count = (3 * w.quarter - 2, 3) if w.quarter is not None else (6 * w.half - 5, 6)  # type: ignore[operator]
                s = _midnight(hijri_to_gregorian(year, first, 1))
                last = first + count
                e = _midnight(hijri_to_gregorian(year + 1, 1, 1) if last > 12 else hijri_to_gregorian(year, last, 1))
                grain = Grain.QUARTER if w.quarter is not None else Grain.MONTH
                return s, e, grain, f"{s.date().isoformat()}/{(e - dt.timedelta(days=1)).date().isoformat()}", None
            s = _midnight(hijri_to_gregorian(year, 1, 1))
            e = _midnight(hijri_to_gregorian(year + 1, 1, 1))
            return s, e, Grain.YEAR, f"{s.date().isoformat()}/{(e - dt.timedelta(days=1)).date().isoformat()}", None
        if year is not None and year > 1600:  # "رمضان 2019": the one in that Gregorian year
            year = _hijri_year_in_gregorian(w.month, year)
        if year is None and w.direction == 0:  # "شوال الجاري": this Hijri year
            year = hy_now[0]
        if year is None and w.direction is None and (self.future is None or self.even):
            year = self._nearest_hijri_year(hy_now[0], w.month, w.day)
        if year is None:
            direction = self.direction(w)
            year = hy_now[0]
            target = (w.month, w.day or 1)
            if direction < 0 and target > (hy_now[1], hy_now[2]) and w.day is not None:
                year -= 1
            elif direction < 0 and w.day is None and w.month > hy_now[1]:
                year -= 1
            elif direction > 0 and w.direction == 1 and (target <= (hy_now[1], hy_now[2]) if w.day is not None
                                                         else w.month <= hy_now[1]):
                year += 1  # "شوال المقبل" told in Shawwal: next year's; "24 شوال المقبل" told on the 21st: this one
            elif direction > 0 and w.direction != 1 and target < (hy_now[1], 1 if w.day is None else hy_now[2]):
                year += 1
            if w.direction is not None and abs(w.direction) > 1:  # "رمضان قبل الماضي": a year further
                year += w.direction - (1 if w.direction > 0 else -1)
        if w.day is None:
            s = _midnight(hijri_to_gregorian(year, w.month, 1))
            e = s + dt.timedelta(days=hijri_month_length(year, w.month))
            if w.nth is not None and w.weekday is not None:  # "أول جمعة من رمضان", "الجمعة الأخيرة من شعبان"
                told = s + dt.timedelta(days=w.nth - 1)
                if w.nth_after and told.isoweekday() == w.weekday:  # "يوم الثلاثاء الثالث من ذي القعدة": the 3rd
                    return _one_day(told.date(), None)
                first = s + dt.timedelta(days=(w.weekday - s.isoweekday()) % 7)
                d = first + dt.timedelta(weeks=w.nth - 1) if w.nth > 0 else \
                    e - dt.timedelta(days=1 + ((e - dt.timedelta(days=1)).isoweekday() - w.weekday) % 7)
                if not s <= d < e:
                    raise Unresolvable("the month has no such weekday")
                return _one_day(d.date(), None)
            return s, e, Grain.MONTH, f"{s.date().isoformat()}/{(e - dt.timedelta(days=1)).date().isoformat()}", None
        day = hijri_month_length(year, w.month) if w.day == -1 else w.day  # -1: the month's last day
        try:
            d = hijri_to_gregorian(year, w.month, day)
        except ValueError as exc:
            raise Unresolvable(str(exc)) from exc
        conflict = None
        if w.weekday is not None and d.isoweekday() != w.weekday:
            conflict = f"weekday {w.weekday} does not fall on {d.isoformat()}"
        return _one_day(d, conflict)

    def holiday(self, w: When) -> tuple[dt.datetime, dt.datetime, Grain, str, str | None]:
        h = w.holiday
        assert h is not None
        if w.year is not None and w.calendar == "hijri" and h.calendar == "hijri":  # "موسم الحج 1436هـ"
            try:
                d = hijri_to_gregorian(w.year, h.month, h.day)
            except (ValueError, OverflowError) as exc:
                raise Unresolvable(str(exc)) from exc
        elif w.direction == 0 and w.rel_unit is None and h.calendar == "hijri" and not h.also:
            # "موسم الحج الحالي", "عيد الأضحى هذا": this Hijri year's, as "شوال الجاري" (not the last one begun)
            d = hijri_to_gregorian(gregorian_to_hijri(self.today)[0], h.month, h.day)
        elif w.year is not None or w.rel_unit == "year":  # "عيد الأضحى العام الماضي": the one that fell in 2024
            year = w.year if w.year is not None else self.today.year + w.rel_offset
            found = _holiday_in(h, year)
            if not found:
                raise Unresolvable(f"{h.name} does not fall in {year}")
            if len(found) > 1 and w.holiday_day is not None:  # "ثاني أيام عيد الأضحى 2006": that day in 2006
                found = [d for d in found if (d + dt.timedelta(days=w.holiday_day - 1)).year == year] or found
            if len(found) > 1:  # "عيد الفطر عام 2033": the Hijri year is shorter, one feast falls twice
                side = self._side(w, found)
                if side is None:
                    return self._feasts_cover(w, found)
                found = [side]
            d = found[0]
        else:
            reach = max(1, abs(w.direction or 0))  # "عيد الفطر قبل الماضي": two years back
            years = list(range(self.today.year - reach, self.today.year + reach + 1))
            candidates = [x for y in years for x in _holiday_in(h, y)]
            if w.direction is None and (self.future is None or self.even):  # nearest; under way counts as now
                d = self._nearest([(x, x, x + dt.timedelta(days=h.days)) for x in candidates])
            else:
                d = _pick(candidates, self.today, self.direction(w))
        if w.holiday_day is not None:
            d = d + dt.timedelta(days=w.holiday_day - 1)
        elif h.days > 1 and w.span_days > 1:
            s = _midnight(d)
            e = s + dt.timedelta(days=h.days)
            return s, e, Grain.DAY, f"{d.isoformat()}/{(e - dt.timedelta(days=1)).date().isoformat()}", None
        return _one_day(d, None)

    def _side(self, w: When, found: list[dt.date]) -> dt.date | None:
        """Of one feast's two days in a Gregorian year, the one the direction told
        ("المقبل", a future tense) selects: the only one on that side of today, else None."""
        if not w.direction and self.future is None:
            return None
        ahead = self.direction(w) > 0
        side = [d for d in found if (d > self.today) == ahead]
        return side[0] if len(side) == 1 else None

    def _feasts_cover(self, w: When, found: list[dt.date]) -> tuple[dt.datetime, dt.datetime, Grain, str, str | None]:
        """The interval from the first of a feast's days in one Gregorian year to the end of
        the last (each its told day, or all its days): nothing tells which; grain the year."""
        h = w.holiday
        assert h is not None
        spans = []
        for d in found:
            if w.holiday_day is not None:
                s = _midnight(d + dt.timedelta(days=w.holiday_day - 1))
                spans.append((s, s + _ONE_DAY))
            else:
                s = _midnight(d)
                spans.append((s, s + dt.timedelta(days=h.days if h.days > 1 and w.span_days > 1 else 1)))
        s, e = spans[0][0], spans[-1][1]
        return s, e, Grain.YEAR, f"{s.date().isoformat()}/{(e - _ONE_DAY).date().isoformat()}", None

    # -- the clock part --------------------------------------------------------------
    def when(self, w: When, *, later_today: bool = True) -> Resolved:
        """``later_today``: a bare clock time after a future cue, already past today, is
        the afternoon one (not for the ends of a clock range, placed by each other)."""
        start, end, grain, value, conflict = self.period(w)
        ttype = TimexType.DATE
        if w.hour is not None and grain.rank > Grain.DAY.rank:
            raise Unresolvable("a clock time needs a day")  # "عام 2010 الساعة العاشرة": not 1 January
        if w.part is not None and w.holiday is not None and grain is Grain.YEAR:
            raise Unresolvable(f"which {w.holiday.name} of the year is not told")  # "صباح عيد الفطر عام 2033"
        if w.hour is not None:
            hour = w.hour
            part = w.part
            small_hours = part is not None and part.token == "NI" and part.hours[1] > 24 and 0 < hour < part.hours[1] - 24
            if small_hours:
                pass  # "الساعة الثانية ليلاً": 02:00, in the small hours the night runs into
            elif part is not None and part.pm and hour < 12:
                hour = part.pm_hour(hour)
            elif part is not None and part.midnight and hour == 12:
                hour = 0
            elif part is not None and part.token in _MIDNIGHT_TWELVE and hour == 12:
                hour = 24  # "الثانية عشرة ليلاً", "12 مساءً": the midnight that ends the day
            elif part is not None and not part.pm and hour == 12 and part.token == "MO":
                hour = 0 if part.name == "dawn" else 12
            elif part is None and hour <= 12 and self.future and w.hour != 0 and later_today and not w.h24 \
                    and (not w.has_date or (w.rel_unit == "day" and w.rel_offset == 0 and _date_fields_only_today(w))):
                now = self.anchor
                if (hour, w.minute or 0) < (now.hour, now.minute) and hour + 12 < 24 and hour != 12:
                    hour += 12
            day = start.date()
            if hour == 24 and w.part is not None and w.part.token in _MIDNIGHT_TWELVE:
                day, hour = day + dt.timedelta(days=1), 0
            elif small_hours and (w.has_date or w.weekday is not None or w.rel_unit is not None):
                day += dt.timedelta(days=1)  # "الثانية من ليل الخميس": the small hours after Thursday
            if hour >= 24:
                raise Unresolvable(f"no hour {hour}")
            s = dt.datetime(day.year, day.month, day.day, hour, w.minute or 0, w.second or 0)
            ttype = TimexType.TIME
            if w.second is not None:
                return Resolved(ttype, f"{_day_value(day)}T{hour:02d}:{w.minute or 0:02d}:{w.second:02d}",
                                Grain.SECOND, (s, s + dt.timedelta(seconds=1)), w.mod, conflict)
            if w.minute is not None:
                return Resolved(ttype, f"{_day_value(day)}T{hour:02d}:{w.minute:02d}", Grain.MINUTE,
                                (s, s + dt.timedelta(minutes=1)), w.mod, conflict)
            return Resolved(ttype, f"{_day_value(day)}T{hour:02d}", Grain.HOUR,
                            (s, s + dt.timedelta(hours=1)), w.mod, conflict)
        if w.part is not None and grain is Grain.DAY and "/" not in value:
            day = start.date()
            if ((w.calendar == "hijri" and w.day is not None) or w.holiday is not None) \
                    and (w.part.token == "NI" or w.part.eve) and not w.part.midnight:
                # "ليلة 27 رمضان": a Hijri day begins at the sunset before; "ليلة العيد", "ليلة
                # رأس السنة": a feast's night is its eve
                day -= dt.timedelta(days=1)
                value = _day_value(day)
            lo, hi = w.part.hours
            s = _midnight(day) + dt.timedelta(hours=lo)
            e = _midnight(day) + dt.timedelta(hours=hi)
            if w.part.midnight:
                if w.has_date or w.weekday is not None or (self.future and w.rel_unit is None):
                    # "منتصف ليل الأربعاء": the midnight that ends it; "يبدأ الحظر منتصف الليل": tonight's
                    day += dt.timedelta(days=1)
                    s, e = s + dt.timedelta(days=1), e + dt.timedelta(days=1)
                return Resolved(TimexType.TIME, f"{_day_value(day)}T00", Grain.HOUR, (s, e), w.mod, conflict)
            if w.part.noon:
                return Resolved(TimexType.TIME, f"{_day_value(day)}T12", Grain.HOUR, (s, e), w.mod, conflict)
            if w.part.name == "mid_morning":
                return Resolved(TimexType.TIME, f"{_day_value(day)}T10", Grain.HOUR, (s, e), w.mod, conflict)
            return Resolved(TimexType.TIME, f"{value}T{w.part.token}", Grain.PART_OF_DAY, (s, e), w.mod, conflict)
        if w.fuzzy is not None:
            lo, hi = w.fuzzy
            span = end - start
            start, end = start + span * lo, start + span * hi
            start = start.replace(hour=0, minute=0, second=0, microsecond=0)
            end = end.replace(hour=0, minute=0, second=0, microsecond=0)
            if end <= start:
                end = start + dt.timedelta(days=1)
        return Resolved(ttype, value, grain, (start, end), w.mod, conflict)


def _hijri_year_in_gregorian(month: int, greg_year: int) -> int:
    from timeline.calendars import gregorian_to_hijri

    hy = gregorian_to_hijri(dt.date(greg_year, 7, 1))[0]
    for cand in (hy - 1, hy, hy + 1):
        if hijri_to_gregorian(cand, month, 1).year == greg_year:
            return cand
    return hy


def _nth_full_week(y: int, m: int, nth: int) -> dt.date:
    """Monday of the nth week lying wholly inside the month (-1: the last one)."""
    first = dt.date(y, m, 1)
    monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    if nth > 0:
        return monday + dt.timedelta(weeks=nth - 1)
    last = dt.date(y, m, _month_length(y, m))
    sunday = last - dt.timedelta(days=(last.weekday() + 1) % 7)
    return sunday - dt.timedelta(days=6)


def _nth_weekday(y: int, m: int, weekday: int, nth: int, or_day: bool = False) -> dt.date:
    """The ``nth`` ``weekday`` of month ``m`` (-1: the last); with ``or_day`` (the ordinal told
    after the weekday, "الثلاثاء الثالث من مارس"), day ``nth`` when it is that weekday."""
    if or_day and nth > 0 and dt.date(y, m, nth).isoweekday() == weekday:
        return dt.date(y, m, nth)
    if nth > 0:
        first = dt.date(y, m, 1)
        d = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        last = dt.date(y, m, _month_length(y, m))
        d = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    if d.month != m:
        raise Unresolvable(f"no weekday {weekday} number {nth} in {y}-{m:02d}")
    return d


def _shift(anchor: dt.datetime, amount: float, unit: str, sign: int) -> tuple[dt.datetime, Grain, str]:
    n = int(amount) if float(amount).is_integer() else amount
    if unit in ("second", "minute", "hour", "day", "week"):
        seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}[unit]
        t = anchor + sign * dt.timedelta(seconds=seconds * float(amount))
        if unit in ("day", "week"):
            return t, Grain.DAY, _day_value(t.date())
        if unit == "hour" and float(amount).is_integer():
            return t, Grain.HOUR, f"{_day_value(t.date())}T{t.hour:02d}"
        if unit == "hour":  # "بعد ربع ساعة": minutes
            return t, Grain.MINUTE, f"{_day_value(t.date())}T{t.hour:02d}:{t.minute:02d}"
        if unit == "minute":
            return t, Grain.MINUTE, f"{_day_value(t.date())}T{t.hour:02d}:{t.minute:02d}"
        return t, Grain.SECOND, f"{_day_value(t.date())}T{t:%H:%M:%S}"
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * float(n)
    d = _add_months(anchor.date(), sign * int(round(months)))
    t = _midnight(d)
    whole = float(n).is_integer()  # "قبل سنة ونصف", "قبل ربع قرن": a fraction is told in the finer unit
    if unit in ("month", "quarter") or (unit == "year" and not whole):
        return t, Grain.MONTH, f"{_fmt_year(d.year)}-{d.month:02d}"
    if unit == "year" or not whole:
        return t, Grain.YEAR, _fmt_year(d.year)
    if unit == "decade":
        return t, Grain.DECADE, f"{d.year // 10:03d}"
    return t, Grain.CENTURY, f"{d.year // 100:02d}"


# Days in a unit counted in months or years, on average.
_UNIT_DAYS = {"month": 30.44, "quarter": 91.31, "year": 365.25, "decade": 3652.5, "century": 36525.0}


def _approximate_bounds(anchor: dt.datetime, shift: Shift,
                        bounds: tuple[dt.datetime, dt.datetime]) -> tuple[dt.datetime, dt.datetime]:
    """"قبل حوالي 150 عاماً", "قبل نحو ثلاثة أيام": an amount told roughly is a tenth of
    itself uncertain either way (a unit at least, a quarter of a small amount), so the interval holds every count the
    words allow; the value keeps the count told."""
    spread = _spread(shift.amount)
    ends = [_shift(anchor, amount, shift.unit, shift.sign)
            for amount in (shift.amount - spread, shift.amount + spread) if amount > 0]
    for t, grain, _ in ends:  # counted units already hold half a unit either way: their ends are points
        lo, hi = (t, t) if shift.unit in _UNIT_DAYS else grain_bounds(t, grain)
        bounds = (min(bounds[0], lo), max(bounds[1], hi))
    return bounds


# how roughly an amount said with "حوالي"/"نحو" is told: one part in this many, either way
APPROX_SHARE = 10


def _spread(amount: float) -> float:
    """How far a rough amount may stray, in its unit: a tenth of it, a unit at least (a quarter of a small amount)."""
    return max(amount / APPROX_SHARE, min(1, amount / 4))


def _bound_bounds(anchor: dt.datetime, shift: Shift,
                  bounds: tuple[dt.datetime, dt.datetime]) -> tuple[dt.datetime, dt.datetime]:
    """"قبل أكثر من أسبوعين", "بعد أقل من ثلاثة أيام": an amount told as a bound names one side of the
    time only, so a count of days, weeks or hours reaches past the day it names — as far as a rough amount
    strays (:func:`_spread`) beyond "more than", back to the telling short of "less than"; the value keeps
    the count told. Months and years already hold half a unit either way (:func:`_counted_bounds`)."""
    if shift.unit in _UNIT_DAYS:
        return bounds
    if (shift.mod == "BEFORE") == (shift.sign < 0):  # more than: the whole day (hour) the far count falls in
        t, grain, _ = _shift(anchor, shift.amount + _spread(shift.amount), shift.unit, shift.sign)
        lo, hi = grain_bounds(t, grain)
        far = lo if shift.sign < 0 else hi
    else:
        far = anchor
    return min(bounds[0], far), max(bounds[1], far)


def _counted_bounds(t: dt.datetime, grain: Grain, unit: str) -> tuple[dt.datetime, dt.datetime]:
    """The interval of a shift by whole months or years ("قبل أربعة أشهر"): told in whole
    units, so one unit wide around the point it names (half a unit either side), not the
    calendar month or year that point falls in; the value keeps that month's or year's
    name and grain. Shorter units keep the calendar bounds of their grain."""
    days = _UNIT_DAYS.get(unit)
    if days is None:
        return grain_bounds(t, grain)
    half = dt.timedelta(days=round(days / 2))
    return t - half, t + half


def grain_bounds(t: dt.datetime, grain: Grain) -> tuple[dt.datetime, dt.datetime]:
    """The interval of ``grain`` (second to century, week and quarter too) holding ``t``."""
    if grain is Grain.SECOND:
        s = t.replace(microsecond=0)
        return s, s + dt.timedelta(seconds=1)
    if grain is Grain.MINUTE:
        s = t.replace(second=0, microsecond=0)
        return s, s + dt.timedelta(minutes=1)
    if grain is Grain.HOUR:
        s = t.replace(minute=0, second=0, microsecond=0)
        return s, s + dt.timedelta(hours=1)
    if grain is Grain.DAY:
        s = _midnight(t.date())
        return s, s + dt.timedelta(days=1)
    if grain is Grain.WEEK:
        s = _midnight(t.date() - dt.timedelta(days=t.weekday()))
        return s, s + dt.timedelta(days=7)
    if grain is Grain.MONTH:
        return _month_bounds(t.year, t.month)
    if grain is Grain.QUARTER:
        first = (t.month - 1) // 3 * 3 + 1
        return _month_bounds(t.year, first)[0], _month_bounds(t.year, first + 2)[1]
    if grain is Grain.YEAR:
        return _year_start(t.year), _year_start(t.year + 1)
    if grain is Grain.DECADE:
        return _year_start(t.year // 10 * 10), _year_start(t.year // 10 * 10 + 10)
    return _year_start(t.year // 100 * 100), _year_start(t.year // 100 * 100 + 100)


# Each unit as (ISO 8601 designator, how many of it): decades and centuries are years,
# quarters months; the designators in the order ISO 8601 writes them.
_ISO_UNITS = {"year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100), "month": ("M", 1), "quarter": ("M", 3),
              "week": ("W", 1), "day": ("D", 1), "hour": ("H", 1), "minute": ("TM", 1), "second": ("S", 1)}
_ISO_ORDER = ("Y", "M", "W", "D", "H", "TM", "S")


def duration_value(parts: tuple[tuple[float, str], ...]) -> str:
    """ISO 8601 / TIMEX3 duration: ((3, "day"),) → P3D, ((2, "hour"),) → PT2H,
    ((1, "decade"), (2, "year")) → P12Y, ((2, "week"), (1, "month")) → P1M2W (units in
    ISO 8601-1:2019 order, weeks among them). An amount of 0 is unknown: "بضعة أيام" → PXD."""
    amounts: dict[str, float | None] = {}
    for amount, unit in parts:
        designator, size = _ISO_UNITS[unit]
        known = amounts.get(designator, 0.0)
        amounts[designator] = None if (not amount or known is None) else known + amount * size
    def number(n: float | None) -> str:
        if n is None:
            return "X"
        return str(int(n)) if float(n).is_integer() else f"{round(n, 4):g}"

    date_part = "".join(number(amounts[d]) + d for d in _ISO_ORDER[:4] if d in amounts)
    time_part = "".join(number(amounts[d]) + d[-1] for d in _ISO_ORDER[4:] if d in amounts)
    return "P" + date_part + ("T" + time_part if time_part else "")


def resolve(meaning: Meaning, anchor: dt.datetime, *, future: bool | Possibly | None = None,
            week: Week = ISO_WEEK) -> Resolved:
    """Resolve ``meaning`` against ``anchor`` (publication or narrative date); ``future``
    as in :class:`_Resolver`; ``week``: how the language counts a calendar week ("الأسبوع
    الماضي"; the lexicon's ``week``). Raises :class:`Unresolvable` for what names no time
    that can be placed: an impossible date, a backwards range, a period outside years 1-9999."""
    try:
        r = _resolve(meaning, anchor, future, week)
    except (ValueError, OverflowError) as exc:  # datetime arithmetic past year 1 or 9999
        if isinstance(exc, Unresolvable):
            raise
        raise Unresolvable(str(exc)) from exc
    if r.interval is not None and not r.interval[0] < r.interval[1]:
        raise Unresolvable(f"empty interval {r.interval}")
    return r


def _resolve(meaning: Meaning, anchor: dt.datetime, told: bool | Possibly | None, week: Week) -> Resolved:
    r = _Resolver(anchor, told, week)
    future = r.future
    if isinstance(meaning, When):
        return r.when(meaning)
    if isinstance(meaning, Shift):
        if meaning.sign > 0 and meaning.unit in ("year", "decade", "century") and not future \
                and not meaning.narrative and not meaning.now:
            # "بعد 20 عاماً، يلتقي التوأم": in a story told in the past, how long, not a future year
            return Resolved(TimexType.DURATION, duration_value(((meaning.amount, meaning.unit),)), None, None,
                            meaning.mod)
        if not meaning.amount:  # "بعد أيام": some days from now, how many unknown
            return Resolved(TimexType.DATE, "FUTURE_REF" if meaning.sign > 0 else "PAST_REF", None, None)
        t, grain, value = _shift(anchor, meaning.amount, meaning.unit, meaning.sign)
        bounds = _counted_bounds(t, grain, meaning.unit)
        if meaning.mod == "APPROX":
            bounds = _approximate_bounds(anchor, meaning, bounds)
        elif meaning.mod in ("BEFORE", "AFTER"):
            bounds = _bound_bounds(anchor, meaning, bounds)
        return Resolved(TimexType.TIME if grain.rank < Grain.DAY.rank else TimexType.DATE,
                        value, grain, bounds, meaning.mod)
    if isinstance(meaning, Duration):
        return Resolved(TimexType.DURATION, duration_value(meaning.parts), None, None, meaning.mod)
    if isinstance(meaning, Within):
        if meaning.sign is None and not future:
            # "ارتفع المنسوب مترين خلال 24 ساعة": how long it took, not the last 24 hours
            return Resolved(TimexType.DURATION, duration_value(((meaning.amount, meaning.unit),)), None, None)
        sign = meaning.sign if meaning.sign is not None else 1
        other, grain, _ = _shift(anchor, meaning.amount, meaning.unit, sign)
        a, b = (anchor, other) if sign > 0 else (other, anchor)
        if grain.rank >= Grain.DAY.rank and sign > 0:
            b = _midnight(b.date())
        return Resolved(TimexType.DATE if grain.rank >= Grain.DAY.rank else TimexType.TIME,
                        f"{a.isoformat(timespec='minutes')}/{b.isoformat(timespec='minutes')}", grain, (a, b))
    if isinstance(meaning, Apposition):
        return _apposition(r, meaning)
    if isinstance(meaning, Part):
        return _part(r, meaning)
    if isinstance(meaning, Range):
        first, last = meaning.first, meaning.last
        clocks = not (first.has_clock and last.has_clock)
        a, b = r.when(first, later_today=clocks), r.when(last, later_today=clocks)
        if a.interval is None or b.interval is None:
            raise Unresolvable("range without bounds")
        if first.has_clock and last.has_clock and first.part is None and last.part is not None \
                and first.hour is not None and first.hour < 12 and _day_of(first) == _day_of(last):
            a = _hour_before(a, first.hour, b.interval[0])  # "بين الحادية عشرة والواحدة ظهراً": 11:00
        if b.interval[1] <= a.interval[0] and last.year is None and first.year is not None:
            b = r.when(amend(last, year=first.year))
        if b.interval[1] <= a.interval[0] and last.year is None and first.year is None and last.rel_unit is None \
                and last.month is not None and last.calendar == "hijri" and first.calendar == "hijri":
            # "بين 10 و20 رمضان": each end alone is placed at its nearest, which may be a year apart; the end
            # is the first one after the start, in the start's Hijri year or the next ("من 20 ذي الحجة إلى 5 محرم")
            hijri_year = gregorian_to_hijri(a.interval[0].date())[0]
            for year in (hijri_year, hijri_year + 1):
                b = r.when(amend(last, year=year))
                if b.interval is not None and b.interval[1] > a.interval[0]:
                    break
        if b.interval[1] <= a.interval[0] and last.year is None and last.rel_unit is None \
                and last.month is not None and last.calendar == "gregorian":
            # "من 10 إلى 15 آذار" told on the 12th: the end is the first one after the start
            for year in (a.interval[0].year, a.interval[0].year + 1):
                b = r.when(amend(last, year=year))
                if b.interval is not None and b.interval[1] > a.interval[0]:
                    break
        if _weekday_only(first, part=True) and _weekday_only(last, part=True) and (first.part is None) == (last.part is None) \
                and not (first.direction and last.direction and first.direction * last.direction < 0):
            # "من الأحد إلى الخميس (الماضيين)", "من مساء الخميس حتى فجر السبت المقبل": the days of one
            # week, placed from the end that has a direction (else the end if told in the past, the start if ahead
            # or, when nothing tells, if it opens on the day told: that day is today's, as a weekday alone);
            # two ends of opposite directions are each their own ("منذ الأحد الماضي وحتى الأحد المقبل")
            gap = dt.timedelta(days=(last.weekday - first.weekday) % 7 or 7)  # type: ignore[operator]
            opens_today = r.future is None and first.direction is None and last.direction is None \
                and first.weekday == r.today.isoweekday()  # "مساء يومي الخميس والجمعة" told on a Thursday: from today
            day_a, day_b = _weekday_day(a.interval[0], first.weekday), _weekday_day(b.interval[0], last.weekday)  # type: ignore[arg-type]
            if first.direction is None and not (r.future and last.direction is None) and not opens_today:
                shift = day_b - gap - day_a
                a = Resolved(a.type, a.value, a.grain, (a.interval[0] + shift, a.interval[1] + shift))
            else:
                shift = day_a + gap - day_b
                b = Resolved(b.type, b.value, b.grain, (b.interval[0] + shift, b.interval[1] + shift))
            if (last.direction or first.direction or 0) > 0 and a.interval[0].date() < r.today:
                # "من الأحد إلى الخميس المقبلين" told on a Wednesday: the coming week's, all ahead
                week = dt.timedelta(days=7)
                a = Resolved(a.type, a.value, a.grain, (a.interval[0] + week, a.interval[1] + week))
                b = Resolved(b.type, b.value, b.grain, (b.interval[0] + week, b.interval[1] + week))
        if _weekday_only(last) and last.direction is None and not _weekday_only(first) and a.grain is Grain.DAY:
            # "من الغد حتى الجمعة": the first such weekday after the start
            gap = dt.timedelta(days=(last.weekday - a.interval[0].isoweekday()) % 7 or 7)
            b = Resolved(b.type, _day_value(a.interval[0].date() + gap), b.grain, (a.interval[0] + gap, a.interval[1] + gap))
        elif _weekday_only(first) and first.direction is None and not _weekday_only(last) and b.grain is Grain.DAY:
            # "من الخميس حتى اليوم": the last such weekday before the end
            gap = dt.timedelta(days=(b.interval[0].isoweekday() - first.weekday) % 7 or 7)
            a = Resolved(a.type, _day_value(b.interval[0].date() - gap), a.grain, (b.interval[0] - gap, b.interval[1] - gap))
        if first.has_clock and last.has_clock and not first.has_date and first.weekday is None \
                and (last.has_date or last.weekday is not None) \
                and (a.interval[0].date() != b.interval[0].date() or a.interval[0] >= b.interval[1]):
            # "عند السادسة مساء وحتى الثامنة من مساء يوم الثلاثاء": a clock with no day of its own opens the
            # range on the day of the end's (the night before when it would come after the end: "من
            # العاشرة ليلا حتى الثانية من فجر السبت", "من العاشرة مساءً حتى الثانية فجر الخميس" told on that Thursday)
            shift = b.interval[0].date() - a.interval[0].date()
            if a.interval[0] + shift >= b.interval[1]:
                shift -= dt.timedelta(days=1)
            a = Resolved(a.type, a.value, a.grain, (a.interval[0] + shift, a.interval[1] + shift))
        if b.interval[1] <= a.interval[0]:
            # "من 20 إلى 5 شباط": the start is in the month before
            if first.month is None and first.day is not None and last.month is not None:
                raise Unresolvable("range runs backwards")
        start, end = a.interval[0], b.interval[1]
        if end <= start and a.type is TimexType.TIME and b.type is TimexType.TIME \
                and _day_of(first) == _day_of(last) and end + dt.timedelta(days=1) > start:
            end += dt.timedelta(days=1)  # "من العاشرة مساءً حتى الثانية فجراً": over midnight
        if end <= start:
            raise Unresolvable("range runs backwards")
        if a.interval == b.interval:
            raise Unresolvable("a range from a time to itself")
        ttype = TimexType.TIME if a.type is TimexType.TIME or b.type is TimexType.TIME else TimexType.DATE
        grain = a.grain if (a.grain and b.grain and a.grain.rank <= b.grain.rank) else b.grain
        if ttype is TimexType.DATE:
            value = f"{start.date().isoformat()}/{(end - dt.timedelta(days=1)).date().isoformat()}"
        else:
            value = f"{start.isoformat(timespec='minutes')}/{end.isoformat(timespec='minutes')}"
        return Resolved(ttype, value, grain, (start, end), None, a.conflict or b.conflict)
    if isinstance(meaning, Until):
        target = r.when(meaning.target)
        assert target.interval is not None
        end = target.interval[0]
        if end <= anchor:  # already past: "until then" without a known start
            return Resolved(target.type, target.value, target.grain, target.interval, "ON_OR_BEFORE")
        return Resolved(TimexType.TIME, f"{anchor.isoformat(timespec='minutes')}/{end.isoformat(timespec='minutes')}",
                        target.grain, (anchor, end))
    if isinstance(meaning, NthAfter):
        base = r.when(meaning.base)
        assert base.interval is not None
        day = base.interval[0].date() if meaning.sign > 0 else base.interval[1].date() - dt.timedelta(days=1)
        step = 1 if meaning.sign > 0 else -1
        count = 0
        while count < meaning.nth:
            day += dt.timedelta(days=step)
            count += day.isoweekday() == meaning.weekday
        return Resolved(TimexType.DATE, _day_value(day), Grain.DAY,
                        (_midnight(day), _midnight(day) + dt.timedelta(days=1)))
    if isinstance(meaning, OffsetFrom):  # from the first day of the date before it, the last day of the date after it
        base = r.when(meaning.base)
        assert base.interval is not None
        day = base.interval[0].date() - dt.timedelta(days=meaning.days) if meaning.sign < 0 \
            else base.interval[1].date() - dt.timedelta(days=1) + dt.timedelta(days=meaning.days)
        return Resolved(TimexType.DATE, _day_value(day), Grain.DAY,
                        (_midnight(day), _midnight(day) + dt.timedelta(days=1)))
    if isinstance(meaning, Recurring):
        return Resolved(TimexType.SET, meaning.value, None, None)
    if isinstance(meaning, Vague):
        return Resolved(TimexType.DATE, meaning.value, None, None, meaning.mod)
    raise TypeError(f"cannot resolve {meaning!r}")


def _weekday_only(w: When, part: bool = False) -> bool:
    """A weekday with no date, clock or period of its own ("الخميس", "الخميس الماضي"); with
    ``part``, a part of the day may come with it ("مساء الخميس")."""
    return w.weekday is not None and not w.has_date and not w.has_clock and w.rel_unit is None \
        and w.nth is None and (part or w.part is None)


def _weekday_day(t: dt.datetime, weekday: int) -> dt.date:
    """The day of ``weekday`` a time told with that weekday and starting at ``t`` belongs to: ``t``'s
    date, or the day before when ``t`` is the midnight that ends it ("منتصف ليل الجمعة": Saturday
    00:00 is Friday's night)."""
    d = t.date()
    if d.isoweekday() != weekday and t.time() == dt.time(0) and (d - dt.timedelta(days=1)).isoweekday() == weekday:
        return d - dt.timedelta(days=1)
    return d


# Two calendars may place one day a day or two apart (Umm al-Qura against sighting).
_APPOSITION_SLACK = dt.timedelta(days=2)


def _apposition(r: _Resolver, meaning: Apposition) -> Resolved:
    """Both tellings resolve and name the same time: the finer one, with the weekday
    either gave ("الثلاثاء 21 جمادى الآخرة 1443 هـ - 25 يناير 2022 م")."""
    one, two = meaning.first, meaning.second
    if one.weekday is not None and two.weekday is None:
        two = amend(two, weekday=one.weekday)
    elif two.weekday is not None and one.weekday is None:
        one = amend(one, weekday=two.weekday)
    a, b = r.when(one), r.when(two)
    if a.interval is None or b.interval is None:
        raise Unresolvable("apposition without bounds")
    slack = _APPOSITION_SLACK if one.calendar != two.calendar else dt.timedelta(0)
    if a.interval[0] >= b.interval[1] + slack or b.interval[0] >= a.interval[1] + slack:
        raise Unresolvable("two different times, not one told twice")
    rank_a = a.grain.rank if a.grain is not None else 99
    rank_b = b.grain.rank if b.grain is not None else 99
    if rank_a < rank_b or (rank_a == rank_b and two.calendar != "gregorian" and one.calendar == "gregorian"):
        return a
    return b  # the finer; of two as fine, the Gregorian one ("عام 1408هـ/1988م": 1988)


def _part(r: _Resolver, p: Part) -> Resolved:
    """The units a :class:`Slice` picks inside its period, which must hold them."""
    base = r.when(amend(p.base, mod=None, fuzzy=None))
    if base.interval is None:
        raise Unresolvable("a part of a period without bounds")
    s, e = base.interval
    sl = p.slice

    def step(t: dt.datetime, n: int) -> dt.datetime:
        if sl.unit in _MONTHS_IN:
            return _midnight(_add_months(t.date(), n * _MONTHS_IN[sl.unit]))
        return t + dt.timedelta(days=n * (7 if sl.unit == "week" else 1))

    if sl.from_end:
        b = step(e, -(sl.first - 1))
        a = step(b, -sl.count)
    else:
        a = step(s, sl.first - 1)
        b = step(a, sl.count) if sl.count else e  # 0: to the end of the period
    if a < s or b > e or not a < b:
        raise Unresolvable("the period does not hold that part")
    if b - a == dt.timedelta(days=1):
        return Resolved(TimexType.DATE, _day_value(a.date()), Grain.DAY, (a, b), base.mod)
    if sl.unit == "year" and sl.count == 1:
        return Resolved(TimexType.DATE, _fmt_year(a.year), Grain.YEAR, (a, b), base.mod)
    if sl.unit == "decade" and sl.count == 1:
        return Resolved(TimexType.DATE, _fmt_year(a.year)[:-1], Grain.DECADE, (a, b), base.mod)
    if sl.unit == "month" and sl.count == 1:
        return Resolved(TimexType.DATE, f"{_fmt_year(a.year)}-{a.month:02d}", Grain.MONTH, (a, b), base.mod)
    if sl.unit == "week" and sl.count == 1 and a.weekday() == 0:
        return Resolved(TimexType.DATE, _week_value(a.date()), Grain.WEEK, (a, b), base.mod)
    grain = {"day": Grain.DAY, "week": Grain.WEEK, "month": Grain.MONTH, "year": Grain.YEAR, "decade": Grain.DECADE}[sl.unit]
    return Resolved(TimexType.DATE, f"{a.date().isoformat()}/{(b - dt.timedelta(days=1)).date().isoformat()}",
                    grain, (a, b), base.mod)


_MONTHS_IN = {"month": 1, "year": 12, "decade": 120}  # the units a Slice steps by months


def _hour_before(a: Resolved, hour: int, end: dt.datetime) -> Resolved:
    """``a``, the bare first end of a clock range, moved to the last ``hour`` (of either half
    of the day) before ``end``, the start of the second end, which names its part of the day."""
    assert a.interval is not None
    start = a.interval[0]
    at = dt.datetime.combine(end.date(), dt.time(hour, start.minute, start.second), end.tzinfo)
    at = max(t for t in (at - dt.timedelta(hours=12), at, at + dt.timedelta(hours=12)) if t < end)
    shift = at - start
    return Resolved(a.type, a.value, a.grain, (start + shift, a.interval[1] + shift), a.mod, a.conflict)


def _day_of(w: When) -> tuple[object, ...]:
    """The fields of ``w`` that name its day (not its clock time)."""
    return (w.calendar, w.year, w.month, w.day, w.weekday, w.rel_unit, w.rel_offset, w.holiday, w.narrative)


def _date_fields_only_today(w: When) -> bool:
    """Whether the only date ``w`` names is today ("اليوم الساعة 3")."""
    return w.year is None and w.month is None and w.day is None and w.weekday is None and w.holiday is None

