"""An amount told roughly ("قبل حوالي 150 عاماً") keeps its count as the value and its
uncertainty in the interval; the night runs into the small hours."""

from __future__ import annotations

import datetime as dt

from timeline import tag

TOLD = dt.datetime(2015, 8, 6, 9, 0)


def _one(text: str):
    found = tag(text, published=TOLD)
    assert len(found) == 1, found
    return found[0]


def test_a_rough_count_of_years_ago_is_a_tenth_uncertain_either_way() -> None:
    t = _one("وشيد الجسر الحجري قبل حوالي 150 عاماً بأيدي عمال المدينة")
    assert (t.value, t.mod) == ("1865", "APPROX")
    assert t.interval[0].year == 1850 and t.interval[1].year == 1880
    exact = _one("وشيد الجسر الحجري قبل 150 عاماً بأيدي عمال المدينة")
    assert exact.mod is None and exact.interval[1] - exact.interval[0] < dt.timedelta(days=400)


def test_a_rough_small_count_is_one_unit_uncertain() -> None:
    t = _one("وغادر الوفد المدينة قبل نحو ثلاثة أيام")
    assert t.value == "2015-08-03"
    assert t.interval == (dt.datetime(2015, 8, 2), dt.datetime(2015, 8, 5))


def test_the_night_runs_into_the_small_hours() -> None:
    night = _one("وتواصل القصف طوال ليلة أمس على الأحياء")
    assert night.value == "2015-08-05TNI"
    assert night.interval == (dt.datetime(2015, 8, 5, 20), dt.datetime(2015, 8, 6, 5))
    two = _one("وانقطعت الكهرباء عند الساعة الثانية ليلاً")
    assert two.value == "2015-08-06T02"
    assert _one("وعاد الصيادون الساعة التاسعة ليلاً").value == "2015-08-05T21"
