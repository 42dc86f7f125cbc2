"""Wordings gen54 left (issue 9): the Levantine «هال» + a unit («هالأسبوع», «هالشهر», «هالسنة»: this week, month,
year), a date told in two calendars on either side of «|», and a range of weekdays before a clock range. Sentences written for this test; each value checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_REF = dt.datetime(2022, 1, 25, 10, 0)  # a Tuesday, 22 Jumada al-Akhira 1443


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _REF)]


@pytest.mark.parametrize(("text", "expect", "value"), [
    # «ه» glued to the article of a unit: «هذا»
    ("رح نزور ستي هالأسبوع إن شاء الله", "هالأسبوع", "2022-W04"),
    ("المصاري خلصت هالشهر بسرعة", "هالشهر", "2022-01"),
    ("والموسم هالسنة كان منيح", "هالسنة", "2022"),
    ("وبهالعام ما لقينا شغل", "هالعام", "2022"),
    # one full day told in two calendars across «|» (a barrier otherwise): one date, either order
    ("تحديث 22 جمادى الآخرة 1443 | 25 يناير 2022 من غرفة الأخبار", "22 جمادى الآخرة 1443 | 25 يناير 2022",
     "2022-01-25"),
    ("طبعة 2 فبراير 2022 | 1 رجب 1443", "2 فبراير 2022 | 1 رجب 1443", "2022-02-02"),
    # a range of weekdays, then a clock range: the days' range and the hours' (not the last day's hours alone)
    ("تفتح العيادة من الأحد إلى الأربعاء من التاسعة صباحاً حتى الواحدة ظهراً", "من الأحد إلى الأربعاء",
     "2022-01-30/2022-02-02"),
    ("تفتح العيادة من الأحد إلى الأربعاء من التاسعة صباحاً حتى الواحدة ظهراً",
     "من التاسعة صباحاً حتى الواحدة ظهراً", "2022-01-30T09:00/2022-01-30T14:00"),
    ("يداوم الموظفون من السبت إلى الخميس بين السابعة والثالثة عصراً", "من السبت إلى الخميس", "2022-01-29/2022-02-03"),
    # one weekday before a clock range keeps it
    ("تفتح العيادة الأربعاء من التاسعة صباحاً حتى الواحدة ظهراً", "الأربعاء من التاسعة صباحاً حتى الواحدة ظهراً",
     "2022-01-26T09:00/2022-01-26T14:00"),
    # two days of one calendar across «|» stay apart
    ("الأعداد: 12 يناير 2022 | 19 يناير 2022", "12 يناير 2022", "2022-01-12"),
    ("الأعداد: 12 يناير 2022 | 19 يناير 2022", "19 يناير 2022", "2022-01-19"),
])
def test_found(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text), _found(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("وحكت هالة مع أخوها عن الدراسة", ""),  # a name, no time
    ("وهالسؤال ما إله جواب", ""),  # «هال» before a noun that is no unit
])
def test_not_found(text: str, wrong: str) -> None:
    found = _found(text)
    assert (found == []) if not wrong else all(wrong not in v for _, v in found), found


@pytest.mark.parametrize("text", [
    "مواعيد: 10 رجب 1443 | 20 مارس 2022",  # two calendars that disagree: two days
    "صدر في 22 جمادى الآخرة 1443\n| 25 يناير 2022",  # a line break beside the «|»
])
def test_not_joined(text: str) -> None:
    assert all("|" not in t for t, _ in _found(text)), _found(text)
