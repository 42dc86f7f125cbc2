"""Where a decision told with its own day is cut from the day it takes effect (``effective_from`` of
lang/ar/event_dates.yaml): «أصدرت الهيئة قرارا اليوم يقضي بإعادة التداول | ابتداء من تداولات الغد»."""

from __future__ import annotations

import functools
import re

from timeline._dating import _dating
from timeline._event_cues import _COMMA, _WORD, _fold_window
from timeline._sentences import Clause
from timeline._spans import SpanIndex
from timeline._types import Timex
from timeline._yaml import load_language_yaml
from timeline.lexicon import unjoined
from timeline.normalize import fold

# how many characters after the phrase its date may start (ابتداء من تداولات الغد، اعتبارا من يوم الأحد المقبل)
_EFFECTIVE_REACH = 40
# how many words of its own the decision keeps before the phrase (أعلنت الهيئة أمس رفع التعليق)
_DECISION_WORDS = 3


@functools.lru_cache(maxsize=None)
def _effective_words(code: str = "ar") -> tuple[frozenset[str], frozenset[str]]:
    """``effective_from`` and ``effective_of`` of ``lang/<code>/event_dates.yaml``, folded (read once)."""
    data = load_language_yaml(code, "event_dates.yaml")
    return (frozenset(fold(str(w)) for w in data["effective_from"]),
            frozenset(fold(str(w)) for w in data["effective_of"]))


@functools.lru_cache(maxsize=None)
def _effective_pattern(code: str = "ar") -> re.Pattern[str]:
    """One of ``effective_from`` and one of ``effective_of`` after it, on folded text: the quick test."""
    heads, ofs = _effective_words(code)
    return re.compile("(?:" + "|".join(map(re.escape, sorted(heads))) + r")\s+(?:" + "|".join(map(re.escape, sorted(ofs)))
                      + r")(?!\w)")


def _apart(earlier: Timex, later: Timex) -> bool:
    """Whether neither date holds the other (``اليوم`` and ``الغد``; not ``اليوم`` and ``الساعة الثامنة``)."""
    if earlier.interval is None or later.interval is None:
        return False
    (a, b), (c, d) = earlier.interval, later.interval
    return not (a <= c and d <= b or c <= a and b <= d)


def effective_cut(text: str, start: int, end: int, s_start: int, s_end: int, dating: SpanIndex[Timex]) -> int | None:
    """Where the piece ``text[start:end]`` is cut at an effective-day phrase (:func:`_effective_words`:
    ``ابتداء من``، ``اعتبارا من``، ``بدءا من``) whose date, the first after it (within
    :data:`_EFFECTIVE_REACH` characters, no comma between), is apart from a date of the piece before it
    that dates the piece (:func:`timeline._dating._dating`), with :data:`_DECISION_WORDS` words before
    the phrase: the decision or announcement keeps its own day, what takes effect its own (``أعلنت الهيئة
    أمس رفع تعليق التداول | بدءا من اليوم``). Where the piece would give two events with the same
    words. None when nothing is cut."""
    heads, ofs = _effective_words()
    if not _effective_pattern().search(_fold_window(text, start, end)):
        return None  # no phrase in the piece: no words read
    words = list(_WORD.finditer(text, start, end))
    for k, m in enumerate(words[:-1]):
        word = fold(m.group())
        if k < _DECISION_WORDS or not word or unjoined(word) not in heads or fold(words[k + 1].group()) not in ofs:
            continue
        after = dating.starting_in(words[k + 1].end(), min(end, words[k + 1].end() + _EFFECTIVE_REACH))
        if not after or _COMMA.search(text, m.end(), after[0].start):
            continue
        held = _dating(text, Clause(start, end, text[start:end], 0, s_start, s_end), dating.starting_in(start, end))
        before = [t for t in held if t.end <= m.start()]
        if before and after[0] in held and all(_apart(t, after[0]) for t in before):
            return m.start()
    return None
