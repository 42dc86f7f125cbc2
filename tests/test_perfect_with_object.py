"""A perfect carrying an object pronoun («زاره»، «استقبلهم»، «التقاها»، «أبلغنا») is read as a perfect with
the pronoun off (timeline.verbs.Shapes.perfect_with_object, relative.yaml ``verb_shapes.object``); a noun
ending ه/ها (a noun in ة folds to ه; before a pronoun it is written ت) is not. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag
from timeline.normalize import fold
from timeline.verbs import load_shapes

_PUBLISHED = dt.datetime(2015, 8, 13, 9, 0)


@pytest.mark.parametrize("word", ["زاره", "استقبلهم", "التقاها", "قالها", "غادرها", "زارته", "استقبلوهم", "زاروه", "أكدها"])
def test_a_perfect_of_the_past_words_with_its_pronoun(word: str) -> None:
    assert load_shapes().perfect_with_object(fold(word))


def test_the_form_afala_by_its_shape_only_where_it_is_read_and_not_before_h() -> None:
    shapes = load_shapes()
    assert shapes.perfect_with_object(fold("أبلغنا"), derived=True)
    assert not shapes.perfect_with_object(fold("أبلغنا"))
    # «إصابة»، «إدارة» fold as «أصاب»، «أدار» with ه
    assert not shapes.perfect_with_object(fold("إصابة"), derived=True)
    assert not shapes.perfect_with_object(fold("إدارة"), derived=True)


@pytest.mark.parametrize("word", [
    "عادة", "إضافة",  # fold as عاد، أضاف with ه: later.not_verbs
    "حكومته", "أسرتها", "زيارته", "إدارتها",  # a noun in ة, written ت before its pronoun
    "أمامه", "قاعاته", "مديرها", "علاوة", "ساعه",
])
def test_a_noun_ending_as_a_pronoun_does_is_none(word: str) -> None:
    assert not load_shapes().perfect_with_object(fold(word), derived=True)


@pytest.mark.parametrize(("text", "value"), [
    ("زاره الوزير لاحقا.", "PAST_REF"),
    ("واستقبلهم الأمير لاحقا في قصره.", "PAST_REF"),
    ("والتقى الوفد لاحقا بممثلي النقابات.", "PAST_REF"),  # التقى: an ال of its root, no article
    ("ستتم إضافة لاحقا.", "FUTURE_REF"),  # إضافة: a noun, not a perfect أضاف with its pronoun
])
def test_later_told_after_a_perfect_with_its_pronoun(text: str, value: str) -> None:
    assert [t.value for t in tag(text, published=_PUBLISHED) if "لاحق" in t.text] == [value]


@pytest.mark.parametrize("word", ["نفذوها", "استهدفوهم", "شاهدوهما"])
def test_a_plural_perfect_by_its_shape_with_its_pronoun(word: str) -> None:
    # (past61) its ا is not written before the pronoun: نفذوا; not before ه (علاوة folds to علاوه)
    assert load_shapes().perfect_with_object(fold(word))


@pytest.mark.parametrize("word", ["وضعتها", "اتخذته", "نشرتها"])
def test_a_feminine_perfect_by_its_shape_with_its_pronoun_only_where_asked(word: str) -> None:
    # (past61) a noun in ة is written ت before a pronoun too (حكومتها): read only where no noun stands
    shapes = load_shapes()
    assert shapes.perfect_with_object(fold(word), feminine=True)
    assert not shapes.perfect_with_object(fold(word), derived=True)
