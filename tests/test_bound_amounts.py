"""A count told as a bound ("قبل أكثر من أسبوعين", "قبل أقل من أسبوع") names one side of the time only: a count
of days, weeks or hours reaches past the day it names (as far as a rough amount strays beyond "more than", back to
the telling short of "less than"); the value keeps the count told, months and years keep their width."""

from __future__ import annotations

import datetime as dt

from timeline import tag

TOLD = dt.datetime(2015, 8, 6, 9, 0)


def _one(text: str):
    found = tag(text, published=TOLD)
    assert len(found) == 1, found
    return found[0]


def test_more_than_two_weeks_ago_reaches_back_past_the_day_it_names() -> None:
    t = _one("وغادرت البعثة الطبية المدينة قبل أكثر من أسبوعين")
    assert (t.value, t.mod) == ("2015-07-23", "BEFORE")
    assert t.interval == (dt.datetime(2015, 7, 19), dt.datetime(2015, 7, 24))
    exact = _one("وغادرت البعثة الطبية المدينة قبل أسبوعين")
    assert exact.mod is None and exact.interval == (dt.datetime(2015, 7, 23), dt.datetime(2015, 7, 24))


def test_less_than_a_week_ago_runs_up_to_the_telling() -> None:
    t = _one("وبدأ عمال المصنع إضرابهم قبل أقل من أسبوع")
    assert (t.value, t.mod) == ("2015-07-30", "AFTER")
    assert t.interval == (dt.datetime(2015, 7, 30), TOLD)


def test_less_than_three_days_ahead_runs_from_the_telling() -> None:
    t = _one("وتفتتح القاعة الجديدة بعد أقل من ثلاثة أيام")
    assert (t.value, t.mod) == ("2015-08-09", "BEFORE")
    assert t.interval == (TOLD, dt.datetime(2015, 8, 10))


def test_months_keep_the_width_of_their_count() -> None:
    more = _one("وانتقلت الأسرة إلى الحي قبل أكثر من شهر")
    exact = _one("وانتقلت الأسرة إلى الحي قبل شهر")
    assert more.mod == "BEFORE" and more.interval == exact.interval
