"""The lead's doer acting again: a body sentence of a report whose lead is dated to a day.

A report dated in its lead (``استقبل خادم الحرمين الشريفين اليوم الاثنين…``) goes on to tell the
same doer's further acts and words of that day in sentences of no date of their own, each opening
with a perfect after و and the lead's doer again (``وأكد خادم الحرمين الشريفين…``،
``وبحث الرئيس اليمني…``). Such a sentence takes the lead's day (:func:`doer_again`). A perfect of
``again_excluded`` (``lang/<code>/leads.yaml``: ``وكان الوزير قد أعلن``، ``وسبق الوزير أن``) tells
what was done before and takes nothing; another doer takes nothing either.

The doer is the two words after the lead's opening verb (past a dateline and lead-ins), folded,
compared word for word with the two after the body sentence's verb: a name or a title with its
complement (``وزير الخارجية``، ``الرئيس اليمني``); an adjective of relation after them in both
must agree (``وزير الخارجية القطري`` is not ``وزير الخارجية الأمريكي``).

A session or a meeting the dated lead names gives a second doer, its holder (:func:`session_holders`:
``رأس الأمير الجلسة التي عقدها مجلس الوزراء اليوم``, ``جلسة مجلس الوزراء التي عقدت اليوم``), even
when the lead opens with no report verb; the lead is then the first of the article's first sentences
holding the day. The act may open the body sentence after و or a lead-in (``كما اطلع مجلس الوزراء``),
or follow a fronted phrase and its comma (``بعد النظر في قرار مجلس الشورى…، قرر مجلس الوزراء…``).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Collection, Sequence

from timeline._event_cues import _date_cues
from timeline._programs import kept
from timeline._sentences import Clause
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.happenings import load_triggers
from timeline.leads import _leads, _listed_perfect, _opening, perfect_forms
from timeline.lexicon import COMMAS, clitic_prefixes, relative_pronouns, unjoined
from timeline.normalize import fold
from timeline.tense import perfect_verb

__all__ = ["AGAIN_CONFIDENCE", "SESSION_CONFIDENCE", "dated_lead", "doer_again", "lead_doer", "session_holders"]

AGAIN_CONFIDENCE = 0.5
"""How sure the lead's day is for its doer acting again: below a told date and a lead's own window."""

SESSION_CONFIDENCE = 0.9
"""How sure a session's day is for its holder's acts (:func:`session_holders`: ``وهنأ مجلس الوزراء…``،
``…، قرر مجلس الوزراء الموافقة على…``): each decision is a happening of its own told on the session's day,
which leads a merge as a date shared across ``فيما`` does (:data:`timeline.follow.FOLLOW_BELOW`), so the
outlets' copies of one decision make one entry, not the session's."""

_DOER_WORDS = 2  # the words of the lead's doer after its verb
_AFTER_COMMA = 160  # the characters read after a comma for a perfect and its doer (a few words)
_WORD = kept(r"\w+")


@dataclasses.dataclass(frozen=True)
class _Again:
    excluded: frozenset[str]  # the folded perfects that tell an earlier act (كان، سبق)
    verbs: frozenset[str]  # further perfects of the doer no lead reads (هنأ، أثنى)
    sessions: frozenset[str]  # session nouns, folded, without the article (جلسه، اجتماع)
    held: frozenset[str]  # "held it" (عقدها، عقده)
    fronted: frozenset[str]  # prepositions opening a fronted phrase (بعد، خلال)
    short_after: frozenset[str]  # particles after a doer named by its head alone (أن، في)


@functools.lru_cache(maxsize=None)
def _again_data(code: str = "ar") -> _Again:
    """The ``again_*`` lists of ``leads.yaml``, folded (read once)."""
    data = load_language_yaml(code, "leads.yaml")
    lists: dict[str, list[str]] = {}
    for key in ("again_excluded", "again_verbs", "again_sessions", "again_held", "again_fronted", "again_short_after"):
        listed = data.get(key)
        if not isinstance(listed, list) or not listed:
            raise LanguageDataError(f"timeline.lang.{code}/leads.yaml: {key}: expected a list of words")
        lists[key] = [fold(str(v)) for v in listed]
    def perfects(key: str) -> frozenset[str]:
        return frozenset(form for v in lists[key] for form in perfect_forms(v))
    held = frozenset(v + pronoun for v in lists["again_held"] for pronoun in ("ه", "ها"))
    return _Again(perfects("again_excluded"), perfects("again_verbs"), frozenset(lists["again_sessions"]), held,
                  frozenset(lists["again_fronted"]), frozenset(lists["again_short_after"]))


def lead_doer(lead_sentence: str) -> tuple[str, ...] | None:
    """The lead's doer: the :data:`_DOER_WORDS` folded words after its opening verb, with the
    word after them when it is a defined adjective of relation (:func:`_nisba`: ``وزير الخارجية
    الأمريكي``), or None."""
    words, k = _opening(fold(lead_sentence))
    return _doer(words, k + 1)


def _doer(words: Sequence[str], at: int) -> tuple[str, ...] | None:
    """The :data:`_DOER_WORDS` words from ``at``, with a defined adjective of relation after them, or None."""
    doer = tuple(words[at:at + _DOER_WORDS])
    if len(doer) < _DOER_WORDS:
        return None
    after = words[at + _DOER_WORDS:at + 1 + _DOER_WORDS]
    return doer + tuple(w for w in after if _nisba(w))


def session_holders(sentence: str) -> list[tuple[str, ...]]:
    """The holders of the sessions or meetings (``again_sessions``) a sentence names: the words after
    ``التي/الذي عقدها/عقده`` (``الجلسة التي عقدها مجلس الوزراء``) or after a session noun in a
    construct, neither defined nor followed by a relative pronoun (``جلسة مجلس الوزراء التي عقدت``); none
    opening on a word of ``function_words`` (``event_dates.yaml``: ``اجتماع مع رجال الأعمال`` names who met)."""
    data = _again_data()
    words = _WORD.findall(fold(sentence))
    holders: list[tuple[str, ...]] = []
    for i, word in enumerate(words):
        if not data.sessions & clitic_prefixes().unglued(word):  # الجلسه، بجلسه، والاجتماع
            continue
        if i + 2 < len(words) and words[i + 1] in relative_pronouns() and words[i + 2] in data.held:
            found = _doer(words, i + 3)
        elif data.sessions & clitic_prefixes().unglued(word, article=False) and words[i + 1:i + 2] \
                and words[i + 1] not in relative_pronouns():  # جلسه مجلس الوزراء: not defined
            found = _doer(words, i + 1)
        else:
            found = None
        if found is not None and found[0] not in _date_cues().function_words and found not in holders:
            holders.append(found)  # (no holder opens on a function word: "اجتماع مع رجال الأعمال")
    return holders


def _nisba(word: str) -> bool:
    """Whether a folded word reads as a defined adjective of relation (``الامريكي``، ``القطري``,
    ``اليمنيه``): it names whose office the doer holds."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


