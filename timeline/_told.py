"""What a text has told so far, read left to right by :func:`timeline.tagger.tag`: the days, dates,
years and weekdays it named and where (:class:`Told`), and how an expression with no day, year or
period of its own takes them ("في اليوم التالي", "الشهر نفسه", "في 9 مارس" after "3 مارس 2010", a
clock time after "مساء أمس", a weekday listed after another). It reads no tense: the tagger decides
what is to come and hands the direction in."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from timeline._chart import UNITS_PER_YEAR, Found
from timeline._programs import kept
from timeline._types import Grain, Prefer, TimexType
from timeline.calendars import gregorian_to_hijri, hijri_to_gregorian
from timeline import lexicon
from timeline.lexicon import PHRASE_END, Lexicon, attached_pronouns, clitic_prefixes
from timeline.resolve import Resolved
from timeline.semantics import Apposition, Part, Range, Shift, When, amend

__all__ = ["A_DAY", "LISTED_LINK", "SENTENCE_ENDS", "Dated", "Told", "bare_weekday", "clock_alone", "clock_day",
           "midnight", "weekday_alone"]


SENTENCE_ENDS = ".!?;\n"
_SENTENCE_END = kept("[" + re.escape(SENTENCE_ENDS) + "]")
A_DAY = dt.timedelta(days=1)
_DATED = frozenset((When, Range, Shift, Apposition, Part))  # meanings whose day or period the narrative follows
_DAY_OR_FINER = tuple(g for g in Grain if g.rank <= Grain.DAY.rank)  # a tuple: compared by identity first
_CLOCK_UNITS = ("hour", "minute", "second")
COARSE_COUNT_UNITS = frozenset(("month", "year"))
"""Units of an amount counted from "that" (``بعد عامين من ذلك``) whose count from no date, or forward from a
recent day, leaps far from any day the text told."""


# meanings: what an expression names, and what it leaves to the text
def midnight(t: dt.datetime) -> dt.datetime:
    """The day of ``t``, at midnight."""
    return dt.datetime(t.year, t.month, t.day)


def bare_weekday(meaning: object, published: int) -> bool:
    """A weekday with no date, week or direction of its own ("الثلاثاء", "صباح الجمعة", "الساعة التاسعة
    صباح الأحد"), other than the publication's (``published``, ISO): that one is today's whatever the
    tense; or a range that opens on one ("من الأحد إلى الخميس", "يومي الجمعة والسبت")."""
    if isinstance(meaning, Range):
        meaning = meaning.first
    return isinstance(meaning, When) and meaning.weekday is not None and meaning.weekday != published \
        and not meaning.has_date and meaning.direction is None and meaning.nth is None \
        and meaning.week_nth is None


def weekday_alone(w: When) -> bool:
    """A weekday with nothing that places it ("الأحد", "مساء الأحد"), not "الأحد المقبل",
    "الأحد 5 مارس", "أمس الأحد"."""
    return w.weekday is not None and w.direction is None and w.rel_unit is None and w.day is None \
        and w.month is None and w.year is None and w.nth is None and w.holiday is None


def _weekday_only(meaning: object) -> bool:
    """A weekday with nothing that places it, or a range opening on one ("يومي السبت والاثنين")."""
    first = meaning.first if isinstance(meaning, Range) else meaning
    return isinstance(first, When) and weekday_alone(first)


def clock_alone(meaning: object) -> bool:
    """A clock time, a part of the day or a clock range with no day of its own: "الساعة
    التاسعة مساءً", "بعد الظهر", "بين الحادية عشرة ليلاً والواحدة فجراً"."""
    if isinstance(meaning, Range):
        return clock_alone(meaning.first) and clock_alone(meaning.last)
    return isinstance(meaning, When) and (meaning.has_clock or meaning.part is not None) \
        and not meaning.has_date and meaning.weekday is None


def _clock_only(meaning: object) -> bool:
    """A clock time or a range of clock times with no day of its own ("من العاشرة حتى السابعة مساء")."""
    if isinstance(meaning, Range):
        return _clock_only(meaning.first) and _clock_only(meaning.last)
    return isinstance(meaning, When) and meaning.has_clock and not meaning.has_date and meaning.weekday is None


def _day_narrative(meaning: object) -> bool:
    """A day counted from the narrative's day: "في اليوم التالي", "اليوم السابق", "في اليوم نفسه"."""
    return isinstance(meaning, When) and meaning.narrative and meaning.rel_unit == "day"


def _coarse_narrative(meaning: object) -> bool:
    """A narrative reference to a week, month or year ("الشهر نفسه", "ذلك العام")."""
    return isinstance(meaning, When) and meaning.narrative and meaning.rel_unit not in (None, "day")


def _compared(meaning: object) -> bool:
    """A comparison's term ("الشهر نفسه من العام الماضي", engine's join): the month or quarter last named,
    in a year told by its number or a whole number of years off."""
    if not isinstance(meaning, When) or not meaning.narrative or meaning.rel_unit not in UNITS_PER_YEAR:
        return False
    per = UNITS_PER_YEAR[meaning.rel_unit]
    return meaning.year is not None and not meaning.rel_offset \
        or meaning.year is None and bool(meaning.rel_offset) and meaning.rel_offset % per == 0


def _soft_unit(meaning: object) -> str | None:
    """"نهاية الشهر", "الأيام الخمسة الأولى من العام": the unit ("month", "year") that refers to
    the one named just before, if any."""
    if isinstance(meaning, Part):
        meaning = meaning.base
    if isinstance(meaning, When) and meaning.soft and meaning.rel_unit in ("month", "year"):
        return meaning.rel_unit
    return None


def _head(meaning: object) -> object:
    """What names the units of a meaning: a range's first end, an apposition's second telling,
    the period a part is of."""
    if isinstance(meaning, Range):
        return meaning.first
    if isinstance(meaning, Apposition):
        return meaning.second
    if isinstance(meaning, Part):
        return meaning.base
    return meaning


def _named_units(meaning: object) -> tuple[str, ...]:
    """The units an expression names outright: "مارس 2021" a month and a year, "عام 2015" a
    year; none for what counts from the publication ("العام الماضي")."""
    meaning = _head(meaning)
    if not isinstance(meaning, When) or meaning.rel_unit is not None or meaning.soft:
        return ()
    return (("month",) if meaning.month is not None and meaning.calendar == "gregorian" else ()) \
        + (("year",) if meaning.year is not None else ())


def _outright(meaning: object) -> tuple[str, ...]:
    """The units ("month", "quarter", "year") an expression names outright, "يوليو" a month and its
    year, "الربع الثاني من 2015" a quarter and a year; none for what is counted ("الشهر الماضي")."""
    meaning = _head(meaning)
    if not isinstance(meaning, When) or meaning.rel_unit not in (None, "year") or meaning.soft or meaning.narrative \
            or meaning.calendar != "gregorian":
        return ()  # (a Hijri year is counted in Hijri years)
    month, quarter = meaning.month is not None, meaning.quarter is not None  # "الربع الثاني من العام الجاري" too
    year = month or quarter or meaning.half is not None or (meaning.year is not None and meaning.rel_unit is None)
    return (("month",) if month else ()) + (("quarter",) if quarter else ()) + (("year",) if year else ())


def _hijri_by_weekday(meaning: When, today: dt.date) -> bool:
    """Whether a day of the month under way told with its weekday ("الثلاثاء 26 الجاري") fits that
    weekday only in the Hijri month under way (Saudi papers count days in either calendar)."""
    if meaning.rel_unit != "month" or meaning.rel_offset != 0 or meaning.weekday is None \
            or meaning.day is None or meaning.day < 1 or meaning.calendar != "gregorian":
        return False
    try:
        gregorian = dt.date(today.year, today.month, meaning.day)
    except ValueError:
        gregorian = None
    if gregorian is not None and gregorian.isoweekday() == meaning.weekday:
        return False
    hy, hm, _ = gregorian_to_hijri(today)
    try:
        hijri = hijri_to_gregorian(hy, hm, meaning.day)
    except ValueError:
        return False
    return hijri.isoweekday() == meaning.weekday


def _this_or_next_month(meaning: When) -> bool:
    """Whether ``meaning`` is the month under way or the next (``الشهر الحالي``، ``نهاية الشهر الجاري``،
    ``مطلع الشهر المقبل``) counted in the Gregorian calendar: not a day of it (``والتي ستنطلق يوم 15 من الشهر
    الحالي``, told on 17 Shawwal: the coming 15 August; a day with its weekday is checked against both
    calendars, :func:`_hijri_by_weekday`), nor "the month" alone (``نهاية الشهر``: the month the text named)."""
    return meaning.calendar == "gregorian" and meaning.rel_unit == "month" and meaning.rel_offset in (0, 1) \
        and meaning.day is None and meaning.weekday is None and meaning.month is None and not meaning.soft


def counts_hijri_months(chosen: list[Found], resolved: Mapping[int, Resolved], anchor: dt.datetime) -> bool:
    """Whether a text counts months in Hijri (:attr:`Told.hijri_months`): one of its expressions ``chosen``
    (their resolutions against ``anchor`` in ``resolved``, by id) names, in the Hijri calendar, a day or a
    month of the Hijri month under way or of the next one (``30 شوال الجاري``، ``غرة شهر ذي القعدة القادم``،
    ``يوم الأحد 1/11/1436هـ``), and none names a Gregorian month (``3 شباط/فبراير … الأحد المقبل، الموافق
    الأول من شعبان``; a dateline's ``25 شوال 1436 هـ الموافق 10 أغسطس 2015 م`` names one too). A past Hijri
    month (``رمضان الماضي``) says nothing."""
    hy, hm, _ = gregorian_to_hijri(anchor.date())
    months = {(hy, hm), (hy, hm + 1) if hm < 12 else (hy + 1, 1)}
    told = False
    for f in chosen:
        sides = (f.meaning.first, f.meaning.last) if type(f.meaning) is Range \
            else (f.meaning.first, f.meaning.second) if type(f.meaning) is Apposition else (f.meaning,)
        if any(type(m) is When and m.calendar == "gregorian" and m.month is not None for m in sides):
            return False  # "3 شباط/فبراير ... الأحد المقبل، الموافق الأول من شعبان": it names Gregorian months
        r = resolved.get(id(f))
        told = told or type(sides[0]) is When and sides[0].calendar == "hijri" and sides[0].month is not None \
            and r is not None and r.interval is not None and gregorian_to_hijri(r.interval[0].date())[:2] in months
    return told


def _in_hijri_month(meaning: When, year: int, month: int) -> When:
    """A day of "the month under way" (or of the month the text named) read in the Hijri ``month``
    of ``year``, keeping its hour, part of the day and zone ("مساء الثلاثاء 26 الجاري": the evening of
    26 Shawwal); its weekday, checked or not, and its relative month are dropped."""
    return replace(meaning, calendar="hijri", year=year, month=month, weekday=None, direction=None,
                   rel_unit=None, rel_offset=0, narrative=False, soft=False)


# what the text told so far
@dataclass(slots=True)
class Told:
    """What a text has told so far, read left to right by :func:`timeline.tagger._tag`: the days,
    dates, years and weekdays it named, and where. The loop asks, in order, :meth:`story_date`,
    :meth:`base_of`, :meth:`period_named`, :meth:`day_of_clock`, :meth:`year_of_day` and the
    ``weekday_*`` methods how to read an expression (what it counts from, its missing year or day),
    then :meth:`hours_of_every_day` and :meth:`record` record what it told, resolved."""

    folded: str  # the folded text
    anchor: dt.datetime  # the publication date
    forced: Prefer | None  # the direction forced on the whole text, if any
    lex: Lexicon
    # the narrative's day and hour (relative days, "في اليوم التالي", bare clock times)
    last_day: dt.datetime | None = None  # the last day told, at midnight
    last_clock: dt.datetime | None = None  # the last clock time told, when on the narrative's day
    days: list[Dated] = field(default_factory=list)  # the days the text has named so far, for clock times
    clocks_told: dict[object, dt.datetime] = field(default_factory=dict)  # a bare clock time → the day a named
    # day gave it ("صلاة الظهر")
    ahead: tuple[int, dt.datetime] | None = None  # (end in the folded text, day) of the narrative's day, when one
    # day told ahead of the publication, not a bound nor a bare weekday ("يوم الثلاثاء 26 الشهر الجاري ... ولمدة
    # ثلاثة أيام")
    # periods coarser than a day ("الشهر نفسه", "الشهر السابق", "حتى نهاية الشهر")
    last_coarse: Resolved | None = None  # the last date told, when coarser than a day and told after the last day
    last_date: dt.datetime | None = None  # the start of the last date of any grain ("يونيو")
    last_hijri: bool = False  # whether that date was told in the Hijri calendar ("17 شوال")
    hijri_months: bool = False  # whether the text counts months in Hijri: it names a time of the Hijri month under
    # way or the next one in the Hijri calendar, not as a gloss of a Gregorian date (:func:`counts_hijri_months`)
    last_outright: dict[str, tuple[dt.datetime, int]] = field(default_factory=dict)  # "month"/"quarter"/"year" →
    # (start, end in the folded text) of the last one named outright ("يوليو", "الربع الثاني من 2015")
    last_named: dict[str, tuple[dt.datetime, int]] = field(default_factory=dict)  # "month"/"year" → (start, end
    # in the folded text) of the last one named outright ("مارس 2021", "عام 2015")
    # years, for a day told without one ("في 3 مارس 2010، ثم ... في 9 مارس")
    year_told: tuple[int, str, int, int] | None = None  # (end, calendar, month, year) of the last day told with its year
    days_told: dict[tuple[str, int, int], tuple[int, int, int]] = field(default_factory=dict)  # (calendar, month,
    # day) → (year, end in the folded text, Gregorian year) of a day told with its year
    year_said: tuple[int, int] = (-1, 0)  # (end in the folded text, Gregorian year) of the last expression telling
    # a year
    # weekdays
    weekdays_told: dict[int, dt.datetime] = field(default_factory=dict)  # weekday → the day a weekday told with more
    # named
    listed_weekday: tuple[int, dt.datetime, int] | None = None  # (end in the folded text, day, weekday) of the last
    # expression, when a weekday of one day
    scheduled_weekday: tuple[int, dt.datetime, int] | None = None  # the same, of a weekday with its hour too
    # the sentence so far
    last_past_end: int = -1  # where the last date wholly before the publication ends in the folded text
    daily_end: int = -1  # where the last "يومياً", "كل يوم", "أسبوعياً" or "كل يوم خميس" ends in the folded text
    days_end: int = -1  # where the last amount of days ends ("طيلة 30 يوماً"): its hours only as a range

    def after_past_date(self, at: int) -> bool:
        """Whether a date wholly past ends before ``at`` in its sentence (``last_past_end``)."""
        return self.last_past_end >= 0 and not _SENTENCE_END.search(self.folded, self.last_past_end, at)

    def story_date(self, meaning: object) -> Resolved | None:
        """The date a story told from a coarse date counts from, for a narrative expression's day: "سأنشر اليوم قصة قديمة،
        قبل عامين بالضبط ... في اليوم التالي": the only day named is the publication's, and the story is told
        from a date known to its year (or month, week): that date at its own grain, no invented day. (With no
        day named at all, or after a day of the story, a coarse date in between is as often one said in
        passing: "كأس آسيا 2019", "قبل 15 سنة".)"""
        if self.last_coarse is not None and self.last_day == midnight(self.anchor) and _day_narrative(meaning):
            return self.last_coarse
        return None

    def base_of(self, f: Found, meaning: object, kind: type) -> tuple[dt.datetime, bool] | None:
        """What a narrative expression counts from: the narrative's day (its hour, for hours: "أمس عند الساعة العاشرة
        ... وبعد ساعتين من ذلك"; the last coarse date, for years or months: "قادتها فرنسا عام 2013 ... قبل ذلك
        بعام"), else the publication; and whether the expression is that day itself, its hours unknown ("وصل
        أمس، وبعد ساعتين من ذلك"). None for "في اليوم التالي" after sentences that named no day: the day after
        a happening the text does not date, not after the publication (told alone, it is). None too for months or
        years counted from that ("بعد عامين من ذلك") with no date told before it: "that" is a happening the text
        told, not the publication (days and hours from it, told alone, stay near the publication: "وعاد السكان بعد
        يومين من ذلك")."""
        last_day, last_coarse = self.last_day, self.last_coarse
        # an amount of years (months) counted from the last date told, a year (month) told after the last day,
        # is counted from it, at its grain (2012)
        from_coarse = kind is Shift and last_coarse is not None and last_coarse.grain is not None \
            and Grain(meaning.unit).rank >= last_coarse.grain.rank  # type: ignore[attr-defined]
        if last_day is None and not _coarse_narrative(meaning) and not from_coarse \
                and (kind is Shift and meaning.unit in COARSE_COUNT_UNITS  # type: ignore[attr-defined]
                     or _SENTENCE_END.search(self.folded, 0, f.start)):
            return None
        base = last_day if last_day is not None else self.anchor
        if from_coarse:
            base = last_coarse.interval[0]  # type: ignore[union-attr, index]
        hourless = False
        if kind is Shift and meaning.unit in _CLOCK_UNITS and last_day is not None:  # type: ignore[attr-defined]
            # two hours after that hour; after a day told with no hour, that day, not two hours after its midnight
            hourless = self.last_clock is None
            base = self.last_clock if self.last_clock is not None else last_day
        return base, hourless

    def period_named(self, f: Found, meaning: object, kind: type, narrative: bool,
                     base: dt.datetime) -> tuple[object, bool, dt.datetime]:
        """``(meaning, narrative, base)`` of an expression that refers to a period named before: "الشهر
        السابق", "الشهر نفسه", "ذلك العام", the Hijri month under way, "حتى نهاية الشهر"."""
        anchor, last_date = self.anchor, self.last_date
        if narrative and _compared(meaning):
            return self._compared_period(f, meaning)  # type: ignore[arg-type]
        if narrative and _coarse_narrative(meaning) and meaning.rel_offset == -1 \
                and meaning.rel_unit in _OUTRIGHT_UNITS:  # type: ignore[attr-defined]
            # "ارتفعت في يوليو 3% عن الشهر السابق": the one before the period last named outright (June), within
            # reach (a data report names its month a paragraph before); not before one counted ("... وعن الشهر
            # السابق" told twice is June twice); none named: the one before the publication's
            named_at = self.last_outright.get(meaning.rel_unit)  # type: ignore[attr-defined]
            if named_at is not None and f.start - named_at[1] <= _OUTRIGHT_REACH:
                base = named_at[0]
            else:
                narrative, base = False, anchor
        elif narrative and last_date is not None and _coarse_narrative(meaning):
            base = last_date  # "الشهر نفسه", "ذلك العام": the month or year the text last named
            if self.last_hijri and meaning.rel_unit == "month" and meaning.rel_offset == 0:  # type: ignore[attr-defined]
                hy, hm, _ = gregorian_to_hijri(last_date.date())  # "17 شوال ... 28 من الشهر نفسه": that Shawwal
                meaning = _in_hijri_month(meaning, hy, hm)  # type: ignore[arg-type]
        elif self.hijri_months and kind is When and not narrative and _this_or_next_month(meaning):  # type: ignore[arg-type]
            # "30 شوال الجاري ... تنتهي بنهاية الشهر الحالي", "7/11/1436هـ ... مطلع الشهر القادم": a text that
            # counts in Hijri months counts the month under way and the next in Hijri too
            hy, hm, _ = gregorian_to_hijri(anchor.date())
            hy, hm = (hy, hm + meaning.rel_offset) if hm + meaning.rel_offset <= 12 else (hy + 1, 1)  # type: ignore[attr-defined]
            meaning = _in_hijri_month(meaning, hy, hm)  # type: ignore[arg-type]
        elif self.last_hijri and kind is When and last_date is not None and meaning.rel_unit == "month" \
                and meaning.rel_offset == 0 and meaning.day is not None and not meaning.narrative:  # type: ignore[attr-defined]
            hy, hm, _ = gregorian_to_hijri(anchor.date())
            if gregorian_to_hijri(last_date.date())[:2] == (hy, hm):
                # "السادس والعشرين من شهر شوال ... الثامن والعشرين من الشهر الجاري": the text counts in
                # the Hijri month under way, this Shawwal
                meaning = _in_hijri_month(meaning, hy, hm)  # type: ignore[arg-type]
        elif kind is When and not narrative and _hijri_by_weekday(meaning, anchor.date()):  # type: ignore[arg-type]
            # "يوم الثلاثاء 26 الشهر الجاري" in a paper of 2 Aug 2015: 26 Aug is a Wednesday, 26 Shawwal a
            # Tuesday: the day counts in the Hijri month under way
            hy, hm, _ = gregorian_to_hijri(anchor.date())
            meaning = _in_hijri_month(meaning, hy, hm)  # type: ignore[arg-type]
        last_named = self.last_named
        if last_named:
            named = _soft_unit(meaning)
            if named is not None and named in last_named and f.start - last_named[named][1] <= _SOFT_REACH \
                    and "\n" not in self.folded[last_named[named][1]:f.start]:
                narrative, base = True, last_named[named][0]  # "في مارس 2021 ... حتى نهاية الشهر": that March
        return meaning, narrative, base

    def _compared_period(self, f: Found, meaning: When) -> tuple[object, bool, dt.datetime]:
        """``(meaning, narrative, base)`` of a comparison's term, the same month or quarter in another year
        ("مقارنة بالشهر نفسه من العام الماضي", "الربع المماثل لعام 2014"): the one the text last named outright
        (a Gregorian month or quarter, within reach), in that year or that many years off; none named: the year
        alone, no month invented."""
        unit = meaning.rel_unit
        assert unit is not None
        named_at = self.last_outright.get(unit)
        if named_at is not None and f.start - named_at[1] <= _OUTRIGHT_REACH:
            if meaning.year is None:
                return meaning, True, named_at[0]
            return amend(meaning, year=None), True, named_at[0].replace(year=meaning.year, day=1)
        if meaning.year is None:
            return When(rel_unit="year", rel_offset=meaning.rel_offset // UNITS_PER_YEAR[unit]), False, self.anchor
        return When(year=meaning.year), False, self.anchor

    def day_of_clock(self, f: Found, meaning: object, kind: type, narrative: bool, base: dt.datetime,
                     chosen: list[Found], i: int, at_anchor: dict[int, Resolved]) -> tuple[object, bool, dt.datetime]:
        """``(meaning, narrative, base)`` of a bare clock time (``chosen[i]``): the day named before it
        ("مساء أمس ... عند الساعة التاسعة", and its part), else right after it ("أثناء صلاة الظهر في مسجد
        الطوارئ أمس الخميس"), else the day the same clock time was given before ("صلاة الظهر" told again)."""
        days = self.days
        if not narrative and days:
            dated = _clock_dated(days, f, self.folded)
            if dated is not None:  # "مساء أمس ... عند الساعة التاسعة": the evening just named
                narrative, base = True, dated.day
                if _small_hours(meaning, dated):
                    base = dated.day + A_DAY  # "ليلة الخميس ... الساعة الواحدة فجراً": past midnight, the next day
                elif dated.day_part is not None and kind is When and meaning.part is None \
                        and meaning.hour is not None and 0 < meaning.hour < 12:  # type: ignore[attr-defined]
                    meaning = amend(meaning, part=dated.day_part)  # type: ignore[arg-type]  # and its part: 21:00
        if not narrative and i + 1 < len(chosen):
            day = _day_after(f, chosen, i, self.folded, at_anchor)
            if day is not None:  # "أثناء صلاة الظهر في مسجد الطوارئ أمس الخميس": the day named after it
                narrative, base = True, day
        if not narrative and kind is When and f.meaning in self.clocks_told:
            narrative, base = True, self.clocks_told[f.meaning]  # "صلاة الظهر" told again: the same prayer, that day
        elif narrative and kind is When and base is not self.anchor:
            self.clocks_told.setdefault(f.meaning, midnight(base))
        return meaning, narrative, base

    def year_of_day(self, f: Found, meaning: When, narrative: bool) -> When:
        """A day told without its year, given the year it was last told with: "وقعت الحادثة في 3 مارس 2010،
        ثم توفي المصاب في 9 مارس" (that March, in its sentence); "اعتصموا من 21 يونيو 2013 حتى 14 أغسطس من
        العام نفسه ... وفضت الشرطة الاعتصام يوم 14 أغسطس" (the day told again)."""
        folded, year_told = self.folded, self.year_told
        if year_told is not None and meaning.year is None and meaning.day is not None \
                and meaning.rel_unit is None and meaning.direction is None and (meaning.calendar, meaning.month) == year_told[1:3] \
                and not _SENTENCE_END.search(folded, year_told[0], f.start):
            meaning = amend(meaning, year=year_told[3])
        if self.days_told and not narrative and meaning.year is None and meaning.day is not None \
                and meaning.rel_unit is None and meaning.direction is None and meaning.weekday is None:
            told_day = self.days_told.get((meaning.calendar, meaning.month, meaning.day))  # type: ignore[arg-type]
            year_said = self.year_said
            if told_day is not None and f.start - told_day[1] <= _DAY_TOLD_REACH \
                    and not _LINE_HEAD.fullmatch(folded, folded.rfind("\n", 0, f.start) + 1, f.start) \
                    and not (year_said[0] > told_day[1] and year_said[1] != told_day[2]
                             and not _SENTENCE_END.search(folded, year_said[0], f.start)) \
                    and not _recalled_in_sentence(folded, f.start, f.end, self.lex.day_told_recalls):
                # (not after another year told earlier in its sentence: "وفي عام 2014 وتحديدا في 14 أغسطس", nor
                # on an anniversary: "وفي ذكراه الأولى في 12 أغسطس"; not a chronology's line, "- 30 يونيو: ...",
                # dated on its own)
                meaning = amend(meaning, year=told_day[0])
        return meaning

    def year_of_entry(self, f: Found, meaning: When) -> When:
        """A Gregorian day or month told without its year or a direction in an entry of a chronicle (this day
        in history): the year heading the entry ("1950- الاتحاد السوفياتي ينضم ... التي انسحب منها في فبراير":
        1950-02; "2008- تسعة قتلى ... بحياة خمسة من ناشطيها في 25 يوليو": 2008-07-25), not the publication's."""
        if meaning.calendar != "gregorian" or meaning.direction is not None or meaning.rel_unit is not None:
            return meaning
        folded = self.folded
        lo = max(0, f.start - _ENTRY_REACH)
        opened = max(folded.rfind(end, lo, f.start) for end in _ENTRY_ENDS) + 1
        if not opened and lo:
            return meaning  # no sentence opened within an entry's reach
        head = _ENTRY_HEAD.match(folded, opened, f.start)
        return amend(meaning, year=int(head["y"])) if head is not None else meaning

    def weekday_again(self, meaning: When, narrative: bool, base: dt.datetime,
                      future: bool | None) -> tuple[When, bool, dt.datetime]:
        """``(meaning, narrative, base)`` of a bare weekday told before with more named: "الأحد المقبل ... في
        مباراة الأحد": that Sunday (unless the tense says otherwise)."""
        if not narrative and meaning.weekday in self.weekdays_told and weekday_alone(meaning):
            told_day = self.weekdays_told[meaning.weekday]  # type: ignore[index]
            if (future is not True or told_day >= midnight(self.anchor)) and (future is not False or told_day <= self.anchor):
                meaning = amend(meaning, year=told_day.year, month=told_day.month, day=told_day.day)
                narrative, base = True, told_day
        return meaning, narrative, base

    def weekday_listed(self, f: Found, meaning: When, shared: bool) -> When:
        """A weekday listed right after another ("الأسبوع المقبل يوم الثلاثاء أو الخميس", "الأحد والاثنين"): a
        day after it, the same days, not the nearest by tense (no farther apart than a listing of days goes,
        unless the direction is told for both: ``shared``)."""
        listed_weekday = self.listed_weekday
        if listed_weekday is not None and (weekday_alone(meaning) or shared) \
                and 0 < (meaning.weekday - listed_weekday[2]) % 7 <= (6 if shared else _LISTED_DAYS_APART) \
                and LISTED_LINK.fullmatch(self.folded, listed_weekday[0], f.start):  # type: ignore[operator]
            listed = listed_weekday[1] + dt.timedelta(days=(meaning.weekday - listed_weekday[2]) % 7)  # type: ignore[operator]
            meaning = amend(meaning, year=listed.year, month=listed.month, day=listed.day)
        return meaning

    def weekday_scheduled(self, f: Found, meaning: When, future: bool | None,
                          told_after: Callable[[], bool | None]) -> When:
        """A bare weekday opening the next piece of its sentence after a comma and و, its verb left out: "يلعب
        السبت ليستر مع سندرلاند، والأحد نيوكاسل مع ساوثمبتون": on the schedule of the weekday before it when
        that one is today or ahead, the day after it, not the last such weekday — a few days on, with no verb
        told done right after it (``told_after`` False: not "تقام المباراة اليوم الأحد، والسبت خسر الفريق" nor "،
        والسبت كان قد تعادل"); farther on, up to six days, only with a present or a future right after it
        (``told_after`` True: "يلتقي الفريقان الثلاثاء، والسبت يواجه الاتحاد الأهلي": that Saturday, not the last)."""
        scheduled_weekday, folded = self.scheduled_weekday, self.folded
        if self.forced is None and future is not False and scheduled_weekday is not None \
                and weekday_alone(meaning) and scheduled_weekday[1] >= midnight(self.anchor) \
                and f.start - scheduled_weekday[0] <= _GAPPED_REACH \
                and _GAPPED_LINK.search(folded, max(0, f.start - 12), f.start) \
                and not _SENTENCE_END.search(folded, scheduled_weekday[0], f.start):
            gap = (meaning.weekday - scheduled_weekday[2]) % 7  # type: ignore[operator]
            after = told_after() if gap else False
            if after is not False and (gap <= _GAPPED_DAYS_APART or after is True):
                listed = scheduled_weekday[1] + dt.timedelta(days=gap)
                meaning = amend(meaning, year=listed.year, month=listed.month, day=listed.day)
        return meaning

    def weekday_ahead(self, f: Found, meaning: When, narrative: bool, base: dt.datetime, future: bool | None,
                      at_anchor: Resolved | None) -> tuple[When, bool, dt.datetime, bool]:
        """``(meaning, narrative, base, scheduled)`` of a bare weekday after a day the text set ahead
        (:func:`_day_of_schedule`): "يوم الثلاثاء 26 الشهر الجاري ... وفي يوم الأربعاء ...": the Wednesday
        after it; ``scheduled`` says it was counted so."""
        if self.ahead is not None and self.forced is None and future is not False \
                and bare_weekday(meaning, self.anchor.isoweekday()) and weekday_alone(meaning):
            day = _day_of_schedule(self.ahead, meaning.weekday, at_anchor, f, self.folded)  # type: ignore[arg-type]
            if day is not None:
                return amend(meaning, year=day.year, month=day.month, day=day.day), True, day, True
        return meaning, narrative, base, False

    def hours_of_every_day(self, f: Found, meaning: object, r: Resolved) -> Resolved:
        """A clock time after "يومياً", "كل يوم" in its phrase, or a clock range right after an amount of
        days, as a set: "يفتح المعرض يومياً من الساعة العاشرة صباحاً حتى السابعة مساء": the hours of every
        day, no one day ("طيلة 30 يوماً من العاشرة حتى السابعة"; but "بعد احتجاز دام 10 أيام الساعة الثالثة
        عصرا" is the hour the detention ended); and record where such a set or amount of days ends ("كل يوم
        خميس وجمعة … من بعد صلاة العشاء إلى الواحدة صباحا": each such night's hour)."""
        daily_end, days_end, folded = self.daily_end, self.days_end, self.folded
        if r.type is TimexType.TIME and _clock_only(meaning) and (
                daily_end >= 0 and _same_phrase(folded, daily_end, f.start)
                or days_end >= 0 and isinstance(meaning, Range) and not folded[days_end:f.start].strip()):
            r = replace(r, type=TimexType.SET, value=_ANY_DAY.sub("XXXX-XX-XX", r.value), interval=None)
        if r.type is TimexType.SET and _EVERY_DAY.fullmatch(r.value):
            self.daily_end = f.end
        elif r.type is TimexType.DURATION and _DAYS.fullmatch(r.value):
            self.days_end = f.end
        return r

    def record(self, f: Found, meaning: object, kind: type, r: Resolved, narrative: bool, scheduled: bool,
               bare_clock: bool) -> None:
        """Record what an expression told, resolved (``scheduled``: counted from the day told ahead;
        ``bare_clock``: a clock time with no day of its own): the weekday it told, if any (the next may
        be listed after it); the year it told and a day told with its year; and, for dated meanings
        (:data:`_DATED`), the last past date, the last date and periods named, the last coarse date,
        and, at a day or finer, the narrative's day, its hour, the day told ahead, the weekday told
        with more named and the days for clock times."""
        # the weekday
        weekday = meaning.weekday if kind is When else None  # type: ignore[attr-defined]
        self.listed_weekday = (f.end, midnight(r.interval[0]), weekday) \
            if weekday is not None and r.grain is Grain.DAY and r.interval else None  # type: ignore[assignment]
        self.scheduled_weekday = (f.end, midnight(r.interval[0]), weekday) \
            if weekday is not None and r.interval else None  # type: ignore[assignment]
        # the year
        if r.interval is not None and (r.grain is Grain.YEAR or kind is When and meaning.year is not None  # type: ignore[attr-defined]
                                       or kind is Range and any(type(end) is When and end.year is not None
                                                                for end in (meaning.first, meaning.last))):  # type: ignore[attr-defined]
            self.year_said = (f.end, r.interval[0].year)
        if kind is When and meaning.year is not None and meaning.month is not None and meaning.day is not None:  # type: ignore[attr-defined]
            self.year_told = (f.end, meaning.calendar, meaning.month, meaning.year)  # type: ignore[attr-defined]
            if r.interval is not None:
                self.days_told[(meaning.calendar, meaning.month, meaning.day)] = (meaning.year, f.end, r.interval[0].year)  # type: ignore[attr-defined]
        elif kind is Range and r.grain is Grain.DAY and r.interval is not None \
                and any(type(end) is When and end.year is not None for end in (meaning.first, meaning.last)):  # type: ignore[attr-defined]
            for day in (r.interval[0], r.interval[1] - A_DAY):  # "من 21 يونيو 2013 حتى 14 أغسطس من نفس العام"
                self.days_told[("gregorian", day.month, day.day)] = (day.year, f.end, day.year)
        # the date
        if r.interval is None or r.grain is None or kind not in _DATED:
            return
        if r.interval[1] <= self.anchor:
            self.last_past_end = f.end
        self.last_date = r.interval[0]
        told = meaning.first if kind is Range or kind is Apposition else meaning  # type: ignore[attr-defined]
        self.last_hijri = type(told) is When and told.calendar == "hijri" and told.month is not None  # type: ignore[attr-defined]
        if r.mod != "ON_OR_AFTER":  # not "منذ عام 1981": a start told, the text goes on to now ("... مع نهاية السنة")
            for unit in _named_units(meaning):
                self.last_named[unit] = (r.interval[0], f.end)
        for unit in _outright(meaning):
            self.last_outright[unit] = (r.interval[0], f.end)
        self.last_coarse = None if r.grain in _DAY_OR_FINER or kind is not When and kind is not Shift \
            or r.mod is not None else r
        if r.grain not in _DAY_OR_FINER:
            return
        last_day = self.last_day = midnight(r.interval[0])  # it sets the narrative's day
        ahead = self.ahead
        if scheduled:
            self.ahead = (f.end, last_day)  # "... وفي يوم الأربعاء ... ويختتم البرنامج يوم الخميس": from that Wednesday
        elif not (narrative and ahead is not None and last_day >= ahead[1]):  # (a day counted within it keeps it)
            # a day the text fixed, not one read by tense or taken from another ("يومي السبت والاثنين", a bare
            # clock time: a guess, no start to count from)
            self.ahead = (f.end, last_day) if last_day > self.anchor and r.mod is None and not narrative \
                and (kind is Range or r.interval[1] - r.interval[0] <= A_DAY) \
                and not _weekday_only(f.meaning) and not bare_clock else None
        self.last_clock = r.interval[0] if r.grain.rank < Grain.PART_OF_DAY.rank else None
        if kind is When and meaning.weekday is not None and not weekday_alone(meaning):  # type: ignore[attr-defined]
            self.weekdays_told[meaning.weekday] = last_day  # type: ignore[attr-defined]
        elif kind is Range and type(meaning.first) is When and type(meaning.last) is When \
                and meaning.first.weekday is not None and meaning.last.weekday is not None:  # type: ignore[attr-defined]
            # "موجة حارة يومي الثلاثاء والأربعاء ... وفي التدرج الحراري ليوم الأربعاء": each end told again is
            # that day (news45)
            self.weekdays_told[meaning.first.weekday] = last_day  # type: ignore[attr-defined]
            self.weekdays_told[meaning.last.weekday] = midnight(r.interval[1] - A_DAY)  # type: ignore[attr-defined]
        part = meaning.part if kind is When else None  # type: ignore[attr-defined]
        if kind is Range or r.interval[1] - r.interval[0] <= A_DAY:  # not a period of days named as one ("لقضاء
            # إجازة نهاية الأسبوع، ... قرابة الساعة 10:30 صباحاً" is no hour of the weekend's first day); a range
            # of dates gives its first day ("من 26 - 29 شوال ... يبدأ من الساعة الخامسة عصراً")
            self.days.append(Dated(f.end, last_day, part.token if part else None, r.mod is not None, part,
                                    narrative and _day_narrative(meaning)))


# reaches
_SOFT_REACH = 300  # characters over which "الشهر"/"العام" refers back to a named month or year
_OUTRIGHT_UNITS = ("month", "quarter", "year")
_OUTRIGHT_REACH = 600  # characters over which "الشهر السابق" counts from the month named outright
_DAY_TOLD_REACH = 3000  # characters over which a day and month told again take the year they were told with
# a date opening its line: an entry of a chronology ("- 30 يونيو: ..."), dated on its own
_LINE_HEAD = kept(r"[\s\-–•*]*")


# an entry of a chronicle: a year of history opening it after a line start or a sentence end, a dash and a word
# after the year ("1943- فرار اكثر من 600 اسير": the tagger's year rule reads the same heading, dates.py)
_ENTRY_ENDS = tuple(lexicon.SENTENCE_ENDS)  # the lexicon's sentence ends (with ؟), not this module's
_ENTRY_REACH = 400  # characters back to an entry's start: entries are a sentence or two
_ENTRY_HEAD = kept(r"[ \t\xa0]*(?P<y>1\d{3}|20\d\d)(?!\d)[ \t\xa0]*[-–][ \t\xa0]*[^\W\d]")


# a day told again takes the year told with it, not on an anniversary ("وفي ذكراه الأولى في 12 أغسطس")
@functools.lru_cache(maxsize=4)
def _recalls(words: tuple[str, ...], code: str = "ar") -> re.Pattern[str]:
    """The words of relative.yaml ``day_told_recalls`` with their clitics, and a final ى (folded ي) as
    alif before an attached pronoun ("ذكرى", "وللذكرى", "ذكراه")."""
    pronouns = "|".join(map(re.escape, attached_pronouns(code)))
    forms = [re.escape(w) for w in words] + [re.escape(w[:-1] + "ا") + f"(?:{pronouns})" for w in words if w.endswith("ي")]
    return kept(r"(?<!\w)" + clitic_prefixes(code).pattern() + "(?:" + "|".join(forms) + r")(?!\w)")


def _recalled_in_sentence(folded: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether the sentence holding ``folded[start:end]`` holds an anniversary word (``day_told_recalls``)."""
    if not words:
        return False
    lo = max(folded.rfind(c, 0, start) for c in SENTENCE_ENDS) + 1
    stop = _SENTENCE_END.search(folded, end)
    return _recalls(words).search(folded, lo, stop.start() if stop else len(folded)) is not None


# the day of a bare clock time
@dataclass(frozen=True, slots=True)
class Dated:
    end: int  # where the expression ends in the folded text
    day: dt.datetime  # its day, at midnight
    part: str | None  # its part of the day (MO, AF, EV, NI), if it names one
    bounded: bool  # a bound or an approximation ("منذ ثلاثة أيام"), not an event's own day
    day_part: object = None  # the part of the day itself (a DayPart)
    moved: bool = False  # a day the story moves to ("في اليوم التالي"), counted from the one before


def clock_day(days: list[Dated], f: Found, text: str, *, same_sentence: bool = True) -> dt.datetime | None:
    """The day a bare clock time belongs to (:func:`_clock_dated`), None when there is none."""
    dated = _clock_dated(days, f, text, same_sentence=same_sentence)
    return dated.day if dated is not None else None


def _clock_dated(days: list[Dated], f: Found, text: str, *, same_sentence: bool = True) -> Dated | None:
    """The named day a bare clock time belongs to: among the days named in the last
    :data:`_CLOCK_REACH` characters of its paragraph, the latest with the clock's own part
    of the day ("مساء أمس، الأحد ... قرابة الساعة التاسعة مساءً"), else the latest that is not
    a bound ("منذ ثلاثة أيام") in its own sentence (or anywhere in reach when not
    ``same_sentence``); None when there is none. The story moving on a day ("مساء الخميس ...
    وفي اليوم التالي ... عند الثامنة مساءً") ends the search: the clock is of that day."""
    part = f.meaning.part.token if isinstance(f.meaning, When) and f.meaning.part else None
    plain: Dated | None = None
    for d in reversed(days):  # latest first, only as far back as the reach
        if f.start - d.end >= _CLOCK_REACH or "\n" in text[d.end:f.start]:
            break
        if part is not None and d.part == part or d.moved and plain is None and d.part in (None, part):
            return d
        if plain is None and not d.bounded and (not same_sentence or _SENTENCE_END.search(text, d.end, f.start) is None):
            plain = d
    return plain


_CLOCK_REACH = 300  # characters over which a clock time takes the day named before it


def _small_hours(meaning: object, dated: Dated) -> bool:
    """Whether a bare clock time dated by a night just told (``dated``) lies past that night's midnight: an
    hour before :data:`_SMALL_HOURS_END` told with no part, or with a morning's or a night's ("ليلة الخميس ...
    في الساعة الواحدة فجراً", "ليلة 28 رمضان ... الساعة الواحدة إلا ربعاً"): the next day's. Not after an
    evening: its small hours may be told of the day before ("مساء أمس ... بعد أن وصلت الطائرة الرابعة فجراً"),
    and a bare hour after it is the afternoon's ("مساء يوم الثلاثاء، وفي تمام الساعة الرابعة")."""
    return isinstance(meaning, When) and meaning.hour is not None and meaning.hour < _SMALL_HOURS_END \
        and dated.part in _NIGHT_TOKENS and (meaning.part is None or meaning.part.token in _SMALL_HOURS_TOKENS)


_SMALL_HOURS_END = 5  # the hours after midnight a night runs into (day_parts.yaml: a night's hours run to 29)
_NIGHT_TOKENS = frozenset({"NI"})
_SMALL_HOURS_TOKENS = frozenset({"MO", "NI"})


def _day_after(f: Found, chosen: list[Found], i: int, text: str, at_anchor: dict[int, Resolved]) -> dt.datetime | None:
    """The day of the expression after the clock time ``chosen[i]``, which has no day of its
    own, when it follows in the same clause (no punctuation, no word that opens another time
    between: :data:`_NOT_SAME_CLAUSE`) and names one day: "صلاة الظهر بمسجد قوات الطوارئ أمس
    الخميس"; past the same time told again in brackets ("الثانية ظهراً بالتوقيت المحلي (1700
    بتوقيت جرينتش) يوم الأحد")."""
    j = i + 1
    while j + 1 < len(chosen) and clock_alone(chosen[j].meaning) and _APPOSED_CLOCK.fullmatch(text, f.end, chosen[j].start):
        f, j = chosen[j], j + 1
    following = chosen[j]
    gap = _BRACKETS.sub("", text[f.end:following.start])
    r = at_anchor.get(id(following))
    if len(gap) > _AFTER_REACH or r is None or r.interval is None or r.grain is not Grain.DAY \
            or r.interval[1] - r.interval[0] > A_DAY or _NOT_SAME_CLAUSE.search(gap) or clock_alone(following.meaning):
        return None  # not "عند الساعة 3 عصراً طيلة الأيام الثلاثة الماضية": a schedule of several days
    return midnight(r.interval[0])


_AFTER_REACH = 60
_APPOSED_CLOCK = kept(r"\s*[(/]\s*")
_BRACKETS = kept(r"[()]")
# between a clock time and a day that is not its own: a clause break, or a word that places another
# happening in time ("الساعة 9:28 بعد هبوطه إلى 1077 دولاراً يوم 24 يوليو", "عن سعر الإغلاق في 26 يونيو")
_NOT_SAME_CLAUSE = kept(r"[،,.؛;:!?\n]|(?<!\w)(?:بعد|قبل|عن|خلال|منذ|حتي|الي|بين|مقابل|مقارنه)(?!\w)")


# the hours of every day
def _same_phrase(folded: str, end: int, start: int) -> bool:
    """Whether a few words of one phrase at most lie between ``end`` and ``start`` ("يومياً من بعد
    صلاة العصر وحتى الساعة 11 مساءً"): no punctuation, 40 characters at most."""
    return start - end <= 40 and not PHRASE_END.search(folded, end, start)


_ANY_DAY = kept(r"\d{4}-\d{2}-\d{2}")
_EVERY_DAY = kept(r"P1[DW]|XXXX-WXX-[1-7]")  # every day, every week, every such weekday: the hours after are theirs
_DAYS = kept(r"P(?:[2-9]|\d\d+)D")  # "طيلة 30 يوماً" before hours: those hours on each of the days
# (not "على مدار يوم كامل من الواحدة حتى العاشرة": one day)


# weekdays listed and scheduled
def _day_of_schedule(ahead: tuple[int, dt.datetime], weekday: int, at_anchor: Resolved | None, f: Found,
                     text: str) -> dt.datetime | None:
    """The day a bare weekday means in a schedule the text set ahead of the publication: when
    the narrative's day ``ahead`` (end in the folded ``text``, day) is a day to come told in the
    same paragraph, and the weekday read from the publication (``at_anchor``) falls before it, the
    weekday is one of the days after it, the nearest ("يوم الثلاثاء 26 الشهر الجاري ... ولمدة ثلاثة
    أيام ... وفي يوم الأربعاء ... ويختتم البرنامج يوم الخميس": the Wednesday and Thursday after that
    Tuesday; "غدا «الأربعاء»": that day). None when the weekday before that day is as near or
    nearer (:data:`_SCHEDULE_DAYS`), when a date follows the weekday (its own, not joined), or
    when the reading from the publication is not before it."""
    end, day = ahead
    if at_anchor is None or at_anchor.interval is None or midnight(at_anchor.interval[0]) >= day \
            or "\n" in text[end:f.start] or _DATE_NEXT.match(text, f.end):
        return None
    after = (weekday - day.isoweekday()) % 7
    return day + dt.timedelta(days=after) if after <= _SCHEDULE_DAYS else None


# how many days after a day told ahead a bare weekday may be counted from it: further, the same
# weekday before that day is nearer ("بعد غد ... مرانا الأحد" in Saturday's paper: no coming week)
_SCHEDULE_DAYS = 3
_DATE_NEXT = kept(r"[\s/(]*\d")  # a weekday's own date after it, not joined ("يوم الإثنين 1 /12 /143هـ")
# what joins two weekdays of one listing, folded: "و", "أو", with "يوم" before the second ("الأحد أو يوم الاثنين")
LISTED_LINK = kept(r"\s*(?:و|\s(?:او|ثم)\s)\s*(?:يوم\s+)?")
_LISTED_DAYS_APART = 2  # "الثلاثاء أو الخميس"; farther apart a listing is as often out of order
# a weekday opening the next piece of a schedule: a comma, و, "يوم" maybe, right before it (folded)
_GAPPED_LINK = kept(r"[،,]\s*و\s*(?:يوم\s+)?$")
_GAPPED_REACH = 120  # characters from the weekday before: one piece of a schedule, not a paragraph
_GAPPED_DAYS_APART = 3  # a round of matches, Friday to Monday; farther on the weekday is as often the last one
# (but for a present or a future verb right after it: Told.weekday_scheduled)
