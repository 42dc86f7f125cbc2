"""Two outlets' reports of one day and one class, each the other's closest report of its outlet,
join on a lower floor (``CLOSEST_SHARE``) only when they name one place; two quakes of one day told
in two regions stay apart however alike their words (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl
import pytest

from merge_helpers import entry_of
from timeline import merge

QUAKE = {"id": "quake", "source": "صدى الساحل", "published": "2024-06-02T20:00",
         "text": "ضرب زلزال بقوة 5.5 درجات على مقياس ريختر إقليم بلوشستان جنوب غرب باكستان فجر اليوم الأحد، "
                 "وفق ما أعلنته هيئة الأرصاد، دون أن ترد أنباء عن خسائر."}


def felt(place: str) -> dict[str, str]:
    """Another outlet's report of a quake that day, in its own words, in ``place``."""
    return {"id": "felt", "source": "الأفق", "published": "2024-06-02T21:00",
            "text": f"هز زلزال بقوة 5.5 درجات صباح اليوم الأحد قرى جبلية في {place} وخرج السكان إلى الشوارع "
                    "خوفا من توابعه وانهارت جدران بيوت طينية قديمة."}


def test_one_quake_told_two_ways_joins() -> None:
    entry = entry_of([QUAKE, felt("إقليم بلوشستان")])
    assert entry["quake"] == entry["felt"]


def test_without_the_closest_floor_it_splits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "CLOSEST_WORDS", 10**6)
    entry = entry_of([QUAKE, felt("إقليم بلوشستان")])
    assert entry["quake"] != entry["felt"]


def test_two_quakes_of_one_day_in_two_regions_stay_apart() -> None:
    entry = entry_of([QUAKE, felt("إقليم كيفو شرق الكونغو")])
    assert entry["quake"] != entry["felt"]


def test_it_is_the_place_that_keeps_them_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge._Places, "apart", lambda self, pairs: pl.Series([False] * pairs.height))
    entry = entry_of([QUAKE, felt("إقليم كيفو شرق الكونغو")])
    assert entry["quake"] == entry["felt"]


def test_a_report_naming_no_place_does_not_join_on_the_closest_floor() -> None:
    entry = entry_of([QUAKE, felt("المنطقة")])
    assert entry["quake"] != entry["felt"]
