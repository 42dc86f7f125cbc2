"""From an article to its events: sentences, clauses and the expression dating each clause.

An article is cut into sentences at Arabic and Latin end punctuation (``. ؟ ? ! ؛ ;``,
newlines) and each sentence into clauses. A clause boundary is a comma or a connective
(a word-initial ``و``, ``ثم``, ``فيما``, ``بينما``, ``بعد أن``, ``قبل أن``...), but a
sentence is only cut there when a *new* time expression starts a new event: the text so
far already holds a dated expression, and the piece that follows holds its own
expression and at least one content word besides it (so ``في يناير وفبراير`` stays one
clause). A ``و`` that belongs to the word (``وزير``, ``وصل``) or follows a relative
pronoun (``الذي وصل``) is not a connective. A dated sentence is also cut where a
connective opens a second happening (``lang/ar/event_dates.yaml``), even without a date
of its own: one of simultaneity (``فيما``, ``بينما``, ``في حين``; not ``فيما يتعلق``,
``فيما بعد``) or, after a comma, one that turns aside (``إلى ذلك``, ``في غضون ذلك``), so
each happening keeps its own words; so is a background ``منذ`` naming a happening it
dates (``منذ بدء العمليات قبل أربعة أشهر``: the date is the start's, not the clause's),
and ``بعد``/``عقب``/``إثر``... before a relative clause holding a date (``عقب التفجير الذي
استهدف المسجد أمس``: the bombing's date, not the funeral's). So is a subordinate clause
told after the main predicate (``بعد أن``, ``بعدما``, ``قبل أن``) or a relative clause
telling a happening, with its antecedent (``من الطائرة | التي اختفت في 8 آذار``), when it
holds the sentence's only date: the date is that happening's, the main clause keeps none
(``ونقلت القطعة إلى فرنسا | بعد أن عثر عليها الأسبوع الماضي``: a find, not a transfer);
``عندما``, ``حين``, ``لدى`` frame the main happening and cut nothing (``subordinate_clauses``,
``relative_pronouns`` of ``lang/ar/event_dates.yaml``). A relative clause of what a reaction
reacts to is cut off at its object when it holds the sentence's date (``أدانت الحكومة | الهجوم الذي
استهدف أمس السوق``: the attack's yesterday; or a date after the reaction's own, ``أدان الرئيس مساء أمس
| الهجوم الذي وقع الجمعة``): the reaction keeps the date of its own predicate, and with none it is
told in its report's window, the publication's day or the day before
(:func:`timeline.leads.reaction_window`; ``inherited``, ``date_confidence`` 0.4, an empty
expression at the clause's start, as a lead's). Boundaries never fall inside an expression. All
offsets point into the original text: ``text[clause.start:clause.end] == clause.text``.

An :class:`Event` is a clause with the expression that dates it. A clause holding several
expressions gives one event per distinct date (an expression nested in a finer one of the
same clause, like ``مارس`` in ``5 مارس``, is dropped); cut-offs of counts (``حتى يوم
أمس``), durations (``لشهر واحد``), birth years, background ``منذ`` phrases and one that
measures a record (``أدنى مستوى منذ 30 يناير``), the term of a comparison (``مقارنة بالفترة
نفسها من العام الماضي``، ``بزيادة 2% عن العام الماضي``), a futures contract's month (``عقود
برنت تسليم سبتمبر``) or a salary's (``راتب شهر مايو``), a cited document's (``قرار مجلس الشورى
رقم (57/30) وتاريخ 25/6/1436هـ``), a recurrence (``كل يوليو``), a bound
(``قبل 20 أغسطس``، ``بعد عام 2003``), a since told of a relative clause's antecedent (``الحملة التي
تقودها السعودية منذ 26 مارس``), a season named alone with no future told (``في الصيف``: any
summer), ``اليوم`` meaning "these days" (``وهو اليوم أكبر مصرف``، ``تعد الهيئة اليوم``، ``حتى
اليوم``) and a bare ``اليوم``/``أمس`` inside speech reported in the pluperfect (``وكان القائد قال
إن القوات سيطرت اليوم``: the day of the saying, not given) date nothing. The bare hour of a prayer
(``أثناء أدائهم صلاة الظهر``), which names no day, takes the last day an earlier clause of
the article set rather than the publication's. The weekday of a prayer named after it (``خلال
صلاة الجمعة``) names no week: it is the day the article dated outright when that falls on it,
the last such weekday only in the paper of that day or the next, else no date.
A clause opened by a connective of simultaneity that has no date of its own shares the
day of the clause before it (the last date told there, widened to the day: a happening
told "while" another shares its day, not its hour; never a date after the publication, a
plan's, nor one over a year old, the story's background), marked ``inherited`` with
``date_confidence`` 0.9, whether or not ``inherit`` is asked for; so does one that opens its sentence
with a separate incident (``وفي حادث منفصل``) or opens with a connective of the same time (``في غضون
ذلك``، ``في هذه الأثناء``) and tells a happening in the perfect, from the report's last day
(:func:`_separate_day`). With ``inherit=True`` (``timeline build --inherit``; off by default) a clause
without an expression of its own takes the day of the date the narrative last set (its
hour was told of another clause), marked ``inherited``, when it goes on with the same
thread (:func:`_same_thread`: the same or the next sentence, no paragraph break, no
opening as background or another thread, told done and with no time of its own (:func:`_told_done`),
a happening word of the group the date tells)
and that date may be passed on (:func:`_passes_on`: a day or finer, told, not a plan's, a
since's, a relative clause's or a quotation's);
``date_confidence`` is then 0.7 (same sentence) or 0.5 (next sentence), 1.0 for a clause's
own date. A saying told with its date and what it says with another are two clauses
(``أعلن المتحدث أمس | أن القوات سيطرت على البلدة السبت``).
With ``inherit=True`` too, the article's lead, when it reports a past happening and no
expression of its sentence dates anything (``أعلنت وزارة الداخلية هوية الانتحاري``), takes
the window of its report, the publication's day or the day before (:mod:`timeline.leads`;
``inherited``, ``date_confidence`` 0.4, an empty expression at the clause's start).

Each event has a ``place``: the place named in its clause (found with the gazetteer
``lang/ar/places.yaml``, see :mod:`timeline.places`), else in its sentence, else the
article's own ``place`` field, else None. Within a clause or sentence a place introduced
by ``في`` or ``ب`` (``في حلب``, ``بالقاهرة``) wins; otherwise the first place named does.

:func:`extract_events` is a pure function from a batch of articles to a batch of events
(polars in and out), so it can run on many cores or machines unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

import polars as pl

from timeline._programs import kept
from timeline._spans import SpanIndex
from timeline._types import Anchor, Grain, Prefer, Timex, TimexType
from timeline._yaml import load_language_yaml
from timeline.anchors import (RECALLED_AGO, RECALLED_CONFIDENCE, anchor_to_happenings, anniversary_of, commemoration,
                              other_instance_words, recalled_happening,
                              pending_offset, recalled_date)
from timeline.frame import ARTICLE_SCHEMA, events_frame, hijri_iso, hijri_label
from timeline.happenings import TriggerLexicon, load_triggers, noun_forms, perfect_forms, verb_forms
from timeline.leads import (LEAD_CONFIDENCE, Told, lead_sentence, opening_tense, reaction_window, report_window,
                            told_window)
from timeline.leads import perfect_forms as perfect_persons
from timeline.lexicon import (COLONS, COMMAS, OPENING_QUOTES, SEMICOLONS, SENTENCE_ENDS, accusative, after_lam,
                              attached_pronouns, clitic_prefixes, conjoined, dual, feminine, load_lexicon, marks,
                              relative_pronoun, relative_pronouns, trie_regex, unjoined)
from timeline.normalize import FoldedText, fold, fold_text
from timeline.places import PlaceMention, canonical_place, find_places, pick_place, place_adjectives
from timeline.tagger import tag
from timeline.tense import future_verb, perfect_verb
from timeline.verbs import load_shapes, nearest_first

if TYPE_CHECKING:
    from timeline.articles import Article

_CONJ = clitic_prefixes().conjunction  # [وف]
_PREP = clitic_prefixes().preposition  # [بلك]
_JOINED_BL = clitic_prefixes().joined + "بل"  # و ف ب ل, a word's first letter before a prayer's name

__all__ = [
    "Clause",
    "Event",
    "article_events",
    "articles_frame",
    "events_from_articles",
    "extract_events",
    "split_clauses",
    "split_sentences",
]

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
# where a clause may start: after a comma (not a digit group: after a digit, only a comma followed by
# a space and a word, ``خلال النصف الأول من 2015، حيث أفادت``; not ``1,500`` nor ``في 30، 31 يوليو``),
# or before a connective (both at a space: that test first, so that a position holding none fails at once)
_CLAUSE_BREAK = kept(
    r"(?=\s)(?:(?<=[^\d\s][،,])\s+"
    r"|\s+(?=(?:و(?=[\u0621-\u064a])|ثم\s|فيما\s|بينما\s|بعدما\s|بعد\s+أن\s|قبل\s+أن\s|كما\s))"
    r"|(?P<after_number>(?<=\d[،,])\s+(?=[^\W\d])))"
)
# before a complementizer (``complementizers`` of event_dates.yaml: أن، إن، بأن، أنه...)
# that may open what a dated saying says (أعلن المتحدث أمس أن القوات سيطرت على البلدة
# السبت): not in بعد أن، قبل أن، على أن، إلى أن، كما أن... (the spaces and the complementizer
# are looked for first, these words behind them only where they stand)
_NOT_SAID = r"(?<!\s)(?<!بعد)(?<!قبل)(?<!منذ)(?<!على)(?<!إلى)(?<!الى)(?<!حتى)(?<!كما)"
_DIGIT = kept(r"[0-9\u0660-\u0669]")
# short vowels, shadda, sukun, the dagger alef and the tatweel: dropped before a quick substring test
_NO_MARKS = kept("[\u064b-\u0652\u0670\u0640]")
# a relative pronoun just before the و: the clause goes on
_WORD = kept(r"\w+")
# the last article text folded whole (its windows are read from it: :func:`_fold_window`): the text,
# its folded copy when folding deleted nothing (a window is then the same slice of it), the folded text
_FOLDED: list[tuple[str, str | None, FoldedText]] = []


def _restates(text: str, pos: int) -> bool:
    """Whether an apposition word (``apposition_words`` of ``lang/ar/separators.yaml``: أي، الموافق)
    opens ``text`` at ``pos``: what follows restates what comes before (``منذ عام 1992، أي قبل 23
    عاما``), it opens no clause."""
    first = _WORD.match(_fold_window(text, pos, min(len(text), pos + 24)))
    return first is not None and any(w.split()[0] == first.group() for w in load_lexicon().separators.apposition_words)


def _subject_before_verb(text: str, start: int, comma: int, pos: int) -> bool:
    """Whether the piece ``text[start:comma]`` opens (at ``start`` or after its first complementizer,
    ``complementizers`` of ``lang/ar/event_dates.yaml``) with a noun, neither a verb nor a function
    word nor a word glued to a preposition, or with a relative pronoun (a relative clause of that
    subject: ``والتي افتتحت في 1869``), and the word at ``pos`` after its comma is a perfect
    verb: the piece is a subject with its modifiers, the verb its predicate
    (``قالت الهيئة إن اللوحة المسروقة في عام 2012، عادت أمس إلى مكانها``)."""
    shapes, complementizers = load_shapes(), _date_cues().complementizers
    after = _WORD.match(_fold_window(text, pos, min(len(text), pos + 24)))
    if after is None or not shapes.perfect(after.group()):
        return False  # (a word in و after the comma is read by the connectives' alternative, not here)
    words = _WORD.findall(_fold_window(text, start, comma))
    if words and unjoined(words[0]) in relative_pronouns():
        return True  # the piece is a relative clause of the subject (والتي افتتحت في 1869، كلفت)
    opening = next((k + 1 for k, w in enumerate(words) if unjoined(w) in complementizers), 0)
    if opening >= len(words):
        return False
    word = words[opening]
    bare = unjoined(word)
    return not (bare in _date_cues().function_words or shapes.perfect(bare) or shapes.is_present(bare)
                or shapes.opening_verb(word, bare) or bare[0] in clitic_prefixes().prepositions)


def _fold_window(text: str, start: int, end: int) -> str:
    """``fold(text[start:end])`` (``0 <= start``) read from ``text`` folded once: the rules read
    about a dozen windows around each expression of one article (``text`` is always the article's,
    so the one text kept is the one being read)."""
    held = _FOLDED[0] if _FOLDED else None
    if held is None or held[0] is not text:
        folded = fold_text(text)  # one to one but for the deleted marks: the same length when none is
        held = (text, folded.folded if len(folded.folded) == len(text) else None, folded)
        _FOLDED[:] = [held]
    plain = held[1]
    return plain[start:end] if plain is not None else held[2].window(start, end)
# how far (characters) the date of a background "since" naming a happening may follow it,
# and the date of a relative clause telling the happening after بعد/عقب/إثر...
_SINCE_REACH = 48
_RELATIVE_REACH = 80
_COMMA = kept(marks(COMMAS))
# characters between a connective of after_happening and the antecedent of the relative clause
# it opens (بعد |حادثة التفجير التي…، في أعقاب |الهجوم الذي…): that cut holds the clause
_AFTER_GAP = 16
# how many definite words before a relative pronoun may name its antecedent (الحوار الاستراتيجي المصري الأميركي)
_ANTECEDENT_WORDS = 4
# how many content words must come before a relative clause's antecedent in its sentence: one
# is the verb whose subject it is (وقالت المؤسسة التي تدير الحصة اليوم إنها…، بدأت العملية التي
# تعرف بالعدوان الثلاثي في أكتوبر 1956), and the date after the relative clause is that verb's
_PREDICATE_WORDS = 2
_PREDICATE_REACH = 40  # characters before the antecedent looked at for them
# how many words after a relative pronoun may hold the happening word it tells (التي اختفت، الذي
# تم تنفيذه; not التي تضم 19 دولة قد وصلت: the main clause's verb after a description)
_TOLD_WORDS = 4
# a definite word (folded), with a conjunction or a preposition glued before the article
_DEFINITE_WORD = kept(r"^(?:" + _CONJ + r"?" + _PREP + r"?ال|" + _CONJ + r"?لل)(?=\w\w)")
_GOVERNED = kept(r"^(?:" + _CONJ + r"?" + _PREP + r"ال|" + _CONJ + r"?لل)")
# the opening of a clause that may name where it happens (و في X، وفي محافظة X)
_LOCATIVE_HEAD = kept(_CONJ + r"?في\s+(?:\S+\s+){0,2}\S+")
# a conjunction glued to a clause's first word, or nothing
_CONJ_HEAD = kept(_CONJ + "?")
_DATELINE_WORDS = 6  # a dateline's words outside its dates: towns, an agency's name
# a number right after a cut-off (بلغ عدد القتلى حتى مساء أمس، 23 قتيلا): the count it closes
_COUNT_AFTER = kept(r"[\s،,]*(?:\(\s*)?[\d\u0660-\u0669]")
# a word glued to a lam of purpose (لاستعادة، لتحرير; not لل, the lam before the article)
_PURPOSE = kept(r"(?<!\w)" + _CONJ + r"?ل(?!ل)[\u0621-\u064a]{3,}")
# how many words before the narrative's date may say it dates a subordinate clause
_SUBORDINATE_REACH = 4
# how many first words of a clause may hold the relative pronoun of its subject (قطعة الحطام التي)
_SUBJECT_WORDS = 3
# how sure an inherited date is: from the same sentence, from the sentence before
_INHERITED_CONFIDENCE = (0.7, 0.5)
# how sure a date shared across a connective of simultaneity (فيما، بينما) is
_SIMULTANEOUS_CONFIDENCE = 0.9
_ONE_DAY = dt.timedelta(days=1)
# a separate incident (وفي حادث منفصل) with no date of its own leads like a simultaneous one: another
# happening, not the narrative of the clause whose day it takes
_SEPARATE_CONFIDENCE = _SIMULTANEOUS_CONFIDENCE
# how a separate incident's clause opens, unfolded (في، وفي، فى): tested before anything else, most
# undated clauses open otherwise
_IN = ("في", "وفي", "فى", "وفى", "ففي")
# how many days before the publication's the report's last day may be for a separate incident to take it
_REPORT_DAYS = dt.timedelta(days=2)
# how many sentences before a clause opened by a connective of the same time (في غضون ذلك) the day it
# takes may have been told: a paragraph or two back; further, the narrative has moved on
_MEANWHILE_REACH = 4
# a date that ended this long before the publication is the story's background: not shared across فيما
_BACKGROUND_AGE = dt.timedelta(days=365)
# how many sentences after an undated lead may show, by a day of their own before its report
# window, that it tells older news
_LEAD_CHECKED = 3
# parts of the tagger's rule names that name a day (a weekday, a day of a month): such an
# expression keeps its day whoever counts it
_NAMED_DAY = ("<weekday>", "<day>", "<month>", "<holiday>", "dd/mm", "weekend")
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


@dataclass(frozen=True, slots=True)
class Event:
    """A clause and the expression that dates it, with where it was read."""

    article_id: str
    published: dt.datetime
    clause: Clause
    timex: Timex
    sentence: str
    inherited: bool = False
    source: str | None = None
    url: str | None = None
    title: str | None = None
    place: str | None = None
    happening_anchor: str | None = None
    confidence: float = 1.0

    @property
    def event_id(self) -> str:
        """Stable id: article id, clause start and expression start."""
        return f"{self.article_id}#{self.clause.start}-{self.timex.start}"

    def as_row(self) -> dict[str, Any]:
        """The event as a row of :data:`timeline.frame.EVENT_SCHEMA`."""
        t = self.timex
        if t.interval is None:  # a date told from a happening the article does not date
            start = end = None
            hijri: dict[str, Any] = {"grain": None, "hijri_start": None, "hijri_end": None, "hijri_label": None}
        else:
            start, end = (_naive(x) for x in t.interval)
            hijri = {"grain": (t.grain or Grain.DAY).value,
                     "hijri_start": hijri_iso(start.date()),
                     "hijri_end": hijri_iso((end - dt.timedelta(microseconds=1)).date()
                                            if end > start else start.date()),
                     "hijri_label": hijri_label(start, end)}
        return {
            "event_id": self.event_id,
            "start": start,
            "end": end,
            "grain": hijri["grain"],
            "value": t.value,
            "mod": t.mod,
            "hijri_start": hijri["hijri_start"],
            "hijri_end": hijri["hijri_end"],
            "hijri_label": hijri["hijri_label"],
            "expr": t.text,
            "expr_start": t.start,
            "expr_end": t.end,
            "anchor": (f"event:{self.happening_anchor}" if self.happening_anchor
                       else t.anchor.value),
            "clause": self.clause.text,
            "clause_start": self.clause.start,
            "clause_end": self.clause.end,
            "sentence": self.sentence,
            "sentence_index": self.clause.sentence_index,
            "inherited": self.inherited,
            "date_confidence": self.confidence,
            "place": self.place,
            "article_id": self.article_id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": _naive(self.published),
        }


def _naive(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=None) if value.tzinfo is not None else value


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


def _inside_any(spans: list[Timex]) -> Callable[[Timex], bool]:
    """Whether an expression lies inside one of ``spans`` (start ≥ its start, end ≤ its end):
    the furthest end of the spans starting at or before it, by bisection."""
    ordered = sorted(spans, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    furthest = list(itertools.accumulate((p.end for p in ordered), max))

    def inside(t: Timex) -> bool:
        i = bisect_right(starts, t.start)
        return i > 0 and furthest[i - 1] >= t.end
    return inside


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


def _content_words(text: str, start: int, end: int, timexes: SpanIndex[Timex], enough: int | None = None) -> int:
    """How many content words ``text[start:end]`` holds outside the expressions; counting stops
    at ``enough`` (callers ask whether there are one or two: the first words mostly answer)."""
    count, cursor, function_words = 0, start, _date_cues().function_words
    for t in [*timexes.touching(start, end), None]:  # the pieces between the expressions, in turn
        for word in _WORD.findall(_fold_window(text, cursor, end if t is None else max(cursor, t.start))):
            if clitic_prefixes().reads(word, function_words, least=1):
                continue
            if len(word) >= 2 and not word.isdigit():
                count += 1
                if count == enough:
                    return count
        if t is not None:
            cursor = max(cursor, t.end)
    return count


def _is_dateline(text: str, clause: Clause, timexes: SpanIndex[Timex], places: SpanIndex[PlaceMention]) -> bool:
    """Whether ``clause`` is a dispatch's dateline: outside its dates, only place names and
    the wire agency's name (``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``), at most
    :data:`_DATELINE_WORDS` words, an agency's name among them (a town and a date alone may be
    a fragment of a sentence: ``أبوظبي خلال شهر سبتمبر المقبل``)."""
    agencies, function_words = _chrome().agencies, _date_cues().function_words
    named: list[tuple[int, int]] | None = None  # the places of the clause, read at its first word
    words, signed = 0, False  # an agency's name (not only a letter of ا ف ب) closes it
    for m in _WORD.finditer(text, clause.start, clause.end):
        if timexes.touches(m.start(), m.end()):
            continue
        word = _fold_window(text, m.start(), m.end())
        if word in function_words or word.isdigit() or len(word) < 2 and word not in agencies:
            continue
        words += 1
        if named is None:
            named = [(p.start, p.end) for p in places.touching(clause.start, clause.end)]
        town = any(a <= m.start() and m.end() <= b for a, b in named)
        if words > _DATELINE_WORDS or not (town or word in agencies):
            return False
        signed = signed or (word in agencies and not town and len(word) >= 3)
    return signed


def _is_connective_waw(text: str, pos: int) -> bool:
    """Whether the و at ``pos`` is a conjunction: not the root's (``root_waw_starts``,
    ``root_waw_nouns`` of ``lang/ar/event_dates.yaml``), not after a relative pronoun."""
    word = _WORD.match(_fold_window(text, pos, pos + 12))
    root = _root_waw()
    if word is not None and (word.group().startswith(root.starts) or word.group() in root.words):
        return False
    before = _WORD.findall(_fold_window(text, max(0, pos - 12), pos))
    return not (before and before[-1] in relative_pronouns())


def _happening_cuts(text: str, start: int, end: int, spans: SpanIndex[Timex],
                    dating: SpanIndex[Timex], published: dt.datetime | None = None,
                    reacted: set[int] | None = None, resumed: set[int] | None = None) -> dict[int, bool]:
    """Where in ``text[start:end]`` a connective opens another happening
    (``lang/ar/event_dates.yaml``), as offsets of the connective: True for one of
    simultaneity (``فيما``, ``بينما``, ``في حين``: the part after may share the date of the
    part before), False for one that turns aside (``، إلى ذلك``, ``، في غضون ذلك``), for a
    background ``منذ`` that names a happening and dates it (``منذ بدء العمليات قبل أربعة
    أشهر``: that date is the start's, not the clause's) and for ``بعد``/``عقب``... before a
    relative clause holding a date (``عقب التفجير الذي استهدف المسجد أمس``), for ``، في وقت`` before a
    verb in the present after a dated part (``background_state``: ``، في وقت تتواصل المعارك``), and True
    for a و opening a second happening (:func:`_second_happenings`). Given the ``published`` date, a
    relative clause holding the sentence's only date is also cut off at its antecedent when it tells an
    act done to the antecedent before the day before the publication (:func:`_resumed_before`). A
    relative clause holding the sentence's only date after a reaction (:func:`_reacts_to`: ``أدانت
    المملكة الجريمة التي نفذها مستوطنون فجر أمس``) is cut off at its antecedent too, and the antecedent's
    offset put into ``reacted``: the date is what the reaction reacts to, not the reaction's; where the
    reactor's next act opens after it (:func:`_reaction_resumed`) is cut and put into ``resumed``."""
    cues = _date_cues()
    cuts: dict[int, bool] = {}
    for m in cues.connectives.finditer(text, start, end):
        kind = m.lastgroup
        pos = m.start(f"{kind}_cue")
        if pos == start or spans.covers(pos):
            continue
        if kind == "since":
            if spans.count_starting_in(pos, pos + 1):  # منذ ربيع 2019: the since is an expression
                continue
            dated = dating.starting_in(m.end(), min(end, m.end() + _SINCE_REACH))
            if dated and _content_words(text, m.end(), dated[0].start, spans, 1) > 0:
                cuts[pos] = False
        elif kind == "after":
            if dating.count_starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH)):
                cuts.setdefault(pos, False)
        elif kind == "apart":
            if not dating.count_starting_in(start, pos) and _tells_apart(text, start, pos, m.end(), end, dating,
                                                                         cues, relative=False):
                cuts.setdefault(pos, False)
        elif not spans.covers(m.end() - 1):
            following = _WORD.search(_fold_window(text, m.end(), m.end() + 16))  # the first word after it
            if following is not None and not (kind == "while" and following.group() in cues.not_simultaneous):
                cuts.setdefault(pos, kind == "while")
    for m in cues.state.finditer(text, start, end):  # the state a happening is told against: undated
        pos = m.start() - (text[m.start() - 1] == "و")
        if (pos > start and text[start:pos].rstrip().endswith(("،", ",")) and not spans.covers(pos)
                and dating.count_starting_in(start, pos)):
            cuts.setdefault(pos, False)
    for m in cues.relative.finditer(text, start, end):
        if not dating.count_starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH)):
            continue  # no date in reach: nothing to cut off
        if dating.count_starting_in(start, m.start()):  # a date before it: the main clause's, but for a
            reacted_to = _object_after_own_date(text, start, m, end, spans, dating, cues)  # reaction's object
            if reacted_to is not None:  # أدان الرئيس مساء أمس | الهجوم الذي وقع الجمعة
                cuts.setdefault(reacted_to, False)
            continue
        head = _antecedent(text, start, m.start(), cues)
        if head is not None and any(0 < head - p <= _AFTER_GAP for p in cuts):
            continue  # بعد حادثة التفجير التي وقعت فيه: the cut at بعد holds it (after_happening)
        if (head is not None and not spans.touching(head, m.start()) and not dating.count_starting_in(start, head)
                and not _a_reaction(text, start, m.start())
                and _content_words(text, max(start, head - _PREDICATE_REACH), head, spans, _PREDICATE_WORDS) >= _PREDICATE_WORDS
                and (_tells_apart(text, start, head, m.end(), end, dating, cues)
                     or _resumed_before(text, head, m, end, dating, cues, published))):
            cuts.setdefault(head, False)
            if _witness_apart(text, start, head, m, end, dating, cues):
                _witness_ends(text, m.end(), end, dating, cuts)
            before = _WORD.findall(_fold_window(text, max(start, head - 16), head))
            predicate = (_predicate_start(text, m, end, spans, dating, cues)
                         if before and unjoined(before[-1]) in cues.complementizers else None)
            if predicate is not None:  # أن القطعة التي عثر عليها أمس | تعود إلى الطائرة: the subject's own
                cuts.setdefault(predicate, False)
        elif (head is not None and not spans.touching(head, m.start())
              and (reacted_to := _reacts_to(text, start, head, m, end, spans, dating, cues)) is not None):
            cuts.setdefault(reacted_to, False)  # أدانت المملكة | الجريمة التي نفذها مستوطنون فجر أمس
            again = _reaction_resumed(text, m.end(), end, dating)
            if again is not None:  # …الهجوم الذي وقع أمس، | ودعت إلى ضبط النفس: the reactor again
                cuts.setdefault(again, False)
                if resumed is not None:
                    resumed.add(again)
            if reacted is not None:
                reacted.add(reacted_to)
        elif head is None and _opening_subject(text, start, m.start()) and _tells_apart(
                text, start, start, m.end(), end, dating, cues):  # القطعة التي عثر عليها أمس | تعود إلى…
            predicate = _predicate_start(text, m, end, spans, dating, cues)
            if predicate is not None:
                cuts.setdefault(predicate, False)
        elif (head is None and _witness_apart(text, start, m.start(), m, end, dating, cues)
              and not _a_reaction(text, start, m.start())
              and _content_words(text, max(start, m.start() - _PREDICATE_REACH), m.start(), spans,
                                 _PREDICATE_WORDS) >= _PREDICATE_WORDS):
            cuts.setdefault(m.start(), False)  # في شارع كينغز رود | الذي شهد أعمال الشغب الصيف الماضي
            _witness_ends(text, m.end(), end, dating, cuts)
    if cues.second_told.search(_fold_window(text, start, end)):  # a listed past verb after و (rare)
        for pos in _second_happenings(text, start, end, spans, cuts, cues):
            cuts.setdefault(pos, True)
    for pos in _told_ahead(text, start, end, spans, dating):
        cuts.setdefault(pos, False)
    return cuts


