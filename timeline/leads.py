"""The lead's happening that no expression dates: the window of its report.

News tells the day's main happening in its lead, often with no temporal expression at all
(``أعلنت وزارة الداخلية هوية الانتحاري``, ``حظر رئيس الوزراء سفر المسؤولين``): a morning
paper tells yesterday's news, a site today's. HeidelTime's news mode anchors such text to
the document's creation time; here that is done only for the lead, and never finer than
what is known:

- the lead is the article's first sentence of at least ``least_words`` words among its
  first ``reach`` sentences (bylines, photo captions and dateline lines are shorter:
  ``عين اليوم – متابعات``, ``رئيس الوزراء حيدر العبادي``), ``lang/<code>/leads.yaml``, and
  holds ``report_words`` words or more (not a quotation's introduction, a poem's line);
- it reports a past act or statement: past a dateline before a colon (``سبق - جدة:``) and
  lead-ins (``كما``), it opens with a third-person perfect verb of ``leads.yaml`` or a
  speech verb of ``event_dates.yaml`` (``أعلنت``، ``قتل``، ``استقبل``; not ``يستعد``,
  ``بدا``, a noun);
- no expression of the sentence dates anything (:mod:`timeline.events` made no event of it), but a
  relative clause of what is to come or goes on, in a piece cut off after the lead's first
  (``أكد المدرب أن المهاجم سيغيب عن | القائمة التي ستلعب مباراة الافتتاح اليوم``: the match's day,
  not the statement's; :func:`ahead_relative`).

Its date is the report's window, the publication's day or the day before: the interval
[day − 1, day + 1) at day grain, value ``D-1/D`` (:func:`report_window`), an empty
expression at the clause's start (``text[start:start] == ""``), anchored to the
publication, ``inherited`` with ``date_confidence`` :data:`LEAD_CONFIDENCE`: like an
inherited row, it follows and never leads a merge (:mod:`timeline.follow`).

A happening whose only date is its report's day, told in an attribution tail (``قتل خمسة
جنود في هجوم، بحسب ما أفاد مصدر أمني الاثنين``), is read the same way when its clause opens
with a perfect (:func:`opening_tense`): done on that day or the day before (:func:`told_window`,
the tail's expression kept); told ahead (``سيخضع``، ``من المقرر أن``), the report's day is
not its day at all.

A reaction whose own predicate carries no date, the sentence's date lying in a relative clause of
what it reacts to (``أدانت المملكة الجريمة التي نفذها مستوطنون فجر أمس``: the crime's dawn), is
read the same way: the report's window, not the date of its object (:func:`reaction_window`; only
the publication's day when the object was told on that day), and this with or without ``inherit``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline._programs import kept
from timeline._types import Anchor, Grain, Timex, TimexType
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.happenings import load_triggers
from timeline.lexicon import COMMAS, clitic_prefixes, load_lexicon, perfect_persons, relative_pronouns, unjoined
from timeline.normalize import fold
from timeline.tense import future_verb, perfect_verb
from timeline.verbs import load_shapes

if TYPE_CHECKING:
    from timeline.events import Clause

__all__ = ["CANDIDATE_CONFIDENCE", "LEAD_CONFIDENCE", "LEAD_RULE", "REACTION_RULE", "TOLD_RULE", "Told", "ahead_relative",
           "lead_sentence", "opening_tense", "perfect_forms", "reaction_window", "report_window", "told_window"]

LEAD_CONFIDENCE = 0.4
"""How sure a lead's report window is: below an inherited date's (0.5, 0.7), as it rests on
no expression of the text, only on the convention that a lead tells the day's news."""

CANDIDATE_CONFIDENCE = 0.3
"""How sure a lead's report window made without ``inherit`` is: a candidate, below
:data:`LEAD_CONFIDENCE`. The merge keeps it in an entry of undated leads of three outlets or
more, no told row beside them (:func:`timeline.windows.confirmed_windows`: one release the
outlets lead with), or alone when no other outlet's candidate and no told row of its days tell
it (a lone lead: the day's news by the convention, though it may be older news told as new: a
wire piece days old, a statement made at an earlier act)."""

