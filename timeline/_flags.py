"""Conditions that several polars steps read, made once as columns and read by name (:class:`Flags`).

polars plans and runs an expression in time growing with the square of its depth (a chain of 160
``&`` on three rows: ~11 ms, the same conditions as a balanced tree: under 1 ms), and conditions
built from one another and read by several filters make the widest expressions of a step deep
(``_scored`` in :mod:`timeline.merge`: 144 ``&`` nested 42 deep in one filter). Made once as
columns, each is computed once, and the expressions reading it stay shallow; the values are the
same, row by row, as long as the columns a condition reads do not change between the step that
makes it and the steps that read it.
"""

from __future__ import annotations

import polars as pl

__all__ = ["Flags"]


class Flags:
    """Named conditions to be made as columns of one frame (:meth:`made`), in as few steps as
    their dependencies allow: a condition reading another one's column is made a step after it."""

    def __init__(self, prefix: str) -> None:
        """``prefix``: put before each name to make its column's (no column of the frame may
        start with it)."""
        self.prefix = prefix
        self.steps: list[dict[str, pl.Expr]] = []
        self.step_of: dict[str, int] = {}

    def add(self, name: str, condition: pl.Expr) -> pl.Expr:
        """Keep ``condition`` to be made as a column; what reads that column by name."""
        column = self.prefix + name
        if column in self.step_of:
            raise ValueError(f"flag {name!r} added twice")
        step = 1 + max((self.step_of[root] for root in condition.meta.root_names() if root in self.step_of),
                       default=-1)
        if step == len(self.steps):
            self.steps.append({})
        self.steps[step][column] = condition
        self.step_of[column] = step
        return pl.col(column)

    def made(self, frame: pl.DataFrame) -> pl.DataFrame:
        """``frame`` with every condition kept as a column (one ``with_columns`` per step)."""
        for step in self.steps:
            frame = frame.with_columns(**step)
        return frame
