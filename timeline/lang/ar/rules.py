"""Arabic rules: each finds one kind of expression in the folded text and says what it means.

A rule is a name, a pattern and a production. Patterns are written over the folded text
(see :mod:`timeline.normalize`) with ``{category}`` placeholders for the word lists in
this folder (``{months}``, ``{weekdays}``, ``{day_parts}``...) and named groups only.
Productions build meanings (:mod:`timeline.semantics`) and never do date arithmetic.
Adjacent expressions are joined afterwards by :mod:`timeline.engine` ("مساء" + "أمس" +
"الاثنين"); examples for every rule live in ``corpus.yaml`` beside this file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.lexicon import Lexicon, MonthName
from timeline.normalize import fold_letters
from timeline.semantics import (
    Duration, Marker, Part, Range, Recurring, Shift, Slice, Vague, When, Within,
)

__all__ = ["RULES", "Rule", "Ctx"]


@dataclass(frozen=True, slots=True)
class Ctx:
    """What a production may look at: the word lists and the folded text."""

    lex: Lexicon
    text: str

    def before(self, pos: int, chars: int = 20) -> str:
        return self.text[max(0, pos - chars):pos]


Production = Callable[[re.Match[str], Ctx], object]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: str
    produce: Production
    priority: int = 0  # breaks ties between spans of equal length
    starts: str = ""  # words a match can begin with: literals ("_" joins two), {category} for a word list, and for
    # digits "#" (any), "#/" (digits then / - . _ :, as in 25/1/2022) or "#_" (digits then anything else)
    sealed: bool = False  # a name holding a date ("ثورة 25 يناير"): the expression is its group "t", it joins
    # nothing, and what else matched inside the name is dropped


# -- shared pattern pieces ----------------------------------------------------------------
# Placeholders in braces are filled from the lexicon; the rest is plain regex.
PIECES = {
    "S": r"[\s\-]+",
    "numw": r"(?:{ordinals}|{cardinals})",
    "numphrase": r"(?:{ordinals}|{cardinals})(?:\s+و\s*(?:{ordinals}|{cardinals})){0,3}",
    "cardphrase": r"{cardinals}(?:\s+و\s*{cardinals}){0,3}",
    "dir": r"{directions}",
    "ym": r"{year_marks}",
    "month": r"{months_in_context}(?:\s*[/(\-–]\s*{months_in_context}\s*\)?|\s+{months_in_context}(?!\w))?",
    "month_alone": r"{months}(?:\s*[/(]\s*{months_in_context}\s*\)?)?",
    "year_cue": r"(?:عام|العام|سنه|السنه|لعام|لسنه|بعام|بسنه|عامي)",
    # a year in words: "ألفين وعشرين", "ألف وتسعمائة وخمسة وسبعين"
    "yearw": r"(?:الفين|الفان|الف(?=\s+و))(?:\s+و\s*{cardinals}){0,3}",
}


def _expand(pattern: str, lex: Lexicon) -> str:
    def fill(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in PIECES:
            return _expand(PIECES[key], lex)
        return lex.alt(key)

    return re.sub(r"\{([a-z_]+)\}", fill, pattern)


def compile_rule(rule: Rule, lex: Lexicon) -> re.Pattern[str]:
    """The rule's pattern with word lists filled in, bounded by word edges; a clitic
    (و ف ب ل ك) may stick to the first word and stays outside the span."""
    start = r"(?:(?<![\w])|(?<=(?<![\w])[وفبلك])|(?<=(?<![\w])[وف][بلك]))"
    return re.compile(start + "(?:" + fold_letters(_expand(rule.pattern, lex)) + r")(?![\w])")


# -- helpers for productions --------------------------------------------------------------
def _num(c: Ctx, s: str | None) -> int | None:
    if s is None:
        return None
    return c.lex.number(s)


_MONTH_SPLIT = re.compile(r"\s*[/(\-–]\s*")


def _month(c: Ctx, s: str, table: str = "months_in_context") -> MonthName | None:
    """The first month named in ``s`` ("تشرين الأول/أكتوبر", "فبراير شباط")."""
    first = _MONTH_SPLIT.split(s, 1)[0].strip()
    found = c.lex.lookup(table, first)
    words = first.split()
    for k in range(len(words) - 1, 0, -1):
        if found is not None:
            break
        found = c.lex.lookup(table, " ".join(words[:k]))
    return found


def _year(c: Ctx, s: str | None) -> int | None:
    if s is None:
        return None
    n = _num(c, s)
    if n is None:
        return None
    if len(s) == 2 and s.isdigit():  # "18-9-15": two-digit years are 20xx
        return 2000 + n
    return n


def _calendar(c: Ctx, mark: str | None, default: str) -> str:
    if mark:
        return c.lex.lookup("year_marks", mark) or default
    return default


def _direction(c: Ctx, s: str | None) -> int | None:
    return None if s is None else c.lex.lookup("directions", s)


# Words after which a bare number is a year ("في 2011") or an hour ("في السابعة").
_YEAR_CUES_BEFORE = ("في", "منذ", "حتي", "خلال", "قبل", "بعد", "بحلول", "لعام", "مطلع", "اوائل", "اواخر", "نهايه", "بدايه",
                     "منتصف", "موسم", "ربيع", "صيف", "خريف", "شتاء")
_CLOCK_CUES_BEFORE = ("في", "عند", "حتي", "منذ", "قبل", "بعد", "الي", "من")


def _after_words(words: tuple[str, ...]) -> str:
    """A zero-width check that the text just before is one of ``words`` and a space."""
    return "(?:" + "|".join(f"(?<=(?<![\\w]){w} )" for w in words) + ")"


# -- productions --------------------------------------------------------------------------
def day_month_year(m: re.Match[str], c: Ctx) -> object:
    if m["mdir"]:  # "في 15 من الشهر الجاري"
        day, direction = _num(c, m["day"]), _direction(c, m["mdir"])
        if m["mdir"] in ("نفسه", "ذاته"):
            return None  # "14 من الشهر نفسه": the month the text just named
        if day is None or direction is None or not 1 <= day <= 31 or m["year"]:
            return None
        return When(day=day, rel_unit="month", rel_offset=direction)
    mn = _month(c, m["month"]) if m["month"] else None
    month = mn.month if mn else _num(c, m["mnum"])
    day = _num(c, m["day"])
    if month is None or day is None or not 1 <= day <= 31 or not 1 <= month <= 12:
        return None
    year = _year(c, m["year"])
    cal = _calendar(c, m["mark"], mn.calendar if mn else "gregorian")
    if mn and mn.calendar == "hijri":
        cal = "hijri"
    return When(calendar=cal, year=year, month=month, day=day, direction=_direction(c, m["dir"]))


def month_day_year(m: re.Match[str], c: Ctx) -> object:
    mn = _month(c, m["month"])
    day = _num(c, m["day"])
    if mn is None or day is None or not 1 <= day <= 31:
        return None
    year = _year(c, m["year"])
    return When(calendar=mn.calendar, year=year, month=mn.month, day=day)


_MONTH_CUE_BEFORE = re.compile(fold_letters(
    r"(?<!\w)(?:في|منذ|خلال|حتى|مطلع|أوائل|أواخر|منتصف|بداية|نهاية|مستهل)\s+$"))


# "الأسبوع الثاني من مارس", "الأيام الخمسة الأولى من مارس": a part of the month follows
_PART_OF_BEFORE = re.compile(r"(?<!\w)(?:ال)?(?:اسبوع|يوم|ايام|اسابيع|اليومين|الاسبوعين)(?:\s+[^\W\d]+){1,2}\s+من\s+$")


def month_year(m: re.Match[str], c: Ctx) -> object:
    if m["mnum"] is not None:
        month = _num(c, m["mnum"])
        if month is None or not 1 <= month <= 12:
            return None
        cal = "gregorian"
    else:
        mn = _month(c, m["month"])
        if mn is None:
            return None
        has_cue = bool(m["shahr"] or m["shahr2"] or m["year"] or m["dir"] or m["this"])
        if _month(c, m["month"], "months") is None and not has_cue \
                and not _MONTH_CUE_BEFORE.search(c.before(m.start(), 12)) \
                and not _PART_OF_BEFORE.search(c.before(m.start(), 40)):
            return None  # "مارس" alone is a verb, "صفر" a number; "في مارس" is the month
        month, cal = mn.month, mn.calendar
    year = _year(c, m["year"])
    cal = _calendar(c, m["mark"], cal)
    if m["this"] and (year is not None or m["dir"]):
        return None  # "هذا أيار" is this year's; "هذا أيار 2020" is no wording
    direction = 0 if m["this"] else _direction(c, m["dir"])  # "هذا آب": this year's August
    return When(calendar=cal, year=year, month=month, direction=direction)


def _numeric_calendar(c: Ctx, mark: str | None, year: int | None) -> str:
    """The calendar of a numeric date: its mark, else Hijri for years 1300–1500 (no
    Gregorian date in the news has them; Saudi papers write "21/10/1436" without هـ)."""
    if mark:
        return _calendar(c, mark, "gregorian")
    return "hijri" if year is not None and 1300 <= year <= 1500 else "gregorian"


def numeric_dmy(m: re.Match[str], c: Ctx) -> object:
    d, mo, y = int(m["d"]), int(m["m"]), _year(c, m["y"])
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    return When(calendar=_numeric_calendar(c, m["mark"], y), year=y, month=mo, day=d)


def numeric_ymd(m: re.Match[str], c: Ctx) -> object:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    return When(calendar=_numeric_calendar(c, m["mark"], y), year=y, month=mo, day=d)


def iso_timestamp(m: re.Match[str], c: Ctx) -> object:
    """"2022-01-25T10:30:00+03:00": the local time as written; the offset is kept as its zone."""
    y, mo, d, h, mi = int(m["y"]), int(m["m"]), int(m["d"]), int(m["h"]), int(m["mi"])
    s = int(m["s"]) if m["s"] else None
    if not (1 <= mo <= 12 and 1 <= d <= 31 and h <= 23 and mi <= 59 and (s is None or s <= 59)):
        return None
    return When(year=y, month=mo, day=d, hour=h, minute=mi, second=s, tz=m["tz"].upper() if m["tz"] else None)


def numeric_month_year(m: re.Match[str], c: Ctx) -> object:
    mo, y = int(m["m"]), int(m["y"])
    if not 1 <= mo <= 12 or not 1800 <= y <= 2100:
        return None
    return When(year=y, month=mo)


_DATE_CUE = re.compile(r"(?:في|يوم|بتاريخ|تاريخ|الموافق|حتى|منذ|عند|ليوم|قبل|بعد)\s*$")


_PERCENT = re.compile(r"\s*(?:%|٪|في\s+الما?ئه|بالما?ئه|نقطه|دولار)")


def numeric_day_month(m: re.Match[str], c: Ctx) -> object:
    if m["sep"] == "." and _PERCENT.match(c.text, m.end()):
        return None  # "عند 7.26 في المائة"
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] != "/" and not _DATE_CUE.search(c.before(m.start())):
        return None
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    else:
        day, month = a, b
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return When(month=month, day=day)


def year_only(m: re.Match[str], c: Ctx) -> object:
    if m["yw"]:  # "عام ألفين وعشرين"
        y = _num(c, m["yw"]) if m["cue"] else None  # "عام مائتين وسبعة وستين": 267
        if y is None or not 100 <= y <= 2100:
            return None
        return When(calendar="hijri", year=y) if _calendar(c, m["mark"], "gregorian") == "hijri" else When(year=y)
    y = int(m["y"])
    cal = _calendar(c, m["mark"], "gregorian")
    if m["hijri"]:
        cal = "hijri"
    if not (m["cue"] or m["mark"]) and not 1900 <= y <= 2100:
        return None  # "في 350 ..." is a number, "في 2011" a year
    if len(m["y"]) < 3 and not m["mark"]:
        return None  # "من العام 21 بالمئة"
    if not m["cue"] and cal == "gregorian" and y < 1000:
        return None  # "سباق 200 م" is metres
    if cal == "hijri":
        return When(calendar="hijri", year=y)
    return When(year=y)


_NEXT_DEFINITE = re.compile(r"\s+(ال\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")


def year_range(m: re.Match[str], c: Ctx) -> object:
    """"2015 - 2019", "1437/1438هـ": every year from the first to the last."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    cal = _calendar(c, m["mark"], "gregorian")
    low, high = (1300, 1500) if cal == "hijri" else (1800, 2100)
    if not (low <= y1 < y2 <= y1 + 30 and y2 <= high):
        return None
    return Range(When(calendar=cal, year=y1), When(calendar=cal, year=y2))


