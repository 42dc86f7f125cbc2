"""A span of the last years or months told before a day of its clause describes its noun over that
time (``النادي بطل الدوري في الأعوام الثلاثة الماضية أمس تعاقده``): the day dates the act, the span
nothing (``events._recent_span``). A span alone, or told after the day (a figure's period), stays.
Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _values(text: str, published: str = "2015-08-07T06:00") -> list[str]:
    return [e.as_row()["value"] for e in article_events("a", text, dt.datetime.fromisoformat(published))]


def test_a_title_over_the_last_years_does_not_date_the_signing() -> None:
    assert _values("أعلن النادي بطل الدوري في الأعوام الثلاثة الماضية أمس تعاقده مع اللاعب الجديد.") == ["2015-08-06"]
    assert _values("وقال المصرف الأكثر ربحا خلال الأشهر الستة الأخيرة اليوم إنه سيفتح فروعا جديدة.") == ["2015-08-07"]


def test_a_span_alone_or_after_the_day_keeps_its_period() -> None:
    assert _values("وقتل أكثر من 300 شخص في الأعوام الثلاثة الماضية بحسب التقرير.") == ["2012-01-01/2014-12-31"]
    assert "2012-01-01/2014-12-31" in _values("وقالت الوزارة أمس إن 300 شخص قتلوا في الأعوام الثلاثة الماضية.")


def test_a_span_before_a_comma_and_a_month_of_its_own_stay() -> None:
    text = "وتراجعت السيولة خلال الأسبوعين الأخيرين بنسبة كبيرة، حيث استقرت القيمة أمس عند مستوى منخفض."
    assert "2015-07-26/2015-08-08" in _values(text, "2015-08-09T06:00")
    assert any(v.startswith("2015-06-18") for v in _values("وتزامن ذلك مع شهر رمضان المبارك وعيد الفطر."))
