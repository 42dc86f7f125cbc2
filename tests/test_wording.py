"""What the merge compares per clause (timeline.wording): the date spans cut from a clause."""

from __future__ import annotations

import polars as pl

from timeline.wording import _spans


def test_a_span_overlapping_an_earlier_one_of_its_clause_is_not_cut_and_clauses_stay_apart() -> None:
    # clause 0: [0, 5) cut, [3, 8) overlaps it (left in), [10, 12) cut; clause 1 starts
    # afresh: its [4, 20) is cut although clause 0 reached further before it
    events = pl.DataFrame({
        "c": pl.Series([0, 0, 0, 1, 2], dtype=pl.UInt32),
        "clause_start": [100, 100, 100, 0, 0],
        "expr_start": [100, 103, 110, 4, 1],
        "expr_end": [105, 108, 112, 20, 3],
        "inherited": [False, False, False, False, True],
    })
    clauses = pl.DataFrame({"c": pl.Series([0, 1, 2], dtype=pl.UInt32), "clause": ["ا" * 40, "ب" * 30, "ج" * 9]})
    spans = _spans(events, clauses)
    assert spans.select("c", "lo", "hi").rows() == [(0, 0, 5), (0, 10, 12), (1, 4, 20)]
