"""A "since" that measures a record (أدنى مستوى منذ X) dates nothing: X is the compared term.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"])
            for e in article_events("a", text, dt.datetime(2015, 8, 6, 9))]


def test_the_lowest_level_since_a_day_is_not_dated_by_it() -> None:
    assert _dated("وهبط المؤشر إلى أدنى مستوى له منذ 12 مارس.") == []


def test_a_state_since_a_day_still_starts_then() -> None:
    assert _dated("وتشهد المدينة اشتباكات عنيفة منذ أمس.") == [("منذ أمس", "2015-08-05")]