# a word opening with و, which may open a verb in the future (وستعود، وسيلتقي، وسوف)
_AND_AHEAD = kept(r"(?<!\w)وس\w+")


def _told_ahead(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex]) -> list[int]:
    """Where in ``text[start:end]`` a و opens a verb in the future (:func:`timeline.tense.future_verb`:
    ``وستعود``، ``وسيلتقي``، ``وسوف``) after a dated part told in no future (no future verb before
    it): what is told ahead is another happening, and the date before it is not its own (``التي
    خطفت في مارس الماضي | وستعود إلى بلادها``)."""
    found: list[int] = []
    for m in _AND_AHEAD.finditer(text, start, end):
        if spans.covers(m.start()) or not future_verb(fold(m.group())) \
                or text[start:m.start()].rstrip().endswith(tuple(COMMAS)):
            continue  # (after a comma, the comma cuts)
        before = [t for t in dating.starting_in(start, m.start()) if t.end <= m.start()]
        if before and not any(future_verb(w) for w in _WORD.findall(_fold_window(text, start, m.start()))):
            found.append(m.start())
    return found


def _opens_ahead(text: str, pos: int) -> bool:
    """Whether ``pos`` is a و opening a verb in the future (a cut of :func:`_told_ahead`): what it
    tells ahead is undated, and a dated piece after it is another clause."""
    m = _AND_AHEAD.match(text, pos)
    return m is not None and future_verb(fold(m.group()))


def _opens_second(text: str, pos: int) -> bool:
    """Whether ``pos`` is a و opening one of ``second_happening_verbs`` (a cut of
    :func:`_second_happenings`)."""
    verb = _WORD.match(_fold_window(text, pos, pos + 16))
    return verb is not None and verb.group()[0] == "و" and verb.group()[1:] in _date_cues().second_verbs


def _second_waw(verbs: Iterable[object]) -> re.Pattern[str]:
    """A word-initial و before a letter that, folded, begins one of ``verbs`` (a quick test)."""
    firsts = {fold(str(v))[0] for v in verbs}
    letters = sorted(c for c in map(chr, range(0x0621, 0x064B)) if fold(c) in firsts)  # the Arabic letters
    return re.compile(r"(?<=\s)و(?=[" + "".join(letters) + "])")


def _second_told(forms: Iterable[str]) -> re.Pattern[str]:
    """A folded word و + one of ``forms`` (folded past persons): read on a sentence folded once,
    it tells whether :func:`_second_happenings` has anything to read there."""
    return kept(r"و(?<!\wو)(?:"  # the و first: re scans for it (8x faster than a look-behind first)
                + trie_regex(set(forms), cache=None) + r")(?!\w)")  # (a trie: -30%)


def _second_happenings(text: str, start: int, end: int, spans: SpanIndex[Timex], cuts: dict[int, bool],
                       cues: _DateCues) -> list[int]:
    """Where in ``text[start:end]`` a و opens a past verb of ``second_happening_verbs``
    (``lang/ar/event_dates.yaml``) telling a second happening: the part before it (from the
    last cut or comma) tells one (not only a toll: ``قتل جندي وأصيب اثنان في الاشتباك…``), and
    the part after it (to the next cut or comma) names one of its own, a happening word (not a
    toll, not the verb, not an adjective of means: ``وقتل مهاجم يرتدي سترة ناسفة``) without the
    article, which would name the one told; the verb is no noun
    of a list (``من قصف وقتل ودمار``: a و after it) (``انفجرت سيارة مفخخة قرب مبنى البلدية | وقتل ثلاثة جنود في بلدة حدودية إثر هجوم``;
    not ``وقتل 12 شخصا في الانفجار``, nor ``وقتل 12 وأصيب 30``). The part after shares the
    day of the part before. Read only where ``second_told`` finds such a verb in the sentence."""
    lexicon, clitics = load_triggers(), clitic_prefixes()
    conjunctions, prepositions = "".join(clitics.conjunctions), "".join(clitics.prepositions)
    found: list[int] = []
    folded = _fold_window(text, start, end)
    if len(folded) == end - start:  # nothing deleted by folding: its offsets are the text's
        openings = [start + m.start() for m in cues.second_told.finditer(folded)]
    else:  # (marks deleted: وقُتل) each و before a letter they start with, read folded
        openings = [m.start() for m in cues.second_waw.finditer(text, start, end) if _opens_second(text, m.start())]
    for pos in openings:  # a listed verb after و: و is the conjunction, وقتل is no وقت
        if spans.covers(pos):
            continue
        previous = _WORD.findall(_fold_window(text, max(0, pos - 12), pos))
        if previous and previous[-1] in relative_pronouns():
            continue
        upto = min([c for c in cuts if c > pos] + [end])
        comma = _COMMA.search(text, pos, upto)
        words = _WORD.findall(_fold_window(text, pos, comma.start() if comma else upto))
        if len(words) < 2 or words[1].startswith("و"):
            continue
        before = max([c for c in [*cuts, *found] if c < pos] + [start])
        opening = text[before:pos].rstrip().rstrip(COMMAS)
        commas = list(_COMMA.finditer(opening))
        told = lexicon.happening(_fold_window(text, before + commas[-1].end() if commas else before, pos))
        if told is None or told in lexicon.tolls:
            continue
        for word in words[1:]:
            found_class = lexicon.word_class(word)
            if found_class is None or found_class in lexicon.tolls:
                continue
            bare = unjoined(unjoined(word, conjunctions), prepositions)
            means = bare in cues.means_adjectives or bare.removesuffix("ا") in cues.means_adjectives  # ناسفا
            if not bare.startswith((clitics.article, clitics.lam_article)) and not means:
                found.append(pos)
                break
    return found


def _opening_subject(text: str, start: int, pronoun: int) -> bool:
    """Whether the words from ``start`` to the relative pronoun at ``pronoun`` are a noun phrase opening
    the sentence, its subject: at most :data:`_ANTECEDENT_WORDS` words, definite but the first, which may
    end in ة (``قطعة الحطام التي``، ``والمهرجان الذي``; not ``وقالت الهيئة التي``)."""
    if pronoun - start > _RELATIVE_REACH:  # far more than four words: a quick no
        return False
    words = [fold(w) for w in _WORD.findall(text, start, pronoun)]
    if not words or len(words) > _ANTECEDENT_WORDS or not all(map(_DEFINITE_WORD.match, words[1:])):
        return False
    return bool(_DEFINITE_WORD.match(words[0])) or (len(words) > 1 and unjoined(words[0]).endswith("ه"))


# how many words after the date of a subject's relative clause may come before its predicate
_PREDICATE_SCAN = 8
# how many words after a preposition it governs (في محافظة ينبع: the object and its genitive)
_HELD_WORDS = 2
# a preposition glued to an indefinite noun (بمسجد، لمدينة; folded)
_GLUED = kept(r"^" + _CONJ + r"?" + _PREP + r"(?!ال)\w{3,}")


def _predicate_start(text: str, pronoun: re.Match[str], end: int, spans: SpanIndex[Timex],
                     dating: SpanIndex[Timex], cues: _DateCues) -> int | None:
    """Where the predicate starts of the subject whose relative clause (pronoun ``pronoun``) holds a date
    of its own (``أعلن أن القطعة التي عثر عليها الأسبوع الماضي في المحيط | تعود إلى الطائرة``): the first word within
    :data:`_PREDICATE_SCAN` words after the clause's date that is a verb in the present agreeing with the
    pronoun (``present_prefixes``; not a plural in ـات, ``التي أطلقت أمس تهديدات``) or one of
    ``predicate_openers`` (``هو``، ``كان``), not one a preposition
    or ``held_prepositions`` governs (``قرب مدينة تكريت``، ``وما كان يجري فيها``), glued to و or ف
    (``وتعرف باسم…``: the relative clause goes on) or after a comma's first word; None when there is none,
    or another relative pronoun or a complementizer first."""
    dated = dating.starting_in(pronoun.end(), min(end, pronoun.end() + _RELATIVE_REACH))
    if not dated:
        return None
    prefix = cues.present_prefixes.get(fold(pronoun.group()).lstrip("و"))
    shape = re.compile(rf"س?{prefix}\w{{3,}}(?<![اه])(?<!ات)") if prefix else None  # not a plural: تهديدات
    held, last, seen = 0, dated[0].end, 0
    for w in _WORD.finditer(text, dated[0].end, end):
        if spans.covers(w.start()):
            last = w.end()
            continue
        comma = _COMMA.search(text, last, w.start()) is not None
        word = fold(w.group())
        if word in relative_pronouns() or unjoined(word) in cues.complementizers or seen >= _PREDICATE_SCAN:
            return None  # (… أعطت نتائج غير أنها تبقى: a predicate in the past was missed)
        if comma:
            held = 0
        if not held and w.group()[0] not in clitic_prefixes().conjunctions and (
                word in cues.predicate_openers or (shape is not None and shape.fullmatch(word))):
            at = w.start()
            while at > last and text[at - 1] in "\"«“([":  # "يتسق…": its opening quote with it
                at -= 1
            return at
        if comma and word not in cues.function_words:  # … العام الجاري، بدأ يتأثر: the word after a comma opens
            return None  # the predicate, or none is found (not …، في مقاطعة خان آباد، هم مدنيون)
        seen, last = seen + 1, w.end()
        held = (_HELD_WORDS if word in cues.function_words or cues.held_prepositions.intersection((word, word[1:]))
                else 0 if _DEFINITE_WORD.match(word)  # في المدينة |: a definite noun ends it
                else 1 if _GLUED.match(word) else max(0, held - 1))  # بمسجد تابع: its adjective
    return None


def _relative_head(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex]) -> int | None:
    """Where the piece ``text[start:end]``, cut off its sentence at its own date, is cut again: at the
    antecedent of a relative clause holding its only dates when that clause tells a happening of its
    own (:func:`_tells_apart`), as :func:`_happening_cuts` does for a sentence with no date before the
    pronoun (``وسيبدأ الأربعاء تحليل القطعة | وكذلك بقايا حقيبة عثر عليها … لطائرة الركاب التي فقدت في
    8 آذار 2014``: the date is the loss's, not the find's); None when no such clause, or when what comes
    before the pronoun is a reaction (``أعرب خلاله عن إدانته التفجير الذي استهدف أمس المسجد``: dated by
    what it reacts to)."""
    cues = _date_cues()
    for m in cues.relative.finditer(text, start, end):
        if dating.count_starting_in(start, m.start()):
            return None
        if not dating.count_starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH)):
            continue
        head = _antecedent(text, start, m.start(), cues)
        if (head is not None and not spans.touching(head, m.start()) and not _a_reaction(text, start, m.start())
                and _content_words(text, max(start, head - _PREDICATE_REACH), head, spans, _PREDICATE_WORDS) >= _PREDICATE_WORDS
                and _tells_apart(text, start, head, m.end(), end, dating, cues)):
            return head
        return None
    return None


def _dated_apart(text: str, start: int, end: int, s_start: int, s_end: int, spans: SpanIndex[Timex],
                 dating: SpanIndex[Timex]) -> int | None:
    """Where the piece ``text[start:end]`` (of the sentence ``text[s_start:s_end]``), dated before a
    relative clause or an "after" phrase (``after_happening``، ``subordinate_clauses`` of
    ``lang/ar/event_dates.yaml``) that holds a date of its own, is cut: at the relative clause's
    antecedent (:func:`_antecedent`) or at the "after", when what follows tells a happening apart from
    the main clause's (:func:`_tells_apart`, :func:`_names_apart`), the main clause is no reaction and
    the uncut piece would be dated by both (:func:`_dating`: a date it drops, a relative clause's beside
    a since or a projection, stays dropped). Each part keeps its own date (``يتوجه الوزير الاثنين إلى
    العاصمة لبحث المخاوف الناجمة عن | الاتفاق الذي وقعته الحكومة في 20 مايو``; ``ويأتي الاجتماع اليوم |
    بعد توصل الطرفين إلى تفاهم أمس``), where the piece would give two events with the same words. Not
    an antecedent among the four words after a complementizer (``أعلن اليوم أن الاتفاق الذي وقع أمس
    يدخل…``: the subject of what is said, its predicate after it), nor an "after" one or two words
    before its date (:func:`_of_a_happening_before`: that date dates nothing). None when nothing is cut."""
    if dating.count_starting_in(start, end) < 2:
        return None
    cues = _date_cues()
    first = dating.starting_in(start, end)[0]

    def both_date(at: int) -> bool:  # the uncut piece keeps a date before ``at`` and the first after it
        held = _dating(text, Clause(start, end, text[start:end], 0, s_start, s_end), dating.starting_in(start, end))
        after = dating.starting_in(at, end)
        return bool(after) and after[0] in held and any(t.end <= at for t in held)

    for m in cues.relative.finditer(text, first.end, end):
        if not dating.count_starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH)):
            continue
        before = max(t.end for t in dating.touching(start, m.start()))  # the main clause's last date
        head = _antecedent(text, before, m.start(), cues)
        near = _WORD.findall(_fold_window(text, max(start, (head or m.start()) - 48), head or m.start()))[-4:]
        if (head is not None and not spans.touching(head, m.start())
                and not cues.complementizers.intersection(map(unjoined, near))
                and not _a_reaction(text, start, m.start())
                and _content_words(text, max(start, head - _PREDICATE_REACH), head, spans, _PREDICATE_WORDS) >= _PREDICATE_WORDS
                and ((_tells_apart(text, start, head, m.end(), end, dating, cues)
                      or _names_apart(text, start, head, m, end, dating, cues)) and both_date(m.end())
                     or (_resumed_apart(text, m, end, dating, cues)
                         or _witness_apart(text, start, head, m, end, dating, cues))
                     and _each_dated(text, start, head, m.end(), end, s_start, s_end, dating))):
            return head
        if (head is None and (_witness_apart(text, start, m.start(), m, end, dating, cues)
                              or _WORD.search(text, before, m.start()) is not None
                              and _named_apart(text, start, m, end, dating, cues) and both_date(m.end()))
                and not cues.complementizers.intersection(map(unjoined, near))
                and not _a_reaction(text, start, m.start())
                and _content_words(text, max(start, m.start() - _PREDICATE_REACH), m.start(), spans,
                                   _PREDICATE_WORDS) >= _PREDICATE_WORDS
                and _each_dated(text, start, m.start(), m.end(), end, s_start, s_end, dating)):
            return m.start()  # في بغداد | التي شهدت الأربعاء الماضي أكبر مظاهرة: a name, no antecedent found
        break
    for m in cues.background_after.finditer(text, first.end, end):
        if spans.covers(m.start()) or spans.covers(m.end()):
            continue
        dated = dating.starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH))
        if not dated:
            continue
        words = _WORD.findall(text, m.end(), dated[0].start)
        if (len(words) > 2 and not _COMMA.search(text, m.end(), dated[0].start)
                and not cues.relative.search(text, m.end(), dated[0].start)
                and not _a_reaction(text, start, m.start())
                and _tells_apart(text, start, m.start(), m.end(), end, dating, cues, relative=False)
                and both_date(m.end())):
            return m.start()
        break
    return None


_PLAN_WORDS = 5  # words a plan's verb may stand before its date (يستكملها الاثنين، على أن يعقد الطرفان اجتماعاً الأحد)
_DUAL_PRONOUN = kept(r"الل\w+(?:ان|ين)")  # a relative pronoun in the dual (اللتين): two antecedents, or a pair
_PLAN_NOUNS = 2  # indefinite words before a verb that opens a relative clause without a pronoun (جولة إقليمية يستكملها)


def _named_apart(text: str, start: int, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex],
                 cues: _DateCues) -> bool:
    """Whether the relative clause at ``pronoun``, after a name (no definite antecedent found:
    ``سراح الرهينة ايزابيل بريم التي كانت خطفت في فبراير``), tells a happening of its own by a
    happening word (:func:`_tells_apart`): it is cut off at the pronoun. (Not asked right after a
    date: ``لمعرض العام الحالي الذي سيتم تنظيمه بعد شهرين`` names the edition.)"""
    return _tells_apart(text, start, pronoun.start(), pronoun.end(), end, dating, cues)


def _plan_apart(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex],
                published: dt.datetime | None) -> int | None:
    """Where the piece ``text[start:end]`` is cut before a plan it tells with a date of its own,
    after a past predicate: a date from the publication day on, a verb in the present
    or the future at most :data:`_PLAN_WORDS` words before it (no comma, no other date between),
    opening a relative clause (after a relative pronoun: cut at its antecedent, :func:`_antecedent`;
    after an indefinite noun, the verb holding its pronoun: ``جولة إقليمية يستكملها الاثنين``, cut
    at the noun) or after a word of ``plan_openers`` (``على أن يعقد الطرفان اجتماعاً الأحد``: cut
    there). What comes before the cut opens with a perfect verb, its first verb (:func:`_opens_perfect`; :func:`timeline.tense.perfect_verb`:
    أكد، أعلنت; ``plan_frames`` and ``speech_verbs``: اتفق، صرح) among its first words (no future cue there), and holds no date of the plan's day or after:
    told today of a plan, it is no report of that day (``أكد الوزير في ختام زيارته … | جولة
    يستكملها الاثنين``), and it keeps only a date of its own. Not a plan among the four words after a
    complementizer (``أوضح أن الاجتماع الذي يرأسه الأمير الأسبوع المقبل سيستعرض…``: what is said is the
    plan, the saying's clause reports it); and only when the past predicate keeps a date of its own or
    tells a happening (``lang/ar/triggers.yaml``) of another group than the plan's, no reaction: a
    saying of the plan alone (``كشف المدير ملامح خطة المهرجان الذي ينطلق غداً``) is its report, and its
    words are what the merge meets other reports by. None when nothing is cut."""
    if published is None:
        return None
    cues = _date_cues()
    shapes = load_shapes()
    day = _naive(published).replace(hour=0, minute=0, second=0, microsecond=0)
    for t in dating.starting_in(start, end):
        if t.interval is None or _naive(t.interval[0]) < day:
            continue  # begun before the publication day (ليل أمس): no plan still to come
        words = list(_WORD.finditer(text, max(start, t.start - _RELATIVE_REACH), t.start))[-_PLAN_WORDS:]
        cut = None
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if _COMMA.search(text, w.end(), t.start) or dating.count_starting_in(w.end(), t.start) \
                    or spans.covers(w.start()):
                break
            folded = fold(w.group())
            bare = unjoined(folded) if folded else folded
            if not bare or bare.startswith("ال") or bare in cues.function_words or w.group().endswith("ة") \
                    or bare in place_adjectives() or not (
                        shapes.plan_verb(bare) and not perfect_verb(bare) or future_verb(folded)):
                continue  # (not a perfect in ت, تراجعت; nor a noun or a place's adjective, يمنية)
            cut = _plan_opening(text, start, w.start(), bare, cues)
            break
        if cut is None or cut <= start:
            continue
        near = _WORD.findall(_fold_window(text, max(start, cut - 48), cut))[-4:]
        if cues.complementizers.intersection(map(unjoined, near)):
            return None  # أوضح أن الاجتماع الذي يرأسه الأمير الأسبوع المقبل سيستعرض…: what is said is the plan
        opening = [w for w in _WORD.findall(_fold_window(text, start, cut)) if w][:_OPENING_VERB_WORDS]
        own = dating.starting_in(start, cut)
        if not _opens_perfect(opening, cues) or any(future_verb(w) for w in opening) \
                or any(d.interval is not None and _naive(d.interval[1]) > _naive(t.interval[0]) for d in own):
            return None
        # the past predicate keeps a date of its own, or tells a happening of its own, apart from the
        # plan's (not a reaction: dated by what it reacts to); a bare saying of the plan is its report
        lexicon = load_triggers()
        main = lexicon.happening(_fold_window(text, start, cut))
        plan = lexicon.happening(_fold_window(text, cut, t.end))
        if own or main is not None and not lexicon.is_reaction(main) and (
                plan is None or lexicon.group(main) != lexicon.group(plan)):
            return cut
        return None
    return None


_OPENING_VERB_WORDS = 4  # the first words of a clause where its past predicate stands (وقد أكد الوزير…)


def _opening_verb(opening: list[str], cues: _DateCues) -> str | None:
    """The kind of the first verb among a clause's first words (folded): ``"perfect"``
    (:func:`timeline.tense.perfect_verb`, ``plan_frames``, ``speech_verbs``) or ``"present"``; None
    without one. A noun passed over by :func:`timeline.verbs.nearest_first` (``الوقت``) is none,
    though it ends like ``أعلنت``."""
    shapes, past = load_shapes(), load_lexicon().later_past_words
    for _, _, bare, passed in reversed(list(nearest_first(opening))):
        if bare in past or bare in cues.plan_frames or bare in cues.speech_verbs:
            return "perfect"
        if passed:
            continue
        if shapes.perfect(bare):
            return "perfect"
        if shapes.is_present(bare, noun_endings=True):
            return "present"
    return None


def _opens_present(opening: list[str]) -> bool:
    """Whether a clause's first words (folded) open with a present verb: one of يـ
    (:func:`_opening_verb`), or a long one of تـ/نـ as its first word that is no perfect
    (:meth:`timeline.verbs.Shapes.long_present`: ``تتواصل``, ``تستمر``; not ``تواصلت``)."""
    if _opening_verb(opening, _date_cues()) == "present":
        return True
    if not opening:
        return False
    ((_, _, bare, passed),) = nearest_first(opening[:1])
    shapes = load_shapes()
    return not passed and shapes.present_opening.fullmatch(bare) is not None and shapes.long_present(bare) \
        and not shapes.perfect(bare)


def _opens_perfect(opening: list[str], cues: _DateCues) -> bool:
    """Whether the first verb among a clause's first words is a perfect (:func:`_opening_verb`): a
    present verb before it makes the predicate present (``يزور الرئيس بيروت``)."""
    return _opening_verb(opening, cues) == "perfect"


def _plan_opening(text: str, start: int, verb: int, bare: str, cues: _DateCues) -> int | None:
    """Where the plan whose verb (``bare``, folded, without و/ف) starts at ``verb`` opens: at the
    antecedent of a relative pronoun right before it, at a word of ``plan_openers`` right before it,
    or, the verb holding its antecedent's pronoun (:meth:`timeline.verbs.Shapes.holds_pronoun`), at the indefinite words
    right before it (at most :data:`_PLAN_NOUNS`); None when none."""
    before = list(_WORD.finditer(text, max(start, verb - 48), verb))
    if not before:
        return None
    last = fold(before[-1].group())
    if last in relative_pronouns():  # not a dual's, nor one after و (والتي، والذين): it may go back further
        return None if _DUAL_PRONOUN.fullmatch(last) else _antecedent(text, start, before[-1].start(), cues)
    if last[1:] in relative_pronouns() and last[0] == "و":
        return None
    folded = tuple(fold(w.group()) for w in before)
    for opener in cues.plan_openers:
        if folded[-len(opener):] == opener:
            return before[-len(opener)].start()
    if not load_shapes().holds_pronoun(bare):
        return None
    head = None
    for w in reversed(before[-_PLAN_NOUNS:]):
        word = fold(w.group())
        if _DEFINITE_WORD.match(word) or word in cues.function_words or unjoined(word) in cues.function_words \
                or word[1:] in cues.function_words and word[0] in clitic_prefixes().conjunctions or _DIGIT.search(word) or len(word) < 3 \
                or text[w.end():head if head is not None else verb].strip():
            break
        head = w.start()
    return head


def _names_apart(text: str, start: int, head: int, pronoun: re.Match[str], end: int,
                 dating: SpanIndex[Timex], cues: _DateCues) -> bool:
    """Whether the antecedent ``text[head:pronoun]`` names a happening (``lang/ar/triggers.yaml``) of
    another group than the main clause ``text[start:head]``, no reaction, and its relative clause holds
    a date (:func:`_told_before_date`) and opens with a verb, not a pronoun or a preposition (``الاتفاق
    الذي وقعته الحكومة في 20 مايو``: the agreement's day): read only beside a date of the main clause."""
    told = _told_before_date(text, pronoun.end(), end, dating, cues)
    if not told or told[0] in cues.function_words or _DEFINITE_WORD.match(told[0]):
        return False
    lexicon = load_triggers()
    named = lexicon.happening(_fold_window(text, head, pronoun.start()))
    main = lexicon.happening(_fold_window(text, start, head))
    return named is not None and not lexicon.is_reaction(named) and (
        main is None or not (lexicon.is_reaction(main) or lexicon.group(main) == lexicon.group(named)))


_TRILITERAL = 3  # letters of a masculine perfect of the simple verb, which has no shape of its own (وصل، زار)


@functools.lru_cache(maxsize=None)
def _present_letters(code: str = "ar") -> tuple[str, ...]:
    """The letters a verb in the present opens with (``verb_shapes`` of ``lang/<code>/relative.yaml``:
    ``present``, ``present_opening``), folded: a word of three letters opening with one is no
    masculine perfect (تصفه، يعده)."""
    shapes = load_language_yaml(code, "relative.yaml")["verb_shapes"]
    return tuple(fold(str(x)) for key in ("present", "present_opening") for x in shapes[key]["first"])



def _resumed_apart(text: str, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex], cues: _DateCues) -> bool:
    """Whether the relative clause opening at ``pronoun`` opens with a perfect verb (after
    ``auxiliaries``) holding its antecedent's pronoun, or followed by a preposition holding it
    (``resumptive_pronouns``, ``resumptive_prepositions`` of ``lang/ar/event_dates.yaml``: التي →
    وصلها، وصل إليها; الذي → أقرته), and holds a date (:func:`_told_before_date`): an act done to the
    antecedent at its own time (``في الدوحة التي وصلها مساء الأحد``), whatever its verb; read only beside
    a date of the main clause. The verb is a perfect of ``later.past_words``, by its ending or form
    (:func:`timeline.tense.perfect_verb`: أقرته، افتتحه) or of three letters; not a preposition or
    ``resumptive_adverbs`` holding the pronoun (``التي عليها``، ``الذي لديه``: a clause of no verb)."""
    verb = _resumed_verb(text, pronoun, end, dating, cues)
    return bool(verb) and (perfect_verb(verb) or load_shapes().perfect(verb, derived=True)
                           or len(verb) == _TRILITERAL and not verb.startswith(_present_letters()))


def _resumed_verb(text: str, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex], cues: _DateCues) -> str | None:
    """The first word (folded, after ``auxiliaries``, its pronoun taken off) of the relative clause
    opening at ``pronoun`` that holds a date (:func:`_told_before_date`), when it holds its
    antecedent's pronoun or a preposition right after it does (``resumptive_pronouns``,
    ``resumptive_prepositions``: وصلها، تقدم به); None when not, or when it is a preposition or one of
    ``resumptive_adverbs`` (``التي عليها``، ``الذي لديه``: a clause of no verb)."""
    told = _told_before_date(text, pronoun.end(), end, dating, cues)
    k = next((i for i, w in enumerate(told or ()) if w not in cues.auxiliaries), None)
    ending = cues.resumptive.get(fold(pronoun.group()).removeprefix("و"))
    if k is None or told is None or ending is None:
        return None
    verb = told[k]
    if verb in cues.resumptive_prepositions or verb in cues.resumptive_adverbs:
        return None  # التي عليها، الذي لديه: a clause of no verb
    if verb.endswith(ending):
        return verb[:-len(ending)] or None
    if k + 1 < len(told) and told[k + 1] in cues.resumptive_prepositions and told[k + 1].endswith(ending):
        return verb
    return None