def _names(words: Sequence[str], at: int, doer: tuple[str, ...]) -> bool:
    """Whether ``words`` name ``doer`` from ``at``; an adjective of relation after it must agree
    (``وزير الخارجية القطري`` after ``وزير الخارجية الأمريكي`` is another doer)."""
    if tuple(words[at:at + _DOER_WORDS]) != doer[:_DOER_WORDS]:
        return _short(words, at, doer)
    after = words[at + _DOER_WORDS] if len(words) > at + _DOER_WORDS else ""
    return not (len(doer) > _DOER_WORDS and _nisba(after) and after != doer[_DOER_WORDS])


def _short(words: Sequence[str], at: int, doer: tuple[str, ...]) -> bool:
    """Whether ``words`` name ``doer`` from ``at`` by its head alone, defined (``الهيئه`` for ``هيئه
    الطيران``، ``الوزير`` for ``وزير الخارجيه``), a particle of ``again_short_after`` after it (``وذكرت الهيئة
    في``، ``وأضاف الوزير أن``): no name or adjective follows that could make it another doer."""
    article = clitic_prefixes().article
    head = doer[0] if doer[0].startswith(article) else article + doer[0]
    return words[at:at + 1] == [head] and len(words) > at + 1 and words[at + 1] in _again_data().short_after


