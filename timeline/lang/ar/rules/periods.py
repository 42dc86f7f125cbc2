"""Named periods: decades, centuries, seasons, quarters, halves of a year.

Examples for every rule here live in ``periods.yaml`` beside this file.
"""

from __future__ import annotations

import re

from timeline._programs import kept
from timeline.lang.ar.rules.common import (
    Ctx, Rule, _before_era, _calendar, _direction, _in_habit, _is_age, _num, per_lexicon,
)
from timeline.lang.ar.rules.dates import _bare_calendar
from timeline.lexicon import Lexicon, clitic_prefixes
from timeline.semantics import Marker, Range, Vague, When

_CONJ = clitic_prefixes().conjunction  # [وف]
_CLITIC = clitic_prefixes().letter  # [وفبلك]

__all__ = ["RULES"]


@per_lexicon
def _heat_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word of heat (periods.yaml ``heat``) earlier in the sentence, or of degrees after a number
    ("45 درجة"), and one right after."""
    def alt(words: tuple[str, ...]) -> str:
        return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")" if words else "(?!)"
    return (re.compile(r"(?:(?<!\w)" + alt(lex.heat_before) + r"|(?<![\d.,])\d+(?:[.,]\d+)?\s*" + alt(lex.heat_degrees)
                       + r")(?!\w)[^.!?؟\n]*$"),
            re.compile(r"\s+" + alt(lex.heat_after) + r"(?!\w)"))


def _of_heat(c: Ctx, start: int, end: int) -> bool:
    """Whether the decade at ``start``–``end`` counts degrees ("الأربعينات المئوية", "درجات الحرارة
    منتصف الثلاثينات"), not years."""
    if not c.lex.heat_before:
        return False
    before, after = _heat_patterns(c.lex)
    return after.match(c.text, end) is not None or before.search(c.before(start, 60)) is not None


@per_lexicon
def _person_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A person (periods.yaml ``age_persons``; accusative ا too), a word at most, في and a word at most, ending the text."""
    words = "|".join(map(re.escape, sorted(lex.age_persons, key=len, reverse=True))) or "(?!)"
    return re.compile(r"(?<!\w)" + _CONJ + r"?(?:" + words + r")ا?(?:\s+\w+)?\s+في\s+(?:\w+\s+)?$")


def decade(m: re.Match[str], c: Ctx) -> object:
    tens = c.lex.lookup("decades", m["dec"])
    if tens is None or _is_age(c, m.start(), m.end()) or _of_heat(c, m.start(), m.end()) \
            or not (m["cent"] or m["hdir"] or m["hcent"] or m["hadj"]) and _person_pattern(c.lex).search(c.before(m.start(), 40)):
        return None  # "في مقتبل العمر من العشرينات", "شاب في الثلاثينات من عمره": an age; degrees (a decade
        # of a century or of the Hijri era is a time: "جاء شاباً في السبعينيات الهجرية")
    century_word = m["cent"]
    if m["hdir"] or m["hcent"] or m["hadj"]:  # "ثمانينيات القرن الهجري الماضي", "السبعينيات الهجرية"
        return _hijri_decade(c, tens, m["hdir"], century_word)
    if century_word:
        if _before_era(c, m.end()):
            return None
        direction = _direction(c, century_word)
        if direction is not None and direction in (-1, 0):
            base = 20 + direction  # "القرن الماضي/المنصرم/الفائت" (the 20th), "الحالي/الجاري" (the 21st)
        elif century_word.strip() in ("عشرين", "العشرين"):
            base = 19
        elif "والعشرين" in century_word:
            base = 20
        else:
            n = _num(c, century_word)
            base = (n - 1) if n else 19
        return When(decade=base * 10 + tens // 10)
    return When(decade=190 + tens // 10)


# the Hijri century news is written in (1400–1499) and the one before it
_HIJRI_CENTURY = 14


def _hijri_decade(c: Ctx, tens: int, direction_word: str | None, century_word: str | None) -> object:
    """A decade of the Hijri calendar, every year of it: of the last century ("القرن الهجري
    الماضي") or of none named (the 1380s, as a bare Gregorian decade is of the 1900s), of this one
    ("الحالي") or of a numbered one ("الرابع عشر الهجري")."""
    if direction_word:
        direction = _direction(c, direction_word)
        if direction not in (-1, 0):
            return None
        hundreds = _HIJRI_CENTURY + direction
    elif century_word:
        n = _num(c, century_word)
        if n is None or not 1 <= n <= 15:
            return None
        hundreds = n - 1
    else:
        hundreds = _HIJRI_CENTURY - 1
    first = hundreds * 100 + tens
    return Range(When(calendar="hijri", year=first), When(calendar="hijri", year=first + 9))


def century(m: re.Match[str], c: Ctx) -> object:
    if m["bc"]:
        return Vague("PAST_REF")  # "القرن الخامس قبل الميلاد": before the era, no date of this calendar
    if m["hdir"]:  # "القرن الهجري الماضي": the 14th (1300–1399), "الحالي": the 15th
        direction = _direction(c, m["hdir"])
        if direction not in (-1, 0):
            return None
        return _hijri_century(_HIJRI_CENTURY + direction + 1)
    n = _num(c, m["c"])
    if n is None or not 1 <= n <= 30:
        return None
    if m["h"]:  # "القرن الخامس الهجري": every year of it, not the fifth Christian century
        return _hijri_century(n) if n <= 15 else None
    return When(century=n - 1)


def _hijri_century(n: int) -> object:
    """Every year of the nth Hijri century (the 14th: 1300–1399)."""
    return Range(When(calendar="hijri", year=max(1, (n - 1) * 100)), When(calendar="hijri", year=(n - 1) * 100 + 99))


_PREVIOUS_WORD = kept(r"(\w+)\s+$")
_THIS_BEFORE = kept(r"(?<!\w)(?:هذا|هذه)\s+$")
_CLAUSE_END = kept(r"\s*(?:[.!?؟،,؛:]|$)")


def season(m: re.Match[str], c: Ctx) -> object:
    token = c.lex.lookup("seasons", m["s"])
    if token is None:
        return None
    y = m["y"]
    if y is None and m["yw"]:  # "ربيع عام ألفين وعشرة": a year in words
        n = _num(c, m["yw"])
        y = str(n) if n else None
    if m.start() == m.start("s") and c.before(m.start(), 1) + m["s"] in c.lex.season_look_alikes \
            and not c.before(m.start() - 1, 2).isalnum():
        before = _PREVIOUS_WORD.search(c.before(m.start() - 1, 16))
        if before is not None and c.lex.lookup("seasons", before.group(1)) is None:
            return None  # "مالمو وصيف 1979": the runner-up of 1979, not و + summer; not "شتاء وصيف 2014",
            # nor opening a clause ("وصيف 2014 كان حاراً")
    if not (m["s"].startswith("ال") or m["fasl"] or y or m["dir"] or m["ydir"] or m["ythis"]):
        # "سنلتقي شتاء.", "بارد صيفاً": a season of no known year; not "وصيف البطولة",
        # "صيف البحرين", "حلّ وصيفاً"
        # "صيفاً" is an adverb (the tanween of "شتاءً" is folded away: a clause end is needed)
        alone = m["s"].endswith("ا") or _CLAUSE_END.match(c.text, m.end())
        if token in c.lex.seasons_alone and not m["this"] and alone and not c.before(m.start(), 1).endswith("و"):
            return Vague(f"XXXX-{token}")
        return None
    if not (y or m["dir"] or m["ydir"] or m["ythis"] or m["this"] or m["fasl"]) and m.start() == m.start("s"):
        before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
        if before is not None and before.group(1) in c.lex.surname_before:
            return None  # "الدكتور محمد الربيّع": a family name
    if c.lex.season_names and not (y or m["dir"] or m["ydir"] or m["ythis"] or m["fasl"]) \
            and (m["this"] or _THIS_BEFORE.search(c.before(m.start(), 5))) \
            and any(name.startswith(m["s"]) and name in c.text[:m.start()] for name in c.lex.season_names):
        return None  # "هذا الربيع" after "الربيع العربي": the uprising the text named, no season
    if m["dir"] and not m["this"] and not m["s"].startswith(("ال", "لل")):
        return None  # "وصيف هذه البطولة": the runner-up; a direction agrees with a definite season ("الصيف المقبل")
    if m["y2"]:  # "صيف العام الحالي 2015": the year written out
        return When(season=token, year=int(m["y2"]))
    if m["ydir"] or m["ythis"]:  # "صيف العام الحالي", "خريف هذا العام": the season of that year
        return When(season=token, rel_unit="year", rel_offset=_direction(c, m["ydir"]) or 0 if m["ydir"] else 0)
    direction = 0 if m["this"] and not m["dir"] else _direction(c, m["dir"])
    if direction is not None:  # "هذا الصيف", "الصيف الحالي": this year's; "الصيف المقبل": the next one to
        return When(season=token, direction=direction)  # begin (told in March, this summer), not next year's
    if not y and not m["this"] and not _after_fuzzy(c, m.start()) and _other_season_near(c, m, token):
        return Vague(f"XXXX-{token}")  # "يقرأ في الصيف كما في الشتاء": seasons set against each other, any year's
    if not y and not m["this"] and _in_habit(c, m.start(), m.end(), "year"):
        return Vague(f"XXXX-{token}")  # "يأتي الصيف كل عام", "غالباً ما تكثر الأمطار في الشتاء": a habit, any year's
    return When(season=token, year=int(y) if y else None)


_SENTENCE_MARK = kept(r"[.!?؟\n]")
# the word after is only looked at, not consumed: "في الشتاء والصيف" finds "الصيف" beside "الشتاء" (news46)
_WORD_AND_NEXT = kept(r"(?<!\w)" + _CLITIC + r"{0,2}(?P<w>ال\w+)(?=(?:\s+(?P<next>\w+))?)")


def _after_fuzzy(c: Ctx, start: int) -> bool:
    """Whether a part of a period ("نهاية", "مطلع") is the word before ``start``: "نهاية الصيف" is this one's."""
    before = _PREVIOUS_WORD.search(c.before(start, 16))
    return before is not None and c.lex.lookup("fuzzy", before.group(1)) is not None


def _other_season_near(c: Ctx, m: re.Match[str], token: str) -> bool:
    """Whether another season, definite and with no direction or year after it, is named in the
    sentence of ``m`` (within 100 characters each side): "في الصيف كما في الشتاء", "رحلة الصيف
    ... ورحلة الشتاء" set seasons against each other, none of one year."""
    lo, hi = max(0, m.start() - 100), min(len(c.text), m.end() + 100)
    before = [x.end() for x in _SENTENCE_MARK.finditer(c.text, lo, m.start())]
    lo = before[-1] if before else lo
    after = _SENTENCE_MARK.search(c.text, m.end(), hi)
    hi = after.start() if after else hi
    for w in _WORD_AND_NEXT.finditer(c.text, lo, hi):
        if m.start() <= w.start() < m.end():
            continue
        other, after = c.lex.lookup("seasons", w["w"]), w["next"]
        if other is not None and other != token and not _after_fuzzy(c, w.start()) and not (after and (
                _direction(c, after) is not None or after.isdigit() or after in ("هذا", "هذه"))):
            return True
    return False


_IN_A_ROW = kept(r"\s+علي?\s+التوالي(?!\w)")


_OF_SHORT = kept(r"\s+من\s+(?:شهر\s+|ال)?(?P<w>\w+)")


def _of_short_period(c: Ctx, end: int) -> bool:
    """"من" and a month, a week, a century or a decade after ``end``: "من الشهر المقبل", "من شهر
    أغسطس", "من رمضان", "من الأسبوع", "من القرن العشرين", "من الثمانينيات" (not a year: "من العام")."""
    of = _OF_SHORT.match(c.text, end)
    return of is not None and (of["w"] in ("شهر", "اسبوع", "قرن") or c.lex.lookup("months_in_context", of["w"]) is not None
                               or c.lex.lookup("decades", "ال" + of["w"]) is not None)


_PARTS_IN = {"نصف": 2, "ربع": 4, "ثلث": 3}


def fraction_of(m: re.Match[str], c: Ctx) -> object:
    """"النصف الثاني من شهر أغسطس", "الربع الأخير من الشهر المقبل", "الثلث الأول من رمضان": the
    nth equal part of a month, a week, a century or a decade, a fuzzy part of it (a year's are its
    quarters and halves)."""
    n = _PARTS_IN[m["f"]]
    k = n if m["o"] == "الاخير" else _num(c, m["o"])
    if k is None or not 1 <= k <= n or not _of_short_period(c, m.end()):
        return None
    mod = "START" if k == 1 else "END" if k == n else "MID" if n == 3 else None
    return Marker("fuzzy", mod=mod, fraction=((k - 1) / n, k / n))


def quarter(m: re.Match[str], c: Ctx) -> object:
    q = 4 if m["q"] == "الاخير" else _num(c, m["q"])
    if q is None or not 1 <= q <= 4 or _IN_A_ROW.match(c.text, m.end()):
        return None  # "للربع الثالث على التوالي": the third quarter in a row, not Q3
    if not (m["y"] or m["yw"]) and _OF_NOT_YEAR.match(c.text, m.end()):
        return None  # "الربع الأخير من الشهر": a quarter of a month (fraction_of), not Q4; "من الموسم" of a season
    if "fasl" in m.re.groupindex and m["fasl"] and not (m["y"] or m["yw"]):  # (not a group of "<two quarters>")
        after = _OF_THE_YEAR.match(c.text, m.end())
        if after is None or after["w"] in c.lex.other_years or _ranked_year(c, after["w"]):
            return None  # "الفصل الأول من العام الدراسي", "من السنة الثالثة": a semester
    if not (m["y"] or m["yw"]) and _of_other_year(c, m.end()):
        return None  # "الربع الأول من العام المالي الحالي": a fiscal quarter, its months unknown here (news58)
    year = int(m["y"]) if m["y"] else _num(c, m["yw"]) if m["yw"] else None  # "الربع الثالث من ألفين وعشرين"
    if year is not None and not 1000 <= year <= 2100:
        return None
    return When(calendar=_year_calendar(c, m, year), quarter=q, year=year)


_YEAR_NUMBER_AHEAD = kept(r"\s*\d{4}(?!\d)")


def _of_other_year(c: Ctx, end: int) -> bool:
    """Whether "من العام/السنة" + a word of ``other_years`` follows with no year number (a part of a fiscal or
    school year whose months are not told; "للربع الثاني من السنة المالية 2015" stays, read with its year)."""
    after = _OF_THE_YEAR.match(c.text, end)
    return after is not None and after["w"] in c.lex.other_years and not _YEAR_NUMBER_AHEAD.match(c.text, after.end())


def two_quarters(m: re.Match[str], c: Ctx) -> object:
    """"الربعين الأول والثاني من العام": two quarters told with one dual, one after the other: from the
    first to the second (not "الربعين الأول والأخير": two apart, no one period)."""
    first, second = quarter(m, c), _num(c, m["q2"]) if m["q2"] != "الاخير" else 4
    if type(first) is not When or second is None or second != first.quarter + 1:  # type: ignore[operator]
        return None
    return Range(first, When(calendar=first.calendar, quarter=second, year=first.year))


def _year_calendar(c: Ctx, m: re.Match[str], year: int | None) -> str:
    """The calendar of a quarter's or a half's year: "الربع الثاني من عام 1436 هـ" is of the Hijri year
    (its months), as a bare 1436 is (``_bare_calendar``)."""
    if year is None or not m["y"]:
        return "gregorian"
    return _calendar(c, m["mark"], _bare_calendar(year))


# "من" and a word that names no year after a quarter or a half ("من العام", "من هذا العام", "من 2015"
# and "من السنة المالية" do); "من حيث" ("in terms of") is no "of": "أعلى من الربع الأول من حيث الأرباح"
_OF_NOT_YEAR = kept(r"\s+من\s+(?!(?:ال|ل)?(?:عام|سنه)(?!\w)|هذا\s|هذه\s|\d|الف|حيث(?!\w))\w")


# what follows "الفصل <ordinal> من العام": the word after the year, if any ("الدراسي": a semester's year)
_OF_THE_YEAR = kept(r"\s+من\s+(?:هذا\s+)?(?:ال|ل)?(?:عام|سنه)(?:\s+(?P<w>\w+))?")


def _ranked_year(c: Ctx, word: str | None) -> bool:
    """Whether ``word``, after "الفصل <ordinal> من السنة", makes it a year of some course, not the calendar's:
    a definite adjective that is no direction ("السنة الثالثة", "العام الأول"; not "العام الماضي", "الجاري")."""
    return word is not None and word.startswith("ال") and word not in c.lex.directions


def half(m: re.Match[str], c: Ctx) -> object:
    h = _num(c, m["h"])
    if h not in (1, 2) or _IN_A_ROW.match(c.text, m.end()):
        return None
    if not (m["y"] or m["yw"]) and _OF_NOT_YEAR.match(c.text, m.end()):
        return None  # "النصف الثاني من الشهر الماضي": half of a month (fraction_of), "من الموسم" of a
        # sports season, "من القرن" of a century: not of a year
    if not (m["y"] or m["yw"]) and _of_other_year(c, m.end()):
        return None  # "النصف الأول من السنة المالية": a fiscal half (news58)
    year = int(m["y"]) if m["y"] else _num(c, m["yw"]) if m["yw"] else None
    if year is not None and not 1000 <= year <= 2100:
        return None
    return When(calendar=_year_calendar(c, m, year), half=h, year=year)


RULES: tuple[Rule, ...] = (
    Rule("<decade>", r"(?:(?:عقد|حقبه|فتره)\s+)?(?P<dec>{decades})(?:\s+(?:من\s+)?القرن\s+(?:الهجري\s+(?P<hdir>{dir})"
                     r"|(?P<cent>{dir}|العشرين|الحادي\s+والعشرين|\d{1,2}|{ordinals}(?:\s+عشر)?)(?:\s+(?P<hcent>الهجري))?)"
                     r"|\s+(?P<hadj>الهجريه|الهجري))?",
         decade,
         starts='عقد حقبه فتره {decades}'),
    Rule("<century>", r"القرن\s+(?:الهجري\s+(?P<hdir>{dir})|(?:ال)?(?P<c>\d{1,2}|(?:{ordinals}|{cardinals})(?:\s+و\s*العشرين|\s+عشر)?)"
                      r"(?:\s+(?:الميلادي|للميلاد|(?P<h>الهجري|للهجره)|(?P<bc>{before_era})))?)", century,
         starts='القرن'),
    # a year in words after عام, or right after the season in construct ("ربيع ألفين وعشرة"), not after a
    # definite one ("في الربيع ألف وخمسمائة سائح" counts)
    Rule("<season>", r"(?:(?P<this>هذا|هذه)\s+)?(?:(?P<fasl>فصل)\s+)?(?P<the>(?=ال))?(?P<s>{seasons})"
                     r"(?:\s+(?:(?:عام|العام|سنه)\s+)?(?P<y>\d{4})(?:\s*م(?!\w))?|\s+(?:(?:عام|العام|سنه)\s+|(?(the)(?!)))(?P<yw>{yearw})(?!\w)"
                 r"|\s+(?:(?P<ythis>هذا|هذه)\s+(?:العام|السنه)|(?:العام|السنه)\s+(?P<ydir>{dir}))(?:\s+(?P<y2>(?:19|20)\d\d)(?!\s*ه)(?:\s*م)?)?"
                 r"|\s+(?P<dir>{dir}))?",
         season,
         starts='هذا هذه فصل {seasons}'),
    # "الفصل الثالث من العام": a quarter too (Levantine, Maghrebi), told so only with its year after it (a
    # semester, a chapter otherwise: "الفصل الأول من العام الدراسي", "الفصل الرابع من الكتاب")
    Rule("<quarter>", r"(?:ال|لل)?(?:ربع|(?P<fasl>فصل)(?=\s+\w+\s+من\s+(?:(?:ال|ل)?(?:عام|سنه)(?!\w)|هذا\s+العام|\d{4})))"
                      r"\s+(?P<q>الاول|الثاني|الثالث|الرابع|الاخير)(?:\s+(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?:(?P<y>\d{4})(?:\s*(?P<mark>{ym})(?!\w))?|(?P<yw>{yearw})(?!\w)))?",
         quarter, 1,
         starts='ربع الربع للربع فصل الفصل للفصل'),
    Rule("<two quarters>", r"(?:ال|لل)ربعين\s+(?P<q>الاول|الثاني|الثالث)\s+و\s*(?:ال)?(?P<q2>الثاني|الثالث|الرابع|الاخير)"
                           r"(?:\s+(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?:(?P<y>\d{4})(?:\s*(?P<mark>{ym})(?!\w))?|(?P<yw>{yearw})(?!\w)))?",
         two_quarters, 1,
         starts='الربعين للربعين'),
    Rule("<fraction> of", r"(?:ال|لل)(?P<f>نصف|ربع|ثلث)\s+(?P<o>الاول|الثاني|الثالث|الرابع|الاخير)(?=\s+من\s)", fraction_of,
         starts='النصف للنصف الربع للربع الثلث للثلث'),
    Rule("<half>", r"(?:ال|لل)نصف\s+(?P<h>الاول|الثاني)(?:\s+(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?:(?P<y>\d{4})(?:\s*(?P<mark>{ym})(?!\w))?|(?P<yw>{yearw})(?!\w)))?", half,
         starts='النصف للنصف'),
)
