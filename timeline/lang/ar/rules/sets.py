"""Recurring times: كل يوم, أسبوعياً, أيام الجمعة.

Examples for every rule here live in ``sets.yaml`` beside this file.
"""

from __future__ import annotations

import re

from timeline._programs import kept
from timeline.lang.ar.rules.common import Ctx, Rule, _unit_of, _Weekday, _month, _num
from timeline.semantics import Recurring

__all__ = ["RULES"]


def recurring(m: re.Match[str], c: Ctx) -> object:
    if m["wd"] or m["wdb"] or m["wd3"]:
        wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"] or m["wd3"])
        part = c.lex.lookup("day_parts", m["part"] or m["part2"]) if m["part"] or m["part2"] else None
        # "كل مساء سبت", "كل يوم جمعة صباحاً"
        return Recurring(f"XXXX-WXX-{wd}" + (f"T{part.token}" if part else "")) if wd else None
    if m["part"]:
        part = c.lex.lookup("day_parts", m["part"])
        return Recurring(f"XXXX-XX-XXT{part.token}") if part else None
    if m["adv"]:
        if m["half"]:  # "نصف سنوياً": twice a year
            return Recurring("P6M") if m["adv"] == "سنويا" else None
        return Recurring({"يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "فصليا": "P3M", "سنويا": "P1Y"}[m["adv"]])
    unit, count = c.lex.lookup("units", m["unit"]) or (None, None)
    if m["frac"]:  # "كل نصف ساعة", "مرة كل ربع ساعة", "كل ربع سنة": the fraction of one unit, as durations write it
        if unit not in _ISO_UNITS or count != 1:
            return None
        return Recurring(("PT" if unit in _CLOCK_UNITS else "P") + _ISO_UNITS[unit].format(n="0.5" if m["frac"] == "نصف" else "0.25"))
    n = _num(c, m["n"]) if m["n"] else count
    if m["part2"]:  # "كل يوم صباحاً": that part of every day; not "كل ساعة ليلاً"
        part = c.lex.lookup("day_parts", m["part2"])
        return Recurring(f"XXXX-XX-XXT{part.token}") if part and unit == "day" and n == 1 and not m["n"] else None
    if unit not in _ISO_UNITS or not n or (m["n"] and count == 2) or (not m["n"] and count is None):
        return None  # "كل ثلاثة أيام", "كل 72 ساعة", "كل يومين"; not "كل أيام", "كل لحظة" (any moment)
    return Recurring(("PT" if unit in _CLOCK_UNITS else "P") + _ISO_UNITS[unit].format(n=n))


_MANNER_UNITS = {"يومي": "P1D", "اسبوعي": "P1W", "شهري": "P1M", "فصلي": "P3M", "سنوي": "P1Y"}


def in_a_periodic_manner(m: re.Match[str], c: Ctx) -> object:
    """"بشكل يومي", "بصورة شهرية": the adverb's set, as "يومياً", "شهرياً" (news58)."""
    return Recurring(_MANNER_UNITS[m["adj"]])


_WORD_BEFORE = kept(r"(\S+)\s+$")
_ISO_UNITS = {"minute": "{n}M", "hour": "{n}H", "day": "{n}D", "week": "{n}W", "month": "{n}M",
              "year": "{n}Y"}  # not "كل عقد" (every contract), "كل لحظة" (any moment)
_CLOCK_UNITS = ("minute", "hour")


def part_of_every_day(m: re.Match[str], c: Ctx) -> object:
    """"مساء كل خميس", "صباح كل يوم": that part of every such day, a set; not when the part
    goes with an hour before it ("الواحدة ظهر كل جمعة": the set starts at كل)."""
    before = _WORD_BEFORE.search(c.before(m.start(), 14))
    if before is not None and (before[1][:1].isdigit() or before[1] in ("من", "عشر", "عشره")
                               or c.lex.lookup("ordinals", before[1]) is not None
                               or c.lex.lookup("cardinals", before[1]) is not None):
        return None
    part = c.lex.lookup("day_parts", m["p"])
    if part is None:
        return None
    if m["wd"] or m["wdb"]:
        wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"])
        return Recurring(f"XXXX-WXX-{wd}T{part.token}") if wd else None
    return Recurring(f"XXXX-XX-XXT{part.token}")


def every_month(m: re.Match[str], c: Ctx) -> object:
    """"كل يوليو (تموز)": that month of every year, a set (Gregorian months only)."""
    mn = _month(c, m["mon"])
    return Recurring(f"XXXX-{mn.month:02d}") if mn is not None and mn.calendar == "gregorian" else None


def every_season(m: re.Match[str], c: Ctx) -> object:
    """"كل ربيع", "في كل شتاء": that season of every year, a set."""
    token = c.lex.lookup("seasons", m["s"])
    return Recurring(f"XXXX-{token}") if token else None


def day_of_every_month(m: re.Match[str], c: Ctx) -> object:
    """"الأول من كل شهر", "يوم 15 من كل شهر": that day of every month, a set; not an ordinal counting
    another unit ("الأسبوع الأول من كل شهر": a week)."""
    if not m["d"][:1].isdigit() and _unit_of(c, c.before(m.start(), 12).rstrip().rpartition(" ")[2]) not in (None, "day"):
        return None
    day = _num(c, m["d"])
    return Recurring(f"XXXX-XX-{day:02d}") if day and day <= 31 else None


def nth_weekday_of_every_month(m: re.Match[str], c: Ctx) -> object:
    """"أول جمعة من كل شهر", "الأحد الأخير من كل شهر": a weekday counted in every month, a set of every
    month (TIMEX3 has no value for the nth weekday of each month; never one date, nor every such weekday)."""
    word = m["ord"] or m["ord2"]
    if word.removeprefix("ال") in ("اخر", "اخير", "اخيره"):
        return Recurring("P1M")
    n = _num(c, word)
    return Recurring("P1M") if n and n <= 5 else None


def habitual_weekday(m: re.Match[str], c: Ctx) -> object:
    """"أيام الجمعة", "يوم الجمعة من كل أسبوع": every such weekday, a set."""
    wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"])
    return Recurring(f"XXXX-WXX-{wd}") if wd else None


def weekdays_plural(m: re.Match[str], c: Ctx) -> object:
    """"أيام الآحاد", "أيام الجمع": a weekday's broken plural (weekdays.yaml), every such day."""
    wd = c.lex.lookup("weekday_plurals", m["wdp"])
    return Recurring(f"XXXX-WXX-{wd}") if wd else None


_PER_UNIT = {"يوم": "P1D", "اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y", "ساعه": "PT1H"}


def times_per_unit(m: re.Match[str], c: Ctx) -> object:
    """"مرتين في الشهر", "ثلاث مرات في الأسبوع", "مرة واحدة في العام": a set of that unit (how many
    times is its frequency, which the value does not carry); not "لأول مرة في الشهر", "آخر مرة في
    الأسبوع": one time counted in that one period, no set."""
    if _NTH_TIME.search(c.before(m.start(), 12)):
        return None
    return Recurring(_PER_UNIT[m["unit"]])


_NTH_TIME = kept(r"(?<!\w)[لو]?(?:اول|اخر)\s+$")  # folded: "لأول مرة", "آخر مرة"


def rest_day(m: re.Match[str], c: Ctx) -> object:
    """"العطلة الأسبوعية يومي الجمعة والسبت", "الجمعة عطلة أسبوعية": the weekly rest day, a set
    (the first weekday named), never one specific Friday. Without "أسبوعية" the day may be
    one ("أزمات مرورية في عطلة السبت" is the coming Saturday; "الخميس عطلة رسمية" a holiday)."""
    return habitual_weekday(_Weekday(m), c)


RULES: tuple[Rule, ...] = (
    Rule("every <weekday|unit>",
         r"(?:كل\s+(?:(?:يوم|نهار)\s+)?(?:(?P<wd>{weekdays})|(?P<wdb>{weekdays_bare}))"
         r"|كل\s+(?P<part>صباح|مساء|ليله|ظهر|فجر)(?:\s+(?:يوم\s+)?(?P<wd3>{weekdays_bare}))?"
         r"|كل\s+(?:(?P<n>\d+|{cardinals})\s+|(?P<frac>نصف|ربع)\s+)?(?P<unit>{units})"
         r"|(?:(?P<half>نصف)\s+)?(?P<adv>يوميا|اسبوعيا|شهريا|فصليا|سنويا))"
         r"(?(adv)|(?(part)|(?:(?(wd)|(?(wdb)|(?<=كل يوم)))\s+(?P<part2>{day_parts})(?=\s*(?:$|[^\w\s]|و)))?))", recurring, 1,
         starts='كل نصف يوميا اسبوعيا شهريا فصليا سنويا'),
    # "in a daily manner": "بشكل يومي", "بصورة أسبوعية", "بشكل شبه يومي" (almost daily) (relative.yaml manner_openers;
    # not "بشكل دوري": no period told)
    Rule("in a <daily> manner", r"{manner_openers}\s+(?:شبه\s+)?(?P<adj>يومي|اسبوعي|شهري|فصلي|سنوي)(?:ه)?(?!\w)", in_a_periodic_manner, 1,
         starts='{manner_openers}'),
    # "كل يوليو", "كل شهر مارس": that month of every year; not a Hijri month ("كل رمضان": no Gregorian set)
    Rule("every <month>", r"كل\s+(?:شهر\s+)?(?P<mon>{month_alone})(?!\s*(?:\d|{dir}|الحالي|الجاري))",
         every_month, 2,
         starts='كل'),
    # "كل ربيع", "كل شتاء": that season of every year (recog49); not "كل الصيف" (the whole summer), nor a season
    # with a year or a direction after it ("كل صيف 2015")
    Rule("every <season>", r"كل\s+(?!ال)(?P<s>{seasons})(?!\s*(?:\d|{dir}|الحالي|الجاري|عام|العام|سنه))",
         every_season, 2,
         starts='كل'),
    # "طيلة أيام الأسبوع", "طوال أيام الأسبوع": all the days of the week, every day (opening hours, a habit)
    Rule("all days of the week", r"(?:طيله|طوال)\s+ايام\s+الاسبوع(?!\s+(?:{dir}|الحالي|الجاري))",
         lambda m, c: Recurring("P1D"), 2,
         starts='طيله طوال'),
    Rule("<part> of every <weekday|day>",
         r"(?P<p>صباح|مساء|ليله|ظهر|عصر|فجر)\s+كل\s+(?:(?:(?:يوم|نهار)\s+)?(?:(?P<wd>{weekdays})|(?P<wdb>{weekdays_bare}))|يوم|نهار)",
         part_of_every_day, 1,
         starts='صباح مساء ليله ظهر عصر فجر'),
    Rule("<day> of every month", r"(?P<d>\d{1,2}|{numphrase})\s+من\s+كل\s+شهر(?!\s+(?:{months}))",
         day_of_every_month, 2,
         starts='#_ {ordinals}', follows='من'),
    # longer than "<nth> <weekday>" + "كل شهر" (one wrong date) and "<day> of every month" ("الأولى من كل شهر",
    # the first day): the whole of "الجمعة الأولى من كل شهر" (gen59)
    Rule("<nth> <weekday> of every month",
         r"(?:(?P<ord>{ordinals}|اخر)\s+(?:يوم\s+)?(?:{weekdays}|{weekdays_bare})"
         r"|(?:يوم\s+)?{weekdays}\s+(?P<ord2>{ordinals}|الاخير|الاخيره))\s+من\s+كل\s+شهر(?!\s+(?:{months}))",
         nth_weekday_of_every_month, 2,
         starts='اخر يوم {ordinals} {weekdays}'),
    Rule("every <weekday> (generic)",
         r"(?:ايام\s+(?P<wd>{weekdays})|(?:(?:يوم|ايام)\s+)?(?P<wd2>{weekdays})\s+من\s+كل\s+اسبوع)",
         lambda m, c: habitual_weekday(_Weekday(m), c), 2,
         starts='ايام يوم {weekdays}'),
    Rule("every <weekday> (plural)", r"ايام\s+(?P<wdp>{weekday_plurals})", weekdays_plural, 2, starts='ايام'),
    # not "مرتين في العام الماضي" (twice, last year), "مرة في اليوم الأول", "في اليوم الذي": a unit with a word
    # of its own after it is a date; "الواحد" says every one
    Rule("<n> times a <unit>",
         r"(?:مره(?:\s+واحده)?|مرتين|مرتان|(?:\d{1,2}|{cardinals}|عده|بضع)\s+مرات)\s+في\s+"
         r"ال(?P<unit>يوم|اسبوع|شهر|عام|سنه|ساعه)(?:\s+الواحد(?:ه)?)?(?!\w|\s+(?:ال|\d))",
         times_per_unit, 2,
         starts='مره مرتين مرتان عده بضع # {cardinals}', follows='مرات'),
    # a weekday left out of a rule or a schedule (after relative.yaml's except_words): every such day, never one
    # ("يمنع التدخين باستثناء الجمعة", "تفتح المكاتب طوال الأسبوع ما عدا يوم الجمعة"; news46)
    Rule("except <weekday>",
         r"{behind_except_words}(?:(?:يوم|ايام)\s+)?(?P<wd>{weekdays})(?!\s+(?:{dir}|الحالي|الجاري|\d))",
         lambda m, c: habitual_weekday(_Weekday(m), c), 3,
         starts='يوم ايام {weekdays}'),
    Rule("weekly rest <weekday>",
         r"(?:(?:ال)?(?:عطله|اجازه)\s+(?:ال)?اسبوعيه\s+(?:(?:يوم|يومي|ايام)\s+)?(?P<wd>{weekdays})"
         r"(?:\s+و\s*{weekdays})?"
         r"|(?:(?:يوم|يومي|ايام)\s+)?(?P<wd2>{weekdays})(?:\s+و\s*{weekdays})?\s+(?:يوم\s+)?(?:عطله|اجازه)"
         r"\s+(?:اسبوعيه|نهايه\s+الاسبوع))",
         rest_day, 3,
         starts='عطله العطله اجازه الاجازه يوم يومي ايام {weekdays}'),
)
