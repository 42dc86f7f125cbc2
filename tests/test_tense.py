"""The tense an expression is told in (:mod:`timeline._tense`): ``FutureAt`` follows ``prefer`` when
given, reads nothing for a meaning placed alike in every tense, and reads each start once
(Arabic written for these tests)."""

from __future__ import annotations

from timeline._tense import FutureAt, Tense
from timeline._types import Prefer
from timeline.engine import load_grammar
from timeline.normalize import fold, normalize
from timeline.semantics import Duration, When

SATURDAY = 6  # ISO weekday of the publication
TUESDAY = When(weekday=2)


def _future_at(text: str, forced: Prefer | None = None) -> tuple[FutureAt, int, int]:
    """A ``FutureAt`` over ``text`` and the span of its "الثلاثاء"."""
    grammar = load_grammar()
    norm = normalize(text)
    start = norm.text.find(fold("الثلاثاء"))
    assert start >= 0
    return FutureAt(Tense(norm, grammar), grammar, forced, SATURDAY), start, start + len(fold("الثلاثاء"))


def test_a_cue_before_the_weekday_tells_its_tense() -> None:
    future_at, start, end = _future_at("سوف يفتتح المحافظ الجسر الجديد الثلاثاء")
    assert future_at(start, end, TUESDAY) is True
    future_at, start, end = _future_at("لقد افتتح المحافظ الجسر الجديد الثلاثاء")
    assert future_at(start, end, TUESDAY) is False


def test_a_present_verb_before_a_bare_weekday_tells_the_coming_one() -> None:
    future_at, start, end = _future_at("يفتتح المحافظ الجسر الجديد الثلاثاء")
    assert future_at(start, end, TUESDAY) is True


def test_prefer_wins_over_the_cues() -> None:
    future_at, start, end = _future_at("سوف يفتتح المحافظ الجسر الجديد الثلاثاء", Prefer.PAST)
    assert future_at(start, end, TUESDAY) is False
    assert not future_at.tenses  # nothing read
    future_at, start, end = _future_at("لقد افتتح المحافظ الجسر الجديد الثلاثاء", Prefer.FUTURE)
    assert future_at(start, end, TUESDAY) is True


def test_a_tenseless_meaning_reads_nothing_and_a_start_is_read_once() -> None:
    future_at, start, end = _future_at("سوف يفتتح المحافظ الجسر الجديد الثلاثاء")
    assert future_at(start, end, Duration(((3, "day"),))) is None
    assert not future_at.tenses
    assert future_at(start, end, TUESDAY) is True
    assert future_at.tenses == {start: True}
    future_at.tenses[start] = False  # the cached reading is the one given again
    assert future_at(start, end, TUESDAY) is False


def test_where_a_clause_starts() -> None:
    # tense45: one reading of the last clause end before an expression, within _CUE_REACH characters
    from timeline._tense import _CLAUSE_END, _CUE_REACH, _SENTENCE_END, _clause_start
    text = fold("قال الوزير: ستعقد القمة، وتبدأ الجلسة الأولى الثلاثاء")
    start = text.find(fold("الثلاثاء"))
    lo, opened = _clause_start(text, start, _CLAUSE_END)
    assert text[lo:start].strip() == fold("وتبدأ الجلسة الأولى") and opened
    lo, opened = _clause_start(text, start, _SENTENCE_END)  # no sentence end: the text's start, within reach
    assert lo == 0 and opened
    long = "كلمة " * 30 + "الثلاثاء"
    lo, opened = _clause_start(long, long.find("الثلاثاء"), _SENTENCE_END)
    assert lo == long.find("الثلاثاء") - _CUE_REACH and not opened  # cut short by the reach
