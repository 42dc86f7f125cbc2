"""Wordings the sixth batch of unseen cases found (gen62, issue 9; tests/data/recognizers_new62.jsonl): a count of
days or weeks before or after a date said after it with «من» («بعد ثلاثة أيام من الغد», «قبل أسبوع من 20 ديسمبر»),
one day as «قبل عيد الأضحى بيومين» already was; and sunrise and sunset before the day they are of («شروق شمس
الأربعاء», «غروب شمس يوم الخميس»), that day's dawn and evening, while alone they stay any day's. Sentences written
for this test; each value checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_REF = dt.datetime(2023, 3, 14, 9, 0)  # a Tuesday (ISO week 11)


def _found(text: str, ref: dt.datetime = _REF) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, ref)]


@pytest.mark.parametrize(("text", "expect", "value"), [
    # a count from a relative day, a weekday, a day and month, a feast: one day
    ("وتبدأ الامتحانات بعد خمسة أيام من الغد", "بعد خمسة أيام من الغد", "2023-03-20"),
    ("ووقع الحادث قبل ثلاثة أيام من أمس", "قبل ثلاثة أيام من أمس", "2023-03-10"),
    ("ويصل الخبراء بعد أسبوع من يوم غد", "بعد أسبوع من يوم غد", "2023-03-22"),
    ("وتعلن القائمة بعد أسبوعين من السبت المقبل", "بعد أسبوعين من السبت المقبل", "2023-04-01"),
    ("ويغلق الحساب قبل عشرة أيام من 30 أبريل", "قبل عشرة أيام من 30 أبريل", "2023-04-20"),
    ("وتسلم المنحة بعد يومين من 5 أبريل", "بعد يومين من 5 أبريل", "2023-04-07"),
    ("وتغلق المحلات قبل يومين من عيد الفصح", "قبل يومين من عيد الفصح", "2023-04-07"),  # Easter 2023: 9 April
])
def test_count_from_a_date(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text)


@pytest.mark.parametrize(("text", "kept"), [
    # a fuzzy part, an event, a bound on the amount, a clock time, «خلال»: the parts stay apart
    ("وتسدد الفواتير قبل يومين من نهاية الشهر", ("نهاية الشهر", "2023-03")),
    ("وعاد بعد أقل من أسبوع من 3 مارس", ("3 مارس", "2023-03-03")),
    ("ويرد المكتب خلال يومين من 20 مارس", ("20 مارس", "2023-03-20")),
    ("وانقطع التيار بعد ساعتين من منتصف الليل", ("منتصف الليل", "2023-03-14T00")),
])
def test_count_from_what_is_no_day(text: str, kept: tuple[str, str]) -> None:
    found = _found(text)
    assert kept in found
    assert not any(t != kept[0] and t.endswith(kept[0]) for t, _ in found)  # no one timex of the count and the date


def test_count_from_an_event_stays_an_amount() -> None:
    assert _found("وانسحب الفريق قبل أسبوع من انطلاق البطولة") == [("قبل أسبوع", "P1W")]


@pytest.mark.parametrize(("text", "expect", "value"), [
    ("وتنطلق الرحلة قبيل شروق شمس الخميس المقبل", "شروق شمس الخميس المقبل", "2023-03-16TMO"),
    ("وينتهي الحظر مع غروب شمس يوم الجمعة المقبل", "غروب شمس يوم الجمعة المقبل", "2023-03-17TEV"),
    ("وأفطر الصائمون عند غروب شمس اليوم", "غروب شمس اليوم", "2023-03-14TEV"),
])
def test_sunrise_and_sunset_of_a_day(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text)


@pytest.mark.parametrize("text", [
    "وتمتد الرحلة من شروق الشمس حتى غروبها",
    "والتقط المصور صوراً لغروب الشمس فوق الجبال",
    "ويحرم الصيد بعد غروب الشمس في المحمية",
])
def test_sunrise_and_sunset_alone_are_no_date(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expect", "value"), [
    # a weekday told with a day and month and no year, the last and the coming one both more than a month away:
    # the one it falls on (at 2023-03-14, 14 January 2024 is a Sunday, 14 January 2023 a Saturday); near today a
    # wrong weekday is a slip and the nearest stays (10 March 2023 is a Friday)
    ("ويصادف موعد التسليم الأحد 14 يناير", "الأحد 14 يناير", "2024-01-14"),
    ("وتجتمع اللجنة السبت 14 يناير", "السبت 14 يناير", "2023-01-14"),
    ("وعقد المجلس جلسته الجمعة 10 مارس", "الجمعة 10 مارس", "2023-03-10"),
    # no year fits: the nearest, as before (a weekday told wrong)
    ("وعقد المجلس جلسته الاثنين 10 مارس", "الاثنين 10 مارس", "2023-03-10"),
])
def test_weekday_picks_the_year(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text)
