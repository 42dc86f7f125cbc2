"""No blobs: clauses that name no happening (no word of triggers.yaml) chain through common
words (A shares a word with B, B with C, C with D...); an entry of such clauses grows only
through a rare word half its events hold, while one happening told several ways, which
shares a name, stays one entry (Arabic written for these tests, real tagger)."""

from __future__ import annotations

import datetime as dt

import polars as pl
from merge_helpers import entry_of

from timeline.merge import _Components


def _components(groups: list[str | None], words: dict[int, list[int]], weight: list[float]) -> _Components:
    """Union–find over events all told on one day, with the given happening groups."""
    day = dt.datetime(2024, 7, 4)
    table = pl.DataFrame({
        "start": [day] * len(groups), "end": [day + dt.timedelta(days=1)] * len(groups),
        "fine": [True] * len(groups), "group": groups, "town": [None] * len(groups),
        "article": list(range(len(groups))),  # each from its own article
    }, schema_overrides={"group": pl.String, "town": pl.String})
    return _Components(table, dt.timedelta(days=4), words, weight)


def test_a_chain_of_clauses_naming_no_happening_stops_growing() -> None:
    # eight clauses, each sharing one rare word with the next only (words 0..8)
    words = {k: [k, k + 1] for k in range(8)}
    found = _components([None] * 8, words, [9.0] * 9)
    for k in range(7):
        found.union(k, k + 1)
    entries = {found.find(k) for k in range(8)}
    assert len(entries) > 1
    # each entry's events share one word among half of them
    assert all(sum(found.find(k) == root for k in range(8)) <= 4 for root in entries)


def test_clauses_sharing_one_name_grow_into_one_entry() -> None:
    # word 0 is the happening's name, held by all; the others each told once
    words = {k: [0, k + 1] for k in range(6)}
    found = _components([None] * 6, words, [9.0] * 7)
    for k in range(5):
        found.union(k, k + 1)
    assert len({found.find(k) for k in range(6)}) == 1


def test_a_plain_clause_joins_a_happening_only_through_its_name_and_copies_join() -> None:
    # five reports naming one kind of happening, each in words of its own (0..4), hold
    # together through their happening words; a clause naming none joins them only through
    # a rare word half the entry holds (word 9, in three of them)
    words = {k: [k] for k in range(5)} | {5: [5], 6: [6, 9]}
    for k in (0, 1, 2):
        words[k].append(9)
    found = _components(["نزاع"] * 5 + [None] * 4, words | {7: [7], 8: [8]}, [9.0] * 10)
    for k in range(4):
        found.union(k, k + 1)
    assert len({found.find(k) for k in range(5)}) == 1
    found.union(4, 5)
    assert found.find(5) != found.find(0)
    found.union(4, 6)
    assert found.find(6) == found.find(0)
    # two plain clauses sharing no rare word join only as copies of one report
    found.union(7, 8)
    assert found.find(7) != found.find(8)
    found.union(7, 8, copy=True)
    assert found.find(7) == found.find(8)


def _article(key: str, source: str, text: str) -> dict[str, str]:
    return {"id": key, "source": source, "published": "2024-07-04T08:00", "text": text}


def test_one_happening_told_three_ways_is_one_entry() -> None:
    entry = entry_of([
        _article("a", "نشرة الوادي", "أعلنت شركة النخيل للطيران أمس تسيير رحلات يومية إلى مدينة الزيتون بطائرات جديدة."),
        _article("b", "صدى الساحل", "قالت شركة النخيل للطيران أمس إنها ستسير رحلات يومية إلى مدينة الزيتون."),
        _article("c", "أخبار التلال", "كشفت النخيل للطيران أمس عن رحلات يومية جديدة تسيرها إلى الزيتون."),
    ])
    assert entry["a"] == entry["b"] == entry["c"]


def test_two_unrelated_clauses_of_one_day_sharing_common_words_stay_apart() -> None:
    entry = entry_of([
        _article("team", "نشرة الوادي", "واصل فريق النجوم أمس تدريباته في معسكره استعدادا للموسم الجديد."),
        _article("fair", "صدى الساحل", "واصل معرض الكتاب أمس فعالياته في مدينة الزيتون استعدادا لختام الموسم."),
    ])
    assert entry["team"] != entry["fair"]
