"""Early and late in a period: «في وقت مبكر/متأخر من» before a month or a year is its start or
end (as «مطلع»/«أواخر» are), and before a named night its first hours (Arabic written for these
tests)."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag


def _one(text: str, published: str = "2015-08-10T10:00") -> tuple[str, str, str | None, tuple[dt.datetime, dt.datetime]]:
    found = tag(text, published)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.value, t.mod, t.interval


def test_early_and_late_in_a_month_or_a_year() -> None:
    text, value, mod, interval = _one("وكانت الحكومة قد رفعت أسعار الوقود في وقت مبكر من الشهر الجاري.")
    assert (text, value, mod) == ("وقت مبكر من الشهر الجاري", "2015-08", "START")
    assert interval[0] == dt.datetime(2015, 8, 1) and interval[1] < dt.datetime(2015, 8, 12)
    text, value, mod, _ = _one("وتسلم المجلس التقرير في وقت متأخر من العام الماضي.")
    assert (text, value, mod) == ("وقت متأخر من العام الماضي", "2014", "END")
    text, value, mod, _ = _one("وقالت الشركة إنها ستطرح الهاتف الجديد في وقت مبكر من مارس المقبل.")
    assert (text, value, mod) == ("وقت مبكر من مارس المقبل", "2016-03", "START")


def test_early_in_a_named_night_but_not_the_habit() -> None:
    text, value, _, interval = _one("وغادر الوفد الفندق في وقت مبكر من ليلة الجمعة.")
    assert (text, value) == ("وقت مبكر من ليلة الجمعة", "2015-08-07TNI")
    assert interval == (dt.datetime(2015, 8, 7, 19), dt.datetime(2015, 8, 7, 22))
    # a habit: no night in particular
    found = tag("ويعود الصيادون إلى بيوتهم في وقت مبكر من الليل عادة.", "2015-08-10T10:00")
    assert all(t.interval is None for t in found), found