def relative_day(m: re.Match[str], c: Ctx) -> object:
    off = c.lex.lookup("rel_days", m["w"])
    if off is None or c.text[max(0, m.start() - 2):m.start()] in ("فل", "ول"):
        return None  # "فلامس": touched
    if m.group() == "اليوم":  # "اليوم الوطني", "اليوم الأول": a named day, not today
        nxt = _NEXT_DEFINITE.match(c.text, m.end())
        if nxt and (nxt.group(1) in c.lex.named_day_words or c.lex.lookup("ordinals", nxt.group(1)[2:])):
            return None
        before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
        if before and before.group(1) in c.lex.nowadays_before:
            return Vague("PRESENT_REF")  # "أما اليوم", "شباب اليوم": nowadays
    return When(rel_unit="day", rel_offset=off)


def throughout(m: re.Match[str], c: Ctx) -> object:
    """"طوال العام": all of one unit, a duration."""
    unit = "day" if m["unit"] == "اليوم" else _PERIOD_UNITS[m["unit"][2:]]
    return Duration(((1, unit),))


def rest_of_period(m: re.Match[str], c: Ctx) -> object:
    """"بقية العام": from the anchor day to the end of the current period."""
    if m["dir"] and _direction(c, m["dir"]) != 0:
        return None
    return Range(When(rel_unit="day", rel_offset=0), When(rel_unit=_PERIOD_UNITS[m["unit"]], rel_offset=0))


def narrative_day(m: re.Match[str], c: Ctx) -> object:
    off = c.lex.lookup("narrative", m["w"])
    if off is None:
        return None
    part = c.lex.lookup("day_parts", "الليله") if "ليل" in m["w"] else None  # "تلك الليلة"
    return When(rel_unit="day", rel_offset=off, narrative=True, part=part)


_PERIOD_UNITS = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year", "عقد": "decade",
                 "قرن": "century", "ربع": "quarter"}


def relative_period(m: re.Match[str], c: Ctx) -> object:
    unit = _PERIOD_UNITS[m["unit"]]
    if m["unit"] == "عام" and not m["this"]:
        before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
        if before and before.group(1) in c.lex.general_before:
            return None  # "النائب العام السابق": general, not the year
    if m["y"]:  # "العام الماضي 2014": the year said outright
        return When(year=int(m["y"])) if unit == "year" and m["dir"] else None
    direction = _direction(c, m["dir"])
    if direction is None:
        if not m["this"]:
            return None
        direction = 0
    # "ذلك العام", "الشهر نفسه", "نفس الأسبوع": the period of the date the text last set
    narrative = m["this"] in _THAT or m["dir"] in _SAME
    if narrative and direction:
        return None
    return When(rel_unit=unit, rel_offset=direction, narrative=narrative)


_THAT = ("ذلك", "تلك", "نفس", "ذات")
_SAME = ("نفسه", "ذاته", "نفسها", "ذاتها")


def weekend(m: re.Match[str], c: Ctx) -> object:
    if m["rest"] and not (m["dir"] or m["this"]):
        return Recurring("XXXX-WXX-WE")  # "يخرجون في عطلة نهاية الأسبوع": weekends in general
    direction = _direction(c, m["dir"]) or 0
    return When(rel_unit="week", rel_offset=direction, weekend=True)


