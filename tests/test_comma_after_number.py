"""A comma after a number opens a clause when a word follows it (recall42): the figure's period and
the statement after it are two clauses. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events, split_clauses
from timeline.tagger import tag

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _clauses(text: str) -> list[tuple[str, list[str]]]:
    by_clause: dict[str, list[str]] = {}
    for e in article_events("a", text, PUBLISHED):
        row = e.as_row()
        by_clause.setdefault(row["clause"], []).append(row["expr"])
    return list(by_clause.items())


def test_a_figures_period_and_the_statement_after_the_comma_are_two_clauses() -> None:
    got = _clauses("ارتفع عدد الزوار إلى مستوى قياسي خلال النصف الأول من العام 2015، حيث أعلنت الهيئة أمس "
                   "عن وصول مليوني سائح.")
    assert got == [("ارتفع عدد الزوار إلى مستوى قياسي خلال النصف الأول من العام 2015", ["النصف الأول من العام 2015"]),
                   ("حيث أعلنت الهيئة أمس عن وصول مليوني سائح.", ["أمس"])]


def test_two_years_of_a_career_each_in_its_clause() -> None:
    got = _clauses("انضم اللاعب إلى النادي في 2012، لكن النادي استغنى عنه في مايو الماضي.")
    assert [exprs for _, exprs in got] == [["2012"], ["مايو الماضي"]]


def test_no_cut_inside_numbers_nor_before_a_date() -> None:
    text = "وصل عدد الحجاج إلى 1,500 حاج يوم 30، 31 يوليو الماضي."
    assert len(split_clauses(text, tag(text, "2015-08-06"), PUBLISHED)) == 1
    # a date right after the comma dates what comes before it
    got = _clauses("عثر الصيادون على حطام سفينة غرقت في عام 1941، أمس السبت حسب ما ذكرت الشرطة.")
    assert any("عثر الصيادون" in clause and "أمس السبت" in exprs for clause, exprs in got)


def test_no_cut_after_a_piece_holding_nothing_but_its_date() -> None:
    text = "وبلغت الأرباح مليون ريال. وخلال عام 2014، أعلنت الشركة توزيع أرباح على المساهمين."
    got = _clauses(text)
    assert any(clause.startswith("وخلال عام 2014، أعلنت الشركة") for clause, _ in got)
