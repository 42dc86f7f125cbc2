"""A season named alone (no year, no direction) is the season in general: it dates nothing.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_a_habit_of_the_season_is_not_one_summer() -> None:
    assert _dated("ويكثر الضباب على المرتفعات في الشتاء.") == []
    assert _dated("وينصح الأطباء بشرب الماء بكثرة خلال فصل الصيف.") == []


def test_a_season_told_with_its_year_or_direction_dates() -> None:
    assert _dated("وانتقل اللاعب إلى النادي الصيف الماضي.") == [("الصيف الماضي", "2014-SU")]
    assert _dated("وانضم الحارس إلى الفريق هذا الصيف.") == [("هذا الصيف", "2015-SU")]
    assert _dated("وسيطرت القوات على المدينة في صيف 2014.") == [("صيف 2014", "2014-SU")]


def test_a_season_told_with_a_future_is_the_coming_one() -> None:
    assert _dated("ومن المتوقع أن يستمر تراجع الأسعار عبر الشتاء.") == [("الشتاء", "2015-WI")]
