"""Amounts of time: ثلاثة أيام, منذ عامين, طوال العام.

Examples for every rule here live in ``durations.yaml`` beside this file.
"""

from __future__ import annotations

import re

from timeline._programs import USER_CACHE, compile_all, kept
from timeline.lang.ar.rules.common import (
    Ctx, Rule, _NEXT_WORD, _PERIOD_UNITS, _expand, _fraction_minutes, _num, per_lexicon,
)
from timeline.lexicon import Lexicon, clitic_prefixes
from timeline.normalize import fold_letters
from timeline.semantics import Duration, Shift, Vague, When, Within

_CONJ = clitic_prefixes().conjunction  # [وف]

__all__ = ["RULES"]


def throughout(m: re.Match[str], c: Ctx) -> object:
    """"طوال العام": all of one unit, a duration."""
    unit = "day" if m["unit"] == "اليوم" else _PERIOD_UNITS[m["unit"][2:]]
    return Duration(((1, unit),))


def _in_construct(c: Ctx, end: int) -> bool:
    """Whether the word after ``end`` makes a construct with the plural before it: a definite
    noun or a month ("ساعات الصباح", "أيام شهر رمضان", "أشهر أغسطس")."""
    nxt = _NEXT_WORD.match(c.text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return (word.startswith("ال") and len(word) > 3) or word == "شهر" \
        or c.lex.lookup("months_in_context", word) is not None  # not "الي", "الا" (إلى, إلا folded)
_NUMBER_BEFORE = kept(r"\d\s*$")
# what may follow "لحظة" said as an amount ("منذ لحظة واحدة", "قبل لحظة من الانطلاق"); any other word
# after it is the noun of a construct ("منذ لحظة وصولهم") (folded)
_MOMENT_AFTER = frozenset(("من", "علي", "فقط", "تقريبا", "واحده", "وجيزه", "قصيره", "ثم", "حتي", "و"))
_OPENED = kept(r"\(\s*$")
_YEAR_IN_BRACKETS = kept(r"\s*\(\s*\d{4}")
_DECIMAL = kept(r"\d{1,9}\.\d+")
_DIGIT_AHEAD = kept(r"\s*\d")
_AT_A_DISTANCE = kept(r"(?<!\w)علي\s+$")  # "على بعد": "بعد" is a noun, the distance
_UNDER = kept(r"(?<!\w)تحت\s*\(?\s*(?:\d{1,2}\s*[-–/]\s*)?$")  # "تحت 23 عاماً", "تحت 13- 14 عام"
# after an amount, "من"/"على" + a noun count from an event ("بعد أربعة أيام فقط على فوزه"); "عن"
# is a verb's ("كشفت قبل أسبوعين عن خطة"); "من هذا اليوم", "من يومنا هذا" count from today, whole words
# ("الآن" folded is "الان": not "بعد أيام من الانتخابات", "بعد ساعات من الانفجار", "بعد سنوات من الانتظار");
# "على أيدي/يد" is by whom, no event ("خطف قبل ثلاثة أيام على أيدي مسلحين": ago; news58)
_FROM_EVENT = kept(r"(?:\s+(?:فقط|تقريبا|بالضبط))?\s+(?:من|علي)\s+(?!(?:الان|اليوم|تاريخه|الموعد|الزمن|يومنا|ايدي|يد|يدي)(?!\w)|هذا\s+(?:اليوم|التاريخ))[^\W\d]")


@per_lexicon
def _and_amount(lex: Lexicon) -> re.Pattern[str]:
    # its program kept between runs: ~0.006 s of each worker's first batch
    return compile_all([fold_letters(_expand(r"\s+و\s*(?:(?:\d{1,3}|{cardphrase})\s+)?(?P<u>{units})(?!\w)", lex))],
                       USER_CACHE)[0]


# a unit, "بعد" or "تلو", then the unit again or "آخر": one after another, no amount ("عاماً بعد
# عام", "أسبوعاً تلو الآخر", "سنة بعد أخرى"); the word before "بعد" and the word after the link
_WORD_BEFORE = kept(r"(?<!\w)" + _CONJ + r"?(?:ال)?([^\W\d_]+)\s+$")
_LINK_BEFORE = kept(r"(?<!\w)" + _CONJ + r"?(?:ال)?([^\W\d_]+)\s+(?:بعد|تلو)\s+$")
_LINK_AFTER = kept(r"\s+(?:بعد|تلو)\s+(?:ال)?([^\W\d_]+)(?!\w)")
_ANOTHER = frozenset(("اخر", "اخري"))


def _one_after_another(c: Ctx, start: int, end: int, unit: str, pre: str | None) -> bool:
    """Whether a single unit at ``start:end`` is one end of "unit بعد unit" (day by day)."""
    word = (_WORD_BEFORE if pre == "بعد" else _LINK_BEFORE).search(c.before(start, 22))
    if word is not None and (c.lex.lookup("units", word.group(1)) or (None,))[0] == unit:
        return True  # "عاماً [بعد عام]", "شهراً بعد [شهر]": the unit before the link
    if pre:
        return False
    link = _LINK_AFTER.match(c.text, end)  # "[أسبوعاً] بعد أسبوع"
    return link is not None and (link.group(1) in _ANOTHER or (c.lex.lookup("units", link.group(1)) or (None,))[0] == unit)


_UNIT_ORDER = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")


def _and_smaller(c: Ctx, end: int, unit: str) -> bool:
    """Whether "و" and an amount of a smaller unit follow: "ساعة وعشر دقائق", "عاماً وثلاثة
    أشهر", "سنة وشهرين" (one unit said alone, then the rest)."""
    if c.text[end + 1:end + 2] != "و":
        return False
    m = _and_amount(c.lex).match(c.text, end)
    second = (c.lex.lookup("units", m["u"]) or (None,))[0] if m else None
    return second in _UNIT_ORDER and _UNIT_ORDER.index(second) < _UNIT_ORDER.index(unit)


def _fraction(c: Ctx, n_text: str | None) -> float | None:
    """A fraction's amount: "نصف" 0.5, "ثلثي" 2/3, "ثلاثة أرباع" 3/4 (numbers.yaml ``fractions``)."""
    if not n_text:
        return None
    one = c.lex.lookup("fractions", n_text)
    if one is not None:
        return one
    count, _, plural = n_text.rpartition(" ")
    part = c.lex.lookup("fraction_plurals", plural) if count else None
    n = _num(c, count) if part is not None else None
    return n * part if n is not None and 1 < n < 10 else None


@per_lexicon
def _amount_opener(lex: Lexicon) -> re.Pattern[str]:
    """What opens an amount ("منذ", "بعد", "نحو" ...): minutes after one are that amount, not a clock time."""
    return re.compile(fold_letters(_expand(
        r"(?<!\w)(?:منذ|قبل|بعد|خلال|غضون|طوال|لمده|مده|طيله|مدى|مدار|{approx}|اكثر\s+من|ما\s+يزيد\s+(?:علي|عن)|اقل\s+من)\s+$",
        lex)))


def minutes_to_hour(m: re.Match[str], c: Ctx) -> When | None:
    """"عشرين دقيقة بعد الخامسة" 05:20, "خمس دقائق حتى العاشرة" 09:55: minutes counted from an
    hour (a digit or a feminine ordinal: not "بعد الأولى", the first goal, nor "بعد البداية";
    the amount rule still finds the minutes there)."""
    n, h = _num(c, m["n"]), _num(c, m["hh"])
    if n is None or h is None or not 0 < n < 60 or not 0 < h <= 12 or _amount_opener(c.lex).search(c.before(m.start(), 24)) \
            or (not m["hh"].isdigit() and c.lex.lookup("ordinals", m["hh"].split()[0]) is None):
        return None
    if m["rel"] == "بعد":
        return When(hour=h, minute=n)
    return When(hour=(h - 1) % 24, minute=60 - n)


_OF_TIME = kept(r"\s+من\s+الزمن(?!\w)")
_CLAUSE_WORDS = kept(r"[^\W\d]+")
_CLAUSE_END = kept(r"[.،,؛;:!?؟\n]")


def _signed(c: Ctx, m: re.Match[str], unit: str) -> bool:
    """A count of ``unit`` with no opener after a word of signing in its clause ("وقّع النادي
    مساء الاثنين عقداً احترافياً", "أبرم الأمين خمسة عقود"): things signed, not an amount of time."""
    signed = c.lex.unit_signed_after.get(unit)
    if not signed or m["pre"] or m["approx"] or c.text[m.start() - 1:m.start()] == "ل":
        return False
    before = c.before(m.start(), 80)
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end():] if ends else before
    clitics = clitic_prefixes()
    return any(clitics.reads(w, signed, least=1) for w in _CLAUSE_WORDS.findall(clause))


