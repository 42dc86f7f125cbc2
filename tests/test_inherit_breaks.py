"""Inheritance stops where the next clause explains or tells an aim (Arabic written for these
tests, beside the narrative that goes on and inherits)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2024, 6, 12, 9)  # a Wednesday
BLAST = "انفجرت عبوة ناسفة في سوق بلدة الكرز صباح أمس. "


def _inherited(text: str) -> list[str]:
    """The first words of the clauses that inherit a date."""
    return [" ".join(e.clause.text.split()[:2]) for e in article_events("a", text, PUBLISHED, inherit=True)
            if e.inherited]


def test_the_next_sentence_telling_the_same_happening_inherits() -> None:
    assert _inherited(BLAST + "ودمر الانفجار عددا من المحلات.") == ["ودمر الانفجار"]


@pytest.mark.parametrize("follows", [
    "ويهدف التحقيق في الانفجار إلى كشف منفذيه.",  # an aim
    "وتهدف الحملة بعد الانفجار إلى حماية الأسواق.",
    "حيث كان الانفجار الأعنف في البلدة.",  # an explanation
])
def test_an_aim_or_an_explanation_describes_and_inherits_nothing(follows: str) -> None:
    assert _inherited(BLAST + follows) == []


@pytest.mark.parametrize(("told", "inherits"), [
    ("اندلعت اشتباكات عنيفة أمس في أطراف المدينة. ", True),
    ("اندلعت اشتباكات عنيفة خلال اليومين الماضيين في أطراف المدينة. ", False),  # two days told as one span
])
def test_only_one_day_is_passed_on_not_days_told_as_one_span(told: str, inherits: bool) -> None:
    assert _inherited(told + "وقتل في الاشتباكات عشرة مسلحين.") == (["وقتل في"] if inherits else [])
