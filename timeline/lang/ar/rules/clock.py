"""Clock times and parts of the day: 10:30, الساعة التاسعة والنصف مساءً, time zones.

Examples for every rule here live in ``clock.yaml`` beside this file.
"""

from __future__ import annotations

import functools
import re

from timeline._programs import USER_CACHE, compile_all, kept
from timeline.lang.ar.rules.common import (
    Ctx, Rule, _Swap, _amount_at, _direction, _fraction_minutes, _in_habit, _is_age, _num, per_lexicon,
)
from timeline.lexicon import DayPart, Lexicon, Separators, after_words, clitic_prefixes
from timeline.semantics import Marker, Range, Recurring, When
from timeline.zones import find_zone

_CONJ = clitic_prefixes().conjunction  # [وف]
_CONJ_BL = clitic_prefixes().conjunction_or("بل")  # [وفبل]
_CONJ_B = clitic_prefixes().conjunction_or("ب")  # [وفب]

__all__ = ["RULES"]


_CLOCK_CUES_BEFORE = ("في", "عند", "حتي", "منذ", "قبل", "بعد", "الي", "من", "بين")


_PREVIOUS_WORD = kept(r"(?<!\w)" + _CONJ_B + r"?(\w+)\s+$")
_NEXT_DEFINITE_WORD = kept(r"\s+(ال\w+)")
_WORD_BEFORE = kept(r"(?<!\w)(\w+)\s+$")
_AFTER_DEFINITE = kept(r"(?<!\w)" + _CONJ_BL + r"?ال\w{3,}\s+$")  # not "آلام", folded "الام"


def _part_cue(lex: Lexicon) -> re.Pattern[str]:
    """What, ending the text before a bare part of the day that is also a noun, makes it a
    time (day_parts.yaml): a cue word, a number, a verb in the future."""
    return _before_patterns(lex)[0]


def _part_cue_source(lex: Lexicon) -> str:
    words = "|".join(map(re.escape, lex.part_cues))
    verbs = "|".join(map(re.escape, lex.future_prefixes))
    return r"(?:\d|(?<!\w)" + _CONJ_BL + r"?(?:" + words + r")|(?<!\w)" + _CONJ + r"?(?:" + verbs + r")\w{2,})[\s\-]+$"


