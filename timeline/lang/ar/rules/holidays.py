"""Feasts and Hijri periods: عيد الفطر, العشر الأواخر من رمضان, العام الهجري 1444.

Examples for every rule here live in ``holidays.yaml`` beside this file.
"""

from __future__ import annotations

import re

from timeline._programs import kept
from timeline.lang.ar.rules.common import Ctx, Rule, _NEXT_WORD, _calendar, _direction, _month, _num, _year
from timeline.normalize import fold_letters
from timeline.semantics import Part, Slice, When

__all__ = ["RULES"]


_HOLIDAY_CUE = kept(fold_letters(
    r"(?<!\w)(?:عطلة|عطل|إجازة|اجازة|أيام|صلاة|ليلة|صبيحة|قبل|بعد|خلال|منذ|حتى|أول|ثاني|ثالث|رابع"
    r"|(?:اليوم|يوم)\s+(?:الأول|الثاني|الثالث|الرابع)\s+من)\s+$"))  # "اليوم الثالث من العيد": that feast


def holiday(m: re.Match[str], c: Ctx) -> object:
    h = c.lex.lookup("holidays", m["h"])
    if h is None:
        return None
    if h.needs_context and not (m["nth"] or m["day"] or m["after"]) and not _HOLIDAY_CUE.search(c.before(m.start(), 20)):
        return None  # "العيد الوطني", "احتفالات العيد": which feast is not said ("يوم العيد" says it)
    nxt = _NEXT_WORD.match(c.text, m.end())
    if h.needs_context and nxt is not None and nxt.group(1) in c.lex.named_day_words:
        return None  # "يوم العيد الوطني", "إجازة العيد الوطني": another feast
    nth = _num(c, m["nth"]) if m["nth"] else 2 if m["after"] else None  # "غداة العيد": the day after its first
    year = int(m["y"]) if m["y"] else None
    hijri_year = year is not None and (_calendar(c, m["mark"], "") == "hijri" or (not m["mark"] and 1300 <= year <= 1500))
    return When(holiday=h, year=year, holiday_day=nth, calendar="hijri" if hijri_year else "gregorian",
                direction=_direction(c, m["dir"]),  # with a year: which of two feasts in it
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
    # a part of the month, placed once the month is (both ends in the same one)
    return Part(When(calendar=cal, year=year, month=mn.month, direction=_direction(c, m["dir"])), Slice("day", first, 0 if last < 0 else last - first + 1))


def hijri_year(m: re.Match[str], c: Ctx) -> object:
    return When(calendar="hijri", year=int(m["y"]))


RULES: tuple[Rule, ...] = (
    Rule("<holiday>", r"(?:(?P<nth>{ordinals})\s+ايام\s+|(?P<day>يوم)\s+|(?P<after>غداه)\s+)?(?P<h>{holidays})(?:\s+(?P<dir>{dir})(?!\s+ال(?:عام|سنه)(?!\w)))?"
                      r"(?:\s+(?:لعام|عام|سنه)?\s*(?P<y>\d{4})(?:\s*(?P<mark>{ym})(?!\w))?)?",
         holiday, 1,
         starts='{holidays} {ordinals} يوم غداه', follows='ايام'),
    Rule("<ten days> of <month>", r"العشر\s+(?P<which>الاواخر|الاخيره|الاوائل|الاولي|الاول|الاواسط|الوسطي)\s+(?:من\s+)?"
                                  r"(?:شهر\s+)?(?P<month>{month})(?:\s+(?P<y>\d{3,4})(?:\s*(?P<mark>{ym})(?!\w))?|\s+(?P<dir>{dir}))?",
         ten_days, 2,
         starts='العشر'),
    Rule("<hijri year>", r"(?:العام|السنه)\s+(?:الهجري|الهجريه)(?:\s+الجديده?)?\s+(?P<y>\d{3,4})", hijri_year, 2,  # "العام الهجري الجديد 1444"
         starts='العام السنه'),
)
