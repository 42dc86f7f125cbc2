"""Two durations add up only when the text joins them (و, a comma): "يومين و3 ساعات" is one amount,
"نصف ساعة طوال اليوم" two."""

from __future__ import annotations

from timeline import tag

TOLD = "2015-08-10"


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_durations_joined_by_and_add_up() -> None:
    assert _found("وظل الطريق مغلقا يومين و3 ساعات") == [("يومين و3 ساعات", "P2DT3H")]


def test_a_duration_before_all_day_is_not_added_to_it() -> None:
    assert _found("وكان المتطوعون يستريحون نصف ساعة طوال اليوم") == [("نصف ساعة", "PT0.5H"), ("طوال اليوم", "P1D")]


def test_durations_listed_after_a_comma_add_up() -> None:
    assert _found("وبلغت مدة الرحلة 3 ساعات, 20 دقيقة") == [("3 ساعات, 20 دقيقة", "PT3H20M")]
