"""Where the house's values meet TimeML's (conv63, issue 9): a fuzzy part before a vague period is inside
the expression, as TimeML draws the extent («نهاية الموسم الماضي»: PAST_REF, mod END); and the conventions
the house keeps on purpose, pinned so that changing one is a decision (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline import tag

TOLD = dt.datetime(2015, 8, 6, 9, 0)  # a Thursday


def _found(text: str, told: dt.datetime = TOLD) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, published=told)]


def test_a_part_of_a_vague_season_is_one_expression_with_its_mod() -> None:
    assert _found("أصيب المهاجم في أواخر الموسم الماضي وغاب عن المباريات") == [
        ("أواخر الموسم الماضي", "PAST_REF", "END")]
    assert _found("ويأمل المدرب أن يعود الحارس مطلع الموسم المقبل") == [
        ("مطلع الموسم المقبل", "FUTURE_REF", "START")]
    assert _found("وانضم الظهير إلى الفريق منتصف الموسم الحالي") == [
        ("منتصف الموسم الحالي", "PRESENT_REF", "MID")]


def test_a_part_after_a_clitic_or_a_since_keeps_the_word_out() -> None:
    # the scorer drops a leading ب/منذ; the span starts at the part itself
    assert _found("وينتهي عقد الحارس بنهاية الموسم المقبل") == [("نهاية الموسم المقبل", "FUTURE_REF", "END")]
    assert _found("ولم يلعب الجناح منذ بداية الفترة الماضية") == [("بداية الفترة الماضية", "PAST_REF", "START")]


def test_a_vague_period_alone_has_no_mod() -> None:
    assert _found("وتألق الحارس في الموسم الماضي") == [("الموسم الماضي", "PAST_REF", None)]


def test_kept_conventions_calendar_decades_and_a_since_amount_ago() -> None:
    # Recognizers' gold «العقدين الماضيين» told in 2016 is [1990, 2010): calendar decades, as here (TimeML
    # would give a duration ending at the publication; the two disagree, the house keeps the gold's)
    assert [(t.text, t.value) for t in tag("وتضاعف عدد السكان خلال العقدين الماضيين", published=TOLD)] == [
        ("العقدين الماضيين", "1990-01-01/2009-12-31")]
    # dateparser's gold «منذ يومين» is the day two days back, as here
    assert [(t.text, t.value) for t in tag("وصل الوفد منذ يومين", published=TOLD)] == [("منذ يومين", "2015-08-04")]
