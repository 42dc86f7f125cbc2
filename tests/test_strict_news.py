"""Kinds the strict audit of unseen news (strict62) found: a year noun before its number in brackets,
"at the same time" with الآن, the coming days and the present age told with a noun, an almost-daily
manner, and "بعد" + an amount with a present verb right after it (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline import tag

TOLD = dt.datetime(2015, 8, 6, 9, 0)  # a Thursday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published=TOLD)]


def test_a_year_noun_before_its_number_in_brackets_is_no_year_ago() -> None:
    assert _found("وتتولى الجمعية تنظيم السباق منذ عام (1430هـ 2009م) دون انقطاع") == [
        ("1430هـ", "2008-12-29/2009-12-17"), ("2009م", "2009")]
    assert _found("وانتقل الطبيب إلى القرية منذ عام تقريبا") == [("منذ عام تقريبا", "2014")]


def test_now_itself_is_at_the_same_time() -> None:
    assert _found("فالمعلم قدوة لطلابه وهو في الآن نفسه رقيب على سلوكهم") == []
    assert _found("وكانت المدينة تحتفل وتحزن في الآن ذاته") == []
    assert _found("ويصل الوفد الآن إلى المطار") == [("الآن", "PRESENT_REF")]


def test_the_coming_days_and_the_present_age() -> None:
    assert _found("وقد نعود إلى هذا الملف في مقبل الأيام") == [("في مقبل الأيام", "FUTURE_REF")]
    assert _found("ولا يكاد يخلو بيت من الهاتف في العصر الحاضر") == [("في العصر الحاضر", "PRESENT_REF")]


def test_an_almost_daily_manner_is_a_daily_set() -> None:
    found = tag("ويتابع المهندس أعمال الصيانة بشكل شبه يومي مع الفريق", published=TOLD)
    assert [(t.text, t.value, t.type) for t in found] == [("بشكل شبه يومي", "P1D", "SET")]


def test_a_present_verb_right_after_the_amount_keeps_the_date() -> None:
    assert _found("والجسر الجديد بعد عشرة أيام يكتمل") == [("بعد عشرة أيام", "2015-08-16")]
    assert _found("ووصل المسعفون إلى القرية بعد ساعتين يحملون المؤن") == [("بعد ساعتين", "PT2H")]


def test_former_after_an_indefinite_noun_is_an_adjective() -> None:
    assert _found("وأعادت اللجنة دراسة مقترحاً سابقاً للبلدية") == []
    assert _found("وكان المهندس موظفا سابقا في الهيئة") == []
    assert _found("وكان الطبيب يعمل سابقا في المستشفى") == [("سابقا", "PAST_REF")]
    assert _found("وقد زارها سابقا وفد من الوزارة") == [("سابقا", "PAST_REF")]
    assert _found("بعد أن التقيا سابقا في البطولة") == [("سابقا", "PAST_REF")]