_QUOTED_WORD = kept(r"[\s«»\"“”']+(\w+)")
_WORD = kept(r"\w+")
_OBJECT_REACH = 60  # chars before a count in which the same word said of the thing makes it the thing


def _object_sense(c: Ctx, m: re.Match[str], unit: str) -> bool:
    """Whether the unit word is the thing it also names: right before a word of the thing ("خلال
    ساعة «آبل ووتش»", "لعقود برنت", "عقدين استثماريين"), or a count of it after the same word so used
    just before in its clause with no opener of time ("له عقود استشارية من 5-6 عقود"; not "اشترى ساعة ذكية
    قبل ساعتين") (units.yaml ``object_before``)."""
    things = c.lex.unit_object_before.get(unit)
    if not things:
        return False
    nxt = _QUOTED_WORD.match(c.text, m.end("unit"))
    if nxt is not None and nxt.group(1) in things:
        return True
    if m["pre"]:
        return False  # "اشترى ساعة ذكية قبل ساعتين": an opener of time makes the count time
    before = c.before(m.start(), _OBJECT_REACH)
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end():] if ends else before
    words = _WORD.findall(clause)
    return any((c.lex.lookup("units", w) or (None,))[0] == unit and nw in things for w, nw in zip(words, words[1:]))


_LAST_WORD = kept(r"(?<!\w)(\w+)\s*$")


