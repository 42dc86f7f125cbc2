"""Verb shapes and the walk back over a clause's words (``timeline.verbs``; relative.yaml
``verb_shapes``), read by the tagger's weekday, clock and "later" readers and by a clause's tense.
Arabic written for these tests, folded as the readers see it."""

from __future__ import annotations

import pytest

from timeline.normalize import fold
from timeline.verbs import load_shapes, nearest_first

SHAPES = load_shapes()


@pytest.mark.parametrize(("word", "want"), [
    ("أعلنت", True), ("توقفت", True), ("اجتمعوا", True), ("تظاهروا", True),
    ("مباريات", False), ("يقتلوا", False), ("سيقتلوا", False), ("قال", False),
])
def test_a_perfect_by_its_ending(word: str, want: bool) -> None:
    assert SHAPES.perfect(fold(word)) is want


def test_the_variants_each_reader_keeps() -> None:
    # the form افتعل is a perfect only where asked
    assert SHAPES.perfect(fold("ارتفع"), derived=True) and not SHAPES.perfect(fold("ارتفع"))
    # a clock's or a weekday's present may be short; the tense's is not a noun's ending
    assert SHAPES.is_present("يصل", short=True) and not SHAPES.is_present("يصل")
    assert SHAPES.is_present(fold("يمنية")) and not SHAPES.is_present(fold("يمنية"), noun_endings=True)
    # present_shape.not_verb_starts: "يوم", "يونيو"
    assert not SHAPES.is_present("يونيو") and not SHAPES.is_present("يومين", short=True)


def test_the_walk_passes_nouns_names_and_place_adjectives() -> None:
    words = fold("ويزور يوسف وفد يمني العاصمة").split()
    walked = [(i, bare, passed) for i, _, bare, passed in nearest_first(words)]
    assert walked == [(4, "العاصمه", True), (3, "يمني", True), (2, "وفد", False), (1, "يوسف", True),
                      (0, "يزور", False)]
    # a word opening with في is kept whole ("فيسبوك", "فيديو" are no verbs); another و or ف goes
    assert [bare for _, _, bare, _ in nearest_first(["فيسبوك", "وينتظر"])] == ["ينتظر", "فيسبوك"]


def test_fixed_phrases_and_adjective_participles() -> None:
    words = fold("أوقفت الشرطة رجلا فيما يتصل بالحادث").split()
    assert SHAPES.no_predicate(words, 4, "يتصل") and not SHAPES.no_predicate(words, 2, "رجلا")
    assert SHAPES.no_predicate(fold("في ما يتعلق").split(), 2, "يتعلق")
    assert SHAPES.adjective_participle(fold("الحكم الصادر").split(), 1)
    assert SHAPES.adjective_participle(fold("الحادثة الواقعة").split(), 1)
    # review31: it agrees with the definite word before it; else a noun of that shape, an object
    assert not SHAPES.adjective_participle(fold("الرئيس القاهرة").split(), 1)
    assert not SHAPES.adjective_participle(fold("الجامعة الطالب").split(), 1)
    assert not SHAPES.adjective_participle(fold("يصل النائب").split(), 1)  # no definite noun before it
    assert not SHAPES.adjective_participle(fold("الوفد القادم").split(), 1)  # a direction
    assert not SHAPES.adjective_participle(fold("الاجتماع العادي").split(), 1)  # ends in ي


@pytest.mark.parametrize(("word", "want"), [
    ("تنطلق", True), ("تستأنف", True), ("نتوقع", True), ("تختار", True), ("تزداد", True),
    ("توقع", False),  # a perfect of تـ has four letters
    ("تنظيم", False), ("تنمية", False),  # a verbal noun with ي fourth
    ("تظاهرة", False), ("تركيا", False), ("تحركات", False), ("تلفزيون", False), ("تشكيلين", False),  # noun endings
    ("تكرار", False), ("نجران", False),  # five letters, ا fourth, no ت د ط third
])
def test_a_long_present_opening_a_clause(word: str, want: bool) -> None:
    # tidy33: the endings and letters are long_present and noun_endings of verb_shapes
    assert SHAPES.long_present(fold(word)) is want


def test_a_plans_verb_and_its_antecedents_pronoun() -> None:
    # tidy33: plan and resumed of verb_shapes (a plan cut off after a past predicate, _clauses._plan_apart)
    for word in ("يقام", "تبدأ", "سيعقد", "ستنطلق", "سنزور"):
        assert SHAPES.plan_verb(fold(word)), word
    for word in ("قال", "سافر", "يوم", "يونيو", "سبق"):
        assert not SHAPES.plan_verb(fold(word)), word
    for word in ("يستكملها", "يتابعه", "يرأسهم", "يختتمهما"):
        assert SHAPES.holds_pronoun(fold(word)), word
    for word in ("يستكمل", "تستكملها", "قتلهم"):
        assert not SHAPES.holds_pronoun(fold(word)), word


@pytest.mark.parametrize(("word", "want"), [
    ("تبدأ", True), ("تقام", True), ("ننتظر", True), ("تنطلق", True),  # a present opening its clause
    ("نائب", False), ("تاريخ", False),  # ا second: a noun
    ("تواصل", False), ("تراجع", False),  # five letters, ا third: a perfect of تفاعل
    ("يبدأ", False), ("بدأ", False),  # not تـ/نـ
])
def test_a_present_of_ta_or_nun_opening_a_clause(word: str, want: bool) -> None:
    # tense45: present_opening's not_second and not_third_long, read once for a clock and a weekday
    assert SHAPES.present_opens(fold(word)) is want


@pytest.mark.parametrize(("word", "want"), [
    ("أفرجت", True), ("اعتقلوا", True), ("اتضح", True),  # a perfect by its shape, the derived form too
    ("أعلن", True), ("التقى", True), ("قال", True),  # later.past_words: no shape tells them
    ("يفرج", False), ("سيعلن", False), ("هم", False), ("كان", False), ("لم", False),
])
def test_a_verb_told_done(word: str, want: bool) -> None:
    # tense45: one reading for the word after a schedule's weekday and after a today set against yesterday
    assert SHAPES.told_done(fold(word)) is want
