"""A word's information (:mod:`timeline._information`): the merge's, the stories' and the lead windows' one
measure, as an expression and as a number (counts only, no text)."""

from __future__ import annotations

import math

import polars as pl
import pytest

from timeline._information import information, least_information


def test_a_word_of_every_document_weighs_one_and_a_rarer_word_more() -> None:
    n = 9
    frame = pl.DataFrame({"df": [9, 4, 1, 0]}).select(information(n, pl.col("df")).alias("info"))
    assert frame["info"].to_list() == pytest.approx([1.0, math.log(2) + 1, math.log(5) + 1, math.log(10) + 1], rel=1e-12)


def test_the_number_is_the_expression_of_one_count() -> None:
    for n, df in ((0, 0), (7, 3), (12_373, 2), (50_000, 50_000)):
        told = pl.select(information(n, pl.lit(df)).alias("info"))["info"].item()
        assert least_information(n, df) == pytest.approx(told, rel=1e-12)
