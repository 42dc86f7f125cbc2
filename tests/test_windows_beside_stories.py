"""The windows' second merge decision reads the entries, not their stories: it runs on another
thread while the stories are told (timeline.relink.merge_with_anchors), with the same result."""

from __future__ import annotations

import datetime as dt
import threading

import polars as pl
import pytest

from timeline import _background, relink, windows
from timeline.events import extract_events
from timeline.frame import ARTICLE_SCHEMA
from timeline.merge import cluster_events, merge_events

TOLD = "سيطرت فرق الدفاع المدني أمس على حريق ضخم في مستودعات الميناء الشمالي بعد ساعات من الجهود."


def _events() -> pl.DataFrame:
    rows = [
        {"id": "a", "text": TOLD, "published": dt.datetime(2023, 5, 14, 8), "source": "one"},
        {"id": "b", "text": TOLD.replace("فرق الدفاع المدني", "وحدات الإطفاء"), "published": dt.datetime(2023, 5, 14, 9),
         "source": "two"},
        # a lead no expression dates: its report window, alone in its entry after the first merge
        {"id": "c", "text": "سيطرت فرق الدفاع المدني على حريق ضخم في مستودعات الميناء الشمالي بعد ساعات من الجهود.",
         "published": dt.datetime(2023, 5, 14, 20), "source": "three"},
        {"id": "d", "text": "دشن محافظ المنطقة أمس مدرسة جديدة للبنات في الحي الغربي تتسع لستمئة طالبة.",
         "published": dt.datetime(2023, 5, 14, 10), "source": "four"},
        {"id": "e", "text": "دشن محافظ المنطقة مدرسة جديدة للبنات في الحي الغربي تتسع لستمئة طالبة.",
         "published": dt.datetime(2023, 5, 14, 22), "source": "five"},
    ]
    return extract_events(pl.DataFrame(rows, schema=ARTICLE_SCHEMA), inherit=True)


@pytest.mark.parametrize("stories", [True, False])
def test_the_merge_in_two_steps_is_the_merge(stories: bool) -> None:
    events = _events()
    assert cluster_events(events).merged(stories).equals(merge_events(events, stories=stories))
    nothing = events.clear()
    assert cluster_events(nothing).merged(stories).equals(merge_events(nothing, stories=stories))


def test_the_windows_decision_is_the_same_before_the_stories() -> None:
    events = _events()
    clustered = cluster_events(events)
    storied = clustered.merged()
    moves = windows.window_moves(clustered.merged(stories=False))
    assert moves.height == 2  # both windows join the entry of their told rows
    assert moves.equals(windows.window_moves(storied))
    placed = windows.moved_windows(storied, moves)
    assert placed.equals(windows.place_windows(storied))
    by = {r["article_id"]: r for r in placed.iter_rows(named=True)}
    assert by["c"]["cluster"] == by["a"]["cluster"] and by["c"]["story"] == by["a"]["story"]
    assert by["e"]["cluster"] == by["d"]["cluster"] and by["e"]["story_label"] == by["d"]["story_label"]


def test_the_decision_runs_beside_the_stories_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    events = _events()
    alone = relink.merge_with_anchors(events)  # a few rows: all on this thread
    where: list[threading.Thread] = []
    decide = windows.placed_windows

    def watched(merged: pl.DataFrame, alike: pl.DataFrame) -> pl.DataFrame:
        where.append(threading.current_thread())
        return decide(merged, alike)

    monkeypatch.setattr(relink, "placed_windows", watched)
    monkeypatch.setattr(_background, "BACKGROUND_FROM", 1)  # a thread however small the frame
    threaded = relink.merge_with_anchors(events)
    assert where and where[0] is not threading.current_thread()
    assert threaded.equals(alone)
    assert relink.merge_with_anchors(events, stories=False).equals(
        windows.place_windows(merge_events(events, stories=False)))
