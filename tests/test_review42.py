"""review42: rules of this session's first merges kept to the shapes they were written for. Arabic
written for these tests.

- a lone until-date after a term noun (story42): not the verb عقد (held), not a clause telling a
  happening ("until" bounds it), not ولاية (a state);
- a relative clause's date before an attribution tail (recall42): a noun right after a complementizer
  is the subject of what is said, not an antecedent;
- a comma after a number (recall42): no cut before a gloss of the number (أي) nor between a subject
  and its perfect verb."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 7, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def _clauses(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["clause"]) for e in article_events("a", text, PUBLISHED)]


def test_the_verb_held_is_no_contract() -> None:
    assert _dated("وعقد مجلس الإدارة جلسة مغلقة استمرت حتى فجر اليوم.") == [("حتى فجر اليوم", "2015-08-07TMO")]


def test_until_bounds_the_happening_its_clause_tells() -> None:
    assert _dated("وعقد المحافظ اجتماعا مع رؤساء البلديات امتد حتى مساء أمس.") \
        == [("حتى مساء أمس", "2015-08-06TEV")]
    assert _dated("وتواصلت الاحتجاجات أمام مقر رئاسة الحكومة حتى ساعة متأخرة من ليل أمس.") \
        == [("حتى ساعة متأخرة من ليل أمس", "2015-08-06TNI")]


def test_a_state_is_no_term() -> None:
    assert _dated("وبقيت المدارس مغلقة بولاية أوريغون حتى صباح اليوم.") == [("حتى صباح اليوم", "2015-08-07TMO")]


def test_a_term_still_ends_with_its_date() -> None:
    # the guards leave the rule's own shapes (tests/test_term_until.py): a contract, a presidency
    assert _dated("ووقع الحارس عقدا جديدا لثلاث سنوات حتى 2018.") == []
    assert _dated("ويحتفظ الأمير برئاسة الاتحاد الرياضي حتى 2020 بالتزكية.") == []


def test_the_subject_after_a_complementizer_is_no_antecedent() -> None:
    text = "أفاد سكان أن مسلحين اقتحموا القرية في الرابع من أغسطس، بحسب ما نقلت وكالة محلية الاثنين."
    assert _dated(text) == [("الرابع من أغسطس", "2015-08-04")]
    # the antecedent after the predicate still gives the tail its day (tests/test_tail_over_relative.py)
    text = "وتسلمت الشرطة جثث صيادين غرقوا في عاصفة في الرابع من أغسطس، بحسب ما أفاد مصدر محلي الاثنين."
    assert [expr for expr, _ in _dated(text)] == ["الاثنين"]  # the day's value is the tail rule's (attrib42)


def test_a_gloss_of_the_number_stays_in_its_clause() -> None:
    text = "ويدير الرجل المتحف منذ عام 2001، أي قبل 14 عاما، وسيفتتح المتحف جناحا جديدا في نوفمبر المقبل."
    got = _clauses(text)
    assert ("قبل 14 عاما", "ويدير الرجل المتحف منذ عام 2001، أي قبل 14 عاما") in got
    assert ("نوفمبر المقبل", "وسيفتتح المتحف جناحا جديدا في نوفمبر المقبل.") in got


def test_no_cut_between_a_subject_and_its_verb() -> None:
    text = "وقالت الهيئة إن اللوحة المسروقة من المتحف في عام 2012، عادت أمس إلى مكانها."
    assert {clause for _, clause in _clauses(text)} == {text}
    text = ("وقالت الشركة إن الناقلة القادمة من اليونان والتي تحمل شحنة القمح المتأخرة منذ يونيو 2014، "
            "رست صباح أمس في الميناء.")
    assert _clauses(text) == [("صباح أمس", text)]
    # a piece opening with a preposition is no subject: the cut stays (tests/test_comma_after_number.py)
    text = "وانتقل اللاعب إلى النادي في 2013، لكن النادي باعه في مايو الماضي."
    assert [c for _, c in _clauses(text)] == ["وانتقل اللاعب إلى النادي في 2013", "لكن النادي باعه في مايو الماضي."]
