"""A date that recurs (كل يوليو، يوميا من الساعة العاشرة) dates no one happening.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"])
            for e in article_events("a", text, dt.datetime(2015, 8, 6, 9))]


def test_every_july_is_no_july() -> None:
    assert _dated("واقترح عضو في المجلس تخصيص يوم للذكرى كل يوليو.") == []


def test_daily_opening_hours_are_no_day() -> None:
    assert _dated("ويستقبل المعرض زواره يوميا من الساعة الرابعة عصرا حتى العاشرة مساء.") == []


def test_a_daily_figure_keeps_its_year() -> None:
    assert _dated("وعبرت القناة 49 سفينة يوميا عام 2014.") == [("عام 2014", "2014")]
