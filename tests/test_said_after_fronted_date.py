"""A saying whose date is fronted before a comma at the sentence's start (ولاحقا في المساء، أعلنت
الوزارة …) and what it says with a date of its own are two clauses, as when the date follows the
verb (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 8, 7, 0)  # a Saturday morning


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.timex.value, e.clause.text) for e in article_events("t", text, PUBLISHED)]


def test_a_fronted_evening_is_the_sayings() -> None:
    text = "وفي وقت لاحق مساء أمس، أعلن المكتب في بيان أن الوزير وصل إلى عمان الخميس."
    assert _dated(text) == [
        ("2015-08-07TEV", "وفي وقت لاحق مساء أمس، أعلن المكتب في بيان"),
        ("2015-08-06", "أن الوزير وصل إلى عمان الخميس."),
    ]


def test_as_when_the_date_follows_the_verb() -> None:
    text = "وأعلن المكتب مساء أمس في بيان أن الوزير وصل إلى عمان الخميس."
    assert [value for value, _ in _dated(text)] == ["2015-08-07TEV", "2015-08-06"]


def test_not_a_date_ending_the_clause_before() -> None:
    # «وغدا» ends a list of the clause before the comma: no fronted date of the saying
    text = "ويحمل الشعار ثلاث كلمات هي العمل والأمل وغدا، وقال المصمم إنه استوحاه من شعار دورة 1964."
    assert not any(clause.startswith("إنه") for _, clause in _dated(text))