def next_n_units(m: re.Match[str], c: Ctx) -> object:
    unit_word = m["unit"]
    unit = next((u for k, u in _PLURAL_UNITS.items() if k in unit_word), None)
    if unit is None:
        return None
    direction = -1 if any(k in m["dir"] for k in ("ماضي", "اخير", "فائت", "منصرم", "سابق")) else 1
    number = m["n"] or m["n2"]
    if number and number.startswith("ال"):  # "الأيام ال3 القادمة"
        number = number[2:].strip()
    n = _num(c, number) if number else (2 if unit_word.endswith("ين") else None)
    if n is None:  # "الأيام المقبلة", "السنوات الماضية": no count, no bounds
        return Vague("PAST_REF" if direction < 0 else "FUTURE_REF")
    return _units_from_now(n, unit, direction)


def last_n_units(m: re.Match[str], c: Ctx) -> object:
    """"آخر ثلاثة أيام", "آخر 2 يوم": the units just before the anchor."""
    unit = next((u for k, u in _PLURAL_UNITS.items() if k in m["unit"]), None)
    n = _num(c, m["n"]) if m["n"] else (2 if m["unit"].endswith("ين") else None)
    return None if unit is None or not n else _units_from_now(n, unit, -1)


def _units_from_now(n: int, unit: str, direction: int) -> object:
    """The ``n`` whole units after (1) or before (-1) the anchor's; hours and minutes from
    the anchor's very moment."""
    if unit in ("hour", "minute"):  # "الساعتين القادمتين": from now on
        return Within(n, unit, direction)
    if direction > 0:
        return Range(When(rel_unit=unit, rel_offset=1), When(rel_unit=unit, rel_offset=n))
    return Range(When(rel_unit=unit, rel_offset=-n), When(rel_unit=unit, rel_offset=-1))


_PLURAL_UNITS = {"ساعات": "hour", "ساعتين": "hour", "دقائق": "minute", "ايام": "day", "يوم": "day", "اسابيع": "week", "اسبوع": "week", "اشهر": "month",
                 "شهور": "month", "شهر": "month", "سنوات": "year", "سنين": "year", "سنت": "year",
                 "اعوام": "year", "عام": "year", "عقود": "decade", "عقد": "decade"}


def weekday(m: re.Match[str], c: Ctx) -> object:
    wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"])
    if wd is None:
        return None
    direction = _direction(c, m["dir"])
    if m["ord"]:
        n = _num(c, m["ord"])
        if m["ord"].endswith("اخير"):
            return When(weekday=wd, nth=-1)
        if n is None:
            return None
        if n <= 5:
            return When(weekday=wd, nth=n)
        return When(weekday=wd, day=n) if n <= 31 else None
    if direction is None and m["this"]:
        direction = 0
    return When(weekday=wd, direction=direction)


def _ordinal(c: Ctx, word: str, limit: int) -> int | None:
    """An ordinal up to ``limit``; "آخر"/"الأخير" (the last) is -1."""
    if word in ("اخر", "الاخير"):
        return -1
    n = _num(c, word)
    return n if n and n <= limit else None


def nth_weekday(m: re.Match[str], c: Ctx) -> object:
    if m["ord"].endswith("ه"):
        return None  # "جولة ثانية يوم الخميس": a feminine ordinal counts the noun before it
    wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"])
    n = _ordinal(c, m["ord"], 5)
    return None if wd is None or n is None else When(weekday=wd, nth=n)


def nth_day(m: re.Match[str], c: Ctx) -> object:
    n = _ordinal(c, m["o1"] or m["o2"], 31)
    return None if n is None else When(day=n)


def nth_week(m: re.Match[str], c: Ctx) -> object:
    n = _ordinal(c, m["o1"] or m["o2"], 5)
    return None if n is None else When(week_nth=n)


_PRAYER_CUE = re.compile(fold_letters(r"(?<!\w)(?:صلاة|أذان|اذان|وقت|عند|قبيل|بعيد|حتى|بين|منذ)\s+$"))


def day_part(m: re.Match[str], c: Ctx) -> object:
    part = c.lex.lookup("day_parts", m["p"])
    if part is None:
        return None
    if m["p"] == "المغرب" and not _PRAYER_CUE.search(c.before(m.start(), 8)):
        return None  # "المغرب" is Morocco unless its prayer or its time is meant
    if m["this"] and part.name == "afternoon":
        return None  # "هذا العصر" is "this era"
    if m["this"] and not m["p"].startswith("ال"):
        return None  # "هذا المساء" is definite; in "وهذا ظهر بوضوح" the word is a verb
    if m["past"]:  # "الليلة الماضية": last night
        return When(part=part, rel_unit="day", rel_offset=-1)
    if m["this"] or m["p"] in ("الليله",):
        return When(part=part, rel_unit="day", rel_offset=0)
    return When(part=part)


def first_months(m: re.Match[str], c: Ctx) -> object:
    """"الأشهر الستة الأولى": the first (or last) n months of a year named next to it."""
    n = _num(c, m["n"])
    if n is None or not 1 <= n <= 11:
        return None
    year = {"rel_unit": "year", "rel_offset": 0} if m["this_year"] else {}  # "... من العام": this one
    if m["which"] in ("الاولي", "اول"):
        return Range(When(month=1, direction=0, **year), When(month=n, direction=0, **year))
    return Range(When(month=13 - n, direction=0, **year), When(month=12, direction=0, **year))


def fuzzy_this_period(m: re.Match[str], c: Ctx) -> object:
    """"منذ بداية العام": a part of the month or year the text just named, else of the current one."""
    f = c.lex.lookup("fuzzy", m["f"])
    if f is None:
        return None
    soft = _NEXT_DEFINITE.match(c.text, m.end()) is None  # not "بداية العام الدراسي": a school year
    return When(rel_unit=_PERIOD_UNITS[m["unit"]], rel_offset=0, mod=f[0], fuzzy=(f[1], f[2]), soft=soft)


def the_period(m: re.Match[str], c: Ctx) -> object:
    """"(اليوم الأخير من) العام": the month or year the text just named, else the current
    one; only as the period of a part (alone, "العام" is too often "general")."""
    return When(rel_unit=_PERIOD_UNITS[m["unit"]], rel_offset=0, soft=True)


_SLICE_UNITS = {"ايام": "day", "يوما": "day", "اليومين": "day", "اسابيع": "week", "اسبوعا": "week", "الاسبوعين": "week"}


def slice_of_period(m: re.Match[str], c: Ctx) -> object:
    """"الأيام الخمسة الأولى (من الشهر)", "أول ثلاثة أسابيع", "اليومين الأخيرين": the first or
    last units of a period; with "من الشهر/العام" after it, of the one the text just named."""
    unit = _SLICE_UNITS.get(m["unit"] or m["unit2"] or m["unit3"] or "")
    number = m["n"] or m["n3"]
    if number and number.startswith("ال"):
        number = number[2:].strip()
    n = _num(c, number) if number else 2
    which = m["which"] or m["which2"] or m["which3"] or ""
    if unit is None or not n or n > 31:
        return None
    sl = Slice(unit, 1, n, from_end=which.startswith(("الاخير", "الاواخر", "اخر")))
    if m["bare"]:
        return Part(When(rel_unit=_PERIOD_UNITS[m["bare"]], rel_offset=0, soft=True), sl)
    return sl


def clock_digits(m: re.Match[str], c: Ctx) -> object:
    if m["sep"] == "." and (_PERCENT.match(c.text, m.end())
                            or not (m["cue"] or m["ampm"] or _part_patterns(c.lex.alt("day_parts"))[0]
                                    .match(c.text, m.end()))):
        return None  # "عند 7.26 في المائة"; but "الساعة 7.15 صباحاً" is a time
    h, mi = int(m["h"]), int(m["mi"])
    s = int(m["s"]) if m["s"] else None
    if h > 24 or mi > 59 or (s is not None and s > 59):
        return None
    if m["ampm"] == "م" and h < 12:  # "09:15 م": after noon
        h += 12
    elif m["ampm"] == "ص" and h == 12:
        h = 0
    return When(hour=h % 24, minute=mi, second=s)