def _per_cent(c: Ctx, start: int) -> bool:
    """Whether the word right before ``start``, apart or glued, is one of ``percent_before`` (numbers.yaml: "في" of
    "في المئة", "ب" of "بالمائة") after a number ("تراجع 3 في المئة"; not "في المئة يوم الأولى من حكمه": the
    first hundred days)."""
    before = c.before(start, 24)
    word = _LAST_WORD.search(before)
    if word is None or word.group(1) not in c.lex.percent_before:
        return False
    number = _LAST_WORD.search(before, 0, word.start())
    if number is None:
        return False
    told = number.group(1)
    return told.isdigit() or any(_num(c, w) is not None for w in clitic_prefixes().unglued(told, article=False))


def amount_unit(m: re.Match[str], c: Ctx) -> object:
    unit, count = c.lex.lookup("units", m["unit"]) or (None, None)
    if unit is None or _object_sense(c, m, unit):
        return None
    n_text = m["n"]
    if m["the"] and count == 2 and not n_text:
        if not (m["approx"] or m["pre"] in ("منذ", "قبل", "بعد")):
            return None  # "منذ قرابة الشهرين", "قبل اليومين"; "الشهرين" alone is the two months just told
    elif m["the"] and (_fraction(c, n_text) is None or c.before(m.start(), 2).strip().endswith("و")) \
            and not (n_text and n_text.isdigit() and count is None and m.end() == m.end("unit")):
        return None  # only a fraction takes the definite unit ("نصف الساعة", "ثلاثة أرباع الساعة"), not after "ساعتين و";
        # digits take a definite plural as they take the indefinite ("لمدة 3 الساعات")
    if m["cpar"] and not _OPENED.search(c.before(m.start(), 3)):
        return None  # "5) سنوات": a list's number; "(35) عاماً" takes both brackets
    if n_text:
        if n_text in ("بضعه", "بضع", "عده"):
            amount: float | None = None
        elif n_text in ("احد", "احدي"):
            return None  # "أحد أشهر المحامين": one of the most famous
        elif _fraction(c, n_text) is not None:  # "نصف", "ثلث", "ثلثي", "ثلاثة أرباع" (numbers.yaml fractions)
            amount = _fraction(c, n_text)
        elif not n_text[0].isdigit() and _NUMBER_BEFORE.search(c.before(m.start("n"), 4)):
            return None  # "100 ألف ساعة": a larger number than the words read, no amount rather than a wrong one
        else:
            amount = float(n_text) if _DECIMAL.fullmatch(n_text) else _num(c, n_text)
            if amount is None or (unit == "decade" and amount > 10):
                return None  # "650 عقداً" are contracts; "14 قرناً" are centuries
            if amount == 100 and n_text.startswith(clitic_prefixes().article) and _per_cent(c, m.start("n")):
                return None  # "تراجع 3 في المئة يوم الجمعة": per cent, then the day; no hundred days
            if _signed(c, m, unit):
                return None  # "أبرم الأمين خمسة عقود لمشاريع": contracts
    elif count is not None:
        if count == 1 and unit == "year" and m.end() == m.end("unit") and _YEAR_IN_BRACKETS.match(c.text, m.end()):
            return None  # "منذ عام (1428هـ 2007م)": the year noun before its number in brackets, no "a year ago"
        if _signed(c, m, unit):
            return None  # "وقع النادي عقدين استثماريين": contracts
        if count == 1 and m["unit"].startswith("لحظ") and m.end() == m.end("unit"):
            nxt = _NEXT_WORD.match(c.text, m.end())
            if nxt is not None and nxt.group(1) not in _MOMENT_AFTER:
                return None  # "منذ لحظة وصولهم": since the moment of a happening, no amount
        if _NUMBER_BEFORE.search(c.before(m.start(), 4)):
            return None  # "40 قرناً مضت": the count is the number before, refused above
        if count == 1 and unit in ("week", "month") and not (m["pre"] or m["approx"] or m["one"] or m["tail"] or m["frac"]) \
                and m.end() == m.end("unit") and _in_construct(c, m.end()) \
                and len(_NEXT_WORD.match(c.text, m.end()).group(1)) > 3:  # not "إلى", "إلا" (folded الي, الا)
            return None  # "برنامج أسبوع التهيئة", "شهر العسل": a named period, not an amount
        if count == 1 and unit == "month" and m.end() == m.end("unit"):
            nxt = _NEXT_WORD.match(c.text, m.end())
            if nxt is not None and c.lex.lookup("months_in_context", nxt.group(1)) is not None:
                return None  # "خلال شهر شوال", "لمدة شهر رجب": the noun before a month's name, no amount
        if count == 1 and unit == "day" and m.end() == m.end("unit"):
            nxt = _NEXT_WORD.match(c.text, m.end())
            if nxt is not None and (nxt.group(1) in c.lex.rel_days or nxt.group(1) in c.lex.weekdays):
                return None  # "طيلة يوم أمس", "طوال يوم غد": the day named after يوم, no amount
        bare_before = c.lex.unit_bare_before.get(unit)
        if bare_before is not None and count == 1 and m.end() == m.end("unit"):
            nxt = _NEXT_WORD.match(c.text, m.end())
            if nxt is not None and nxt.group(1) not in bare_before:
                return None  # "بعد عقد لجان", "مدة عقد لاعب": a holding, a contract
        amount = count
    elif _in_construct(c, m.end()):
        return None  # "منذ ساعات الصباح", "طيلة أيام شهر رمضان": the noun after it is the time
    elif m["pre"] in ("منذ", "قبل"):  # "منذ سنوات", "قبل أيام"
        return Vague("PAST_REF")
    elif m["pre"] == "بعد" and (m["ntail"] or _FROM_EVENT.match(c.text, m.end())):
        return Duration(((0, unit),))  # "بعد ساعات من القصف", "بعد أشهر من ذلك": counted from an event whose date is unknown here
    elif m["pre"] == "بعد" and unit != "decade":
        # "ستفرج عنهم بعد ساعات", "بعد أيام قليلة": some units from now (FUTURE_REF), or from a day the
        # story tells when told in the past ("حتى قرأت بعد سنوات كتابه": PXY, timeline/tagger.py)
        return Shift(0, unit, 1)
    elif m["pre"] in ("طوال", "لمده", "طيله", "مدي", "مدار", "خلال", "غضون") or c.text[m.start() - 1:m.start()] == "ل" \
            or (m["few"] and m["pre"] in (None, "بعد") and unit != "decade"):
        # "طوال سنوات", "لسنوات", "على مدى قرون", "خلال ساعات", "بقي سنوات قليلة", "بعد أيام قليلة"
        # (from a day the story tells): some years; not "إبرام عقود عديدة" (contracts)
        return Duration(((0, unit),))
    else:
        return None
    if m["funit"] and (c.lex.lookup("units", m["funit"]) or (None,))[0] != unit:
        return None  # "شهراً ونصف الشهر" (a month and a half), not "يوم ونصف الساعة"
    if m["frac"] and amount is not None:
        amount += (_fraction_minutes(c, m["frac"]) or 0) / 60
    if m["less"]:  # "ساعتين إلا ربعاً": a quarter less, PT1H45M
        less = (_fraction_minutes(c, m["less"].removesuffix("ا")) or 0) / 60
        if amount is None or n_text and _fraction(c, n_text) is not None or not 0 < less < amount:
            return None
        amount -= less
    parts = ((amount, unit),)
    if unit == "hour" and amount is not None and amount * 4 % 1 and abs(amount * 60 - round(amount * 60)) < 0.1 \
            and not (n_text and n_text[0].isdigit()):  # "9.3 ساعة" stays as written
        # "ثلث ساعة" PT20M, "ثلاث ساعات وثلث" PT3H20M: a third of an hour is told in minutes
        whole, minutes = int(amount), round(amount * 60) % 60
        amount, unit = round(amount * 60), "minute"
        parts = ((whole, "hour"), (minutes, "minute")) if whole else ((minutes, "minute"),)
    pre = m["pre"]
    if m["low"]:  # "قبل 6 أو 7 سنوات", "منذ 8-9 سنوات": the larger amount's time, about
        low = _num(c, m["low"])
        if low is None or amount is None or not n_text or not 0 < low < amount or m["frac"] or m["less"]:
            return None
        if pre not in ("منذ", "قبل", "بعد"):
            return None  # "خلال 3-10 أيام", "لمدة 3 أو 4 أيام": the amounts alone, as engine._amount_ranges reads them
    if pre == "بعد" and _AT_A_DISTANCE.search(c.before(m.start(), 5)):
        pre = None  # "على بعد نحو ساعة من العاصمة", "على بعد نصف قرن من ذلك التاريخ": how far, an amount
    if count == 1 and _DIGIT_AHEAD.match(c.text, m.end(), m.end() + 3) and (not n_text or (unit == "year" and not m["unit"].endswith("ا"))):
        return None  # "خلال عام 2013", "الجامبوري الرابع والعشرون عام 2019": the year, not an amount
    if m["one"] and (n_text or count != 1 or unit == "second"):
        return None  # "واحد" only after a singular with no number: "عام واحد"; not "للحظة واحدة" (a moment)
    if not n_text and count == 1 and not pre and not m["tail"] and not m["frac"] and not m["less"] and not m["one"] \
            and unit not in ("week", "month") and not (m["approx"] and m["approx"] != "نحو") \
            and not (m["approx"] and c.text[m.start() - 1:m.start()] == "ل") \
            and not _and_smaller(c, m.end(), unit) and not (unit != "second" and _OF_TIME.match(c.text, m.end())):
        return None  # "يوم", "عام", "ساعة" alone are too often other words; "ساعة ونصف" is a time, and "عقداً من
        # الزمن", "قرناً من الزمن" (said to be an amount of time; not "في أي لحظة من الزمن"); not
        # "لأكثر من عام", "في أقل من ساعة", "قرابة عام", "زهاء عقد من الزمن", "لنحو عام" (not "نحو عام
        # جديد": towards)
    if count == 1 and not n_text and not m["approx"] and _one_after_another(c, m.start(), m.end(), unit, pre):
        return None  # "ويتراجع السوق أسبوعاً بعد أسبوع": progressively, no amount
    if amount is None:  # "بضعة أيام": a few days
        if pre in ("قبل", "بعد") and (m["ntail"] or _FROM_EVENT.match(c.text, m.end())):
            return Duration(((0, unit),))  # "بعد عدة أيام من تسليم القرار": counted from an event, not from now
        if pre in ("منذ", "قبل"):
            return Vague("PAST_REF")
        if pre == "بعد":
            return Vague("FUTURE_REF")
        return Duration(((0, unit),), mod="APPROX") if not pre else None
    tail = m["tail"] or ""
    if tail in ("مضت", "خلت", "مضي", "مضين") and not pre:
        pre = "قبل"  # "50 عاماً مضت": ago
    elif tail.startswith("من") and pre in (None, "بعد", "قبل") and not m["approx"] \
            and not c.before(m.start(), 2).strip().endswith("و"):
        pre = pre or "بعد"  # "ثلاثة أيام من الآن", "بعد عامين من الآن": counted from now (not "لم يمض
        # عليه أكثر من شهر من الآن", nor the last part of "عام و4 أشهر من الآن")
    mod = "APPROX" if m["approx"] and not m["approx"].startswith(("اكثر", "اقل", "ما يزيد")) else \
        ("MORE_THAN" if m["approx"] and m["approx"].startswith(("اكثر", "ما يزيد")) else
         ("LESS_THAN" if m["approx"] else "APPROX" if m["low"] or "تقريبا" in tail else None))
    if _UNDER.search(c.before(m.start(), 12)):
        return None  # "منتخب تحت 23 عاماً": an age category
    if pre in ("قبل", "بعد") and not m["ntail"] and _FROM_EVENT.match(c.text, m.end()):
        # "بعد سبعة أشهر على انتهاء المهمة": counted from an event whose date is unknown here; its bound
        # kept ("بعد أقل من سنة من العمل": less than a year; news46)
        return Duration(parts, mod=mod)
    if pre in ("منذ", "قبل", "بعد"):
        sign = 1 if pre == "بعد" else -1
        if mod in ("MORE_THAN", "LESS_THAN"):  # "منذ أكثر من 25 عاماً": before that year
            mod = "BEFORE" if (mod == "MORE_THAN") == (sign < 0) else "AFTER"
        return Shift(amount, unit, sign, narrative=bool(m["ntail"]), mod=mod, now=tail.startswith("من"))
    if pre in ("خلال", "غضون") and not mod:
        return Within(amount, unit, None)
    return Duration(parts, mod=mod)


