"""Parts of another time and markers that modify a neighbour: the nth weekday, day or week
of, the first or last N units, the start, middle or end, approximately, since and until.

Examples for every rule here live in ``operators.yaml`` beside this file.
"""

from __future__ import annotations

import re

from timeline._programs import USER_CACHE, compile_all, kept
from timeline.lang.ar.rules.common import (
    Ctx, Rule, _NEXT_DEFINITE, _PERIOD_UNITS, _Swap, _direction, _month, _num, _unit_of, per_lexicon,
)
from timeline.lexicon import Lexicon, clitic_prefixes
from timeline.semantics import Marker, Part, Range, Slice, When

__all__ = ["RULES"]


def _ordinal(c: Ctx, word: str, limit: int) -> int | None:
    """An ordinal up to ``limit``; "آخر"/"الأخير" (the last) is -1."""
    if word in ("اخر", "الاخير"):
        return -1
    n = _num(c, word)
    return n if n and n <= limit else None


def nth_weekday(m: re.Match[str], c: Ctx) -> object:
    if m["ord"].endswith("ه"):
        return None  # "جولة ثانية يوم الخميس": a feminine ordinal counts the noun before it
    if m["ord"].startswith("ال") and not m["month"]:
        return None  # "لقاؤه الأول يوم الثلاثاء": the noun before is the first, on Tuesday ("أول جمعة من")
    wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"])
    n = _ordinal(c, m["ord"], 5)
    if wd is None or n is None:
        return None
    mn = _month(c, m["month"]) if m["month"] else None  # "أول أحد من محرم": a month that needs context
    if mn is None:
        return When(weekday=wd, nth=n)
    return When(calendar=mn.calendar, month=mn.month, weekday=wd, nth=n, direction=_direction(c, m["dir"]))


def nth_day(m: re.Match[str], c: Ctx) -> object:
    n = _ordinal(c, m["o1"] or m["o2"], 31)
    return None if n is None else When(day=n)


def nth_week(m: re.Match[str], c: Ctx) -> object:
    n = _ordinal(c, m["o1"] or m["o2"], 5)
    return None if n is None else When(week_nth=n)


def nth_long_unit(m: re.Match[str], c: Ctx) -> object:
    """"العقد الأول", "السنة الأخيرة": the nth decade or year of a period named after it
    (a century, a decade), a :class:`Slice`; alone it is no expression."""
    unit = "decade" if m["u"] == "العقد" else "year"
    n = _ordinal(c, m["o"].removesuffix("ه") if m["o"] == "الاخيره" else m["o"], 10)
    return None if n is None else Slice(unit, 1, from_end=True) if n < 0 else Slice(unit, n)


def first_months(m: re.Match[str], c: Ctx) -> object:
    """"الأشهر الستة الأولى": the first (or last) n months of a year named next to it."""
    n = _num(c, m["n"] or m["n3"])
    if n is None or not 1 <= n <= 11:
        return None
    if m["this_year"]:
        after = _NEXT_DEFINITE.match(c.text, m.end())
        if after is not None and after.group(1) in c.lex.other_years:
            return None  # "التسعة أشهر الأولى من العام المالي": of another year
    # "... من العام": this one; "... من 2015": that one
    year: dict[str, int] = {"rel_unit": "year", "rel_offset": 0} if m["this_year"] else {"year": int(m["yr"])} if m["yr"] else {}
    first = (m["which"] or m["which3"]) in ("الاولي", "اول")
    if not year and not first and _OF_NEXT.match(c.text, m.end()) is None:
        # no year named next to it, nor one that may join ("... من العام الماضي"): "الأشهر الثلاثة الأخيرة",
        # "آخر 3 شهور" are the months just before the anchor's, as "آخر ثلاثة أيام" are (the first ones of
        # no year stay unplaced: engine._stands_alone)
        return Range(When(rel_unit="month", rel_offset=-n), When(rel_unit="month", rel_offset=-1))
    if first:
        return Range(When(month=1, direction=0, **year), When(month=n, direction=0, **year))
    return Range(When(month=13 - n, direction=0, **year), When(month=12, direction=0, **year))


_AND_BEFORE = kept(r"(?<!\w)و$")
# a year may follow to join: "... من العام الماضي", "لعام 2014", "للسنة الحالية", "في 2014" (not "للشركة",
# "في السوق": months of no year named, the last ones before the anchor's)
_OF_NEXT = kept(r"\s+(?:(?:من|في)\s+|ل)(?:(?:هذا\s+)?(?:ال|ل)?(?:عام|سنه)(?!\w)|(?:19|20|13|14)\d\d(?!\d))")


_WORD_BEFORE = kept(r"(\w+)\s+$")


def _after_term_break(c: Ctx, start: int) -> bool:
    """Whether the word before ``start`` is one of ``term_breaks`` (relative.yaml), with a clitic or the article
    before it ("بإجازة", "والعطلة")."""
    before = _WORD_BEFORE.search(c.before(start, 20))
    if before is None:
        return False
    word = before.group(1)
    return any(word.startswith(p) and word[len(p):] in c.lex.term_breaks for p in clitic_prefixes().prefixes())