_BRACKET = kept(r"[()\[\]]")  # a bracket, opening or closing


def _resumed_before(text: str, head: int, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex],
                    cues: _DateCues, published: dt.datetime | None) -> bool:
    """Whether the relative clause at ``pronoun`` (its antecedent at ``head``), holding its sentence's
    only date, tells an act done to its antecedent (:func:`_resumed_verb`, whatever its tense: ``القرار
    الذي تقدم به``، ``الاتفاق الذي توصلت إليه إيران``، ``خارطة الطريق التي وقعتها الوكالة``) at a date
    ended before the day before the publication: a thing's making told of a report's act on it (``وقع النواب القرار الذي
    تقدم به في يوليو الماضي``: the signing is not in July), which does not take its date. Not a date of
    the publication's day or the day before (``حضر الحفل الذي أقامته السفارة أمس``: the host act is
    mostly the same day), nor after one of ``verb_occasions`` (``شارك في المؤتمر الذي عقدته الجامعة
    الأحد``: held at it), nor past a number, a bracket, a complementizer or a second verb after و holding
    the pronoun between the pronoun and the date: the relative clause may end before them and the date
    be the host's (``وجنى الفيلم الذي أنتجته الشركة 20 مليون دولار يوم الجمعة``)."""
    verb = _resumed_verb(text, pronoun, end, dating, cues) if published is not None else None
    if published is None or verb is None or len(verb) < _TRILITERAL or _DIGIT.search(verb) \
            or _DEFINITE_WORD.match(verb) or verb in cues.function_words:
        return False
    before = _WORD.findall(_fold_window(text, max(0, head - 16), head))
    if before and unjoined(before[-1]) in cues.verb_occasions:
        return False
    dated = dating.starting_in(pronoun.end(), end)
    if not dated or _DIGIT.search(text, pronoun.end(), dated[0].start) \
            or _BRACKET.search(text, pronoun.end(), dated[0].start):
        return False  # … التي تلقتها الصين 8 في المائة في النصف الأول، (متوسط … الذين تنجبهم المرأة) من 7.3 إلى 2.3
        # في 2011: what follows the number or the bracket is the host's, and so is the date
    ending = cues.resumptive.get(fold(pronoun.group()).removeprefix("و"), "")
    told = _WORD.findall(_fold_window(text, pronoun.end(), dated[0].start))
    if cues.complementizers.intersection(map(unjoined, told)) \
            or any(w.startswith("و") and w.endswith(ending) for w in told[1:]):
        return False  # الذي تصفه أنقرة بأنه منظمة إرهابية تمرده عام 1984، التي دربتها الولايات المتحدة ونشرتها
        # في شمال سوريا للنيران يوم الجمعة: a long relative clause, the host's words may follow it
    eve = _naive(published).replace(hour=0, minute=0, second=0, microsecond=0) - dt.timedelta(days=1)
    return dated[0].interval is not None and _naive(dated[0].interval[1]) <= eve


def _each_dated(text: str, start: int, cut: int, at: int, end: int, s_start: int, s_end: int,
                dating: SpanIndex[Timex]) -> bool:
    """Whether, cut at ``cut``, the piece ``text[start:cut]`` keeps a date of its own and the piece
    ``text[cut:end]`` keeps the first date after ``at`` (:func:`_dating`): a relative clause's date
    the uncut piece drops beside the main clause's (:func:`_secondary`) dates its own piece."""
    def dated(a: int, b: int) -> list[Timex]:
        return _dating(text, Clause(a, b, text[a:b], 0, s_start, s_end), dating.starting_in(a, b))
    after = dating.starting_in(at, end)
    return bool(after) and bool(dated(start, cut)) and after[0] in dated(cut, end)


_AND_AFTER_COMMA = kept(marks(COMMAS) + r"\s*و(?=\w)")  # a comma and a و opening the next clause


def _reacts_to(text: str, start: int, head: int, pronoun: re.Match[str], end: int, spans: SpanIndex[Timex],
               dating: SpanIndex[Timex], cues: _DateCues) -> int | None:
    """Where the object of a reaction starts when the relative clause opening at ``pronoun`` (its
    antecedent taken from ``head``, :func:`_antecedent`) holds the date of what the reaction reacts to,
    not the reaction's; else None. What comes before the object tells a reaction
    (``lang/ar/triggers.yaml``: ``أدانت المملكة``، ``أعرب عن إدانته``، ``رحبت الجامعة``) in
    :data:`_PREDICATE_WORDS` content words or more, and the relative clause holds the sentence's date
    (:func:`_told_before_date`: before a comma, no date after it in the sentence up to a comma and a و
    opening the next clause, no since: ``أدانت الحكومة الهجوم الذي استهدف السوق، أمس`` may be the
    condemnation's day; ``…، وأكدت في تصريح له أمس`` is another clause's). The object starts at the
    first happening word of the antecedent (``أدانت البرلمان العربي | التفجير الإرهابي الذي``: the
    reaction's actor may end in definite words too; ``استنكر الأزهر بشدة | الهجوم الذي``), else at its
    first word with the predicate's words before it (``أدانت الحكومة | الهجوم الذي``). What the
    relative clause tells is dated by it
    (``الجريمة التي نفذها مستوطنون فجر أمس``: the crime at dawn); the reaction, told later, keeps the
    date of its own predicate: none here (:func:`_reaction_window`)."""
    lexicon = load_triggers()
    words = list(_WORD.finditer(text, head, pronoun.start()))
    told = next((k for k, w in enumerate(words) if (kind := lexicon.happening(fold(w.group()))) is not None
                 and not lexicon.is_reaction(kind)), None)
    starts = [w.start() for w in words] if told is None else [words[told].start()]
    at = next((p for p in starts if _content_words(text, max(start, p - _PREDICATE_REACH), p, spans,
                                                   _PREDICATE_WORDS) >= _PREDICATE_WORDS), None)
    joined = _AND_AFTER_COMMA.search(text, pronoun.end(), end)  # …، وأكدت في تصريح له أمس: another clause's
    bound = joined.start() if joined else end
    vehicle = _vehicle_after(text, pronoun.end(), bound, cues)  # …، في بيان أصدرته مساء أمس: the reaction's
    if at is None or _told_before_date(text, pronoun.end(), bound if vehicle is None else vehicle.start(), dating,
                                       cues, nested=True) is None:
        return None
    main = lexicon.happening(_fold_window(text, start, at))
    return at if main is not None and lexicon.is_reaction(main) else None


def _reaction_resumed(text: str, at: int, end: int, dating: SpanIndex[Timex]) -> int | None:
    """Where the reactor's next act opens after a reaction's object (its relative clause opening at
    ``at``, :func:`_reacts_to`): its first comma and a و (:data:`_AND_AFTER_COMMA`) before a perfect verb
    (:func:`timeline.tense.perfect_verb`) whose words, up to the next comma or stop, tell a reaction
    again and hold no date (``الهجوم الذي وقع أمس، | ودعت إلى ضبط النفس``: the call is the reactor's,
    not the attack's; ``، وأسفر عن مقتل`` goes on telling the attack); else None."""
    joined = _AND_AFTER_COMMA.search(text, at, end)
    comma = _COMMA.search(text, at, end)
    if joined is None or comma is None or comma.start() != joined.start():
        return None  # (only at the relative clause's own comma: …، في بيان أصدرته مساء أمس، ودعت: the statement's)
    pos = joined.end() - 1  # the و
    stop = _TAIL_END.search(text, pos, end)
    upto = stop.start() if stop else end
    first = _WORD.match(_fold_window(text, pos, upto))
    lexicon = load_triggers()
    bare = unjoined(first.group()) if first is not None else ""
    if first is None or dating.count_starting_in(pos, upto):
        return None
    if _reaction_perfect(bare, lexicon):  # ، وطالب بفتح تحقيق: the verb tells the reaction itself
        return pos
    return pos if perfect_verb(bare) and lexicon.is_reaction(lexicon.happening(_fold_window(text, pos, upto))) \
        else None


def _reaction_perfect(bare: str, lexicon: TriggerLexicon) -> bool:
    """Whether a folded word, its و dropped, is a masculine perfect of a reaction (``طالب``،
    ``دعا``، ``أدان``، ``استنكر``), which :func:`timeline.tense.perfect_verb` reads by no ending: the
    trigger lexicon lists another of its perfect persons (:func:`timeline.leads.perfect_forms`) whole
    as a reaction (``طالبت``، ``دعت``، ``حثت``); or it reads the word as a reaction and either lists
    its present whole (:func:`timeline.happenings.verb_forms`: ``يستنكر``، ``يندد``) or the word has
    the perfect shape افعل/افتعل (``أدان``، ``أشاد``; :meth:`timeline.verbs.Shapes.perfect`). Not a
    noun of a reaction (``تعازي``، ``ترحيب``: neither)."""
    persons = perfect_persons(bare)
    if any(lexicon.is_reaction(lexicon.exact.get(form)) and load_shapes().perfect(form) for form in persons - {bare}):
        return True
    cls = lexicon.happening(bare)
    return lexicon.is_reaction(cls) and (load_shapes().perfect(bare, derived=True) or any(
        lexicon.exact.get(form) == cls for form in verb_forms(bare) - persons))


def _vehicle_after(text: str, at: int, end: int, cues: _DateCues) -> re.Match[str] | None:
    """The first comma after ``at`` (before ``end``) when the phrase after it, up to the next comma
    or stop, names the occasion of a telling (``telling_venues`` of ``lang/ar/event_dates.yaml``: ``،
    في بيان أصدرته مساء أمس``، ``، في اتصال``... :func:`_names_a_venue`) or opens with a speech verb
    (``speech_verbs``: ``، قالت الوزارة أمس``), not with و (another clause): after a reaction's object,
    that is the reaction's own vehicle, and a date in it the reaction's (:func:`_reacts_to`,
    :func:`_reaction_window`); else None."""
    comma = _COMMA.search(text, at, end)
    after = _after_comma(text, comma.end()) if comma is not None else None
    if comma is None or after is None or after >= end or _AND_AFTER_COMMA.match(text, comma.start()):
        return None  # …، وقالت في بيان أمس: another clause, with its own date
    first = _WORD.match(_fold_window(text, after, after + 24))
    said = first is not None and unjoined(first.group()) in cues.speech_verbs
    return comma if said or _names_a_venue(text, after) else None


def _object_after_own_date(text: str, start: int, pronoun: re.Match[str], end: int, spans: SpanIndex[Timex],
                           dating: SpanIndex[Timex], cues: _DateCues) -> int | None:
    """Where the object of a reaction dated by its own predicate starts when the relative clause opening
    at ``pronoun`` holds another date, what the reaction reacts to (``أدان الرئيس مساء أمس | الهجوم الذي
    وقع الجمعة``: the evening is the condemnation's, Friday the attack's): as :func:`_reacts_to`, the
    reaction's dates all told before the object, and no relative clause before this one (``أشادت
    بالكتاب الذي يحكي عن العام المنصرم، خلال لقاء في مقر النادي الذي أقيم أمس``: the reaction's object
    lies far before), and the object's date ends before the reaction's day begins: a reaction does not
    come before what it reacts to, and an object told on the reaction's own day (``تلقى اتصالا أمس
    أعرب خلاله عن إدانته للتفجير الذي استهدف أمس المسجد``) is dated right by the sentence as it is,
    where two "yesterdays" may share one reference (a statement's, copied); else None."""
    if cues.relative.search(text, start, pronoun.start()):
        return None
    head = _antecedent(text, start, pronoun.start(), cues)
    touched = spans.touching(head, pronoun.start()) if head is not None else []
    if touched:  # مساء أمس الهجوم: the antecedent read back into the reaction's date starts after it
        head = max(t.end for t in touched)
    if head is None or spans.touching(head, pronoun.start()) or not _WORD.search(text, head, pronoun.start()):
        return None
    at = _reacts_to(text, start, head, pronoun, end, spans, dating, cues)
    if at is None or dating.count_starting_in(at, pronoun.start()):
        return None
    own = [t.interval for t in dating.starting_in(start, at) if t.interval is not None]
    told = dating.starting_in(pronoun.end(), end)
    if not own or not told or told[0].interval is None:
        return None
    first_day = min(_naive(i[0]) for i in own).replace(hour=0, minute=0, second=0, microsecond=0)
    return at if _naive(told[0].interval[1]) <= first_day else None


def _a_reaction(text: str, start: int, pronoun: int) -> bool:
    """Whether what ``text[start:pronoun]`` tells, antecedent included, is a reaction (``أعرب خلاله عن
    إدانته التفجير الذي استهدف أمس المسجد``: the antecedent's reaction noun makes the rest name none):
    its relative clause is not cut off as a happening apart, only at the reaction's object
    (:func:`_reacts_to`)."""
    main = load_triggers().happening(_fold_window(text, start, pronoun))
    return main is not None and load_triggers().is_reaction(main)


def _told_before_date(text: str, at: int, end: int, dating: SpanIndex[Timex], cues: _DateCues,
                      nested: bool = False) -> list[str] | None:
    """The folded words of the subordinate or relative clause that begins at ``at``, up to the
    first date that starts in it and is no "since" (before ``end``, the next comma and
    :data:`_RELATIVE_REACH` characters); None without one, with a date after the clause in the
    sentence (``رفعت السلطات جلسات المحاكمة التي انطلقت أمس، إلى يوم غد الخميس``: that one is the
    adjournment's) or when another subordinate or relative clause opens before it (``الحزام
    الذي يزن 40 كيلوغراما قبل توصيله للمسجد ظهر الجمعة``: the date is the delivery's;
    ``subordinate`` of ``lang/ar/event_dates.yaml``). With ``nested``, a subordinate clause (not a
    relative one) opening inside it before the date still describes what this one does (the object
    of a reaction, :func:`_reacts_to`: ``الهجوم الذي استهدف المسجد أثناء صلاة ظهر أمس``: the attack's
    noon; ``العمل الذي يعتبر خرقا لاتفاقية الهدنة التي أنهت الحرب عام 1953``: the armistice's year)."""
    comma = _COMMA.search(text, at, end)
    limit = min(end, comma.start() if comma else end, at + _RELATIVE_REACH)
    dated = dating.starting_in(at, limit)
    if not dated or dated[0].mod == "ON_OR_AFTER" or dating.count_starting_in(limit, end):
        return None
    told = _WORD.findall(_fold_window(text, at, dated[0].start))
    bare = [unjoined(w) for w in told]
    inner = cues.subordinate.intersection(bare)
    if (inner and not (nested and inner.isdisjoint(relative_pronouns()))) or cues.since.intersection(
            bare[-1:] + _WORD.findall(fold(dated[0].text))[:1]):
        return None
    return told


def _tells_apart(text: str, start: int, cut: int, at: int, end: int, dating: SpanIndex[Timex],
                 cues: _DateCues, relative: bool = True) -> bool:
    """Whether the subordinate (``relative`` False) or relative clause opening at ``at``, cut
    off at ``cut``, holds the date of a happening of its own, apart from the main clause
    ``text[start:cut]``. It holds a date (:func:`_told_before_date`) and tells a happening
    before it: a happening word (``lang/ar/triggers.yaml``) among its first
    :data:`_TOLD_WORDS` words (``بعد أن عثر عليها``، ``التي اختفت``) or one of
    ``relative_verbs`` first (``التي فقدت``; not after ``verb_occasions``: ``خسر الفريق في
    المباراة التي أقيمت أمس``); a relative clause telling none describes
    (``التي تعرف باسم «أرباكيس» في وقت متأخر من ليل أمس``: the date after it is the main
    clause's). A subordinate clause may also be told apart by the main clause's happening
    word alone (``أقدم على قتل العقيد بعد أن تجاوز سيارته ليلة الخميس``); with none on either
    side it restates the same act (``منح النادي مدربه جرعة ثقة بعد أن أعلن اليوم تمديد عقده``:
    whose names the merge needs). The main clause tells no happening of the same group
    (``ويأتي اللقاء لاستكمال ما تم التوصل إليه في القمة التي التقى فيها القادة في مايو``: one
    meeting) and no reaction (``أعربت الحكومة عن إدانتها للهجوم الذي استهدف أمس السوق``: a
    reaction is what its clause tells, :meth:`~timeline.happenings.TriggerLexicon.happening`; its
    object's relative clause is cut off at the object instead, :func:`_reacts_to`). A relative clause
    told by its verb alone is told apart by its antecedent: one naming a happening of another class than the main
    clause's (``أطلق الرئيس حملة على الجماعة المتهمة بالوقوف خلف العملية الانتحارية التي وقعت في 20
    يوليو``), or naming none while no happening word stands among the words right before it
    (``… أن تعلن استئناف عملية السلام التي بدأت عام 2012``; not ``في مهرجان العسل بمنطقة الجبل الذي
    انطلقت فعالياته أمس``); never after a comma or a bound (``subordinate`` of ``lang/ar/event_dates.yaml``)."""
    told = _told_before_date(text, at, end, dating, cues)
    if told is None:
        return False
    lexicon = load_triggers()
    verb = next((w for w in told if w not in cues.auxiliaries), "")  # الذي كان قد انطلق: انطلق
    if relative and verb in cues.witness_verbs and _witnessed(
            text, start, cut, at, told[told.index(verb) + 1:] + _after_date(text, at, end, dating), cues, lexicon):
        return True
    kind = lexicon.happening(" ".join(told[:_TOLD_WORDS]))
    tells = kind is not None or verb in cues.relative_verbs
    if relative and not tells:
        return False
    if relative and kind is None and verb not in cues.founding_verbs:  # خسر الفريق في المباراة التي
        before = _WORD.findall(_fold_window(text, max(start, cut - 16), cut))  # أقيمت أمس: held, and lost in it
        if before and unjoined(before[-1]) in cues.verb_occasions:
            return False
    main = lexicon.happening(_fold_window(text, start, cut))
    if main is None:
        return tells
    if kind is None and not relative:
        return True
    if kind is None:  # a relative clause told by its verb alone: its antecedent names the happening,
        # maybe the main clause's (في مهرجان العسل بمنطقة الجبل الذي انطلقت فعالياته أمس); told apart
        # only by an antecedent that follows no comma (then the pronoun may go back further) nor a
        # bound (عقب اختتام أعمال الحوار الذي عقد اليوم: right after it, mostly that day)
        near = _WORD.findall(_fold_window(text, max(start, cut - 48), cut))[-_TOLD_WORDS:]
        if _COMMA.search(text, cut, at) or cues.subordinate.intersection(map(unjoined, near[-3:])):
            return False
        kind = lexicon.happening(_fold_window(text, cut, at))  # its own (العملية الانتحارية التي وقعت في 20 يوليو)
        if kind is None:  # or none, with the main clause's far from it (… استئناف عملية السلام التي
            # بدأت عام 2012) or inside what a saying says (أعلن مصدر أن المرحلة الأخيرة من خطة تأمين
            # حفل الافتتاح التي بدأت أول الشهر: the saying is the main clause's act, not the opening)
            return not (lexicon.is_reaction(main) or (lexicon.happening(" ".join(near)) is not None
                                                      and not _said_before(text, start, cut, len(near), cues)))
        return not (lexicon.is_reaction(main) or main == kind)
    return not (lexicon.is_reaction(main) or lexicon.group(main) == lexicon.group(kind))


def _witness_apart(text: str, start: int, head: int, pronoun: re.Match[str], end: int,
                   dating: SpanIndex[Timex], cues: _DateCues) -> bool:
    """Whether the relative clause opening at ``pronoun`` (its antecedent at ``head``) opens with one of
    ``witness_verbs`` and tells a happening of its own (:func:`_witnessed`), named before its date or in
    the words right after it (:func:`_after_date`): beside a date of the main clause (``احتشدوا أمس في الشارع
    الذي شهد أعمال الشغب الصيف الماضي``) or after a name :func:`_antecedent` does not take (``في بغداد التي``)."""
    opening = _WORD.findall(_fold_window(text, pronoun.end(), min(end, pronoun.end() + 24)))[:3]
    if next((w for w in opening if w not in cues.auxiliaries), "") not in cues.witness_verbs:
        return False  # a quick no: no verb of witness_verbs opens it
    told = _told_before_date(text, pronoun.end(), end, dating, cues)
    verb = next((w for w in told or () if w not in cues.auxiliaries), "")
    return (told is not None and verb in cues.witness_verbs
            and _witnessed(text, start, head, pronoun.end(),
                           told[told.index(verb) + 1:] + _after_date(text, pronoun.end(), end, dating),
                           cues, load_triggers()))


def _witness_ends(text: str, at: int, end: int, dating: SpanIndex[Timex], cuts: dict[int, bool]) -> None:
    """Cut where a relative clause of ``witness_verbs`` opening at ``at`` ends, at the first comma after
    its date (``الذي شهد أعمال الشغب الصيف الماضي، | وبدأ المحتجون…``): what follows goes back to the main
    clause's telling, not dated by the happening the antecedent saw."""
    dated = dating.starting_in(at, end)
    comma = _COMMA.search(text, dated[0].end, end) if dated else None
    if comma is not None and _WORD.search(text, comma.end(), end):
        cuts.setdefault(comma.start(), False)


def _after_date(text: str, at: int, end: int, dating: SpanIndex[Timex]) -> list[str]:
    """The first :data:`_TOLD_WORDS` folded words after the first date from ``at`` (to ``end``, up to a
    comma or another date): a verb's object told after its date (``التي شهدت الأربعاء الماضي أكبر
    مظاهرة``)."""
    dated = dating.starting_in(at, end)
    if not dated:
        return []
    comma = _COMMA.search(text, dated[0].end, end)
    stop = min([comma.start() if comma else end, *(t.start for t in dating.starting_in(dated[0].end, end))])
    return _WORD.findall(_fold_window(text, dated[0].end, stop))[:_TOLD_WORDS]


def _witnessed(text: str, start: int, cut: int, at: int, told: list[str], cues: _DateCues,
               lexicon: TriggerLexicon) -> bool:
    """Whether a relative clause opening with one of ``witness_verbs`` (``lang/ar/event_dates.yaml``),
    its words ``told`` after the verb, tells a happening of its own: one it names (``witnessed_nouns``
    or a happening word of ``triggers.yaml``: ``الشارع الذي شهد أعمال الشغب الصيف الماضي``، ``الشاب الذي
    أشعل مقتله في 9 أغسطس 2014``) that its antecedent ``text[cut:at]``, naming none, saw, sparked or
    followed; whatever the main clause ``text[start:cut]`` tells, but a reaction. An antecedent naming a
    happening (``الاشتباكات التي أعقبت مقتل الشاب``) is left to :func:`_tells_apart`'s other tests."""
    named = bool(cues.witnessed.intersection(w.removeprefix("و") for w in told)) or (
        bool(told) and lexicon.happening(" ".join(told)) is not None)
    if not named or lexicon.happening(_fold_window(text, cut, at)) is not None:
        return False
    main = lexicon.happening(_fold_window(text, start, cut))
    return main is None or not lexicon.is_reaction(main)


def _said_before(text: str, start: int, cut: int, last: int, cues: _DateCues) -> bool:
    """Whether ``text[start:cut]`` opens what a saying says before its ``last`` words: a speech
    verb (``speech_verbs`` of ``lang/ar/event_dates.yaml``) and after it a complementizer
    (``أعلن مصدر أمني أن``، ``وقال إن``): a happening named after them is what is said, not the
    act the clause tells."""
    words = _WORD.findall(_fold_window(text, start, cut))[:-last or None]
    said = False
    for word in words:
        if said and word in cues.complementizers:
            return True
        said = said or unjoined(word) in cues.speech_verbs
    return False


def _after_a_preposition(text: str, start: int, at: int) -> bool:
    """Whether the word before ``at`` (from ``start``) is a function word (``عن حطام``): the
    word at ``at`` is then a noun."""
    before = _WORD.findall(_fold_window(text, max(start, at - 16), at))
    return bool(before) and before[-1] in _date_cues().function_words


def _antecedent(text: str, start: int, pronoun: int, cues: _DateCues) -> int | None:
    """Where the antecedent of the relative pronoun at ``pronoun`` starts: the definite
    words right before it (at most :data:`_ANTECEDENT_WORDS`, ``الطائرة الماليزية``; back to one
    with a preposition glued, ``للبطولة``) and the noun they complete when it ends in ``ة`` or
    follows a preposition (``طائرة الركاب``، ``عن حطام السفينة``; another word there may be a
    verb: ``استهدفت الطائرة``) or is the plural of such a noun (:func:`_feminine_plural`: ``ودفعت
    بيانات الوظائف التي…``), or the two nouns before them after a preposition (``في ميناء
    عدن الجنوبي``); None when no definite word stands there (the pronoun of
    ``في الوقت الذي``, a time noun of ``not_antecedents``), after a word of ``occasions``
    (``وقال المدرب خلال المؤتمر الصحفي الذي عقد اليوم``: the main happening took place at it) or
    when nothing comes before it in the sentence from ``start`` (a relative clause of the
    subject frames its sentence)."""
    words = list(_WORD.finditer(text, max(start, pronoun - 64), pronoun))
    head: int | None = None
    taken = 0
    nearest = ""
    for m in reversed(words):
        gap = text[m.end():pronoun if head is None else head]
        if gap.strip(" \u00a0-–" + ("،," if head is None else "")):  # المصري - الأميركي
            break
        word = fold(m.group())
        if word in relative_pronouns():  # العمل الذي المحرم الذي: not a word of the antecedent
            break
        if _DEFINITE_WORD.match(word) and taken < _ANTECEDENT_WORDS:
            nearest = nearest if taken else word  # the definite word right before the pronoun
            head, taken = m.start(), taken + 1
            if _GOVERNED.match(word):  # للبطولة، بالطائرة: a preposition opens the phrase
                break
            continue
        if taken and word not in cues.function_words:
            feminine = m.group().endswith("ة") or _feminine_plural(word)
            if (feminine or _after_a_preposition(text, start, m.start())
                    or _glued_construct(word, nearest, text[pronoun:pronoun + 8], cues)):
                head = _happening_head(text, start, m.start()) if feminine else m.start()
                head = _quantified(text, start, head, cues)
            else:  # في ميناء عدن الجنوبي: two nouns after a preposition
                before = _WORD.findall(text, max(start, m.start() - 32), m.start())[-2:]
                if (len(before) == 2 and fold(before[1]) not in cues.function_words
                        and not _DEFINITE_WORD.match(fold(before[1])) and fold(before[0]) in cues.function_words):
                    head = text.rindex(before[1], 0, m.start())
        break
    if head is None or head <= start or not _WORD.search(text, start, head):
        return None
    before = _WORD.findall(_fold_window(text, max(start, head - 24), head))
    if before and unjoined(before[-1]) in cues.occasions:  # خلال المؤتمر الذي عقد اليوم: said there, then
        return None
    first = _DEFINITE_WORD.sub("", fold(text[head:pronoun].split()[0]))
    return None if first in cues.not_antecedents or fold(text[head:pronoun].split()[0]) in cues.function_words else head


def _quantified(text: str, start: int, head: int, cues: _DateCues) -> int:
    """Where an antecedent starting at ``head`` begins once a quantifier of ``quantifiers``
    (``lang/ar/event_dates.yaml``) right before it is taken in (``احدى جماعات المعارضة التي…``)."""
    before = list(_WORD.finditer(text, max(start, head - 16), head))
    if before and not text[before[-1].end():head].strip() and unjoined(fold(before[-1].group())) in cues.quantifiers:
        return before[-1].start()
    return head


