"""Dates told with a month or a year: day-month-year in words and digits, years, day ranges
in a month, dates inside names of happenings.

Examples for every rule here live in ``dates.yaml`` beside this file.
"""

from __future__ import annotations

import re

from timeline._programs import kept
from timeline.calendars import hijri_to_gregorian
from timeline.lang.ar.rules.common import (
    Ctx, Rule, _NEXT_WORD, per_lexicon, _Swap, _amount_at, _before_era, _calendar, _direction, _month, _num, _unit_of,
    _year,
)
from timeline.lexicon import Lexicon, after_words, clitic_prefixes
from timeline.normalize import fold_letters
from timeline.semantics import Range, When

_CONJ = clitic_prefixes().conjunction  # [وف]
_PREP = clitic_prefixes().preposition  # [بلك]
_CONJ_BL = clitic_prefixes().conjunction_or("بل")  # [وفبل]

__all__ = ["RULES"]


# Words after which a bare number is a year ("في 2011") or an hour ("في السابعة").
_YEAR_CUES_BEFORE = ("في", "منذ", "حتي", "خلال", "بين", "قبل", "بعد", "بحلول", "لعام", "مطلع", "اوائل", "اواخر", "نهايه", "بدايه",
                     "منتصف", "موسم", "ربيع", "صيف", "خريف", "شتاء")


_SCORE_AFTER = kept(r"\s*[/\-–]\s*\d+")  # a score's other side after a month word that is also a number
_SCORE_BEFORE = kept(r"[/\-–]$")
_CLITICS = kept(r"^" + _CONJ + r"?" + _PREP + r"?(?=ال|ل)")
_NUMERIC_BEFORE = kept(r"\d[/.]$")


def _day_of_current(m: re.Match[str], c: Ctx) -> bool:
    """A day in words before "الجاري"/"الحالي" is of this month after يوم, or before من where a word that
    places a time comes first: "يوم العاشر الجاري", "في الخامس عشر من الجاري" (not "الربع الثاني الحالي")."""
    if m.group(0).startswith(("يوم ", "اليوم ")):
        return True
    before = c.before(m.start(), 12)
    return bool(_BARE_MONTH_BEFORE.search(before)) and (" من " in m.group(0) or before.rstrip().endswith("يوم"))


def day_month_year(m: re.Match[str], c: Ctx) -> object:
    before = _CLITICS.sub("", c.before(m.start(), 9).rstrip().rpartition(" ")[2])  # "بالنصف", "للنصف"
    if before.startswith(("ال", "ل")) and before.removeprefix("ال").removeprefix("ل") in c.lex.fractions \
            and not m["day"][:1].isdigit():
        return None  # "النصف الثاني من الشهر": the ordinal counts the fraction, not the days
    if m["day"] == "اخر" or m["day"] in c.lex.last_day_words:  # "آخر أيام رمضان", "سلخ رمضان": its last day
        if m["mdir"] or m["mthis"] or m["mcur"]:  # "آخر أيام الشهر الجاري", "آخر أيام الشهر المقبل"
            direction = _direction(c, m["mdir"] or m["mthis"] or m["mcur"])
            return When(day=-1, rel_unit="month", rel_offset=direction) if direction is not None and not m["year"] else None
        mn = _month(c, m["month"]) if m["month"] else None
        if mn is None:
            return None
        cal = "hijri" if mn.calendar == "hijri" else _calendar(c, m["mark"], mn.calendar)
        return When(calendar=cal, year=_year(c, m["year"]), month=mn.month, day=-1, direction=_direction(c, m["dir"]))
    if m["days"] and c.lex.lookup("ordinals", m["day"]) is None:
        return None  # "أول أيام رمضان" is its first day; "ثلاثة أيام رمضان" no date
    if m["day"] in c.lex.weekdays_bare and (before == "اخر" or c.lex.lookup("ordinals", before) is not None):
        return None  # "أول أحد من محرم", "ثاني اثنين من رجب": a weekday counted in the month, no day "one"
    if m["mcur"] and not m["day"].isdigit() and not _day_of_current(m, c):
        return None  # "25 الجاري" is the 25th of this month; not "الربع الثاني الحالي"
    if m["day"][:1].isdigit() and _NUMERIC_BEFORE.search(c.before(m.start(), 4)):
        return None  # "9/6 الجاري": the month of a numeric date, not a day ("9/6" is read as one)
    if m["mdir"] or m["mthis"] or m["msame"] or m["mcur"]:  # "في 15 من الشهر الجاري", "يوم 20 من هذا الشهر"
        day, direction = _num(c, m["day"]), _direction(c, m["mdir"] or m["mthis"] or m["mcur"])
        if m["mdir"] in ("نفسه", "ذاته") or m["msame"]:  # "14 من الشهر نفسه": a day of the month the text just named
            if c.before(m.start(), 9).rstrip().endswith("اسبوع"):
                return None  # "الأسبوع الرابع من الشهر ذاته": a week
            return When(day=day, rel_unit="month", rel_offset=0, narrative=True) if day is not None and 1 <= day <= 31 \
                and not m["year"] else None
        if day is None or direction is None or not 1 <= day <= 31 or m["year"]:
            return None
        return When(day=day, rel_unit="month", rel_offset=direction)
    if m["mbare"]:  # "في الثالث من الشهر": of the month the text just named, else the current one
        day = _num(c, m["day"])
        if not (m.group(0).startswith(("يوم ", "اليوم ")) or _BARE_MONTH_BEFORE.search(c.before(m.start(), 12))):
            return None  # "المركز الثالث من الشهر": a rank; the day after a word that places a time, or told a day
            # ("يصادف اليوم العشرون من الشهر")
        return When(day=day, rel_unit="month", rel_offset=0, soft=True) if day is not None and 1 <= day <= 31 \
            and not m["year"] and not m["dir"] else None
    if m["month"] and not m["year"] and m["month"] not in c.lex.months and m["month"] in c.lex.months_in_context:
        score, before = _SCORE_AFTER.match(c.text, m.end("month")), c.before(m.start(), 12)
        if score and not c.text.startswith(m["month"], score.end() + 1) \
                or _SCORE_BEFORE.search(before) and not before.rstrip("-–/ ").endswith(m["month"]):
            return None  # "خسر في اللقاء الأول صفر/2", "فاز بنتيجة -3صفر": a score's zero, not Safar (a range
            # "3 صفر - 5 صفر" names the month at both ends)
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


def day_slash_month_year(m: re.Match[str], c: Ctx) -> object:
    """"يوم الـ 25 / شوال / 1436", "في 7/ نوفمبر / 1962": a day, a month's name and a year between slashes."""
    mn, day, year = _month(c, m["month"]), int(m["day"]), int(m["year"])
    if mn is None or not 1 <= day <= 31:
        return None
    cal = "hijri" if mn.calendar == "hijri" else _calendar(c, m["mark"], mn.calendar)
    return When(calendar=cal, year=year, month=mn.month, day=day)


