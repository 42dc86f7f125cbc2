"""Wordings the seventh batch of unseen cases found (unseen80, issue 9; tests/data/recognizers_new80.jsonl): a Hijri
year gives no year to a Gregorian day told right after it («5 صفر 1438 هـ 5 نوفمبر» is two dates, not November read as
the eleventh month of 1438), and «بعد» + an amount opening its sentence before a present تـ (the clause's verb) counts
from the publication, as one after such a verb already did. Sentences written for this test; each value checked by
hand (Hijri days by ``hijridate``)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_REF = dt.datetime(2023, 3, 14, 9, 0)  # a Tuesday, 22 Sha'ban 1444


def _found(text: str, ref: dt.datetime = _REF) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, ref)]


@pytest.mark.parametrize(("text", "expect"), [
    # a Hijri day with its year, then the Gregorian day without one: two dates of one day
    ("ونشر الإعلان في 10 شعبان 1444 هـ 2 مارس", [("10 شعبان 1444 هـ", "2023-03-02"), ("2 مارس", "2023-03-02")]),
    ("ويوافق الأول من رمضان 1444 هجرية الثالث والعشرين من مارس",
     [("الأول من رمضان 1444 هجرية", "2023-03-23"), ("الثالث والعشرين من مارس", "2023-03-23")]),
    ("وعقد الاجتماع عام 1444 هـ 3 مارس", [("عام 1444 هـ", "2022-07-30/2023-07-18"), ("3 مارس", "2023-03-03")]),
])
def test_hijri_year_lends_no_year_to_a_gregorian_month(text: str, expect: list[tuple[str, str]]) -> None:
    assert _found(text) == expect


def test_hijri_year_still_joins_its_own_calendar() -> None:
    # a Hijri year before a Hijri day keeps making one date, as before
    assert _found("وصدر القرار عام 1444 هـ 2 رمضان") == [("عام 1444 هـ 2 رمضان", "2023-03-24")]


@pytest.mark.parametrize(("text", "expect", "value"), [
    # the amount opens the sentence, a present تـ right after it: counted from the publication
    ("وبعد ثلاثة أسابيع تنطلق المرحلة الثانية", "بعد ثلاثة أسابيع", "2023-04-04"),
    ("فبعد أسبوع تبدأ الامتحانات النهائية", "بعد أسبوع", "2023-03-21"),
    ("فبعد أسبوع تستأنف الجامعة الدراسة", "بعد أسبوع", "2023-03-21"),
    ("بعد عشرة أيام تنتهي المهلة الممنوحة للشركات", "بعد عشرة أيام", "2023-03-24"),
    # a perfect after it, or words before it: how long after a happening, as before
    ("وبعد ثلاثة أيام تمكنت الفرق من فتح الطريق", "بعد ثلاثة أيام", "P3D"),
    ("ووصل الوفد إلى المدينة وبعد يومين تقرر تأجيل الاجتماع", "بعد يومين", "P2D"),
    # a تـ verb of four letters is a perfect of تفعّل as well (review80): how long after, as before
    ("ووصل الوفد إلى المدينة. وبعد يومين توجه الوفد إلى الميناء", "بعد يومين", "P2D"),
    ("وأصيب الحارس في المباراة الأولى. وبعد أسبوعين تعرض لإصابة ثانية", "بعد أسبوعين", "P2W"),
])
def test_after_an_amount_opening_its_sentence(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text)


_SAFAR = dt.datetime(2023, 8, 28, 9, 0)  # a Monday, 11 Safar 1445


@pytest.mark.parametrize(("text", "expect", "value"), [
    # a Hijri day, month or feast still to come this Hijri year, a present verb before it: the coming one
    ("ويبدأ تسجيل الحجاج في غرة شوال", "غرة شوال", "2024-04-10"),
    ("وتستقبل المخيمات ضيوف الرحمن يوم عرفة", "يوم عرفة", "2024-06-15"),
    ("ويتوقع التجار انتعاش الأسواق في شهر رمضان", "شهر رمضان", "2024-03-11/2024-04-09"),
    # after a perfect, or with no verb to tell: the nearest, as before
    ("واستقبلت المخيمات ضيوف الرحمن يوم عرفة", "يوم عرفة", "2023-06-27"),
    # a month gone this Hijri year is left to the nearest ("يتوافد" is as often a habit)
    ("ويتوافد الزوار على المدينة في محرم", "محرم", "2023-07-19/2023-08-16"),
])
def test_hijri_later_this_year_after_a_present(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text, _SAFAR)


@pytest.mark.parametrize(("text", "value"), [
    # a present تـ opening the clause, a preposition right before the weekday: the coming one
    ("تنطلق فعاليات المهرجان الثقافي في مساء الخميس", "2023-03-16TEV"),
    ("تنتهي فترة الاعتراض رسمياً عند منتصف ليل الأحد", "2023-03-20T00"),  # (the night's end: Monday's 00)
    # a perfect opening the clause: the last one
    ("تعرضت قافلة المساعدات لهجوم مسلح في مساء الخميس", "2023-03-09TEV"),
])
def test_weekday_after_a_preposition(text: str, value: str) -> None:
    assert [v for _, v in _found(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a colon or a decimal point between digits ends no clause: the verb before it still tells the day
    ("ويستقبل المعرض الزوار من الساعة 10:30 حتى 14:00 يومي الجمعة والسبت", "2023-03-17/2023-03-18"),
    ("ويرتفع سعر الوقود 1.5 دينار الأحد", "2023-03-19"),
])
def test_digits_end_no_clause(text: str, value: str) -> None:
    assert [v for _, v in _found(text)][-1] == value


@pytest.mark.parametrize(("text", "expect"), [
    # "في المئة" is per cent: the day after it is read, no hundred days
    ("وخسر المؤشر 2 في المئة يوم الاثنين", [("يوم الاثنين", "2023-03-13")]),
    ("وصعد الذهب 1.2 في المائة يوم الجمعة", [("يوم الجمعة", "2023-03-10")]),
    # a hundred days said as such stays an amount
    ("ووعد الرئيس بإصلاحات خلال المئة يوم الأولى", [("خلال المئة يوم", "P100D")]),
])
def test_per_cent_is_no_hundred(text: str, expect: list[tuple[str, str]]) -> None:
    assert _found(text) == expect