def _feminine_plural(word: str) -> bool:
    """Whether the folded ``word`` has the shape of a sound feminine plural (``بيانات``، ``تصريحات``، و glued
    or not): ``ات`` after three letters or more, no perfect verb by its shape (not ``مات``، ``وبات``)."""
    return word.endswith("ات") and _letters_count(word) >= 5 and not load_shapes().perfect(word)


def _happening_head(text: str, start: int, noun: int) -> int:
    """Where an antecedent whose construct noun in ``ة`` starts at ``noun`` begins: at the
    happening noun heading that chain right before it (``انتخابات رئاسة الاتحاد التي ستجري…``: the
    elections are held, not the presidency; a happening word of ``lang/ar/triggers.yaml``, no
    article, no preposition glued, not a verb by its shape) or at a plural in ``ات`` heading it
    (:func:`_feminine_plural`: ``وعدلت الشركة توقعات مبيعات العام الذي…``), else at ``noun``."""
    before = list(_WORD.finditer(text, max(start, noun - 24), noun))
    if not before or text[before[-1].end():noun].strip():
        return noun
    word = fold(before[-1].group())
    if _DEFINITE_WORD.match(word) or _GOVERNED.match(word) or word in _date_cues().function_words:
        return noun
    shapes = load_shapes()
    if shapes.perfect(word) or shapes.is_present(word) or (load_triggers().word_class(word) is None
                                                           and not _feminine_plural(word)):
        return noun
    return before[-1].start()


def _glued_construct(word: str, nearest: str, pronoun: str, cues: _DateCues) -> bool:
    """Whether the folded ``word`` before the antecedent's definite words is a noun with a preposition
    glued to it, the head they complete (``لتسجيل الناخبين، الذي سيبدأ``): a preposition then three
    letters or more (:data:`_GLUED`), not a verb by its shape (a perfect ``بدأت``; a present after لـ,
    ``ليتم``، ``لتصبح``: one in ت or ن only of the form تفعيل, ``تسجيل``), nor a time noun of
    ``not_antecedents`` (``ليوم``), while the definite word right before the ``pronoun`` (the text
    from it) cannot be its antecedent (``disagreeing_endings`` of ``lang/ar/event_dates.yaml``: a plural
    or a feminine before الذي; a sound plural on a stem of four letters or more: not ``القانون``، ``التأمين``;
    not ``لاستكمال الدورة التي بدأت``: the pronoun is the دورة's)."""
    first = _WORD.match(fold(pronoun))
    endings = cues.disagreeing.get(unjoined(first.group())) if first else None
    bare_nearest = _DEFINITE_WORD.sub("", nearest)
    if not endings or not _GLUED.match(word) or not any(
            bare_nearest.endswith(e) and len(bare_nearest) - len(e) >= (4 if len(e) == 2 else 2) for e in endings):
        return False
    shapes = load_shapes()
    bare = unjoined(word)[1:]
    if shapes.perfect(unjoined(word)) or shapes.is_present(bare, short=True) or bare in cues.not_antecedents:
        return False
    return not shapes.present_opening.fullmatch(bare) or bare[-2:-1] == "ي"


def _cue_pattern(kind: str, words: Iterable[object], after: str, then: str = "") -> str:
    """A connective among ``words`` (optionally after و) as group ``<kind>_cue``, preceded by
    ``after`` and followed by ``then``, the whole as group ``kind``."""
    phrases = sorted((str(w) for w in words), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in phrases)
    return (f"(?P<{kind}>" + after + f"(?P<{kind}_cue>و?(?:" + alternatives + "))" + then
            + r"(?=[\s،,]))")


class _PurposeCues(NamedTuple):
    preparations: frozenset[str]  # استعدادا، تمهيدا...: before a word glued to the lam of purpose
    opening: frozenset[str]  # لانطلاق، لمواجهة...: open the purpose phrase themselves
    before: frozenset[str]  # قبيل: before a verbal noun or a happening word (not قبيل موسم الحج)
    nouns: frozenset[str]  # the verbal nouns, bare and definite
    preparing: frozenset[str]  # يستعد، تتأهب...: a present of preparing (their و/ف dropped)
    stems: tuple[str, ...]  # استعداد، تمهيد...: a preparation noun's start (استعداداته، الاستعدادات)


@functools.lru_cache(maxsize=None)
def _purpose_cues(code: str = "ar") -> _PurposeCues:
    """The folded words opening a purpose phrase dated ahead (``preparations``, ``nouns`` and
    ``before`` of ``purpose`` in ``lang/<code>/event_dates.yaml``), their forms derived: a preparation's
    accusative (``استعدادا``), a verbal noun after the lam of purpose, bare or definite
    (``لانطلاق``، ``للانطلاق``), each after an optional و or ف; ``قبيل`` counts before a verbal
    noun or a happening word (``lang/ar/triggers.yaml``) only; the presents of ``preparing``
    (استعد → يستعد، تستعد) and the preparation nouns' starts tell a report of preparing."""
    data = load_language_yaml(code, "event_dates.yaml")["purpose"]
    preparations = conjoined((f for w in data["preparations"] for f in accusative(str(w))[1:]), code)
    nouns = [fold(str(w)) for w in data["nouns"]]
    opening = conjoined(("ل" + f for n in nouns for f in (n, after_lam("ال" + n)) if f), code)  # لانطلاق، للانطلاق، للقاء
    before = conjoined((str(w) for w in data["before"]), code)
    preparing = {p + (v[1:] if v.startswith("ا") else v) for v in map(fold, map(str, data["preparing"]))
                 for p in "يتن"}
    return _PurposeCues(preparations, opening, before,
                        frozenset(nouns + ["ال" + n for n in nouns]), frozenset(preparing),
                        tuple(fold(str(w)) for w in data["preparations"]))


def _ahead(t: Timex, published: dt.datetime) -> bool:
    """Whether ``t`` starts after the publication's day, or later that day when finer than a day
    (``مساء اليوم``): a time a purpose may aim at."""
    if t.interval is None:
        return False
    begins, told = _naive(t.interval[0]), _naive(published)
    return begins.date() > told.date() or (
        t.grain is not None and t.grain.rank < Grain.DAY.rank and begins > told)


def _purpose_cut(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex],
                 published: dt.datetime | None) -> int | None:
    """Where the piece ``text[start:end]`` is cut at a purpose phrase (:func:`_purpose_cues`) whose
    date, the first after it (within :data:`_RELATIVE_REACH` characters, no comma between), is ahead
    of the publication (:func:`_ahead`): the date is the purpose's (``أنهت لجنة الانتخابات في المنطقة
    تجهيزاتها | لانطلاق المرحلة الأولى في السابع من ذي القعدة المقبل``: the start, told kingdom-wide,
    not the committee's report). Two content words at least stand before it, and no date of the piece
    (a report dated itself keeps its names with the purpose: ``أنهى الفريق مساء أمس تحضيراته تأهبا
    لملاقاة ضيفه مساء غد``). A report whose clause (from its last comma) opens with a present verb is
    cut at a bare purpose only when it tells a preparation (``يستعد الفريق لملاقاة…``; not ``يزور الرئيس
    بيروت لافتتاح المعرض الذي يقام غدا``: the visit is the opening's time). None without one, or without
    ``published``."""
    if published is None:
        return None
    cues = _purpose_cues()
    lexicon = load_triggers()
    before = start
    for date in dating.starting_in(start, end):  # each date ahead, then the words before it
        opened, before = before, max(before, date.end)
        if opened > start:  # the report has a date of its own: the piece, cut, would lose the report's
            return None  # names the merge reads it by (يختتم الفريق تحضيراته اليوم تأهبا لملاقاة…)
        if not _ahead(date, published):
            continue
        comma = None
        for comma in _COMMA.finditer(text, max(opened, date.start - _RELATIVE_REACH), date.start):
            pass
        reach = comma.end() if comma else max(opened, date.start - _RELATIVE_REACH)
        for m in _WORD.finditer(text, reach, date.start):
            word = fold(m.group())
            nxt = _WORD.search(text, m.end(), end)  # (لموسم الحج: the date may start inside it)
            following = fold(nxt.group()) if nxt else ""
            if word in cues.preparations:
                if not following.startswith("ل") or len(following) < 4:
                    continue
            elif word in cues.before:  # قبيل صدور البيانات، قبيل اجتماع: what it comes before is a happening
                if following not in cues.nouns and lexicon.word_class(following) is None:
                    continue
            elif word not in cues.opening:
                continue
            at = m.start()
            told = list(_WORD.finditer(text, max(start, at - 16), at))  # استعدادا | للقاء: the
            if told and fold(told[-1].group()) in cues.preparations:  # preparation before it opens it
                at = told[-1].start()
            if spans.covers(at) or _content_words(text, start, at, spans, 2) < 2:
                continue
            told_from = start  # the report's own clause: from the last comma before the purpose
            for comma in _COMMA.finditer(text, start, at):
                told_from = comma.end()
            report = [w for w in _WORD.findall(_fold_window(text, told_from, at)) if w]
            prepared = fold(_WORD.search(text, at).group()) in cues.preparations or any(
                w in cues.preparing or w.removeprefix("ال").startswith(cues.stems) for w in map(unjoined, report))
            if not prepared and _opening_verb(report[:_OPENING_VERB_WORDS], _date_cues()) == "present":
                return None  # يزور الرئيس بيروت لافتتاح المعرض غداً: a present visit is at the purpose's
            return at  # time (but يواصل الفريق تدريباته استعداداً لمواجهة…: the preparation is before it)
    return None


def split_clauses(text: str, timexes: Iterable[Timex] = (), published: dt.datetime | None = None) -> list[Clause]:
    """Cut ``text`` into clauses; a new clause starts where a new expression starts a new
    event, or where a connective opens another happening in a dated sentence
    (:func:`_happening_cuts`); given the ``published`` date, also where a plan told with a date
    from the publication day on follows a past predicate (:func:`_plan_apart`), or at a purpose
    phrase dated ahead (:func:`_purpose_cut`)."""
    ordered = sorted(timexes, key=lambda t: t.start)
    spans = SpanIndex(ordered)
    dating = SpanIndex([t for t in ordered if t.interval is not None])
    clauses: list[Clause] = []
    for index, (s_start, s_end) in enumerate(split_sentences(text, spans)):
        dated = dating.count_starting_in(s_start, s_end)
        reacted: set[int] = set()  # where a reaction's object opens, cut off with its date
        resumed: set[int] = set()  # where the reactor's next act opens after that object
        joints = _happening_cuts(text, s_start, s_end, spans, dating, published, reacted, resumed) if dated else {}
        if dated < 2 and not joints:
            # a sentence is cut only between two dated pieces, at a connective opening another
            # happening, before a plan with its own date or at a purpose phrase dated ahead:
            # otherwise it stays whole
            plan = _plan_apart(text, s_start, s_end, spans, dating, published) if dated else None
            at = _purpose_cut(text, s_start, s_end, spans, dating, published) if dated and plan is None else None
            cut = plan if plan is not None else at
            parts = [(s_start, s_end)] if cut is None else [(s_start, cut), (cut, s_end)]
            since = _since_apart(text, *parts[0], spans, dating, s_start) if dated else None
            if since is not None:  # ومنذ اندلاع الأزمة في 2012، | امتنع…: the since phrase is its own clause
                parts[:1] = [(parts[0][0], since), (since, parts[0][1])]
            said_on = _participle_cut(text, *parts[-1], spans, dating) if dated else None
            if said_on is not None:  # …، مشيرًا إلى أن: another statement, undated
                parts[-1:] = [(parts[-1][0], said_on), (said_on, s_end)]
            for c_start, c_end in parts:
                c_start, c_end = _strip_span(text, c_start, c_end)
                if c_start < c_end:
                    clauses.append(Clause(c_start, c_end, text[c_start:c_end], index, s_start, s_end,
                                          purpose=at is not None and c_start == at))
            continue
        cuts = {s_start} | set(joints)
        for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
            pos = m.end()
            if spans.covers(m.start()) or spans.covers(pos) or pos >= s_end:
                continue
            if text[pos] == "و" and text[m.start() - 1] not in "،," and not _is_connective_waw(text, pos):
                continue  # a root و (وزير، وفاة) is no connective; after a comma the comma cuts anyway
            if m.group("after_number") is not None and (
                    spans.starting_in(pos, pos + 1) or _restates(text, pos)
                    or _subject_before_verb(text, max(c for c in cuts if c <= m.start()), m.start(), pos)
                    or not _content_words(text, max(c for c in cuts if c <= m.start()), m.start(), spans, 1)):
                continue  # a comma after a number: not before a date (في عام 1945، أمس السبت: what comes
                # before is dated by it), nor before a gloss of the number (منذ عام 1992، أي قبل 23 عاما),
                # nor between a subject and its verb (أن السفينة المفقودة منذ 2014، وصلت أمس),
                # nor after a piece holding nothing but a date (وخلال عام 2014، أعلنت)
            cuts.add(pos)
        for pos in sorted(cuts):  # …ستبدأ، اليوم، تشغيل…: a date alone between commas is an aside of the
            if pos != s_start and _date_aside(text, pos, dating):  # piece before it, which it dates, unless
                opening = _WORD.search(_fold_window(text, max(c for c in cuts if c < pos), pos))  # a relative
                if opening is None or unjoined(opening.group()) not in relative_pronouns():  # clause (the
                    cuts.discard(pos)  # engine's rules for a relative clause's date read it, as before)
        said = _said_cuts(text, s_start, s_end, cuts, spans, dating)
        ordered_cuts = sorted(cuts | said | {s_end})
        pieces = list(zip(ordered_cuts, ordered_cuts[1:]))
        bounds: list[list[int]] = [list(pieces[0])]
        for p_start, p_end in pieces[1:]:
            current = bounds[-1]
            if p_start in said:  # what a saying told with its own date says, with a date of its own
                cut = True
            elif (p_start not in joints and dating.count_starting_in(current[0], current[1])
                  and _attribution_tail(text, p_start)):  # …، بحسب ما أفاد مصدر الاثنين: the telling
                cut = False  # of the dated clause before it, no event of its own
            elif p_start in joints:  # a connective: what it opens, up to the next one, tells a happening
                upto = min([j for j in joints if j > p_start] + [s_end])
                cut = _content_words(text, p_start, upto, spans, 2) >= 2
            else:  # a new date starting a new event (a second happening shares the day before it)
                cut = bool((dating.count_starting_in(current[0], current[1])
                            or (joints.get(current[0]) and _opens_second(text, current[0]))
                            or (current[0] in joints and _opens_ahead(text, current[0])))
                           and _dates_anew(text, p_start, p_end, dating, published)
                           and _content_words(text, p_start, p_end, spans, 1) > 0)
            if cut and _content_words(text, current[0], current[1], spans, 1) > 0:
                said_at = _said_relative(text, current, p_start, p_end, dating)
                if said_at is not None:  # what a dated saying says keeps its day; the relative clause its own
                    current[1] = said_at
                    bounds.append([said_at, p_end])
                else:
                    bounds.append([p_start, p_end])
            else:
                current[1] = p_end
        for piece in bounds:  # a piece dated before a relative clause or an "after" phrase with a
            at = _dated_apart(text, piece[0], piece[1], s_start, s_end, spans, dating)  # its own date: cut
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        for piece in list(bounds):  # a since phrase naming a happening and its date, then a comma: cut there
            at = _since_apart(text, piece[0], piece[1], spans, dating, s_start)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        for piece in list(bounds):  # a plan with its own date after a past predicate: cut off
            at = _plan_apart(text, piece[0], piece[1], spans, dating, published)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        for piece in list(bounds):  # another statement after a saying participle: cut off, undated
            at = _participle_cut(text, piece[0], piece[1], spans, dating)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        purposes = set()
        for piece in bounds:  # a purpose phrase dated ahead: the purpose's date, not the report's
            at = _purpose_cut(text, piece[0], piece[1], spans, dating, published)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
                purposes.add(at)
        recut = set()  # a piece cut off at its own date may open with a predicate whose relative
        for piece in bounds[1:]:  # clause holds that date: the predicate is told undated (not a piece an
            if joints.get(piece[0]) is False:  # antecedent, a since, an "after" or an aside opens)
                continue
            head = _relative_head(text, piece[0], piece[1], spans, dating)
            if head is not None:
                bounds.append([head, piece[1]])
                piece[1] = head
                recut.add(piece[0])
        bounds.sort()
        for c_start, c_end in bounds:
            joint = joints.get(c_start, False) and c_start not in recut  # (it shares no date either)
            purpose = c_start in purposes
            reacts = c_end in reacted or c_start in resumed
            c_start, c_end = _strip_span(text, c_start, c_end)
            if c_start < c_end:
                clauses.append(Clause(c_start, c_end, text[c_start:c_end], index, s_start, s_end, joint, purpose,
                                      reacts))
    return clauses


def _date_aside(text: str, pos: int, dating: SpanIndex[Timex]) -> bool:
    """Whether a date alone, set off by commas, stands at ``pos`` (``أن الشركة ستبدأ، اليوم، تشغيل المفاعل``):
    the date of the words before it, not a piece of its own. Not a date opening what follows (``، وأمس،``,
    ``، وفي يوم الجمعة،``: those open with a connective, not with the date), nor a since or an until
    (``since``, ``cut_off`` of ``event_dates.yaml``: ``، حتى يوم الخميس،``)."""
    before = pos - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if before < 0 or text[before] not in "،,":
        return False
    found = dating.starting_in(pos, pos + 1)
    if not found:
        return False
    first = _WORD.search(_fold_window(text, pos, pos + 16))
    cues = _date_cues()
    if first is not None and (first.group() in cues.since or first.group() in cues.cut_off):
        return False  # …، حتى يوم الخميس، …: a bound of a term, read with the term (story42's cut-off)
    end = max(t.end for t in found)
    after = text[end:end + 3].lstrip()
    return after[:1] in ("،", ",")


def _said_relative(text: str, current: list[int], start: int, end: int, dating: SpanIndex[Timex]) -> int | None:
    """Where to cut the piece ``text[start:end]``, cut off for its date after a comma, when
    it is what the dated saying ``current`` says (a speech verb there, ``speech_verbs``) and
    its dates lie in a relative clause telling a happening of its own (a happening word among
    its first words, or one of ``relative_happening_verbs`` first: قضى، فقدت; not ``يقام``, which
    may tell the very happening announced): at that clause's antecedent (:func:`_antecedent`). What the
    saying says, a happening named before the antecedent, keeps the saying's day (``أعلن مسؤول
    اليوم، وفاة الأب | والد الطفل الذي قضى قبل أسبوع في حريق``: the father died now, the child a
    week ago). None otherwise."""
    if text[max(0, start - 2):start].strip() not in ("،", ","):
        return None
    cues = _date_cues()
    dates = dating.starting_in(start, end)
    pronoun = cues.relative.search(text, start, dates[0].start) if dates else None
    if pronoun is None or not any(unjoined(w) in cues.speech_verbs
                                  for w in _WORD.findall(_fold_window(text, current[0], current[1]))):
        return None
    head = _antecedent(text, start, pronoun.start(), cues)
    if head is None or load_triggers().happening(_fold_window(text, start, head)) is None:
        return None
    told = _told_before_date(text, pronoun.end(), end, dating, cues)
    if not told or not (load_triggers().happening(" ".join(told[:_TOLD_WORDS])) or told[0] in _happening_verbs()):
        return None
    return head


