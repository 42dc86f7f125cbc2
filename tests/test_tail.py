"""The build's one-core tail (merge, relink, page) loads nothing twice and computes the
same features however its word work is done."""

from __future__ import annotations

from timeline.places import find_places, load_gazetteer


def test_the_gazetteer_is_loaded_once_however_it_is_called() -> None:
    # the build loads load_gazetteer() beside extraction; relink's find_places asks for "ar"
    assert load_gazetteer() is load_gazetteer("ar") is load_gazetteer(code="ar")
    assert [m.place.name for m in find_places("وصل الوفد إلى القاهرة أمس")] == ["القاهرة"]
