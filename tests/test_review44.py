"""Fixes of review44 (Arabic written for these tests): after a word that takes a person as well as a time
(قبل, بعد, آخر), a month name that is also a given name is the month only where its phrase ends
(relative.yaml ``month_context_at_end``); «الفصل» + an ordinal before «من السنة الثالثة» (a year of a
course) is no quarter."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

_MONDAY = dt.datetime(2015, 8, 10, 10, 0)  # 25 Shawwal 1436


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _MONDAY)]


@pytest.mark.parametrize("text", [
    "وتحدث في الجلسة بعد رجب طيب أردوغان رئيس الوزراء الإيطالي",
    "ووصل الضيف إلى الحفل قبل شعبان عبد الرحيم بدقائق",
    "وتولى جونسون رئاسة الحكومة البريطانية بعد ماي التي استقالت",
    "وكان آخر رجب حكم القرية رجلا طيبا",
])
def test_a_name_after_before_or_after_is_no_month(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("ولن يكتمل بناء الجسر قبل مارس.", ("مارس", "2016-03")),
    ("وسيعتكف المصلون حتى آخر شعبان", ("حتى آخر شعبان", "2016-05-08/2016-06-05")),
    ("وارتفعت الأسعار بعد مارس الماضي بنسبة كبيرة", ("مارس الماضي", "2015-03")),
    ("وسيبقى المعرض مفتوحا طوال شعبان ثم يغلق", ("شعبان", "2016-05-08/2016-06-05")),
    ("واعتكف المصلون حتى آخر شعبان من ذلك العام", ("حتى آخر شعبان", "2015-05-19/2015-06-17")),
    ("ولن يكتمل بناء الجسر قبل مارس في أحسن الأحوال", ("مارس", "2016-03")),
])
def test_the_month_where_its_phrase_ends_or_after_a_time_word(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize("text", [
    "ونجحت الطالبة في الفصل الأول من السنة الثالثة بتفوق",
    "ويدرس الطلاب هذه المادة في الفصل الثاني من العام الأول",
])
def test_a_term_of_a_courses_year_is_no_quarter(text: str) -> None:
    assert not any("Q" in v for _, v in _found(text))


def test_a_fasl_of_a_calendar_year_is_still_a_quarter() -> None:
    assert ("الفصل الأول من العام الجاري", "2015-Q1") in _found("وتراجعت المبيعات في الفصل الأول من العام الجاري")


@pytest.mark.parametrize(("text", "want"), [
    ("وأمسكت الشرطة بالمتهم الثامنة مساء أمس", ("الثامنة مساء أمس", "2015-08-09T20")),
    ("وسلمت المحكمة للمتهم العاشرة من صباح أمس قرار الإفراج", ("العاشرة من صباح أمس", "2015-08-09T10")),
])
def test_a_definite_noun_with_a_clitic_is_no_rank(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


def test_a_noun_with_its_pronoun_and_a_clitic_still_ranks() -> None:
    assert _found("وينطلق المهرجان بدورته الخامسة مساء غد") == [("مساء غد", "2015-08-11TEV")]


_THURSDAY = dt.datetime(2015, 8, 13, 8, 0)


@pytest.mark.parametrize(("text", "want"), [
    # the end of a clock range is at dawn, after midnight: 02:00, not 14:00, and the start the day before
    ("وأغلقت الجسور من الساعة العاشرة صباحا حتى الثانية من فجر السبت", "2015-08-07T10:00/2015-08-08T03:00"),
    ("وأغلقت الجسور من الساعة العاشرة صباحا حتى الثانية فجر السبت", "2015-08-07T10:00/2015-08-08T03:00"),
    # told on that Thursday: from Wednesday evening to Thursday's dawn
    ("وانقطع التيار من العاشرة مساء حتى الثانية فجر الخميس", "2015-08-12T22:00/2015-08-13T03:00"),
])
def test_a_clock_range_ending_at_dawn_of_a_named_day(text: str, want: str) -> None:
    assert [str(t.value) for t in tag(text, _THURSDAY)] == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("وفتح المعرض من العاشرة صباحا حتى الرابعة من عصر السبت", "2015-08-08T10:00/2015-08-08T17:00"),
    ("ويفتح المعرض من الساعة الثامنة حتى العاشرة مساء الخميس", "2015-08-13T20:00/2015-08-13T23:00"),
])
def test_a_clock_range_within_its_day_is_unchanged(text: str, want: str) -> None:
    assert [str(t.value) for t in tag(text, _THURSDAY)] == [want]
