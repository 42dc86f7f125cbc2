"""A bare hour told with "ظهراً" lies at noon: late morning hours stay in the morning."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

PUBLISHED = dt.datetime(2022, 1, 25, 15)  # a Tuesday, 15:00


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, PUBLISHED)]


def test_eleven_at_noon_is_late_morning_not_the_night_before() -> None:
    assert _values("وافتتح الوزير المعرض الساعة 11 ظهراً بحضور السفراء") == [("الساعة 11 ظهراً", "2022-01-25T11")]
    assert _values("وتجمع المحتجون في الحادية عشرة ظهرا أمام المبنى") == [("الحادية عشرة ظهرا", "2022-01-25T11")]
    assert _values("ويغلق السوق أبوابه يومياً الساعة 11 ظهراً") == [("يومياً الساعة 11 ظهراً", "XXXX-XX-XXT11")]


def test_hours_after_noon_and_in_the_evening_still_move_twelve_hours() -> None:
    assert _values("وانطلقت القافلة الساعة 2 ظهراً نحو الحدود") == [("الساعة 2 ظهراً", "2022-01-25T14")]
    assert _values("وبدأت الجلسة عند الواحدة ظهراً") == [("الواحدة ظهراً", "2022-01-25T13")]
    assert _values("ويبدأ العرض الساعة 5 مساءً في المسرح") == [("الساعة 5 مساءً", "2022-01-25T17")]
    assert _values("ووقع الحادث الساعة 11 ليلاً على الطريق") == [("الساعة 11 ليلاً", "2022-01-24T23")]
