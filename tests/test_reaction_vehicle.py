"""A reaction's own date after its object (react43b): a date in the phrase after the comma that ends the
object's relative clause, when that phrase names the reaction's vehicle (a statement, a speech: the
``telling_venues`` of ``event_dates.yaml``) or opens with a speech verb, is the reaction's; and a «، و»
with a perfect verb telling another reaction after the object opens the reactor's next act, not more of
the object's. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2024, 5, 8, 9, 0)  # a Wednesday


def _events(text: str) -> list[tuple[str, str, str, bool]]:
    """(expression, value, clause, inherited) of each event of ``text``."""
    return [(e.timex.text, e.timex.value, e.clause.text, e.inherited) for e in article_events("t", text, PUBLISHED)]


def test_a_condemnation_dated_by_its_statement_after_a_comma() -> None:
    text = "وأدانت الوزارة الهجوم الذي وقع الجمعة، في بيان أصدرته مساء أمس."
    assert _events(text) == [
        ("مساء أمس", "2024-05-07TEV", "وأدانت الوزارة", True),
        ("الجمعة", "2024-05-03", "الهجوم الذي وقع الجمعة", False),
        ("مساء أمس", "2024-05-07TEV", "في بيان أصدرته مساء أمس.", False)]


def test_a_speech_after_the_object_dates_the_reaction() -> None:
    text = "واستنكر المجلس التفجير الذي استهدف الجسر السبت، في كلمة ألقاها رئيسه اليوم أمام النواب."
    got = _events(text)
    assert got[0] == ("اليوم", "2024-05-08", "واستنكر المجلس", True)
    assert got[1][:2] == ("السبت", "2024-05-04")


def test_a_speech_verb_after_the_comma_dates_the_reaction() -> None:
    text = "ورحبت الحكومة بالاتفاق الذي وقع الأحد، قال المتحدث باسمها أمس."
    got = _events(text)
    assert got[0] == ("أمس", "2024-05-07", "ورحبت الحكومة", True)
    assert got[1][:2] == ("الأحد", "2024-05-05")


def test_a_venue_without_a_date_leaves_the_window() -> None:
    text = "وأدانت الحكومة الهجوم الذي وقع الجمعة، في بيان مقتضب."
    got = _events(text)
    assert got[0] == ("", "2024-05-07/2024-05-08", "وأدانت الحكومة", True)


def test_a_bare_date_after_the_comma_stays_undecided() -> None:
    # «، أمس» may be the attack's or the condemnation's: the sentence stays whole
    text = "وأدانت الحكومة الهجوم الذي استهدف السوق الشعبي، أمس."
    assert [(expr, value) for expr, value, _, _ in _events(text)] == [("أمس", "2024-05-07")]


def test_a_statement_after_a_comma_and_waw_is_another_clause() -> None:
    text = "وأدانت الحكومة الهجوم الذي وقع الجمعة، وقالت في بيان أمس إنها ستلاحق المنفذين."
    got = _events(text)
    assert got[0] == ("", "2024-05-07/2024-05-08", "وأدانت الحكومة", True)
    assert got[-1][:2] == ("أمس", "2024-05-07")


def test_the_reactors_call_after_the_object_is_its_own_clause() -> None:
    text = "وأدانت الحكومة الهجوم الذي وقع الجمعة، ودعت إلى ضبط النفس."
    assert _events(text) == [
        ("", "2024-05-07/2024-05-08", "وأدانت الحكومة", True),
        ("الجمعة", "2024-05-03", "الهجوم الذي وقع الجمعة", False),
        ("", "2024-05-07/2024-05-08", "ودعت إلى ضبط النفس.", True)]


def test_the_reactors_call_is_bounded_by_an_object_of_today() -> None:
    text = "واستنكرت النقابة الحريق الذي اندلع اليوم في المصنع، وطالبت بفتح تحقيق."
    got = _events(text)
    assert [(expr, value, inherited) for expr, value, _, inherited in got] == [
        ("", "2024-05-08", True), ("اليوم", "2024-05-08", False), ("", "2024-05-08", True)]
    assert got[-1][2] == "وطالبت بفتح تحقيق."


def test_what_the_object_did_next_stays_with_it() -> None:
    # «وأسفر» goes on telling the attack: no reaction, no cut
    text = "وأدانت الحكومة الهجوم الذي وقع أمس، وأسفر عن مقتل خمسة أشخاص."
    got = _events(text)
    assert got[-1] == ("أمس", "2024-05-07", "الهجوم الذي وقع أمس، وأسفر عن مقتل خمسة أشخاص.", False)


def test_a_call_after_the_statement_keeps_the_statements_date() -> None:
    text = "وأدانت الحكومة الهجوم الذي وقع الجمعة، في بيان أصدرته مساء أمس، ودعت إلى ضبط النفس."
    got = _events(text)
    assert got[0] == ("مساء أمس", "2024-05-07TEV", "وأدانت الحكومة", True)
    assert got[-1] == ("مساء أمس", "2024-05-07TEV", "في بيان أصدرته مساء أمس، ودعت إلى ضبط النفس.", False)


def test_a_phone_call_after_the_object_dates_the_condolence() -> None:
    # a phone call is a telling venue (venue43): «، في اتصال هاتفي أجراه مساء أمس» is the condolence's
    text = "وأعرب الرئيس عن تعازيه في الحادث الذي وقع الجمعة، في اتصال هاتفي أجراه مساء أمس مع نظيره."
    got = _events(text)
    assert got[0][1:] == ("2024-05-07TEV", "وأعرب الرئيس عن تعازيه في", True)
    assert got[1] == ("الجمعة", "2024-05-03", "الحادث الذي وقع الجمعة", False)


def test_an_attribution_naming_a_phone_call_is_its_own_telling() -> None:
    # «بحسب ما ذكر في اتصال هاتفي» names where it was told: no attribution tail folded into what it tells
    text = "وانفجرت قنبلة في السوق الجمعة، بحسب ما ذكر مسؤول في اتصال هاتفي أمس."
    got = _events(text)
    assert got[0][:2] == ("الجمعة", "2024-05-03")
    assert got[-1][:2] == ("أمس", "2024-05-07")


def test_a_masculine_call_after_the_object_is_the_reactors() -> None:
    # «ودعا»: a masculine perfect, known as a reaction's verb by its persons the lexicon lists (دعت، دعوا)
    text = "ورحب الأمين العام بالاتفاق الذي وقع الأحد، ودعا الأطراف إلى احترامه."
    assert _events(text) == [
        ("", "2024-05-07/2024-05-08", "ورحب الأمين العام", True),
        ("الأحد", "2024-05-05", "بالاتفاق الذي وقع الأحد", False),
        ("", "2024-05-07/2024-05-08", "ودعا الأطراف إلى احترامه.", True)]


def test_a_masculine_demand_after_the_object_leaves_it() -> None:
    # «وطالب» (its persons طالبت، طالبوا listed as a call): the demand is no more of the attack
    text = "وأدان الوزير الهجوم الذي استهدف المدرسة الجمعة، وطالب بمحاسبة المسؤولين."
    got = _events(text)
    assert got[1] == ("الجمعة", "2024-05-03", "الهجوم الذي استهدف المدرسة الجمعة", False)


def test_a_masculine_verb_of_no_reaction_stays_with_the_object() -> None:
    text = "وأدان الوزير الهجوم الذي استهدف المدرسة الجمعة، وأوقع عشرة جرحى."
    got = _events(text)
    assert got[-1][2] == "الهجوم الذي استهدف المدرسة الجمعة، وأوقع عشرة جرحى."


def test_a_masculine_condemnation_vouched_by_its_present() -> None:
    # «وندد»: read as a condemnation by its stem (ندد*), a verb by its present the lexicon lists (يندد)
    text = "ورحب المجلس بالاتفاق الذي وقع الأحد، وندد بخرق الهدنة."
    got = _events(text)
    assert got[1] == ("الأحد", "2024-05-05", "بالاتفاق الذي وقع الأحد", False)
    assert got[-1] == ("", "2024-05-07/2024-05-08", "وندد بخرق الهدنة.", True)
