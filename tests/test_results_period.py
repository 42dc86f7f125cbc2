"""The period results cover dates nothing (period47, ``results_*`` of lang/ar/event_dates.yaml): a quarter,
a half or a year governed by a results noun (أرباح، خسائر، إيرادات، قوائم مالية…) is the accounting period,
not the day the results were made or told; the same form with no results noun still dates its clause.
Every Arabic sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 10, 12)


def _dated(text: str) -> list[str]:
    """The value of every event of ``text`` published on :data:`PUBLISHED`."""
    return [e.as_row()["value"] for e in article_events("rp-1", text, PUBLISHED)]


@pytest.mark.parametrize(("text", "dated"), [
    # a quarter, a half, a span of months the results cover, through خلال، في، عن، ل، ب
    ("وسجل المصرف خسائر بلغت 12 مليون دينار خلال الربع الثاني من العام الحالي.", []),
    ("وارتفعت أرباح المجموعة في النصف الأول بنسبة 8 في المائة.", []),
    ("وبلغ صافي الربح للربع الأول 40 مليون درهم.", []),
    ("وحققت الشركة أرباحا قدرها 7.5 مليون ريال (0.12 ريال للسهم)، بنهاية النصف الأول 2015.", []),
    ("وتراجعت إيرادات الفندق في الأشهر الستة الأولى من هذا العام.", []),
    ("واقترح المجلس توزيع أرباح على المساهمين عن الربع الثاني 2015.", []),
    # a day the period ends at
    ("ونشر المصنع نتائجه المالية للفترة المنتهية في 30 يونيو 2015.", []),
    ("وزادت مبيعات المتجر خلال الربع الأول من السنة المالية حتى 30 يونيو الماضي.", []),
    # a period after و or من right after such a period
    ("ونشرت الشركة قوائمها المالية المعدلة لعام 2014 والربع الأول من 2015.", []),
    ("وبلغ صافي الخسارة للربع الثاني من السنة المالية 2015 نحو مليوني ريال.", []),
    # a period noun between the preposition and the period (guard47)
    ("وتراجعت أرباح المصنع خلال فترة الأشهر الستة الأولى من العام الحالي.", []),
    ("ونشر المصرف نتائجه المالية للفترة من 1 يناير إلى 30 يونيو 2015.", []),
    ("وارتفعت مبيعات المتجر خلال الفترة من يناير إلى يونيو 2015.", []),
    # the same period told again further on (guard47)
    ("وتراجعت أرباح المصنع خلال النصف الأول نتيجة هبوط أسعار بيع الأسمدة الكيماوية بنحو 12 في المائة "
     "خلال فترة الأشهر الستة الأولى من العام الحالي.", []),
    # the clause keeps the day it tells besides the period
    ("وأعلن المصرف اليوم أرباحا بلغت 3 ملايين دينار للربع الثاني.", ["2015-08-10"]),
])
def test_the_period_results_cover_dates_nothing(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # no results noun: the period is the happening's
    ("ووقعت الوزارة الاتفاقية مع الشركة خلال الربع الثاني.", ["2015-Q2"]),
    ("وافتتح المصنع خطه الجديد في النصف الأول من العام.", ["2015-H1"]),
    # a period noun with no results noun before it (guard47), or before a span of a few days
    ("وعقدت اللجنة اجتماعاتها خلال فترة الأشهر الستة الأولى من العام الحالي.", ["2015-01-01/2015-06-30"]),
    ("وارتفعت مبيعات المتجر خلال الفترة من 1 إلى 3 أغسطس.", ["2015-08-01/2015-08-03"]),
    # another period far after the results' one: the openings' quarter (guard47)
    ("وارتفعت أرباح المصرف خلال النصف الأول بعد افتتاح عشرة فروع جديدة في المدن الكبرى والقرى المحيطة بها "
     "خلال الربع الثاني.", ["2015-Q2"]),
    # a month alone is the month's figure
    ("وارتفعت مبيعات الأجهزة في يوليو بنسبة 4 في المائة.", ["2015-07"]),
    # a year with neither statements nor an amount told with it: losses of a war, a sales office
    ("وألحقت القوات بالمسلحين خسائر كبيرة خلال عام 2014.", ["2014"]),
    ("وأدار مكتب المبيعات في عمان خلال العام الماضي.", ["2014"]),
    # the noun before a complementizer is another clause's
    ("وقالت الشركة التي ضاعفت أرباحها إن فرعها افتتح في 2014.", ["2014"]),
])
def test_the_same_form_still_dates_the_happening(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


def test_a_year_of_results_with_its_amount_or_statements() -> None:
    assert _dated("وكانت الصادرات قد درت عائدات على الدولة في 2014 بلغت 50 مليار دولار.") == []
    assert _dated("واحتل المصرف المركز الأول في النتائج المالية لعام 2014.") == []
