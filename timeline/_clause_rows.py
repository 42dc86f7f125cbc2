"""Reading a clause's words off the rows beside them (polars expressions).

A clause's tokens (``positions``: one row per token, ``c`` its clause) lie in consecutive rows,
in text order: what is counted or looked up within a clause is read from the rows beside,
without grouping by ``c`` (a window ``over("c")`` hashes every row). Each expression is made
when used: no polars at import (see :mod:`timeline._preload`).
"""

from __future__ import annotations

import polars as pl

__all__ = ["beside", "clause_starts", "row_in_clause", "sum_in_clause"]


def clause_starts() -> pl.Expr:
    """Whether a row is its clause's first."""
    return (pl.col("c") != pl.col("c").shift(1)).fill_null(True)


def row_in_clause() -> pl.Expr:
    """Each row's place in its clause (0, 1, 2...): ``pl.int_range(pl.len()).over("c")``
    for consecutive clauses."""
    row = pl.int_range(pl.len())
    return row - pl.when(clause_starts()).then(row).forward_fill()


def sum_in_clause(values: pl.Expr) -> pl.Expr:
    """The running sum of ``values`` within each clause: ``values.cum_sum().over("c")`` for
    consecutive clauses."""
    total = values.cum_sum()
    return total - pl.when(clause_starts()).then(total - values).forward_fill()


def beside(column: str, n: int) -> pl.Expr:
    """``column`` ``n`` rows before (after, when negative) within the same clause, else null:
    ``pl.col(column).shift(n).over("c")`` for consecutive clauses."""
    return pl.when(pl.col("c") == pl.col("c").shift(n)).then(pl.col(column).shift(n))
