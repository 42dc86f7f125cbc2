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
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from timeline._programs import kept
from timeline._sentences import Clause
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.leads import _opening, _listed_perfect, perfect_forms
from timeline.normalize import fold
from timeline.tense import perfect_verb

__all__ = ["AGAIN_CONFIDENCE", "doer_again"]

AGAIN_CONFIDENCE = 0.5
"""How sure the lead's day is for its doer acting again: below a told date and a lead's own window."""

_DOER_WORDS = 2  # the words of the lead's doer after its verb
_WORD = kept(r"\w+")


@functools.lru_cache(maxsize=None)
def _excluded(code: str = "ar") -> frozenset[str]:
    """The folded perfect forms of ``again_excluded`` (``leads.yaml``; read once)."""
    listed = load_language_yaml(code, "leads.yaml").get("again_excluded")
    if not isinstance(listed, list):
        raise LanguageDataError(f"timeline.lang.{code}/leads.yaml: again_excluded: expected a list of verbs")
    return frozenset(form for v in listed for form in perfect_forms(fold(str(v))))


def lead_doer(lead_sentence: str) -> tuple[str, ...] | None:
    """The lead's doer: the :data:`_DOER_WORDS` folded words after its opening verb, with the
    word after them when it is a defined adjective of relation (:func:`_nisba`: ``وزير الخارجية
    الأمريكي``), or None."""
    words, k = _opening(fold(lead_sentence))
    doer = tuple(words[k + 1:k + 1 + _DOER_WORDS])
    if len(doer) < _DOER_WORDS:
        return None
    after = words[k + 1 + _DOER_WORDS:k + 2 + _DOER_WORDS]
    return doer + tuple(w for w in after if _nisba(w))


def _nisba(word: str) -> bool:
    """Whether a folded word reads as a defined adjective of relation (``الامريكي``، ``القطري``,
    ``اليمنيه``): it names whose office the doer holds."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


def _again(sentence: str, doer: tuple[str, ...]) -> bool:
    """Whether a sentence opens with و, a perfect verb not of ``again_excluded``, then ``doer``."""
    words = _WORD.findall(fold(sentence))
    if len(words) <= _DOER_WORDS or tuple(words[1:1 + _DOER_WORDS]) != doer[:_DOER_WORDS]:
        return False
    # another office of the same title (وزير الخارجية القطري after وزير الخارجية الأمريكي) is another doer
    after = words[1 + _DOER_WORDS] if len(words) > 1 + _DOER_WORDS else ""
    if len(doer) > _DOER_WORDS and _nisba(after) and after != doer[_DOER_WORDS]:
        return False
    first = words[0]
    if not first.startswith("و") or len(first) < 3:
        return False
    bare = first[1:]
    return bare not in _excluded() and (_listed_perfect(first) or perfect_verb(bare))


def doer_again(text: str, clauses: Sequence[Clause], lead: int, dated: frozenset[int]) -> list[Clause]:
    """The first clauses of the sentences after sentence ``lead`` that tell the lead's doer acting
    again (:func:`_again`), each of a sentence with no date of its own (not in ``dated``, the
    sentence indexes holding an event)."""
    first = next((c for c in clauses if c.sentence_index == lead), None)
    if first is None or (doer := lead_doer(text[first.sentence_start:first.sentence_end])) is None:
        return []
    found: list[Clause] = []
    seen = lead
    for clause in clauses:
        if clause.sentence_index <= seen:
            continue
        seen = clause.sentence_index
        if seen not in dated and _again(text[clause.sentence_start:clause.sentence_end], doer):
            found.append(clause)
    return found
