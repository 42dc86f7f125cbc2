"""The cases, meetings' sides and football teams an entry's reports name are kept at its root as it
grows (:class:`timeline.merge._Components`): a report naming one that joined an entry later still
keeps another's report out (made-up word ids and team names; no text)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.merge import _Components


def _components(cases: list[list[int]], words: dict[int, list[int]]) -> _Components:
    """Union–find over events of one class told on one day, each from its own article."""
    day, n = dt.datetime(2024, 3, 12), len(cases)
    table = pl.DataFrame({
        "i": list(range(n)), "start": [day] * n, "end": [day + dt.timedelta(days=1)] * n, "fine": [True] * n,
        "group": ["قضاء"] * n, "town": [None] * n, "article": list(range(n)), "case": cases,
    }, schema_overrides={"town": pl.String, "case": pl.List(pl.Int64)})
    return _Components(table, dt.timedelta(days=4), words, [9.0] * 40)


def test_a_case_named_by_a_later_report_keeps_another_case_out() -> None:
    # report 1 (case 20) joins report 0 (no case); report 2 names case 30, which neither holds
    found = _components([[], [20], [30]], {0: [1, 2], 1: [1, 2, 20], 2: [1, 2, 30]})
    found.union(0, 1)
    assert found.find(1) == found.find(0) == 0  # the entry's root names no case itself
    found.union(0, 2)
    assert found.find(2) != found.find(0)


def test_one_case_told_by_a_later_report_joins() -> None:
    found = _components([[], [20], [20]], {0: [1, 2], 1: [1, 2, 20], 2: [1, 2, 20]})
    found.union(0, 1)
    found.union(0, 2)
    assert found.find(2) == found.find(0)


def test_a_team_named_by_a_later_report_keeps_another_team_out() -> None:
    day, n = dt.datetime(2024, 3, 12), 3
    table = pl.DataFrame({
        "i": list(range(n)), "start": [day] * n, "end": [day + dt.timedelta(days=1)] * n, "fine": [True] * n,
        "group": ["رياضة"] * n, "town": [None] * n, "article": list(range(n)), "teams": [[], ["الف"], ["باء"]],
    }, schema_overrides={"town": pl.String, "teams": pl.List(pl.String)})
    found = _Components(table, dt.timedelta(days=4), {0: [1, 2], 1: [1, 2], 2: [1, 2]}, [9.0] * 40)
    found.union(0, 1)
    found.union(0, 2)
    assert found.find(2) != found.find(0) and found.find(1) == found.find(0)