@functools.lru_cache(maxsize=4)
def _part_patterns(parts: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For the day-part alternation ``parts``: a part right after a clock time ("7.15
    صباحاً"), and the second end of a clock range ("من 3 إلى 5 مساءً")."""
    after = re.compile(r"\s*(?:" + parts + r")(?!\w)")
    to_clock = re.compile(r"\s*(?:-|الي|حتي|و)\s*(?:الساعه\s+)?(?:\d{1,2}(?::\d{2})?|ال\w+ه)\s*(?:" + parts + r")(?!\w)")
    return after, to_clock


_FRACTION_MINUTES = {"ربع": 15, "ربعا": 15, "نصف": 30, "نص": 30, "ثلث": 20, "ثلثا": 20}


def _hour_minutes(m: re.Match[str], c: Ctx) -> tuple[int, int | None] | None:
    h = _num(c, m["h"])
    if h is None or not 0 <= h <= 24:
        return None
    minute: int | None = None
    if m["frac"]:
        minute = _FRACTION_MINUTES.get(m["frac"])
    elif m["mi"]:
        minute = _num(c, m["mi"])
        if minute is None or minute > 59:
            return None
    if m["less"]:
        less = _FRACTION_MINUTES.get(m["less"].split()[0]) or _num(c, m["less"].split()[0])
        if less is None or less >= 60:
            return None
        h, minute = (h - 1) % 24, 60 - less
    return h, minute


_FEMININE_ORDINAL = re.compile(r"ال\w+ه(?:\s+عشر\w*)?$")


_AGE = re.compile(r"\s+من\s+(?:العمر|عمره|عمرها|عمرهم)")


_OPENS_RANGE = re.compile(r"(?<!\w)(?:من|بين)\s+$")
# The text before the second end of a clock range: "من الساعة 8 مساءً حتى "
_CLOCK_RANGE_END = re.compile(r"(?<!\w)(?:من|بين)\s+(?:الساعه\s+)?(?:\d{1,2}(?:[:.]\d{2})?|ال\w+ه(?:\s+عشر\w*)?)"
                              r"(?:\s+[^\W\d]+)?\s*(?:-|الي|حتي|ل)\s*$")


def clock_words(m: re.Match[str], c: Ctx) -> object:
    if _AGE.match(c.text, m.end()):
        return None  # "طفلة في السادسة من العمر": an age
    opens_range = _OPENS_RANGE.search(c.before(m.start(), 6)) is not None
    if opens_range and (m["cue"] or m["after"] is not None) and m["mi"] and not (m["unit"] or m["frac"]):
        # "بين الساعة 9 و11", "بين 3 و4 عصراً": two hours, not 9:11
        first, last = _num(c, m["h"]), _num(c, m["mi"])
        if first is not None and last is not None and first < last <= 24:
            return Range(When(hour=first), When(hour=last))
    if not m["cue"] and m["h"].isdigit() and opens_range \
            and _part_patterns(c.lex.alt("day_parts"))[1].match(c.text, m.end()):  # "من 3 إلى 5 مساءً"
        return When(hour=int(m["h"])) if int(m["h"]) <= 24 else None
    if not m["cue"]:
        # without "الساعة", a word is an hour only as "السابعة", "الحادية عشرة" (not
        # "ثاني أكبر", "أربع رئيسية"), and minutes need "دقيقة" or a part of the day
        # ("النسخة الثالثة والعشرون" is an ordinal)
        if not m["h"].isdigit() and not _FEMININE_ORDINAL.match(m["h"]):
            return None
        if m["mi"] and not (m["unit"] or m["after"] is not None):
            return None
        if m["h"].isdigit() and not (m["frac"] or m["unit"] or m["less"] or m["after"] is not None
                                     or c.before(m.start(), 4).endswith("عند ")
                                     or _CLOCK_RANGE_END.search(c.before(m.start(), 40))):
            return None  # "في 5 مدن" is a count; "عند 7", "من الساعة 8 مساءً حتى 11" are times
    hm = _hour_minutes(m, c)
    if hm is None:
        return None
    return When(hour=hm[0], minute=hm[1])


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _in_construct(c: Ctx, end: int) -> bool:
    """Whether the word after ``end`` makes a construct with the plural before it: a definite
    noun or a month ("ساعات الصباح", "أيام شهر رمضان", "أشهر أغسطس")."""
    nxt = _NEXT_WORD.match(c.text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word.startswith("ال") or word == "شهر" or c.lex.lookup("months_in_context", word) is not None
_NUMBER_BEFORE = re.compile(r"\d\s*$")
_DECIMAL = re.compile(r"\d{1,9}\.\d+")
_DIGIT_AHEAD = re.compile(r"\s*\d")
_UNDER = re.compile(r"(?<!\w)تحت\s*\(?\s*$")
_FROM_EVENT = re.compile(r"\s+(?:من|علي|عن)\s+(?!الان|اليوم|تاريخه|الموعد|الزمن)[^\W\d]")


def amount_unit(m: re.Match[str], c: Ctx) -> object:
    unit, count = c.lex.lookup("units", m["unit"]) or (None, None)
    if unit is None:
        return None
    n_text = m["n"]
    if m["the"] and (n_text not in ("نصف", "نص", "ربع") or c.before(m.start(), 2).strip().endswith("و")):
        return None  # only a fraction takes the definite unit ("نصف الساعة"), not after "ساعتين و"
    if n_text:
        if n_text in ("بضعه", "بضع", "عده"):
            amount: float | None = None
        elif n_text in ("احد", "احدي"):
            return None  # "أحد أشهر المحامين": one of the most famous
        elif n_text in ("نصف", "نص"):
            amount = 0.5
        elif n_text == "ربع":
            amount = 0.25
        else:
            amount = float(n_text) if _DECIMAL.fullmatch(n_text) else _num(c, n_text)
            if amount is None or (unit in ("decade", "century") and amount > 10):
                return None  # "650 عقداً" are contracts
    elif count is not None:
        if _NUMBER_BEFORE.search(c.before(m.start(), 4)):
            return None  # "40 قرناً مضت": the count is the number before, refused above
        amount = count
    elif _in_construct(c, m.end()):
        return None  # "منذ ساعات الصباح", "طيلة أيام شهر رمضان": the noun after it is the time
    elif m["pre"] in ("منذ", "قبل"):  # "منذ سنوات", "قبل أيام"
        return Vague("PAST_REF")
    elif m["pre"] in ("طوال", "لمده", "طيله", "مدي", "مدار") or c.text[m.start() - 1:m.start()] == "ل":
        return Duration(((0, unit),))  # "طوال سنوات", "لسنوات", "على مدى قرون": some years
    else:
        return None
    if m["frac"] and amount is not None:
        amount += _FRACTION_MINUTES[m["frac"]] / 60 if m["frac"] in _FRACTION_MINUTES else 0
    pre = m["pre"]
    if not n_text and count == 1 and _DIGIT_AHEAD.match(c.text, m.end(), m.end() + 3):
        return None  # "خلال عام 2013": the year, not "within a year"
    if not n_text and count == 1 and not pre and not m["tail"] and not m["frac"] and unit not in ("week", "month"):
        return None  # "يوم", "عام", "ساعة" alone are too often other words; "ساعة ونصف" is a time
    if amount is None:  # "بضعة أيام": a few days
        if pre in ("منذ", "قبل"):
            return Vague("PAST_REF")
        if pre == "بعد":
            return Vague("FUTURE_REF")
        return Duration(((0, unit),), mod="APPROX") if not pre else None
    tail = m["tail"] or ""
    if tail in ("مضت", "خلت", "مضي", "مضين") and not pre:
        pre = "قبل"  # "50 عاماً مضت": ago
    mod = "APPROX" if m["approx"] and not m["approx"].startswith(("اكثر", "اقل")) else \
        ("MORE_THAN" if m["approx"] and m["approx"].startswith("اكثر") else ("LESS_THAN" if m["approx"] else None))
    if _UNDER.search(c.before(m.start(), 8)):
        return None  # "منتخب تحت 23 عاماً": an age category
    if pre in ("قبل", "بعد") and not m["ntail"] and _FROM_EVENT.match(c.text, m.end()):
        # "بعد سبعة أشهر على انتهاء المهمة": counted from an event whose date is unknown here
        return Duration(((amount, unit),))
    if pre in ("منذ", "قبل", "بعد"):
        sign = 1 if pre == "بعد" else -1
        if mod in ("MORE_THAN", "LESS_THAN"):  # "منذ أكثر من 25 عاماً": before that year
            mod = "BEFORE" if (mod == "MORE_THAN") == (sign < 0) else "AFTER"
        return Shift(amount, unit, sign, narrative=bool(m["ntail"]) and sign > 0, mod=mod)
    if pre in ("خلال", "غضون") and not mod:
        return Within(amount, unit, None)
    return Duration(((amount, unit),), mod=mod or ("APPROX" if "تقريبا" in tail else None))


def decade(m: re.Match[str], c: Ctx) -> object:
    tens = c.lex.lookup("decades", m["dec"])
    if tens is None:
        return None
    century_word = m["cent"]
    if century_word:
        if "ماضي" in century_word or "عشرين" == century_word.strip() or century_word.strip() == "العشرين":
            base = 19
        elif "حالي" in century_word or "والعشرين" in century_word:
            base = 20
        else:
            n = _num(c, century_word)
            base = (n - 1) if n else 19
        return When(decade=base * 10 + tens // 10)
    return When(decade=190 + tens // 10)


def century(m: re.Match[str], c: Ctx) -> object:
    n = _num(c, m["c"])
    if n is None or not 1 <= n <= 30:
        return None
    return When(century=n - 1)


_CLAUSE_END = re.compile(r"\s*(?:[.!?؟،,؛:]|$)")


def season(m: re.Match[str], c: Ctx) -> object:
    token = c.lex.lookup("seasons", m["s"])
    if token is None:
        return None
    if not (m["s"].startswith("ال") or m["fasl"] or m["y"] or m["dir"] or m["ydir"]):
        # "سنلتقي شتاء.", "بارد صيفاً": a season of no known year; not "وصيف البطولة",
        # "صيف البحرين", "حلّ وصيفاً"
        # "صيفاً" is an adverb (the tanween of "شتاءً" is folded away: a clause end is needed)
        alone = m["s"].endswith("ا") or _CLAUSE_END.match(c.text, m.end())
        if token in c.lex.seasons_alone and not m["this"] and alone and not c.before(m.start(), 1).endswith("و"):
            return Vague(f"XXXX-{token}")
        return None
    if m["ydir"]:  # "صيف العام الحالي": the season of that year
        return When(season=token, rel_unit="year", rel_offset=_direction(c, m["ydir"]) or 0)
    direction = 0 if m["this"] and not m["dir"] else _direction(c, m["dir"])
    if direction is not None:  # "هذا الصيف", "الصيف الحالي": this year's
        return When(season=token, rel_unit="year", rel_offset=direction) if direction \
            else When(season=token, direction=0)
    return When(season=token, year=int(m["y"]) if m["y"] else None)


def quarter(m: re.Match[str], c: Ctx) -> object:
    q = 4 if m["q"] == "الاخير" else _num(c, m["q"])
    if q is None or not 1 <= q <= 4:
        return None
    return When(quarter=q, year=int(m["y"]) if m["y"] else None)


def half(m: re.Match[str], c: Ctx) -> object:
    h = _num(c, m["h"])
    if h not in (1, 2):
        return None
    return When(half=h, year=int(m["y"]) if m["y"] else None)


_HOLIDAY_CUE = re.compile(fold_letters(
    r"(?<!\w)(?:عطلة|عطل|إجازة|اجازة|أيام|صلاة|ليلة|صبيحة|قبل|بعد|خلال|منذ|حتى|أول|ثاني|ثالث|رابع)\s+$"))


def holiday(m: re.Match[str], c: Ctx) -> object:
    h = c.lex.lookup("holidays", m["h"])
    if h is None:
        return None
    if h.needs_context and not m["nth"] and not _HOLIDAY_CUE.search(c.before(m.start(), 10)):
        return None  # "العيد الوطني", "احتفالات العيد": which feast is not said
    nth = _num(c, m["nth"]) if m["nth"] else None
    year = int(m["y"]) if m["y"] else None
    hijri_year = year is not None and (_calendar(c, m["mark"], "") == "hijri" or (not m["mark"] and 1300 <= year <= 1500))
    return When(holiday=h, year=year, holiday_day=nth, calendar="hijri" if hijri_year else "gregorian",
                direction=None if year else _direction(c, m["dir"]),
                span_days=h.days if h.whole and nth is None else 1)


def ten_days(m: re.Match[str], c: Ctx) -> object:
    """"العشر الأواخر من رمضان": days 21 to the last; "الأوائل" 1–10; "الأواسط" 11–20."""
    mn = _month(c, m["month"])
    if mn is None:
        return None
    first, last = {"الاواخر": (21, -1), "الاخيره": (21, -1), "الاواسط": (11, 20), "الوسطي": (11, 20)}.get(
        m["which"], (1, 10))
    year = _year(c, m["y"])
    cal = "hijri" if mn.calendar == "hijri" else _calendar(c, m["mark"], "gregorian")
    return Range(When(calendar=cal, year=year, month=mn.month, day=first),
                 When(calendar=cal, year=year, month=mn.month, day=last))


def happening(m: re.Match[str], c: Ctx) -> object:
    """"ثورة 25 يناير": the day a listed happening began, in its year."""
    mn, day = _month(c, m["month"]), _num(c, m["day"])
    if mn is None or day is None or mn.calendar != "gregorian":
        return None
    year = c.lex.happenings.get((mn.month, day))
    return None if year is None else When(year=year, month=mn.month, day=day)


_YEAR_NOUN = re.compile(r"(?<!\w)(\w+)\s+$")
_NOUN_CLITICS = ("", "و", "ب", "ل", "ف", "ال", "لل", "وال", "بال", "فال", "ول", "وب", "ولل")


def _is_year_noun(c: Ctx, word: str) -> bool:
    return any(word.startswith(p) and word[len(p):] in c.lex.year_nouns for p in _NOUN_CLITICS)


def noun_year(m: re.Match[str], c: Ctx) -> object:
    """"ميزانية 2021", "أحداث 1973": a bare year after a noun that takes one."""
    y = int(m["y"])
    before = _YEAR_NOUN.search(c.before(m.start(), 20))
    if not 1800 <= y <= 2100 or before is None or not _is_year_noun(c, before.group(1)) \
            or _PERCENT.match(c.text, m.end()) or _AMOUNT_AFTER.match(c.text, m.end()):
        return None  # "بلغت الميزانية 2021 مليون دولار" is an amount
    nxt = _NEXT_WORD.match(c.text, m.end())
    if nxt is not None and c.lex.lookup("units", nxt.group(1)) is not None:
        return None  # "حملة 2000 يوم"
    return When(year=y)


_AMOUNT_AFTER = re.compile(r"\s*(?:مليون|مليار|ملايين|مليارات|الف|الاف|ترليون|تريليون|دولار|يورو|جنيه|ريال|درهم|دينار|ليره"
                           r"|متر|كيلو|كلم|كم|طن|برميل|شخص|نسمه|%)")


def hijri_year(m: re.Match[str], c: Ctx) -> object:
    return When(calendar="hijri", year=int(m["y"]))


def day_range_month(m: re.Match[str], c: Ctx) -> object:
    if m["to"] == "و" and not c.before(m.start(), 5).endswith("بين "):
        return None  # "و" joins a range only after "بين"
    d1, d2 = _num(c, m["d1"]), _num(c, m["d2"])
    mn = _month(c, m["month"]) if m["month"] else None
    month = mn.month if mn else _num(c, m["mord"])
    if d1 is None or d2 is None or month is None or not (1 <= d1 < d2 <= 31) or not 1 <= month <= 12:
        return None
    cal = mn.calendar if mn else "gregorian"
    year = _year(c, m["year"])
    return Range(When(calendar=cal, year=year, month=month, day=d1),
                 When(calendar=cal, year=year, month=month, day=d2))


def recurring(m: re.Match[str], c: Ctx) -> object:
    if m["wd"] or m["wdb"]:
        wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"])
        return Recurring(f"XXXX-WXX-{wd}") if wd else None
    if m["part"]:
        part = c.lex.lookup("day_parts", m["part"])
        return Recurring(f"XXXX-XX-XXT{part.token}") if part else None
    word = m["adv"] or m["unit"]
    n = _num(c, m["n"]) if m["n"] else 1
    table = {"يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "ساعه": "PT{n}H",
             "يوم": "P{n}D", "اسبوع": "P{n}W", "شهر": "P{n}M", "عام": "P{n}Y", "سنه": "P{n}Y",
             "ايام": "P{n}D", "ساعات": "PT{n}H", "اسابيع": "P{n}W", "اشهر": "P{n}M", "سنوات": "P{n}Y",
             "يومين": "P2D", "ساعتين": "PT2H", "اسبوعين": "P2W", "شهرين": "P2M", "عامين": "P2Y",
             "سنتين": "P2Y", "دقيقه": "PT{n}M", "دقائق": "PT{n}M"}
    value = table.get(word)
    return Recurring(value.format(n=n)) if value and n else None


def habitual_weekday(m: re.Match[str], c: Ctx) -> object:
    """"أيام الجمعة", "يوم الجمعة من كل أسبوع": every such weekday, a set."""
    wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"])
    return Recurring(f"XXXX-WXX-{wd}") if wd else None


def vague(m: re.Match[str], c: Ctx) -> object:
    if m["v"] == "قريبا" and re.match(r"\s+من\s", c.text[m.end():m.end() + 5]):
        return None  # "كان قريباً من الفوز": near to
    if m["v"] == "حالا" and re.search(r"(?<!\w)ا\w\w\w\s+$", c.before(m.start(), 8)):
        return None  # "أفضل حالاً": better off
    v = c.lex.lookup("vague", m["v"])
    return Vague(v) if v else None


def fuzzy_marker(m: re.Match[str], c: Ctx) -> object:
    f = c.lex.lookup("fuzzy", m["f"])
    return Marker("fuzzy", mod=f[0], fraction=(f[1], f[2])) if f else None


def approx_marker(m: re.Match[str], c: Ctx) -> object:
    return Marker("approx", mod="APPROX")


def since_marker(m: re.Match[str], c: Ctx) -> object:
    return Marker("since", mod="ON_OR_AFTER" if m["w"] == "منذ" else "ON_OR_BEFORE")


def timezone(m: re.Match[str], c: Ctx) -> object:
    zone = m["z"] or m["z2"]
    return Marker("tz", tz="gmt" if zone.startswith("ت") else zone)


_DAY = r"(?:\d{1,2}(?!\d)|{numphrase}|اول)"
_YEAR = r"(?P<year>\d{4}|\d{1,3}(?=\s*{ym}(?!\w))|{yearw}(?!\w))"

RULES: tuple[Rule, ...] = (
    Rule("<day> <month> <year>?",
         r"(?:(?:يوم|اليوم)\s+)?(?:ال\s?(?=\d))?(?P<day>" + _DAY + r")\.?\s*(?:من\s+)?(?:"
         r"(?:شهر|الشهر)\s+(?P<mnum>\d{1,2}|{cardinals}|{ordinals})|الشهر\s+(?P<mdir>{dir})|(?:شهر\s+)?(?P<month>{month}))(?:\.(?=\s*\d))?"
         r"(?:\s*,?\s*(?:من\s+)?(?:{year_cue}\s*)?" + _YEAR + r"(?:\s*(?P<mark>{ym})(?!\w))?)?"
         r"(?:\s+(?P<dir>{dir}))?", day_month_year, 2,
         starts='يوم اليوم ال # اول {ordinals} {cardinals}'),
    Rule("<month> <day> <year>?",
         r"(?P<month>{month})\s*(?P<day>\d{1,2}(?!\d)|{numphrase})"
         r"(?:\s*,\s*(?P<year>\d{4}|{numphrase}))?", month_day_year, 1,
         starts='{months_in_context}'),
    Rule("<month> <year>?",
         r"(?:(?P<shahr>شهر|الشهر)\s+(?P<mnum>\d{1,2}(?!\d)|{cardinals}|{ordinals})"
         r"|(?:(?P<this>هذا|هذه)\s+)?(?:(?P<shahr2>شهر)\s+)?(?P<month>{month}))"
         r"(?:\s*,?\s*(?:من\s+)?(?:{year_cue}\s*)?" + _YEAR + r"(?:\s*(?P<mark>{ym})(?!\w))?)?"
         r"(?:\s+(?P<dir>{dir}))?", month_year,
         starts='شهر الشهر هذا هذه {months_in_context}'),
    Rule("dd/mm/yyyy",
         r"(?P<d>\d{1,2})(?:(?P<sep>[._])|\s?(?P<sl>[/\-])\s?)(?P<m>\d{1,2})(?:(?P=sep)|\s?(?P=sl)\s?)"
         r"(?P<y>\d{4}|\d{2})(?![\d/])"
         r"(?:\s*(?P<mark>{ym})(?!\w))?", numeric_dmy, 3,
         starts='#/'),
    Rule("yyyy/mm/dd",
         r"(?P<y>\d{4})(?P<sep>[/\-._])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/])(?:\s*(?P<mark>{ym})(?!\w))?",
         numeric_ymd, 3,
         starts='#/'),
    Rule("iso timestamp",
         r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})[t ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d{1,9})?)?"
         r"(?P<tz>z|[+\-]\d{2}(?::?\d{2})?)?", iso_timestamp, 4,
         starts='#/'),
    Rule("mm/yyyy", r"(?:(?P<m>\d{1,2})[/\-.](?P<y>\d{4})|(?P<y2>\d{4})[/\-.](?P<m2>\d{1,2}))(?![\d/\-.]\d)",
         lambda m, c: numeric_month_year(_Swap(m), c),
         starts='#/'),
    Rule("dd/mm", r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/\-.])(?P<b>\d{1,2})(?![\d/\-]|\.\d)", numeric_day_month,
         starts='#/'),
    Rule("year", r"(?P<pre>" + _after_words(_YEAR_CUES_BEFORE) + r"|(?<=\d\d\d\d و)|(?<=\d\d\d\d و ))?"
                 r"(?:(?P<cue>{year_cue}|(?:ال)?موسم|(?P<hijri>العام\s+الهجري|السنه\s+الهجريه))\s+)?"
                 r"(?:(?P<y>\d{1,4})(?!\d)|(?<=[^\W\d] )(?P<yw>{yearw}|{cardinals}(?:\s+و\s*{cardinals}){1,3})(?!\w))(?:\s*(?P<mark>{ym})(?!\w))?"
                 r"(?(cue)|(?(mark)|(?(pre)|(?!))))", year_only,
         starts='# عام العام سنه السنه لعام لسنه بعام بسنه عامي موسم الموسم'),
    Rule("<year>-<year>", r"(?:(?:{year_cue}|(?:ال)?موسم|(?:ال)?فتره)\s+)?(?:من\s+)?(?P<y1>\d{4})\s*(?:-|–|/|الي|حتي)\s*(?P<y2>\d{4})(?!\d)"
                          r"(?:\s*(?P<mark>{ym})(?!\w))?",
         year_range, 2,
         starts='# عام العام سنه السنه لعام لسنه بعام بسنه عامي موسم الموسم فتره الفتره'),
    Rule("<relative day>", r"(?:(?:يوم|اليوم)\s+(?:الي\s+|الذي\s+|ال)?)?(?P<w>{rel_days})", relative_day, 1,
         starts='يوم اليوم {rel_days}'),
    Rule("<narrative day>", r"(?:صبيحه\s+)?(?P<w>{narrative})", narrative_day, 2,
         starts='صبيحه {narrative}'),
    Rule("<unit> <direction>",
         r"(?:(?P<this>هذا|هذه|ذلك|تلك|نفس|ذات)\s+)?(?:ال|لل)(?P<unit>اسبوع|شهر|عام|سنه|عقد|قرن|ربع)(?:\s+(?P<dir>{dir}))?"
         r"(?:\s+(?P<y>\d{4})(?!\d)(?!\s*{ym}))?",
         relative_period,
         starts='هذا هذه ذلك تلك نفس ذات الاسبوع الشهر العام السنه العقد القرن الربع للاسبوع للشهر للعام للسنه للعقد للقرن للربع'),
    Rule("rest of <period>", r"(?:بقيه|باقي|ما\s+تبقي\s+من|ما\s+بقي\s+من)\s+ال(?P<unit>اسبوع|شهر|عام|سنه)(?:\s+(?P<dir>{dir}))?",
         rest_of_period, 2,
         starts='بقيه باقي ما_تبقي ما_بقي'),
    Rule("throughout the <unit>", r"(?:طوال|طيله)\s+(?P<unit>اليوم|الاسبوع|الشهر|العام|السنه)(?!\s+(?:{dir}|\d))",
         throughout, 1,
         starts='طوال طيله'),
    Rule("weekend", r"(?:(?P<rest>عطله|عطل)\s+(?:نهايه\s+)?|نهايه\s+)(?:(?P<this>هذا)\s+)?(?:ال)?اسبوع(?:\s+(?P<dir>{dir}))?",
         weekend, 2,
         starts='عطله عطل نهايه'),
    Rule("<n> <units> next", r"(?:(?P<n>\d+|{cardinals})\s+)?(?P<unit>(?:ال)?(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|عقود|"
                            r"ساعات|دقائق|ساعتين|يومين|اسبوعين|شهرين|عامين|سنتين|عقدين))(?:\s+(?P<n2>{cardinals}|ال\s?\d{1,3}))?"
                            r"(?:\s+القليله)?\s+(?P<dir>القادمه|المقبله|الماضيه|الاخيره|الماضيين|المقبلين|القادمين|الاخيرين|الفائته|المنصرمه|السابقه|السابقين|القادمتين|المقبلتين|الماضيتين|الاخيرتين)",
         next_n_units, 2,
         starts='#_ {cardinals} ساعات الساعات دقائق الدقائق ساعتين الساعتين ايام اسابيع اشهر شهور سنوات اعوام عقود يومين اسبوعين شهرين عامين سنتين عقدين الايام الاسابيع الاشهر الشهور السنوات الاعوام العقود اليومين الاسبوعين الشهرين العامين السنتين العقدين'),
    Rule("last <n> <units>", r"اخر\s+(?:(?P<n>\d{1,3}|{cardinals})\s+(?P<unit>يوم|ايام|اسبوع|اسابيع|شهر|اشهر|شهور|سنه|سنوات|عام|اعوام|ساعه|ساعات|دقيقه|دقائق)"
                             r"|(?P<unit2>يومين|اسبوعين|شهرين|عامين|سنتين|ساعتين))",
         lambda m, c: last_n_units(_Swap(m), c), 1,
         starts='اخر'),
    Rule("<weekday>", r"(?:(?P<this>هذا|هذه)\s+(?=(?:يوم\s+)?{weekdays}))?(?:(?:يوم|نهار)\s+(?:(?P<wdb>{weekdays_bare})|(?P<wd>{weekdays}))|(?P<wd2>{weekdays})|(?P<wdb2>{weekdays_bare})(?=\s+(?:من\s+)?(?:هذا\s+)?ال?اسبوع))"
                      r"(?:\s+(?P<ord>(?:{ordinals})(?:\s+عشر\w*)?|الاخير)(?=\s*(?:من|في|ب|$|[^\w\s])|\s+\w+\s))?(?:\s+(?P<dir>{dir}))?",
         lambda m, c: weekday(_Weekday(m), c),
         starts='هذا هذه يوم نهار {weekdays} {weekdays_bare}'),
    Rule("<nth> <weekday>", r"(?P<ord>{ordinals}|اخر)\s+(?:يوم\s+)?(?:(?P<wd>{weekdays})|(?P<wdb>{weekdays_bare})"
                            r"(?=\s+(?:من|في|ب|بعد|قبل)))",
         nth_weekday, 1,
         starts='اخر {ordinals}'),
    Rule("<nth> day of", r"(?:اليوم\s+(?P<o1>{ordinals}|الاخير)|(?P<o2>{ordinals}|اخر)\s+يوم)(?=\s+(?:من|في|ب))", nth_day,
         starts='اليوم اخر {ordinals}'),
    Rule("<nth> week of", r"(?:(?P<o1>{ordinals}|اخر)\s+اسبوع|الاسبوع\s+(?P<o2>{ordinals}|الاخير))(?=\s+(?:من|في|ب))",
         nth_week, 1,
         starts='الاسبوع اخر {ordinals}'),
    Rule("<part of day>", r"(?:(?P<this>هذا|هذه)\s+)?(?P<p>{day_parts})"
                          r"(?:(?<=الليله)\s+(?P<past>الماضيه|الفائته|المنصرمه))?", day_part,
         starts='هذا هذه {day_parts}'),
    Rule("hh:mm", r"(?:(?P<cue>الساعه|عند|تمام)\s+(?:الساعه\s+)?)?(?P<h>\d{1,2})(?P<sep>[:.])(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)"
                  r"(?:\s*(?P<ampm>ص|م)(?!\w))?"
                  r"|(?:الساعه\s+|(?=\d{4}\s*(?:ب?توقيت|بالتوقيت|ت\s?\.\s?غ(?!\w)|gmt|utc|[جغ]رينتش))"
                  r"|(?<![\d.,/:])(?=\d{3,4}\s+(?:{day_parts})(?!\w)))"
                  r"(?P<h2>[01]?\d|2[0-3])(?P<mi2>[0-5]\d)(?!\d)",
         lambda m, c: clock_digits(_Swap(m), c), 1,
         starts='# الساعه عند تمام'),
    Rule("first <n> months", r"(?:(?:ال)?(?:اشهر|شهور)\s+(?P<n>{cardinals})\s+(?P<which>الاولي|الاخيره)"
                             r"|(?P<which2>اول|اخر)\s+(?P<n2>{cardinals}|\d{1,2})\s+(?:اشهر|شهور))"
                             r"(?P<this_year>\s+من\s+(?:العام|السنه)(?!\s+(?:{dir}|\S*\d)))?",
         lambda m, c: first_months(_Swap(m), c), 3,
         starts='اشهر الاشهر شهور الشهور اول اخر'),
    Rule("<first|last n> <units>",
         r"(?:(?:ال)?(?P<unit>ايام|اسابيع)\s+(?P<n>{cardinals}|ال\s?\d{1,2})\s+(?P<which>الاولي|الاول|الاخيره|الاواخر)"
         r"|(?P<unit2>اليومين|الاسبوعين)\s+(?P<which2>الاولين|الاخيرين)"
         r"|(?P<which3>اول|اخر)\s+(?P<n3>{cardinals}|\d{1,2})\s+(?P<unit3>ايام|اسابيع|يوما|اسبوعا))"
         r"(?:\s+(?:من|في)\s+ال(?P<bare>شهر|عام|سنه|اسبوع)(?!\s+(?:{dir}|\d|نفس|ذات|ذاته|نفسه)))?"
         r"(?(bare)|(?=\s+(?:من|في)\s))",
         slice_of_period, 3,
         starts='ايام الايام اسابيع الاسابيع اليومين الاسبوعين اول اخر'),
    Rule("<the period>", r"(?<=(?:من|في) )ال(?P<unit>شهر|عام|سنه)(?!\s+(?:{dir}|\d|نفس|ذات|ذاته|نفسه|ال))",
         the_period,
         starts='الشهر العام السنه'),
    Rule("<fuzzy> <this period>", r"(?P<f>{fuzzy})\s+(?:ال)(?P<unit>اسبوع|شهر|عام|سنه)(?!\s+(?:{dir}|\d))",
         fuzzy_this_period, 1,
         starts='{fuzzy}'),
    Rule("<hour> و <minutes>",
         r"(?P<pre>" + _after_words(_CLOCK_CUES_BEFORE) + r")?"
         r"(?:(?P<cue>الساعه|عند\s+الساعه|تمام\s+الساعه)\s+)?(?P<h>\d{1,2}(?![\d:]|\.\d)|{ordinals}|{cardinals})"
         r"(?:\s+و\s*(?:ال)?(?P<frac>ربع|نصف|نص|ثلث)|\s*و\s*(?P<mi>\d{1,2}|{cardphrase})(?:\s+(?P<unit>دقيقه|دقائق))?)?"
         r"(?:\s+(?:الا)\s+(?P<less>ربعا?|ثلثا?|\d{1,2}(?:\s+دقيقه|\s+دقائق)?|{cardinals}(?:\s+دقائق|\s+دقيقه)?))?"
         r"(?P<after>(?=\s+(?:في\s+|هذا\s+|هذه\s+)?{day_parts}))?"
         r"(?(cue)|(?(frac)|(?(mi)|(?(less)|(?(after)|(?(pre)|(?!)))))))",
         clock_words,
         starts='#_ الساعه عند تمام {ordinals} {cardinals}'),
    Rule("<amount> <unit>",
         r"(?:(?P<pre>منذ|قبل|بعد|خلال|غضون|طوال|لمده|مده|طيله|مدى|مدار)\s+)?"
         r"(?:(?P<approx>{approx}|اكثر\s+من|اقل\s+من)\s+)?"
         r"(?:(?P<n>\d+(?:\.\d+)?|{cardphrase}|بضعه|بضع|عده|نصف|نص|ربع)\s+)?(?P<the>ال(?=ساعه|دقيقه))?(?P<unit>{units})"
         r"(?:\s+و\s*(?P<frac>نصف|ربع|ثلث))?(?:\s+(?P<tail>كامله|كامل|تقريبا|مضت|خلت|مضي|مضين))?"
         r"(?P<ntail>\s+{narrative_tails})?",
         amount_unit,
         starts='# منذ قبل بعد خلال غضون طوال لمده مده طيله مدي مدار بضعه بضع عده نصف نص ربع اكثر اقل {approx} {units} {ordinals} {cardinals}'),
    Rule("<decade>", r"(?:(?:عقد|حقبه|فتره)\s+)?(?P<dec>{decades})(?:\s+(?:من\s+)?القرن\s+(?P<cent>الماضي|الحالي|العشرين|الحادي\s+والعشرين|\d{1,2}|{ordinals}))?",
         decade,
         starts='عقد حقبه فتره {decades}'),
    Rule("<century>", r"القرن\s+(?:ال)?(?P<c>\d{1,2}|(?:{ordinals}|{cardinals})(?:\s+و\s*العشرين|\s+عشر)?)(?:\s+(?:الميلادي|للميلاد))?", century,
         starts='القرن'),
    Rule("<season>", r"(?:(?P<this>هذا|هذه)\s+)?(?:(?P<fasl>فصل)\s+)?(?P<s>{seasons})(?:\s+(?:(?:عام|العام|سنه)\s+)?(?P<y>\d{4})|\s+(?P<dir>{dir})"
                 r"|\s+(?:العام|السنه)\s+(?P<ydir>{dir}))?", season,
         starts='هذا هذه فصل {seasons}'),
    Rule("<quarter>", r"(?:ال)?ربع\s+(?P<q>الاول|الثاني|الثالث|الرابع|الاخير)(?:\s+(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>\d{4}))?",
         quarter, 1,
         starts='ربع الربع'),
    Rule("<half>", r"النصف\s+(?P<h>الاول|الثاني)(?:\s+(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>\d{4}))?", half,
         starts='النصف'),
    Rule("<holiday>", r"(?:(?P<nth>{ordinals})\s+ايام\s+)?(?P<h>{holidays})(?:\s+(?P<dir>{dir}))?"
                      r"(?:\s+(?:لعام|عام|سنه)?\s*(?P<y>\d{4})(?:\s*(?P<mark>{ym})(?!\w))?)?",
         holiday, 1,
         starts='{holidays} {ordinals}'),
    Rule("<ten days> of <month>", r"العشر\s+(?P<which>الاواخر|الاخيره|الاوائل|الاولي|الاول|الاواسط|الوسطي)\s+(?:من\s+)?"
                                  r"(?:شهر\s+)?(?P<month>{month})(?:\s+(?P<y>\d{3,4})(?:\s*(?P<mark>{ym})(?!\w))?)?",
         ten_days, 2,
         starts='العشر'),
    Rule("<happening>", r"(?P<head>{happening_heads})\s+(?P<t>(?P<day>\d{1,2}|{numphrase})\s+(?:من\s+)?(?:شهر\s+)?"
                        r"(?P<month>{month}))", happening, 3,
         starts='{happening_heads}', sealed=True),
    Rule("<noun> <year>", r"(?<=[^\W\d_] )(?P<y>\d{4})(?![\d.,/\-])", noun_year,
         starts='#_'),
    Rule("<hijri year>", r"(?:العام|السنه)\s+(?:الهجري|الهجريه)\s+(?P<y>\d{3,4})", hijri_year, 2,
         starts='العام السنه'),
    Rule("<day>-<day> <month>",
         r"(?P<d1>\d{1,2}|{numphrase})\s*(?P<to>-|الى|حتى|وحتى|ل|و)\s*(?P<d2>\d{1,2}|{numphrase})\s*(?:من\s+)?"
         r"(?:(?:شهر\s+)?(?P<month>{month})|الشهر\s+(?P<mord>{ordinals}))"
         r"(?:\s*,?\s*(?:{year_cue}\s*)?(?P<year>\d{4}))?", day_range_month, 3,
         starts='# {ordinals} {cardinals}'),
    Rule("<month> <day>-<day>", r"(?P<month>{month})\s+(?P<d1>\d{1,2})\s*(?P<to>-|الى|حتى)\s*(?P<d2>\d{1,2})(?!\d)",
         lambda m, c: day_range_month(_NoYear(m), c), 3,
         starts='{months_in_context}'),
    Rule("every <weekday|unit>",
         r"(?:كل\s+(?:(?:يوم|نهار)\s+)?(?:(?P<wd>{weekdays})|(?P<wdb>{weekdays_bare}))"
         r"|كل\s+(?P<part>صباح|مساء|ليله|ظهر)"
         r"|كل\s+(?:(?P<n>\d+|{cardinals})\s+)?(?P<unit>يومين|ساعتين|اسبوعين|شهرين|عامين|سنتين|يوم|اسبوع|شهر|عام|سنه|ساعه|ايام|ساعات|اسابيع|اشهر|سنوات|دقيقه|دقائق)"
         r"|(?P<adv>يوميا|اسبوعيا|شهريا|سنويا))", recurring, 1,
         starts='كل يوميا اسبوعيا شهريا سنويا'),
    Rule("every <weekday> (generic)",
         r"(?:ايام\s+(?P<wd>{weekdays})|(?:(?:يوم|ايام)\s+)?(?P<wd2>{weekdays})\s+من\s+كل\s+اسبوع)",
         lambda m, c: habitual_weekday(_Weekday(m), c), 2,
         starts='ايام يوم {weekdays}'),
    Rule("<vague>", r"(?P<v>{vague})", vague,
         starts='{vague}'),
    Rule("<fuzzy part>", r"(?P<f>{fuzzy})", fuzzy_marker,
         starts='{fuzzy}'),
    Rule("<approx>", r"(?P<a>{approx})", approx_marker,
         starts='{approx}'),
    Rule("<since|until>", r"(?P<w>منذ|حتى)(?=\s)", since_marker, -1,
         starts='منذ حتى'),
    Rule("<time zone>", r"(?:ب|حسب\s+|بال)?توقيت\s+(?P<z>gmt|utc|غرينتش|جرينتش|\w+)(?:\s+المكرمه)?(?:\s+المحلي)?"
                        r"|(?P<z2>gmt|utc|ت\s?\.\s?غ(?!\w))", timezone,
         starts='توقيت بتوقيت بالتوقيت حسب gmt utc ت'),
)


class _Swap:
    """Expose the month/year groups of the two mm/yyyy orders under one name."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str | None:
        return self._m[key] or self._m.groupdict().get(key + "2")

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


class _NoYear(_Swap):
    def __getitem__(self, key: str) -> str | None:
        if key in ("year", "mord"):
            return None
        return self._m[key]


class _Weekday(_Swap):
    def __getitem__(self, key: str) -> str | None:
        if key in ("wd", "wdb"):
            return self._m[key] or self._m[key + "2"]
        return self._m[key]
