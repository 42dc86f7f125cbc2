"""Sentences of an article, and the :class:`Clause` record (a stretch of one sentence).

An article is cut into sentences at Arabic and Latin end punctuation (``. ؟ ? ! ؛ ;``,
newlines), at a full stop glued to the next word when it ends a sentence (not an
abbreviation's, a web address's or a number's), after the widgets a scraped page opens with
(``lang/ar/chrome.yaml``); a run longer than :data:`MAX_SENTENCE_CHARS` is cut at a comma or
a space. Boundaries never fall inside an expression. All offsets point into the original
text: ``text[clause.start:clause.end] == clause.text``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from timeline._event_cues import _WORD, _fold_window
from timeline._programs import kept
from timeline._spans import SpanIndex
from timeline._types import Timex
from timeline._yaml import load_language_yaml
from timeline.normalize import fold


# end of sentence: ! ? ؟ ؛ ; … runs, a full stop not inside a number, or line breaks (the lookahead
# of their first characters first: a position holding none fails at once, ~3× faster over an article);
# also a full stop glued to the next Arabic word after an Arabic word (short vowels and all), a closing
# quote or bracket, or a number, when :func:`_glued_end` says it ends a sentence (``…في لندن.وسيجري``،
# ``«…صعبة».وأضاف``، ``…مسبقًا.وتخلل``، ``…(الكاليتشو).من جانبه``، ``…عام 2019.وتم``), and dots of an ellipsis
# glued to the next Arabic word, not after a dot, a digit or a Latin letter (``…لا يطاق..وقد``: as ``.. وقد``)
_SENTENCE_BREAK = kept(
    r'(?=[!?؟؛;….\n])(?:(?:[!?؟؛;…]+|\.+(?=[\s"»”)\]]|$))["»”)\]]*|\n+'
    r'|(?:(?<=[\u0621-\u064a\u064b-\u0652]{3})|(?<=[»”")\]\d%٪]))\.(?=[\u0621-\u064a]{2})'
    r'|(?<![.!?؟…\dA-Za-z])\.{2,}(?=[\u0621-\u064a]))'
)
_ARABIC_RUN = kept(r"[\u0621-\u064a\u064b-\u0652]+")
# a full stop glued after a word of three letters or more (not إم.إتش) ends its sentence when the word after
# has this many letters, or the word before has _GLUED_BEFORE: a letter's name of a dotted abbreviation has
# two (بي، إس), three or four (إيه، إتش)
_GLUED_AFTER = 3
_GLUED_BEFORE = 5
_CLOSING_QUOTES = "»”\""
_NUMBER_END = "0123456789٠١٢٣٤٥٦٧٨٩%٪"  # what a number glued before a full stop ends with
_WORD_THEN_NUMBER = kept(r"[\u0621-\u0652][ \t\u00a0]+\d+(?:[.,٫٬]\d+)*[%٪]?$")
_STRIP = " \t\r\n\u00a0،,"


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of one sentence; ``text`` is ``article_text[start:end]``."""

    start: int
    end: int
    text: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    simultaneous: bool = False  # opens with فيما/بينما...: may share the date of the clause before
    purpose: bool = False  # opens with a dated purpose phrase (:func:`_purpose_cut`): no town of its sentence
    reacts: bool = False  # a reaction whose object was cut off with its date (:func:`_reacts_to`)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def split_sentences(
    text: str, timexes: Iterable[Timex] | SpanIndex[Timex] = ()
) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, whitespace and page chrome trimmed
    (:func:`_after_chrome`), never cutting an expression."""
    spans = timexes if isinstance(timexes, SpanIndex) else SpanIndex(list(timexes))
    out: list[tuple[int, int]] = []
    begin = 0
    abbreviation = _abbreviation()
    for m in _SENTENCE_BREAK.finditer(text):
        if spans.covers(m.start()):
            continue
        if m.group() == "." and (_ends_abbreviation(text, m.start(), abbreviation)
                                 or m.end() < len(text) and text[m.end()].isalpha() and not _glued_end(text, m.start())):
            continue  # د. سليم، أ.د. محمد، (إم.إتش. 370), إيه.بي.سي, بيت.كوم: no sentence end
        s, e = _strip_span(text, begin, m.end() if m.group()[0] != "\n" else m.start())
        s = _after_chrome(text, s, e, spans)
        if s < e:
            out.extend(_cut_long(text, s, e, spans))
        begin = m.end()
    s, e = _strip_span(text, begin, len(text))
    s = _after_chrome(text, s, e, spans)
    if s < e:
        out.extend(_cut_long(text, s, e, spans))
    return out


MAX_SENTENCE_CHARS = 4000
"""A run of text with no sentence end longer than this (a scraped list, a page without
full stops) is cut at its last comma, else its last space, before each such length: every
event keeps its sentence, and memory stays bounded (the longest sentence of the 5,000
corpus articles has 2,498 characters)."""

_CUT_AT = kept(r"[،,]\s*|\s+")


def _cut_long(text: str, start: int, end: int, spans: SpanIndex[Timex]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` itself, or pieces of at most :data:`MAX_SENTENCE_CHARS` characters,
    each cut after its last comma, else at its last space, outside any expression (a run
    with neither is cut at the length)."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        comma = space = None
        for m in _CUT_AT.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit):
            if spans.covers(m.start()):
                continue
            if text[m.start()] in "،,":
                comma = m
            else:
                space = m
        cut = comma or space
        head_end, tail = (cut.start() + (cut is comma), cut.end()) if cut else (limit, limit)
        s, e = _strip_span(text, start, head_end)
        if s < e:
            yield s, e
        start = tail
    s, e = _strip_span(text, start, end)
    if s < e:
        yield s, e


@functools.lru_cache(maxsize=None)
def _abbreviation(code: str = "ar") -> re.Pattern[str]:
    """What ends right before a full stop that ends no sentence: a word of ``abbreviations``
    (``lang/<code>/event_dates.yaml``) not after a number, or a dotted run of Arabic letters."""
    words = "|".join(sorted(map(re.escape, _abbreviations(code)), key=len, reverse=True))
    letters = r"[\u0621-\u064a]"  # Arabic letters: a URL (www.edu.sa.) ends its sentence
    return kept(rf"(?:(?<![\w.])(?<!\d )(?:{words})|(?<![\w.]){letters}{{1,4}}(?:\.{letters}{{1,4}})+)$")


def _glued_end(text: str, at: int) -> bool:
    """Whether the full stop at ``at``, glued between two Arabic words (some outlets drop the space:
    ``…المحلية.في غضون ذلك``; :data:`_SENTENCE_BREAK` asks three letters, a closing quote or bracket, or a
    digit before it), ends a sentence: after a closing quote or bracket always (but before a web suffix); after a number when the word
    after has :data:`_GLUED_AFTER` letters and a word comes before the number (:func:`_a_word_before_number`); else
    the word after has :data:`_GLUED_AFTER` letters or more, or the word before :data:`_GLUED_BEFORE`;
    neither is part of a dotted run (``إيه.بي.سي``، ``آر.دابليو.إي``: letters' names) and the word after
    is no web suffix (:func:`_web_suffix`: ``بيت.كوم``)."""
    after = _ARABIC_RUN.match(text, at + 1)
    if after is not None and text[at - 1:at] in _CLOSING_QUOTES + ")]":
        return not _web_suffix().match(text, at + 1)  # «…صعبة».وأضاف، (…).من جانبه: a quotation, brackets
    if after is not None and text[at - 1:at] in _NUMBER_END:
        return _letters_count(after.group()) >= _GLUED_AFTER and _a_word_before_number(text, at)
    runs = _ARABIC_RUN.findall(text, max(0, at - 24), at)
    if after is None or not runs or not text.endswith(runs[-1], 0, at) or _web_suffix().match(text, at + 1):
        return False
    head = at - len(runs[-1])
    if text[head - 1:head] == "." or text[after.end():after.end() + 1] == ".":
        return False  # a dotted run: آر.دابليو.إي
    return _letters_count(after.group()) >= _GLUED_AFTER or _letters_count(runs[-1]) >= _GLUED_BEFORE


def _a_word_before_number(text: str, at: int) -> bool:
    """Whether the number ending at ``at`` follows a word of its line (``عام 2019.وتم``، ``بنسبة 24.9%.وكان``),
    not a line's or a sentence's start (a list's item number: ``10.وثيقة``، ``مأنوس.4.وصف``)."""
    return _WORD_THEN_NUMBER.search(text, max(0, at - 40), at) is not None


def _letters_count(word: str) -> int:
    """How many letters ``word`` has, its short vowels and tatweel not counted."""
    return sum(1 for c in word if "\u0621" <= c <= "\u063a" or "\u0641" <= c <= "\u064a")


@functools.lru_cache(maxsize=None)
def _web_suffix(code: str = "ar") -> re.Pattern[str]:
    """A web name's suffix right after a glued full stop (``web_suffixes`` of
    ``lang/<code>/event_dates.yaml``: ``بيت.كوم``), a whole word (read once)."""
    words = sorted((str(w) for w in load_language_yaml(code, "event_dates.yaml")["web_suffixes"]), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?![\u0621-\u064a])")


@functools.lru_cache(maxsize=None)
def _abbreviations(code: str = "ar") -> tuple[str, ...]:
    """``abbreviations`` of ``lang/<code>/event_dates.yaml``, folded (read once)."""
    return tuple(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["abbreviations"])


def _ends_abbreviation(text: str, at: int, abbreviation: re.Pattern[str]) -> bool:
    """Whether :func:`_abbreviation` ends at ``at`` (in the 16 characters before it). Where it
    cannot, it is not searched: the window then holds no dot of a dotted run and ends with no
    word of the list (nor with one and a line break: ``$`` also stands before a final one)."""
    window = text[max(0, at - 16):at]
    words = _abbreviations()
    if "." not in window and not window.endswith(words) and not (window.endswith("\n")
                                                                 and window[:-1].endswith(words)):
        return False
    return abbreviation.search(text, max(0, at - 16), at) is not None


class _Chrome(NamedTuple):
    widget: frozenset[str]  # names and verbs
    verbs: frozenset[str]
    glue: frozenset[str]
    least: int
    agencies: frozenset[str]


@functools.cache
def _chrome(code: str = "ar") -> _Chrome:
    """The widget words of ``lang/<code>/chrome.yaml`` (read once)."""
    data = load_language_yaml(code, "chrome.yaml")
    names, verbs, glue, agencies = (frozenset(fold(str(w)) for w in data[key])
                                    for key in ("names", "verbs", "glue", "agencies"))
    return _Chrome(names | verbs, verbs, glue, int(data["least"]), agencies)


def _after_chrome(text: str, start: int, end: int, spans: SpanIndex[Timex]) -> int:
    """Where the sentence ``text[start:end]`` begins once a run of share or comment widget
    words at its start (``شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك``) is left out:
    ``start`` unless such a run, of at least ``least`` widget words and not ending on a verb
    (the sentence's own ``شارك المئات``), is followed by more words and holds no expression."""
    chrome = _chrome()
    widget = chrome.widget
    first = _WORD.match(text, start, end)
    if first is None or _fold_window(text, first.start(), first.end()) not in widget:
        return start
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(text, start, end):
        word = _fold_window(text, m.start(), m.end())
        if word in widget:
            run.append(m)
        elif word not in chrome.glue:
            break
    while run and _fold_window(text, run[-1].start(), run[-1].end()) in chrome.verbs:
        run.pop()
    if len(run) < chrome.least or spans.touching(start, run[-1].end()):
        return start
    rest, _ = _strip_span(text, run[-1].end(), end)
    return rest if _WORD.search(text, rest, end) else start
