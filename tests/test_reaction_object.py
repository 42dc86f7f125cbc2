"""A reaction's date is its own, not the date of what it reacts to (react43): a date inside a relative
clause of the reaction's object dates the object, cut off as a clause of its own; the reaction, with
no date of its own predicate, is told in its report's window (the publication's day or the day
before; only the publication's day when what it reacts to was told on that day). Arabic written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events
from timeline.leads import REACTION_RULE

PUBLISHED = dt.datetime(2024, 5, 8, 9, 0)  # a Wednesday


def _events(text: str) -> list[tuple[str, str, str, bool]]:
    """(expression, value, clause, inherited) of each event of ``text``."""
    return [(e.timex.text, e.timex.value, e.clause.text, e.inherited) for e in article_events("t", text, PUBLISHED)]


def test_a_condemnation_of_an_attack_told_yesterday() -> None:
    text = "وأدانت وزارة الخارجية بشدة الهجوم المسلح الذي وقع أمس على حاجز للشرطة قرب الحدود."
    assert _events(text) == [
        ("", "2024-05-07/2024-05-08", "وأدانت وزارة الخارجية بشدة", True),
        ("أمس", "2024-05-07", "الهجوم المسلح الذي وقع أمس على حاجز للشرطة قرب الحدود.", False)]
    reaction = article_events("t", text, PUBLISHED)[0]
    assert reaction.timex.rule == REACTION_RULE and reaction.timex.start == reaction.clause.start
    assert reaction.timex.interval == (dt.datetime(2024, 5, 7), dt.datetime(2024, 5, 9))
    assert reaction.timex.grain is not None and reaction.timex.grain.value == "day"


def test_a_welcome_of_an_agreement_signed_on_tuesday() -> None:
    text = "ورحبت الجامعة العربية بالاتفاق الذي وقع الثلاثاء بين الحكومة والفصائل في العاصمة."
    assert _events(text) == [
        ("", "2024-05-07/2024-05-08", "ورحبت الجامعة العربية", True),
        ("الثلاثاء", "2024-05-07", "بالاتفاق الذي وقع الثلاثاء بين الحكومة والفصائل في العاصمة.", False)]


def test_what_it_reacts_to_today_bounds_the_window() -> None:
    # a reaction never comes before what it reacts to: told today, the reaction is today's
    text = "واستنكر المجلس البلدي الحريق الذي التهم اليوم عشرات المحال في السوق القديم."
    got = _events(text)
    assert [(expr, value) for expr, value, _, _ in got] == [("", "2024-05-08"), ("اليوم", "2024-05-08")]
    reaction = article_events("t", text, PUBLISHED)[0]
    assert reaction.timex.interval == (dt.datetime(2024, 5, 8), dt.datetime(2024, 5, 9))


def test_a_condolence_for_the_dead_of_a_crash() -> None:
    text = "ورفع رئيس البلدية أحر التعازي إلى أسر الضحايا الذين قضوا في حادث السير مساء الأحد الماضي."
    got = _events(text)
    assert [(expr, value, inherited) for expr, value, _, inherited in got] == [
        ("", "2024-05-07/2024-05-08", True), ("مساء الأحد الماضي", "2024-05-05TEV", False)]
    assert got[1][2].startswith("الضحايا الذين قضوا")


def test_a_reaction_with_its_own_date_keeps_it() -> None:
    # the evening is the condemnation's; Friday, in the relative clause of its object, the attack's
    text = "وأدان الرئيس مساء أمس الهجوم الذي وقع الجمعة على الحاجز الحدودي."
    assert _events(text) == [("مساء أمس", "2024-05-07TEV", "وأدان الرئيس مساء أمس", False),
                             ("الجمعة", "2024-05-03", "الهجوم الذي وقع الجمعة على الحاجز الحدودي.", False)]
    # the object told on the reaction's own day: the sentence stays whole, as before
    text = "وتلقى الوزير اتصالا هاتفيا أمس من نظيره أعرب خلاله عن إدانته للتفجير الذي استهدف أمس المسجد."
    assert [(expr, clause) for expr, _, clause, _ in _events(text)] == [("أمس", text)]
    # a date of its own after the object: the sentence stays whole, as before
    text = "وأدانت الحكومة في بيان أمس الهجوم على السوق."
    assert [(expr, clause) for expr, _, clause, _ in _events(text)] == [("أمس", text)]


def test_not_after_a_comma_nor_told_ahead_nor_as_background() -> None:
    # the date after a comma may be the reaction's own: the sentence stays whole, as before
    text = "وأدانت الحكومة الهجوم الذي استهدف السوق، أمس."
    assert [(expr, clause) for expr, _, clause, _ in _events(text)] == [("أمس", text)]
    # a reaction told in the pluperfect gives no report's day: only the object is dated
    text = "وكانت الحكومة قد أدانت بشدة الهجوم الذي استهدف السوق أمس."
    assert [expr for expr, _, _, _ in _events(text)] == ["أمس"]


def test_a_date_of_the_next_clause_leaves_the_object_its_own() -> None:
    # after a comma and و another clause opens: its date is its own, not the condemnation's
    text = "وأدانت الحكومة التفجير الذي استهدف المسجد أمس، وأكد المتحدث باسمها في تصريح له اليوم تضامنها مع الأسر."
    assert [(expr, value) for expr, value, _, _ in _events(text)] == [
        ("", "2024-05-07/2024-05-08"), ("أمس", "2024-05-07"), ("اليوم", "2024-05-08")]


def test_a_subordinate_inside_the_object_still_tells_the_object() -> None:
    # the prayer's noon is the attack's: أثناء opens a phrase inside the relative clause
    text = "وأدان الوزير العمل الإرهابي الذي استهدف المصلين في المسجد أثناء صلاة ظهر أمس."
    assert [(expr, value, clause) for expr, value, clause, _ in _events(text)] == [
        ("", "2024-05-07/2024-05-08", "وأدان الوزير"),
        ("ظهر أمس", "2024-05-07T12", "العمل الإرهابي الذي استهدف المصلين في المسجد أثناء صلاة ظهر أمس.")]


def test_the_innermost_relative_clause_holds_the_date() -> None:
    # the year is the armistice's, told in the relative clause inside the object's own
    text = "وقال المندوب: ندين بقوة هذا العمل الذي يعد خرقا لاتفاقية الهدنة التي أنهت الحرب عام 1953."
    got = _events(text)
    assert [(expr, value) for expr, value, _, _ in got] == [("", "2024-05-07/2024-05-08"), ("عام 1953", "1953")]
    assert got[0][2].endswith("يعد خرقا") and got[1][2].startswith("لاتفاقية الهدنة التي")


def test_a_denial_is_no_reaction_class_and_stays_whole() -> None:
    # نفى is a negation word, not a reaction of triggers.yaml: the denial keeps the report's date, as before
    text = "ونفت الوزارة التقرير الذي نشرته صحيفة محلية اليوم عن صفقة السلاح."
    assert [(expr, clause) for expr, _, clause, _ in _events(text)] == [("اليوم", text)]


def test_offsets_hold() -> None:
    text = ("وأدانت المنظمة الدولية الجريمة التي نفذها مجهولون فجر أمس في القرية. "
            "ورحبت الحكومة بالقرار الذي صدر الاثنين.")
    for event in article_events("t", text, PUBLISHED):
        assert text[event.clause.start:event.clause.end] == event.clause.text
        assert text[event.timex.start:event.timex.end] == event.timex.text
