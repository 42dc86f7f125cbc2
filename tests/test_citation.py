"""A document cited by number and date (رقم … وتاريخ …) dates no happening of the clause.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"])
            for e in article_events("a", text, dt.datetime(2015, 8, 6, 9))]


def test_a_cited_decision_is_not_the_approval() -> None:
    assert _dated("وبعد النظر في قرار مجلس الشورى رقم (12/40) وتاريخ 3/5/1436هـ، قرر المجلس الموافقة "
                  "على الاتفاقية.") == []


def test_an_order_issued_on_a_date_is_dated() -> None:
    rows = _dated("وصدر أمر رقم 10 بتاريخ 2/2/1431هـ باستحداث مركزين للإنقاذ.")
    assert [v for _, v in rows] == ["2010-01-17"]


def test_a_list_of_cited_decisions_cut_into_clauses() -> None:
    # the later numbers follow ورقم, in clauses of their own
    assert _dated("بعد النظر في قرارات مجلس الشورى رقم (10/4) وتاريخ 2/3/1433هـ، ورقم (11/5) وتاريخ "
                  "4/6/1435هـ، قرر مجلس الوزراء الموافقة على النظام.") == []