def before_after_that(m: re.Match[str], c: Ctx) -> object:
    """"وقبل ذلك بيوم", "وبعدها بثلاثة أيام": counted from the day the text last set."""
    unit, count = c.lex.lookup("units", m["unit"]) or (None, None)
    if unit is None or unit in ("decade", "century"):
        return None
    n_text = m["n"]
    amount = (float(n_text) if _DECIMAL.fullmatch(n_text) else _num(c, n_text)) if n_text else count
    if amount is None or amount <= 0:
        return None  # "قبل ذلك بأيام": some days, no count
    return Shift(amount, unit, 1 if m["pre"].startswith("بعد") else -1, narrative=True)


_MOST_YEARS = 1000  # no anniversary counts more


def anniversary(m: re.Match[str], c: Ctx) -> object:
    """"الذكرى الخمسين", "الذكرى السنوية الأولى", "الذكرى الـ70", "الذكرى المئوية": the years since, a duration."""
    if m["count"]:  # "الذكرى المئوية" 100 years, "الذكرى المئوية الثانية" 200 (gen59)
        times = _num(c, m["times"]) if m["times"] else 1
        n = c.lex.anniversary_counts[m["count"]] * times if times else None
    else:
        n = _num(c, m["digits"] or m["n"])
    return Duration(((n, "year"),)) if n is not None and 0 < n <= _MOST_YEARS else None


