"""Days listed before the month they share, however many, each its own expression (_listed_dates.listed_days):
«في 10 و12 و14 سبتمبر»، «في 10، 12، 14 سبتمبر»، a run of days that follow each other one range, a range
among them, each day after its weekday, weekdays listed before their days, and dates with no year sharing the
year told once at the end (Arabic written for these tests)."""

from __future__ import annotations

import pytest

from timeline.tagger import tag

PUBLISHED = "2015-08-20T12:00"  # a Thursday


def _values(text: str, published: str = PUBLISHED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("وستجري الجولات في 10 و12 و14 سبتمبر المقبل في العاصمة",
     [("10", "2015-09-10"), ("12", "2015-09-12"), ("14 سبتمبر المقبل", "2015-09-14")]),
    ("وستجري الجولات في 10، 12، 14 سبتمبر المقبل",
     [("10", "2015-09-10"), ("12", "2015-09-12"), ("14 سبتمبر المقبل", "2015-09-14")]),
    ("وأغلقت المعابر في 2 و5، و9 و13 أغسطس الجاري",
     [("2", "2015-08-02"), ("5", "2015-08-05"), ("9", "2015-08-09"), ("13 أغسطس الجاري", "2015-08-13")]),
    ("وسقطت القذائف في 3 ثم 7 أغسطس على الحي", [("3", "2015-08-03"), ("7 أغسطس", "2015-08-07")]),
    ("وسقطت القذائف في 3 وفي 7 أغسطس على الحي", [("3", "2015-08-03"), ("7 أغسطس", "2015-08-07")]),
    ("وتقام العروض أيام 4 و11 و18 من الشهر المقبل",
     [("أيام 4", "2015-09-04"), ("11", "2015-09-11"), ("18 من الشهر المقبل", "2015-09-18")]),
    ("وتوقفت الرحلات في 6 و9 و12 يونيو 2013 بسبب العاصفة",
     [("6", "2013-06-06"), ("9", "2013-06-09"), ("12 يونيو 2013", "2013-06-12")]),
])
def test_every_listed_day_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_the_pair_is_unchanged() -> None:
    assert _values("وتجري المباراتان يومي 14 و19 من الشهر المقبل") == [
        ("يومي 14", "2015-09-14"), ("19 من الشهر المقبل", "2015-09-19")]
    assert _values("ويزور الوفد العاصمة في 3 و7 سبتمبر") == [("3", "2015-09-03"), ("7 سبتمبر", "2015-09-07")]


def test_days_that_follow_each_other_are_one_range() -> None:
    assert _values("وتقام الدورة أيام 3 و4 و5 سبتمبر المقبل") == [("أيام 3 و4 و5 سبتمبر المقبل", "2015-09-03/2015-09-05")]
    assert _values("وصام الأهالي أيام 3 و4 و5 رمضان 1436") == [("أيام 3 و4 و5 رمضان 1436", "2015-06-20/2015-06-22")]
    # a day apart from the run keeps its own date
    assert _values("وتقام الدورة في 1 و4 و5 سبتمبر المقبل") == [
        ("1", "2015-09-01"), ("4 و5 سبتمبر المقبل", "2015-09-04/2015-09-05")]


def test_a_range_in_a_list() -> None:
    assert _values("وأغلقت المدارس من 3 إلى 5 و10 أغسطس الجاري") == [
        ("من 3 إلى 5", "2015-08-03/2015-08-05"), ("10 أغسطس الجاري", "2015-08-10")]


def test_each_day_after_its_weekday() -> None:
    assert _values("وتجري الانتخابات الأحد 9 والثلاثاء 11 أغسطس في الدوائر") == [
        ("الأحد 9", "2015-08-09"), ("الثلاثاء 11 أغسطس", "2015-08-11")]


def test_weekdays_listed_before_their_days() -> None:
    # two that follow each other: one range, each end with its weekday (no conflict)
    [t] = tag("وأغلقت المتاجر الأحد والاثنين 9 و10 أغسطس", PUBLISHED)
    assert (t.text, t.value, t.conflict) == ("الأحد والاثنين 9 و10 أغسطس", "2015-08-09/2015-08-10", None)
    # three: one range too; weekdays that do not fall on the days keep the conflict
    assert _values("وأغلقت المتاجر السبت والأحد والاثنين 8 و9 و10 أغسطس") == [
        ("السبت والأحد والاثنين 8 و9 و10 أغسطس", "2015-08-08/2015-08-10")]
    [t] = tag("وأغلقت المتاجر الأحد والاثنين 10 و11 أغسطس", PUBLISHED)
    assert t.text == "الأحد والاثنين 10 و11 أغسطس" and t.conflict
    # two apart: each weekday its day
    assert _values("وأغلقت المتاجر الأحد والثلاثاء 9 و11 أغسطس")[:2] == [("الأحد", "2015-08-09"), ("الثلاثاء", "2015-08-11")]


