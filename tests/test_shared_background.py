"""A clause told "while" another (فيما، بينما، في حين) shares its date, but not a date over a
year before the publication: that is the story's background (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2024, 6, 12, 9)  # a Wednesday


def _shared(text: str) -> list[str]:
    """The expressions the clauses opened by a connective of simultaneity share."""
    return [e.timex.text for e in article_events("a", text, PUBLISHED) if e.inherited]


def test_a_recent_date_is_shared_across_a_connective_of_simultaneity() -> None:
    text = "تراجعت صادرات البلاد في مايو الماضي بنسبة خمسة في المئة، فيما ارتفعت وارداتها بنسبة ثلاثة في المئة."
    assert _shared(text) == ["مايو الماضي"]


@pytest.mark.parametrize("text", [
    "سبق أن خسر النادي اللقب عام 2009 أمام منافسه، في حين فشل الفريق في معادلة الرقم القياسي.",
    "بدأ الشاعر كتابة الشعر عام 1998، فيما نظم أكثر من مئتي قصيدة في أغراض الشعر كلها.",
    "وقعت الحكومة الاتفاق في 30 يونيو 2021، بينما يترأس الوفد وزير الخارجية.",
])
def test_a_date_over_a_year_old_is_background_and_is_not_shared(text: str) -> None:
    assert _shared(text) == []