@per_lexicon
def _before_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The patterns this module builds from word lists to read what comes before a match
    (:func:`_part_cue`, :func:`_timed_before`, :func:`_future_verb_before`, :func:`_approx_before`,
    :func:`_part_before`), made on first use with their programs kept between runs
    (:func:`timeline._programs.compile_all`): compiled, they cost ~20 ms of each process's first
    articles (``_timed_before``'s 3 KB alone ~12 ms)."""
    return tuple(compile_all([_part_cue_source(lex), _timed_before_source(lex), _future_verb_before_source(lex),
                              _approx_before_source(lex), _part_before_source(lex)], USER_CACHE))


@per_lexicon
def _always(lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pairs of parts meaning "always" (day_parts.yaml ``always``) as what follows a pair's
    first part (" ونهارا") and what comes before its last ("ليلا و", "ليلا "): each checked
    with one ``startswith``/``endswith``, as parts of the day are matched everywhere."""
    after, before = [], []
    for pair in lex.part_always:
        first, _, rest = pair.partition(" ")
        after.append(" " + rest)
        last = pair.rsplit(" ", 1)[1]
        before.append(pair[:len(pair) - len(last)])
        if last.startswith("و"):
            before.append(pair[:len(pair) - len(last) + 1])  # the part matched without its و
    return tuple(after), tuple(before)


@per_lexicon
def _always_heads(lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """Each pair of :func:`_always` with what comes before its last part."""
    before = _always(lex)[1]
    return tuple((head, pair) for pair in lex.part_always for head in before if pair.startswith(head))


@per_lexicon
def _hour_ahead(lex: Lexicon) -> re.Pattern[str]:
    """A range word of separators.yaml and an hour after it: " حتى الرابعة", " إلى الساعة 4"."""
    return re.compile(r"\s*(?:" + _range_words(lex.separators) + r")\s*(?:الساعه\s+)?(?P<h>\d{1,2}(?![\d.,/])|ال\w+ه)(?:\s+عشر\w*)?(?!\w)")


def _opens_clock_range(c: Ctx, end: int) -> bool:
    """An hour follows after a range word: a feminine ordinal, or digits after الساعة (not
    "من الظهر إلى 3 أمتار", "من الظهر حتى الرقبة")."""
    ahead = _hour_ahead(c.lex).match(c.text, end)
    if ahead is None:
        return False
    h = ahead["h"]
    return "الساعه" in ahead.group() if h.isdigit() else c.lex.lookup("ordinals", h) is not None


def _placed_by_word_before(c: Ctx, start: int) -> bool:
    """A relative day or an hour in words right before ``start``: "أمس الظهر", "بكرة الضهر" (the noon of that
    day), "الساعة اتنين الضهر" (as digits are: "الساعة 2 الظهر")."""
    previous = _WORD_BEFORE.search(c.before(start, 12))  # whole: "بكرة" is no ب + "كرة"
    return previous is not None and (previous.group(1) in c.lex.rel_days or _hour_word(c, previous.group(1)))


def _day_after(c: Ctx, end: int) -> bool:
    """A day named right after ``end``: a weekday, a relative day, "يوم" ("أمسية الخميس", "أمسية يوم الجمعة")."""
    after = _NEXT_WORD.match(c.text, end)
    w = after.group(1) if after else ""
    return w in ("يوم", "اليوم") or c.lex.lookup("weekdays", w) is not None or w in c.lex.rel_days


def day_part(m: re.Match[str], c: Ctx) -> object:
    part = c.lex.lookup("day_parts", m["p"])
    if part is None:
        return None
    if m["p"] in c.lex.part_homonyms \
            and not _part_cue(c.lex).search(c.before(m.start(), 12)) \
            and not (m["p"] in c.lex.part_after_definite and (_AFTER_DEFINITE.search(c.before(m.start(), 30))
                                                               or _placed_by_word_before(c, m.start()))) \
            and not (_OPENS_RANGE.search(c.before(m.start(), 6)) and _opens_clock_range(c, m.end())):
        return None  # "المغرب" is Morocco, "آلام الظهر" the back, unless a prayer or a time is meant, or it opens
        # a clock range ("من الظهر حتى الرابعة", "بين المغرب والعاشرة")
    if m["p"] in c.lex.part_before_day_only and not _day_after(c, m.end()):
        return None  # "أمسية شعرية": an event; "أمسية الخميس" is the evening
    after, before = _always(c.lex)
    if after and (c.text.startswith(after, m.end()) and c.text.startswith(c.lex.part_always, m.start())
                  or c.text.endswith(before, 0, m.start()) and any(
                      c.text.startswith(pair, m.start() - len(head)) for head, pair in _always_heads(c.lex))):
        return None  # "ليلاً ونهاراً", "صباحاً ومساءً": always, no time
    previous = _PREVIOUS_WORD.search(c.before(m.start(), 12))
    if previous is not None and previous.group(1) in c.lex.part_generic_before:
        return None  # "في أوقات الظهيرة": habitual, any day's
    if not (m["this"] or m["dir"]) and m["p"] != "الليله" and _part_alone(c, m, part) \
            and _in_habit(c, m.start(), m.end(), "day"):
        return Recurring(f"XXXX-XX-XXT{part.token}")  # "يخرجون عادة ليلاً": a habit, any day's night
    if m["this"] and part.name == "afternoon":
        return None  # "هذا العصر" is "this era"
    if m["this"] and not m["p"].startswith("ال"):
        return None  # "هذا المساء" is definite; in "وهذا ظهر بوضوح" the word is a verb
    if m["dir"]:  # "الليلة الماضية": last night; "الليلة قبل الماضية": the night before; "الليلة المقبلة"
        off = _direction(c, m["dir"])
        return When(part=part, rel_unit="day", rel_offset=off) if off is not None else None
    if m["this"] or m["p"] in ("الليله",):
        described = _NEXT_DEFINITE_WORD.match(c.text, m.end()) if not m["this"] else None
        if described is not None and c.lex.lookup("directions", described.group(1)) is None \
                and described.group(1) not in _OF_AN_HOUR and (  # "الليلة الساعة 11": tonight, then its hour
                described.group(1).endswith("ه") or described.group(1) == "التي"
                or c.lex.lookup("ordinals", described.group(1)[2:]) is not None):
            return None  # "الليلة الثالثة عشرة", "الليلة النجدية", "في الليلة التي تسبق الفحص": a night told of, not tonight
        return When(part=part, rel_unit="day", rel_offset=0)
    return When(part=part)


_NEXT_WORD = kept(r"\s+(\w+)")
_OF_AN_HOUR = frozenset({"الساعه", "النصف", "نصف", "الربع", "ربع", "الثلث", "ثلث", "دقيقه", "دقائق", "كل"})


def _part_alone(c: Ctx, m: re.Match[str], part: DayPart) -> bool:
    """Whether a part of the day stands alone, an adverb ("ليلاً") or definite ("في المساء", an
    edge of it: "آخر المساء"): not after an hour ("التاسعة صباحاً", "5 صباحاً", "والنصف عصراً")
    nor before a set or a day it joins ("صباحاً كل يوم خميس", "صباحاً الخميس")."""
    edge = part.name.startswith(("early_", "late_")) and m["p"].rpartition(" ")[2].startswith("ال")
    if not m["p"].endswith("ا") and not m["p"].startswith("ال") and not edge:
        return False  # "مساء اليوم": a construct with its day; "ظهر" a verb or the back, "عشاء" a dinner
    after = _NEXT_WORD.match(c.text, m.end())
    for word in (_PREVIOUS_WORD.search(c.before(m.start(), 20)), after):
        if word is None:
            continue
        w = word.group(1)
        if w[-1].isdigit() or w in _OF_AN_HOUR or c.lex.lookup("weekdays", w) is not None \
                or any(c.lex.lookup(t, x) is not None for t in ("ordinals", "cardinals") for x in (w, w[2:])):
            return False
    return True


def clock_digits(m: re.Match[str], c: Ctx) -> object:
    if m["sep"] == "," and "الساعه" not in c.text[m.start():m.end()]:
        return None  # "الساعة 7,30 ت غ" (a news agency's comma); "عند 7,30 %" is a number
    if m["sep"] == "." and (_amount_at(c, m.end())
                            or not (m["cue"] or m["ampm"] or _part_patterns(c)[0]
                                    .match(c.text, m.end()))):
        return None  # "عند 7.26 في المائة", "عند 15.31 ريال"; but "الساعة 7.15 صباحاً" is a time
    h, mi = int(m["h"]), int(m["mi"])
    s = int(m["s"]) if m["s"] else None
    if h > 24 or mi > 59 or (s is not None and s > 59):
        return None
    if m["ampm"] == "م" and h < 12:  # "09:15 م": after noon
        h += 12
    elif m["ampm"] == "ص" and h == 12:
        h = 0
    # a zero before the hour writes the clock on 24 hours ("الساعة 02:00", "0200 بتوقيت غرينتش"): the
    # small hours, never the afternoon a bare hour told in the future may be
    return When(hour=h % 24, minute=mi, second=s, h24=not m["ampm"] and len(m["h"]) == 2 and m["h"][0] == "0")


def _part_patterns(c: Ctx) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _part_patterns_of(c.lex)


@per_lexicon
def _part_patterns_of(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _compiled_part_patterns(lex.alt("day_parts"), _range_words(lex.separators))


@functools.lru_cache(maxsize=4)
def _range_words(sep: Separators) -> str:
    """The words of a range (separators.yaml) as an alternation: "إلى", "حتى", "لغاية", "لـ"."""
    words = sorted(sorted({*sep.range_words, *sep.range_words_after_opener, *sep.range_dashes}), key=len,
                   reverse=True)  # ties in one order: one source at every run
    return "|".join(map(re.escape, words))


@functools.lru_cache(maxsize=4)
def _compiled_part_patterns(parts: str, to: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For the day-part alternation ``parts``: a part right after a clock time ("7.15
    صباحاً"), the second end of a clock range after a range word of ``to`` ("من 3 إلى 5
    مساءً", "من 4 لـ 6 المسا", "من 7 إلى 9 في المساء"), and a part after "من"."""
    after, to_clock, of_part = compile_all([  # their programs kept between runs: ~0.012 s of every start
        r"\s*(?:" + parts + r")(?!\w)",
        r"\s*(?:" + to + r")\s*(?:الساعه\s+)?(?P<h2>\d{1,2}(?::\d{2})?|ال\w+ه|\w+)\s*(?:في\s+)?(?:" + parts + r")(?!\w)",
        r"\s+من\s+(?:" + parts + r")(?!\w)",  # "في السادسة من صباح اليوم"
    ], USER_CACHE)
    return after, to_clock, of_part


@per_lexicon
def _SCORE_BEFORE(lex: Lexicon) -> re.Pattern[str]:
    """A word of a match's result before a number pair (numbers.yaml ``score_words``)."""
    return re.compile(r"(?<!\w)" + _CONJ_BL + r"?(?:" + "|".join(map(re.escape, lex.score_words)) + r")")


def _hour_minutes(m: re.Match[str], c: Ctx) -> tuple[int, int | None] | None:
    h = _num(c, m["h"])
    if h is None or not 0 <= h <= 24:
        return None
    minute: int | None = None
    if m["frac"]:
        minute = _fraction_minutes(c, m["frac"])
    elif m["mi"] or m["mth"]:
        minute = _num(c, m["mi"] or m["mth"])
        if minute is None or minute > 59:
            return None
    if m["less"]:
        less = _fraction_minutes(c, m["less"].split()[0]) or _num(c, m["less"].split()[0])
        if less is None or less >= 60:
            return None
        if minute:  # "الخامسة والنصف إلا ثلاث دقائق": 05:27
            if less >= minute:
                return None
            return h, minute - less
        h, minute = (h - 1) % 24, 60 - less
    return h, minute


def _timed_before(lex: Lexicon) -> re.Pattern[str]:
    """What, ending the text before "في <ordinal>", makes the ordinal an hour: a verb in the
    future, a part of the day (with its day: "صباح الغد في الثامنة"), a weekday, a date."""
    return _before_patterns(lex)[1]


def _timed_before_source(lex: Lexicon) -> str:
    verbs = "|".join(map(re.escape, lex.future_prefixes))
    return r"(?:(?<!\w)" + _CONJ + r"?(?:" + verbs + r")\w{2,}|(?<!\w)" + _CONJ_BL + r"?(?:" + lex.alt("day_parts") + "|" \
        + lex.alt("weekdays") + "|" + lex.alt("months") + r")(?:\s+" + lex.alt("rel_days") + r")?|\d)\s+$"


_LAST_WORD = kept(r"(\w+)\s+$")


def _timed(c: Ctx, before: str) -> bool:
    """Whether ``before`` ends as :func:`_timed_before` says, a direction word after it dropped
    ("صباح الأحد المقبل في العاشرة": a dictionary look-up, not one more alternation to search)."""
    last = _LAST_WORD.search(before)
    if last is not None and c.lex.lookup("directions", last.group(1)) is not None:
        before = before[:last.start()]
    return _timed_before(c.lex).search(before) is not None


def _future_verb_before(lex: Lexicon) -> re.Pattern[str]:
    """A verb in the future just before (day_parts.yaml ``future_prefixes``: "سأعود ", "وسنلتقي ")."""
    return _before_patterns(lex)[2]


def _future_verb_before_source(lex: Lexicon) -> str:
    verbs = "|".join(map(re.escape, lex.future_prefixes))
    return r"(?<!\w)" + _CONJ + r"?(?:" + verbs + r")\w{2,}\s+$"


_CLAUSE_END = kept(r"\s*(?:$|[.!?؟,،;؛])")


def _bare_hour_placed(m: re.Match[str], c: Ctx) -> bool:
    """Whether an hour in words alone at a clause's end is placed: right after a verb in the future
    ("سنلتقي العاشرة"), or after a word of approximation (modifiers.yaml ``approx``) that comes where
    "في" would ("وصلوا صباح الاثنين قرابة التاسعة", "سأصل نحو الثامنة": :func:`_timed_before`)."""
    before = c.before(m.start(), 40)
    approx = _approx_before(c.lex).search(before)
    if approx is None:
        return _future_verb_before(c.lex).search(before[-24:]) is not None
    return _timed(c, before[:approx.start()])


def _approx_before(lex: Lexicon) -> re.Pattern[str]:
    """A word of approximation just before ("قرابة ", "وحوالي ")."""
    return _before_patterns(lex)[3]


def _approx_before_source(lex: Lexicon) -> str:
    return r"(?<!\w)" + _CONJ + r"?(?:" + "|".join(map(re.escape, lex.approx)) + r")\s+$"


def _placed_digit_hour(m: re.Match[str], c: Ctx) -> bool:
    """An hour in digits alone at a clause's end, after a part of the day ("مساء 7") or after
    في when what comes before في places it as it places "في السابعة" (:func:`_timed_before`):
    "الليلة في 10", "هذا الصباح في 8", "سأعود في 7" (not "في 5 مدن", nor "ارتفعت الحصيلة في 5"
    with no cue before في). The part before it is in construct, not an adverb nor definite ("قتل
    ليلاً 4، وأصيب..." counts), and has that hour ("مساء 3" is no evening hour); "ليلة 10" is a day."""
    if m["mi"] or not 1 <= int(m["h"]) <= 12 or _CLAUSE_END.match(c.text, m.end()) is None:
        return False
    before = c.before(m.start(), 33)
    if before.endswith("في "):
        return _timed(c, before[:-3])
    found = _part_before(c.lex).search(before)
    if found is None or found["p"].endswith("ا") or found["p"].startswith("ال") or found["p"] == "ليله":
        return False  # "ليلة 10": the night of the 10th (deictic "<day of month>"), as "ليلة 27 رمضان" is
    part = c.lex.lookup("day_parts", found["p"])
    hour = int(m["h"]) % 12
    return isinstance(part, DayPart) and any(part.holds(h) for h in (hour, hour + 12, hour + 24))


def _part_before(lex: Lexicon) -> re.Pattern[str]:
    """A part of the day just before, in construct ("مساء ", "وصباح ")."""
    return _before_patterns(lex)[4]


def _part_before_source(lex: Lexicon) -> str:
    return r"(?<!\w)" + _CONJ + r"?(?P<p>" + lex.alt("day_parts") + r")\s+$"


FEMININE_ORDINAL = r"ال\w+ه(?:\s+عشر\w*)?"  # the shape of an hour in words: "الثامنة", "الحادية عشرة"
_FEMININE_ORDINAL = kept(FEMININE_ORDINAL + "$")


# A word a feminine ordinal right after it qualifies: a noun with a pronoun ("في نسخته التاسعة", "مباراتها
# الثالثة") or a definite adjective of relation ("مواجهته الودية الخامسة", "القناة الإيرانية الثانية")
# (not the article with a clitic before it either: "بالمتهم", "للمتهم", "والمتهم")
_QUALIFIED_BEFORE = kept(r"(?<!\w)(?!" + clitic_prefixes().definite().removeprefix("^") + r"\w+ت(?:ه|ها|هم|هما)\s+$)"
                         + _CONJ_BL + r"?(?P<w>(?P<own>(?!ال)\w{3,}ت(?:ه|ها|هم|هما))|ال\w{2,}يه)\s+$")
_OWN = kept(r"(?!ال)\w{3,}ت(?:ه|ها|هم|هما)")  # a pronoun never follows the article: "المتهم" is no "دورتهم"
# the noun an adjective of relation qualifies, before it and any other such adjective: "القناة", "بالجولة",
# "مباراته", "القافلة (الإغاثية) السعودية"
_NOUN_BEFORE = kept(r"(?<!\w)" + _CONJ_BL + r"?(?:ال)?(?P<n>\w+)\s+(?:ال\w{2,}يه\s+)*$")


def _ordinal_of_noun(m: re.Match[str], c: Ctx) -> bool:
    """A feminine ordinal with no cue or preposition of its own, right after a word it qualifies,
    is that word's rank, not an hour ("ينطلق المهرجان في دورته التاسعة مساء غد", "تخوض مباراتها الودية
    الرابعة مساء اليوم"); not after another ordinal or a word of time ("الليلة الماضية")."""
    told = c.before(m.start(), 30)
    before = _QUALIFIED_BEFORE.search(told)
    if before is None:
        return False
    w = before["w"]
    if c.lex.lookup("ordinals", w) is not None or c.lex.lookup("directions", w) is not None:
        return False
    return before["own"] is not None or _ranks(c, m.start() - len(told) + before.start("w"))


def _ranks(c: Ctx, nisba: int) -> bool:
    """Whether the noun before an adjective of relation at ``nisba`` takes a rank: a noun with a
    pronoun ("مواجهته الودية") or a rankable one (``ranked_nouns``: "القناة الرسمية"), not "الشرطة المصرية"."""
    noun = _NOUN_BEFORE.search(c.before(nisba, 30))
    if noun is None:
        return False
    return _OWN.fullmatch(noun["n"]) is not None or noun["n"] in c.lex.ranked_nouns


_DEFINITE_TENS = kept(r"\s+و\s*(?P<w>ال\w+)")
# The text before the second end of a clock range told in words: "من اثنين إلى " (و/ف may stick to the
# opener: "ومن 4 إلى 10 مساءً")
_WORD_RANGE_START = kept(r"(?<!\w)" + _CONJ + r"?(?:من|بين)\s+(?P<w>\w+)\s*(?:الي|حتي|ل|-)\s*$")


def _hour_word(c: Ctx, word: str) -> bool:
    """A cardinal in words that can be an hour (1-12): "اثنين", "خمسة"."""
    return not word.isdigit() and 1 <= (c.lex.lookup("cardinals", word) or 0) <= 12


_OPENS_RANGE = kept(r"(?<!\w)" + _CONJ + r"?(?:من|بين)\s+$")
# The text before the second end of a clock range: "من الساعة 8 مساءً حتى "
_CLOCK_RANGE_END = kept(r"(?<!\w)" + _CONJ + r"?(?:من|بين)\s+(?:الساعه\s+)?(?:\d{1,2}(?:[:.]\d{2})?|ال\w+ه(?:\s+عشر\w*)?)"
                        r"(?:\s+[^\W\d]+)?\s*(?:-|الي|حتي|ل)\s*$")


# what stands before "توقيت" when a zone is named: "بتوقيت مكة", "حسب توقيت غرينتش", "بالتوقيت المحلي"
_ZONE_OPENER = r"(?:ب|حسب\s+|بال)"
# a zone after an hour: "السابعة بتوقيت مكة"
_ZONE_AFTER = kept(r"\s+" + _ZONE_OPENER + r"توقيت\s+(\w+)")


def _zone_named_after(c: Ctx, end: int) -> bool:
    """Whether a zone the table knows (zones.yaml) is named right after ``end``: not "بتوقيت قياسي" (in record time)."""
    zone = _ZONE_AFTER.match(c.text, end)
    return zone is not None and find_zone(zone.group(1)) is not None


# Two hours in digits each with its ص/م mark and no "الساعة", "من 10 ص إلى 2 م", "8 م - 2 ص": the marks of a
# clock only in such a pair with a ص in it (alone "20 م" is metres and "2015 م" a year's era; gen59)
_AMPM_PAIR_AHEAD = kept(r"\s*(?:-|–|الي|حتي)\s*\d{1,2}(?:[:.]\d{2})?\s*(?P<m>ص|م)(?!\w)")
_AMPM_PAIR_BEHIND = kept(r"(?<![\d.,/:])\d{1,2}(?:[:.]\d{2})?\s*(?P<m>ص|م)\s*(?:-|–|الي|حتي)\s*$")


def _ampm_paired(m: re.Match[str], c: Ctx) -> bool:
    """Whether the hour's ص/م (told with no cue) has another hour with its mark joined to it, one of them ص."""
    ahead = _AMPM_PAIR_AHEAD.match(c.text, m.end())
    other = ahead if ahead is not None else _AMPM_PAIR_BEHIND.search(c.before(m.start(), 24))
    return other is not None and "ص" in (m["ampm"], other["m"])


def clock_words(m: re.Match[str], c: Ctx) -> object:
    if m["ampm"] and not m["cue"] and not (m["h"].isdigit() and _ampm_paired(m, c)):
        return None
    if m["zone"] is not None and not (m["cue"] or m["frac"] or m["mi"] or m["less"] or m["mid"] or m["dash"]) \
            and not m["h"].isdigit() and not _zone_named_after(c, m.end()):
        return None  # a zone the table knows places a word's hour ("السابعة بتوقيت مكة"; not "بتوقيت قياسي")
    if m["bare"] is not None and not (_FEMININE_ORDINAL.match(m["h"]) and c.lex.lookup("ordinals", m["h"].split()[0])
                                      and _bare_hour_placed(m, c)):
        return None  # a feminine ordinal alone, at a clause's end, is an hour right after a verb in the
        # future ("سأعود الحادية عشرة", "سنلتقي العاشرة"), no other
    if _is_age(c, m.start(), m.end()):
        return None  # "طفلة في السادسة من العمر", "بين السابعة والعاشرة من العمر": an age
    if m["cue"] and not m["h"].isdigit() and not _FEMININE_ORDINAL.match(m["h"]) \
            and c.lex.lookup("ordinals", m["h"].split()[0]) is not None \
            and not (m["mi"] or m["frac"] or m["less"] or m["mid"] or m["after"] is not None
                     or _part_patterns(c)[2].match(c.text, m.end())):
        return None  # "نصف الساعة الأول", "الساعة الأولى من المباراة": an hour counted, not the clock (the
        # clock's hour is a feminine ordinal, "الساعة الثانية", and its first is "الواحدة"; "الساعة الأولى من
        # صباح الأحد" is one o'clock)
    if not m["mi"]:
        tens = _DEFINITE_TENS.match(c.text, m.end())
        if tens is not None and (c.lex.lookup("cardinals", tens["w"]) or 0) >= 20:
            return None  # "في الثانية والعشرين": the 22nd, a compound ordinal (a minute is never definite)
    opens_range = _OPENS_RANGE.search(c.before(m.start(), 6)) is not None
    if opens_range and (m["cue"] or m["after"] is not None) and m["mi"] and not (m["unit"] or m["frac"]):
        # "بين الساعة 9 و11", "بين 3 و4 عصراً": two hours, not 9:11
        first, last = _num(c, m["h"]), _num(c, m["mi"])
        if first is not None and last is not None and (first < last <= 24 or m["after"] is not None and last < first <= 12):
            # "بين 10 و1 ظهراً": the part of the day places both (engine, resolve)
            return Range(When(hour=first), When(hour=last))
    if not m["cue"] and m["h"].isdigit() and opens_range \
            and _part_patterns(c)[1].match(c.text, m.end()):  # "من 3 إلى 5 مساءً"
        return When(hour=int(m["h"])) if int(m["h"]) <= 24 else None
    if m["dash"] is not None and not (m["cue"] or m["mi"] or m["frac"] or m["less"] or m["mid"]):
        # "6-8 مساءً", "الاثنين 8-9 صباحاً": a dash between two hours and a part of the day after the
        # second, the first earlier (not a score: "فاز 2-1 مساء أمس")
        to = _part_patterns(c)[1].match(c.text, m.end())
        first = int(m["h"])
        if to is None or not to["h2"].isdigit() or not 1 <= first < int(to["h2"]) <= 12 \
                or _SCORE_BEFORE(c.lex).search(c.before(m.start(), 40)):
            return None
        return When(hour=first)
    if not m["cue"] and not m["mi"] and _hour_word(c, m["h"]):
        to = _part_patterns(c)[1].match(c.text, m.end())
        if opens_range and to is not None and _hour_word(c, to["h2"]):
            return When(hour=_num(c, m["h"]))  # "من اثنين إلى خمسة مساء": an hour in words opens a clock range
        start = _WORD_RANGE_START.search(c.before(m.start(), 30))
        if start is not None and m["after"] is not None and _hour_word(c, start["w"]):
            return When(hour=_num(c, m["h"]))  # ... and ends it, its part of the day after it
    if not m["cue"] and m["mi"] and not (m["unit"] or m["mi"].isdigit()) and _hour_word(c, m["h"]) \
            and (m["after"] is not None or _CLAUSE_END.match(c.text, m.end())) \
            and _future_verb_before(c.lex).search(c.before(m.start(), 24)):
        # "سأعود أحد عشر وخمسة", "سأصل ثمانية وأربعين صباحاً": an hour and its minutes in cardinals, said as
        # a clock does ("eleven five"), right after a verb in the future, at a clause's end or before a
        # part of the day (not "قتل خمسة وعشرين مساء أمس": a count)
        minute = _num(c, m["mi"])
        return When(hour=_num(c, m["h"]), minute=minute) if minute and minute % 5 == 0 and minute < 60 else None
    if not m["cue"]:
        # without "الساعة", a word is an hour only as "السابعة", "الحادية عشرة" (not
        # "ثاني أكبر", "أربع رئيسية"), and minutes need "دقيقة" or a part of the day
        # ("النسخة الثالثة والعشرون" is an ordinal)
        if not m["h"].isdigit() and not _FEMININE_ORDINAL.match(m["h"]):
            return None
        if m["pre"] is None and not m["h"].isdigit() and _ordinal_of_noun(m, c):
            return None
        if m["mi"] and not (m["unit"] or m["after"] is not None or m["mid"]):
            return None
        if m["h"].isdigit() and not (m["frac"] or m["unit"] or m["less"] or m["after"] is not None and m["zone"] is None
                                     or m["mid"] or m["ampm"]  # paired (checked above): "من 10 ص إلى 2 م"
                                     or c.before(m.start(), 4).endswith("عند ") and not _amount_at(c, m.end())
                                     or _CLOCK_RANGE_END.search(c.before(m.start(), 40))
                                     or _placed_digit_hour(m, c)):
            return None  # "في 5 مدن" is a count; "عند 7", "من الساعة 8 مساءً حتى 11" are times ("عند 2%" a rate)
    if m["cue"] in (None, "تمام") and not m["h"].isdigit() and c.lex.lookup("ordinals", m["h"]) is None \
            and _num(c, m["h"]) != 1:
        return None  # "حتى تمام الخمسة توائم", "في الخمسة المناطق" count; "الخامسة", "الواحدة" are times
    if m["pre"] is not None and not (m["cue"] or m["frac"] or m["mi"] or m["less"] or m["after"] is not None or m["mid"]) \
            and c.before(m.start(), 3) == "في " and not _part_patterns(c)[2].match(c.text, m.end()) \
            and not _timed(c, c.before(m.start() - 3, 30)):
        # "خسر في الثانية", "طفلة في السادسة", "ميغابايت في الثانية" are no times; "في السادسة من
        # صباح اليوم", "سأعود في السابعة", "الصباح في التاسعة", "23 أكتوبر في السابعة" are
        return None
    hm = _hour_minutes(m, c)
    if hm is None:
        return None
    if m["mid"] and hm[0] <= 12:  # "الواحدة بعد منتصف الليل" 01:00, "الحادية عشرة قبل منتصف الليل" 23:00
        after = m["mid"] != "قبل"  # after midnight: a small hour, never the afternoon one ("سأعود في الثانية ...")
        return When(hour=hm[0] % 12 + (0 if after else 12), minute=hm[1],
                    part=c.lex.lookup("day_parts", "منتصف الليل") if after else None)
    if m["ampm"]:  # "الساعة 3 م" 15:00, "الساعة 12 ص" 00:00
        return When(hour=hm[0] % 12 + (12 if m["ampm"] == "م" else 0), minute=hm[1])
    return When(hour=hm[0], minute=hm[1])


def timezone(m: re.Match[str], c: Ctx) -> object:
    zone = m["z"] or m["z2"]
    return Marker("tz", tz="gmt" if zone.startswith("ت") else zone)


def article_hour(m: re.Match[str], c: Ctx) -> object:
    """"في الـ8 مساءً", "عند الـ9:30 مساء اليوم": an hour with the article, after a preposition and before its
    part of the day (the part joins it as it joins "8 مساءً"); not a rank ("بدورتها الـ23 صباح الجمعة")."""
    h = int(m["h"])
    return When(hour=h, minute=int(m["mi"]) if m["mi"] else None) if 1 <= h <= 12 else None


RULES: tuple[Rule, ...] = (
    Rule("<part of day>", r"(?:(?P<this>هذا|هذه)\s+)?(?P<p>{day_parts})"
                          r"(?:(?<=الليله)\s+(?P<dir>{dir}))?", day_part,
         starts='هذا هذه {day_parts}'),
    Rule("hh:mm", r"(?:(?P<cue>الساعه|عند|تمام)\s+(?:الساعه\s+)?)?(?P<h>\d{1,2})(?P<sep>[:.,])(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)"
                  r"(?:\s*(?P<ampm>ص|م)(?!\w))?"
                  r"|(?:الساعه\s+|(?=\d{4}\s*(?:ب?توقيت|بالتوقيت|ت\s?\.\s?غ(?!\w)|gmt|utc|[جغ]رينتش))"
                  r"|(?<![\d.,/:])(?=\d{3,4}\s+(?:{day_parts})(?!\w)))"
                  r"(?P<h2>[01]?\d|2[0-3])(?P<mi2>[0-5]\d)(?!\d)",
         lambda m, c: clock_digits(_Swap(m), c), 1,
         starts='# الساعه عند تمام', follows=': . , ت بتوقيت بالتوقيت gmt utc جرينتش غرينتش {day_parts}'),
    Rule("<hour> و <minutes>",
         r"(?P<pre>" + after_words(_CLOCK_CUES_BEFORE + ("ومن",)) + r")?"  # "ومن 4 إلى 10 مساءً"
         r"(?:(?P<cue>الساعه|عند\s+الساعه|تمام(?:\s+الساعه)?(?=\s+(?:ال|\d)))\s+(?:ال\s?(?=\d))?)?(?P<h>\d{1,2}(?![\d:]|\.\d)|{ordinals}|{cardinals})"
         # "الساعة 3 م": ص/م after an hour in digits with its cue; without one only in a pair (clock_words, gen59)
         r"(?:(?<=\d)\s*(?P<ampm>ص|م)(?!\w))?"
         r"(?:\s+و\s*(?:ال)?(?P<frac>ربع|نصف|نص|ثلث)|\s*و\s*(?P<mi>\d{1,2}|(?!ال){cardphrase})(?:\s+(?P<unit>دقيقه|دقائق))?"
         r"|\s+و\s*ال\s?دقيقه\s+(?:و\s*)?(?P<mth>\d{1,2}(?!\d)|{ordinals}(?:\s+و\s*(?:{ordinals}|ال{cardinals}))?|ال{cardinals}))?"  # "والدقيقة الثلاثين"
         r"(?:\s+(?:الا)\s+(?:ال(?=ربع|ثلث))?(?P<less>ربعا?|ثلثا?|\d{1,2}(?:\s+دقيقه|\s+دقائق)?|{cardinals}(?:\s+دقائق|\s+دقيقه)?))?"
         r"(?:\s+(?P<mid>قبل|بعد)\s+منتصف\s+الليل(?!\w))?"
         # what places an hour after it: a part of the day, or a zone ("السابعة بتوقيت مكة")
         r"(?P<after>(?=\s+(?:(?:في\s+|من\s+|هذا\s+|هذه\s+)?{day_parts}|(?P<zone>" + _ZONE_OPENER + r"توقيت\s))))?"
         r"(?P<dash>(?<=\d)(?=\s*[-–]\s*\d{1,2}\s*(?:{day_parts})(?!\w)))?"
         r"(?(cue)|(?(ampm)|(?(frac)|(?(mi)|(?(less)|(?(after)|(?(mid)|(?(pre)|(?(dash)|(?:(?:(?<=ه)|(?<=عشر))(?P<bare>)(?!\s*\w)"
         r"|(?<=\d)(?=\s*(?:$|[.!?؟,،;؛]))))))))))))",  # "مساء 7": digits at a clause's end (_placed_digit_hour)
         clock_words,
         starts='#_ #/ الساعه عند تمام {ordinals} {cardinals}'),
    Rule("<article> <hour>", after_words(_CLOCK_CUES_BEFORE) + r"ال\s?(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?(?=\s+(?:{day_parts})(?!\w))",
         article_hour,
         starts='ال'),
    Rule("<time zone>", _ZONE_OPENER + r"?توقيت\s+(?P<z>gmt|utc|غرينتش|جرينتش|\w+)(?:\s+المكرمه)?(?:\s+المحلي)?"
                        r"|(?P<z2>gmt|utc|ت\s?\.\s?غ(?!\w))", timezone,
         starts='توقيت بتوقيت بالتوقيت حسب gmt utc ت'),
)
