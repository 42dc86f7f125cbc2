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
- no expression of the sentence dates anything (:mod:`timeline.events` made no event of it).

Its date is the report's window, the publication's day or the day before: the interval
[day − 1, day + 1) at day grain, value ``D-1/D`` (:func:`report_window`), an empty
expression at the clause's start (``text[start:start] == ""``), anchored to the
publication, ``inherited`` with ``date_confidence`` :data:`LEAD_CONFIDENCE`: like an
inherited row, it follows and never leads a merge (:mod:`timeline.follow`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline._programs import kept
from timeline._types import Anchor, Grain, Timex, TimexType
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.happenings import load_triggers
from timeline.lexicon import clitic_prefixes
from timeline.normalize import fold

if TYPE_CHECKING:
    from timeline.events import Clause

__all__ = ["LEAD_CONFIDENCE", "LEAD_RULE", "lead_sentence", "perfect_forms", "report_window"]

LEAD_CONFIDENCE = 0.4
"""How sure a lead's report window is: below an inherited date's (0.5, 0.7), as it rests on
no expression of the text, only on the convention that a lead tells the day's news."""

LEAD_RULE = "lead report window"
"""The ``rule`` of a report window's :class:`~timeline._types.Timex`."""

_WORD = kept(r"\w+")


def perfect_forms(verb: str) -> frozenset[str]:
    """The third-person perfect forms of a folded verb written in the masculine
    (``اعلن`` → ``اعلن، اعلنت، اعلنا، اعلنوا، اعلنتا``); a last ``ي`` or ``ا`` drops before
    the endings (``دعا`` → ``دعت، دعوا``; ``تلقي`` → ``تلقت، تلقوا``), and is also kept before
    ``ت`` (``توفي`` → ``توفيت``)."""
    stem = verb[:-1] if verb.endswith(("ي", "ا")) and len(verb) > 2 else verb
    return frozenset({verb, verb + "ت", stem + "ت", stem + "وا", stem + "تا", verb + "ا"})


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


def _reports(folded: str) -> bool:
    """Whether a folded sentence opens, past a dateline before a colon and lead-ins, with a
    third-person perfect verb of an act or a statement (:func:`_leads`), after و or ف."""
    lexicon = load_triggers()
    words = _WORD.findall(folded)[lexicon.dateline(folded):]
    while words and lexicon.lead_in(words[0]):
        words = words[1:]
    if not words:
        return False
    first, verbs = words[0], _leads().verbs
    return clitic_prefixes().reads(first, verbs, least=4)


def lead_sentence(text: str, clauses: Sequence[Clause]) -> int | None:
    """The ``sentence_index`` of the article's lead (its first sentence of ``least_words``
    words or more among the first ``reach``) when that lead, of ``report_words`` words or
    more, reports a past act or statement (:func:`_reports`), else None."""
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
            return seen if words >= leads.report_words and _reports(folded) else None
    return None


def report_window(clause: Clause, published: dt.datetime) -> Timex:
    """The window of a lead's report: the publication's day or the day before, at day grain
    (value ``D-1/D``), an empty expression at the start of ``clause``."""
    day = published.replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    first = day - dt.timedelta(days=1)
    return Timex(clause.start, clause.start, "", TimexType.DATE,
                 f"{first.date().isoformat()}/{day.date().isoformat()}", Grain.DAY,
                 (first, day + dt.timedelta(days=1)), anchor=Anchor.PUBLISHED, rule=LEAD_RULE)