def fuzzy_this_period(m: re.Match[str], c: Ctx) -> object:
    """"منذ بداية العام": a part of the month or year the text just named, else of the current one."""
    f = c.lex.lookup("fuzzy", m["f"])
    if f is None or m["f"] == "نصف" and _AND_BEFORE.search(c.before(m.start(), 2)):
        return None  # "بعقد لموسمين ونصف العام": a half added to an amount, no mid-year
    after = _NEXT_DEFINITE.match(c.text, m.end())
    if after is not None and after.group(1) in c.lex.other_years:
        return None  # "بداية العام الدراسي", "نهاية السنة المالية": not the calendar year
    if f[0] == "MID" and m["unit"] in ("عام", "سنه") and _after_term_break(c, m.start()):
        return None  # "إجازة منتصف العام", "امتحانات منتصف السنة": the school year's half-term (gen59)
    if after is not None and m["unit"] in ("الاسبوع", "اسبوع") and c.lex.lookup("ordinals", after.group(1)[2:]) is not None:
        return None  # "نهاية الأسبوع الأول للبرنامج": a week counted in something else
    # not "بداية العام التالي" (another year) nor "منذ بداية العام" (to date: the current one)
    soft = after is None and not c.before(m.start(), 4).endswith("منذ ")
    return When(rel_unit=_PERIOD_UNITS[m["unit"]], rel_offset=0, mod=f[0], fuzzy=(f[1], f[2]), soft=soft)


def the_period(m: re.Match[str], c: Ctx) -> object:
    """"(اليوم الأخير من) العام": the month or year the text just named, else the current
    one; only as the period of a part (alone, "العام" is too often "general")."""
    return When(rel_unit=_PERIOD_UNITS[m["unit"]], rel_offset=0, soft=True)




_OF_WORD = kept(r"\s+(?:من|في)\s+(?:ال)?(\w+)")


