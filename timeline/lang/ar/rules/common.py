"""What every family of Arabic rules shares: the ``Rule`` and ``Ctx`` types, the pattern
pieces, :func:`compile_rule`, and the helpers more than one family uses.

A rule is a name, a pattern and a production. Patterns are written over the folded text
(see :mod:`timeline.normalize`) with ``{category}`` placeholders for the word lists in
``lang/ar`` (``{months}``, ``{weekdays}``, ``{day_parts}``...) and named groups only.
Productions build meanings (:mod:`timeline.semantics`) and never do date arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from timeline._programs import kept
from timeline.lexicon import Lexicon, MonthName, clitic_prefixes
from timeline.normalize import fold_letters

_CONJ = clitic_prefixes().conjunction  # [وف]
_PREP = clitic_prefixes().preposition  # [بلك]
_CLITIC = clitic_prefixes().letter  # [وفبلك]

__all__ = ["HEADLINE_MAX", "WORD_START", "Ctx", "PIECES", "Production", "Rule", "compile_rule", "per_lexicon", "rule_body", "rule_source"]

_T = TypeVar("_T")


HEADLINE_MAX = 160  # characters of a headline at most: a text of one line no longer is read as a title


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
    starts: str = ""  # words a match can begin with: literals ("_" joins two), {category} for a word list (ال{category}:
    # its definite forms only), and for
    # digits "#" (any), "#/" (digits then / - . _ :, as in 25/1/2022) or "#_" (digits then anything else)
    sealed: bool = False  # a name holding a date ("ثورة 25 يناير"): the expression is its group "t", it joins
    # nothing, and what else matched inside the name is dropped
    follows: str = ""  # tried at digits or a number word, the words the number's next word may begin with
    # (after spaces; a non-letter stands for itself: "-", "."; the engine adds what goes on with a number in
    # words, "و", "عشر"): literals and {category} as in ``starts``; "" for anything


# Placeholders in braces are filled from the lexicon ("{behind_<table>}": right after one of its words, or one
# with a conjunction glued, and a space, :meth:`Lexicon.behind`); the rest is plain regex.
PIECES = {
    "S": r"[\s\-]+",
    "numw": r"(?:{ordinals}|{cardinals})",
    "numphrase": r"(?:{ordinals}|{cardinals})(?:\s+و\s*(?:{ordinals}|{cardinals})){0,3}",
    "cardphrase": r"{cardinals}(?:\s+و\s*{cardinals}){0,3}",
    "dir": r"{directions}",
    "ym": r"{year_marks}",
    # "سبتمبر (أيلول)", "أيلول/سبتمبر", "يونيو – يوليو", "فبراير شباط"; "(سبتمبر) أيلول": the engine takes the
    # bracket opened before the first name
    "month": r"{months_in_context}(?:\s*[/(\-–]\s*{months_in_context}\s*\)?|\s+{months_in_context}(?!\w)"
             r"|\s*\)\s*{months_in_context}(?!\w))?",
    "month_alone": r"{months}(?:\s*[/(]\s*{months_in_context}\s*\)?)?",
    "year_cue": r"(?:عام|العام|سنه|السنه|لعام|لسنه|بعام|بسنه|{year_duals})",  # duals derived from units.yaml
    # a year in words: "ألفين وعشرين", "ألف وتسعمائة وخمسة وسبعين"
    "yearw": r"(?:الفين|الفان|الف(?=\s+و))(?:\s+و\s*{cardinals}){0,3}",
}


_BEHIND = "behind_"  # a placeholder "{behind_<table>}": the place right after a word of the table and a space


def _expand(pattern: str, lex: Lexicon) -> str:
    def fill(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in PIECES:
            return _expand(PIECES[key], lex)
        if key.startswith(_BEHIND):  # "{behind_except_words}": right after one of those words
            return lex.behind(key[len(_BEHIND):])
        return lex.alt(key)

    return re.sub(r"\{([a-z_]+)\}", fill, pattern)


# Where a rule's match may begin: a word's start, or after one clitic (و ف ب ل ك) or two (و/ف then ب ل ك)
# stuck to it, which stay outside the span. Zero-width and without groups: a match of :func:`rule_source`
# at a position is a match of :func:`rule_body` there, where this holds.
WORD_START = r"(?:(?<![\w])|(?<=(?<![\w])" + _CLITIC + r")|(?<=(?<![\w])" + _CONJ + _PREP + r"))"


def rule_source(rule: Rule, lex: Lexicon) -> str:
    """The rule's pattern with word lists filled in, bounded by word edges; a clitic
    (و ف ب ل ك) may stick to the first word and stays outside the span."""
    return WORD_START + rule_body(rule, lex)


def rule_body(rule: Rule, lex: Lexicon) -> str:
    """:func:`rule_source` without its start (:data:`WORD_START`): for matching where that is
    known to hold (the same matches, the same groups)."""
    return "(?:" + fold_letters(_expand(rule.pattern, lex)) + r")(?![\w])"


def compile_rule(rule: Rule, lex: Lexicon) -> re.Pattern[str]:
    """:func:`rule_source` compiled."""
    return re.compile(rule_source(rule, lex))


def per_lexicon(build: Callable[[Lexicon], _T]) -> Callable[[Lexicon], _T]:
    """``build(lex)`` made once per lexicon and kept: for what productions build from word
    lists at every match (patterns over ``lex.alt(...)``), where the key of ``lex.alt``'s
    own cache (the tuple of a list's forms) costs 1-3 µs a call to hash."""
    made: dict[int, tuple[Lexicon, _T]] = {}

    def get(lex: Lexicon) -> _T:
        hit = made.get(id(lex))
        if hit is None or hit[0] is not lex:
            hit = made[id(lex)] = (lex, build(lex))
        return hit[1]

    return get


# What a number phrase or a month's words mean depends on the lexicon alone: read once per
# spelling (``lex.number`` splits the phrase with a regex, ``_month`` splits and looks up twice).
_READ_KEPT = 20_000  # spellings kept per table (the 5,000 corpus articles hold 383 numbers, 279 month words)
_UNREAD = object()


@per_lexicon
def _read_numbers(lex: Lexicon) -> dict[str, int | None]:
    return {}


@per_lexicon
def _read_months(lex: Lexicon) -> dict[tuple[str, str], MonthName | None]:
    return {}


def _num(c: Ctx, s: str | None) -> int | None:
    if s is None:
        return None
    read = _read_numbers(c.lex)
    n = read.get(s, _UNREAD)
    if n is _UNREAD:
        if len(read) >= _READ_KEPT:
            read.clear()
        n = read[s] = c.lex.number(s)
    return n  # type: ignore[return-value]


_MONTH_SPLIT = kept(r"\s*[/()\-–]\s*")
_CLOSED_FIRST = kept(r"[^/\-–)]+\)")  # the first month name closes a bracket: "سبتمبر) أيلول"


def _month(c: Ctx, s: str, table: str = "months_in_context") -> MonthName | None:
    """The first month named in ``s`` ("تشرين الأول/أكتوبر", "فبراير شباط"); None when a
    second name after a dash or a slash is another month of its calendar ("يونيو – يوليو":
    two months, a range, not one month told twice; in brackets it is one month miswritten)."""
    read = _read_months(c.lex)
    found = read.get((s, table), _UNREAD)
    if found is _UNREAD:
        if len(read) >= _READ_KEPT:
            read.clear()
        found = read[(s, table)] = _read_month(c, s, table)
    return found  # type: ignore[return-value]


def _read_month(c: Ctx, s: str, table: str) -> MonthName | None:
    first, *rest = _MONTH_SPLIT.split(s, 1)
    found = c.lex.lookup(table, first.strip())
    words = first.split()
    for k in range(len(words) - 1, 0, -1):
        if found is not None:
            break
        found = c.lex.lookup(table, " ".join(words[:k]))
    if found is not None and rest and re.search(r"[\-–/]", s):  # "تموز (يونيو)" is one month, miswritten
        other = c.lex.lookup(table, rest[0].strip(" )"))
        if other is not None and other.calendar == found.calendar and other.month != found.month:
            return None
    if found is not None and rest and "(" not in s and _CLOSED_FIRST.match(s):  # "(سبتمبر) أيلول": the same
        other = c.lex.lookup(table, rest[0].strip(" )"))  # month told twice
        if other is None or other.month != found.month:
            return None
    return found


def _year(c: Ctx, s: str | None) -> int | None:
    if s is None:
        return None
    n = _num(c, s)
    if n is None:
        return None
    if len(s) == 2 and s.isdigit():  # "18-9-15": two-digit years are 20xx up to 30, else 19xx ("5/6/98", "24 أغسطس 79م")
        return 2000 + n if n <= 30 else 1900 + n
    return n


def _calendar(c: Ctx, mark: str | None, default: str) -> str:
    if mark:
        return c.lex.lookup("year_marks", mark) or default
    return default


def _direction(c: Ctx, s: str | None) -> int | None:
    return None if s is None else c.lex.lookup("directions", s)


@per_lexicon
def _age_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An age word (``age_words`` of periods.yaml) ending the text before a number ("في سن
    العشرين", "عمره في الثلاثينات"), and one opening the text after it ("من العمر", "من
    عمرها"; "والعاشرة من العمر" closing a pair; "في الخمسينات أو سن أكبر": or an older age)."""
    words = lex.alt("age_words")
    return (kept(r"(?<!\w)" + words + r"\s+(?:من\s+|في\s+)?$"),
            kept(r"(?:\s+و\s*ال\w+)?\s+(?:من\s+|او\s+)?" + words + r"(?!\w)"))


def _is_age(c: Ctx, start: int, end: int) -> bool:
    """Whether the number at ``start``–``end`` is an age: an age word just before or after it
    ("طفلة في السادسة من العمر", "شاب في الثلاثينات من عمره")."""
    before, after = _age_patterns(c.lex)
    return before.search(c.before(start, 16)) is not None or after.match(c.text, end) is not None


@per_lexicon
def _before_era_pattern(lex: Lexicon) -> re.Pattern[str]:
    """``before_era`` of periods.yaml opening the text: "قبل الميلاد", "ق.م", "ق. م"."""
    forms = sorted(lex.before_era, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(r"\s*".join(re.escape(w) for w in f.split()) for f in forms) + r")(?!\w)")


def _before_era(c: Ctx, end: int) -> bool:
    """Whether the year or century ending at ``end`` is counted before the era ("القرن الثالث
    عشر قبل الميلاد", "عام 500 ق.م"): no date of this calendar."""
    return bool(c.lex.before_era) and _before_era_pattern(c.lex).match(c.text, end) is not None


_PERCENT = kept(r"\s*(?:%|٪|في\s+الما?ئه|بالما?ئه|نقطه|دولار)")
_AMOUNT_AFTER = kept(r"\s*(?:(?:مليون|مليار|ملايين|مليارات|الف|الاف|ترليون|تريليون|دولار|يورو|جنيه|ريال|درهم"
                     r"|دينار|ليره|فرنك|برميل|شخص|نسمه)(?:ا|ات|ين|ان)?|مترا?|كيلو(?:متر|غرام|جرام)?(?:ا|ات)?|كلم|كم|طنا?)(?!\w)|\s*%")  # not "كما"


@per_lexicon
def _habit_patterns(lex: Lexicon) -> dict[str, re.Pattern[str] | None]:
    return {span: re.compile(r"(?<!\w)" + _CONJ + r"?(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                             + r")(?!\w)") if words else None for span, words in lex.habitual.items()}


_SENTENCE_MARK = kept(r"[.!?؟\n]")


def _in_habit(c: Ctx, start: int, end: int, span: str, *, told_before: bool = False) -> bool:
    """Whether the sentence of ``text[start:end]`` (within 120 characters each side) holds a word
    of a habit of ``span`` ("year" or "day"; ``habitual`` of relative.yaml): "يأتي الصيف كل عام";
    ``told_before``: before ``start`` only."""
    pattern = _habit_patterns(c.lex).get(span)
    if pattern is None:
        return False
    lo, hi = _sentence_of(c, start, end)
    return pattern.search(c.text, lo, start if told_before else hi) is not None


def _sentence_of(c: Ctx, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of ``text[start:end]`` starts and ends, within 120 characters each side."""
    lo, hi = max(0, start - 120), min(len(c.text), end + 120)
    marks = [x.end() for x in _SENTENCE_MARK.finditer(c.text, lo, start)]
    after = _SENTENCE_MARK.search(c.text, end, hi)
    return marks[-1] if marks else lo, after.start() if after else hi


def _amount_at(c: Ctx, pos: int) -> bool:
    """Whether a percentage, a currency or a counted unit follows ``pos``: the number before
    is an amount ("2021 مليون دولار", "في 2000 شخص"), not a year."""
    return bool(_PERCENT.match(c.text, pos) or _AMOUNT_AFTER.match(c.text, pos))


_NEXT_DEFINITE = kept(r"\s+(ال\w+)")


_PERIOD_UNITS = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year", "عقد": "decade",
                 "قرن": "century", "ربع": "quarter"}


def _fraction_minutes(c: Ctx, word: str | None) -> int | None:
    """The minutes in a fraction of an hour ("ربع", "ربعاً" → 15; ``fractions`` in numbers.yaml)."""
    value = c.lex.lookup("fractions", word) if word else None
    return None if value is None else round(value * 60)


def _unit_of(c: Ctx, word: str) -> str | None:
    """The time unit a unit word names, plural, dual or accusative, with or without the
    article ("الساعتين" → "hour", "أسبوعاً" → "week"; ``units`` in units.yaml)."""
    found = c.lex.lookup("units", word[2:] if word.startswith("ال") else word)
    return found[0] if found else None


_NEXT_WORD = kept(r"\s+(\w+)")


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


class _Weekday(_Swap):
    def __getitem__(self, key: str) -> str | None:
        if key in ("wd", "wdb"):
            return self._m[key] or self._m[key + "2"]
        return self._m[key]
