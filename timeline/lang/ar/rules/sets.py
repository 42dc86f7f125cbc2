"""Recurring times: كل يوم, أسبوعياً, أيام الجمعة.

Examples for every rule here live in ``sets.yaml`` beside this file.
"""

from __future__ import annotations

import re

from timeline.lang.ar.rules.common import Ctx, Rule, _Weekday, _num
from timeline.semantics import Recurring

__all__ = ["RULES"]


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


def rest_day(m: re.Match[str], c: Ctx) -> object:
    """"العطلة الأسبوعية يومي الجمعة والسبت", "الجمعة عطلة أسبوعية": the weekly rest day, a set
    (the first weekday named), never one specific Friday. Without "أسبوعية" the day may be
    one ("أزمات مرورية في عطلة السبت" is the coming Saturday; "الخميس عطلة رسمية" a holiday)."""
    return habitual_weekday(_Weekday(m), c)


RULES: tuple[Rule, ...] = (
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
    Rule("weekly rest <weekday>",
         r"(?:(?:ال)?(?:عطله|اجازه)\s+(?:ال)?اسبوعيه\s+(?:(?:يوم|يومي|ايام)\s+)?(?P<wd>{weekdays})"
         r"(?:\s+و\s*{weekdays})?"
         r"|(?:(?:يوم|يومي|ايام)\s+)?(?P<wd2>{weekdays})(?:\s+و\s*{weekdays})?\s+(?:يوم\s+)?(?:عطله|اجازه)"
         r"\s+(?:اسبوعيه|نهايه\s+الاسبوع))",
         rest_day, 3,
         starts='عطله العطله اجازه الاجازه يوم يومي ايام {weekdays}'),
)
