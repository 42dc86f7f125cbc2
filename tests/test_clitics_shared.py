"""The anchors read a word's clitics and article through the one data-driven helper
(:func:`timeline.lexicon.clitic_prefixes`, ``clitics`` of lang/ar/wording.yaml), not letters of
their own. Every Arabic sentence here was written for these tests."""

from __future__ import annotations

import re

import pytest

from timeline.anchors import _called_kind, _generic_kind, tells_recalled
from timeline.lexicon import clitic_prefixes
from timeline.normalize import fold


@pytest.mark.parametrize(("word", "bare"), [
    ("التفجير", "تفجير"),
    ("وبالتفجير", "تفجير"),
    ("كالتفجير", "تفجير"),
    ("للتفجير", "تفجير"),
    ("فللتفجير", "تفجير"),
    ("بتفجير", "بتفجير"),  # no article: nothing taken off
    ("لألمانيا", "لالمانيا"),  # ل + a word in أ, folded: no article there
])
def test_the_article_and_what_is_glued_before_it(word: str, bare: str) -> None:
    assert re.sub(clitic_prefixes().definite(), "", fold(word)) == bare


def test_every_way_of_taking_the_clitics_off() -> None:
    clitics = clitic_prefixes()
    assert clitics.unglued("وبالتفجير") == {"وبالتفجير", "بالتفجير", "التفجير", "تفجير"}
    assert clitics.unglued("وبالتفجير", article=False) == {"وبالتفجير", "بالتفجير", "التفجير"}
    assert clitics.unglued("حادث") == {"حادث"}


@pytest.mark.parametrize(("what", "text", "date"), [
    # و and ب both glued to X's word with its pronoun
    ("وفاة", "وبوفاته في 3 مايو 2010 فقدت البلاد أحد أبرز شعرائها.", "3"),
    # ك glued (the preposition of likeness)
    ("اغتيال", "لم تعرف المدينة حدثا كاغتياله في 5 مارس 2001 حين خرج من بيته.", "5"),
    # ل alone, as before
    ("اغتيال", "وتعود الذكرى لاغتياله في 5 مارس 2001 أمام بيته.", "5"),
])
def test_a_date_told_after_x_with_its_clitics(what: str, text: str, date: str) -> None:
    assert tells_recalled(what, text, text.index(date))


def test_another_word_after_the_clitics_tells_no_recalled_date() -> None:
    text = "وبزيارته في 3 مايو 2010 افتتح الوزير المستشفى."
    assert not tells_recalled("وفاة", text, text.index("3"))


def test_a_generic_noun_starting_with_waw_is_read_whole() -> None:
    # واقعة: its و is the root's, not a conjunction to take off
    text = "كشفت الشرطة أمس ملابسات واقعة الاختطاف التي شهدتها المدينة، وقالت إن المتهمين اعترفوا بما جرى يوم الواقعة."
    assert _called_kind(text) is not None
    assert _generic_kind(text, "الواقعة") == _called_kind("وقع حادث الاختطاف أمس.")
