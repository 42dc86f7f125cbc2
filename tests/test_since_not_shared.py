"""A happening told "while" another shares its day, not the date of a background since.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _rows(text: str) -> list[tuple[str, str, bool]]:
    rows = [e.as_row() for e in article_events("a", text, PUBLISHED)]
    return [(r["value"], r["clause"], r["inherited"]) for r in rows]


def test_the_since_clauses_year_is_not_shared() -> None:
    rows = _rows("وارتفعت البطالة في المدن منذ اندلاع الأزمة المالية عام 2008، "
                 "في حين بلغت أعلى مستوياتها في الأرياف.")
    assert all("الأرياف" not in clause for _, clause, _ in rows)


def test_a_day_told_outright_is_still_shared() -> None:
    rows = _rows("وقصفت الطائرات المدينة أمس، فيما دخلت القوات البلدة المجاورة.")
    assert ("2015-08-05", "فيما دخلت القوات البلدة المجاورة.", True) in rows
