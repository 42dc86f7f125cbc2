"""Wordings gen54's cases found missed (issue 9, tests/data/recognizers_new54.jsonl): a Gregorian date then a
Hijri one across a dash (one day told twice, not a range), a range's year phrase told once after both ends
(«من 5 إلى 9 أبريل من العام الماضي») or after an end whose start has its own year, the colloquial «اللي جاي»,
«اليوم» before a day of the month in words, and a set before «من» and a clock time. Sentences written for this test; each value checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_REF = dt.datetime(2022, 1, 25, 10, 0)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _REF)]


@pytest.mark.parametrize(("text", "expect", "value"), [
    # a Gregorian date, a dash, the same day in Hijri: one day (the start kept its own calendar)
    ("وصدر العدد الأول يوم 24 يناير 2022 – 21 جمادى الآخرة 1443 في الرياض",
     "يوم 24 يناير 2022 – 21 جمادى الآخرة 1443", "2022-01-24"),
    ("وافتتح الجسر في 4 نوفمبر 2021 - 29 ربيع الأول 1443هـ", "4 نوفمبر 2021 - 29 ربيع الأول 1443هـ", "2021-11-04"),
    # a range's year phrase after its end is the start's year too
    ("وأغلق المعبر من 3 إلى 7 مارس من العام الماضي", "من 3 إلى 7 مارس من العام الماضي", "2021-03-03/2021-03-07"),
    ("وتعطلت الرحلات بين 12 و15 يونيو من العام الماضي", "بين 12 و15 يونيو من العام الماضي", "2021-06-12/2021-06-15"),
    ("وتوقفت المصانع من 27 ديسمبر إلى 2 يناير من العام الماضي", "من 27 ديسمبر إلى 2 يناير من العام الماضي",
     "2020-12-27/2021-01-02"),
    # a start with its own year keeps it; the phrase is the end's
    ("وعمل في السفارة من سبتمبر 2015 حتى مايو من العام الماضي", "من سبتمبر 2015 حتى مايو من العام الماضي",
     "2015-09-01/2021-05-31"),
    # colloquial «اللي جاي», its feminine derived
    ("والسفر حيكون الشهر اللي جاي", "الشهر اللي جاي", "2022-02"),
    ("والمدارس هتفتح السنة اللي جاية", "السنة اللي جاية", "2023"),
    # «اليوم» before a day of the month in words: that day
    ("ويوافق اليوم الخامس عشر من الشهر عيد الشجرة", "اليوم الخامس عشر من الشهر", "2022-01-15"),
    # a set, then «من» and a clock time: that time of every such day (not one Friday)
    ("وتفتح الحديقة أبوابها كل يوم سبت من السابعة صباحاً", "كل يوم سبت من السابعة صباحاً", "XXXX-WXX-6T07"),
    ("ويبدأ البث كل ليلة من العاشرة", "كل ليلة من العاشرة", "XXXX-XX-XXT22"),
    ("ويتدرب اللاعبون كل يوم من الرابعة حتى السادسة مساءً", "كل يوم", "P1D"),  # a clock range of its own after it
    # a dash between two dates of one calendar stays a range
    ("وتقام الدورة 10 - 14 فبراير في القاهرة", "10 - 14 فبراير", "2022-02-10/2022-02-14"),
])
def test_found(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text), _found(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("وسلّم على الرجل اللي جاي من المدينة", ""),  # a man coming, no time
    ("واحتل الفريق المركز الثالث من الشهر في الترتيب", "2022-01-03"),  # a rank, no «يوم» before it
])
def test_not_found(text: str, wrong: str) -> None:
    found = _found(text)
    assert (found == []) if not wrong else all(wrong not in v for _, v in found), found
