"""Inheritance passes the narrative's day only to a clause told done, with no time of its own
(Arabic written for these tests, beside the narrative that goes on and inherits)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2026, 3, 12, 18)  # a Thursday
BLAST = "قتل ثلاثة أشخاص أمس الأربعاء في انفجار عبوة في سوق المدينة"


def _inherited(text: str) -> list[str]:
    """The first words of the clauses that inherit a date from the narrative (0.5 / 0.7)."""
    return [" ".join(e.clause.text.split()[:2]) for e in article_events("a", text, PUBLISHED, inherit=True)
            if e.inherited and e.confidence < 0.9]


def test_the_next_sentence_told_done_inherits() -> None:
    assert _inherited(BLAST + ". وقتل في الانفجار أيضا شرطي.") == ["وقتل في"]


@pytest.mark.parametrize("follows", [
    ". وتتواصل الاشتباكات في المدينة.",  # a state, told in the present
    ". في وقت تتواصل فيه التفجيرات في المدينة.",
    ". وفي وقت تتواصل فيه التفجيرات، تعيش المدينة حالة من الترقب.",
    "، في وقت تشهد المدينة توترا بعد تفجيرات متتالية.",  # the state a happening is told against
])
def test_a_state_told_in_the_present_inherits_nothing(follows: str) -> None:
    assert _inherited(BLAST + follows) == []


def test_a_plan_told_ahead_inherits_nothing() -> None:
    opened = "افتتح الرئيس أمس الأربعاء الجسر الجديد فوق النهر."
    assert _inherited(opened + " كما ستفتح البلدية الحدائق مجانا للمواطنين احتفالا بالافتتاح.") == []
    assert _inherited(opened + " وفتحت البلدية الحدائق مجانا للمواطنين احتفالا بالافتتاح.") == ["وفتحت البلدية"]


def test_a_time_of_its_own_the_tagger_cannot_read_stops_inheritance() -> None:
    # يوني: June misspelt; الماضي says the clause names a time of its own
    assert _inherited(BLAST + ". وقتل مسلح خمسة أشخاص في انفجار في أواخر يوني الماضي.") == []
    # السابق is also "former": no time of its own
    assert _inherited(BLAST + ". وقتل في الانفجار المحافظ السابق للمدينة.") == ["وقتل في"]