def _period_ahead(c: Ctx, end: int) -> bool:
    """Whether "من/في" + a period follows ``end`` (a month, a unit, a feast, a year): "أول يومين
    من رمضان", not "أول يومين من افتتاحه" (the days of an event: an amount)."""
    nxt = _OF_WORD.match(c.text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word.isdigit() or word in _PERIOD_UNITS or word == "اسبوع" or c.lex.lookup("months_in_context", word) is not None \
        or any(form.split()[0] in (word, "ال" + word) for form in c.lex.holidays)


def slice_of_period(m: re.Match[str], c: Ctx) -> object:
    """"الأيام الخمسة الأولى (من الشهر)", "أول ثلاثة أسابيع", "اليومين الأخيرين", "آخر شهرين":
    the first or last units of a period (a dual of any unit of units.yaml counts two); with
    "من الشهر/العام" after it, of the one the text just named."""
    dual = m["unit2"] or m["unit4"]
    if dual and dual.startswith("ال") != bool(m["unit2"]):
        return None  # "اليومين الأولين", "أول يومين": the article only before the adjective
    unit = _unit_of(c, m["unit"] or dual or m["unit3"] or "")
    number = m["n"] or m["n3"]
    if number and number.startswith("ال"):
        number = number[2:].strip()
    n = _num(c, number) if number else 2
    which = m["which"] or m["which2"] or m["which3"] or ""
    if unit is None or not n or n > 31:
        return None
    if (m["unit2"] or m["unit4"]) and not m["bare"] and not _period_ahead(c, m.end()):
        return None  # "أول شهرين في الموسم": two months of what no rule reads, an amount
    sl = Slice(unit, 1, n, from_end=which.startswith(("الاخير", "الاواخر", "اخر")))
    if m["bare"]:
        return Part(When(rel_unit=_PERIOD_UNITS[m["bare"]], rel_offset=0, soft=True), sl)
    return sl


def fuzzy_marker(m: re.Match[str], c: Ctx) -> object:
    f = c.lex.lookup("fuzzy", m["f"])
    return Marker("fuzzy", mod=f[0], fraction=(f[1], f[2])) if f else None


def approx_marker(m: re.Match[str], c: Ctx) -> object:
    return Marker("approx", mod="APPROX")


# A clock range opened just before "حتى" ("من 6 وحتى 8 مساء", "منذ بزوغ الفجر حتى الحادية
# عشرة ليلاً"): its first end is no expression the rules know, and "حتى" alone would make the
# range start at the publication.
_OPENED_BEFORE = kept(r"(?<!\w)(?:من|منذ|بين)\s+[^\s،,؛:]+(?:\s+[^\s،,؛:]+){0,3}\s+(?:و\s*)?$")


@per_lexicon
def _clock_ahead(lex: Lexicon) -> re.Pattern[str]:
    """A clock time opening the text: "الساعة …", "8 مساء", "الحادية عشرة ليلاً" (its program kept
    between runs: ~0.005 s of each worker's first batch)."""
    return compile_all([r"\s+(?:الساعه|(?:\d{1,2}(?:[:.]\d\d)?|ال\w+ه(?:\s+عشر\w*)?)\s+" + lex.alt("day_parts")
                        + r"(?!\w))"], USER_CACHE)[0]


def since_marker(m: re.Match[str], c: Ctx) -> object:
    if m["w"] == "حتي" and _OPENED_BEFORE.search(c.before(m.start(), 40)) \
            and _clock_ahead(c.lex).match(c.text, m.end()):
        return None
    return Marker("since", mod="ON_OR_AFTER" if m["w"] == "منذ" else "ON_OR_BEFORE")


RULES: tuple[Rule, ...] = (
    Rule("<nth> <weekday>", r"(?P<ord>{ordinals}|اخر)\s+(?:يوم\s+)?(?:(?P<wd>{weekdays})|(?P<wdb>{weekdays_bare})"
                            r"(?=\s+(?:من|في|ب|بعد|قبل)))"
                            r"(?:\s+من\s+(?:شهر\s+)?(?P<month>{months_in_context})(?:\s+(?P<dir>{dir}))?)?",
         nth_weekday, 1,
         starts='اخر {ordinals}', follows='يوم {weekdays} {weekdays_bare}'),
    Rule("<nth> day of", r"(?:اليوم\s+(?P<o1>{ordinals}|الاخير)|(?P<o2>{ordinals}|اخر)\s+يوم)(?=\s+(?:من|في|ب))", nth_day,
         starts='اليوم اخر {ordinals}', follows='يوم'),
    Rule("<nth> week of", r"(?:(?P<o1>{ordinals}|اخر)\s+اسبوع|الاسبوع\s+(?P<o2>{ordinals}|الاخير))(?=\s+(?:من|في|ب))",
         nth_week, 1,
         starts='الاسبوع اخر {ordinals}', follows='اسبوع'),
    Rule("<nth> decade|year of", r"(?P<u>العقد|العام|السنه)\s+(?P<o>{ordinals}|الاخير|الاخيره)(?=\s+من\s+(?:ال)?(?:قرن|عقد))",
         nth_long_unit,
         starts='العقد العام السنه'),
    Rule("first <n> months", r"(?:(?:ال)?(?:اشهر|شهور)\s+(?P<n>{cardinals})\s+(?P<which>الاولي|الاخيره)"
                             r"|(?=ال)(?P<n3>{cardinals})\s+(?:اشهر|شهور)\s+(?P<which3>الاولي|الاخيره)"  # "الثلاث شهور الأولى"
                             r"|(?P<which2>اول|اخر)\s+(?P<n2>{cardinals}|\d{1,2})\s+(?:اشهر|شهور))"
                             r"(?:(?P<this_year>\s+من\s+(?:العام|السنه)(?!\s+(?:{dir}|\S*\d)))"
                             r"|\s+من\s+(?P<yr>(?:19|20)\d\d)(?![\d/.,:\-]))?",  # "من 2015 نمواً": a year, no cue needed here
         lambda m, c: first_months(_Swap(m), c), 3,
         starts='اشهر الاشهر شهور الشهور اول اخر ال{cardinals}'),
    Rule("<first|last n> <units>",
         r"(?:(?:ال)?(?P<unit>ايام|اسابيع)\s+(?P<n>{cardinals}|ال\s?\d{1,2})\s+(?P<which>الاولي|الاول|الاخيره|الاواخر)"
         r"|(?P<unit2>{unit_duals})\s+(?P<which2>الاولين|الاوليين|الاخيرين)"
         r"|(?P<which3>اول|اخر)\s+(?:(?P<n3>{cardinals}|\d{1,2})\s+(?P<unit3>ايام|اسابيع|يوما|اسبوعا)"
         r"|(?P<unit4>{unit_duals})))"
         r"(?:\s+(?:من|في)\s+ال(?P<bare>شهر|عام|سنه|اسبوع)(?!\s+(?:{dir}|\d|نفس|ذات|ذاته|نفسه)))?"
         r"(?(bare)|(?=\s+(?:من|في)\s))",
         slice_of_period, 3,
         starts='ايام الايام اسابيع الاسابيع {unit_duals} اول اخر'),
    Rule("<the period>", r"(?<=(?:من|في) )ال(?P<unit>شهر|عام|سنه)(?!\s+(?:{dir}|\d|نفس|ذات|ذاته|نفسه|ال))",
         the_period,
         starts='الشهر العام السنه'),
    Rule("<fuzzy> <this period>", r"(?P<f>{fuzzy})\s+(?:(?P<of>من)\s+)?(?:ال)(?P<unit>اسبوع|شهر|عام|سنه)(?!\s+(?:{dir}|\d))",
         fuzzy_this_period, 1,
         starts='{fuzzy}'),
    Rule("<fuzzy part>", r"(?P<f>{fuzzy})", fuzzy_marker,
         starts='{fuzzy}'),
    Rule("<approx>", r"(?P<a>{approx})", approx_marker,
         starts='{approx}'),
    Rule("<since|until>", r"(?P<w>منذ|حتى)(?=\s)", since_marker, -1,
         starts='منذ حتى'),
)
