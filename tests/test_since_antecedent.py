"""A "since" inside a relative clause tells when the antecedent's state began, not the clause's
happening. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"])
            for e in article_events("a", text, dt.datetime(2015, 8, 6, 9))]


def test_the_campaign_led_since_march_does_not_date_the_participation() -> None:
    assert _dated("وتشارك الدولة في الحملة الجوية التي يقودها التحالف منذ 26 مارس ضد المتمردين.") == []


def test_a_since_of_its_own_clause_still_dates_it() -> None:
    assert _dated("وتشهد المدينة اشتباكات عنيفة منذ أمس.") == [("منذ أمس", "2015-08-05")]


def test_a_span_told_whole_is_the_happenings() -> None:
    rows = _dated("وقتل عشرة مسلحين في هجوم نفذوه والذي استمر منذ ليل أول أمس وحتى صباح أمس.")
    assert rows and rows[0][1].startswith("2015-08-04")