def month_day_year(m: re.Match[str], c: Ctx) -> object:
    mn = _month(c, m["month"])
    day = _num(c, m["day"])
    if mn is None or day is None or not 1 <= day <= 31:
        return None
    if m["year"] is None and m["yw"] is None and _amount_at(c, m.end()):
        return None  # "ارتفعت المبيعات في يونيو 3%": the month's rate, no day
    year = _year(c, m["year"] or m["yw"])  # "مارس الرابع عشر ألفين وسبعة عشر": a year in words needs no comma
    return When(calendar=mn.calendar, year=year, month=mn.month, day=day)


_PREVIOUS_WORD = kept(r"(\w+)\s+$")


@per_lexicon
def _month_cues(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A word before a month name that is also an ordinary word which makes it the month (relative.yaml
    ``month_context_before``: "في مارس", "طوال شعبان"); one that does only where the month ends its phrase
    (``month_context_at_end``: "قبل مارس.", not "قبل رجب طيب أردوغان"); the phrases ending so that do not
    (``month_context_not``: "من قبل رجب", by Recep); and where a phrase ends after the month: a mark, the
    text's end or a word that goes on with a time phrase (``month_phrase_goes_on``: "آخر شعبان من كل عام")."""
    def ending(words: tuple[str, ...]) -> re.Pattern[str]:
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        return re.compile(r"(?<!\w)(?:" + (alts or "(?!)") + r")\s+$")
    goes_on = "|".join(map(re.escape, sorted(lex.month_phrase_goes_on, key=len, reverse=True))) or "(?!)"
    return ending(lex.month_context_before), ending(lex.month_context_at_end), ending(lex.month_context_not), \
        re.compile(r"\s*(?:[^\w\s]|$|(?:" + goes_on + r")(?!\w))")


def _month_cue_before(c: Ctx, start: int, end: int) -> bool:
    """Whether a word of :func:`_month_cues` stands right before a month name at ``start`` (ending at ``end``)."""
    cue, at_end, not_cue, phrase_end = _month_cues(c.lex)
    before = c.before(start, 16)
    if not_cue.search(before) is not None:
        return False
    return cue.search(before) is not None \
        or at_end.search(before) is not None and phrase_end.match(c.text, end) is not None


@per_lexicon
def _listed_months(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A month name and a list word ending the text before a month (``list_words`` in separators.yaml),
    and the list going on after it to a month told with a number: a month between two of a list whose
    last has its year is the month ("في رجب وشعبان ورمضان 1436": شعبان, a name too, read as رجب and
    رمضان are; not "التقى رجب وشعبان ورمضان", three men)."""
    months = lex.alt("months_in_context")
    words = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(lex.separators.list_words, key=len, reverse=True))
    item = r"\s*(?:" + words + r")\s*" + months
    return kept(r"(?<!\w)" + months + r"\s*(?:" + words + r")\s*$"), kept(r"(?:" + item + r")+\s+\d")


def _between_months(c: Ctx, start: int, end: int) -> bool:
    """Whether the month name at ``start`` .. ``end`` stands between two others of a list (:func:`_listed_months`)."""
    before, after = _listed_months(c.lex)
    return after.match(c.text, end) is not None and before.search(c.before(start, 40)) is not None


# a day "من الشهر" with no direction after في, يوم, منذ ... (not "المركز الثالث من الشهر")
_BARE_MONTH_BEFORE = kept(r"(?:^|[^\w\s]|(?<!\w)" + _CONJ + r"?(?:في|يوم|اليوم|منذ|حتي|قبل|بعد|ليله|صباح|مساء|فجر))\s*$")


# "الأسبوع الثاني من مارس", "الأيام الخمسة الأولى من مارس", "آخر يوم من مارس": a part of the
# month follows (the unit definite with its ordinal after it, or indefinite after a word;
# not "بعد يوم من مارس الضغط", a day after he exerted)
_PART_OF_BEFORE = kept(r"(?<!\w)(?:(?:ال)?(?:اسبوع|يوم|ايام|اسابيع|اليومين|الاسبوعين)(?:\s+[^\W\d]+){1,2}"
                       r"|(?!(?:بعد|قبل|منذ)\s)[^\W\d]+\s+(?:اسبوع|يوم|ايام|اسابيع))\s+من\s+$")


@per_lexicon
def _weekday_day_before(lex: Lexicon) -> re.Pattern[str]:
    """A weekday and a day in words ending the text before a month with من ("الثلاثاء العاشر من "):
    the month that day is of, as after "يوم الثلاثاء العاشر من" (:data:`_PART_OF_BEFORE`)."""
    return kept(fold_letters(r"(?<!\w)" + lex.alt("weekdays") + r"\s+" + lex.alt("ordinals") + r"(?:\s+عشر\w*|\s+و\s*ال"
                + lex.alt("cardinals") + r")?\s+من\s+$"))


# a year named after the month with من: "مارس من العام الماضي", "صفر من هذا العام" (not "مارس
# العام الماضي ضغوطاً": he exerted, last year)
_YEAR_AFTER = kept(r"\s+من\s+(?:(?:هذا|ذلك|نفس|ذات)\s+)?(?:العام|السنه)(?!\w)")


_YEAR_DIRECTION = kept(r"\s+(?:العام|السنه)\s+(\w+)")


def _year_ahead(c: Ctx, end: int) -> bool:
    """A coming year after the month: "مارس العام المقبل" (the verb "مارس" is past, never
    told with a year ahead)."""
    m = _YEAR_DIRECTION.match(c.text, end)
    return m is not None and (_direction(c, m.group(1)) or 0) > 0


def month_year(m: re.Match[str], c: Ctx) -> object:
    if m["last"] is not None:  # "الشهر الأخير من العام الماضي", "آخر شهر من 2023": December
        month, cal = 12, "gregorian"
    elif m["mnum"] is not None:
        month = _num(c, m["mnum"])
        if month is None or not 1 <= month <= 12 or (month == 1 and not m["mnum"].isdigit() and m["shahr"] == "شهر"):
            return None  # "شهر واحد": one month, not January ("شهر 1", "الشهر الأول" are)
        cal = "gregorian"
    else:
        mn = _month(c, m["month"])
        if mn is None:
            return None
        has_cue = bool(m["shahr"] or m["shahr2"] or m["year"] or m["dir"] or m["this"])
        if _month(c, m["month"], "months") is None and not has_cue \
                and not _month_cue_before(c, m.start(), m.end()) \
                and not _PART_OF_BEFORE.search(c.before(m.start(), 40)) and not _YEAR_AFTER.match(c.text, m.end()) \
                and not _weekday_day_before(c.lex).search(c.before(m.start(), 40)) \
                and not _year_ahead(c, m.end()) and not _between_months(c, m.start(), m.end()):
            return None  # "مارس" alone is a verb, "صفر" a number; "في مارس", "مارس من العام الماضي" are the month
        if not has_cue and m.start() > 1 and c.text[m.start() - 2].isalpha():  # not after "15 ": most months
            before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
            if before is not None and before.group(1) in c.lex.surname_before and before.group(1) != "علي":
                return None  # "محمد عبدالرحمن رمضان", "الشيخ رجب": a family name, as "أحمد الخميس" (not "أيام على رمضان")
        month, cal = mn.month, mn.calendar
    year = _year(c, m["year"])
    if cal != "hijri":  # "رمضان 2015م": the mark tells the year's calendar, a Hijri month stays Hijri
        cal = _calendar(c, m["mark"], cal)
    if m["this"] and (year is not None or m["dir"]):
        return None  # "هذا أيار" is this year's; "هذا أيار 2020" is no wording
    direction = 0 if m["this"] else _direction(c, m["dir"])  # "هذا آب": this year's August
    return When(calendar=cal, year=year, month=month, direction=direction)


def _bare_calendar(y: int, digits: int = 4) -> str:
    """The calendar of a year with no mark: 1300-1449 is Hijri (1882-2028 AD: "عام 1407", "بين
    عامي 1431 و1435"), since news rarely names a Gregorian year of the 14th century; from 1450
    on, history ("عام 1453") is likelier than a Hijri year after 2028."""
    return "hijri" if digits == 4 and 1300 <= y < 1450 else "gregorian"


# Before a year with no cue: a word ("مونديال روسيا 2018،", "الإحصاء الرابع (2004)" after the
# bracket); the year itself then ends its phrase (a stop, a bracket, a comma: the rule's pattern)
# or another year follows ("بطولات 2009 و2013"), or a title in brackets or quotes comes before it
# ("فيلم (المسافر) 2009 مع ..."). A year after a year and a comma is a year of a list
# ("في أعوام 1967، 1968 و1969").
_NAMED_BEFORE = kept(r"(?:[^\W\d] |\(\s?|[^\W\d][)\"] )(?<!رقم )$")  # not "رقم 1911" (a number); "(المسافر) 2009"
_BETWEEN_PAIR = kept(r"\s*و\s*(?P<y2>\d{4})(?!\d)")
# A year heading a line, a dash after it: "1952- إعلان ..." (a column of this day in history); its
# entries run on after a full stop too: "... على شارل ديغول. 1943- فرار اكثر من 600 اسير" (news45)
_LINE_HEAD = kept(r"(?:^|\n|[.!?؟])[ \t\xa0]*$")
_DASH_AHEAD = kept(r"\s*[-–]\s*[^\W\d]")


def _history_entry(c: Ctx, m: re.Match[str]) -> bool:
    """Whether the bare number ``m`` heads an entry of a chronicle: a line start or a sentence end before
    it, a dash and a word after it ("1815 - معركة واترلو")."""
    return _DASH_AHEAD.match(c.text, m.end()) is not None and _LINE_HEAD.search(c.before(m.start(), 8)) is not None


# the number before a bare year that the year-list cue saw (the four figures it needs, all of it:
# "12000 و2000" is no list of years), and the cue's separators ("1988,1992", "1988 و 1992")
_NUMBER_BEFORE = kept(r"(\d+)(?: و | و|,| ,|, | , )$")


def _plausible_year(y: int) -> bool:
    """Whether a bare four-digit number may be a year news names: Gregorian 1800-2100 or Hijri
    1300-1449 (:func:`_bare_calendar`)."""
    return 1800 <= y <= 2100 or _bare_calendar(y) == "hijri"


_CENTURY_SAID = kept(r"(?P<c>\w+\s+عشر\w*|عشرين)\s+(?:و\s*)?(?P<rest>.+)")


# a length, an area or a distance just before a number: "م" after it is metres
_LENGTH_IN_CLAUSE = kept(r"(?<!\w)[وب]?(?:ال)?(?:مساف|طول|عمق|ارتفاع|عرض|مساح)\w*[^.!?؟\n]*$")
_NUMBER_COLON = kept(r"\s?:\s?\d")  # "الآيزو 2008:9001": a standard's number, no year
_LENGTH_BEFORE = kept(r"(?<!\w)[وب]?(?:ال)?(?:مساف|طول|عمق|ارتفاع|عرض|مساح)\w*(?:\s+\w+)?\s*\(?\s*$")


# a Hijri year after عام/سنة and a slash before a bare year: "عام 1343/ 1924" (the Gregorian year told beside it)
_HIJRI_YEAR_SLASH = kept(r"(?<!\w)" + _CONJ_BL + r"?(?:ال)?(?:عام|سنه)\s+(?P<h>1[34]\d\d)\s*/\s*$")


def _glosses_hijri_year(c: Ctx, start: int, y: int) -> bool:
    """Whether the bare year ``y`` at ``start`` follows a Hijri year and a slash and falls in it: "تأسيس
    مجلس الوكلاء عام 1350/ 1931" (the two make one expression, joined as an apposition)."""
    before = _HIJRI_YEAR_SLASH.search(c.before(start, 24))
    if before is None:
        return False
    h = int(before["h"])
    return hijri_to_gregorian(h, 1, 1).year <= y <= hijri_to_gregorian(h, 12, 29).year


def since_year_in_words(m: re.Match[str], c: Ctx) -> object:
    """"منذ ألفين وثلاثة": a year of this century in words after منذ, with no عام (the operator takes منذ);
    not an amount ("منذ ألفين وعشرين عاماً": years ago, a unit or a counted noun after it)."""
    y = _num(c, m["yw"])
    if y is None or not 2000 <= y < 2100 or _amount_at(c, m.end()):
        return None
    after = _NEXT_WORD.match(c.text, m.end())
    if after is not None and (_unit_of(c, after.group(1)) is not None or after.group(1).endswith("ا")):
        return None
    return When(year=y)


def year_only(m: re.Match[str], c: Ctx) -> object:
    if m["yw"]:  # "عام ألفين وعشرين"
        y = _num(c, m["yw"]) if m["cue"] else None  # "عام مائتين وسبعة وستين": 267
        said = _CENTURY_SAID.match(m["yw"]) if m["cue"] else None
        if said is not None and 11 <= (_num(c, said["c"]) or 0) <= 20:
            rest = _num(c, said["rest"])  # "عام تسعة عشر وثمانية وسبعين": 19 hundred and 78
            y = _num(c, said["c"]) * 100 + rest if rest is not None and rest < 100 else None  # type: ignore[operator]
        if y is None or not 100 <= y <= 2100:
            return None
        return When(calendar="hijri", year=y) if _calendar(c, m["mark"], "gregorian") == "hijri" else When(year=y)
    y = int(m["y"])
    if _before_era(c, m.end()):
        return None  # "عام 500 قبل الميلاد", "1303 ق.م": before the era, no date of this calendar
    if not (m["cue"] or m["mark"]) and (m["hslash"] is not None or m["pre"] is None):
        if len(m["y"]) == 4 and _glosses_hijri_year(c, m.start(), y) and not _amount_at(c, m.end()):
            return When(year=y)  # "عام 1343/ 1924": the Gregorian year of the Hijri one before the slash
        if m["hslash"] is not None:
            return None  # any other number after "NNNN/" (only that reading opens one there)
    if not m["cue"] and (len(m["y"]) < 4 and c.before(m.start(), 1) == "/" or _NUMBER_COLON.match(c.text, m.end())
                         or c.before(m.start(), 2)[-1:] == ":" and c.before(m.start(), 2)[:1].isdigit()):
        return None  # the end of a numeric date cut short ("1 /12 /143هـ", "1435/7هـ"), a standard's number ("2008:9001")
    cal = _calendar(c, m["mark"], _bare_calendar(y, len(m["y"])))
    if m["hijri"]:
        cal = "hijri"
    if not (m["cue"] or m["mark"]) and not (1900 <= y <= 2100 or (1800 <= y < 1900 and m["pre"] is not None and c.before(m.start(), 4) in (" في ", "\nفي "))
                                           or 1000 <= y < 1900 and m["pre"] is None and _history_entry(c, m)):
        return None  # "في 350 ..." is a number, "في 2011" a year, "ولد في 1890" too (not "من 1500 مدرسة"), and
        # "1815 - معركة واترلو" heading an entry of this day in history
    if not (m["cue"] or m["mark"]) and m["pre"] is None:
        if _DASH_AHEAD.match(c.text, m.end()):
            if not _LINE_HEAD.search(c.before(m.start(), 8)):
                return None  # "بطولة 2014 - ..." is no heading
        elif not (len(m["y"]) == 4 and _NAMED_BEFORE.search(c.before(m.start(), 8))):
            return None  # alone, a year ends a name or sits in brackets: "كأس العالم 2014،", "(2004)"
    if not (m["cue"] or m["mark"]) and _amount_at(c, m.end()):
        return None  # "في 2000 شخص", "و2000 دولار": amounts
    if not (m["cue"] or m["mark"]) and c.before(m.start(), 4).endswith("بين "):
        pair = _BETWEEN_PAIR.match(c.text, m.end())  # "بين 2019 و2021", not "بين 1950 و2000 شخص"
        if pair is None or not y < int(pair["y2"]) <= y + 30 or _amount_at(c, pair.end()):
            return None
    if not (m["cue"] or m["mark"]) and m["pre"] == "":
        listed = _NUMBER_BEFORE.search(c.before(m.start(), 8))  # after "1500 و": the year-list cue
        if listed is not None and not _plausible_year(int(listed.group(1))):
            return None  # "ما بين 1500 و2000 حبة": the other end of an amount, no year of a list
    if len(m["y"]) < 3 and not m["mark"]:
        return None  # "من العام 21 بالمئة"
    if not m["cue"] and cal == "gregorian" and (not 1000 <= y <= 2100 or m["mark"] and (
            _LENGTH_BEFORE.search(c.before(m.start(), 16))
            or not 1900 <= y <= 2100 and _LENGTH_IN_CLAUSE.search(c.before(m.start(), 60)))):
        return None  # "سباق 200 م", "مساحتها 4000م", "بطول 1300م", "على مسافة 1200 م" are metres, and so is a
        # number no news year has after a length in its clause ("أولها بطول (1250م)، والآخر (1100م)")
    after = _NEXT_WORD.match(c.text, m.end())
    unit = c.lex.lookup("units", after.group(1)) if after else None
    if unit is not None and unit[0] not in ("decade", "century") and (unit[1] is None or after.group(1).endswith("ا")):
        return None  # "عدد أيام السنة 365 يوماً": an amount; not "وقعتا عام 2011 عقداً" (a contract)
    if len(m["y"]) == 2 and cal == "gregorian":
        y += 1900 if y > 30 else 2000  # "عام 79م": 1979
    if cal == "hijri":
        return When(calendar="hijri", year=y)
    return When(year=y)


_FROM_OR_BETWEEN = kept(r"(?:^|\W)" + _CONJ + r"?(?:بين|من)\s$")  # a word of its own: not اليمن، ضمن، ثمن
_PERIOD_END = kept(r"\s*(?:[.،,؛;:)»\"”]|$)")  # after a period's last year: no amount's noun ("إلى 1945 طالبا")


_AND_MORE = re.compile(r"\s*[و،,]\s*\d")  # a third of a list ("عامي 2024 و2025 و2026": three years, no range)


def year_range(m: re.Match[str], c: Ctx) -> object:
    """"2015 - 2019", "1437/1438هـ": every year from the first to the last."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if m["and"] and not (m["cue"] in c.lex.separators.dual_openers and y2 == y1 + 1 and not _AND_MORE.match(c.text, m.end())):
        return None  # "و" joins two years after a dual that follow each other ("في عامي 2024 و2025"); "عامي 2010
        # و2015" are two years apart, "بين 2010 و2015" a range the joins make
    if y1 == y2 + 1 and c.text[m.end("y1"):m.start("y2")].strip() in ("/", "-", "–"):
        y1, y2 = y2, y1  # "العام الدراسي 1437/1436هـ", "موسم 2015-2014": two years of a season, written right to left
    cal = _calendar(c, m["mark"], _bare_calendar(y1))
    low, high = (1300, 1500) if cal == "hijri" else (1800, 2100)
    span = 30
    if c.before(m.start(), 3).rstrip().endswith("(") and c.text.startswith(")", m.end() + (c.text[m.end():m.end() + 1] == " ")):
        span = 100  # alone in brackets, a reign, a life, a war: "(1533 - 1603)", "(1980 - 2015)"
        low = 1000 if cal != "hijri" else low
    elif (m.group(0).startswith("من") or _FROM_OR_BETWEEN.search(c.before(m.start(), 6))) \
            and c.text[m.end("y1"):m.start("y2")].strip() not in ("-", "–", "/") and _PERIOD_END.match(c.text, m.end()):
        span = 100  # told in words, a phrase's end after it: "حكمت … من 1910 إلى 1945.", "بين 1814 إلى 1864،"
    if not (low <= y1 < y2 <= y1 + span and y2 <= high):
        return None
    return Range(When(calendar=cal, year=y1), When(calendar=cal, year=y2))


def happening(m: re.Match[str], c: Ctx) -> object:
    """"ثورة 25 يناير": the day a listed happening began, in its year."""
    mn, day = _month(c, m["month"]), _num(c, m["day"])
    if mn is None or day is None or mn.calendar != "gregorian":
        return None
    year = c.lex.happenings.get((mn.month, day))
    if year is None or (m["y"] and int(m["y"]) != year):
        return None  # "هجمات 11 سبتمبر 2001" takes its year; with another year it is a plain date
    return When(year=year, month=mn.month, day=day)


def happening_month(m: re.Match[str], c: Ctx) -> object:
    """"حرب أكتوبر", "ثورة يناير": the month a listed happening named by its bare month began;
    with its year told ("ثورة يوليو 1952"), that month of that year, listed or not."""
    mn = _month(c, m["month"])
    if mn is None or mn.calendar != "gregorian":
        return None
    if m["y"]:
        return When(year=int(m["y"]), month=mn.month)
    head = m["head"]
    year = next((y for (h, month), y in c.lex.happening_months.items() if month == mn.month and head.endswith(h)), None)
    return None if year is None else When(year=year, month=mn.month)


_YEAR_NOUN = kept(r"(?<!\w)(\w+)\s+$")
# the noun and one definite word it governs before the year: "كأس العالم 2014", "رؤية المملكة 2030"
_YEAR_NOUN_OF = kept(r"(?<!\w)(\w+)\s+ال(?!ذي\s|تي\s)\w{2,}\s+$")  # not "الي" (إلى), "الذي"
# or one or two names it governs: "كأس آسيا 2019", "أولمبياد لندن 2012", "بطولة أمم أفريقيا 2017"
# (the noun then heads a construct: no article; a name is no adjective in يّة: "حملة ترويجية 2000 مرة")
_NAME = r"(?!ال)[^\W\d]{3,}(?<!يه)"
_YEAR_NOUN_NAMES = (kept(r"(?<![\w])(?!" + _CONJ_BL + r"?ال)(\w+)\s+" + _NAME + r"\s+$"),
                    kept(r"(?<![\w])(?!" + _CONJ_BL + r"?ال)(\w+)\s+" + _NAME + r"\s+" + _NAME + r"\s+$"),
                    # a name of three words, the middle one a two-letter particle: "أولمبياد ريو دي جانيرو 2016"
                    kept(r"(?<![\w])(?!" + _CONJ_BL + r"?ال)(\w+)\s+" + _NAME + r"\s+(?!ال)[^\W\d]{2}\s+" + _NAME + r"\s+$"))
_NOUN_CLITICS = tuple(sorted(clitic_prefixes().prefixes()))  # و ف, ب ل ك, the article, or none


_WORD_RUN = kept(r"\w+")


@per_lexicon
def _year_noun_forms(lex: Lexicon) -> frozenset[str]:
    """Every ``year_nouns`` and ``year_adjectives`` word after each of :data:`_NOUN_CLITICS` (none, و, بال, ...)."""
    return frozenset(p + noun for p in _NOUN_CLITICS for noun in lex.year_nouns | lex.year_adjectives)


@per_lexicon
def _year_adjective_forms(lex: Lexicon) -> frozenset[str]:
    """Every ``year_adjectives`` word after each of :data:`_NOUN_CLITICS` ("والصيفية")."""
    return frozenset(p + adj for p in _NOUN_CLITICS for adj in lex.year_adjectives)


def _ends_year_phrase(c: Ctx, end: int) -> bool:
    """Whether the year ending at ``end`` ends its phrase: the text ends, a mark or punctuation follows,
    or a word of ``year_adjective_next`` ("الشتوية 2018 في كوريا"), not a counted noun ("2000 بطانية")."""
    nxt = _NEXT_WORD.match(c.text, end)
    if nxt is None:
        return True
    return nxt.group(1) in c.lex.year_adjective_next


def _is_year_noun(c: Ctx, word: str) -> bool:
    return word in _year_noun_forms(c.lex)


def noun_year(m: re.Match[str], c: Ctx) -> object:
    """"ميزانية 2021", "أحداث 1973", "كأس العالم 2014": a bare year after a noun that takes
    one, or after such a noun and the definite word it governs."""
    y = int(m["y"])
    near = c.before(m.start(), 30)
    if _year_noun_forms(c.lex).isdisjoint(_WORD_RUN.findall(near)):
        return None  # no noun that takes a year in reach: each look below reads one of these words (most
        # numbers after a word: "نحو 1500 شخص", "بلغت 2021 مليون"), one set look-up each, not four searches
    before = _YEAR_NOUN.search(near)
    if before is not None and not _is_year_noun(c, before.group(1)):
        before = _YEAR_NOUN_OF.search(near)
    for names in _YEAR_NOUN_NAMES:
        if before is None or not _is_year_noun(c, before.group(1)):
            before = names.search(near)
    hijri = _bare_calendar(y) == "hijri"  # "مواليد 1402"
    if not (1800 <= y <= 2100 or hijri) or before is None or not _is_year_noun(c, before.group(1)) \
            or _amount_at(c, m.end()):
        return None  # "بلغت الميزانية 2021 مليون دولار" is an amount
    nxt = _NEXT_WORD.match(c.text, m.end())
    if nxt is not None and c.lex.lookup("units", nxt.group(1)) is not None:
        return None  # "حملة 2000 يوم"
    if before.group(1) in _year_adjective_forms(c.lex) and not _ends_year_phrase(c, m.end()):
        return None  # "الحملة الشتوية 2000 بطانية": an amount; "الشتوية 2022 بعد" is the year
    return When(calendar="hijri", year=y) if hijri else When(year=y)


_AND = kept(r"\s+و\s*")


def _two_days(c: Ctx, m: re.Match[str]) -> tuple[int | None, int | None]:
    """The two days of "<d1> <to> <d2>". Joined by و, two compound numbers in words can be cut
    elsewhere than the pattern cut them ("بين الحادي والعشرين والتاسع والعشرين": 21 and 29, not
    "الحادي والعشرين والتاسع" and "العشرين"): the first cut where both halves read as days in order."""
    words = _AND.split(m["d1"]) + _AND.split(m["d2"])
    if m["to"] == "و" and len(words) > 2 and not (m["d1"][:1].isdigit() or m["d2"][:1].isdigit()):
        for cut in range(1, len(words)):
            a, b = _num(c, " و".join(words[:cut])), _num(c, " و".join(words[cut:]))
            if a is not None and b is not None and 1 <= a < b <= 31:
                return a, b
    return _num(c, m["d1"]), _num(c, m["d2"])


def day_range_month(m: re.Match[str], c: Ctx) -> object:
    opener = c.before(m.start(), 7).rstrip().rpartition(" ")[2]
    d1, d2 = _two_days(c, m)
    if m["to"] == "و" and opener not in c.lex.separators.range_openers and (d1 is None or d2 != d1 + 1):
        return None  # "و" joins a range only after "بين", "يومي"… (separators.yaml: range_openers), or
        # between two days that follow each other ("في 17 و18 أغسطس"), as after "يومي"
    if m["to"] == "و" and opener in c.lex.separators.dual_openers and d1 is not None and d2 != d1 + 1 \
            and not c.before(m.start(), 14).rstrip().removesuffix(opener).rstrip().endswith("بين"):
        return None  # "يومي 12 و15": two days, not the days between ("بين يومي 3 و5": the days between)
    if m["mdir"] or m["mthis"] or m["mcur"]:  # "من 10 إلى 12 من الشهر المقبل", "بين 4 و22 هذا الشهر", "12-14 الجاري"
        off = _direction(c, m["mdir"]) if m["mdir"] else 0
        if d1 is None or d2 is None or off is None or not (1 <= d1 < d2 <= 31) or m["year"] or m["dir"]:
            return None
        return Range(When(day=d1, rel_unit="month", rel_offset=off), When(day=d2, rel_unit="month", rel_offset=off))
    mn = _month(c, m["month"]) if m["month"] else None
    month = mn.month if mn else _num(c, m["mord"])
    if d1 is None or d2 is None or month is None or not (1 <= d1 < d2 <= 31) or not 1 <= month <= 12:
        return None
    cal = mn.calendar if mn else "gregorian"
    if _calendar(c, m["mark"], cal) != cal:
        return None  # "1-4 يونيو 1436هـ": a Gregorian month with a Hijri year
    year = _year(c, m["year"])
    direction = None if year is not None else _direction(c, m["dir"])  # "من 21 إلى 23 يناير المقبل"
    return Range(When(calendar=cal, year=year, month=month, day=d1, direction=direction),
                 When(calendar=cal, year=year, month=month, day=d2, direction=direction))


def day_month_to_day_of_it(m: re.Match[str], c: Ctx) -> object:
    """"من الأول من نوفمبر وحتى الخامس عشر منه", "بين 3 آذار و10 منه": the second day of the month the
    first named (منه: "of it")."""
    opener = c.before(m.start(), 7).rstrip().rpartition(" ")[2]
    if m["to"] == "و" and opener != "بين":
        return None  # "و" joins a range after "بين" only
    d1, d2 = _num(c, m["d1"]), _num(c, m["d2"])
    mn = _month(c, m["month"])
    if d1 is None or d2 is None or mn is None or not 1 <= d1 < d2 <= 31:
        return None
    year = _year(c, m["year"])
    direction = None if year is not None else _direction(c, m["dir"])
    return Range(When(calendar=mn.calendar, year=year, month=mn.month, day=d1, direction=direction),
                 When(calendar=mn.calendar, year=year, month=mn.month, day=d2, direction=direction))


def month_day_range(m: re.Match[str], c: Ctx) -> object:
    """"يوليو بين 5 و9", "الشهر المقبل من 10 إلى 20", "نوفمبر بين الخامس عشر والتاسع عشر": the
    month told first, then the days, opened by من or بين (and nothing counted after them)."""
    if (m["to"] == "و") != (m["op"] == "بين") and m["to"] != "-":
        return None  # "من 5 و9", "بين 5 حتى 9" are no ranges
    d1, d2 = _two_days(c, m)
    if d1 is None or d2 is None or not 1 <= d1 < d2 <= 31:
        return None
    if m["mdir"] or m["mthis"]:
        off = _direction(c, m["mdir"]) if m["mdir"] else 0
        if off is None:
            return None
        return Range(When(day=d1, rel_unit="month", rel_offset=off), When(day=d2, rel_unit="month", rel_offset=off))
    mn = _month(c, m["month"])
    if mn is None:
        return None
    return Range(When(calendar=mn.calendar, month=mn.month, day=d1), When(calendar=mn.calendar, month=mn.month, day=d2))


def month_range(m: re.Match[str], c: Ctx) -> object:
    """"يونيو – يوليو 2015", "من مارس إلى يونيو 2025", "بين أيار وآب": two months of one
    calendar joined by a dash or a range word, the first before the second in the same year."""
    if (m["to"] == "و") != (m["opener"] == "بين" or m["bpair"] is not None or m["pair"] is not None):
        return None  # "و" joins a range after "بين" or a dual ("شهري") only; "بين أيار حتى آب" is none
    m1, m2 = _month(c, m["m1"]), _month(c, m["m2"])
    if m1 is None or m2 is None or m1.calendar != m2.calendar or not m1.month < m2.month:
        return None
    if m["pair"] is not None and m2.month != m1.month + 1:
        return None  # "خلال شهري يناير وفبراير": the two months, one span; "شهري مارس ومايو": two months apart
    cal = _calendar(c, m["mark"], m1.calendar)
    if cal != m1.calendar:
        return None
    year = _year(c, m["year"])
    direction = None if year is not None else _direction(c, m["dir"])
    return Range(When(calendar=cal, year=year, month=m1.month, direction=direction),
                 When(calendar=cal, year=year, month=m2.month, direction=direction))


def night_between(m: re.Match[str], c: Ctx) -> object:
    """"ليلة 11 على 12 مارس": the night from the first day to the next."""
    d1, d2 = _num(c, m["d1"]), _num(c, m["d2"])
    mn, night = _month(c, m["month"]), c.lex.lookup("day_parts", "ليله")
    if d1 is None or d2 != d1 + 1 or mn is None or night is None or not 1 <= d1 <= 30:
        return None
    return When(calendar=mn.calendar, year=_year(c, m["year"]), month=mn.month, day=d1, part=night,
                direction=_direction(c, m["dir"]))


def night_between_weekdays(m: re.Match[str], c: Ctx) -> object:
    """"ليل الخميس الجمعة", "ليلة السبت إلى الأحد", "مساء السبت - الأحد": the night of the first
    weekday, the second the day after it (else two days, read apart)."""
    night = c.lex.lookup("day_parts", m["n"] or "ليل")  # "مساء السبت - الأحد": the night between, too
    wd1, wd2 = c.lex.lookup("weekdays", m["wd1"] or m["wd1e"]), c.lex.lookup("weekdays", m["wd2"])
    if night is None or wd1 is None or wd2 != wd1 % 7 + 1:
        return None
    before = _WORD_BEFORE.search(c.before(m.start(), 12))
    if before is not None and before.group(1) in c.lex.fuzzy:
        return None  # "بعد منتصف ليل الثلاثاء - الأربعاء": midnight, read by the rules of parts
    return When(weekday=wd1, part=night, direction=_direction(c, m["dir"]))


_WORD_BEFORE = kept(r"(\w+)\s+$")


_DAY = r"(?:\d{1,2}(?!\d)|{numphrase}|اول)"
_YEAR = r"(?P<year>\d{4}|\d{1,3}(?=\s*{ym}(?!\w))|{yearw}(?!\w))"


class _NoYear(_Swap):
    def __getitem__(self, key: str) -> str | None:
        if key in ("year", "mark", "mord", "mdir", "mthis", "mcur", "dir"):
            return None
        return self._m[key]


RULES: tuple[Rule, ...] = (
    Rule("<day> <month> <year>?",
         r"(?:(?:يوم|اليوم)\s+)?(?:ال\s?(?=\(?\d)(?P<dpar>\()?)?(?P<day>" + _DAY + r"|اخر(?=\s+ايام)|{last_day_words}(?=\s+(?:شهر|الشهر|{months_in_context})(?!\w)))(?(dpar)\))(?:\s+(?P<days>ايام)(?=\s))?\.?\s*(?:من\s+)?(?:"
         r"(?:شهر|الشهر)\s+(?P<mnum>\d{1,2}|{cardinals}|{ordinals})|الشهر\s+(?P<mdir>{dir})|(?P<mthis>هذا)\s+الشهر|(?P<mbare>الشهر)(?!\w|\s+(?:ال|\d|{dir}))|(?P<msame>نفس|ذات)\s+الشهر|(?P<mcur>الجاري|الحالي)|(?:شهر\s+)?(?P<month>{month}))(?:\.(?=[ \t]*\d)(?![ \t]*\d{4}[ \t]*[-–][ \t]*[^\W\d]))?"
         r"(?:\s*,?\s*(?:من\s+)?(?:{year_cue}\s*)?" + _YEAR + r"(?:\s*(?P<mark>{ym})(?!\w))?)?"
         r"(?:\s+(?P<dir>{dir})(?!\s+(?:ال)?(?:عام|سنه)(?!\w)))?", day_month_year, 2,
         starts='يوم اليوم ال # اول اخر {last_day_words} {ordinals} {cardinals}', follows='. ايام من شهر الشهر هذا نفس ذات الجاري الحالي {months_in_context}'),
    Rule("<day>/<month>/<year>", r"(?P<day>\d{1,2})\s*/\s*(?P<month>{month})\s*/\s*(?P<year>\d{4})(?!\d)(?:\s*(?P<mark>{ym})(?!\w))?",
         day_slash_month_year, 3,
         starts='#', follows='/'),
    Rule("<month> <day> <year>?",
         r"(?P<month>{month})\s*(?P<day>\d{1,2}(?!\d|\.\d)|{numphrase})"  # not a decimal: "في يوليو 4.9 مليار"
         r"(?:\s*,\s*(?P<year>\d{4}|{numphrase})|(?<!\d)\s+(?P<yw>{yearw})(?!\w))?", month_day_year, 1,
         starts='{months_in_context}'),
    Rule("<month> <year>?",
         r"(?:(?P<shahr>شهر|الشهر)\s+(?P<mnum>\d{1,2}(?!\d)|{cardinals}|{ordinals})"
         r"|(?:الشهر\s+الاخير|اخر\s+شهر)(?P<last>(?=\s+من\s+(?:(?:هذا|ذلك)\s+)?(?:(?:العام|السنه)(?!\s+(?:الدراسي|المالي|الهجري)\w*)|(?:عام\s+|سنه\s+)?\d{4})))"
         r"|(?:(?P<this>هذا|هذه)\s+)?(?:(?P<shahr2>شهر)\s+)?(?P<month>{month}))"
         r"(?:\s*,?\s*(?:من\s+)?(?:{year_cue}\s*)?" + _YEAR + r"(?:\s*(?P<mark>{ym})(?!\w))?)?"
         r"(?:\s+(?P<dir>{dir})(?!\s+(?:ال)?(?:عام|سنه)(?!\w)))?", month_year,
         starts='شهر الشهر اخر هذا هذه {months_in_context}'),
    Rule("since <year in words>", after_words(("منذ", "ومنذ")) + r"(?P<yw>{yearw})(?!\w)", since_year_in_words, 1,
         starts='الفين الفان'),
    Rule("year", r"(?P<pre>" + after_words(_YEAR_CUES_BEFORE + tuple("و" + w for w in _YEAR_CUES_BEFORE[:4])) + r"|(?<=\d\d\d\d,)|(?<=\d\d\d\d(?: و|, | ,))|(?<=\d\d\d\d(?: و | , ))|(?P<hslash>(?<=\d\d\d\d/)|(?<=\d\d\d\d/ )))?"
                 r"(?:(?P<cue>{year_cue}|(?:ال)?موسم|(?P<hijri>العام\s+الهجري|السنه\s+الهجريه))\s+(?P<par>\(\s*)?)?"
                 r"(?:(?P<y>\d{1,4})(?!\d)|(?<=[^\W\d] )(?P<yw>{yearw}|{cardinals}(?:\s+و\s*{cardinals}){1,3}|{cardinals}\s+{cardinals}(?:\s+و\s*{cardinals})?)(?!\w))(?:\s*(?P<mark>{ym})(?!\w))?"
                 r"(?(par)\s*\))"  # "عام (1859)"
                 r"(?(cue)|(?(mark)|(?(pre)|(?:(?=\s*(?:[)\]»\"”،:؛!?]|[.,](?!\d)|$)|\s+و\s*(?:19|20)\d\d(?!\d)|\s*[-–]\s*[^\W\d])"
                 r"|(?<=[)\"] \d\d\d\d)(?!\w)))))", year_only,  # after a title in brackets or quotes: "(المسافر) 2009 مع"
         starts='# عام العام سنه السنه لعام لسنه بعام بسنه {year_duals} موسم الموسم'),
    Rule("<year>-<year>", r"(?:(?:(?P<cue>{year_cue})|(?:ال)?موسم|(?:ال)?فتره)\s+)?(?:من\s+)?(?P<y1>\d{4})\s*(?:-|–|/|(?P<and>و)(?=\s*\d)|(?!و\s*\d){range_to})\s*(?P<y2>\d{4})(?!\d)"
                          r"(?:\s*(?P<mark>{ym})(?!\w))?",
         year_range, 2,
         starts='# عام العام سنه السنه لعام لسنه بعام بسنه {year_duals} موسم الموسم فتره الفتره', follows='- – / {range_to}'),
    Rule("<happening>", r"(?P<head>{happening_heads})\s+(?P<t>(?P<day>\d{1,2}|{numphrase})\s+(?:من\s+)?(?:شهر\s+)?"
                        r"(?P<month>{month})(?:\s*,?\s*(?:{year_cue}\s+)?(?P<y>\d{4})(?![\d/\-]))?)", happening, 3,
         starts='{happening_heads}', sealed=True),
    Rule("<happening> <month>", r"(?P<head>{happening_heads})\s+(?P<t>(?P<month>{month})"
                                r"(?:\s*,?\s*(?:{year_cue}\s+)?(?P<y>\d{4})(?![\d/\-])"
                                r"|(?!\s*\)?\s*(?:[\d(]|{dir}|{year_cue}|من\s|{cardinals}|{ordinals}))(?!\w)))", happening_month, 3,
         starts='{happening_heads}', sealed=True),
    Rule("<noun> <year>", r"(?<=[^\W\d_] )(?P<y>\d{4})(?![\d,/\-]|\.\d)", noun_year,
         starts='#_'),
    Rule("<night> <day>-<day> <month>",
         r"ليله\s+(?:ال\s?)?(?P<d1>\d{1,2}|{numphrase})\s*(?:علي|الي|و|-|/)\s*(?P<d2>\d{1,2}|{numphrase})\s+(?:من\s+)?"
         r"(?:شهر\s+)?(?P<month>{month})(?:\s*,?\s*(?:{year_cue}\s*)?(?P<year>\d{4}))?(?:\s+(?P<dir>{dir}))?",
         night_between, 4,
         starts='ليله'),
    Rule("<night> <weekday>-<weekday>",
         r"(?:(?P<n>ليله|ليل)\s+(?P<wd1>{weekdays})\s*(?:(?:علي|الي|و)\s+|[-–/]\s*)?"
         r"|(?P<eve>مساء)\s+(?P<wd1e>{weekdays})\s*(?:(?:علي|الي)\s+|[-–/]\s*))"
         r"(?P<wd2>{weekdays})(?:\s+(?P<dir>{dir}))?",
         night_between_weekdays, 4,
         starts='ليله ليل مساء'),
    Rule("<day>-<day> <month>",
         r"(?:ال\s?(?=\d))?(?P<d1>\d{1,2}|{numphrase})\s*(?P<to>-|{range_to})\s*(?:ال\s?(?=\d))?(?P<d2>\d{1,2}|{numphrase})\s*(?:(?:من|في)\s+)?"
         r"(?:(?:شهر\s+)?(?P<month>{month})|الشهر\s+(?P<mord>{ordinals})|الشهر\s+(?P<mdir>{dir})|(?P<mthis>هذا)\s+الشهر|(?P<mcur>الجاري|الحالي))"
         r"(?:\s*,?\s*(?:{year_cue}\s*)?(?P<year>\d{4})(?:\s*(?P<mark>{ym})(?!\w))?)?(?:\s+(?P<dir>{dir}))?",
         day_range_month, 3,
         starts='# ال {ordinals} {cardinals}', follows='- {range_to}'),
    # each day after its weekday, the month once at the end: "من الخميس 16 حتى السبت 18 أكتوبر" (a weekday
    # before one day only ends another range: "إلى يوم الخميس 12-14 شوال")
    Rule("<weekday> <day>-<weekday> <day> <month>",
         r"(?:يوم\s+)?{weekdays}\s+(?P<d1>\d{1,2})\s*(?P<to>{range_to})\s*(?:يوم\s+)?{weekdays}\s+(?P<d2>\d{1,2})\s*"
         r"(?:(?:من|في)\s+)?"
         r"(?:(?:شهر\s+)?(?P<month>{month})|الشهر\s+(?P<mord>{ordinals})|الشهر\s+(?P<mdir>{dir})|(?P<mthis>هذا)\s+الشهر|(?P<mcur>الجاري|الحالي))"
         r"(?:\s*,?\s*(?:{year_cue}\s*)?(?P<year>\d{4})(?:\s*(?P<mark>{ym})(?!\w))?)?(?:\s+(?P<dir>{dir}))?",
         day_range_month, 3,
         starts='يوم {weekdays}'),
    Rule("<day> <month> <to> <day> of it",
         r"(?:ال\s?(?=\d))?(?P<d1>\d{1,2}|{numphrase})\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{month})"
         r"(?:\s*,?\s*(?:{year_cue}\s*)?(?P<year>\d{4}))?(?:\s+(?P<dir>{dir}))?\s*"
         r"(?P<to>{range_to})\s*(?:ال\s?(?=\d))?(?P<d2>\d{1,2}|{numphrase})\s+منه(?!\w)",
         day_month_to_day_of_it, 3,
         starts='# ال {ordinals} {cardinals}', follows='من شهر {months_in_context}'),
    Rule("<month>-<month>", r"(?:(?P<m1>{months_in_context})\s*[-–]\s*|(?:(?<=(?P<opener>من) )|(?<=(?P<opener2>بين) )|(?<=بين (?P<bpair>شهري) )|(?<=(?P<pair>شهري) )(?<!الشهري ))(?P<m12>{months_in_context})\s+"  # "بين شهري", "شهري": a dual (not the adjective "الشهري")
                            r"(?P<to>{range_to})\s*)(?P<m2>{months_in_context})"
                            r"(?:\s*,?\s*(?:{year_cue}\s*)?(?P<year>\d{4})(?:\s*(?P<mark>{ym})(?!\w))?)?(?:\s+(?P<dir>{dir}))?",
         lambda m, c: month_range(_Swap(m), c), 3,
         starts='{months_in_context}'),
    Rule("<month> <day>-<day>", r"(?P<month>{month})\s+(?P<d1>\d{1,2})\s*(?P<to>-|(?!و){range_to})\s*(?P<d2>\d{1,2})(?!\d)",
         lambda m, c: day_range_month(_NoYear(m), c), 3,
         starts='{months_in_context}'),
    Rule("<month> <from> <day> <to> <day>",
         r"(?:(?:شهر\s+)?(?P<month>{month})|الشهر\s+(?P<mdir>{dir})|(?P<mthis>هذا)\s+الشهر)\s+(?P<op>من|بين)\s+"
         r"(?:ال\s?(?=\d))?(?P<d1>\d{1,2}|{numphrase})\s*(?P<to>-|{range_to})\s*(?:ال\s?(?=\d))?(?P<d2>\d{1,2}|{numphrase})(?!\d)"
         r"(?=\s*(?:$|[^\w\s]|(?:في|من|على|علي|الى|حتى|حتي|ب|" + _CONJ + r"\w+)(?!\w)))",
         month_day_range, 3,
         starts='شهر الشهر هذا {months_in_context}'),
)
