"""review43b: a reviewer's counter-examples to rec43 and react43, in Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

_WEDNESDAY = dt.datetime(2024, 5, 8, 9, 0)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _WEDNESDAY)]


@pytest.mark.parametrize("text", [
    "وشارك في إحياء الذكرى 100 ألف شخص من أنحاء البلاد",
    "وحضر الذكرى 3 آلاف مواطن رغم المطر",
    "وحضر الذكرى 400 شخص بينهم وزراء",
])
def test_digits_after_an_anniversary_counting_people_are_no_years(text: str) -> None:
    assert [v for _, v in _found(text) if v.startswith("P")] == []


def test_digits_after_an_anniversary_before_a_month_are_a_day() -> None:
    assert _found("وخرجت مسيرات في الذكرى 30 يونيو في عدة مدن") == [("30 يونيو", "2024-06-30")]


@pytest.mark.parametrize(("text", "want"), [
    ("وأحيا الفنانون الذكرى 70 لميلاد الشاعر", ("الذكرى 70", "P70Y")),
    ("وتحل الذكرى 25 على رحيل المطرب", ("الذكرى 25", "P25Y")),
    ("وتحل غدا الذكرى 12.", ("الذكرى 12", "P12Y")),
    ("وتحل الذكرى 50 عاما على الاستقلال", ("الذكرى 50", "P50Y")),
])
def test_digits_after_an_anniversary_before_what_it_is_of_are_years(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(("text", "want"), [
    ("وتتواصل الإضرابات منذ الأحد الماضي وحتى الأحد المقبل", "2024-05-05/2024-05-12"),
    ("وتتواصل الإضرابات منذ الخميس الماضي وحتى الأحد المقبل", "2024-05-02/2024-05-12"),
    ("ويستمر المعرض من الخميس الماضي إلى الأحد المقبل", "2024-05-02/2024-05-12"),
])
def test_a_weekday_range_with_ends_of_opposite_directions_keeps_each(text: str, want: str) -> None:
    # told on a Wednesday: the last Sunday (or Thursday) and the next Sunday, each as told
    assert [v for _, v in _found(text)] == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("وتتواصل الإضرابات منذ الأحد الماضي وحتى الأربعاء", "2024-05-05/2024-05-08"),
    ("ويستمر المعرض من الأحد إلى الخميس المقبلين", "2024-05-12/2024-05-16"),
])
def test_a_weekday_range_with_one_direction_is_one_week(text: str, want: str) -> None:
    assert [v for _, v in _found(text)] == [want]