LEAD_RULE = "lead report window"
"""The ``rule`` of a report window's :class:`~timeline._types.Timex`."""

TOLD_RULE = "report window"
"""The last part (after `` + ``) of the ``rule`` of a report's day read as the window of what it
reports (:func:`told_window`)."""


REACTION_RULE = "reaction report window"
"""The ``rule`` of a reaction's report window (:func:`reaction_window`)."""


class Told(str, enum.Enum):
    """How a clause tells its happening (:func:`opening_tense`)."""

    AHEAD = "ahead"  # to come: سيخضع، سوف، من المقرر أن
    DONE = "done"  # a perfect: قتل، سيطرت
    NOW = "now"  # a present: يخضع، تستعد


_FUTURE_WORDS = 3  # the most words of a future cue opening a clause (من المقرر أن)
_FRONTED = 3  # the most words of a fronted adverbial before its comma (وفي السياق ذاته، قتل)

_WORD = kept(r"\w+")
# the marks that close a sentence (or open a quotation): a line ending with none is a caption or a headline
_LINE_END_MARKS = frozenset(".!?؟…:؛;")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029")


def perfect_forms(verb: str) -> frozenset[str]:
    """The third-person perfect forms of a folded verb written in the masculine
    (``اعلن`` → ``اعلن، اعلنت، اعلنا، اعلنوا، اعلنتا``); a last ``ي`` or ``ا`` drops before
    the endings (``دعا`` → ``دعت، دعوا``; ``تلقي`` → ``تلقت، تلقوا``), and is also kept before
    ``ت`` (``توفي`` → ``توفيت``): :func:`timeline.lexicon.perfect_persons`."""
    return perfect_persons(verb)


class _Leads:
    __slots__ = ("least_words", "reach", "report_words", "verbs")

    def __init__(self, least_words: int, reach: int, report_words: int, verbs: frozenset[str]) -> None:
        self.least_words, self.reach, self.report_words, self.verbs = least_words, reach, report_words, verbs


@functools.lru_cache(maxsize=None)
def _leads(code: str = "ar") -> _Leads:
    """``lang/<code>/leads.yaml`` with the speech verbs of ``event_dates.yaml`` (read once)."""
    data = load_language_yaml(code, "leads.yaml")
    where = f"timeline.lang.{code}/leads.yaml"
    for key in ("least_words", "reach", "report_words"):
        if not isinstance(data.get(key), int) or data[key] < 1:
            raise LanguageDataError(f"{where}: {key}: expected a positive whole number, got {data.get(key)!r}")
    listed = data.get("verbs")
    if not isinstance(listed, list) or not listed:
        raise LanguageDataError(f"{where}: verbs: expected a list of verbs")
    speech = load_language_yaml(code, "event_dates.yaml")["speech_verbs"]
    verbs = frozenset(form for v in (*listed, *speech) for form in perfect_forms(fold(str(v))))
    return _Leads(data["least_words"], data["reach"], data["report_words"], verbs)


def _opening(folded: str) -> tuple[list[str], int]:
    """The words of a folded clause past a dateline before a colon, and how many lead-ins (إلى
    ذلك، كما، من) open them."""
    lexicon = load_triggers()
    words = _WORD.findall(folded)[lexicon.dateline(folded):]
    k = 0
    while k < len(words) and lexicon.lead_in(words[k]):
        k += 1
    return words, k


def _listed_perfect(first: str) -> bool:
    """Whether a folded word is a third-person perfect of :func:`_leads`, after و or ف or not."""
    return clitic_prefixes().reads(first, _leads().verbs, least=4)


def _reports(folded: str) -> bool:
    """Whether a folded sentence opens, past a dateline before a colon and lead-ins, with a
    third-person perfect verb of an act or a statement (:func:`_leads`), after و or ف."""
    words, k = _opening(folded)
    return k < len(words) and _listed_perfect(words[k])


