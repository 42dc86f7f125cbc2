"""The year a projected amount is for (a "to" before a figure, in a clause told in the future)
dates nothing, nor does the starting amount's year beside it; a decimal figure after "from" is
one word (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2024, 5, 8, 9, 0)


def _values(text: str) -> list[str]:
    return [e.timex.value for e in article_events("t", text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "وسيؤدي افتتاح الميناء الجديد إلى زيادة إيرادات الميناء من 2.4 مليار دولار متوقعة للعام 2024 "
    "إلى 6.1 مليار دولار عام 2030.",
    "وأوضح التقرير أن عدد سكان المدينة سيصل إلى 12 مليون نسمة عام 2040.",
    "ومن المتوقع أن ترتفع طاقة المحطة إلى 900 ميجاواط بنهاية عام 2028.",
])
def test_a_projection_dates_nothing(text: str) -> None:
    assert _values(text) == []


def test_a_rise_told_in_the_past_keeps_its_year() -> None:
    assert _values("وارتفعت صادرات الشركة إلى 83 مليار ريال في 2013.") == ["2013"]


def test_the_plan_announced_keeps_its_day() -> None:
    text = "وافتتح الوزير اليوم المصنع الذي سيرفع الإنتاج إلى 400 ألف طن في 2027."
    assert _values(text) == ["2024-05-08"]


def test_a_decimal_starting_amount() -> None:
    text = "ونما إنتاج الحقل من 88.2 ألف برميل يوميا في 2010 إلى 93 ألف برميل في 2014."
    assert _values(text) == ["2014"]


def test_a_conversion_in_brackets_is_left_out() -> None:
    text = ("وسيؤدي توسيع المطار إلى زيادة عائداته من 1.2 مليار دولار (نحو 1.1 مليار يورو) متوقعة لعام 2024 "
            "إلى 3.4 مليار دولار (3.1 مليار يورو) عام 2031.")
    assert _values(text) == []


def test_a_figure_alone_in_brackets_stays_a_figure() -> None:
    # the starting share's year beside last year's: the rise is last year's
    text = "وزادت نسبة الموظفين السعوديين في الشركة من (38%) عام 2019 إلى (52%) العام الماضي."
    assert _values(text) == ["2023"]
