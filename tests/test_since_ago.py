"""A "since" + an amount told back from the publication (منذ عامين، منذ ستة أشهر) after a perfect verb dates
a one-off happening "N ago"; after a present verb, a word of a state that goes on (المستمرة، لم، ما زالت) or
with no verb near, it stays a background since and dates nothing. A since-point (منذ عام 2010، منذ مارس)
is unchanged.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

_PUBLISHED = dt.datetime(2015, 8, 3, 10)


def _rows(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["value"], e.as_row()["expr"]) for e in article_events("a", text, _PUBLISHED)]


def test_a_founding_two_years_ago() -> None:
    assert _rows("وقد قامت الجمعية بتأسيس هذا البرنامج منذ عامين بالتعاون مع الجامعة.") == [("2013", "منذ عامين")]


def test_a_departure_months_ago() -> None:
    assert _rows("وغادرت اللجنة المدينة منذ ثلاثة أشهر إلى العاصمة.") == [("2015-05", "منذ ثلاثة أشهر")]


def test_a_war_that_goes_on_dates_nothing() -> None:
    assert _rows("وتستمر الحرب المستمرة في البلاد منذ أربع سنوات دون توقف.") == []


def test_a_present_verb_dates_nothing() -> None:
    assert _rows("ويدور نزاع في المدينة منذ أكثر من أربعة أشهر.") == []


def test_a_negation_dates_nothing() -> None:
    assert _rows("ولم يزر أي مسؤول القرية منذ عامين.") == []


def test_a_state_still_holding_dates_nothing() -> None:
    assert _rows("وما زالت المدارس مغلقة منذ شهرين.") == []


def test_a_perfect_far_before_dates_nothing() -> None:
    assert _rows("وأعلنت الوزارة في بيان طويل عن خطة جديدة لدعم المزارعين في القرى منذ عامين.") == []


def test_a_since_point_is_unchanged() -> None:
    assert _rows("وافتتحت الشركة فرعا في المدينة منذ عام 2010.") == []


def test_a_since_from_a_part_of_a_period_is_unchanged() -> None:
    assert _rows("ومنيت القوات منذ نهاية شهر مارس بسلسلة خسائر في الشمال.") == []


def test_a_first_time_since_dates_nothing() -> None:
    assert _rows("وأعادت الحكومة للمرة الأولى منذ أحد عشر عاما فتح المعبر.") == []