def opening_tense(folded: str) -> Told | None:
    """How a folded clause tells its happening, read from its first word past a dateline and
    lead-ins (:func:`_opening`): :attr:`Told.AHEAD` (a future cue or verb, :func:`timeline.tense.future_verb`:
    ``سيخضع``، ``سوف``، ``من المقرر أن``; ``لن`` + a word), :attr:`Told.DONE` (a third-person perfect of :func:`_leads`
    or :func:`timeline.tense.perfect_verb`: ``قتل``، ``سيطرت``، ``وفازت``; ``لم`` + a word), :attr:`Told.NOW` (a present verb by
    its shape: ``يخضع``، ``تستعد``) or None (a noun, an adverb: ``ووسط``). When the first word tells
    nothing and a comma closes a fronted adverbial within :data:`_FRONTED` words (``ميدانيا، سقط``،
    ``وفي السياق ذاته، قتل``), the words after that comma are read."""
    said = _tense_of(folded)
    comma = min((at for at in map(folded.find, COMMAS) if at >= 0), default=-1)
    if said is None and comma > 0 and len(_WORD.findall(folded[:comma])) <= _FRONTED:
        return _tense_of(folded[comma + 1:])
    return said


def _tense_of(folded: str) -> Told | None:
    """:func:`opening_tense` of the first word of ``folded`` alone."""
    words, k = _opening(folded)
    if k == len(words):
        return None
    # a future cue may open with a lead-in's word (ومن المتوقع أن)
    if any(future_verb(" ".join(words[i:i + n])) for i in range(k + 1) for n in range(1, _FUTURE_WORDS + 1)):
        return Told.AHEAD
    if k + 1 < len(words) and _negation(words[k], load_lexicon().future_negations):
        return Told.AHEAD  # "لن يشارك اللاعب": what will not come is told ahead all the same
    if k + 1 < len(words) and _negation(words[k], load_lexicon().past_negations):
        return Told.DONE  # "لم يصل الوفد": what did not happen is told done all the same
    bare = unjoined(words[k])
    if _listed_perfect(words[k]) or perfect_verb(bare):
        return Told.DONE
    shapes = load_shapes()  # يخضع; a present of تـ/نـ by its length and letters (تستعد; not تنظيم)
    present = shapes.is_present(bare, noun_endings=True) or (
        shapes.present_opening.fullmatch(bare) is not None and shapes.long_present(bare))
    return Told.NOW if present else None


def _negation(word: str, negations: tuple[str, ...]) -> bool:
    """Whether a folded word, after و or ف or not, is one of ``negations`` (relative.yaml
    ``future_shape.negations``: لن; ``past_negations``: لم)."""
    return clitic_prefixes().reads(word, negations, least=1)


def lead_sentence(text: str, clauses: Sequence[Clause]) -> int | None:
    """The ``sentence_index`` of the article's lead (its first sentence of ``least_words``
    words or more among the first ``reach``) when that lead, of ``report_words`` words or
    more, reports a past act or statement (:func:`_reports`), else None. A first sentence that
    reports nothing and is a line of its own with no end mark (:func:`_bare_line`: a photo's
    caption ``الوزير يتوسط الفائزين بجوائز المسابقة``, a headline, a byline or a dated
    dateline ``الدمام 7 شعبان 1443 هـ الموافق 10 مارس 2022 م``) is passed over: the lead
    is the next one."""
    leads = _leads()
    seen = -1
    for clause in clauses:
        if clause.sentence_index == seen:
            continue
        seen = clause.sentence_index
        if seen >= leads.reach:
            return None
        folded = fold(text[clause.sentence_start:clause.sentence_end])
        words = len(_WORD.findall(folded))
        if words >= leads.least_words:
            if words >= leads.report_words and _reports(folded):
                return seen
            if not _bare_line(text, clause.sentence_start, clause.sentence_end):
                return None
    return None


