"""A range's end without a year takes the other end's year (the next one across New Year)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

PUBLISHED = dt.date(2015, 8, 10)


@pytest.mark.parametrize(("text", "expr", "value"), [
    ("أقيم المعرض من 1 مارس 2014 حتى 5 مارس في القاهرة", "من 1 مارس 2014 حتى 5 مارس", "2014-03-01/2014-03-05"),
    ("استمرت الحملة من 10 أكتوبر 2012 إلى 20 نوفمبر ثم توقفت", "من 10 أكتوبر 2012 إلى 20 نوفمبر",
     "2012-10-10/2012-11-20"),
    ("امتدت الدورة من 20 ديسمبر 2013 حتى 4 يناير وسط إقبال", "من 20 ديسمبر 2013 حتى 4 يناير",
     "2013-12-20/2014-01-04"),
    ("جرت الانتخابات بين 3 و7 يناير 2016 في كل المحافظات", "بين 3 و7 يناير 2016", "2016-01-03/2016-01-07"),
    ("أغلق المتحف من 2 مارس حتى 9 أبريل 2013 للترميم", "من 2 مارس حتى 9 أبريل 2013", "2013-03-02/2013-04-09"),
    ("توقفت الرحلات بين 28 ديسمبر و3 يناير 2014 بسبب العاصفة", "بين 28 ديسمبر و3 يناير 2014",
     "2013-12-28/2014-01-03"),
])
def test_the_end_without_a_year_takes_the_other_ends(text: str, expr: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(text, PUBLISHED)]
    assert (expr, value) in found, found


def test_the_same_month_again_is_a_year_later() -> None:
    found = [(t.text, t.value) for t in tag("ارتفعت الأسعار من يونيو 2012 حتى يونيو ثم تراجعت", PUBLISHED)]
    assert ("من يونيو 2012 حتى يونيو", "2012-06-01/2013-06-30") in found, found
