"""A relative clause's date beside a background since (dropped) dates nothing either: neither is
the predicate's; a relative clause of the subject, opening the clause, still frames it. Arabic
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_the_relative_date_beside_a_since_dates_nothing() -> None:
    assert _dated("ومنذ 2010، يشارك النادي في البطولة التي انطلقت قبل 30 عاما، خارج أرضه.") == []
    assert _dated("ويسعى الفريق منذ 2012 لاستعادة اللقب الذي خسره في 2010.") == []


def test_the_subjects_relative_clause_keeps_its_date() -> None:
    got = _dated("الطائرة التي سقطت أمس كانت تحلق فوق المنطقة منذ عام 2010.")
    assert got == [("أمس", "2015-08-05")]
