"""Beside an earlier date of its clause, a date one or two words after an "after" (بعد، في أعقاب،
إثر) dates what the "after" governs, not the clause's happening (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2024, 5, 8, 9, 0)  # a Wednesday


def _values(text: str) -> list[str]:
    return [e.timex.value for e in article_events("t", text, PUBLISHED)]


@pytest.mark.parametrize(("text", "value"), [
    ("وأعيد افتتاح الجسر للمرور في 5 يونيو 1995 في أعقاب حرب أكتوبر.", "1995-06-05"),
    ("وعاود لاعبو الفريق صباح اليوم تدريباتهم بعد فوزهم مساء أمس على ضيفهم بهدفين.", "2024-05-08TMO"),
    ("وارتفع إنتاج الحقل إلى 32 ألف برميل في أبريل من 31 ألف برميل بعد التعديل في مارس.", "2024-04"),
])
def test_the_date_after_an_after_is_its_happenings(text: str, value: str) -> None:
    assert _values(text) == [value]


def test_alone_it_stays() -> None:
    # no earlier date: the clause's happening is told right after that one (same day)
    assert _values("وعاد الوفد إلى العاصمة بعد اجتماع الأحد الماضي.") == ["2024-05-05"]


def test_an_after_right_before_the_date_is_a_bound() -> None:
    assert _values("ويبدأ العمل في الجسر اليوم ويستمر بعد العيد.") == ["2024-05-08"]


@pytest.mark.parametrize(("text", "value"), [
    # during (إبان، أثناء) another happening, outside the clause's date: that happening's time
    ("وكان الوزير السابق قد أدين في مارس في قضية تتصل بإحراق مبان إبان احتجاجات 2013 في العاصمة.", "2024-03"),
    ("وصدر الحكم في يناير على المتهمين بأعمال نهب أثناء فيضانات 2018 في المدينة.", "2024-01"),
])
def test_the_date_after_a_during_is_its_happenings(text: str, value: str) -> None:
    assert _values(text) == [value]


def test_a_during_within_the_clause_date_tells_its_time() -> None:
    # the noon prayer of that Sunday: the clause's own time, finer
    assert _values("ووقع الانفجار يوم الأحد الماضي أثناء صلاة الظهر في المسجد.") == ["2024-05-05T12"]
