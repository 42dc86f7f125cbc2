"""A span of units counted from now with a direction (deictic ``<n> <units> next``): the unit's plural and
dual, bare, with the article or after لل, and its singular after digits, all derived from units.yaml's
``from_now`` units (:attr:`timeline.lexicon.Lexicon.span_units`, ``span_singulars``). Arabic written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline import tag
from timeline.lexicon import load_lexicon

_SUNDAY = dt.datetime(2024, 6, 9, 10, 0)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _SUNDAY)]


def test_the_forms_are_derived_once_for_each_unit() -> None:
    lex = load_lexicon()
    assert lex.span_units["الاسابيع"] == lex.span_units["للاسابيع"] == ("week", None)
    assert lex.span_units["لليومين"] == lex.span_units["يومين"] == ("day", 2)
    assert lex.span_units["السنتين"] == lex.span_units["العامين"] == ("year", 2)
    assert lex.span_singulars["يوما"] == ("day", 1) and lex.span_singulars["سنه"] == ("year", 1)
    assert "الثواني" not in lex.span_units and "القرون" not in lex.span_units  # not from_now units


def test_plurals_and_duals_with_a_direction_are_spans_from_now() -> None:
    assert _found("وسيواصل الفريق تدريباته خلال الأيام الأربعة المقبلة.") == [
        ("الأيام الأربعة المقبلة", "2024-06-10/2024-06-13")]
    assert _found("وتضاعفت المبيعات في الشهرين الماضيين.") == [("الشهرين الماضيين", "2024-04-01/2024-05-31")]
    assert _found("ووضعت الخطة للسنتين المقبلتين.")[0][1] == "2025-01-01/2026-12-31"


def test_a_singular_after_digits_is_a_span_and_alone_no_unit() -> None:
    assert _found("ومن المتوقع هطول الأمطار في الـ36 ساعة القادمة.")[0][0].endswith("36 ساعة القادمة")
    assert _found("وسجلت المدينة 20 يوماً الماضية بلا حوادث.")[0][1] == "2024-05-20/2024-06-08"


def test_the_two_minutes_and_twelve_weeks_are_spans_as_the_other_units() -> None:
    # the dual of the minute and the singular of the week after digits, derived as the others' are
    hours = _found("وتحسنت الأسعار في الساعتين الأخيرتين.")
    minutes = _found("وتحسنت الأسعار في الدقيقتين الأخيرتين.")
    assert [t for t, _ in minutes] == ["الدقيقتين الأخيرتين"] and [t for t, _ in hours] == ["الساعتين الأخيرتين"]
    assert _found("وسيغلق الجسر طوال الـ12 أسبوعاً المقبلة.")[0][1] == "2024-06-16/2024-09-07"  # twelve whole weeks from the next


def test_a_singular_after_digits_without_the_accusative_alef_is_a_span_too() -> None:
    # "12 شهر" as news often writes "12 شهراً" (span_singulars holds both, from units.yaml)
    assert _found("وسيبقى المعبر مغلقاً خلال الـ12 شهر المقبلة.")[0] == ("الـ12 شهر المقبلة", "2024-07-01/2025-06-30")
