"""The language data a build reads is loaded once per process, however a caller asks for it."""

from __future__ import annotations

from timeline.lexicon import load_lexicon
from timeline.places import find_places, load_gazetteer


def test_the_gazetteer_is_one_copy_however_it_is_asked_for() -> None:
    gazetteer = load_gazetteer()
    assert load_gazetteer("ar") is gazetteer and load_gazetteer(code="ar") is gazetteer
    assert [m.place.name for m in find_places("وصل الوفد إلى القاهرة قادماً من دمشق")] == ["القاهرة", "دمشق"]
    assert load_gazetteer() is gazetteer  # find_places (code passed on) read no second copy


def test_the_word_lists_are_one_copy_however_they_are_asked_for() -> None:
    assert load_lexicon() is load_lexicon("ar") is load_lexicon(code="ar")
