"""The merge's ranges of candidate pairs found one ahead and scored two at a time
(:func:`timeline.merge._ahead`, :func:`timeline.merge._each_scored`): the same links, in order,
whichever thread finds or scores a range."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import polars as pl
import pytest

from timeline import _background, merge, wording
from timeline.frame import conform_events


class _AtOnce:
    def __init__(self, fn, *args, rows=0):  # type: ignore[no-untyped-def]
        self.value = fn(*args)

    def result(self):  # type: ignore[no-untyped-def]
        return self.value


def _ranges(made: list[str]) -> Iterator[pl.DataFrame]:
    for k in range(5):
        made.append(threading.current_thread().name)
        yield pl.DataFrame({"i": [k], "j": [k + 1]})


def test_ranges_come_in_order_each_made_on_another_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_background, "BACKGROUND_FROM", 1)
    made: list[str] = []
    read: list[int] = []
    for pairs in merge._ahead(_ranges(made), 1):
        read.append(pairs["i"].item())
    assert read == [0, 1, 2, 3, 4]
    assert all(name.startswith("timeline-background") for name in made)


def test_each_range_is_scored_once_in_order_every_other_one_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_background, "BACKGROUND_FROM", 1)
    where: dict[int, str] = {}

    def score(pairs: pl.DataFrame) -> pl.DataFrame:
        where[pairs["i"].item()] = threading.current_thread().name
        return pairs.with_columns((pl.col("i") * 10).alias("score"))

    found = merge._each_scored(_ranges([]), score, 1)
    assert [f["i"].item() for f in found] == [0, 1, 2, 3, 4]
    assert [f["score"].item() for f in found] == [0, 10, 20, 30, 40]
    me = threading.current_thread().name
    assert [where[k] == me for k in range(5)] == [False, True, False, True, False]
    assert merge._each_scored(iter(()), score, 1) == []


def _reports() -> pl.DataFrame:
    published = dt.datetime(2016, 5, 9, 8)
    clauses = [
        ("a", "وافتتح وزير الصحة مستشفى الأطفال الجديد في مدينة الزرقاء صباح أمس", "صباح أمس"),
        ("b", "افتتح وزير الصحة أمس مستشفى جديدا للأطفال في الزرقاء بكلفة عشرين مليون دينار", "أمس"),
        ("c", "وشهدت مدينة الزرقاء أمس افتتاح مستشفى الأطفال بحضور وزير الصحة", "أمس"),
        ("d", "وتوقفت حركة القطارات بين عمان والزرقاء يوم الأحد بسبب عطل فني", "يوم الأحد"),
        ("e", "أعلنت شركة السكك الحديدية أن القطارات توقفت الأحد بين عمان والزرقاء لعطل فني", "الأحد"),
    ]
    return conform_events(pl.DataFrame({
        "article_id": [a for a, _, _ in clauses], "source": [f"s{a}" for a, _, _ in clauses],
        "clause": [c for _, c, _ in clauses], "expr": [e for _, _, e in clauses],
        "clause_start": [0] * 5, "expr_start": [c.index(e) for _, c, e in clauses],
        "expr_end": [c.index(e) + len(e) for _, c, e in clauses], "published": [published] * 5,
        # the day each tells: Sunday 8 May (أمس) for the hospital, Sunday too for the trains
        "start": [dt.datetime(2016, 5, 8)] * 5, "end": [dt.datetime(2016, 5, 9)] * 5, "grain": ["day"] * 5,
        "sentence": [c for _, c, _ in clauses], "inherited": [False] * 5, "date_confidence": [1.0] * 5,
    }))


def test_the_entries_are_the_same_whatever_the_threads_do(monkeypatch: pytest.MonkeyPatch) -> None:
    events = _reports()
    monkeypatch.setattr(_background, "BACKGROUND_FROM", 1)  # every step on its thread, however small
    threaded = merge.merge_events(events)
    monkeypatch.setattr(merge, "in_background", _AtOnce)  # the same steps, one after another
    alone = merge.merge_events(events)
    assert threaded.equals(alone)
    assert threaded.height == 5
    assert threaded.select(pl.col("cluster").n_unique()).item() < 5  # some reports are merged


def test_a_merge_without_threads_starts_none_and_finds_the_same_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    events = _reports()
    monkeypatch.setattr(_background, "BACKGROUND_FROM", 1)  # every step on its thread, however small
    threaded = merge.merge_events(events, stories=False)
    aside: list[bool] = []  # for each step offered to another thread: whether it went there

    def offered(fn, *args, rows=_background.BACKGROUND_FROM):  # type: ignore[no-untyped-def]
        aside.append(rows >= _background.BACKGROUND_FROM)
        return _background.in_background(fn, *args, rows=rows)

    monkeypatch.setattr(merge, "in_background", offered)
    monkeypatch.setattr(wording, "in_background", offered)
    alone = merge.merge_events(events, stories=False, threads=False)
    assert aside and not any(aside)
    assert alone.equals(threaded)
    assert alone.height == 5 and alone["cluster"].n_unique() < 5
    aside.clear()
    merge.merge_events(events, stories=False)
    assert all(aside)


def test_an_error_on_another_thread_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    # a range made or scored on another thread that fails raises its error where its result is read (review80)
    monkeypatch.setattr(_background, "BACKGROUND_FROM", 1)

    def failing(made: list[str]) -> Iterator[pl.DataFrame]:
        yield from list(_ranges(made))[:2]
        raise ValueError("range")

    with pytest.raises(ValueError, match="range"):
        list(merge._ahead(failing([]), 1))

    def score(pairs: pl.DataFrame) -> pl.DataFrame:
        if pairs["i"].item() == 2:  # scored aside (the third range)
            raise ValueError("score")
        return pairs

    with pytest.raises(ValueError, match="score"):
        merge._each_scored(_ranges([]), score, 1)
