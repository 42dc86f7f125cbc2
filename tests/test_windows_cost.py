"""place_windows reads no more than it needs: the told rows meeting a window's days, the words a
window has, and no second merge for one window with nothing beside it (timeline.windows)."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import timeline.windows as windows
import timeline.wording as wording
from timeline.events import extract_events
from timeline.frame import ARTICLE_SCHEMA
from timeline.merge import merge_events

_DAY = dt.datetime(2022, 3, 1)


def _intervals(rng: random.Random, n: int, nulls: bool) -> pl.DataFrame:
    starts, ends = [], []
    for _ in range(n):
        start = _DAY + dt.timedelta(hours=rng.randrange(0, 24 * 20, 6))
        # some empty, some reversed, some touching (whole days), some null
        end = start + dt.timedelta(hours=rng.choice([-6, 0, 6, 24, 24, 48, 24 * 7]))
        if nulls and rng.random() < 0.1:
            start = None
        if nulls and rng.random() < 0.1:
            end = None
        starts.append(start)
        ends.append(end)
    return pl.DataFrame({"start": starts, "end": ends}, schema={"start": pl.Datetime("us"), "end": pl.Datetime("us")})


def test_the_rows_meeting_a_window_are_all_kept() -> None:
    rng = random.Random(7)
    for case in range(200):
        told = _intervals(rng, rng.randrange(0, 40), nulls=True).with_row_index("_row")
        spans = _intervals(rng, rng.randrange(0, 6), nulls=case % 3 == 0)
        meeting = {r for r, s, e in told.rows()
                   if any(s is not None and e is not None and ws is not None and we is not None and s < we and e > ws
                          for ws, we in spans.rows())}
        kept = windows._meeting(told, spans)
        assert meeting <= set(kept["_row"].to_list()) <= set(told["_row"].to_list())
        assert kept.columns == told.columns


def test_plain_column_is_plain_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["والمدينة", "الشهر", "في", "وفي", "العند", "للاجتماع", "2015", "17", "345", "كابول", "ال", "بالا", "iPhone"]
    told = wording.load_wording()
    expected = [told.plain(w) for w in words]
    assert told.plain_column(pl.Series("w", words)).to_list() == expected  # word by word
    monkeypatch.setattr(wording, "COLUMNS_FROM", 1)
    column = told.plain_column(pl.Series("w", words))
    assert column.to_list() == expected and column.name == "w"  # as columns


def test_one_window_with_no_told_row_beside_it_needs_no_second_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    told = "أعلن وزير الصحة أمس افتتاح مستشفى جديد للأطفال في مدينة الخبر بسعة مئتي سرير."
    rows = [
        {"id": "x", "text": told, "published": dt.datetime(2022, 3, 10, 8), "source": "okaz"},
        {"id": "y", "text": told.replace("مدينة", "محافظة"), "published": dt.datetime(2022, 3, 10, 9), "source": "alyaum"},
        {"id": "z", "text": "وقعت بلدية العاصمة عقودا لصيانة الطرق والحدائق في الأحياء الشمالية.",
         "published": dt.datetime(2022, 3, 10, 20), "source": "sabq"},
    ]
    merged = merge_events(extract_events(pl.DataFrame(rows, schema=ARTICLE_SCHEMA), inherit=True))
    assert merged.filter(pl.col("expr") == "")["article_id"].to_list() == ["z"]

    def no_merge(*args: object, **kwargs: object) -> pl.DataFrame:
        raise AssertionError("a second merge of one row")

    monkeypatch.setattr(windows, "merge_events", no_merge)
    assert windows.place_windows(merged).equals(merged)


def test_intervals_that_overlap_touch_one_day_together() -> None:
    rng = random.Random(11)
    for _ in range(100):
        a = _intervals(rng, rng.randrange(0, 20), nulls=True).with_row_index("_row")
        b = _intervals(rng, rng.randrange(0, 20), nulls=True).with_row_index("_row")
        days_a = {r: set() for r in a["_row"].to_list()}
        for r, day in windows._days(a, "_row").rows():
            days_a[r].add(day)
        days_b = {r: set() for r in b["_row"].to_list()}
        for r, day in windows._days(b, "_row").rows():
            days_b[r].add(day)
        for r, s, e in a.rows():
            # its start's day, and no day past the one holding its last instant
            assert days_a[r] == set() if s is None or e is None else s.date() in days_a[r]
            if s is not None and e is not None and e > s:
                assert max(days_a[r]) == (e - dt.timedelta(microseconds=1)).date()
            for q, ws, we in b.rows():
                if None not in (s, e, ws, we) and s < we and e > ws:
                    assert days_a[r] & days_b[q], (s, e, ws, we)


def test_a_window_counts_only_the_words_of_rows_of_its_days(monkeypatch: pytest.MonkeyPatch) -> None:
    told = "أعلن وزير الصحة أمس افتتاح مستشفى جديد للأطفال في مدينة الخبر بسعة مئتي سرير."
    lead = "أعلن وزير الصحة افتتاح مستشفى جديد للأطفال في مدينة الخبر بسعة مئتي سرير."
    rows = [
        # the same words a week before the lead's window: no row beside it
        {"id": "x", "text": told, "published": dt.datetime(2022, 3, 3, 8), "source": "okaz"},
        {"id": "y", "text": told, "published": dt.datetime(2022, 3, 10, 9), "source": "alyaum"},
        {"id": "z", "text": lead, "published": dt.datetime(2022, 3, 10, 20), "source": "sabq"},
    ]
    merged = merge_events(extract_events(pl.DataFrame(rows, schema=ARTICLE_SCHEMA), inherit=True))
    seen: list[list[str]] = []
    real = windows.merge_events

    def second(frame: pl.DataFrame, **kwargs: object) -> pl.DataFrame:
        seen.append(sorted(frame["article_id"].to_list()))
        return real(frame, **kwargs)

    monkeypatch.setattr(windows, "merge_events", second)
    placed = windows.place_windows(merged)
    assert seen == [["y", "z"]]  # the row of its days beside the window, not the one a week before
    by = {r["article_id"]: r["cluster"] for r in placed.iter_rows(named=True)}
    assert by["z"] == by["y"] != by["x"]
