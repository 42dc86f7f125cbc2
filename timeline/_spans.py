"""Spans sorted by start, for range look-ups that stay cheap in long articles.

Event extraction asks, for every sentence and clause, which expressions start in it,
touch it, or cover a position. Scanning every expression each time made one long article
quadratic; :class:`SpanIndex` answers with a binary search and a look at the few spans
near the range (``O(log n + k)``), giving the same answers in the same order. And where a span
ends once the spaces before its end are left out (:func:`end_before_spaces`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

__all__ = ["SpanIndex", "end_before_spaces"]


def end_before_spaces(text: str, end: int) -> int:
    """``end`` moved back over the spaces right before it: where ``text[:end]`` ends once its trailing
    spaces are left out (``len(text[:end].rstrip())``, without the copy)."""
    end = min(end, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class SpanIndex(Generic[S]):
    """``items`` (anything with ``start`` and ``end``) indexed by start; each answer
    comes in the order a scan of ``items`` would give it."""

    __slots__ = ("_ends", "_items", "_longest", "_order", "_ordered", "_starts")

    def __init__(self, items: Sequence[S]) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: items[i].start)
        self._starts = [items[i].start for i in self._order]
        self._ends = [items[i].end for i in self._order]
        self._longest = max((e - s for s, e in zip(self._starts, self._ends)), default=0)
        # the items by start, when they came so (as events' expressions do): a range of them is a slice
        in_order = all(i == k for k, i in enumerate(self._order))
        self._ordered: list[S] | None = list(items) if in_order else None

    def starting_in(self, start: int, end: int) -> list[S]:
        """Items with ``start <= item.start < end``, in the items' own order."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        if self._ordered is not None:
            return self._ordered[lo:hi]
        return [self._items[i] for i in sorted(self._order[lo:hi])]

    def count_starting_in(self, start: int, end: int) -> int:
        """How many items have ``start <= item.start < end``."""
        return bisect_left(self._starts, end) - bisect_left(self._starts, start)

    def touching(self, start: int, end: int) -> list[S]:
        """Items not wholly before ``start`` nor at or after ``end``
        (``item.end > start and item.start < end``), by start (ties in the items' order)."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        if self._ordered is not None:
            return [item for item, e in zip(self._ordered[lo:hi], self._ends[lo:hi]) if e > start]
        return [self._items[i] for i, e in zip(self._order[lo:hi], self._ends[lo:hi]) if e > start]

    def touches(self, start: int, end: int) -> bool:
        """Whether some item touches ``[start, end)``: ``bool(self.touching(start, end))``, no list made."""
        lo = bisect_left(self._starts, start - self._longest)
        for e in self._ends[lo:bisect_left(self._starts, end)]:
            if e > start:
                return True
        return False

    def covers(self, pos: int) -> bool:
        """Whether some item has ``item.start < pos < item.end``."""
        lo = bisect_right(self._starts, pos - self._longest)
        hi = bisect_left(self._starts, pos)
        for e in self._ends[lo:hi]:
            if e > pos:
                return True
        return False
