"""The part of an undated lead that its report window dates (:func:`report_part`): the lead's clause
cut before a relative clause or a since that recalls an earlier happening (``--inherit`` only); and
whether the lead tells its act as done some time ago (:func:`told_earlier`), which no window dates."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable

from timeline._clauses import _DEFINITE_WORD
from timeline._event_cues import _WORD, _DateCues, _date_cues
from timeline._sentences import Clause
from timeline._spans import end_before_spaces
from timeline._types import Timex
from timeline._yaml import load_language_yaml
from timeline.happenings import load_triggers
from timeline.lexicon import COLONS, COMMAS, SEMICOLONS, relative_pronouns, unjoined
from timeline.normalize import fold
from timeline.tense import perfect_verb

__all__ = ["report_part", "told_earlier"]

# the marks left before a cut lead clause's end (a comma, a colon)
_CUT_MARKS = frozenset(COMMAS + COLONS + SEMICOLONS)
_PAST_REF = "PAST_REF"  # the value of an undated "earlier" (مؤخرا، في الآونة الأخيرة)


@functools.lru_cache(maxsize=None)
def _earlier_cues(code: str = "ar") -> tuple[frozenset[str], frozenset[str]]:
    """The folded "recently" forms (``earlier`` of ``leads.yaml``), and the words opening an act's
    object (``object_openers``), with the relative pronouns and the complementizers: an "earlier"
    after one dates the object."""
    data = load_language_yaml(code, "leads.yaml")
    earlier = frozenset(fold(str(w)) for w in data.get("earlier") or [])
    objects = frozenset(fold(str(w)) for w in data.get("object_openers") or [])
    return earlier, objects | relative_pronouns() | _date_cues().complementizers


def told_earlier(text: str, clause: Clause, timexes: Iterable[Timex]) -> bool:
    """Whether the lead's ``clause`` tells its act as done some days before the report: an undated
    "recently" (value ``PAST_REF``, ``earlier`` of ``leads.yaml``: ``التقى السفير مؤخرا رئيس الوزراء``)
    among its ``timexes``, with no comma before it past a dateline's colon and no relative pronoun,
    complementizer or ``object_openers`` word (what those open is the act's object: ``أكد المدير أن
    الأجهزة التي وصلت مؤخرا…``). Such a lead is older news told as new; the report's window would
    date it to the report's day or the one before."""
    earlier, openers = _earlier_cues()
    for t in timexes:
        if t.value != _PAST_REF or not clause.start <= t.start < clause.end or fold(t.text) not in earlier:
            continue
        before = text[clause.start:t.start]
        before = before[max(before.rfind(c) for c in COLONS) + 1:]
        if not any(c in before for c in COMMAS) and openers.isdisjoint(
                unjoined(w) for w in _WORD.findall(fold(before))):
            return True
    return False


def report_part(text: str, clause: Clause) -> Clause:
    """The lead's clause up to what recalls an earlier happening: a relative clause in the perfect
    (``لا يوجد مواطن قريب من الحرائق | التي اندلعت في شمال الولاية``, ``خلفا لبلاتر | الذي أعلن استقالته``)
    or a since naming a happening (``في ثاني إجراء من نوعه | منذ مقتل رضيع``; not ``منذ لحظات``, the
    report's own time). What it names happened before the report, at a time of its own the report's
    window does not give; the window dates the report alone. Not :func:`_antecedent_recalls`'s
    exceptions. ``clause`` itself when nothing such follows."""
    cues = _date_cues()
    pronouns = relative_pronouns()
    if pronouns.isdisjoint(said := {unjoined(w) for w in _WORD.findall(fold(clause.text))}) \
            and cues.since.isdisjoint(said):
        return clause  # most leads: folded once, not word by word
    words = [(m, unjoined(folded)) for m in _WORD.finditer(text, clause.start, clause.end)
             if (folded := fold(m.group()))]  # not a tatweel alone (ــ), which folds to nothing
    for k, (m, word) in enumerate(words[2:-1], 2):
        if (word in cues.since and load_triggers().word_class(words[k + 1][1]) is not None) or (
                word in pronouns and perfect_verb(words[k + 1][1])
                and _antecedent_recalls([w for _, w in words[k - 3:k]], cues)
                and not _qualifies_subject([w for _, w in words[max(0, k - 3):k]], cues)):
            end = end_before_spaces(text, m.start())
            while end > clause.start and text[end - 1] in _CUT_MARKS:
                end = end_before_spaces(text, end - 1)
            return dataclasses.replace(clause, end=end, text=text[clause.start:end])
    return clause


def _antecedent_recalls(before: list[str], cues: _DateCues) -> bool:
    """Whether a relative clause after the folded words ``before`` (the three before its pronoun) is
    one :func:`report_part` cuts: not one of time (``في الوقت الذي``: while; ``not_antecedents``),
    nor one inside the subject of what was said, its predicate still to come (``أعلنت الشركة أن عدد
    الأسهم التي تم الاكتتاب بها بلغ…``: a complementizer among those words)."""
    last = _DEFINITE_WORD.sub("", before[-1]) if before else ""
    return (last not in cues.not_antecedents
            and cues.complementizers.isdisjoint(before))


def _qualifies_subject(before: list[str], cues: _DateCues) -> bool:
    """Whether a relative clause after the folded words ``before`` (up to three before its pronoun)
    qualifies the subject of a perfect verb right before it, the verb's complement still to come
    (``عثرت قوات الأمن | التي داهمت المنزل على كمية من الأسلحة``): between the verb and the pronoun
    only one noun phrase, a definite word alone (``الشرطة``) or after one head of a construct
    (``قوات الأمن``; not a function word: ``عثرت على الأسلحة التي…`` is the complement's). A clause
    cut there would lose its predicate; one after an object (``أدان المجلس الجريمة التي…``) is cut."""
    if not before or not _DEFINITE_WORD.match(before[-1]):
        return False
    phrase = 1
    if len(before) >= 3 and not _DEFINITE_WORD.match(before[-2]) and before[-2] not in cues.function_words \
            and not perfect_verb(before[-2]):
        phrase = 2
    return len(before) > phrase and perfect_verb(before[-1 - phrase])
