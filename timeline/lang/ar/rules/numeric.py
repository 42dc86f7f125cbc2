"""Dates written in digits with separators: 25/1/2022, 2021-11-30, ISO timestamps, 3/2015,
21/09.

Examples for every rule here live in ``numeric.yaml`` beside this file.
"""

from __future__ import annotations

import functools
import re

from timeline._programs import kept
from timeline.lang.ar.rules.common import Ctx, Rule, _Swap, _amount_at, _calendar, _year
from timeline.lexicon import clitic_prefixes
from timeline.semantics import When

_CONJ = clitic_prefixes().conjunction  # [وف]
_CONJ_BL = clitic_prefixes().conjunction_or("بل")  # [وفبل]

__all__ = ["RULES"]


def _numeric_calendar(c: Ctx, mark: str | None, year: int | None) -> str:
    """The calendar of a numeric date: its mark, else Hijri for years 1300–1500 (no
    Gregorian date in the news has them; Saudi papers write "21/10/1436" without هـ). A Hijri
    mark after a year no Hijri date in the news can have, a Gregorian one (1800–2100), is a slip:
    "يوم 12 / 8 / 2015هـ" is 12 August 2015."""
    if mark:
        cal = _calendar(c, mark, "gregorian")
        return "gregorian" if cal == "hijri" and year is not None and 1800 <= year <= 2100 else cal
    return "hijri" if year is not None and 1300 <= year <= 1500 else "gregorian"


def numeric_dmy(m: re.Match[str], c: Ctx) -> object:
    d, mo, y = int(m["d"]), int(m["m"]), _year(c, m["y"])
    if mo > 12 and 1 <= d <= 12:
        d, mo = mo, d  # "4/22/2017": month first, as only a month can be (the order of 21/09 read both ways)
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
    """"3/2015", "2015/3"; a Hijri year by its mark or its number ("1435/7هـ": Rajab 1435)."""
    mo, y = int(m["m"]), int(m["y"])
    cal = _numeric_calendar(c, m["mark"], y)
    if not 1 <= mo <= 12 or not (1300 <= y <= 1500 if cal == "hijri" else 1800 <= y <= 2100):
        return None
    return When(calendar=cal, year=y, month=mo)


_DATE_CUE = kept(r"(?:في|يوم|بتاريخ|تاريخ|الموافق|حتى|منذ|عند|ليوم|قبل|بعد)\s*$")


@functools.lru_cache(maxsize=4)
def _score_before(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of a result, a grade, a size or a number (numbers.yaml score_words) in the text before a number pair."""
    return re.compile(r"(?<!\w)(?:" + _CONJ + r"?[بل]|" + _CONJ_BL + r")?(?:" + "|".join(map(re.escape, words)) + r")")


_BRACKETED = kept(r"\(\s?$")


def numeric_day_month(m: re.Match[str], c: Ctx) -> object:
    if m["sep"] == "." and _amount_at(c, m.end()):
        return None  # "عند 7.26 في المائة", "عند 9.7 ملايين برميل"
    a, b = int(m["a"]), int(m["b"])
    cued = _DATE_CUE.search(c.before(m.start()))
    weekday = any(c.lex.lookup("weekdays", w) for w in c.before(m.start(), 24).split()[-2:])
    if m["sep"] != m["sep"].strip() and not weekday:
        return None  # a spaced slash is a score or a number ("بركلات الترجيح 5 / 4", "قرار رقم ( 52 / 30 )"), not
        # after a weekday ("يوم الأربعاء 6 /10", "يوم السبت الماضي 16 / 10")
    if m["sep"].strip() != "/" and not cued:
        return None
    if not (cued or weekday) and (_score_before(c.lex.score_words).search(c.before(m.start(), 40))
                                  or _BRACKETED.search(c.before(m.start(), 3)) and c.text[m.end():m.end() + 4].strip()[:1] in ")-–"):
        return None  # "فاز 2/1", "لهزيمته 2/1", "بنتيجة ( 3/6 – 5/7)": a score; "معدل تراكمي 4/4", "صورة شمسية 4/6",
        # "القرار رقم 3/7": a grade, a size, a number; "بتاريخ 15/7", "الأحد 17/10" are dates
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    else:
        day, month = a, b
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return When(month=month, day=day)


RULES: tuple[Rule, ...] = (
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
    Rule("mm/yyyy", r"(?:(?P<m>\d{1,2})[/\-.](?P<y>\d{4})|(?P<y2>\d{4})[/\-.](?P<m2>\d{1,2}))(?![\d/\-.]\d)"
                     r"(?:\s*(?P<mark>{ym})(?!\w))?",
         lambda m, c: numeric_month_year(_Swap(m), c),
         starts='#/'),
    Rule("dd/mm", r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/\-.]| /\s?|/ )(?P<b>\d{1,2})(?![\d/\-]|\.\d|\s?/\s?\d)", numeric_day_month,
         starts='#/'),
)
