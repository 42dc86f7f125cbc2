"""A و opening a verb in the future after a dated part told in no future opens a happening of its
own: the date before it is not its date (``التي خطفت في مارس الماضي | وستعود إلى بلادها``;
``events._told_ahead``). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _clauses(text: str, published: str) -> list[tuple[str, str]]:
    """(value, clause) of each event of ``text``."""
    return [(r["value"], r["clause"]) for r in
            (e.as_row() for e in article_events("a", text, dt.datetime.fromisoformat(published)))]


def test_a_return_told_ahead_after_a_relative_clause_with_its_month() -> None:
    text = "أفرج أمس عن الصحفية التي كانت خطفت في العراق في شهر مارس الماضي وستعود إلى بلادها خلال الساعات القادمة."
    found = _clauses(text, "2015-08-07T16:00")
    # the release's clause ends at the relative clause's month; that month, a relative clause's opened after
    # the predicate's date, dates nothing of it (prec41, events._relative_after)
    assert found[0] == ("2015-08-06", "أفرج أمس عن الصحفية التي كانت خطفت في العراق في شهر مارس الماضي")
    assert all(value != "2015-03" for value, _ in found)
    assert all("ستعود" not in clause for _, clause in found)


def test_a_return_told_ahead_after_a_reported_month() -> None:
    text = "قال مكتب الرئيس في بيان إن صحفية كانت خطفت في العراق في مارس أطلق سراحها وستعود إلى بلادها قريبا."
    assert all("ستعود" not in clause for value, clause in _clauses(text, "2015-08-07T16:00") if value == "2015-03")


def test_a_death_today_and_the_prayer_tomorrow_are_two_clauses() -> None:
    text = "توفي الشاعر المعروف اليوم الجمعة وستقام الصلاة عليه في الجامع الكبير غدا السبت بعد صلاة العصر."
    found = dict(_clauses(text, "2015-07-31T20:00"))
    assert "ستقام" not in found["2015-07-31"]
    assert found["2015-08-01"].startswith("وستقام الصلاة عليه")


def test_a_plan_after_a_plan_keeps_its_day() -> None:
    # told ahead before as well: the second verb goes on with the first one's day
    text = "سيصل وفد الوزارة إلى المدينة غدا الأحد وسيلتقي المحافظ لبحث المشروعات الجديدة."
    assert any("وسيلتقي المحافظ" in clause for value, clause in _clauses(text, "2015-08-08T10:00")
               if value == "2015-08-09")


def test_an_undated_plan_does_not_take_the_next_day() -> None:
    # the plan told ahead is undated: the evening after it is a clause of its own
    text = "يصل اللاعب الجديد إلى المدينة مساء اليوم وسينضم إلى زملائه في المعسكر وسيستأنف الفريق تدريباته مساء الاثنين المقبل."
    found = _clauses(text, "2015-08-08T10:00")
    assert all("وسينضم" not in clause for _, clause in found)
    assert any(clause.startswith("وسيستأنف الفريق") for _, clause in found)