@functools.lru_cache(maxsize=None)
def _happening_verbs(code: str = "ar") -> frozenset[str]:
    """``relative_happening_verbs`` of ``lang/<code>/event_dates.yaml``, folded (read once)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["relative_happening_verbs"])


def _said_cuts(text: str, start: int, end: int, cuts: set[int], spans: SpanIndex[Timex],
               dating: SpanIndex[Timex]) -> set[int]:
    """Where in the sentence ``text[start:end]`` a complementizer opens what a saying says,
    both with a date of their own (``أعلن المتحدث أمس | أن القوات سيطرت على البلدة
    السبت``): the piece before it (from the last cut) holds a speech verb (``speech_verbs``
    of ``lang/ar/event_dates.yaml``) and a dated expression (or follows a date fronted before a comma
    at the sentence's start: ``ولاحقا في المساء، أعلنت الوزارة أن …``), the piece after it (to the next
    cut) a dated expression, not only a relative clause's (``أعلنت ماليزيا اليوم الاثنين أنها
    أرسلت فريقا ... لطائرة الخطوط الماليزية التي فقدت العام الماضي``: the sending is told
    with the announcement's day, the plane's loss is no date of it)."""
    cues = _date_cues()
    verbs = cues.speech_verbs
    found: set[int] = set()
    for m in cues.said_break.finditer(text, start, end):
        pos = m.end()
        if pos >= end or pos in cuts or spans.covers(m.start()):
            continue
        before = max([c for c in cuts | found if c < pos] + [start])
        if before > start and not dating.count_starting_in(before, pos) \
                and not _content_words(text, start, before, spans, 1):  # a date fronted before a comma at
            before = start  # the sentence's start is the saying's (ولاحقا في المساء، أعلنت الوزارة أن…)
        after = min([c for c in cuts if c > pos] + [end])
        if (dating.count_starting_in(before, pos)
                and any(not _secondary_from(text, pos, t, cues) for t in dating.starting_in(pos, after))
                and any(unjoined(w) in verbs for w in _WORD.findall(_fold_window(text, before, pos)))):
            found.add(pos)
    return found


def _the_day(t: Timex) -> Timex:
    """``t`` widened to the day it starts in when it is finer than a day (a date shared with
    another happening tells its day, not its hour), else ``t`` itself."""
    if t.interval is None or t.grain is None or t.grain.rank >= Grain.DAY.rank:
        return t
    first = t.interval[0].replace(hour=0, minute=0, second=0, microsecond=0)
    return dataclasses.replace(t, value=first.date().isoformat(), grain=Grain.DAY,
                               interval=(first, first + dt.timedelta(days=1)), mod=None)


def _distinct_dates(timexes: list[Timex]) -> list[Timex]:
    """Drop expressions whose interval holds a finer expression of the same clause."""
    chosen: list[Timex] = []
    for t in timexes:
        assert t.interval is not None
        covered = False
        for other in timexes:
            if other is t or other.interval is None:
                continue
            inner = t.interval[0] <= other.interval[0] and other.interval[1] <= t.interval[1]
            if inner and (other.interval != t.interval or other.start < t.start):
                covered = True
                break
        if not covered:
            chosen.append(t)
    return chosen


_NONE: Mapping[str, Any] = MappingProxyType({})  # an empty table that stays empty


class _DateCues(NamedTuple):
    """The cue lists of ``event_dates.yaml`` as extraction reads them (:func:`_date_cues`). A named
    tuple, not a dataclass: nothing compares, hashes or prints it, and a dataclass of its ~70
    fields costs ~4 ms at every start to build (its generated methods), a tenth of that."""

    background: frozenset[str]
    since: frozenset[str]
    cut_off: frozenset[str]
    for_duration: frozenset[str]
    units: frozenset[str]
    not_simultaneous: frozenset[str]
    background_openers: frozenset[str]
    connectives: re.Pattern[str]  # since / after / apart / aside / while: see _happening_cuts
    reported_past_openers: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()  # with their derived endings
    complementizers: frozenset[str] = frozenset()  # with their attached pronouns
    prayer: frozenset[str] = frozenset()
    # a clause opening with one of these (after و or ف) starts another thread
    thread_break: re.Pattern[str] = kept(r"(?!)")
    nowadays: frozenset[str] = frozenset()
    subordinate: frozenset[str] = frozenset()
    comparison: frozenset[str] = frozenset()
    compared_from: frozenset[str] = frozenset()
    said_break: re.Pattern[str] = kept(r"(?!)")  # where what a saying says may start
    year_words: frozenset[str] = frozenset()  # before "(2014)", the year is the clause's
    tally: frozenset[str] = frozenset()  # a count a "since" opens (عدد القتلى منذ…)
    relative: re.Pattern[str] = kept(r"(?!)")  # a relative pronoun, a whole word
    not_antecedents: frozenset[str] = frozenset()  # nouns a relative clause of time follows
    occasions: frozenset[str] = frozenset()  # before an antecedent: the main happening's occasion
    quantifiers: frozenset[str] = frozenset()  # heading an antecedent's construct: احدى، كافة
    verb_occasions: frozenset[str] = frozenset()  # the same, when relative_verbs alone tell it
    relative_verbs: frozenset[str] = frozenset()  # tell a happening right after a relative pronoun
    auxiliaries: frozenset[str] = frozenset()  # may come before them (الذي كان قد انطلق)
    contract: frozenset[str] = frozenset()  # right before a futures contract's delivery month
    founding_verbs: frozenset[str] = frozenset()  # relative verbs of a founding: no occasion after في
    pay: frozenset[str] = frozenset()  # right before the month a salary is for (راتب شهر مايو)
    recurring: frozenset[str] = frozenset()  # right before a date that recurs (كل يوليو، يوميا)
    citation_dates: frozenset[str] = frozenset()  # right before a cited document's date (وتاريخ)
    citation_numbers: frozenset[str] = frozenset()  # before it, the document's number (رقم)
    compared: frozenset[str] = frozenset()  # a comparison told outright (مقارنة، قياسا)
    compared_after_figure: frozenset[str] = frozenset()  # the same after a figure of its clause (بالنسبة)
    compared_to: frozenset[str] = frozenset()  # its preposition (إلى، ل)
    same_period: frozenset[str] = frozenset()  # after a period's noun: the same one (الفترة نفسها)
    comparison_stems: tuple[str, ...] = ()  # the first letters of the comparison words: a quick test
    nowadays_after: frozenset[str] = frozenset()  # before "nowadays" (إلى اليوم، وهو اليوم): until, pronouns
    season_nouns: frozenset[str] = frozenset()  # before a season named alone (فصل الصيف)
    bounds: frozenset[str] = frozenset()  # right before a date it bounds (قبل 20 أغسطس)
    targets: frozenset[str] = frozenset()  # right before a date a target is set for (بحلول 2030)
    superlatives: frozenset[str] = frozenset()  # before a since that measures a record (أدنى مستوى منذ)
    nowadays_states: frozenset[str] = frozenset()  # verbs of state beside "nowadays" (تعد اليوم)
    changed_from: frozenset[str] = frozenset()  # before the amount a change started from (من 55 ألف طن)
    changed_to: frozenset[str] = frozenset()  # after it, a span's "to" (من 13 يناير إلى 2 فبراير)
    holidays_after: frozenset[str] = frozenset()  # right after a day declared off (أعلن الخميس إجازة)
    holiday_grants: frozenset[str] = frozenset()  # before it, the declaring or granting word
    restating: frozenset[str] = frozenset()  # between a date and the date restating it (والموافق)
    holidays_deemed: frozenset[str] = frozenset()  # after it, before the holiday word (سيتم اعتباره)
    predicate_openers: frozenset[str] = frozenset()  # open a subject's predicate (هو، كان، لم)
    held_prepositions: frozenset[str] = frozenset()  # govern the word after them (قرب، بين)
    present_prefixes: Mapping[str, str] = _NONE  # التي: ت, الذي: ي
    resumptive: Mapping[str, str] = _NONE  # التي: ها, الذي: ه
    resumptive_prepositions: frozenset[str] = frozenset()  # إليها، فيه: a preposition holding such a pronoun
    resumptive_adverbs: frozenset[str] = frozenset()  # لديه، عندها: a word of no verb holding such a pronoun
    disagreeing: Mapping[str, tuple[str, ...]] = _NONE  # الذي: (ه, ات, ين, ون)
    state: re.Pattern[str] = kept(r"(?!)")  # background_state before a verb in the present
    own_time: frozenset[str] = frozenset()  # الماضي، المقبلة: a time of the clause's own, read or not
    second_verbs: frozenset[str] = frozenset()  # past verbs that after و may open a second happening
    second_waw: re.Pattern[str] = kept(r"(?!)")  # a و before a letter one of them starts with
    second_told: re.Pattern[str] = kept(r"(?!)")  # a folded و + one of them: the sentence's quick test
    means_adjectives: frozenset[str] = frozenset()  # name a means (ناسفة، مفخخة): no happening of their own
    # after_happening or subordinate_clauses (بعد، إثر، بعد أن) after a space: a background phrase's opening
    background_after: re.Pattern[str] = kept(r"(?!)")
    plan_openers: tuple[tuple[str, ...], ...] = ()  # open a plan after a past predicate (على أن), folded words
    plan_frames: frozenset[str] = frozenset()  # masculine perfects a plan is told after (اتفق، قرر)
    edition_nouns: frozenset[str] = frozenset()  # name an edition or a plan a year follows (كأس، رؤية)
    edition_objects: frozenset[str] = frozenset()  # right before one, make it an object (حقوق، منح)
    edition_held: frozenset[str] = frozenset()  # tell the edition held (ستقام، استضافت), every form
    edition_breaks: frozenset[str] = frozenset()  # end an edition's name going back (في، التي)
    edition_year_words: frozenset[str] = frozenset()  # between the name and the figure (لعام)
    edition_in: frozenset[str] = frozenset()  # right before the name: done in the edition (في)
    edition_amounts: frozenset[str] = frozenset()  # right before the noun: a currency (مليون يورو)
    figure_openers: frozenset[str] = frozenset()  # open what a clause's move follows (بعد، متأثرا، مع)
    term_nouns: frozenset[str] = frozenset()  # a term an "until" ends (عقد، رئاسة), with pronouns and duals
    figure_releases: frozenset[str] = frozenset()  # a release: nouns with pronouns, verbs' forms (صدور، قالت)
    function_words: frozenset[str] = frozenset()  # carry no happening by themselves (في، ذلك، العام، الماضي)
    figure_release_nouns: frozenset[str] = frozenset()  # what is released (بيانات، مسح), with pronouns
    figure_showing: frozenset[str] = frozenset()  # right after one: what it shows (تظهر، أظهر), every form
    figure_nouns: frozenset[str] = frozenset()  # what figures measure (أرباح، مبيعات، نمو), with pronouns
    witness_verbs: frozenset[str] = frozenset()  # saw, sparked, followed (شهدت، أشعل): every perfect person
    witnessed: frozenset[str] = frozenset()  # witnessed_nouns, with the article or a pronoun (مقتله، الشغب)


class _RootWaw(NamedTuple):
    starts: tuple[str, ...]  # beginnings of words whose و is the root's (وزير، وصل)
    words: frozenset[str]  # whole words whose و is the root's (والد، والدته, every form)


# what may stand before a fronted since: a phrase's end (a line's end is stripped before), a dash, an
# opening bracket or quote; a set, so no mark (the piece's start) is none of them
_FRONTING = frozenset(COMMAS + SEMICOLONS + COLONS + SENTENCE_ENDS + '-(«"')


@functools.lru_cache(maxsize=None)
def _since_opener(code: str = "ar") -> re.Pattern[str]:
    """``since_openers`` of ``lang/<code>/event_dates.yaml`` opening a piece, و glued or not, a whole word."""
    words = sorted({str(w) for w in load_language_yaml(code, "event_dates.yaml")["since_openers"]}, key=len, reverse=True)
    return re.compile(r"\s*و?(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _since_apart(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex],
                 s_start: int) -> int | None:
    """Where the piece ``text[start:end]`` opening with a since that names a happening and its date
    before the piece's first comma (``since_openers``: ``ومنذ اندلاع الاحتجاجات في آذار 2011، | غادر آلاف
    السكان المدينة``) is cut: after that comma. The since phrase keeps the date of the happening it names;
    the main clause after it is not dated by it. Only a since fronted: at the sentence's start (``s_start``)
    or after a punctuation mark; one a connective cut off mid-sentence only when a verb opens what follows
    the comma (:func:`_verb_word`: ``أنه منذ العثور عليه في 29 يوليو، | تم التعرف…``), not otherwise (``أنهت
    الإدارة منذ بداية الحملة حتى أمس، إجراءات…``: what follows goes on with the verb before it). None for a since that is
    itself the expression (``منذ 20 يوليو، قتل``), without a comma after the date, without words after the
    comma, or before a relative pronoun after it (``منذ الهجوم على الفندق في 26 يونيو، الذي أسفر عن…``: the
    since's happening told on)."""
    opener = _since_opener().match(text, start, end)
    if opener is None:
        return None
    fronted = start <= s_start or text[max(s_start, start - 8):start].rstrip()[-1:] in _FRONTING
    dates = dating.starting_in(opener.end(), min(end, opener.end() + _SINCE_REACH))
    if not dates or _content_words(text, opener.end(), dates[0].start, spans, 1) == 0:
        return None
    comma = next((m for m in _COMMA.finditer(text, opener.end(), end) if not spans.covers(m.start())), None)
    if comma is None or comma.start() < dates[0].end:
        return None
    at = _after_comma(text, comma.end())
    if at is None or at >= end or _content_words(text, at, end, spans, 1) == 0:
        return None
    following = _WORD.match(_fold_window(text, at, min(end, at + 16)))
    if following is None:
        return at if fronted else None
    if following.group() in relative_pronouns():
        return None
    return at if fronted or _verb_word(following.group(), opening=True) else None


@functools.lru_cache(maxsize=None)
def _known_verbs(code: str = "ar") -> frozenset[str]:
    """The verbs (and verb particles) the project's data lists, folded, alone and after a glued و/ف
    (:func:`timeline.lexicon.conjoined`): for :func:`_verb_word`."""
    cues, triggers, lex = _date_cues(code), load_triggers(code), load_lexicon(code)
    return conjoined(lex.later_past_words | cues.speech_verbs | cues.plan_frames | cues.witness_verbs
                     | cues.auxiliaries | set(lex.past_cues) | triggers.verbal | triggers.done_verbs, code)


def _verb_word(word: str, opening: bool = False) -> bool:
    """Whether one folded word, و/ف glued or not, is a verb (or a particle opening a verb: لم، قد) by
    the project's verb data: a perfect of ``later.past_words``, ``speech_verbs``, ``plan_frames``,
    ``witness_verbs``, ``auxiliaries``, a past cue, a happening's verb of ``triggers.yaml`` in any person
    (قتل، يقتل), a verb of doing (تم), or a verb by its shape (:class:`timeline.verbs.Shapes`: a
    perfect by its ending or of the form افتعل, امتنع؛ a present يـ, or a long present تـ/نـ). A noun
    :func:`timeline.verbs.nearest_first` passes over (``الوقت``) is none. With ``opening`` (the first
    word after a since phrase's comma) the short shapes too (:meth:`timeline.verbs.Shapes.opening_verb`:
    وحصل، تضع، ونأمل، وتولى), but never a word a preposition, a tally, a function word or a و of the root
    opens (``نحو``، ``وعدد``، ``ذلك``، ``وزير``)."""
    ((_, _, bare, passed),) = nearest_first([word])
    if word in _known_verbs() or bare in _known_verbs():
        return True
    if passed:
        return False
    shapes = load_shapes()
    if shapes.perfect(bare, derived=True) or shapes.is_present(bare, noun_endings=True) \
            or shapes.present_opening.fullmatch(bare) is not None and shapes.long_present(bare):
        return True
    if not opening or word.startswith(_root_waw().starts):
        return False
    cues = _date_cues()
    return shapes.opening_verb(word, bare) and not {word, bare} & (cues.function_words | cues.held_prepositions | cues.tally)


@functools.lru_cache(maxsize=None)
def _saying_participles(code: str = "ar") -> frozenset[str]:
    """``saying_participles`` of ``lang/<code>/event_dates.yaml`` with each of ``participle_endings``,
    folded (مشيرا، مشيره، مشيرين)."""
    data = load_language_yaml(code, "event_dates.yaml")
    return frozenset(fold(str(w) + str(e)) for w in data["saying_participles"] for e in data["participle_endings"])


def _after_comma(text: str, at: int) -> int | None:
    """Where the words after the comma ending at ``at`` start (past its spaces), or None when ``at``
    follows no comma (spaces passed over)."""
    if text[max(0, at - 8):at].rstrip()[-1:] not in ("،", ","):
        return None
    return len(text) - len(text[at:].lstrip()) if text[at:at + 1].isspace() else at


def _said_on(text: str, at: int) -> bool:
    """Whether ``at``, after a comma, opens with a saying participle (:func:`_saying_participles`)."""
    if _after_comma(text, at) != at:
        return False
    word = _WORD.match(_fold_window(text, at, at + 16))
    return word is not None and word.group() in _saying_participles()


def _participle_cut(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex]) -> int | None:
    """Where the piece ``text[start:end]`` is cut at a comma before a saying participle
    (:func:`_saying_participles`) after a date of the piece, with no date after it: what follows is
    another statement of the speaker, cut off undated (``وتسجيل المرشحين يوم 15/11/1436هـ | مشيرًا إلى
    أن اللجنة حددت مركزين بتبوك``: its words and its town are not the registration's); it inherits no
    date either (``inherit``), and what follows it "while" shares the day of the clause before it. The
    other way round, a piece whose dates all follow such a participle is cut at the last one before
    them when what comes before says something of its own (a complementizer or a quotation): the
    statement keeps its dates, the saying before it is told undated (``وقال المتحدث إن الهجمات ليست
    جديدة، | مشيرًا إلى أنها بلغت ذروتها في ثمانينات القرن الماضي``: the peak's decade, not the saying's;
    not ``وقال المدير، مشيرا إلى أن…``: the participle tells all that is said). None without one."""
    dates = dating.starting_in(start, end)
    if not dates:
        return None
    for m in _COMMA.finditer(text, dates[0].end, end):
        at = _after_comma(text, m.end())
        if at is not None and at < end and _said_on(text, at) and not spans.covers(m.start()) and not dating.count_starting_in(at, end):
            return at
    said = None
    for m in _COMMA.finditer(text, start, dates[0].start):
        at = _after_comma(text, m.end())
        if at is not None and at < dates[0].start and _said_on(text, at) and not spans.covers(m.start()):
            said = at
    if said is None:
        return None
    if any(unjoined(w) in _date_cues().complementizers for w in _WORD.findall(_fold_window(text, dates[0].end, end))) \
            and not any(q in text[said:dates[0].start] for q in OPENING_QUOTES) \
            and not any(unjoined(w) in _date_cues().complementizers
                        for w in _WORD.findall(_fold_window(text, said, dates[0].start))):
        return None  # مشددا أثناء لقائه الوزير أمس على أن…: the date before what is said is the saying's own day
    before = text[start:said]
    says = any(q in before for q in OPENING_QUOTES) or not _date_cues().complementizers.isdisjoint(
        map(unjoined, _WORD.findall(_fold_window(text, start, said))))
    return said if says else None


@functools.lru_cache(maxsize=None)
def _attribution(code: str = "ar") -> re.Pattern[str]:
    """``attribution_tails`` of ``lang/<code>/event_dates.yaml``, folded, و glued or not, a whole word
    (read on folded text)."""
    tails = sorted({fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["attribution_tails"]},
                   key=len, reverse=True)
    return re.compile(r"و?(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in tails) + r")(?!\w)")


# an attribution tail ends at a comma or a sentence's end, not at a semicolon or a colon (PHRASE_END)
_TAIL_END = kept(marks(COMMAS, SENTENCE_ENDS))


@functools.lru_cache(maxsize=None)
def _telling_venues(code: str = "ar") -> tuple[str, ...]:
    """``telling_venues`` of ``lang/<code>/event_dates.yaml``, folded: the stems of the occasion a
    telling names (مؤتمر صحافي، بيان، مقابلة)."""
    return tuple(sorted({fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["telling_venues"]}))


def _names_a_venue(text: str, at: int) -> bool:
    """Whether the tail opening at ``at`` names the occasion of its telling before the next comma or
    stop (``بحسب ما ذكر أمس في مؤتمر صحافي بسيول``): the telling is a happening of its own."""
    stop = _TAIL_END.search(text, at, at + 200)
    words = _WORD.findall(_fold_window(text, at, stop.start() if stop else min(len(text), at + 200)))
    stems, clitics = _telling_venues(), clitic_prefixes().prefixes()  # في المؤتمر، بالبيان، وللمقابلة
    return any(w[k:].startswith(stems) for w in words for k in range(5) if k < len(w) - 2 and w[:k] in clitics)


def _attribution_tail(text: str, at: int) -> bool:
    """Whether ``at``, right after a comma, opens an attribution tail (:func:`_attribution`: ``،
    بحسب ما أفاد مصدر أمني الاثنين``): the telling of what comes before the comma. Not when the
    tail names where it was told (:func:`_names_a_venue`): that telling is a happening of its own."""
    return (_after_comma(text, at) == at and _attribution().match(_fold_window(text, at, at + 24)) is not None
            and not _names_a_venue(text, at))


