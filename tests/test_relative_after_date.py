"""A relative clause opened after the main predicate's date, its own date up to six words after the
pronoun, tells what its antecedent saw: that date is not the clause's (prec41). Arabic written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_a_far_relative_date_after_the_main_date_dates_nothing() -> None:
    got = _dated("كرم المحافظ أمس المعلمة فاطمة أحمد التي كانت نالت جائزة التميز في شهر مارس الماضي.")
    assert got == [("أمس", "2015-08-05")]
    got = _dated("وترأس الوزيران اليوم اجتماع اللجنة المشتركة التي عقدت للمرة الأخيرة في 2011.")
    assert got == [("اليوم", "2015-08-06")]


def test_a_plan_told_in_the_relative_clause_is_the_antecedents() -> None:
    got = _dated("يخضع المهاجم لفحص طبي مطلع الأسبوع المقبل قبل المباراة النهائية التي تجمع الفريقين في جدة الجمعة المقبل.")
    assert [expr for expr, _ in got] == ["مطلع الأسبوع المقبل"]


def test_not_after_a_time_noun_nor_past_a_comma() -> None:
    # في الوقت الذي: "while", a second happening of its own
    got = _dated("وقال المدرب أمس في الوقت الذي يستعد فيه الفريق لمباراة الخميس المقبل.")
    assert ("الخميس المقبل", "2015-08-13") in got
    got = _dated("كرم المحافظ أمس المعلمة فاطمة أحمد التي نالت، بحسب الوزارة، جائزة التميز في مارس.")
    assert ("مارس", "2015-03") in got


def test_not_when_the_date_before_is_a_relative_clauses_too() -> None:
    # the main predicate is undated: both dates are the relative clauses' and both stay
    got = _dated("واحتفظت السباحة بلقبها في سباق 800 متر الذي حققته عام 2013 وفي سباق 200 متر الذي فازت به الأحد الماضي.")
    assert ("الأحد الماضي", "2015-08-02") in got


def test_not_when_it_refines_the_date_before() -> None:
    got = _dated("وبدأت الوزارة الإعداد لمهرجان العام الحالي الذي سيتم تنظيمه بإذن الله بعد شهرين.")
    assert ("بعد شهرين", "2015-10") in got


def test_a_relative_clause_with_no_pronoun_after_an_indefinite_noun() -> None:
    got = _dated("وتسلمت البحرية أمس أربع سفن من أصل عشر سفن تعهدت بها الحكومة في يناير.")
    assert got == [("أمس", "2015-08-05")]
    got = _dated("ورحب الوزير اليوم باتفاق تجاري توصلت إليه الدولتان الشهر الماضي.")
    assert got == [("اليوم", "2015-08-06")]


def test_a_comparisons_term_after_a_resumptive_preposition() -> None:
    got = _dated("ويتوقع أن ينمو الطلب بوتيرة أسرع في عام 2016 عما كان عليه في عام 2014.")
    assert [expr for expr, _ in got] == ["عام 2016"]


def test_a_names_relative_clause_telling_a_happening_is_cut_off() -> None:
    got = [(e.as_row()["expr"], e.as_row()["clause"]) for e in article_events(
        "a", "أفرج أمس عن الصحافي الإيطالي ماريو روسي الذي كان اختطف قرب الحدود في مارس الماضي.", PUBLISHED)]
    assert got == [("أمس", "أفرج أمس عن الصحافي الإيطالي ماريو روسي"),
                   ("مارس الماضي", "الذي كان اختطف قرب الحدود في مارس الماضي.")]