def test_months_share_the_year_told_once() -> None:
    assert _values("وتراجعت الصادرات في يونيو ويوليو وأغسطس 2013") == [
        ("يونيو", "2013-06"), ("يوليو", "2013-07"), ("أغسطس 2013", "2013-08")]
    assert _values("وتراجعت الصادرات في يونيو، يوليو وأغسطس 2013") == [
        ("يونيو", "2013-06"), ("يوليو", "2013-07"), ("أغسطس 2013", "2013-08")]
    assert _values("وزار الوفد المدينة في 5 مارس و7 أبريل و9 مايو 2012") == [
        ("5 مارس", "2012-03-05"), ("7 أبريل", "2012-04-07"), ("9 مايو 2012", "2012-05-09")]
    # a range of days of an earlier month shares it too
    assert _values("وأقيمت الدورتان من 3 إلى 5 مارس و7 أبريل 2012") == [
        ("من 3 إلى 5 مارس", "2012-03-03/2012-03-05"), ("7 أبريل 2012", "2012-04-07")]
    assert _values("وأغلق المعبر في 29 و30 و31 يوليو و1 أغسطس 2014")[0] == ("29 و30 و31 يوليو", "2014-07-29/2014-07-31")


@pytest.mark.parametrize("text", [
    "وقتل 14 و15 شخصا في الهجومين",  # numbers, no month
    "وارتفعت الأسعار بنسبة 3 و4 في المائة",
    "وأصيب 10 و12 و14 آخرون",
])
def test_no_list_of_days(text: str) -> None:
    assert _values(text) == []


def test_hours_share_the_part_of_the_day_told_once() -> None:
    assert _values("وسمعت الانفجارات في الساعة الثامنة والعاشرة مساء") == [
        ("الساعة الثامنة", "2015-08-19T20"), ("العاشرة مساء", "2015-08-19T22")]
    assert _values("وتنطلق الحافلات عند الساعة السابعة والتاسعة والحادية عشرة ليلا") == [
        ("عند الساعة السابعة", "2015-08-20T19"), ("التاسعة", "2015-08-20T21"), ("الحادية عشرة ليلا", "2015-08-20T23")]
    # the first with a day of its own keeps it and takes the part
    assert _values("ودوت صفارات الإنذار أمس الساعة الثامنة والعاشرة مساء") == [
        ("أمس الساعة الثامنة", "2015-08-19T20"), ("العاشرة مساء", "2015-08-19T22")]


@pytest.mark.parametrize("text, expected", [
    # a rank is no hour; a later hour first is no list; digits after و are minutes (the clock's own reading)
    ("وحل الفريق في المرتبة الثامنة والعاشرة مساء أمس", [("العاشرة مساء أمس", "2015-08-19T22")]),
    ("وتفتح القاعة الساعة العاشرة والثامنة مساء", [("الساعة العاشرة", "2015-08-20T10"), ("الثامنة مساء", "2015-08-20T20")]),
    ("ووصل القطار في الساعة 8 و10 مساء", [("الساعة 8 و10 مساء", "2015-08-19T20:10")]),
])
def test_no_list_of_hours(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_a_month_that_is_also_a_name_between_two_of_a_list() -> None:
    # شعبان and صفر are names and words too: between two months of a list ending in a year, the month
    assert _values("وتصدر المجلة أعدادها في رجب وشعبان ورمضان 1436") == [
        ("رجب", "2015-04-20/2015-05-18"), ("شعبان", "2015-05-19/2015-06-17"), ("رمضان 1436", "2015-06-18/2015-07-16")]
    assert _values("ونظمت الدورات في محرم، صفر، ربيع الأول 1436") == [
        ("محرم", "2014-10-25/2014-11-22"), ("صفر", "2014-11-23/2014-12-22"), ("ربيع الأول 1436", "2014-12-23/2015-01-20")]
    # three men named so: no year ends the list, شعبان stays a name
    assert ("شعبان", "2015-05-19/2015-06-17") not in _values("وحضر رجب وشعبان ورمضان الاجتماع")
