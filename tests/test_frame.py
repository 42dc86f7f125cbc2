"""The event schema, the ordering rules and the Parquet round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from timeline import Grain
from timeline.frame import (
    EVENT_SCHEMA,
    GRAIN_DTYPE,
    conform_events,
    events_frame,
    hijri_iso,
    hijri_label,
    order_events,
    read_parquet,
    write_parquet,
)


def d(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)


def row(event_id: str, start: str, end: str, grain: str, *, published: str = "2024-03-10",
        article: str = "a", clause_start: int = 0, expr_start: int = 0) -> dict:
    return {
        "event_id": event_id, "start": d(start), "end": d(end), "grain": grain, "value": start[:10],
        "article_id": article, "published": d(published), "clause_start": clause_start,
        "expr_start": expr_start, "clause": "وقع الحدث", "expr": "أمس", "inherited": False,
    }


def test_schema_dtypes() -> None:
    assert EVENT_SCHEMA["start"] == pl.Datetime("us") and EVENT_SCHEMA["end"] == pl.Datetime("us")
    assert EVENT_SCHEMA["grain"] == GRAIN_DTYPE
    assert list(GRAIN_DTYPE.categories) == [g.value for g in Grain]
    for name in ("value", "hijri_start", "hijri_label", "clause", "expr", "article_id", "source", "url", "place"):
        assert EVENT_SCHEMA[name] == pl.String
    for name in ("clause_start", "clause_end", "expr_start", "expr_end"):
        assert EVENT_SCHEMA[name] == pl.Int32
    assert EVENT_SCHEMA["inherited"] == pl.Boolean and EVENT_SCHEMA["date_conflict"] == pl.Boolean
    assert EVENT_SCHEMA["published"] == pl.Datetime("us")


def test_events_frame_fills_missing_columns_and_rejects_unknown_grains() -> None:
    frame = events_frame([row("e1", "2024-03-01", "2024-03-02", "day")])
    assert frame.schema == EVENT_SCHEMA
    assert frame["cluster"].to_list() == [None]
    with pytest.raises(pl.exceptions.PolarsError):
        events_frame([row("e2", "2024-03-01", "2024-03-02", "fortnight")])


def test_order_by_start_then_finer_grain_first() -> None:
    frame = events_frame([
        row("year", "2024-01-01", "2025-01-01", "year"),
        row("month", "2024-03-01", "2024-04-01", "month"),
        row("day", "2024-03-01", "2024-03-02", "day"),
        row("evening", "2024-03-01T18:00", "2024-03-02", "part_of_day"),
        row("hour", "2024-03-01T09:00", "2024-03-01T10:00", "hour"),
        row("week", "2024-02-26", "2024-03-04", "week"),
    ])
    assert order_events(frame)["event_id"].to_list() == ["year", "week", "day", "month", "hour", "evening"]


def test_equal_dates_order_by_published_then_article_then_position() -> None:
    frame = events_frame([
        row("late-paper", "2024-03-05", "2024-03-06", "day", published="2024-03-12", article="a"),
        row("b-second", "2024-03-05", "2024-03-06", "day", article="b", clause_start=50, expr_start=60),
        row("b-first", "2024-03-05", "2024-03-06", "day", article="b", clause_start=0, expr_start=10),
        row("a-early", "2024-03-05", "2024-03-06", "day", article="a"),
    ])
    assert order_events(frame)["event_id"].to_list() == ["a-early", "b-first", "b-second", "late-paper"]


def test_coarse_events_stay_spans_not_pinned_to_a_day() -> None:
    frame = order_events(events_frame([
        row("march", "2024-03-01", "2024-04-01", "month"),
        row("mid-march", "2024-03-15", "2024-03-16", "day"),
    ]))
    march = frame.filter(pl.col("event_id") == "march").row(0, named=True)
    assert march["end"] - march["start"] == dt.timedelta(days=31)
    assert march["grain"] == "month"
    # the month starts before the day inside it, and is not moved onto it
    assert frame["event_id"].to_list() == ["march", "mid-march"]


def test_hijri_rendering() -> None:
    assert hijri_iso(dt.date(2024, 1, 24)) == "1445-07-12"
    assert hijri_label(d("2024-01-24"), d("2024-01-25")) == "12 رجب 1445 هـ"
    assert hijri_label(d("2024-03-11"), d("2024-03-13")) == "1 رمضان 1445 – 2 رمضان 1445 هـ"


def test_parquet_round_trip_keeps_schema_and_values(tmp_path: Path) -> None:
    frame = order_events(events_frame([
        row("e1", "2024-03-01", "2024-04-01", "month") | {"source": "صدى الجبل", "url": "https://sada.example/1"},
        row("e2", "2024-03-05T18:00", "2024-03-06", "part_of_day") | {"inherited": True, "mod": "APPROX",
                                                                       "place": "دير الزور"},
    ]))
    path = tmp_path / "events.parquet"
    write_parquet(frame, path)
    back = read_parquet(path)
    assert back.schema == EVENT_SCHEMA
    assert back.equals(frame)
    assert dict(zip(back["event_id"], back["place"])) == {"e1": None, "e2": "دير الزور"}
    assert pl.read_parquet(path).schema["grain"] == GRAIN_DTYPE  # the Enum is stored, not cast back


def test_conform_events_orders_and_casts_columns() -> None:
    loose = pl.DataFrame({"grain": ["day"], "start": [d("2024-03-01")], "event_id": ["x"]})
    frame = conform_events(loose)
    assert frame.schema == EVENT_SCHEMA
    assert frame["grain"].dtype == GRAIN_DTYPE
