"""The merge keeps Python's cyclic garbage collector off while it runs, as it was after."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from typing import Any

import polars as pl
import pytest

from timeline._collector import collection_paused
from timeline.events import extract_events
from timeline import merge


def test_off_inside_on_after() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block keeps it off
    assert gc.isenabled()


def test_back_on_after_an_error() -> None:
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("stop")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_merge_runs_with_collections_off_and_leaves_them_on(monkeypatch: pytest.MonkeyPatch) -> None:
    day = dt.datetime(2021, 3, 9, 8)
    articles = pl.DataFrame({
        "id": ["a1", "a2"],
        "text": ["افتتح الوزير أمس الاثنين مستشفى جديدا في مدينة الرمادي بحضور المحافظ.",
                 "وافتتح وزير الصحة يوم الاثنين مستشفى الرمادي الجديد بحضور محافظ الأنبار."],
        "published": [day, day],
        "source": ["الأولى", "الثانية"],
    })
    events = extract_events(articles)
    seen: list[bool] = []

    def watched(original: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            seen.append(gc.isenabled())
            return original(*args, **kwargs)
        return call

    # a step of the entries and one of the stories
    monkeypatch.setattr(merge, "_untensed_table", watched(merge._untensed_table))
    monkeypatch.setattr(merge, "assign_stories", watched(merge.assign_stories))
    merged = merge.merge_events(events)
    assert merged.height == events.height
    assert seen == [False, False]
    assert gc.isenabled()
