"""The date that belongs to the happening: a subordinate or relative clause told after the
main predicate, holding the sentence's only date, is an event of its own (Arabic written for
these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events, split_clauses
from timeline.happenings import load_triggers
from timeline.normalize import fold

PUBLISHED = dt.datetime(2024, 5, 8, 9, 0)  # a Wednesday


def _dated(text: str) -> list[tuple[str, str]]:
    """(value, clause) of each event of ``text``."""
    return [(e.timex.value, e.clause.text) for e in article_events("t", text, PUBLISHED)]


def test_the_find_is_dated_not_the_transfer() -> None:
    text = "ونقل المحققون الحطام إلى مختبر في العاصمة بعد أن عثر عليه صياد الأسبوع الماضي قرب الشاطئ."
    [(value, clause)] = _dated(text)
    assert value == "2024-W18"
    assert clause == "بعد أن عثر عليه صياد الأسبوع الماضي قرب الشاطئ."
    assert "نقل" not in clause  # the transfer's words are not the find's
    lexicon = load_triggers()
    assert lexicon.happening(fold(clause)) == lexicon.word_class(fold("عثر"))


@pytest.mark.parametrize("opener", ["بعدما", "قبل أن"])
def test_other_subordinators_apart(opener: str) -> None:
    text = f"وتراجعت أسهم شركة الأسمدة بنسبة خمسة في المئة {opener} اندلع حريق في مصنعها يوم الأحد."
    [(value, clause)] = _dated(text)
    assert value == "2024-05-05"
    assert clause.startswith(opener)


def test_a_relative_clause_of_a_past_happening_in_a_present_report() -> None:
    text = "ويواصل الغواصون البحث عن حطام السفينة التي غرقت في 3 آذار قبالة جزيرة المرجان."
    [(value, clause)] = _dated(text)
    assert value == "2024-03-03"
    assert clause == "حطام السفينة التي غرقت في 3 آذار قبالة جزيرة المرجان."  # with its antecedent
    assert "يواصل" not in clause


def test_a_relative_clause_keeps_its_antecedent_after_a_preposition() -> None:
    text = "ووصل المنتخب إلى الدوحة أمس استعدادا للبطولة التي تنطلق يوم السبت."
    # a relative clause opening on a long present tells the coming Saturday (as «ستنطلق» or «السبت المقبل»
    # would): its own event beside the arrival's, cut at the preposition (read as the past Saturday before
    # prec75, it was folded into the arrival's clause)
    assert _dated(text) == [("2024-05-07", "ووصل المنتخب إلى الدوحة أمس استعدادا"),
                            ("2024-05-11", "للبطولة التي تنطلق يوم السبت.")]
    text = "ويستعد المنتخب للقمة التي يلتقي فيها القادة يوم السبت المقبل في الدوحة."
    [(value, clause)] = _dated(text)
    assert clause == "للقمة التي يلتقي فيها القادة يوم السبت المقبل في الدوحة."  # not المنتخب: the preposition opens it
    assert value == "2024-05-11"


def test_no_happening_told_keeps_the_clause_whole() -> None:
    # neither part names a happening: the same act, told twice (its names are the merge's)
    text = "ومنح النادي مدربه جرعة ثقة كبيرة بعد أن أعلن يوم الأحد تمديد عقده لعامين."
    assert _dated(text) == [("2024-05-05", text)]


def test_one_happening_of_two_parts_is_not_cut() -> None:
    # the meeting of the main clause and the summit of the relative clause: one meeting
    text = "ويأتي اللقاء الوزاري لاستكمال ما تم التوصل إليه في القمة التي التقى فيها القادة في 14 آذار."
    assert _dated(text) == [("2024-03-14", text)]


def test_a_framing_when_keeps_the_date_on_the_main_clause() -> None:
    text = "واستقبل الملك ضيفه في القصر عندما وصل الرئيس أمس إلى العاصمة."
    [(value, clause)] = _dated(text)
    assert value == "2024-05-07"
    assert clause == text  # the reception happened when he arrived: one clause, one day
    fronted = "وعندما وصل الرئيس أمس إلى العاصمة استقبله الملك في القصر."
    assert _dated(fronted) == [("2024-05-07", fronted)]


def test_a_fronted_after_clause_frames_the_main_happening() -> None:
    text = "وبعد أن وصل الوفد أمس إلى العاصمة عقد اجتماعا مع وزير الخارجية."
    assert _dated(text) == [("2024-05-07", text)]


def test_not_a_relative_clause_of_time() -> None:
    # في الوقت الذي: simultaneity (cut as before), not an antecedent of the date
    text = "وغادر الوزير المطار في الوقت الذي بدأت فيه القمة أمس."
    clauses = [c.text for c in split_clauses(text, _tags(text))]
    assert not any(c.startswith("الوقت") for c in clauses)


def test_a_date_of_its_own_before_keeps_the_old_reading() -> None:
    # the main clause is dated: a relative clause's date beside it dates nothing (as before)
    text = "وأعلنت الحكومة أمس أنها أرسلت فريقا إلى موقع الطائرة التي سقطت العام الماضي."
    assert [v for v, _ in _dated(text)] == ["2024-05-07"]


def test_an_antecedent_of_two_nouns_after_a_preposition() -> None:
    text = "ويتمركز المقاتلون في ميناء عدن الجنوبي الذي استعادوه من المتمردين الشهر الماضي."
    [(value, clause)] = _dated(text)
    assert value == "2024-04"
    assert clause == "ميناء عدن الجنوبي الذي استعادوه من المتمردين الشهر الماضي."


def test_a_relative_clause_that_took_place() -> None:
    # وقع names no happening: the antecedent does; the main clause tells none of its own
    text = "ونشرت الصحف صور الحادث الذي وقع أمس على طريق الساحل."
    assert _dated(text) == [("2024-05-07", "الحادث الذي وقع أمس على طريق الساحل.")]
    # the main clause tells one (a festival): the antecedent may be its, not cut
    text = "ويشارك عشرون نحالا في مهرجان العسل بمنطقة الجبل الذي انطلقت فعالياته أمس."
    assert _dated(text) == [("2024-05-07", text)]


def test_a_date_after_the_relative_clause_is_the_main_clause_s() -> None:
    text = "وأرجأت المحكمة جلسات محاكمة المتهمين التي انطلقت أمس، إلى يوم الأحد المقبل."
    assert {c for _, c in _dated(text)} == {text}  # not cut: both dates stay on it, as before


def test_the_occasion_of_the_main_happening_is_not_cut() -> None:
    text = "وقال المدرب خلال المؤتمر الصحفي الذي عقد أمس في العاصمة إن فريقه جاهز للمباراة."
    assert _dated(text) == [("2024-05-07", text)]


def test_the_match_held_is_the_occasion_of_its_result() -> None:
    text = "وخسر الفريق مباراته أمام ضيفه بهدف في اللقاء الذي أقيم أمس على ملعب المدينة."
    assert _dated(text) == [("2024-05-07", text)]


def test_a_lost_plane() -> None:
    text = "ويعتقد المحققون أن القطعة جزء من الطائرة التي فقدت العام الماضي."
    assert _dated(text) == [("2023", "الطائرة التي فقدت العام الماضي.")]


def test_a_description_leaves_the_date_to_the_main_clause() -> None:
    # تعرف باسم tells no happening: the late night is the attack's, as before
    text = "وقال المتحدث إن الهجوم وقع وسط تجمع للميليشيا التي تعرف باسم الحراس في وقت متأخر من ليل أمس."
    [(_, clause)] = _dated(text)
    assert clause == text


def test_a_verb_and_its_subject_keep_their_date() -> None:
    # the subject of the opening verb: the date after its relative clause is the verb's
    text = "وقالت الهيئة التي تدير الميناء اليوم إنها ستغلق الرصيف الشمالي."
    [(_, clause)] = _dated(text)
    assert clause == text


def test_a_reaction_leaves_the_date_of_what_it_reacts_to() -> None:
    # a condemnation opening its sentence is what it tells (timeline.happenings); the date in the
    # relative clause of its object is the attack's, the condemnation told in its report's window (react43)
    text = "وأعربت الجمعية عن إدانتها للهجوم الذي استهدف أمس سوق المدينة."
    assert _dated(text) == [("2024-05-07/2024-05-08", "وأعربت الجمعية عن إدانتها"),
                            ("2024-05-07", "للهجوم الذي استهدف أمس سوق المدينة.")]


def test_offsets_hold() -> None:
    text = "ونقل المحققون الحطام إلى مختبر في العاصمة بعد أن عثر عليه صياد الأسبوع الماضي قرب الشاطئ. " \
           "ويواصل الغواصون البحث عن حطام السفينة التي غرقت في 3 آذار قبالة جزيرة المرجان."
    for event in article_events("t", text, PUBLISHED):
        assert text[event.clause.start:event.clause.end] == event.clause.text
        assert text[event.timex.start:event.timex.end] == event.timex.text


def _tags(text: str):  # noqa: ANN202 - a test helper
    from timeline.tagger import tag
    return tag(text, PUBLISHED)
