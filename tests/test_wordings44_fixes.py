"""Fixes of rec44 (Arabic written for these tests): a clock before «من» and the part of a named day,
a definite noun before a clock is no rank, a range of weekdays opened at midnight, a Hijri day range
placed in one year, month names that are also words after قبل/بعد/آخر (not «من قبل»), «هذا» + a
weekday told done, the future of a doubled root (سيحل), «الفصل» as a quarter with its year, and a
clock range whose end alone names the day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

_THURSDAY = dt.datetime(2027, 10, 14, 19, 40)  # 14 Jumada I 1449; Ramadan 1449: 2028-01-28 .. 02-25


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _THURSDAY)]


@pytest.mark.parametrize(("text", "want"), [
    ("تفتح المعابر السابعة من صباح الغد", ("السابعة من صباح الغد", "2027-10-15T07")),
    ("غادرت السفينة الميناء التاسعة والنصف من مساء الأحد الماضي", ("التاسعة والنصف من مساء الأحد الماضي", "2027-10-10T21:30")),
    ("تبدأ المحاضرة الرابعة من بعد ظهر الاثنين المقبل", ("الرابعة من بعد ظهر الاثنين المقبل", "2027-10-18T16")),
    ("أوقف المتهم الحادية عشرة ليل أمس", ("الحادية عشرة ليل أمس", "2027-10-13T23")),
])
def test_a_clock_takes_the_part_of_a_named_day(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


def test_a_noun_with_its_own_pronoun_still_ranks_an_ordinal() -> None:
    assert _found("ينطلق المهرجان في دورته الخامسة من مساء غد") == [("مساء غد", "2027-10-15TEV")]


def test_a_weekday_range_opened_at_midnight_ends_on_the_next_day() -> None:
    assert _found("تتوقف القطارات من منتصف ليل الجمعة حتى ظهر السبت") == [
        ("من منتصف ليل الجمعة حتى ظهر السبت", "2027-10-16T00:00/2027-10-16T13:00")]


@pytest.mark.parametrize(("text", "want"), [
    ("توزع السلال الغذائية بين 5 و15 رمضان", ("بين 5 و15 رمضان", "2028-02-01/2028-02-11")),
    ("تتواصل المسابقة بين العاشر والعشرين من رمضان", ("بين العاشر والعشرين من رمضان", "2028-02-06/2028-02-16")),
])
def test_a_hijri_day_range_is_placed_in_one_year(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("لن تنتهي أعمال الصيانة قبل مارس", "2028-03"),
    ("سيعتكف الشيخ حتى آخر شعبان", "2027-12-29/2028-01-27"),
])
def test_a_month_that_is_also_a_word_after_a_cue(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


def test_by_someone_named_like_a_month_is_no_month() -> None:
    assert _found("استقبل الوفد من قبل رجب طيب أردوغان") == []


@pytest.mark.parametrize(("text", "value"), [
    ("افتتح الوزير المعرض هذا الثلاثاء", "2027-10-12"),
    ("سيفتتح الوزير المعرض هذا الثلاثاء", "2027-10-19"),
])
def test_this_weekday_follows_the_tense(text: str, value: str) -> None:
    assert [v for _, v in _found(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("سيحل المنتخب ضيفا على نظيره الأحد", "2027-10-17"),
    ("ستظل المدارس مغلقة الاثنين", "2027-10-18"),
])
def test_the_future_of_a_doubled_root(text: str, value: str) -> None:
    assert [v for _, v in _found(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("تراجع التضخم في الفصل الثالث من العام الماضي", "2026-Q3"),
    ("ينتظر أن يتحسن النمو في الفصل الرابع من عام 2028", "2028-Q4"),
])
def test_a_fasl_with_its_year_is_a_quarter(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


@pytest.mark.parametrize("text", [
    "يبدأ الطلاب الفصل الثاني من العام الدراسي بعد العطلة",
    "يتناول الفصل الثالث من الكتاب تاريخ المدينة",
])
def test_a_semester_or_a_chapter_is_no_quarter(text: str) -> None:
    assert not any("Q" in v for _, v in _found(text))


def test_a_clock_opens_a_range_on_the_day_its_end_names() -> None:
    assert ("الخامسة مساء وحتى السابعة من مساء يوم الثلاثاء", "2027-10-19T17:00/2027-10-19T20:00") in \
        _found("سيفتح باب التسجيل عند الخامسة مساء وحتى السابعة من مساء يوم الثلاثاء")
