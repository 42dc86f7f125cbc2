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


def test_a_build_loads_what_its_tail_reads_beside_extraction() -> None:
    """What the merge, the dating from entries and the page read is loaded by the build's
    word-list thread (during extraction), not in the one-core tail after it: plotly.js and
    the page's files are read once per process."""
    from timeline import page
    from timeline.pipeline import _load_word_lists
    from timeline.relink import future_cues
    from timeline.wording import clubs, matches, told_by_object, told_by_sides

    _load_word_lists()
    for loader in (page._plotlyjs_bytes, page._asset, future_cues, told_by_object, told_by_sides, clubs, matches):
        assert loader.cache_info().currsize >= 1, loader
    assert page._asset.cache_info().currsize >= 3
    read = page._plotlyjs_bytes.cache_info().misses
    html = page.timeline_page(page.page_data(_one_event()))
    assert page._plotlyjs_bytes.cache_info().misses == read
    assert "Plotly" in html and page._plotlyjs() in html


def _one_event():  # type: ignore[no-untyped-def]
    import datetime as dt

    from timeline.events import events_from_articles
    from timeline.articles import Article
    from timeline.merge import merge_events

    article = Article("a1", "وصل الوفد أمس الأحد 2 آب 2015 إلى المدينة.", dt.datetime(2015, 8, 3), row=1)
    return merge_events(events_from_articles([article]))
