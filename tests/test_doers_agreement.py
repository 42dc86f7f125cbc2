"""Who acts, read with the verb's agreement (:mod:`timeline._doers`, ``doers.agreement`` of ``actors.yaml``): a
verb whose affix is its subject (a plural's وا/ون, the speaker's نا) has no subject after it; a masculine verb takes
no subject written with a feminine ending (but for a given name), a feminine one no masculine plural."""

from __future__ import annotations

import pytest

from timeline._doers import Agreement, DoerSpec, _deed_nouns, doer_reader
from timeline.normalize import fold


@pytest.mark.parametrize(("verb", "told"), [
    ("أعلنت", Agreement.FEMININE), ("سيطرت", Agreement.FEMININE), ("أصابته", Agreement.FEMININE),
    ("أعلن", Agreement.MASCULINE), ("يعلن", Agreement.MASCULINE), ("سيعقد", Agreement.MASCULINE),
    ("يكون", Agreement.MASCULINE),
    ("قتلوا", Agreement.OWN), ("زاروه", Agreement.OWN), ("أكدنا", Agreement.OWN), ("يقولون", Agreement.OWN),
    ("تفقد", Agreement.OPEN), ("بدأت", Agreement.OPEN),
])
def test_a_verbs_affixes_tell_its_subject(verb: str, told: Agreement) -> None:
    assert doer_reader().agreement(fold(verb)) is told


def test_a_noun_written_with_the_feminine_ending_is_no_verb_to_agree_with() -> None:
    assert doer_reader().agreement(fold("سيطرة"), "سيطرة") is Agreement.OPEN
    assert doer_reader()("بعد سيطرة القوات على الجسر") == ("القوات",)


def test_a_verb_whose_affix_is_its_subject_has_none_after_it() -> None:
    assert doer_reader()("وأطلقوا سراح الرهائن الثلاثة أمس") == ()
    assert doer_reader()("نظمنا المعرض الأسبوع الماضي") == ()
    assert doer_reader()("يواصلون الإضراب منذ يومين") == ()


def test_a_masculine_verb_takes_no_feminine_subject_but_a_given_name() -> None:
    assert doer_reader()("افتتح القاعة الجديدة صباح الأحد") == ()
    assert doer_reader()("وصرح أسامة الفيفي بأن الطريق سيفتح")[:2] == ("اسامه", "الفيفي")
    assert doer_reader()("وأعلنت الهيئة أمس فتح باب التسجيل")[0] == "الهيئه"


def test_between_a_complementizer_and_its_verb_the_subject_agrees() -> None:
    assert doer_reader()("وأكد المدير أن الخطة يجري تنفيذها منذ شهرين") == ("المدير",)
    assert doer_reader()("قال إن الوزارة ستعلن النتائج")[0] == "الوزاره"


def test_a_nouns_gender_by_its_ending() -> None:
    reader = doer_reader()
    assert reader.gender("المسلحون", fold("المسلحون")) is Agreement.MASCULINE
    assert reader.gender("الشؤون", fold("الشؤون")) is Agreement.OPEN  # (a broken plural: its stem is short)
    assert reader.gender("القوات", fold("القوات")) is Agreement.FEMININE
    assert reader.gender("الله", fold("الله")) is Agreement.OPEN  # (ه as written: no feminine ending)


def test_the_doers_data_is_a_named_tuple() -> None:
    spec = _deed_nouns()
    assert isinstance(spec, DoerSpec)
    assert "ان" in spec.complementizers and spec.agreement.feminine_ending == "ت"


def test_a_definite_subjects_adjectives_before_its_verb_are_passed_over() -> None:
    assert doer_reader()("وقال إن الشرطة الإقليمية احتجزت المشتبه به")[0] == "الشرطه"
    assert "الجامعه" in doer_reader()("وأوضح المتحدث أن الجامعة الأهلية الجديدة أنهت التسجيل")


def test_a_verb_right_after_a_complementizer_is_no_subject() -> None:
    told = doer_reader()("على أن يستأنف النادي تدريباته الثلاثاء المقبل")
    assert "يستانف" not in told and "النادي" in told


def test_a_word_written_with_ta_marbuta_is_no_verb() -> None:
    told = doer_reader()("ويذكر أن أسمرة كانت رفضت العرض قبل عام")  # (اسمره has the shape of افعل)
    assert "اسمره" in told and "كانت" not in told


def test_a_verb_after_a_title_is_no_subject() -> None:
    assert "سيواصل" not in doer_reader()("يشار إلى أن الفريق سيواصل اليوم تمارينه")  # (الفريق: a title, passed over)


def test_a_mans_name_written_with_the_feminine_ending_follows_a_masculine_verb() -> None:
    reader = doer_reader()
    assert reader("وأوضح حمزة المطيري أن الطريق سيفتح")[:2] == ("حمزه", "المطيري")
    assert reader("وأكد طلحة أن المعرض افتتح")[:1] == ("طلحه",)
    assert reader("وأعلن حالة الطوارئ في المدينة") == ()  # (a common noun: the verb's object)