def _bare_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a line of its own with no end mark: a line
    break after it (spaces and invisible marks aside, however many) and none of ``. ! ? ؟ … : ؛``
    closing it (a colon opens a quotation: ``قال أمير الشعراء:``), closing quotes and brackets
    after the mark aside (``«… منذ سنوات.»`` is closed; ``(تصوير: سامي)`` is not)."""
    last = end
    while last > start and _after_mark(text[last - 1]):
        last -= 1
    if text[last - 1:last] in _LINE_END_MARKS:
        return False
    after = end
    while after < len(text) and text[after] not in _LINE_BREAKS and _spacing(text[after]):
        after += 1
    return text[after:after + 1] in _LINE_BREAKS


def _spacing(char: str) -> bool:
    """Whether ``char`` is a space or an invisible mark (a direction mark, a zero-width space)."""
    return char.isspace() or unicodedata.category(char) == "Cf"


def _after_mark(char: str) -> bool:
    """Whether ``char`` may follow a sentence's end mark: a space, an invisible mark, a closing
    quote or bracket (``»``، ``"``، ``)``)."""
    return _spacing(char) or char in "\"'" or unicodedata.category(char) in ("Pe", "Pf")


def ahead_relative(text: str, clause: Clause, at: int) -> bool:
    """Whether ``clause``, a piece of the lead after its first, dates only a relative clause telling what is
    to come or goes on (``التشكيلة التي ستواجه الفريق في افتتاح الدوري اليوم``، ``المعرض الذي يقام اليوم``):
    a relative pronoun before ``at`` (the expression's start) and, right after it, a clause told ahead or
    now (:func:`opening_tense`). Its date is that happening's, not the lead's report's: the report, done
    before it, stays undated and gets its window."""
    words = list(_WORD.finditer(text, clause.start, at))
    return any(unjoined(fold(m.group())) in relative_pronouns()
               and opening_tense(fold(text[m.end():at])) in (Told.AHEAD, Told.NOW) for m in words)


def _window(moment: dt.datetime) -> tuple[str, tuple[dt.datetime, dt.datetime]]:
    """The value ``D-1/D`` and interval [D − 1, D + 1) of a report told on the day of ``moment``."""
    day = moment.replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    first = day - dt.timedelta(days=1)
    return f"{first.date().isoformat()}/{day.date().isoformat()}", (first, day + dt.timedelta(days=1))


def report_window(clause: Clause, published: dt.datetime) -> Timex:
    """The window of a lead's report: the publication's day or the day before, at day grain
    (value ``D-1/D``), an empty expression at the start of ``clause``."""
    value, interval = _window(published)
    return Timex(clause.start, clause.start, "", TimexType.DATE, value, Grain.DAY, interval,
                 anchor=Anchor.PUBLISHED, rule=LEAD_RULE)


def reaction_window(clause: Clause, published: dt.datetime, reacted_to: Timex | None = None) -> Timex:
    """The window of a reaction's report whose own predicate carries no date (``أدانت المملكة الجريمة
    التي نفذها مستوطنون فجر أمس``: the dawn is the crime's): :func:`report_window` with rule
    :data:`REACTION_RULE`; only the publication's day when what it reacts to (``reacted_to``, a day or
    finer) was told on that day (``الهجوم الذي وقع اليوم``): a reaction does not come before it."""
    value, interval = _window(published)
    if reacted_to is not None and reacted_to.interval is not None and reacted_to.grain is not None \
            and reacted_to.grain.rank <= Grain.DAY.rank \
            and interval[1] - dt.timedelta(days=1) <= reacted_to.interval[0].replace(tzinfo=None) < interval[1]:
        day = interval[1] - dt.timedelta(days=1)
        value, interval = day.date().isoformat(), (day, interval[1])
    return Timex(clause.start, clause.start, "", TimexType.DATE, value, Grain.DAY, interval,
                 anchor=Anchor.PUBLISHED, rule=REACTION_RULE)


def told_window(t: Timex) -> Timex:
    """``t``, the day a report was told (``حسبما أفادت مصادر أمس``), as the window of a happening
    it reports done: that day or the day before, at day grain (value ``D-1/D``); its span, text and
    anchor kept, :data:`TOLD_RULE` added to its rule. ``t`` itself when coarser than a day."""
    if t.interval is None or t.grain is None or t.grain.rank > Grain.DAY.rank:
        return t
    value, interval = _window(t.interval[0])
    return dataclasses.replace(t, value=value, grain=Grain.DAY, interval=interval, mod=None,
                               rule=f"{t.rule} + {TOLD_RULE}")
