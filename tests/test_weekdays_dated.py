"""Weekdays listed before the days of a month they fall on are those days (list47): «يومي الأحد والاثنين 9
و10 أغسطس» is 9–10 August, one expression, not the coming Sunday and Monday beside the dates; so with the
dual «الموافقين», in brackets, after «من … إلى», and after «أيام» (not every such day). A weekday that does not
fall on its day is noted, as «يوم الاثنين 9 أغسطس» is (Arabic written for these tests)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag

PUBLISHED = "2015-08-01T12:00"  # a Saturday: the coming Sunday is 2 August, not the 9th


def _found(text: str) -> list[tuple[str, str, bool]]:
    return [(t.text, t.value, t.conflict is not None) for t in tag(text, PUBLISHED)]


@pytest.mark.parametrize("text, expect, value", [
    ("ويصوت المغتربون يومي الأحد والاثنين 9 و10 أغسطس في السفارات",
     "يومي الأحد والاثنين 9 و10 أغسطس", "2015-08-09/2015-08-10"),
    ("ويصوت المغتربون يومي الأحد والاثنين 9 و10 من الشهر الجاري",
     "يومي الأحد والاثنين 9 و10 من الشهر الجاري", "2015-08-09/2015-08-10"),
    ("وتعقد الورشة يومي الخميس والجمعة الموافقين 13 و14 أغسطس بالقاهرة",
     "يومي الخميس والجمعة الموافقين 13 و14 أغسطس", "2015-08-13/2015-08-14"),
    ("وتعقد الورشة الخميس والجمعة الموافقين 13 و14 أغسطس بالقاهرة",
     "الخميس والجمعة الموافقين 13 و14 أغسطس", "2015-08-13/2015-08-14"),
    ("وتعقد الورشة يومي الخميس والجمعة (13 و14 أغسطس) بالقاهرة",
     "يومي الخميس والجمعة (13 و14 أغسطس)", "2015-08-13/2015-08-14"),
    ("وتعقد الورشة يومي الخميس والجمعة، 13 و14 أغسطس، بالقاهرة",
     "يومي الخميس والجمعة، 13 و14 أغسطس", "2015-08-13/2015-08-14"),
    ("ويستمر المعرض من يوم الاثنين إلى يوم الأربعاء 10-12 أغسطس",
     "من يوم الاثنين إلى يوم الأربعاء 10-12 أغسطس", "2015-08-10/2015-08-12"),
    ("ويصوت المغتربون الأربعاء 5 والخميس 6 أغسطس", "الأربعاء 5 والخميس 6 أغسطس", "2015-08-05/2015-08-06"),
    ("وتغلق الحدائق أيام السبت والأحد والاثنين 8 و9 و10 أغسطس للصيانة",
     "أيام السبت والأحد والاثنين 8 و9 و10 أغسطس", "2015-08-08/2015-08-10"),
    ("وتغلق الحدائق أيام السبت والأحد 8 و9 أغسطس للصيانة", "أيام السبت والأحد 8 و9 أغسطس", "2015-08-08/2015-08-09"),
])
def test_weekdays_before_their_days_are_those_days(text: str, expect: str, value: str) -> None:
    assert _found(text) == [(expect, value, False)]


def test_a_weekday_that_does_not_fall_on_its_day_is_noted() -> None:
    assert _found("ويصوت المغتربون يومي الأحد والاثنين 10 و11 أغسطس") == [
        ("يومي الأحد والاثنين 10 و11 أغسطس", "2015-08-10/2015-08-11", True)]


def test_weekdays_alone_and_sets_unchanged() -> None:
    assert _found("ويصوت المغتربون يومي الأحد والاثنين في السفارات") == [("يومي الأحد والاثنين", "2015-08-02/2015-08-03", False)]
    assert _found("وتغلق الحدائق أيام الجمعة والسبت") == [("أيام الجمعة", "XXXX-WXX-5", False), ("السبت", "XXXX-WXX-6", False)]
    # a count after the weekdays is no list of days: still every Friday and Saturday
    assert [v for _, v, _ in _found("وتعمل المخابز أيام الجمعة والسبت 12 ساعة")][:2] == ["XXXX-WXX-5", "XXXX-WXX-6"]


def test_a_dash_after_a_weekday_is_no_restating_word() -> None:
    # "-" glues and restates, but between a weekday's clock range and another it joins nothing new
    assert _found("ونلتقي يوم الأحد المقبل 2-4 عصرا أو 6-7 مساء") == [
        ("يوم الأحد المقبل 2-4 عصرا", "2015-08-02T14:00/2015-08-02T17:00", False),
        ("6-7 مساء", "2015-08-02T18:00/2015-08-02T20:00", False)]
