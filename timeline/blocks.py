"""Blocks: what candidate pairs (:mod:`timeline.merge`) and story links
(:mod:`timeline.stories`) are found through.

A block is every row sharing one integer key (a word in a week, a word in a month, a word
in an article). Rows are sorted by key, so a block is a run of equal keys: its size is a
run length and no hashing is needed. Inside a block rows are sorted by an order number,
and each row meets the ``k`` rows before it: every pair of a block is made once, from the
later row, with no join of the block with itself.

What the pairs link is joined in a union–find :class:`Forest` (the merge's entries, the
stories, the lead windows' groups: :func:`linked`), a root the least node of its tree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import polars as pl

__all__ = ["Forest", "blocks", "earlier_rows", "flat_roots", "linked"]

_KEY = 2**32  # a block number and an order number as one integer key


def blocks(frame: pl.DataFrame, key: str, order: str, least: int, most: int) -> pl.DataFrame:
    """The rows ``key``, ``order`` of ``frame`` whose block (rows of one integer ``key``)
    holds ``least`` to ``most`` rows, sorted by key then by ``order`` (a non-negative
    integer below 2**32, one per row of a block), with ``k``: each row's place in its
    block (0 for the first). Rows without a key are in no block."""
    frame = frame.select(key, order).drop_nulls(key)
    keys, orders = frame[key], frame[order]
    if frame.height:
        low, high = keys.min(), keys.max()
        shift = 2 ** max(int(orders.max()).bit_length(), 1)  # type: ignore[arg-type]
        if (high - low + 1) * shift < 2**63:  # type: ignore[operator]
            # both numbers in one integer: one sort of one column
            packed = ((keys - low).cast(pl.UInt64) * shift + orders.cast(pl.UInt64)).sort()
            frame = pl.DataFrame([((packed // shift).cast(keys.dtype) + low).alias(key),
                                  (packed % shift).cast(orders.dtype).alias(order)])
        else:
            frame = frame.sort(key)
            frame = frame.sort(frame[key].rle_id().cast(pl.UInt64) * _KEY + pl.col(order).cast(pl.UInt64))
    # a run's length, and where it starts, taken to each of its rows by its run number
    runs = frame[key].rle().struct.field("len")
    frame = frame.filter(runs.gather(frame[key].rle_id()).is_between(least, most))
    sizes = frame[key].rle().struct.field("len")
    first = (sizes.cum_sum() - sizes).cast(pl.Int64).gather(frame[key].rle_id())
    return frame.with_columns((pl.int_range(frame.height, dtype=pl.Int64, eager=True) - first).alias("k"))


def earlier_rows(row: str) -> pl.Expr:
    """For rows of :func:`blocks` (``row``: their row numbers there), the row numbers of
    the rows before each in its block, as a list."""
    return pl.int_ranges(pl.col(row) - pl.col("k"), row, dtype=pl.UInt32)


def flat_roots(parent: list[int]) -> list[int]:
    """Each node's root in a union–find forest (``parent``: each node's parent, a root its
    own) where no node's parent follows it (``parent[i] <= i``: the entries and stories join
    under the smaller root), in one pass; ``parent`` is set to them (a flat forest, the same
    roots)."""
    roots: list[int] = []
    append = roots.append
    for i, up in enumerate(parent):
        append(i if up == i else roots[up])
    parent[:] = roots
    return roots


class Forest:
    """A union–find forest over the nodes ``0..n-1`` in which two trees join under the smaller
    root, so a root is its tree's least node and no node's parent follows it (:func:`flat_roots`
    reads every root in one pass). The stories' forest guards :meth:`join_roots`, the merge's
    :meth:`union` (its reports' evidence)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of node ``i`` (the parents on the way halved)."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Join the trees of nodes ``a`` and ``b`` (:meth:`join_roots` of their roots)."""
        self.join_roots(self.find(a), self.find(b))

    def join_roots(self, ra: int, rb: int) -> None:
        """Join the trees of roots ``ra`` and ``rb``, the larger root under the smaller."""
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def roots(self) -> list[int]:
        """Every node's root (as :meth:`find`), in one pass; the forest is flattened."""
        return flat_roots(self.parent)


def linked(nodes: Iterable[int], left: Sequence[int], right: Sequence[int]) -> dict[int, int]:
    """Each node's group, its least member, when the pairs ``left[k]``–``right[k]`` link nodes
    (any integers: row numbers that are not ``0..n-1``)."""
    labels = sorted(set(nodes))
    index = {label: k for k, label in enumerate(labels)}
    forest = Forest(len(labels))
    for a, b in zip(left, right):
        forest.union(index[a], index[b])
    return {label: labels[root] for label, root in zip(labels, forest.roots())}
