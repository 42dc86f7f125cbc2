"""A happening told in the relative clause of a subject, with its own date, is its own event: the clause
(its antecedent with it) ends where the subject's predicate starts, and the predicate is not dated by it
(Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _events(text: str, published: str = "2015-08-06T08:00") -> list[tuple[str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return list(zip(frame["expr"], frame["clause"]))


def test_the_relative_clause_ends_before_the_predicate() -> None:
    text = ("وأعلن الوزير أن السفينة التي غرقت الأسبوع الماضي قرب الساحل الشرقي تعود إلى شركة نقل "
            "محلية.")
    assert _events(text) == [("الأسبوع الماضي", "السفينة التي غرقت الأسبوع الماضي قرب الساحل الشرقي")]


def test_a_present_verb_after_a_place_ends_it() -> None:
    text = "وقال المدير إن المهرجان الذي انطلق أمس في المدينة يستمر عشرة أيام بمشاركة فرق من عدة دول."
    assert _events(text) == [("أمس", "المهرجان الذي انطلق أمس في المدينة")]


def test_a_copula_opens_the_predicate_which_keeps_its_own_date() -> None:
    text = "وأكد الوزير أن اللقاء الذي عقد أمس مع نظيره الفرنسي هو استكمال لمحادثات سابقة."
    assert _events(text) == [("أمس", "اللقاء الذي عقد أمس مع نظيره الفرنسي")]


def test_after_a_comma_and_after_what() -> None:
    # "وما كان يجري": كان after ما is no predicate; the one after the comma is
    text = "وقال الباحث إن الطريقة التي أنشئت بها اللجنة في 2010 وما كان يجري حولها، كانت كلها خاطئة."
    assert _events(text) == [("2010", "الطريقة التي أنشئت بها اللجنة في 2010 وما كان يجري حولها")]


def test_the_relative_clause_goes_on_after_and() -> None:
    # "وتعرف": the relative clause goes on; a verb in the past is not read as the predicate
    text = ("وذكر التقرير أن الجماعة التي هاجمها مسلحون أمس وتعرف باسم اللواء الخامس شاركت في "
            "التدريب.")
    [(_, clause)] = _events(text)
    assert clause.startswith("الجماعة التي هاجمها") and clause.endswith("شاركت في التدريب.")


def test_a_word_a_preposition_governs_is_no_predicate() -> None:
    # "تكريت" after "قرب بلدة": a town, not a verb agreeing with القافلة
    text = "وأعلن الجيش أن القافلة التي تعرضت لهجوم أمس قرب بلدة تكريت وتبعد عنها ساعة عادت إلى المعسكر."
    [(_, clause)] = _events(text)
    assert clause.startswith("القافلة التي تعرضت") and "عادت إلى المعسكر" in clause


def test_a_subject_opening_its_sentence() -> None:
    text = "والمهرجان الذي انطلق أمس في المدينة يستمر عشرة أيام بمشاركة فرق من عدة دول."
    assert _events(text) == [("أمس", "والمهرجان الذي انطلق أمس في المدينة")]


def test_an_adjective_after_a_glued_preposition_is_no_predicate() -> None:
    # "بمسجد تابع": the mosque's adjective; the predicate in the past is not read: the sentence stays whole
    text = "الهجوم الذي وقع أمس بمسجد تابع للشرطة أسفر عن مقتل ثلاثة من المصلين."
    assert _events(text) == [("أمس", text)]


def test_an_opening_verb_is_no_subject() -> None:
    # "وقالت الهيئة التي": a verb opens the sentence; the date after the relative clause is the verb's
    text = "وقالت الهيئة التي تدير الميناء اليوم إنها ستوسع أرصفته الشمالية."
    assert _events(text) == [("اليوم", text)]


def test_since_after_a_passive_participle_is_the_nouns_state() -> None:
    # "المفقودة منذ": missing since then, not the time of what the clause tells
    text = ("وقال المحققون إن القطعة التي عثر عليها الغواصون أمس في قاع البحر تعود إلى السفينة المفقودة "
            "منذ 3 مارس 2014.")
    assert _events(text) == [("أمس", "القطعة التي عثر عليها الغواصون أمس في قاع البحر")]
    assert _events("وقال المحققون إن القطعة تعود إلى السفينة المفقودة منذ 3 مارس 2014.") == []


def test_since_after_another_adjective_still_dates() -> None:
    # a derived form reads as an adjective too: the since is the main verb's
    found = _events("وتشن القوات المشتركة منذ 3 أغسطس حملة واسعة على المهربين.")
    assert [expr for expr, _ in found] == ["منذ 3 أغسطس"]