RULES: tuple[Rule, ...] = (
    Rule("throughout the <unit>", r"(?:طوال|طيله)\s+(?P<unit>اليوم|الاسبوع|الشهر|العام|السنه)(?!\s+(?:{dir}|\d))",
         throughout, 1,
         starts='طوال طيله'),
    Rule("<amount> <unit>",
         r"(?:(?P<pre>منذ|قبل|بعد|خلال|غضون|طوال|لمده|مده|طيله|مدى|مدار)\s+)?"
         r"(?:(?<=بعد )(?:مرور|انقضاء|مضي)\s+)?"  # "بعد مرور أسبوع", "بعد انقضاء شهرين": after an amount has passed
         r"(?:(?P<approx>{approx}|اكثر\s+من|ما\s+يزيد\s+(?:علي|عن)|اقل\s+من)\s+)?"
         r"(?(pre)(?:(?=[^\W_]{1,8}(?:\s+او\s|\s*[-–]))(?P<low>\d{1,3}|{cardinals})(?:\s+او\s+|\s*[-–]\s*)(?=\d|[^\W\d_]))?)"  # after قبل، منذ…: "قبل 6 أو 7 سنوات", "منذ 8-9 سنوات" (a look ahead first: the cardinals are many)
         r"(?:(?:(?<=\w )(?P<npar>\(\s*))?(?P<n>\d+(?:\.\d+)?|{cardphrase}(?:\s+{fraction_plurals})?|بضعه|بضع|عده|{fractions})(?(npar)\s*\)|(?P<cpar>\s*\))?)\s+)?"  # "لمدة (21) يوماً", "(35) عاماً"
         r"(?P<the>ال(?=ساعه|دقيقه|\w+[يا]ن(?!\w))|(?<=\d )ال)?(?P<unit>{units})"
         r"(?P<one>\s+واحد(?:ا|ه|ه?ا)?(?!\w))?"  # "عاماً واحداً", "ساعة واحدة": one, said
         r"(?:\s+و\s*(?P<frac>{fractions})(?:\s+ال(?P<funit>{units})(?!\s+{weekdays}))?"
         r"|\s+الا\s+(?P<less>ربعا|ربع|ثلثا|ثلث)(?!\s+(?:ال)?{units}))?(?:\s+(?P<few>{vague_amounts}))?"
         r"(?:\s+(?P<tail>كامله|كاملا|كاملين|كاملان|كامل|تقريبا|مضت|خلت|مضي|مضين|من\s+(?:الان|اليوم(?!\s+(?:ال|\d)))))?"  # "من اليوم": today, not "من اليوم الأول"
         r"(?P<ntail>\s+{narrative_tails})?",
         amount_unit,
         starts='# منذ قبل بعد خلال غضون طوال لمده مده طيله مدي مدار بضعه بضع عده {fractions} اكثر اقل ما_يزيد {approx} {units} {ordinals} {cardinals}',
         follows='. ) ال {units} {fraction_plurals}'),
    # its own rule, so that the minutes stay an amount where no hour follows ("عشر دقائق بعد البداية")
    Rule("<minutes> before/after <hour>",
         r"(?P<n>\d{1,2}|{cardphrase})\s+(?P<unit>{units})(?:(?<=دقيقه)|(?<=دقائق))"
         r"\s+(?P<rel>قبل|بعد|حتي)\s+(?:الساعه\s+)?(?P<hh>\d{1,2}(?![\d:.,])|ال\w+ه(?:\s+عشر\w*)?)",
         minutes_to_hour,
         starts='# {cardinals}', follows='{units}'),
    Rule("before/after that by <amount>",
         r"(?P<pre>قبل|بعد)(?:\s+(?:ذلك|ذاك|هذا)\s+|(?:ها|ه)\s+)ب(?:(?P<n>\d+|{cardphrase})\s+)?(?P<unit>{units})(?!\w)",
         before_after_that, 2,
         starts='قبل بعد قبلها بعدها قبله بعده'),
    Rule("anniversary <n>",
         r"{anniversary_nouns}(?:\s+{anniversary_years})?\s+(?:(?P<count>{anniversary_counts})(?:\s+(?P<times>{ordinals}))?"
         r"|(?P<n>{numphrase}|(?:ال\s*[ـ\-]?\s*)?(?P<digits>\d{1,3})))(?!\w)"
         # digits are an anniversary's only before what it is of (لـ، للنكبة، على), a definite word, a unit or
         # a stop: not a count ("الذكرى 100 ألف شخص", "3 آلاف", "400 مواطن") nor a date ("الذكرى 30 يونيو")
         r"(?(digits)(?=\s*(?:$|[^\w\s]|ل|ال(?!ا?ف)|على(?!\w)|{units}(?!\w))))",
         anniversary, 1,
         starts='{anniversary_nouns}'),
)