def _perfect(word: str) -> bool:
    """Whether a folded word, after و or ف or not, is a perfect of an act not of ``again_excluded``."""
    data = _again_data()
    bare = unjoined(word)
    return bare not in data.excluded and (_listed_perfect(word) or perfect_verb(bare) or bare in data.verbs
                                          or word in data.verbs)


def _acts(text: str, start: int, end: int, doers: Collection[tuple[str, ...]]) -> int | None:
    """Where the sentence ``text[start:end]`` tells one of ``doers`` acting (:func:`_acts_from`), read from
    its first word and, when it has one, past a dateline or a heading before a colon (``ثالثا: وافق``;
    ``وأضاف الوزير:`` is read from its first word)."""
    folded = fold(text[start:end])
    if not any(d[0] in folded for d in doers):  # the doer's first word, or its head, is the one word all need
        return None
    words = _WORD.findall(folded)
    lead_ins = load_triggers()
    k = 0
    while k < len(words) and lead_ins.lead_in(words[k]):
        k += 1
    at = _acts_from(text, start, end, words, k, doers)
    if at is None and (past := _opening(folded)) != (words, k):
        at = _acts_from(text, start, end, *past, doers)
    return at


def _acts_from(text: str, start: int, end: int, words: Sequence[str], k: int,
               doers: Collection[tuple[str, ...]]) -> int | None:
    """Where ``text[start:end]``, its folded ``words`` read from the ``k``-th, tells one of ``doers`` acting:
    its start when a perfect (:func:`_perfect`) after و or a lead-in is followed by the doer; the first
    word after a comma when it opens with a fronted phrase (``again_fronted``) and the first perfect after
    a comma is followed by the doer; else None."""
    if len(words) <= k + _DOER_WORDS:
        return None
    first = words[k]
    if (k > 0 or (first.startswith("و") and len(first) >= 3)) and _perfect(first):
        return start if any(_names(words, k + 1, d) for d in doers) else None
    if not clitic_prefixes().reads(first, _again_data().fronted):
        return None
    for at in range(start, end):
        if text[at] not in COMMAS:
            continue
        after = _WORD.findall(fold(text[at + 1:min(end, at + 1 + _AFTER_COMMA)]))
        if after and _perfect(after[0]):
            return at + 1 if any(_names(after, 1, d) for d in doers) else None
    return None


def dated_lead(text: str, clauses: Sequence[Clause], lead: int | None,
               days: Collection[int]) -> tuple[int, list[tuple[str, ...]], list[tuple[str, ...]]] | None:
    """The dated lead, its doers and, of those, its sessions' holders: the lead (sentence ``lead``) when it is
    one of ``days`` (the sentences holding a told day of the news), its doer (:func:`lead_doer`) and the
    holders of the sessions it names (:func:`session_holders`); else the first of ``days`` among the article's
    first ``reach`` sentences (``leads.yaml``) that names a session, and its holders; None when there are no
    doers."""
    first = {c.sentence_index: c for c in reversed(clauses)}
    if lead is not None and lead in days:
        sentence = text[first[lead].sentence_start:first[lead].sentence_end]
        doer = lead_doer(sentence)
        holders = session_holders(sentence)
        doers = ([doer] if doer is not None else []) + holders
        return (lead, doers, holders) if doers else None
    for index in sorted(i for i in days if i < _leads().reach and i in first):
        if holders := session_holders(text[first[index].sentence_start:first[index].sentence_end]):
            return index, holders, holders
    return None


def doer_again(text: str, clauses: Sequence[Clause], lead: int, dated: frozenset[int],
               doers: Collection[tuple[str, ...]]) -> list[Clause]:
    """The clauses telling ``doers`` acting again (:func:`_acts`), one a sentence after sentence ``lead``
    with no date of its own (not in ``dated``, the sentence indexes holding an event): the clause where
    the act opens."""
    found: list[Clause] = []
    seen = lead
    for clause in clauses:
        if clause.sentence_index <= seen:
            continue
        seen = clause.sentence_index
        if seen in dated or (at := _acts(text, clause.sentence_start, clause.sentence_end, doers)) is None:
            continue
        found.append(max((c for c in clauses if c.sentence_index == seen and c.start <= at),
                         key=lambda c: c.start, default=clause))
    return found