def _attributed(text: str, clause: Clause, t: Timex, earlier: list[Timex]) -> bool:
    """Whether ``t`` lies in an attribution tail (:func:`_attribution_tail`) after another date of
    ``earlier`` in ``clause``: the report's day beside the happening's dates nothing."""
    for m in _COMMA.finditer(text, clause.start, t.start):
        at = _after_comma(text, m.end())
        if at is not None and _attribution_tail(text, at) and any(k.end <= m.start() for k in earlier):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _ahead_spans(code: str = "ar") -> frozenset[str]:
    """``ahead_spans`` of ``lang/<code>/event_dates.yaml``, folded: the words opening a span to come
    when a present tells it (``في غضون 24 ساعة``، ``خلال يومين``)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["ahead_spans"])


def _tail_alone(text: str, clause: Clause, t: Timex, earlier: list[Timex]) -> int | None:
    """The comma of the attribution tail (:func:`_attribution_tail`) ``t`` lies in alone: opened
    after words of ``clause`` and after no date of ``earlier``, ``t`` before its next comma or stop
    and before any complementizer in it (``وفق ما نشره الموقع الذي ذكر أن أول مدرب تولى المهمة قبل
    55 عاما``: a thing of its own); None when ``t`` lies in no such tail."""
    m = None
    for m in _COMMA.finditer(text, clause.start, t.start):  # the last comma: a tail ends at the next one
        pass
    at = _after_comma(text, m.end()) if m is not None else None
    if m is None or at is None or _TAIL_END.search(text, at, t.start) is not None \
            or not _WORD.search(text, clause.start, m.start()) or any(k.end <= m.start() for k in earlier) \
            or not _attribution_tail(text, at):
        return None
    words = _WORD.findall(_fold_window(text, at, t.start))
    return None if any(unjoined(w) in _date_cues().complementizers for w in words) else m.start()


def _span_ahead(text: str, clause: Clause, u: Timex) -> bool:
    """Whether the duration ``u`` is opened by a word of :func:`_ahead_spans`, in it or right before
    it (``في غضون 24 ساعة``، ``خلال يومين``; not an age, ``فتاة (15 عاما)``)."""
    words = _WORD.findall(_fold_window(text, u.start, u.end))[:1] \
        + _WORD.findall(_fold_window(text, max(clause.start, u.start - 12), u.start))[-1:]
    return any(unjoined(w) in _ahead_spans() for w in words)


def _as_reported(text: str, clause: Clause, t: Timex, earlier: list[Timex], spans: SpanIndex[Timex]) -> Timex | None:
    """``t`` as it dates the happening of ``clause`` when it is the report's day of an attribution
    tail it lies in alone (:func:`_tail_alone`: ``قتل خمسة جنود، بحسب ما أفاد مصدر أمني الاثنين``), by
    how the clause before the tail opens (:func:`timeline.leads.opening_tense`): told done, the window
    of that day or the day before (:func:`timeline.leads.told_window`); told ahead (``سيخضع``، a present
    with a span to come: ``يخضع … في غضون 24 ساعة``, :func:`_span_ahead`), None: the report's day is not
    its day; else (a state told in the present, ``تستعد كوريا``; no verb read) ``t`` itself."""
    comma = _tail_alone(text, clause, t, earlier)
    if comma is None:
        return t
    tense = opening_tense(_fold_window(text, clause.start, comma))
    if tense is Told.NOW and any(u.type is TimexType.DURATION and _span_ahead(text, clause, u)
                              for u in spans.starting_in(clause.start, comma)):
        tense = Told.AHEAD
    return told_window(t) if tense is Told.DONE else None if tense is Told.AHEAD else t


@functools.lru_cache(maxsize=None)
def _root_waw(code: str = "ar") -> _RootWaw:
    """The words whose first letter و belongs to the root (``root_waw_starts``, and
    ``root_waw_nouns`` with their derived forms, of ``lang/<code>/event_dates.yaml``), folded."""
    data = load_language_yaml(code, "event_dates.yaml")
    pronouns = [fold(str(p)) for key in ("attached_pronouns", "first_person_pronouns") for p in data[key]]
    words = {form for noun in data["root_waw_nouns"] for form in noun_forms(fold(str(noun)), pronouns, duals=True)}
    return _RootWaw(tuple(fold(str(w)) for w in data["root_waw_starts"]), frozenset(words))


# the cue lists of event_dates.yaml read as sets of folded words, one field of _DateCues each
_FOLDED_CUES = (
    "prayer", "nowadays", "subordinate", "comparison", "compared_from", "year_words", "tally",
    "not_antecedents", "occasions", "quantifiers", "verb_occasions", "relative_verbs", "auxiliaries", "contract",
    "founding_verbs", "pay", "recurring", "citation_dates", "citation_numbers", "compared", "compared_after_figure",
    "compared_to", "same_period",
    "season_nouns", "bounds", "targets", "superlatives", "changed_from", "changed_to", "holidays_after",
    "holiday_grants", "restating", "predicate_openers", "held_prepositions", "means_adjectives", "plan_frames",
    "edition_nouns", "edition_objects", "edition_breaks", "edition_year_words", "edition_in", "edition_amounts",
    "figure_openers", "function_words",
)


@functools.lru_cache(maxsize=None)
def _date_cues(code: str = "ar") -> _DateCues:
    """The cue words of ``lang/<code>/event_dates.yaml`` (read once)."""
    data = load_language_yaml(code, "event_dates.yaml")
    words = [frozenset(fold(str(w)) for w in data[key])
             for key in ("background", "since", "cut_off", "for_duration", "units", "not_simultaneous",
                         "background_openers")]
    relative = "|".join(sorted(relative_pronouns(code)))
    second_verbs = frozenset(form for v in data["second_happening_verbs"] for form in perfect_forms(fold(str(v))))
    # every connective follows a space or a comma: that test comes first, once, after a look at the
    # letter it starts with (a position holding none of them fails at once)
    cue_words = [str(w) for key in ("since", "after_happening", "subordinate_clauses", "aside", "meanwhile",
                                    "simultaneous") for w in data[key]]
    connectives = _starting_with(cue_words) + r"(?<=[\s،,])(?:" + "|".join((
        _cue_pattern("since", data["since"], r"(?<=\s)"),
        _cue_pattern("after", data["after_happening"], r"(?<=\s)", r"\s+(?:[^\s،,.]+\s+){1,3}(?:" + relative + ")"),
        _cue_pattern("apart", data["subordinate_clauses"], r"(?<=\s)"),
        _cue_pattern("aside", [*data["aside"], *data["meanwhile"]], r"(?:(?<=[،,])|(?<=[،,]\s))"),
        _cue_pattern("while", data["simultaneous"], ""),
    )) + ")"
    verbs = [fold(str(w)) for w in data["speech_verbs"]]
    pronouns = attached_pronouns(code)

    def nouns(key: str) -> frozenset[str]:  # a list's nouns with their pronouns and duals (والداه)
        return frozenset(form for n in data[key] for form in noun_forms(fold(str(n)), pronouns, duals=True))

    complementizers = [fold(str(w)) for w in data["complementizers"]]
    return _DateCues(
        *words, kept(connectives),
        reported_past_openers=frozenset(fold(str(w)) for w in data["reported_past_openers"]),
        speech_verbs=frozenset(v + e for v in verbs for e in ["", *map(str, data["verb_endings"])]),
        complementizers=frozenset(c + p for c in complementizers
                                  for p in ["", *attached_pronouns(code)]),
        relative=relative_pronoun(_starting_with(relative_pronouns(code)) + r"(?<=[\s،,])و?", r"(?=\s)", code),
        comparison_stems=tuple(sorted({fold(str(w))[:4] for w in [*data["comparison"],
                                                                   *data.get("compared_after_figure", ())]})),
        present_prefixes={fold(str(k)): fold(str(v)) for k, v in data["present_prefixes"].items()},
        resumptive={fold(str(k)): fold(str(v)) for k, v in data["resumptive_pronouns"].items()},
        resumptive_prepositions=frozenset(fold(str(w)) + fold(str(p)) for w in data["resumptive_prepositions"]
                                          for p in data["resumptive_pronouns"].values()),
        resumptive_adverbs=frozenset(fold(str(w)) + fold(str(p)) for w in data["resumptive_adverbs"]
                                     for p in data["resumptive_pronouns"].values()),
        disagreeing={fold(str(k)): tuple(fold(str(e)) for e in v) for k, v in data["disagreeing_endings"].items()},
        plan_openers=tuple(sorted({tuple(_WORD.findall(fold(str(w)))) for w in data["plan_openers"]})),
        holidays_deemed=_deemed_forms(data["holidays_deemed"], data["holidays_deemed_by"]),
        **{key: frozenset(fold(str(w)) for w in data[key]) for key in _FOLDED_CUES},
        # "up to now" (حتى اليوم) is the events' own; "these days" cues are relative.yaml's (the tagger's)
        nowadays_after=frozenset(fold(str(w)) for w in data["nowadays_until"]) | load_lexicon().nowadays_pronouns,
        nowadays_states=load_lexicon().nowadays_states,
        said_break=kept(r"(?=\s+(?:" + "|".join(sorted(sorted(  # one source at every run
            {form for c in map(str, data["complementizers"]) for p in ["", *map(str, data["attached_pronouns"])]
             for form in (c + p, fold(c + p))}),  # also written without hamza: ان، بانه
            key=len, reverse=True)) + r")\s)" + _NOT_SAID + r"\s+"),
        thread_break=_opening([*data["background_openers"], *data["thread_breaks"], *data["aside"],
                               *data["meanwhile"]]),
        # ، في وقت يستمر القصف: a verb in the present after it (ي، ت), not في وقت سابق، في وقت متأخر; a
        # pattern of its own, its words first (re scans for them: a third of an alternative's cost)
        state=kept("(?:" + "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in data["background_state"])
                   + r")(?=\s+[يت][\u0621-\u064a]{2,}[\s،,.])"),
        own_time=frozenset(form for w in data["own_time"] for form in feminine(str(w))),
        second_verbs=second_verbs,
        edition_held=frozenset(form for v in data["edition_held"] for form in verb_forms(fold(str(v))))
        | frozenset(p + form for v in data["edition_held_present"] for form in (fold(str(v)), "ت" + fold(str(v))[1:])
                    for p in ("", "س")),
        witness_verbs=frozenset(form for v in data["witness_verbs"] for form in perfect_persons(fold(str(v)))),
        figure_releases=nouns("figure_release_nouns")
        | frozenset(form for v in data["figure_release_verbs"] for form in verb_forms(fold(str(v)))),
        figure_release_nouns=nouns("figure_release_nouns"),
        figure_showing=frozenset(form for v in data["figure_showing"] for form in verb_forms(fold(str(v))))
        | frozenset(form for v in data["figure_showing_present"] for form in (fold(str(v)), "ت" + fold(str(v))[1:])),
        figure_nouns=nouns("figure_nouns"),
        term_nouns=nouns("term_nouns"),
        witnessed=nouns("witnessed_nouns") | frozenset(fold("ال" + str(n)) for n in data["witnessed_nouns"]),
        second_waw=_second_waw(data["second_happening_verbs"]),
        second_told=_second_told(second_verbs),
        background_after=kept(r"(?<=\s)و?(?:" + "|".join(sorted(
            (r"\s+".join(map(re.escape, str(w).split())) for key in ("after_happening", "subordinate_clauses")
             for w in data[key]), key=len, reverse=True)) + r")(?=\s)"),
    )


def _deemed_forms(verbs: Iterable[object], auxiliaries: Iterable[object]) -> frozenset[str]:
    """The forms of the verbs deeming a day a holiday (``holidays_deemed``: a past ``اعتبر`` gives
    ``اعتبرت``, its present ``يعتبر``، ``تعتبر`` and future ``سيعتبر``، ``ستعتبر``; a verbal noun
    ``اعتبار`` gives ``اعتباره``، ``اعتبارها``) and of the passive auxiliaries before them
    (``holidays_deemed_by``: ``تم`` gives ``يتم``، ``سيتم``), folded."""
    forms: set[str] = set()
    for word in map(fold, map(str, verbs)):
        if word[-2:-1] == "ا":  # a verbal noun, اعتبار
            forms.update((word, word + "ه", word + "ها"))
        else:  # a past of the eighth form, اعتبر: its present drops the ا
            forms.update((word, word + "ت", *(p + word[1:] for p in ("ي", "ت", "سي", "ست"))))
    forms.update(p + fold(str(a)) for a in auxiliaries for p in ("", "ي", "سي"))
    return frozenset(forms)


def _starting_with(phrases: Iterable[str]) -> str:
    """A lookahead for the first letter of one of ``phrases`` or of و (which may be glued before
    them): put first in a pattern whose every match starts so, it lets a position fail at once."""
    letters = sorted({"و", *(p.split()[0][0] for p in phrases)})
    return "(?=[" + "".join(map(re.escape, letters)) + "])"


def _opening(phrases: Iterable[object]) -> re.Pattern[str]:
    """A folded clause opening with one of ``phrases`` (folded; after و or ف), a whole word."""
    folded = sorted(sorted({fold(str(p)) for p in phrases}), key=len, reverse=True)  # one source at every run
    return kept(_CONJ + r"?(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in folded)
                + r")(?!\w)")


def _on_the_narrative_day(text: str, t: Timex, day: dt.date | None) -> Timex:
    """``t`` moved to ``day`` when it is the bare hour of a prayer counted from the
    publication (``أثناء أدائهم صلاة الظهر``: its rule names no day; ``prayer`` of
    ``lang/ar/event_dates.yaml``) and ``day`` (the last day an earlier clause of the
    article set) is another day than the one it was given; anchored to the narrative.
    Else ``t`` itself."""
    if (day is None or t.interval is None or t.anchor is not Anchor.PUBLISHED
            or t.rule != "<part of day>"):
        return t
    before = _WORD.findall(_fold_window(text, max(0, t.start - 16), t.start))
    if not before or unjoined(before[-1], _JOINED_BL) not in _date_cues().prayer:
        return t
    return t if day == _naive(t.interval[0]).date() else _moved(t, day)


# the parts of a clock time's rule (split at " + ") that name no day, and those that name a clock
_CLOCK_PARTS = frozenset(("hh:mm", "<hour> و <minutes>", "<minutes> before/after <hour>", "<part of day>",
                          "<time zone>"))
_CLOCK_CORES = frozenset(("hh:mm", "<hour> و <minutes>", "<minutes> before/after <hour>"))
# how long before the publication the day a bare clock time takes from the narrative may be: an
# older day told since is background («مقارنة بمستواه في 12 مايو»), not the narrative's
_CLOCK_DAY_AGE = dt.timedelta(days=7)


def _recent_day(own: list[Timex], published: dt.datetime, day: dt.date | None) -> dt.date | None:
    """The day a bare clock time may take from the narrative after a clause dated ``own``: the
    day of its last date of a day or finer when that date lies within one day and at most
    :data:`_CLOCK_DAY_AGE` before the publication; none after a night or a span of days (``الليلة
    الماضية … في الساعة الثالثة فجرا`` is the morning after); ``day`` after older ones."""
    last = next((t for t in reversed(own) if _a_day_or_finer(t) and t.interval is not None), None)
    if last is None or last.interval is None:
        return day
    start = _naive(last.interval[0])
    if _naive(last.interval[1]) > dt.datetime.combine(start.date(), dt.time()) + dt.timedelta(days=1):
        return None
    return start.date() if start.date() >= _naive(published).date() - _CLOCK_DAY_AGE else day


def _on_the_recent_day(text: str, clause: Clause, t: Timex, day: dt.date | None, published: dt.datetime,
                       dating: SpanIndex[Timex]) -> Timex:
    """``t`` moved to ``day`` when it is a bare clock time (``الساعة 9:15``، ``قبل الساعة
    السابعة صباحا``) the tagger put on the publication's day for want of a day in its sentence,
    and ``day``, the last day an earlier clause set at most :data:`_CLOCK_DAY_AGE` before the
    publication, is an earlier one: the narrative's day («أغلقت البورصة أبوابها أمس.» … «وهبط المؤشر
    عند الساعة 9:15»). Not when its clause tells it ahead (a future verb before it).
    Else ``t`` itself."""
    if day is None or t.interval is None or t.anchor is Anchor.NONE or day >= _naive(published).date():
        return t
    parts = t.rule.split(" + ")
    if not _CLOCK_CORES.intersection(parts) or not _CLOCK_PARTS.issuperset(parts) \
            or _naive(t.interval[0]).date() != _naive(published).date():
        return t
    if any(_a_day_or_finer(u) and not _CLOCK_PARTS.issuperset(u.rule.split(" + "))
           for u in itertools.chain(dating.starting_in(clause.sentence_start, t.start),
                                    dating.starting_in(t.start, clause.end))):
        return t  # a day of its sentence or clause places it (اليوم … عند الساعة العاشرة، الساعة 5 طوال الأسبوع الماضي)
    if any(future_verb(w) for w in _WORD.findall(_fold_window(text, clause.start, t.start))):
        return t  # وسيعقد مؤتمرا صحافيا عند الساعة الثالثة: the coming hour
    return _moved(t, day)


def _told_weekdays(text: str, timexes: list[Timex], published: dt.datetime) -> list[Timex]:
    """``timexes`` with a bare weekday counted from the publication read where the article
    tells which one it is. The weekday of a prayer named after it (``خلال صلاة الجمعة``;
    ``prayer`` of ``lang/ar/event_dates.yaml``) names the prayer, not its week: it is the day
    an earlier expression of the article dated outright (no weekday counted from the
    publication) when that day falls on it (``تفجير 26 يونيو ... خلال أداء المصلين لصلاة
    الجمعة``: 26 June, anchored to the narrative); else the last such weekday only when the
    paper tells it that day or the next (``أدى المصلون صلاة الجمعة`` in Saturday's paper); else
    it dates nothing (``وكان انتحاري فجر نفسه خلال صلاة الجمعة`` told weeks later). Any other
    bare weekday (``ظهر الجمعة``) in a sentence naming a happening that the sentence of such an
    earlier day, of another week and on that weekday, also names is that day (``وأسفر التفجير
    … 26 يونيو`` … ``ألبسه الحزام قبل إيصاله للمسجد ظهر الجمعة، بغرض تفجير المسجد``)."""
    out: list[Timex] = []
    told: list[dt.date] = []  # the days dated outright, in text order
    told_at: list[int] = []
    told_on: dict[int, list[int]] = {}  # weekday → the indexes of the days told on it
    read: dict[int, set[str]] = {}
    sentence_at = _sentences_of(text, timexes)

    def happenings(k: int) -> set[str]:  # of the sentence of the k-th day told, read once
        if k not in read:
            read[k] = _happenings_of(sentence_at(told_at[k]))
        return read[k]

    prayer = _date_cues().prayer
    for t in timexes:
        if _bare_weekday(t):
            assert t.interval is not None
            said = _naive(t.interval[0]).date()
            same = told_on.get(said.isoweekday(), [])
            before = _WORD.findall(_fold_window(text, max(0, t.start - 16), t.start))
            if t.rule == "<weekday>" and before and unjoined(before[-1], _JOINED_BL) in prayer:
                if same:
                    t = _moved(t, told[same[-1]])
                elif not 0 <= (_naive(published).date() - said).days <= 1:
                    continue
            else:
                told_of = _happenings_of(sentence_at(t.start)) if same else set()
                of_it = next((k for k in reversed(same) if told_of and (said - told[k]).days >= 7
                              and happenings(k) & told_of), None)  # the last such day
                if of_it is not None:
                    t = _moved(t, told[of_it])
        out.append(t)
        if t.interval is not None and _a_day_or_finer(t) \
                and not _bare_weekday(t):
            told.append(_naive(t.interval[0]).date())
            told_at.append(t.start)
            told_on.setdefault(told[-1].isoweekday(), []).append(len(told) - 1)
    return out


def _quoted_today(text: str, timexes: list[Timex], published: dt.datetime) -> list[Timex]:
    """``timexes`` with a bare "today" (``nowadays`` of ``lang/ar/event_dates.yaml``, read as the
    publication's day) that stands inside a direct quotation (:func:`_quoted`) moved to the
    day before, when the article's first day told is that day: a paper reporting yesterday
    quotes what was said yesterday (``افتتح الرئيس أمس القناة ... وقال: وما افتتاح قناتنا اليوم
    إلا انطلاقة``: his today is the opening's day)."""
    day = _naive(published).date() - dt.timedelta(days=1)
    first = next((t for t in timexes if t.interval is not None and t.grain is not None
                  and t.grain.rank <= Grain.DAY.rank), None)
    if first is None or first.interval is None or _naive(first.interval[0]).date() != day:
        return timexes
    today = _date_cues().nowadays
    return [_moved(t, day) if (t.start > first.start and t.anchor is Anchor.PUBLISHED and t.interval is not None
                               and fold(t.text) in today and _quoted(text, t.start)) else t
            for t in timexes]


_SENTENCE_END = kept(marks(SENTENCE_ENDS))


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a direct quotation: a quotation mark left open in its
    paragraph (``«``, ``“``, an odd number of ``"``), or a colon after a speech verb
    (``speech_verbs``) in its sentence (``وقال الرئيس خلال الحفل: …``)."""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    if (paragraph.count("«") > paragraph.count("»") or paragraph.count("“") > paragraph.count("”")
            or paragraph.count('"') % 2):
        return True
    ends = list(_SENTENCE_END.finditer(paragraph))
    sentence = paragraph[ends[-1].end() if ends else 0:]
    colon = sentence.rfind(":")
    verbs = _date_cues().speech_verbs
    return colon > 0 and any(unjoined(w) in verbs for w in _WORD.findall(fold(sentence[:colon])))


_BARE_WEEKDAYS = frozenset(("<weekday>", "<part of day> + <weekday>"))


def _bare_weekday(t: Timex) -> bool:
    """Whether ``t`` is a weekday alone or after a part of the day (``الجمعة``، ``ظهر الجمعة``;
    not ``الجمعة الماضية``), counted from the publication."""
    if t.rule not in _BARE_WEEKDAYS or t.anchor is not Anchor.PUBLISHED or t.interval is None:
        return False
    words = _WORD.findall(fold(t.text))
    return len(words) == (1 if t.rule == "<weekday>" else 2) and words[-1] in load_lexicon().weekdays


def _moved(t: Timex, day: dt.date) -> Timex:
    """``t`` moved to ``day``, anchored to the narrative."""
    assert t.interval is not None
    old = _naive(t.interval[0]).date()
    shift = day - old
    value = day.isoformat() + t.value[len(old.isoformat()):] if t.value.startswith(old.isoformat()) else t.value
    return dataclasses.replace(t, value=value, anchor=Anchor.NARRATIVE,
                               interval=(t.interval[0] + shift, t.interval[1] + shift))


def _sentences_of(text: str, timexes: list[Timex]) -> Callable[[int], str]:
    """The sentence of ``text`` (:func:`split_sentences`, cut once, when first asked) holding
    position ``at``; empty outside every sentence (page chrome)."""
    spans: list[tuple[int, int]] = []
    starts: list[int] = []

    def sentence_at(at: int) -> str:
        if not spans:
            spans.extend(split_sentences(text, timexes))
            starts.extend(s for s, _ in spans)
        k = bisect_right(starts, at) - 1
        return text[spans[k][0]:spans[k][1]] if k >= 0 and at < spans[k][1] else ""
    return sentence_at


def _happenings_of(sentence: str) -> set[str]:
    """The classes of the happening words of ``sentence`` (``lang/ar/triggers.yaml``), but a
    toll's (a count of victims names no one happening)."""
    lexicon = load_triggers()
    return {c for c in (lexicon.word_class(w) for w in _WORD.findall(fold(sentence)))
            if c is not None and c not in lexicon.tolls}


def _reported_past(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` counts from "now" to a day or finer without naming its day (``اليوم``,
    ``أمس``, ``الليلة``; not ``اليوم الاثنين``, ``يونيو الماضي``) and sits in speech reported
    in the pluperfect (``وكان القائد قد قال … إن القوات سيطرت اليوم``): it counts from the
    day of the saying, which the sentence does not give (``reported_past`` of
    ``lang/ar/event_dates.yaml``)."""
    if (t.anchor is not Anchor.PUBLISHED or t.grain is None or t.grain.rank > Grain.DAY.rank
            or _names_a_day(t.rule)):
        return False
    said_words = _fold_window(text, clause.sentence_start, t.start)
    opening = _WORD.search(said_words)  # the first word first: the rest is read only after an opener
    if opening is None or unjoined(opening.group()) not in cues.reported_past_openers:
        return False
    words = _WORD.findall(said_words)
    said = False
    for word in words[1:]:
        if said and word in cues.complementizers:
            return True
        said = said or unjoined(word) in cues.speech_verbs
    return False


@functools.lru_cache(maxsize=1024)
def _names_a_day(rule: str) -> bool:
    """Whether a tagger's rule name holds a part of :data:`_NAMED_DAY` (read once per rule)."""
    return any(part in rule for part in _NAMED_DAY)


def _dating(text: str, clause: Clause, own: list[Timex], published: dt.datetime | None = None) -> list[Timex]:
    """The expressions of a clause that may date its happening: not a birth year or a
    holiday (``background``), not a futures contract's delivery month (``عقود برنت تسليم
    سبتمبر``: ``contract``), not a cut-off after a count (``قتل 30 حتى أمس``), not a
    background "since" coarser than a day or beside another date (``منذ ربيع 2019``), not
    a unit glued to ل (``لشهر واحد``: a duration, for one month), not a year in brackets
    after a noun (``استقلال الجنوب (1967)``: that noun's year), not a bare day counted
    from "now" inside pluperfect reported speech (:func:`_reported_past`), not a salary's
    month (``pay``), a cited document's date (:func:`_cited`), a recurrence (``recurring``), a
    bound (:func:`_bound`), a season named alone (:func:`_any_season`), "these days"
    (:func:`_these_days`), a since measuring a record or told of an antecedent
    (:func:`_since_a_record`, :func:`_since_of_antecedent`), the term of a comparison
    (:func:`_compared`), and, beside another date, not a comparison's or a relative clause's
    (:func:`_secondary`), nor, given the publication, a year naming an edition or a plan
    (:func:`_names_an_edition`), a date an anniversary recalls (:func:`_recalled`) or the period
    released figures cover (:func:`_a_figures_period`). A cut-off closes a count when a number comes before it in the clause
    or right after it (``بلغ عدد القتلى حتى مساء أمس 23``)."""
    cues = _date_cues()
    chosen = []
    contract = False  # a futures contract's month: the clause tells the day's trading
    beside = False  # a background since's date dropped beside another: what is left may be secondary
    for t in own:
        before = [unjoined(w) for w in _WORD.findall(_fold_window(text, max(clause.start, t.start - 40), t.start))[-2:]]
        opening = _WORD.search(_fold_window(text, t.start, t.end))
        first = opening.group() if opening is not None else ""
        if before and before[-1] in cues.contract and (t.grain is Grain.MONTH
                                                       or load_lexicon().lookup("months", first) is not None):
            contract = True  # (only a month: "وتم تسليم أمس 50 طنا" is a delivery yesterday)
            continue
        if before and before[-1] in cues.pay and t.grain is Grain.MONTH:
            continue  # راتب شهر مايو: the month the pay is for
        if before and before[-1] in cues.recurring and t.grain is not None and t.grain.rank < Grain.YEAR.rank:
            continue  # كل يوليو، يوميا من الساعة العاشرة: a recurrence, not one happening's time
        if _cited(text, clause, t, cues):
            continue  # قرار مجلس الشورى رقم (57/30) وتاريخ 25/6/1436هـ: the cited document's date
        if _declared_off(text, clause, t, own, cues):
            continue  # وأعلن الخميس إجازة عامة: the holiday's day, not the declaration's
        if not cues.background.isdisjoint(before) or _reported_past(text, clause, t, cues) \
                or _these_days(text, clause, t, before, cues) or _bound(t, before, cues) \
                or _any_season(text, clause, t, cues):
            continue
        if published is not None and _names_an_edition(text, clause, t, cues, published):
            continue  # حقوق النقل لكوبا أمريكا أعوام 2015 و2019 و2023: which editions, not when
        if published is not None and _recalled(text, clause, t, published):
            continue  # في الذكرى الأولى لمقتل الشاب العام الماضي: the killing's year, not the commemoration's
        if published is not None and _a_figures_period(text, clause, t, cues, published):
            continue  # وهبط الين متأثرا بمسح أظهر انكماش الصادرات في يونيو: the survey's month, not the fall's
        if _projected(text, clause, t, cues):
            beside = beside or len(own) > 1  # … من 5.3 مليارات متوقعة للعام 2015 إلى 13.2 مليار عام 2023:
            continue  # the starting amount's year is no date of the happening either
        since = first in cues.since or (before and before[-1] in cues.since) or t.mod == "ON_OR_AFTER"
        if since and _since_a_record(text, clause.start, t, cues, published):  # a record's term: a date before it is the
            beside = beside or any(o.start > t.start for o in own)  # predicate's (نزل الذهب في موجة البيع التي
            continue  # شهدها يوم 20 يوليو … ليسجل أدنى مستوياته منذ فبراير); one after it may be the record's
            # own day (مقتربا من أدنى مستوى له منذ فبراير 2009 الذي بلغه الثلاثاء), secondary as before
        if since and (len(own) > 1 or t.grain is None or t.grain.rank > Grain.DAY.rank
                      or _opens_a_tally(text, clause, t, cues) or _since_of_antecedent(text, clause, t, cues)):
            beside = beside or len(own) > 1
            continue
        glued = text[t.start - 1:t.start] if t.start > clause.start else ""
        if glued in cues.for_duration and first in cues.units and _an_amount(t):
            continue  # لشهر واحد: for one month; not ليوم الخميس 6 أغسطس (adjourned to that day)
        if t.grain is Grain.YEAR and t.text.isdigit() and _after_a_noun_in_brackets(text, clause, t, cues):
            continue  # "قبل استقلال الجنوب عن بريطانيا (1967)": the year of the noun it follows
        cut = first in cues.cut_off or (before and before[-1] in cues.cut_off)
        if cut and (re.search(r"\d", _fold_window(text, clause.start, t.start))
                    or _COUNT_AFTER.match(text, t.end, clause.end)):
            continue
        chosen.append(t)
    # beside an earlier date, a date after "until" ends a span or sets a deadline (يبدأ المنتخب اليوم
    # معسكرا يستمر حتى 25 الجاري، جدد اليوم عقده حتى 2019): the earlier one is the happening's
    chosen = [t for k, t in enumerate(chosen) if not (k and _until(text, clause, t, cues))]
    # … and, alone, after a term's noun (وقع عقدا جديدا لأربع سنوات حتى 2019): it ends the term, not the act's date
    if len(chosen) == 1 and _ends_a_term(text, clause, chosen[0], cues):
        chosen = []
    # … and a span of the last years or months before a day of the clause told after it, no comma between,
    # tells what its noun has been over them (أعلن النادي بطل الدوري في الأعوام الثلاثة الماضية أمس تعاقده):
    # the day is the act's (not …خلال الأسبوعين الأخيرين…، حيث استقرت القيمة بنهاية الأسبوع الماضي)
    if published is not None:
        chosen = [t for k, t in enumerate(chosen)
                if not (_recent_span(t, published) and any(_a_day_or_finer(u) and not _COMMA.search(text, t.end, u.start)
                                                           for u in chosen[k + 1:]))]
    # … and a date a word or two after an "after" (في 5 يونيو 1975 في أعقاب حرب أكتوبر) is what it governs
    chosen = [t for k, t in enumerate(chosen) if not (k and _of_a_happening_before(text, clause, t))]
    # … unless the dates before the tail are a relative clause's telling a happening apart from the
    # predicate's: then the tail's day is the telling of the predicate, the relative clause's date its
    # antecedent's (عثر المحققون على جثث مسلحين قتلوا في هجوم السابع من أغسطس، بحسب ما أفاد مصدر الاثنين)
    if published is not None:
        chosen = _tail_over_relative(text, clause, chosen, cues)
    # … and a date in an attribution tail after another date is the report's (قتل … أمس، حسبما أفاد … اليوم)
    chosen = [t for k, t in enumerate(chosen) if not (k and _attributed(text, clause, t, chosen[:k]))]
    # … and, for the events (the cuts, asking without the publication, cut such a clause off when it tells
    # a happening apart), a date in a relative clause opened after another date is its antecedent's
    # (أطلق الليلة الماضية سراح الرهينة التي كانت خطفت باليمن في فبراير الماضي: the kidnapping's month)
    if published is not None:
        chosen = [t for k, t in enumerate(chosen) if not (k and _relative_after(text, clause, t, chosen[:k], cues))]
    if beside and len(chosen) == 1 and relative_pronouns().intersection(_WORD.findall(fold(clause.text[:40]))[:_SUBJECT_WORDS]):
        beside = False  # قطعة الحطام التي عثر عليها الأسبوع الماضي تعود إلى الطائرة المفقودة منذ 2014: the
        # subject's relative clause frames the sentence
    if len(chosen) > 1 or contract or beside and chosen:  # beside the predicate's date, a comparison's or a
        # relative clause's dates nothing; beside a contract's month neither (عقود الخام تسليم سبتمبر …
        # متعافية من أدنى مستوياتها الذي سجلته الإثنين: the low's day, not the day's rise), nor beside a
        # background since (ومنذ 2009 يخوض الفريق البطولة التي انطلقت قبل 20 عاما خارج أرضه)
        main = [t for t in chosen if not _secondary(text, clause, t, cues)]
        chosen = main if contract or len(chosen) == 1 else main or chosen
    return [t for t in chosen if not _compared(text, clause.start, t, cues)]


# how many words may stand between an edition's noun and its year (دورة الألعاب الأولمبية الشتوية لعام 2002)
_EDITION_REACH = 4
_LISTED_WORD = kept(r"و?\d{4}")  # a year of a list, folded (و2019)


def _bare_in(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (folded), with its clitics or the article off (:func:`clitic_prefixes`), is
    one of ``words`` (a noun of lang/ar/event_dates.yaml's edition lists)."""
    return any(word.startswith(p) and word[len(p):] in words for p in clitic_prefixes().prefixes())


def _names_an_edition(text: str, clause: Clause, t: Timex, cues: _DateCues, published: dt.datetime) -> bool:
    """Whether the year ``t``, written in figures, names an edition or a plan (``edition_nouns``
    of ``lang/ar/event_dates.yaml`` at most :data:`_EDITION_REACH` words before it, no
    ``edition_breaks`` between: «كأس العالم 2022»، «دورة الألعاب الشتوية لعام 2002») rather than
    dating the clause: when the edition is an object (``edition_objects`` right before its name:
    ``حق استضافة دورة …``، ``المؤهلة لكأس العالم 2018``), or when the year is ahead of the
    publication and the clause tells neither the edition held or joined (``edition_held``: ``ستقام
    كأس العالم 2022``) nor something done in it (``edition_in`` before its name: ``في دورة الألعاب
    المقررة عام 2016``). A happening's year is no edition's (``ثورة 2011``)."""
    if t.grain is not Grain.YEAR or t.interval is None:
        return False
    written = _WORD.findall(fold(t.text))  # one figure and year words: «لعام 2002»، «2018 م»، «و2019»
    if sum(1 for w in written if _LISTED_WORD.fullmatch(w)) != 1 or not all(
            _LISTED_WORD.fullmatch(w) or _bare_in(w, cues.edition_year_words) for w in written):
        return False
    words = _WORD.findall(_fold_window(text, max(clause.start, t.start - 80), t.start))
    words += [w for w in written if not w[-1:].isdigit()]
    while words and (_bare_in(words[-1], cues.edition_year_words) or words[-1] == "و"
                     or _LISTED_WORD.fullmatch(words[-1])):
        words.pop()  # back over the year word and the years listed before (أعوام 2015 و2019)
    at = None
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _EDITION_REACH), -1):
        if _bare_in(words[k], cues.edition_breaks) or _DIGIT.search(words[k]):
            break
        if _bare_in(words[k], cues.edition_nouns):
            at = k
            break
    if at is None or at and (_DIGIT.search(words[at - 1]) or _bare_in(words[at - 1], cues.edition_amounts)):
        return False  # 18 مليون يورو في 2016: a currency
    while at and _bare_in(words[at - 1], cues.edition_nouns):
        at -= 1  # the name's head: «نهائيات كأس آسيا 2019»
    if any(_bare_in(w, cues.edition_objects) for w in words[max(0, at - 2):at]):
        return True
    if _naive(t.interval[0]).year <= _naive(published).year or at and _bare_in(words[at - 1], cues.edition_in):
        return False
    held = _WORD.findall(_fold_window(text, clause.start, t.start))
    return not any(unjoined(w) in cues.edition_held for w in held)


# how many words before a month or quarter a release of the figures that cover it may stand
# (بعدما قالت إدارة المصنع الذي يملكه رجل أعمال محلي إن صادراته إلى الأسواق المجاورة تراجعت في يونيو)
_FIGURE_REACH = 16
# how many words before a release its opener may stand (بعد ساعات من نشر، بعد أن أعلن، مدعوما بتقرير)
_OPENER_REACH = 3


def _a_figures_period(text: str, clause: Clause, t: Timex, cues: _DateCues, published: dt.datetime) -> bool:
    """Whether the month or quarter ``t``, begun before the publication, is the period figures
    cover that were released at what the clause tells (``figure_*`` of
    ``lang/ar/event_dates.yaml``): within :data:`_FIGURE_REACH` words before it, a release after
    an opener (``figure_openers`` at most :data:`_OPENER_REACH` words before: «في أعقاب نشر أرقام»،
    «مدعوما بتقرير»، «بعدما أعلن المصرف») or a released noun with what it shows right after it
    («أرقام تشير»), then a figure (``figure_nouns``, or the released noun itself) before ``t``:
    «وهبط الين متأثرا بمسح حكومي أظهر انكماش الصادرات في يونيو» tells the yen's fall, not June's. A
    clause that tells the figure itself keeps its period («ارتفعت المبيعات في يوليو 5%»)."""
    if t.grain not in (Grain.MONTH, Grain.QUARTER) or t.interval is None \
            or _naive(t.interval[0]) >= _naive(published):
        return False
    words = _WORD.findall(_fold_window(text, clause.start, t.start))[-_FIGURE_REACH:]
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        released = (_bare_in(word, cues.figure_releases)
                    and any(_bare_in(w, cues.figure_openers) for w in words[max(0, at - _OPENER_REACH):at])) \
            or (_bare_in(word, cues.figure_release_nouns) and at + 1 < len(words)
                and words[at + 1] in cues.figure_showing)
        if released and any(_bare_in(w, cues.figure_nouns) for w in words[at:]):
            return True
    return False


def _recalled(text: str, clause: Clause, t: Timex, published: dt.datetime) -> bool:
    """Whether ``t`` dates what an anniversary recalls, not the commemoration: it lies inside the
    anniversary phrase past the recalled word (:func:`timeline.anchors.recalled_date`: ``في الذكرى
    الأولى لمقتل الشاب العام الماضي``) and begins at least :data:`timeline.anchors.RECALLED_AGO` before the
    publication (``الذكرى الأولى للفيضان أمس`` is the commemoration's day)."""
    return t.interval is not None and _naive(t.interval[0]) <= _naive(published) - RECALLED_AGO \
        and recalled_date(text, t.start, clause.start)


# how many words may stand between a relative pronoun and the date of its clause (التي كانت خطفت باليمن
# في شهر فبراير): beyond :data:`_SUBORDINATE_REACH`, read only after another date of the clause
_RELATIVE_WORDS = 6


def _relative_after(text: str, clause: Clause, t: Timex, earlier: list[Timex], cues: _DateCues) -> bool:
    """Whether ``t`` is the date of a relative clause opened after the earlier dates of its clause
    (``earlier``): a relative pronoun (``relative`` of the cues, not after a time noun of
    ``not_antecedents``: ``في الوقت الذي`` is "while") between the last of them and ``t``, at most
    :data:`_RELATIVE_WORDS` words before it with no comma between. The main predicate has its date
    already; the relative clause tells what its antecedent saw before (``أطلق الليلة الماضية سراح
    الرهينة التي كانت خطفت في فبراير``)."""
    last = max(earlier, key=lambda e: e.end)
    after = last.end
    if after > t.start or _secondary(text, clause, last, cues) \
            or any(_contains(e, t) for e in earlier):
        return False  # the date before is a relative clause's too (سباق 1500 الذي حققته عام 2013 …), or
        # the later one refines it (لمعرض العام الحالي الذي سيتم تنظيمه بعد شهرين)
    pronoun = None
    for pronoun in cues.relative.finditer(text, after, t.start):
        pass
    if pronoun is None:
        return _asyndetic(text, after, t, cues)
    if _COMMA.search(text, pronoun.start(), t.start):
        return False
    if len(_WORD.findall(text, pronoun.end(), t.start)) > _RELATIVE_WORDS:
        return False
    before = _WORD.findall(_fold_window(text, max(after, pronoun.start() - 24), pronoun.start()))
    return not (before and _DEFINITE_WORD.sub("", unjoined(before[-1])) in cues.not_antecedents)


def _tail_over_relative(text: str, clause: Clause, chosen: list[Timex], cues: _DateCues) -> list[Timex]:
    """``chosen`` from the first date of an attribution tail (:func:`_attributed`) on, when every date
    before it is a relative clause's that tells a happening apart from the predicate's
    (:func:`_relative_told`): the predicate has no date of its own but the telling's, the relative
    clause's date is what its antecedent did (``عثر المحققون على جثث مسلحين قتلوا خلال الهجوم في
    السابع من أغسطس، بحسب ما أفاد مصدر الاثنين``: the find told Monday). Else ``chosen`` as it is."""
    for k, t in enumerate(chosen):
        if k and _attributed(text, clause, t, chosen[:k]):
            if all(_relative_told(text, clause, e, cues) for e in chosen[:k]):
                return chosen[k:]
            break
    return chosen


def _relative_told(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` dates a relative clause opened after its clause's predicate, at most
    :data:`_RELATIVE_WORDS` words before ``t`` with no comma between: by a relative pronoun (not
    after a time noun of ``not_antecedents``) or, after an indefinite noun, by a perfect verb with no
    pronoun (:meth:`timeline.verbs.Shapes.perfect`: ``جثث مسلحين قتلوا``; not a noun right after a
    complementizer, the subject of what is said: ``أفاد شهود أن مسلحين اقتحموا``), that tells a happening
    (``lang/ar/triggers.yaml``) of another group than the words before it, which tell no reaction
    (``قتل ثلاثة جنود في هجوم استهدف دوريتهم أمس``: one happening, not told apart)."""
    opening = None
    for m in cues.relative.finditer(text, clause.start, t.start):
        opening = m.start(), m.end()
    if opening is not None:
        before = _WORD.findall(_fold_window(text, max(clause.start, opening[0] - 24), opening[0]))
        if before and _DEFINITE_WORD.sub("", unjoined(before[-1])) in cues.not_antecedents:
            return False
    else:
        shapes = load_shapes()
        words = list(_WORD.finditer(text, clause.start, t.start))
        for k in range(max(2, len(words) - _RELATIVE_WORDS), len(words)):
            noun, verb = fold(words[k - 1].group()), fold(words[k].group())
            if (shapes.perfect(unjoined(verb)) and not _DEFINITE_WORD.match(noun) and noun not in cues.function_words
                    and not noun.isdigit() and not shapes.perfect(unjoined(noun))
                    and unjoined(fold(words[k - 2].group())) not in cues.complementizers):
                opening = words[k].start(), words[k].start()
                break
    if opening is None or _WORD.search(text, clause.start, opening[0]) is None or _COMMA.search(text, opening[0], t.start) \
            or len(_WORD.findall(text, opening[1], t.start)) > _RELATIVE_WORDS:
        return False
    lexicon = load_triggers()
    kind = lexicon.happening(_fold_window(text, opening[1], t.start))
    main = lexicon.happening(_fold_window(text, clause.start, opening[0]))
    return kind is not None and (main is None or not lexicon.is_reaction(main) and lexicon.group(main) != lexicon.group(kind))


def _asyndetic(text: str, after: int, t: Timex, cues: _DateCues) -> bool:
    """Whether, between ``after`` and ``t`` (no comma), an indefinite noun is followed by a word and a
    preposition holding a pronoun (``resumptive_prepositions``), at most :data:`_RELATIVE_WORDS` words
    before ``t``: a relative clause with no pronoun, as an indefinite antecedent takes it (``12 مقاتلة
    وعد بها الرئيس في مارس``، ``لاتفاق نووي توصلت إليه إيران الشهر الماضي``), or a comparison's term
    (``أبطأ في 2016 عما كان عليه في 2014``). Not after a definite word, a function word or a number."""
    if _COMMA.search(text, after, t.start):
        return False
    words = [fold(w) for w in _WORD.findall(text, after, t.start)]
    for k in range(max(2, len(words) - _RELATIVE_WORDS - 1), len(words)):
        if (words[k] in cues.resumptive_prepositions and not _DEFINITE_WORD.match(words[k - 1])
                and words[k - 1] not in cues.function_words and words[k - 2] not in cues.function_words
                and not _DEFINITE_WORD.match(words[k - 2]) and not words[k - 2].isdigit()):
            return True
    return False


def _contains(outer: Timex, inner: Timex) -> bool:
    """Whether the interval of ``outer`` holds that of ``inner`` (both resolved)."""
    if outer.interval is None or inner.interval is None:
        return False
    return (_naive(outer.interval[0]) <= _naive(inner.interval[0])
            and _naive(inner.interval[1]) <= _naive(outer.interval[1]))


# how long before the publication a span of the last years, months or weeks ends, by its grain
_SPAN_RECENCY = {Grain.YEAR: dt.timedelta(days=366), Grain.MONTH: dt.timedelta(days=31), Grain.WEEK: dt.timedelta(days=7)}


def _recent_span(t: Timex, published: dt.datetime) -> bool:
    """Whether ``t`` is a span of several years, months or weeks reaching up to the one of the
    publication (``الأعوام الثلاثة الماضية``، ``الأشهر الستة الأخيرة``): a period counted back from now;
    not one of them (``شهر رمضان``, a Hijri month)."""
    if t.interval is None or t.grain not in _SPAN_RECENCY or "/" not in t.value:
        return False
    start, end, unit = _naive(t.interval[0]), _naive(t.interval[1]), _SPAN_RECENCY[t.grain]
    return end - start > unit and end <= _naive(published) < end + unit


def _a_day_or_finer(t: Timex) -> bool:
    """Whether ``t`` names a day or a time within one (``أمس``، ``يوم الخميس``، ``مساء أمس``)."""
    return t.grain is not None and t.grain.rank <= Grain.DAY.rank


def _until(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` opens with "until" or comes right after it (``حتى 25 الجاري``، ``وحتى السبت``:
    ``cut_off`` of ``lang/ar/event_dates.yaml``)."""
    first = (_WORD.findall(fold(t.text)) or [""])[0]
    last = _WORD.findall(_fold_window(text, max(clause.start, t.start - 12), t.start))[-1:]
    return unjoined(first) in cues.cut_off or bool(last) and unjoined(last[0]) in cues.cut_off


def _ends_a_term(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` comes after "until" (:func:`_until`) and, earlier in its clause with no comma
    between, after a noun of a term (``term_nouns`` of ``lang/ar/event_dates.yaml``: ``وقع عقدا
    جديدا لأربع سنوات حتى 2019``، ``يحتفظ برئاسة المجلس حتى 2019``), read after any clitics
    (:meth:`timeline.lexicon.Clitics.unglued`): the date ends that term. Not the clause's first word
    with no clitic but a conjunction (the verb: ``وعقد المجلس جلسة استمرت حتى فجر اليوم``), nor when
    the clause before the date tells a happening (``lang/ar/triggers.yaml``: ``عقد الوزير اجتماعا امتد
    حتى مساء أمس``، ``تواصلت الاحتجاجات أمام مقر رئاسة الوزراء حتى الليل``): "until" bounds that."""
    if not cues.term_nouns or not _until(text, clause, t, cues):
        return False
    before = text[clause.start:t.start]
    comma = max(before.rfind("،"), before.rfind(","))
    clitics = clitic_prefixes()
    for k, word in enumerate(_WORD.findall(fold(before[comma + 1:]))):
        if k == 0 and unjoined(word) in cues.term_nouns:
            continue  # the clause's predicate, a verb (عقد: held), not the noun
        if not cues.term_nouns.isdisjoint(clitics.unglued(word)):
            return load_triggers().happening(_fold_window(text, clause.start, t.start)) is None
    return False


@functools.lru_cache(maxsize=None)
def _after_words(code: str = "ar") -> frozenset[str]:
    """The last words of ``after_happening`` of ``lang/<code>/event_dates.yaml``, folded (بعد، أعقاب، إثر)."""
    return frozenset(fold(str(w)).split()[-1] for w in load_language_yaml(code, "event_dates.yaml")["after_happening"])


def _of_a_happening_before(text: str, clause: Clause, t: Timex) -> bool:
    """Whether ``t`` comes one or two words after an "after" (``after_happening`` of
    ``lang/ar/event_dates.yaml``: ``في أعقاب حرب أكتوبر``، ``بعد تغلبهم مساء أمس``، ``من 31.87 مليون
    برميل بعد التعديل في يونيو``): beside an earlier date of its clause, it dates what the "after"
    governs, not the clause's happening."""
    words = _WORD.findall(_fold_window(text, max(clause.start, t.start - 40), t.start))[-3:]
    at = max((k for k, w in enumerate(words) if unjoined(w) in _after_words()), default=None)
    return at is not None and at + 1 < len(words)


def _opens_with(clause: Clause, words: frozenset[str]) -> bool:
    """Whether the first word of ``clause`` (after و or ف) is one of ``words`` (folded)."""
    first = _WORD.search(clause.text)
    return first is not None and unjoined(fold(first.group())) in words


def _cited(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` cites a document by number and date (``citation_dates`` right before it, one
    of ``citation_numbers`` among the eight words before: ``قرار مجلس الشورى رقم (57/30) وتاريخ
    25/6/1436هـ``)."""
    said = _fold_window(text, max(clause.sentence_start, t.start - 16), t.start)
    if not any(w in said for w in cues.citation_dates):  # the word is not even there: no words read
        return False
    last = _WORD.findall(said)[-1:]
    if not last or last[0] not in cues.citation_dates:
        return False
    words = _WORD.findall(_fold_window(text, max(clause.sentence_start, t.start - 80), t.start))
    return bool(words and words[-1] in cues.citation_dates
                and cues.citation_numbers.intersection(unjoined(w) for w in words[-8:]))


def _declared_off(text: str, clause: Clause, t: Timex, own: list[Timex], cues: _DateCues) -> bool:
    """Whether ``t`` is the day a declaration or a grant makes a holiday: a holiday word
    (``holidays_after`` of ``lang/ar/event_dates.yaml``) right after it, past a bracket of its own, and a
    declaring or granting word (``holiday_grants``) among the :data:`_GRANT_WORDS` words before it, or
    before the date of ``own`` it restates in brackets (``باعتبار السادس من أغسطس إجازة``، ``أعلن مجلس
    الوزراء يومي السبت والأحد (الأول والثاني من أغسطس) عطلة رسمية``); or a deeming verb between it
    (past a date restating it, ``restating``) and the holiday word (``holidays_deemed``: ``أن يوم الخميس
    المقبل والموافق السادس من أغسطس سيتم اعتباره إجازة``، ``السبت يعتبر عطلة``); not a day told before
    the telling (``أعلنت الحكومة أمس عطلة رسمية``: the declaration's day)."""
    reach = min(clause.end, t.end + 80)
    bracket = _BRACKET_AFTER.match(text[t.end:reach])
    rest = t.end + (bracket.end() if bracket else 0)
    after = _WORD.findall(_fold_window(text, rest, min(rest + 40, reach)))[:3]
    if any(w in _fold_window(text, rest, min(len(text), rest + 14)) for w in cues.restating):
        # يوم الخميس والموافق السادس من أغسطس سيتم اعتباره: past the date restating it (often a clause
        # of its own), up to the sentence's end
        said = _WORD.findall(_SENTENCE_END.split(_fold_window(text, rest, min(len(text), rest + 100)))[0])
        at = next((k for k, w in enumerate(said[2:_RESTATED_WORDS], 2) if w in cues.holidays_deemed), None)
        if said and unjoined(said[0]) in cues.restating and at is not None:
            after = said[at:at + 3]
    deemed = len(list(itertools.takewhile(cues.holidays_deemed.__contains__, after[:2])))
    if len(after) <= deemed or _DEFINITE.sub("", after[deemed]) not in cues.holidays_after:
        return False  # (tested first: a holiday word after a date is rare)
    told = fold(text[t.start:t.end])
    if any(offset < 0 and (told == word or told.startswith(word + " "))
           for word, offset in load_lexicon().rel_days.items()):
        return False  # أعلنت الحكومة أمس عطلة: a day off lies ahead, "yesterday" is the declaration's
    if deemed:
        return True  # أن يوم الأحد المقبل سيتم اعتباره عطلة: deemed off by the words after it
    at = next((o.start for o in own if o.end <= t.start and text[o.end:t.start].strip() == "("), t.start)
    before = _WORD.findall(_fold_window(text, max(clause.start, at - 48), at))[-_GRANT_WORDS:]
    return any(unjoined(w) in cues.holiday_grants for w in before)


def _deemed_said(text: str, clause: Clause, told: list[Timex]) -> bool:
    """Whether ``clause`` opens with a complementizer (``أن``، ``إن``) and each of its dates ``told``
    is a day declared off (:func:`_declared_off`): what a clause before it announced."""
    cues = _date_cues()
    return bool(told) and _opens_with(clause, cues.complementizers) \
        and all(_declared_off(text, clause, t, told, cues) for t in told)


# how many words before a day declared off may hold the declaring word (أعلن مجلس الوزراء نهار)
_GRANT_WORDS = 4
# a bracket right after a date, holding what it says again: "(الأول والثاني من أغسطس)"
_BRACKET_AFTER = kept(r"^\s*(?:\([^()]{0,60})?\)")
# how many words a date restating another may take, its restating word included (والموافق السادس من آب أغسطس الجاري)
_RESTATED_WORDS = 8


def _these_days(text: str, clause: Clause, t: Timex, before: list[str], cues: _DateCues) -> bool:
    """Whether ``t`` is a bare ``اليوم`` meaning "these days" (``nowadays``): right after a
    pronoun standing for the subject or "until" (``وهو اليوم أكبر مجموعة``، ``لم تنشر إلى
    اليوم``: ``nowadays_pronouns`` of relative.yaml, ``nowadays_until``), or beside a verb of state,
    among the two words before it or right after it (``تعد الهيئة اليوم أكبر مستثمر``، ``عدن اليوم
    باتت أكثر أمنا``: ``nowadays_states`` of relative.yaml)."""
    said = _fold_window(text, t.start, t.end)
    if not any(w in said for w in cues.nowadays):
        return False
    words = _WORD.findall(said)
    if len(words) == 2 and words[0] in cues.nowadays_after and words[1] in cues.nowadays:
        return True  # وما تزال تعمل حتى اليوم: "until" inside the expression
    if unjoined(said) not in cues.nowadays:
        return False
    after = _WORD.findall(_fold_window(text, t.end, min(clause.end, t.end + 24)))[:1]
    last = before[-1] if before else ""
    return bool(last in cues.nowadays_after or last[:1] in clitic_prefixes().conjunctions and last[1:] in cues.nowadays_after
                or cues.nowadays_states.intersection(before + after))


def _bound(t: Timex, before: list[str], cues: _DateCues) -> bool:
    """Whether ``t``, a day or coarser, comes right after a word that makes it a bound of the
    happening: with no bound of its own (``قبل 20 أغسطس``، ``بعد عام 2003``: ``bounds``), or any
    (``بحلول نهاية العام``، ``بحلول 2030``: ``targets``)."""
    return bool(before and (before[-1] in cues.bounds and t.mod is None or before[-1] in cues.targets)
                and t.grain is not None and t.grain.rank >= Grain.DAY.rank)


def _any_season(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is a season named alone, counted from the publication (``الصيف``، ``فصل
    الشتاء``; not ``هذا الصيف``، ``الصيف الماضي``، ``صيف 2014``): the season in general
    (``seasons`` of ``lang/ar/event_dates.yaml``), unless a future cue before it in its clause
    (``future_cues`` of ``relative.yaml``) tells the coming one (``ستبدأ المصافي الصيانة استعدادا
    لموسم الشتاء``، ``من المتوقع أن يستمر التراجع عبر الصيف``)."""
    if t.rule != "<season>" or t.anchor is not Anchor.PUBLISHED:
        return False
    if len([w for w in _WORD.findall(_fold_window(text, t.start, t.end)) if w not in cues.season_nouns]) != 1:
        return False
    said = _fold_window(text, clause.start, t.start)
    future = load_lexicon().future_cues
    return not any(unjoined(w) in future or w in future for w in _WORD.findall(said)) \
        and not any(" " in cue and cue in said for cue in future)


def _an_amount(t: Timex) -> bool:
    """Whether ``t``, glued to ل, is an amount (``لشهر واحد``: for one month) or a period
    things are counted for (``لشهر يوليو``: July's figures), not a day something is put
    off to (``ليوم الخميس السادس من أغسطس``، ``ليوم 20 سبتمبر``: adjourned to that day)."""
    words = _WORD.findall(fold(t.text))
    if words[0] != "يوم" or len(words) < 2:
        return True
    cardinals = load_lexicon().cardinals
    return all(w in cardinals for w in words[1:]) and not any(c.isdigit() for c in t.text)


# how many words before منذ may tell what its date is of, when it is not the clause's happening: a
# superlative it measures a record from (أدنى مستوى له منذ 30 يناير: :func:`_since_a_record`), a relative
# pronoun whose clause it dates (الحملة التي تقودها السعودية منذ 26 مارس: :func:`_since_of_antecedent`)
_SINCE_WORDS = 5


@functools.lru_cache(maxsize=None)
def _record_term(code: str = "ar") -> dt.timedelta:
    """``record_term_days`` of ``lang/<code>/event_dates.yaml``: the least a record's term lies back."""
    return dt.timedelta(days=int(load_language_yaml(code, "event_dates.yaml")["record_term_days"]))


def _since_a_record(text: str, start: int, t: Timex, cues: _DateCues, published: dt.datetime | None = None) -> bool:
    """Whether the "since" ``t``, in a clause or a piece opening at ``start``, measures a record (``أدنى
    مستوى له منذ 30 يناير``: a superlative, ``superlatives`` of ``lang/ar/event_dates.yaml``, read with its
    clitics or the article off — ``بأعنف قصف منذ ستة أشهر``، ``الأعلى منذ`` —, among the :data:`_SINCE_WORDS`
    words before منذ): the date is the term the level is compared with, not the time of the happening
    (today's close). Given the ``published`` date,
    not a since of the last days (``record_term_days``: ``أخطر المطلوبين اعتقل منذ ثلاثة أيام``، ``تقصف
    بأقوى أسلحتها المدينة منذ الخميس``): that is when the happening began, no record's term."""
    if published is not None and t.interval is not None \
            and published.date() - t.interval[0].date() < _record_term():
        return False
    words = [unjoined(w) for w in _WORD.findall(_fold_window(text, max(start, t.start - 48), t.start))]
    if words and words[-1] in cues.since:
        words = words[:-1]
    return any(_bare_in(w, cues.superlatives) for w in words[-_SINCE_WORDS:])


def _a_since(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is a "since" (``since`` of ``lang/ar/event_dates.yaml`` opening it or right before it)."""
    opening = _WORD.search(_fold_window(text, t.start, t.end))
    before = _WORD.findall(_fold_window(text, max(start, t.start - 12), t.start))[-1:]
    return (opening is not None and opening.group() in cues.since) or bool(before and unjoined(before[0]) in cues.since)


def _dates_anew(text: str, start: int, end: int, dating: SpanIndex[Timex],
                published: dt.datetime | None = None) -> bool:
    """Whether the piece ``text[start:end]`` holds a date that may open another happening: one that is
    not a since measuring a record (``اتهمت الحكومة اليوم، المتمردين بشن أعنف هجوم منذ ستة أشهر``: the
    record is the accusation's object, told in its clause, not a happening of its own)."""
    cues = _date_cues()
    return any(not (_a_since(text, start, t, cues) and _since_a_record(text, start, t, cues, published))
               for t in dating.starting_in(start, end))


def _since_of_antecedent(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether the "since" ``t`` sits in a relative clause inside its clause (a relative pronoun among
    the :data:`_SINCE_WORDS` words before منذ, not opening the clause, or right after a definite noun's
    definite participle: ``الطائرة المفقودة منذ 8 آذار``): the date is when the antecedent's state began
    (``الحملة التي تقودها السعودية منذ 26 مارس``، ``أريحا التي تسيطر عليها المعارضة منذ 28 مايو``), not
    the time of the clause's happening."""
    if any(w in cues.cut_off for w in _WORD.findall(_fold_window(text, t.start, t.end))):
        return False  # منذ ليل أول أمس وحتى صباح أمس: a span told whole, the happening's
    found = list(_WORD.finditer(_fold_window(text, max(clause.start, t.start - 64), t.start)))
    if found and unjoined(found[-1].group()) in cues.since:
        found = found[:-1]
    words = [unjoined(m.group()) for m in found[-_SINCE_WORDS:]]
    if len(words) >= 2 and _DEFINITE_WORD.match(words[-2]) and _PARTICIPLE.match(words[-1]) \
            and not (words[-2].endswith("ه") and words[-1][-1] not in "هنت"):
        # الطائرة المفقودة منذ 8 آذار: the participle is a relative clause (التي فقدت); not a noun of that
        # shape that does not agree with a feminine word before it, an object (بدأت الحكومة المشروع منذ عامين)
        return True
    opening = _WORD.search(_fold_window(text, clause.start, clause.end))
    first = unjoined(opening.group()) if opening else ""
    pronouns = relative_pronouns()
    return any(w in pronouns for w in words) and not (first in pronouns and len(found) <= _SINCE_WORDS)


# a definite passive participle of the simple verb (folded, مفعول): المفقودة، المخطوف، المعروفين; not
# the derived forms, which read as adjectives too (القوات المشتركة منذ 26 مارس: the main verb's since)
_PARTICIPLE = kept(r"^الم\w\wو\w(?:ه|ين|ون|ات)?$")


def _opens_a_tally(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether the "since" ``t`` opens a count rather than dating the happening: a tally word
    (``عدد``، ``حصيلة``) before it in the clause (``ليرتفع عدد قتلى الشرطة منذ 20 يوليو إلى
    21``)."""
    before = {_DEFINITE.sub("", w) for w in _WORD.findall(_fold_window(text, clause.start, t.start))}
    return bool(before & cues.tally)


# و/ف and the article (with ب/ل before it) off a word; not a bare preposition: "لعدد من" (for a
# number of) opens no tally (happenings._bare_forms would strip that too)
_DEFINITE = kept(r"^(?:" + _CONJ + r"?(?:[بل]?ال|لل)|" + _CONJ + r"(?=\w{3}))")


def _after_a_noun_in_brackets(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` (a bare year) stands in brackets after a noun (a work's title, a census,
    a named happening: ``«ظل يتقصف» (1995)``، ``الإحصاء الرابع (2004)``): that noun's year, not
    the clause's. After a year cue (``انتقل إلى الأهلي عام (2014)``) it is the clause's."""
    before = text[clause.start:t.start].rstrip()
    if not before.endswith("("):
        return False
    words = _WORD.findall(fold(before[-24:-1]))
    return not (words and unjoined(words[-1]) in cues.year_words)


def _secondary(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the date of a comparison (``مقارنة بعام 2013``: ``comparison`` of
    ``lang/ar/event_dates.yaml`` among the two words before it; ``بزيادة 20 ألفا عن يونيو
    الماضي``: ``compared_from`` right before it) or of a relative clause (``أقل من ذروته التي
    سجلها يوم الخميس``: ``الذي``، ``التي``… among the four words before it) rather than of the
    clause's predicate."""
    return _secondary_from(text, clause.start, t, cues) or _changed_from(text, clause.start, t, cues)


# how many words before a date may hold the "from" of an amount it is the date of (من 55 ألف طن عام 1998)
_FROM_REACH = 6


def _changed_from(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the date of the amount a change started from (``changed_from`` among the
    :data:`_FROM_REACH` words before it, right before a figure, with no "to" after it: ``قفز إلى 83
    مليارا في 2013 من عشرة مليارات في 2004``، ``تضاعف من 55 ألف طن عام 1998 إلى 100 ألف``؛ ``بدلا من
    49 سفينة عام 2014``), not after a comparative (``بعد هبوطه أكثر من 1% يوم الخميس``: ``superlatives``)
    nor before a "to" (``من 13 يناير إلى 2 فبراير``: a span)."""
    words = _amount_words(text, start, t.start)  # folded: "مِن", "مـن" are "من"
    at = max((k for k, w in enumerate(words) if w in cues.changed_from), default=None)
    if at is None or at + 1 >= len(words) or cues.cut_off.intersection(words[at + 1:]) \
            or cues.changed_to.intersection(words[at + 1:]) or at and words[at - 1] in cues.superlatives:
        return False
    figure = words[at + 1]
    return figure.isdigit() or bool(_DIGIT.search(figure)) or figure in load_lexicon().cardinals


_BRACKETED = kept(r"\([^()]*[^\W\d_][^()]*\)")  # with a word in it, not a figure alone: (38%)


def _amount_words(text: str, start: int, at: int) -> list[str]:
    """The last :data:`_FROM_REACH` words before ``at`` (from ``start``), bare, a decimal figure
    one word (``5.3 مليارات``) and a bracket of words left out (``13.2 مليار دولار (11.7 مليار يورو)
    عام 2023``: a conversion of the amount; not ``من (38%) عام 2012``)."""
    said = _BRACKETED.sub(" ", _DECIMAL.sub("", _fold_window(text, max(start, at - 96), at)))
    return [unjoined(w) for w in _WORD.findall(said)][-_FROM_REACH:]


@functools.lru_cache(maxsize=None)
def _to_pattern(code: str = "ar") -> re.Pattern[str]:
    """``changed_to`` of ``lang/<code>/event_dates.yaml`` as a pattern on raw text, every spelling
    folding to it (إلى، الى)."""
    variants = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}
    words = {fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["changed_to"]}
    return kept("|".join("".join(variants.get(c, re.escape(c)) for c in w) for w in sorted(words)))


def _projected(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the time a projected amount is for: a "to" (``changed_to``) right before a
    figure among the :data:`_FROM_REACH` words before it, in a clause told in the future (a future
    cue before it, ``future_cues`` of ``relative.yaml``: ``وسيؤدي المشروع إلى زيادة الإيرادات من 5.3
    مليارات دولار إلى 13.2 مليار دولار عام 2023``، ``سيرتفع الإنتاج إلى 100 ألف برميل في 2020``): a
    target, it dates nothing (like ``targets``: بحلول 2023)."""
    if not _to_pattern().search(text, max(clause.start, t.start - 96), t.start):
        return False  # a quick test on the raw text before the words are read
    words = _amount_words(text, clause.start, t.start)
    at = max((k for k, w in enumerate(words) if w in cues.changed_to), default=None)
    if at is None or at + 1 >= len(words):
        return False
    figure = words[at + 1]
    if not (figure.isdigit() or _DIGIT.search(figure) or figure in load_lexicon().cardinals):
        return False
    said = _fold_window(text, clause.start, t.start)
    future = load_lexicon().future_cues
    return any(unjoined(w) in future or w in future for w in _WORD.findall(said)) \
        or any(" " in cue and cue in said for cue in future)


# how many words before a date may hold a comparison told outright (مقارنة مع الفترة ذاتها من عام 2014)
_COMPARED_REACH = 5
# how many words before a date may hold a comparison whose term is an amount (مقابل 3.52 مليار سهم تم
# تداولها خلال الشهر السابق)
_AMOUNT_REACH = 8
# ... when it is told outright (مقارنة مع 10.7 مليار ريال خلال الفترة نفسها من العام الماضي)
_COMPARED_AMOUNT_REACH = 10
_DECIMAL = kept(r"(?<=\d)[.,٫،](?=\d)")  # the mark between two digits (deleted)


def _compared(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the term of a comparison told outright, which dates no happening even
    alone: after ``مقارنة``، ``قياسا``… (``compared``, among the five words before it: ``بانخفاض 2%
    مقارنة بالفترة ذاتها من عام 2014``), right after ``عن`` that follows an amount (``بزيادة 2%
    عن العام الماضي``; not ``أرباح نقدية عن الربع الثاني``, the period the profits are for), or
    after a comparison whose term is an amount told of the date (``مقارنة بـ 94 ألف ليلة في
    النصف الأول من العام الماضي``; after ``مقابل`` only when a figure comes before it in the
    clause: ``بلغ 2.60 مليار سهم مقابل 3.52 مليار سهم تم تداولها خلال الشهر السابق``, not a price:
    ``انضم إلى الفريق مقابل 14 مليون يورو في يناير الماضي``)."""
    window = max(start, t.start - 96)
    bare = _NO_MARKS.sub("", text[window:t.start])
    if not _any_of(cues.comparison_stems).search(bare):
        said = _fold_window(text, max(start, t.start - 12), t.start)
        if not any(w in said for w in cues.compared_from):  # the word is not even there: no words read
            return False
        last = _WORD.findall(said)[-1:]
        return bool(last and unjoined(last[0]) in cues.compared_from
                    and _DIGIT.search(text, max(start, t.start - 40), t.start))
    folded = _DECIMAL.sub("", _fold_window(text, window, t.start))  # 48,3 مليار: one figure, one word
    found = list(_WORD.finditer(folded))[-_COMPARED_AMOUNT_REACH:]
    words = [unjoined(m.group()) for m in found]
    if cues.compared.intersection(words[-_COMPARED_REACH:]):
        return True
    after_figure = [k for k in range(max(0, len(words) - _COMPARED_REACH), len(words))
                    if words[k] in cues.compared_after_figure and _period_term(words[k + 1:], cues)]
    if after_figure and (_DIGIT.search(folded, 0, found[after_figure[0]].start())
                         or _DIGIT.search(text, start, window)):
        return True  # تراجع بنسبة 6% في عدد القتلى بالنسبة إلى النصف الأول من العام الماضي
    if words and words[-1] in cues.compared_from:
        return bool(_DIGIT.search(text, max(start, t.start - 40), t.start))
    at = max((k for k, w in enumerate(words) if w in cues.comparison), default=None)
    if at is None or not any(w.isdigit() for w in words[at + 1:at + 3]):
        return False
    if words[at] not in cues.compared and len(words) - at > _AMOUNT_REACH:
        return False  # مقابل 44 مليون جنيه، وفقا لما ذكرته تقارير صحفية اليوم: too far to be its term
    return words[at] in cues.compared or bool(_DIGIT.search(text, start, window)
                                              or _DIGIT.search(folded, 0, found[at].start()))


def _period_term(between: list[str], cues: _DateCues) -> bool:
    """Whether the words ``between`` a comparison word told after a figure (بالنسبة) and a date
    leave the date its term: its preposition only (بالنسبة إلى النصف الأول، بالنسبة للعام الماضي), or
    a period's noun and "the same" (بالنسبة للفترة نفسها من العام الماضي); not another noun (بالنسبة
    للنازحين … في يوليو: "as for", "regarding")."""
    if between and between[0] in cues.compared_to:
        between = between[1:]
    return not between or (len(between) >= 2 and between[1] in cues.same_period)


@functools.lru_cache(maxsize=None)
def _any_of(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found wherever one of ``stems`` is (one search, not one ``in`` per stem)."""
    return kept("|".join(map(re.escape, stems)) or "(?!)")


def _secondary_from(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """:func:`_secondary` for a clause starting at ``start``."""
    words = [unjoined(w) for w in _WORD.findall(_fold_window(text, max(start, t.start - 48), t.start))]
    return bool(cues.comparison.intersection(words[-2:]) or (words and words[-1] in cues.compared_from)
                or relative_pronouns().intersection(words[-_SUBORDINATE_REACH:]))


def article_events(
    article_id: str,
    text: str,
    published: dt.datetime,
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    place: str | None = None,
    prefer: Prefer | str | None = None,
    inherit: bool = False,
    timexes: list[Timex] | None = None,
    pending: bool = False,
) -> list[Event]:
    """The events one article tells, in text order (``timexes`` defaults to :func:`tag`'s).

    ``place`` is the article's place, for events whose clause and sentence name none.
    ``pending``: also an undated event (no interval, value ``event:X+P3D``) for each clause
    dated only from a happening X the article does not date (see :mod:`timeline.anchors`),
    for :func:`timeline.merge.merge_events` to date from another article.
    """
    if timexes is None:
        timexes = tag(text, published, prefer=prefer)
    timexes = _quoted_today(text, _told_weekdays(text, timexes, published), published)
    relative = anchor_to_happenings(text, timexes)
    if relative:  # dated from a happening of the article: the phrase replaces the duration
        phrases = [a.timex for a in relative.values() if a.timex is not None]
        # and the day of X it spans (عشية جلسة للبرلمان اليوم الثلاثاء), dated or not (فجر يوم التفجير
        # الجمعة: X's weekday, not the last Friday)
        spans = phrases + [a.pending for a in relative.values() if a.pending is not None]
        inside = _inside_any(spans)
        timexes = sorted([t for t in timexes if t.start not in relative and not inside(t)] + phrases,
                         key=lambda t: t.start)
        anchors = {a.timex.start: a.what for a in relative.values() if a.timex is not None}
    else:
        anchors = {}
    meta = {"source": source, "url": url, "title": title}
    default_place = canonical_place(place)
    mentions: SpanIndex[PlaceMention] | None = None
    events: list[Event] = []
    last: Timex | None = None
    told_day: dt.date | None = None  # the last day (or finer date) an earlier clause set
    recent_day: dt.date | None = None  # … of those, within one day, at most _CLOCK_DAY_AGE before the publication
    last_clause: Clause | None = None
    dating = SpanIndex([t for t in timexes if t.interval is not None])
    spans = SpanIndex(list(timexes))  # a clause with an expression of its own inherits nothing
    waiting = sorted((a.pending for a in relative.values() if a.pending is not None),
                     key=lambda t: t.start) if pending else []
    days: list[tuple[Timex, int]] = []  # the days (or finer dates) the clauses told, in order, with their
    # sentences: a separate incident's
    before: tuple[Clause, list[Timex]] | None = None  # the clause just before, with its dates (to be
    # widened to their day, :func:`_the_day`, when a clause shares them: most are never asked for)
    clauses = split_clauses(text, timexes, published)
    for clause in clauses:
        said = [_on_the_recent_day(text, clause, _on_the_narrative_day(text, t, told_day), recent_day, published,
                                   dating)
                for t in _dating(text, clause, dating.starting_in(clause.start, clause.end), published)]
        # the report's day of an attribution tail, alone: a window, or no date of the happening
        own = [w for k, t in enumerate(said) if (w := _as_reported(text, clause, t, said[:k], spans)) is not None]
        recalled = None
        if not own and (memo := commemoration(text, clause.start, clause.end, timexes, published)) is not None:
            own = said = [memo[0]]  # في الذكرى الأولى لمقتله العام الماضي: X's date N years on, anchored to X
            anchors[memo[0].start] = memo[1]
        elif own:  # أحيت اليابان أمس الذكرى السبعين لإلقاء القنبلة: the bombing, 70 years before
            recalled = recalled_happening(text, clause.start, clause.end, clause.sentence_start, own,
                                          spans.starting_in(clause.start, clause.end), timexes, published)
        shared = ([_the_day(t) for t in before[1]] if before is not None and clause.simultaneous and not own
                  and before[0].sentence_index == clause.sentence_index else [])
        # a plan's date is not shared (… الجمعة المقبل، فيما يجري اللاعب أشعة: the x-ray is now), nor
        # the date of a clause a background since opens (ارتفعت | منذ انفجار الأزمة عام 2008، في حين
        # وصلت…: the crisis's year, not the happening told "while"), nor a date over a year before the
        # publication: background, and what is told "while" it is mostly today's (خسر لقبها عام 2009، في
        # حين فشل الفريق في معادلة الرقم: tonight's final)
        shared = [t for t in shared if t.interval is not None and _naive(t.interval[0]) <= _naive(published)
                  and _naive(t.interval[1]) > _naive(published) - _BACKGROUND_AGE]
        if shared and before is not None and _opens_with(before[0], _date_cues().since):
            shared = []
        if not own and not shared and before is not None and before[1] \
                and before[0].sentence_index == clause.sentence_index \
                and _deemed_said(text, clause, dating.starting_in(clause.start, clause.end)):
            shared = [_the_day(t) for t in before[1]]  # أعلن المجلس اليوم | أن الخميس المقبل سيتم اعتباره
            # إجازة: what was announced, dated by the announcement (the day off dates nothing)
        distinct = _distinct_dates(own)
        if own or shared or not _said_on(text, clause.start):  # (a statement cut off undated at a saying
            before = (clause, distinct[-1:] if own else shared)  # participle: what follows it "while"
            # shares the day of the clause before it: … أمس، مشيرا إلى أن …، فيما قتل 21)
        confidence = 1.0
        if not own and waiting:
            told = [t for t in waiting if clause.start <= t.start < clause.end]
            if told:
                if mentions is None:
                    mentions = SpanIndex(find_places(text))
                where = (pick_place(mentions.starting_in(clause.start, clause.end), clause.start, clause.end)
                         or default_place)
                sentence = text[clause.sentence_start:clause.sentence_end]
                offset = pending_offset(told[0].value)
                events.append(Event(article_id, published, clause, told[0], sentence, place=where,
                                    happening_anchor=offset[0] if offset else None, **meta))
        if own:
            dates, inherited, last, last_clause = distinct, False, own[-1], clause
            told_day = next((_naive(t.interval[0]).date() for t in reversed(said)  # a report's day, not its window
                             if _a_day_or_finer(t) and t.interval is not None), told_day)
            recent_day = _recent_day(said, published, recent_day)
            days += [(t, clause.sentence_index) for t in own]
            if not _content_words(text, clause.start, clause.end, spans, 1):
                continue  # a date and nothing else (a wire's time stamp ``11:57 ت م``, a heading): no happening told
            if mentions is None:
                mentions = SpanIndex(find_places(text))
            if _is_dateline(text, clause, spans, mentions):
                continue
        elif shared:  # a second happening told as simultaneous with the first (فيما، بينما)
            dates, inherited, confidence = shared, True, _SIMULTANEOUS_CONFIDENCE
        elif clause.reacts and (window := _reaction_window(text, clause, dating, published)) is not None:
            dates, inherited, confidence = [window], True, LEAD_CONFIDENCE  # أدانت المملكة | الجريمة التي…
        elif days and text.startswith(_IN, clause.start) and (day := _separate_day(text, clause, days, published,
                                                                                     spans)):
            dates, inherited, confidence = [_the_day(day)], True, _SEPARATE_CONFIDENCE  # وفي حادث منفصل
        elif inherit and last is not None and last_clause is not None \
                and not spans.count_starting_in(clause.start, clause.end) \
                and not _said_on(text, clause.start) \
                and not (last_clause.sentence_index == clause.sentence_index
                         and _opens_with(last_clause, _date_cues().since)) \
                and _passes_on(text, last, published) and _same_thread(text, last_clause, clause, last):
            dates, inherited = [_the_day(last)], True  # its day: the hour was told of another clause
            confidence = _INHERITED_CONFIDENCE[clause.sentence_index - last_clause.sentence_index]
        else:
            continue
        if mentions is None:  # only articles with events pay for the place search
            mentions = SpanIndex(find_places(text))
        where = (pick_place(mentions.starting_in(clause.start, clause.end), clause.start, clause.end)
                 or (None if clause.purpose else  # a purpose phrase takes no town of the report it ends
                     pick_place(mentions.starting_in(clause.sentence_start, clause.sentence_end),
                                clause.sentence_start, clause.sentence_end) or default_place))
        sentence = text[clause.sentence_start:clause.sentence_end]
        memory = anniversary_of(clause.text) or (recalled[1] if recalled is not None else None)
        for t in dates:
            what = anchors.get(t.start) or memory
            events.append(Event(article_id, published, clause, t, sentence, inherited, place=where,
                                happening_anchor=what, confidence=confidence, **meta))
        if recalled is not None and not inherited:  # X as an event of its own: the phrase to the clause's end
            phrase, what, until = recalled
            told = Clause(phrase.start, until, text[phrase.start:until], clause.sentence_index, clause.sentence_start,
                          clause.sentence_end)
            events.append(Event(article_id, published, told, phrase, sentence, place=where, happening_anchor=what,
                                confidence=RECALLED_CONFIDENCE, **meta))
    if inherit:
        _lead_event(text, published, clauses, events, article_id, default_place, meta)
    return events


@functools.lru_cache(maxsize=None)
def _separate_incident(code: str = "ar") -> re.Pattern[str]:
    """A folded clause opening with a separate incident (``separate_incidents`` of
    ``lang/<code>/event_dates.yaml``: ``وفي حادث منفصل``، ``وفي هجومين منفصلين``), read once."""
    data = load_language_yaml(code, "event_dates.yaml")["separate_incidents"]
    nouns = {form for noun in map(str, data["nouns"]) for form in (fold(noun), *dual(noun))}
    words = {form for word in map(str, data["words"]) for one in feminine(word) for form in (one, *dual(one))}
    return re.compile(_CONJ + rf"?في\s+{trie_regex(nouns, cache=None)}\s+{trie_regex(words, cache=None)}(?!\w)")


@functools.lru_cache(maxsize=None)
def _meanwhile(code: str = "ar") -> re.Pattern[str]:
    """A folded clause opening with a connective of the same time (``meanwhile`` of
    ``lang/<code>/event_dates.yaml``: ``في غضون ذلك``، ``وفي هذه الأثناء``), read once."""
    return _opening(load_language_yaml(code, "event_dates.yaml")["meanwhile"])


def _separate_day(text: str, clause: Clause, days: list[tuple[Timex, int]], published: dt.datetime,
                  spans: SpanIndex[Timex]) -> Timex | None:
    """The day a clause with no date of its own that opens its sentence with a separate incident
    (:func:`_separate_incident`: ``وفي حادث منفصل، قتل جندي``) took place on: the last of the
    ``days`` (with their sentences) told before it that passes on (:func:`_passes_on`) and is the
    publication's or one of the :data:`_REPORT_DAYS` before (a roundup tells the incidents of its
    days; an older day is background). So for a clause opened by a connective of the same time
    (:func:`_meanwhile`: ``في غضون ذلك، اعتقلت الشرطة عشرات``, at its sentence's start or where
    the connective cut it) that tells a happening in the perfect (``في الوقت نفسه تتواصل المعارك``:
    a state going on; ``في الوقت نفسه يبقى الباب مفتوحا``: a comment), from a day told at most
    :data:`_MEANWHILE_REACH` sentences before. None for any other clause, and for one telling a time
    of its own without a date (``وفي حادث مماثل شهدته القرية قبل سنوات``: an older incident;
    ``في هذه الأثناء``, an expression itself, is the connective's)."""
    opening = _fold_window(text, clause.start, min(clause.end, clause.start + 96))
    meanwhile = _meanwhile().match(opening)
    if meanwhile is None and (text[clause.sentence_start:clause.start].strip()
                              or not _separate_incident().match(opening)):
        return None
    told = spans.starting_in(clause.start, clause.end)
    reach = None
    if meanwhile is not None:
        told = [t for t in told if not (t.start < clause.start + len(meanwhile.group()) + 2
                                        and fold(t.text) in meanwhile.group())]
        lexicon = load_triggers()
        words = _WORD.findall(opening, meanwhile.end())[:_OPENING_VERB_WORDS]
        if lexicon.happening(_without_purposes(fold(clause.text), lexicon)) is None or _opens_present(words):
            return None
        reach = clause.sentence_index - _MEANWHILE_REACH
    if any(t.interval is None for t in told):
        return None
    first = _naive(published).date() - _REPORT_DAYS
    return next((t for t, sentence in reversed(days) if t.interval is not None and _passes_on(text, t, published)
                 and _naive(t.interval[0]).date() >= first and (reach is None or sentence >= reach)), None)


def _reaction_window(text: str, clause: Clause, dating: SpanIndex[Timex], published: dt.datetime) -> Timex | None:
    """The date of a reaction whose object was cut off with its date (``Clause.reacts``, :func:`_reacts_to`):
    the window of its report (:func:`timeline.leads.reaction_window`, bounded by the object's date, the
    sentence's first after the clause, or its last before a reactor's next act, :func:`_reaction_resumed`),
    or the date told in the reaction's own vehicle after the object (:func:`_vehicle_after`: ``الهجوم
    الذي وقع الجمعة، في بيان أصدرته مساء أمس``: the statement's evening, inherited); None for a clause
    that tells no reaction, or when the
    reaction is told ahead (``ستدين``) or opens background (``وكانت الحكومة أدانت``:
    ``background_openers``), whose day the report does not give."""
    folded = fold(clause.text)
    lexicon = load_triggers()
    first = _WORD.findall(folded)[lexicon.dateline(folded):][:1]  # past a dateline (سبق - أبها:)
    if (not lexicon.is_reaction(lexicon.happening(folded)) or opening_tense(folded) is Told.AHEAD
            or _date_cues().background_openers.intersection(map(unjoined, first))):
        return None
    told = (dating.starting_in(clause.end, clause.sentence_end)  # the object's date, after the reaction or,
            or dating.starting_in(clause.sentence_start, clause.start)[-1:])  # for the reactor's next act, before
    vehicle = _vehicle_after(text, told[0].end, clause.sentence_end, _date_cues()) if told else None
    if vehicle is not None:  # الهجوم الذي وقع الجمعة، في بيان أصدرته مساء أمس: the statement's evening
        stop = _TAIL_END.search(text, vehicle.end(), clause.sentence_end)
        own = dating.starting_in(vehicle.end(), stop.start() if stop else clause.sentence_end)
        if own:
            return own[0]
    return reaction_window(clause, published, told[0] if told else None)


def _lead_event(text: str, published: dt.datetime, clauses: list[Clause], events: list[Event],
                article_id: str, default_place: str | None, meta: dict[str, Any]) -> None:
    """Put into ``events`` (text order) the lead's report window (:mod:`timeline.leads`)
    when the lead reports a past happening and no event was made of its sentence."""
    index = lead_sentence(text, clauses)
    if index is None or any(e.clause.sentence_index == index for e in events):
        return
    clause = next(c for c in clauses if c.sentence_index == index)
    window = report_window(clause, published)
    assert window.interval is not None
    if _older_news(text, events, index, window.interval):
        return
    sentence = text[clause.sentence_start:clause.sentence_end]
    where = pick_place(find_places(sentence), clause.start - clause.sentence_start,
                       clause.end - clause.sentence_start) or default_place
    event = Event(article_id, published, clause, window, sentence, True, place=where,
                  confidence=LEAD_CONFIDENCE, **meta)
    at = next((i for i, e in enumerate(events) if e.clause.start > clause.start), len(events))
    events.insert(at, event)


def _older_news(text: str, events: list[Event], index: int, window: tuple[dt.datetime, dt.datetime]) -> bool:
    """Whether the first day the :data:`_LEAD_CHECKED` sentences after the lead (sentence
    ``index``) tell, as the date of their own clause and counted from the publication, is
    before the report ``window``: the lead tells older news (``أشاد أمير المنطقة بالمواقف
    البطولية. وقال خلال استقباله المواطنين أمس الأول…``); a first day inside the window
    confirms it (``قال الأمير إن الحوادث لن تثني عزائمنا. جاء هذا خلال ترؤسه مساء أمس اجتماعا…``,
    and what the later sentences date is its background). A date named outright (``1/9/1436
    هـ``: the story's background), a quoted one, a since's, one ahead, a relative or
    subordinate clause's (``الذي استشهد أمس الأول``, ``بعد إطلاق الحملة في 24 يوليو``:
    ``subordinate``), one of what will be done (``وإن تشريح الجثة سيتم اليوم``) and one of a clause
    opening as background (after ``كان``, ``سبق``, ``الجدير``: ``إلحاقاً لما سبق إعلانه يوم الخميس``،
    ``الجدير ذكره أن باب الترشح فتح في…``; ``reported_past_openers`` and ``background_openers``; all
    of ``lang/ar/event_dates.yaml``) say nothing of the lead."""
    cues = _date_cues()
    first_day, last_day = (_naive(d) for d in window)
    for event in events:
        t = event.timex
        if (event.inherited or not index < event.clause.sentence_index <= index + _LEAD_CHECKED
                or t.anchor is not Anchor.PUBLISHED or t.interval is None or t.grain is None
                or t.grain.rank > Grain.DAY.rank or _naive(t.interval[0]) >= last_day):
            continue
        before = [unjoined(w) for w in _WORD.findall(_fold_window(text, event.clause.start, t.start))]
        near = before[-_SUBORDINATE_REACH:]
        if (before and before[0] in cues.background_openers or cues.reported_past_openers.intersection(before[-3:])
                or cues.since.intersection(before[-2:]) or t.mod == "ON_OR_AFTER"
                or cues.subordinate.intersection(near) or any(map(future_verb, near))):
            continue
        said = text[text.rfind("\n", 0, t.start) + 1:t.start]
        if said.count("«") > said.count("»") or said.count('"') % 2 == 1:
            continue
        return _naive(t.interval[0]) < first_day
    return False


def _passes_on(text: str, t: Timex, published: dt.datetime) -> bool:
    """Whether the narrative's date ``t`` may date the undated clauses that follow it: one day
    or less (a year, a season or a decade is the background of a story, not the time of its
    next happening: ``وفي عام 2012 اجتمعوا سرا. وبعد الاجتماع سقط نجادي``; days told as one span,
    ``خلال اليومين الماضيين``, hold what went on over them, not one day's), and not after
    the publication (a plan's date: ``في الانتخابات التي ستجري في 26 فبراير. وأعرب عن قلقه``
    tells a worry of today), not a "since" (``المفقودة منذ 8 مارس 2014``: the start of a
    state) and not a bare ``اليوم``, which is also "nowadays" (``المركز مطالب اليوم``:
    ``nowadays`` of ``lang/ar/event_dates.yaml``), nor one that dates a relative or
    subordinate clause rather than its clause's predicate (``جبهة العند التي استعادها الثوار
    بالأمس``، ``قبل توصيله للمسجد ظهر الجمعة``: ``subordinate`` of that file, among the
    few words before it), nor one inside a quotation (``وقال: «يوم الأربعاء تلقيت دعوة»``:
    the speaker's story, not the narrative's)."""
    if (t.interval is None or t.grain is None or t.grain.rank > Grain.DAY.rank
            or t.interval[1] - t.interval[0] > _ONE_DAY  # days told as one span (اليومين الماضيين، خلال أسبوع)
            or _naive(t.interval[0]) > _naive(published) or t.mod == "ON_OR_AFTER"):
        return False
    cues = _date_cues()
    before = _WORD.findall(_fold_window(text, max(0, t.start - 48), t.start))[-_SUBORDINATE_REACH:]
    said = text[text.rfind("\n", 0, t.start) + 1:t.start]  # a quotation may hold several sentences
    quoted = said.count("«") > said.count("»") or said.count('"') % 2 == 1
    return not quoted and unjoined(fold(t.text)) not in cues.nowadays and not cues.subordinate.intersection(before)


def _same_thread(text: str, dated: Clause, clause: Clause, date: Timex) -> bool:
    """Whether an undated clause goes on telling the happening of the last dated one: in
    the same or the next sentence, no paragraph break between; it does not open another
    thread (background: ``وكان``, ``يذكر أن``; a turn or another speaker: ``إلى ذلك``,
    ``من جهته``, ``في وقت لاحق``, ``ويأتي ذلك``: ``background_openers``, ``thread_breaks``
    and ``aside`` of ``lang/ar/event_dates.yaml``); it tells a happening (a happening word,
    ``lang/ar/triggers.yaml``: a description or a comment tells none) of the group of the
    happening the date tells, names no other instance of it (:func:`_another_happening`) and
    does not move to a place the dated clause does not name (:func:`_elsewhere`)."""
    if clause.sentence_index - dated.sentence_index > 1 or "\n" in text[dated.end:clause.start]:
        return False
    folded = fold(clause.text)
    cues = _date_cues()
    if cues.thread_break.match(folded) or not _told_done(clause.text, folded, cues):
        return False
    lexicon = load_triggers()
    kind = lexicon.happening(_without_purposes(folded, lexicon))
    if kind is None or _another_happening(folded):
        return False
    # the happening the date tells: the happening word nearest before it (the predicate
    # comes first in Arabic news), else the nearest after it
    told = lexicon.happening(fold(dated.text), at=len(_fold_window(text, dated.start, date.start)))
    return told is not None and lexicon.group(told) == lexicon.group(kind) and not _elsewhere(dated, clause)


def _told_done(text: str, folded: str, cues: _DateCues) -> bool:
    """Whether a clause may go on with the day the narrative told: it is not told ahead or as
    going on (:func:`timeline.leads.opening_tense`: ``كما ستفتح المحافظة شواطئها``, a plan;
    ``وتتواصل المعارك``, a state; nor after ``background_state``: ``في وقت تشهد البلاد توترا``)
    and it names no time of its own that the tagger could not read (``own_time`` of
    ``lang/ar/event_dates.yaml``: ``في أواخر يوني الماضي``, a month misspelt)."""
    if opening_tense(folded) in (Told.AHEAD, Told.NOW):
        return False
    if any(cues.state.match(text, at) for at in {0, _CONJ_HEAD.match(text).end()}):  # (و)في وقت تشهد; the
        return False  # ف of في is no conjunction
    return cues.own_time.isdisjoint(_WORD.findall(folded))


def _elsewhere(dated: Clause, clause: Clause) -> bool:
    """Whether ``clause`` opens by naming a place (``وفي تعز قتل مدني``) that the dated
    clause does not name: the story moves to another place."""
    head = _LOCATIVE_HEAD.match(clause.text)
    if head is None:
        return False
    named = {m.place.name for m in find_places(dated.text)}
    return any(m.locative and m.place.name not in named for m in find_places(head.group()))


def _without_purposes(folded: str, lexicon: TriggerLexicon) -> str:
    """A folded clause without the happening words glued to a lam (``كما تجري الاستعدادات
    لاستعادة القاعدة``: a recapture aimed at, not told); a word that is a happening word as
    it stands (``لقاء``) stays. The lam of ``تعرضت لهجوم`` goes too: such a clause inherits
    only through another happening word (a little recall for precision)."""
    def keep(m: re.Match[str]) -> str:
        word = m.group()
        return " " if lexicon.word_class(word[1:]) is not None and word not in lexicon.exact else word
    return _PURPOSE.sub(keep, folded)


def _another_happening(folded: str) -> bool:
    """Whether a folded clause names a happening word followed (past at most one
    qualifier) by a word saying it is another one (``اندلعت اشتباكات مسلحة أخرى``,
    ``هجوم جديد``: ``other_instance`` of ``lang/ar/event_dates.yaml``)."""
    words = _WORD.findall(folded)
    other, lexicon = other_instance_words(), load_triggers()
    return any(other.intersection(words[i + 1:i + 3]) and lexicon.word_class(w) is not None
               for i, w in enumerate(words) if i + 1 < len(words))


def _rows(articles: pl.DataFrame, inherit: bool) -> Iterator[dict[str, Any]]:
    has_prefer = "prefer" in articles.columns
    for row in articles.iter_rows(named=True):
        published = row["published"]
        if row.get("utc_offset") is not None and published.tzinfo is None:
            published = published.replace(tzinfo=dt.timezone(row["utc_offset"]))
        for event in article_events(
            str(row["id"]),
            row["text"] or "",
            published,
            source=row.get("source"),
            url=row.get("url"),
            title=row.get("title"),
            place=row.get("place"),
            prefer=row["prefer"] if has_prefer else None,
            inherit=inherit,
            pending=True,
        ):
            yield event.as_row()


def extract_events(articles: pl.DataFrame | Any, *, inherit: bool = False) -> pl.DataFrame:
    """Events of a batch of articles (columns of :data:`~timeline.frame.ARTICLE_SCHEMA`).

    ``articles`` is a polars frame or any Arrow table or stream (an object with
    ``__arrow_c_stream__``: pyarrow, DuckDB, pandas' Arrow tables...); the result is a polars
    frame, which is itself an Arrow stream for other engines. Pure: the result depends only
    on the batch, rows come out in article and text order, ``cluster``/``n_sources``/
    ``date_conflict`` are null (see :func:`timeline.merge.merge_events`), so batches can run
    on many cores or machines and be concatenated. An optional ``utc_offset`` duration
    column gives each publication's UTC offset (see :mod:`timeline.zones`).
    """
    if not isinstance(articles, pl.DataFrame):
        if not hasattr(articles, "__arrow_c_stream__"):
            raise TypeError(f"articles: a polars frame or an Arrow table, not {type(articles).__name__}")
        articles = pl.DataFrame(articles)
    return events_frame(_rows(articles, inherit))


def articles_frame(articles: Iterable[Article]) -> pl.DataFrame:
    """A batch of :class:`~timeline.articles.Article` as a frame for :func:`extract_events`
    (:data:`~timeline.frame.ARTICLE_SCHEMA` and each publication's ``utc_offset``)."""
    rows = [
        {
            "id": a.id,
            "text": a.text,
            "published": _naive(a.published),
            "title": a.title,
            "url": a.url,
            "source": a.source,
            "place": a.place,
            "prefer": a.prefer.value if isinstance(a.prefer, Prefer) else a.prefer,
            "utc_offset": a.published_at.utcoffset(),
        }
        for a in articles
    ]
    schema = pl.Schema({**ARTICLE_SCHEMA, "utc_offset": pl.Duration("us")})
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame({k: [r[k] for r in rows] for k in schema}, schema=schema)


def events_from_articles(articles: Iterable[Article], *, inherit: bool = False) -> pl.DataFrame:
    """:func:`extract_events` over a list of :class:`~timeline.articles.Article`."""
    return extract_events(articles_frame(articles), inherit=inherit)
