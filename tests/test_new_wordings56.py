"""Wordings the fourth batch of unseen cases found (gen56, issue 9; tests/data/recognizers_new56.jsonl):
«العام الجديد» / «السنة الجديدة» as the year at the turn (its reading needs the publication month), a bare
hour placed by a zone («السابعة بتوقيت القاهرة»), «، الموافق» between a date told twice (and a clock time's day
told again after it), and an amount counted «من اليوم». Sentences written for this test; each value checked
by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_REF = dt.datetime(2022, 1, 25, 10, 0)  # a Tuesday, 22 Jumada al-Akhira 1443


def _found(text: str, ref: dt.datetime = _REF) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, ref)]


@pytest.mark.parametrize(("ref", "text", "expect", "value"), [
    # the year at the turn: the coming one in November and December, the one begun in January
    (dt.datetime(2021, 11, 15, 9), "ووعد المدير بزيادة الرواتب في العام الجديد", "العام الجديد", "2022"),
    (dt.datetime(2021, 12, 30, 9), "وتزينت الشوارع استعداداً لاستقبال السنة الجديدة", "السنة الجديدة", "2022"),
    (dt.datetime(2022, 1, 4, 9), "وقال الوزير إن الأسعار ستنخفض خلال العام الجديد", "العام الجديد", "2022"),
    (dt.datetime(2021, 12, 30, 9), "ويُفتتح المتحف في الأسبوع الأول من العام الجديد", "الأسبوع الأول من العام الجديد",
     "2022-01-01/2022-01-07"),  # the first seven days of the year, as the engine tells a year's first week
    # a bare feminine hour with a zone the table knows after it (zones.yaml)
    (_REF, "وتنطلق القمة في الحادية عشرة بتوقيت غرينتش", "الحادية عشرة بتوقيت غرينتش", "2022-01-25T11"),
    (_REF, "ويُبث الحفل في التاسعة بتوقيت مكة والثامنة بتوقيت القاهرة", "الثامنة بتوقيت القاهرة", "2022-01-25T08"),
    # «، الموافق»: a mark before the restating word
    (_REF, "وتُفتتح الدورة يوم الأربعاء 1 رجب 1443هـ، الموافق 2 فبراير 2022م",
     "يوم الأربعاء 1 رجب 1443هـ، الموافق 2 فبراير 2022م", "2022-02-02"),
    (_REF, "وتبدأ المزايدة الساعة 9:30 صباح الأحد 20 جمادى الآخرة 1443هـ الموافق 23 يناير 2022م",
     "الساعة 9:30 صباح الأحد 20 جمادى الآخرة 1443هـ الموافق 23 يناير 2022م", "2022-01-23T09:30"),
    # an amount counted from today
    (_REF, "وتنتهي فترة التسجيل بعد أسبوعين من اليوم", "بعد أسبوعين من اليوم", "2022-02-08"),
])
def test_found(ref: dt.datetime, text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text, ref)


@pytest.mark.parametrize(("ref", "text", "absent"), [
    # far from a year's turn «العام الجديد» is a Hijri, school or model year: no date
    (dt.datetime(2015, 8, 10, 9), "واستعدت المدارس لبداية العام الجديد", "بداية"),
    (dt.datetime(2015, 8, 10, 9), "وطرحت الشركة سيارات موديل العام الجديد", "العام الجديد"),
    # «النائب العام الجديد»: general, not the year
    (dt.datetime(2021, 12, 30, 9), "وأحال النائب العام الجديد القضية إلى المحكمة", "العام الجديد"),
    # a zone the table does not know places no hour: «بتوقيت قياسي» is in record time
    (_REF, "وفاز العداء في الثالثة بتوقيت قياسي", "الثالثة"),
    # a clock time's day told again after a mark alone stays apart (a mark may open a range)
    (_REF, "ويبدأ العرض الساعة العاشرة صباح الأحد 20 جمادى الآخرة 1443هـ - 23 يناير 2022م",
     "الساعة العاشرة صباح الأحد 20 جمادى الآخرة 1443هـ - 23 يناير 2022م"),
    # «من اليوم الأول» counts from the first day of something, not from today
    (_REF, "وتوفي بعد ساعات من اليوم الأول للمؤتمر", "بعد ساعات من اليوم"),
])
def test_not_found(ref: dt.datetime, text: str, absent: str) -> None:
    assert not any(absent in found for found, _ in _found(text, ref))
