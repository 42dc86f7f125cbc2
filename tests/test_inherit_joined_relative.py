"""In ``--inherit`` mode a date told in a relative clause opened by و + the pronoun (``والذي``,
``والتي``) dates that clause, not its sentence's predicate: it is not passed on to the undated
clauses after it, as with ``الذي`` alone (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2026, 5, 9, 18)  # a Saturday


def _inherited(text: str) -> list[str]:
    """The first two words of the clauses that inherit a date from the narrative (0.5 / 0.7)."""
    return [" ".join(e.clause.text.split()[:2]) for e in article_events("a", text, PUBLISHED, inherit=True)
            if e.inherited and e.confidence < 0.9]


@pytest.mark.parametrize("pronoun", ["الذي", "والذي"])
def test_a_relative_clause_date_is_not_passed_on(pronoun: str) -> None:
    text = (f"شيع أهالي القرية جثمان المزارع الشاب، {pronoun} غرق مساء الخميس في قناة الري. "
            "وغرق في القناة أيضا طفل من أبناء الحي.")
    assert _inherited(text) == []


@pytest.mark.parametrize("pronoun", ["التي", "والتي"])
def test_a_feminine_relative_clause_date_is_not_passed_on(pronoun: str) -> None:
    text = (f"نقلت الصحف صور السفينة التجارية، {pronoun} غرقت صباح الخميس قبالة الساحل. "
            "وغرق معها أيضا اثنان من البحارة.")
    assert _inherited(text) == []


@pytest.mark.parametrize("text, heir", [
    ("غرق مزارع شاب مساء الخميس في قناة الري قرب القرية. وغرق في القناة أيضا طفل من أبناء الحي.", "وغرق في"),
    ("احترقت المدرسة أمس الجمعة بسبب تماس كهربائي. وأصيب في الحريق أيضا ثلاثة معلمين.", "وأصيب في"),
])
def test_the_predicate_date_still_passes_on(text: str, heir: str) -> None:
    assert _inherited(text) == [heir]


def test_a_word_before_a_colon_governs_nothing_after_it() -> None:
    # a letter's formula: وبعد: opens the letter's body, it is no subordinate "after"
    text = ("إلى رئيس التحرير، تحية طيبة وبعد: غرق مزارع شاب مساء الخميس في قناة الري قرب قريتنا. "
            "وغرق في القناة أيضا طفل من أبناء الحي.")
    assert _inherited(text) == ["وغرق في"]
