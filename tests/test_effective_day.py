"""A decision told with its own day and the day it takes effect (period47, ``effective_from`` of
lang/ar/event_dates.yaml, timeline/_effective.py): the effective-day phrase and its date are a clause of
their own, the decision keeps its day and its words. Every Arabic sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 2, 20)  # a Sunday evening


def _clauses(text: str) -> list[tuple[str, str]]:
    """(value, clause) of every event of ``text`` published on :data:`PUBLISHED`."""
    return [(e.as_row()["value"], e.as_row()["clause"]) for e in article_events("ef-1", text, PUBLISHED)]


def test_the_decision_and_the_day_it_takes_effect_are_two_clauses() -> None:
    assert _clauses("وأصدرت الهيئة قرارا اليوم يقضي بإعادة التداول على أسهم المصرف ابتداء من تداولات الغد.") == [
        ("2015-08-02", "وأصدرت الهيئة قرارا اليوم يقضي بإعادة التداول على أسهم المصرف"),
        ("2015-08-03", "ابتداء من تداولات الغد.")]
    assert _clauses("وقررت الوزارة أمس تمديد مهلة التسجيل اعتبارا من الأحد المقبل.") == [
        ("2015-08-01", "وقررت الوزارة أمس تمديد مهلة التسجيل"), ("2015-08-09", "اعتبارا من الأحد المقبل.")]
    assert [v for v, _ in _clauses("وأعلن المجلس أمس رفع الحظر عن الشحنات بدءا من اليوم.")] == [
        "2015-08-01", "2015-08-02"]


def test_an_effective_day_alone_leaves_the_clause_whole() -> None:
    # no day of the decision told: the clause is dated by the day it takes effect, its words kept
    got = _clauses("وأعلنت الهيئة رفع الحظر عن الشحنات ابتداء من يوم الاثنين 3 أغسطس 2015.")
    assert got == [("2015-08-03", "وأعلنت الهيئة رفع الحظر عن الشحنات ابتداء من يوم الاثنين 3 أغسطس 2015.")]


def test_an_effective_hour_of_the_day_told_is_no_other_day() -> None:
    # the hour lies inside the day told before it: one happening, not cut
    got = _clauses("وبدأ تطبيق النظام الجديد اليوم اعتبارا من الساعة الثامنة صباحا.")
    assert len({clause for _, clause in got}) == 1
