"""A word's information: its smoothed inverse document frequency, as the merge
(:func:`timeline.wording.clause_features`), the stories (:mod:`timeline.stories`) and the
lead windows (:mod:`timeline.windows`) weigh the words two reports share."""

from __future__ import annotations

import math

import polars as pl

__all__ = ["information", "least_information"]


def information(n: int, df: pl.Expr) -> pl.Expr:
    """The information of a word that ``df`` (an expression) of ``n`` documents hold:
    ``ln((n + 1) / (df + 1)) + 1`` (a word of every document still weighs 1)."""
    return ((n + 1) / (df + 1)).log().add(1.0)


def least_information(n: int, df: int) -> float:
    """:func:`information` of a word that ``df`` of ``n`` documents hold, as a number (a floor:
    the least a rare word or a name carries in a small batch)."""
    return math.log((n + 1) / (df + 1)) + 1
