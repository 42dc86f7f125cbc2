"""Wordings gen51 left (gen52, issue 9): "العقد الأخير" as the last decade, a year of this century in words
after منذ, and some hours or minutes before or after a clock time, noon or midnight ("بعد منتصف الليل
بساعتين", "بعد الظهر بساعتين"). Sentences written for this test; each value checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_REF = dt.datetime(2022, 1, 25, 10, 0)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _REF)]


@pytest.mark.parametrize(("text", "expect", "value"), [
    # the last decade, as "العقد الماضي" (the 2010s, told in 2022)
    ("وتراجعت زراعة القطن في البلاد طوال العقد الأخير", "العقد الأخير", "201"),
    ("وفي العقد الأخير هاجر نصف شباب القرية", "العقد الأخير", "201"),
    # a year in words after منذ
    ("وتتولى السيدة إدارة المكتبة منذ ألفين وأربعة", "منذ ألفين وأربعة", "2004"),
    ("ومنذ ألفين وتسعة عشر لم يرتفع منسوب النهر", "منذ ألفين وتسعة عشر", "2019"),
    # hours or minutes from a clock time whose half of the day is told, noon or midnight
    ("وعاد الصيادون إلى الميناء بعد منتصف الليل بأربع ساعات", "بعد منتصف الليل بأربع ساعات", "2022-01-25T04:00"),
    ("وتنطلق القافلة غداً قبل السادسة صباحاً بعشر دقائق", "غداً قبل السادسة صباحاً بعشر دقائق", "2022-01-26T05:50"),
    ("ويفتح المتحف أبوابه اليوم بعد الظهر بساعة واحدة", "اليوم بعد الظهر بساعة واحدة", "2022-01-25T13:00"),
    ("ويبدأ العرض قبل الساعة 21:00 بثلاثين دقيقة", "قبل الساعة 21:00 بثلاثين دقيقة", "2022-01-25T20:30"),
])
def test_found(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text), _found(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("ووقع اللاعب العقد الأخير مع ناديه السابق", "201"),  # a contract, no span word before it
    ("وفي العقد الأخير من القرن التاسع عشر بنيت المحطة", "201"),  # the last decade of that century
    ("وتحدث الوزير عن العقد الأخير الذي وقعته الشركة", "201"),  # a relative clause: a contract
    ("ويقطن أجداده الجبل منذ ألفين وعشرين عاماً", "2020"),  # an amount of years, not a year
    ("ووزعت الجمعية منذ ألفين وخمسة عشر طرداً", "2015"),  # a counted noun after it
    ("وقطع الحراس التيار قبل منتصف الليل بساعتين", "22:00"),  # the day before: left apart
    ("وافتتح المعرض بعد الساعة الخامسة بنصف ساعة", "05:30"),  # morning or evening untold
])
def test_not_found(text: str, wrong: str) -> None:
    assert all(wrong not in v for _, v in _found(text)), _found(text)
