"""A relative clause telling a founding or a launch (التي تأسست، الذي أطلقته) keeps its year:
the main clause's happening is not dated by it. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["value"], r["clause"]) for r in
            (e.as_row() for e in article_events("a", text, dt.datetime(2015, 8, 6, 9)))]


def test_the_founding_year_is_the_associations() -> None:
    rows = _rows("وشاركت في المعرض جمعيات أهلية كثيرة منها جمعية البر التي تأسست في عام 1998.")
    assert rows == [("1998", "جمعية البر التي تأسست في عام 1998.")]


def test_the_launch_year_is_the_appeals() -> None:
    rows = _rows("وقالت المنظمة إنها تكرر النداء الذي أطلقته صيف 2013 لحماية اللاجئين.")
    assert [v for v, _ in rows] == ["2013-SU"] and "تكرر" not in rows[0][1]


def test_a_relative_clause_opened_with_waw_is_cut_off_too() -> None:
    rows = _rows("وتعد الأكاديمية من أهم المدارس السعودية الخاصة والتي تأسست عام 1984 لخدمة أبناء المبتعثين.")
    assert [v for v, _ in rows] == ["1984"] and "تعد" not in rows[0][1]


def test_attending_what_a_relative_clause_dates_takes_its_day() -> None:
    rows = _rows("وعقد الرئيس الذي حضر الحصة التدريبية التي أقيمت أمس اجتماعا مع اللاعبين.")
    assert rows and rows[0][0] == "2015-08-05" and "عقد" in rows[0][1]


def test_a_founding_after_in_a_place_is_no_occasion() -> None:
    # في + antecedent keeps a relative clause of a holding whole (خسر في المباراة التي أقيمت أمس),
    # not one of a founding: the assessment is not the academy's 1984
    rows = _rows("وتعد الأكاديمية من أهم المدارس السعودية في الخارج والتي تأسست عام 1984 لخدمة المبتعثين.")
    assert [v for v, _ in rows] == ["1984"] and "تعد" not in rows[0][1]
