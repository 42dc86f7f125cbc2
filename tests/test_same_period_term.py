"""The year of "the same period" a figure is compared with dates nothing, however long the
amount told between the comparison word and the period (story46).

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 3, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_a_long_amount_before_the_same_period_of_a_year() -> None:
    # قياسا twelve words before the year: the half-year's output keeps its half, last year's dates nothing
    # (a half of results, أرباح/خسائر, is the results' period and dates nothing: tests/test_results_period.py)
    got = _dated("حقق المصنع إنتاجا بلغ 120 ألف طن خلال النصف الأول من العام الحالي، قياساً بإنتاج قدره "
                 "30 ألف طن تم تحقيقه خلال نفس الفترة من عام 2014م.")
    assert got == [("النصف الأول من العام الحالي", "2015-H1")]


def test_against_after_a_comma_with_the_same_quarter_of_last_year() -> None:
    # the clause cut at the comma opens with مقابل; "the same quarter" is last year's, not this one
    got = _dated("سجل المصنع إنتاجا بلغ 50 ألف طن خلال الربع الثاني، مقابل إنتاج بـ40 ألف طن "
                 "في الربع نفسه من العام الماضي.")
    assert got == [("الربع الثاني", "2015-Q2")]


def test_the_like_period_of_the_previous_year_after_a_comma() -> None:
    got = _dated("وارتفعت مبيعات المصنع إلى 70 مليون ريال في يوليو، مقابل 20 مليون ريال للفترة المماثلة من العام السابق.")
    assert got == [("يوليو", "2015-07")]


def test_the_same_period_without_a_comparison_dates_its_count() -> None:
    # no comparison word: what happened in last year's same period is told of it
    got = _dated("وسجلت الإدارة 300 حادث مروري خلال الفترة نفسها من العام الماضي.")
    assert got == [("العام الماضي", "2014")]


def test_against_a_team_is_no_comparison_of_a_period() -> None:
    # مقابل, the score: no "same period" before the date, the match stays dated
    assert _dated("وفاز الفريق بهدفين مقابل هدف في مباراة أمس.") == [("أمس", "2015-08-02")]
