"""Fixes of rec43 (Arabic written for these tests): anniversaries as durations of years, a
part of the day or a clock with a narrative day, a part of every month or year as a set, a day of
every year told after its date, سلخ (a month's last day), «نفسها/ذاتها» after a feminine unit, and
two weekdays in a range opened by «منذ»."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

_TUESDAY = dt.datetime(2027, 4, 20, 11, 0)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _TUESDAY)]


@pytest.mark.parametrize(("text", "want"), [
    ("أقامت البلدية حفلا بمناسبة الذكرى الثلاثين لافتتاح الجسر", ("الذكرى الثلاثين", "P30Y")),
    ("وفي الذكرى السنوية الثالثة للفيضان زار الوزير القرية", ("الذكرى السنوية الثالثة", "P3Y")),
    ("تحيي الجمعية الذكرى الحادية والعشرين لتأسيسها", ("الذكرى الحادية والعشرين", "P21Y")),
    ("نظم الطلاب معرضا في الذكرى الـ15 لرحيل المعلم", ("الذكرى الـ15", "P15Y")),
])
def test_an_anniversary_counts_years(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize("text", [
    "بقيت الذكرى الجميلة في قلوب الجميع",
    "أحيا الأهالي الذكرى السنوية للمعركة",
])
def test_an_anniversary_without_a_number_is_no_time(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "فاز بالمسابقة فتى في الرابعة عشرة من عمره",
    "أوقفت الشرطة رجلا في العقد الرابع من عمره",
])
def test_an_age_in_ordinals_stays_untagged(text: str) -> None:
    assert [v for _, v in _found(text) if v.startswith("P")] == []  # the house's reading (negative.yaml)


@pytest.mark.parametrize(("text", "want"), [
    ("وصل الفريق إلى المدينة في 3 مارس، وبدأ التدريب مساء اليوم التالي", ("مساء اليوم التالي", "2027-03-04TEV")),
    ("افتتح المعرض في 9 فبراير، وزاره الوزير صباح اليوم نفسه", ("صباح اليوم نفسه", "2027-02-09TMO")),
    ("اندلع الحريق في 5 يناير، وأخمد عند الثالثة من فجر اليوم التالي", ("الثالثة من فجر اليوم التالي", "2027-01-06T03")),
])
def test_a_part_of_the_day_takes_the_narrative_day(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(("text", "want"), [
    ("تنشر الشركة تقريرها في نهاية كل شهر", ("نهاية كل شهر", "XXXX-XX")),
    ("تراجع اللجنة الأسعار مطلع كل عام", ("مطلع كل عام", "XXXX")),
    ("تقام الاحتفالات في الخامس من يوليو كل عام", ("الخامس من يوليو كل عام", "XXXX-07-05")),
])
def test_parts_and_days_of_every_period_are_sets(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(("text", "want"), [
    ("يغلق باب التسجيل سلخ الشهر المقبل", ("سلخ الشهر المقبل", "2027-05-31")),
    ("انتهت المهلة في سلخ شهر فبراير", ("سلخ شهر فبراير", "2027-02-28")),
])
def test_salkh_is_a_months_last_day(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


def test_salkh_as_a_verb_is_no_time() -> None:
    assert _found("سلخ الصياد جلد الأرنب بسرعة") == []


def test_the_same_year_agrees_with_a_feminine_unit() -> None:
    assert ("السنة ذاتها", "2019") in _found("افتتح المصنع عام 2019، وتوسع في السنة ذاتها")


def test_since_opens_a_range_of_weekdays_with_a_range_word() -> None:
    assert ("منذ السبت الماضي وحتى الاثنين", "2027-04-17/2027-04-19") in \
        _found("استمرت الأمطار منذ السبت الماضي وحتى الاثنين")


def test_since_does_not_open_a_range_with_ila() -> None:
    assert all("/" not in v for _, v in _found("نقل الاجتماع منذ الاثنين إلى الخميس"))
