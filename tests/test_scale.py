"""Scale: long articles, many cores, batches on disk, resumed runs.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.events as events_module
from timeline._spans import SpanIndex
from timeline.events import article_events

SENTENCES = (
    "وصل وزير الخارجية إلى القاهرة مساء أمس، الاثنين، في زيارة تستمر ثلاثة أيام.",
    "وقال المتحدث إن الاجتماع سيعقد الخميس المقبل في مقر الجامعة، ثم يعود الوفد في 15 آذار.",
    "وكانت الحكومة قد أعلنت في كانون الثاني الماضي عن خطة للنقل، بينما افتتح الجسر عام 2019.",
    "وشهدت حلب صباح اليوم أمطاراً غزيرة أغلقت الطرق الرئيسية",
    "ومنذ ثلاثة أسابيع يطالب السكان بإصلاح الكهرباء، فيما وعدت البلدية بالبدء مطلع العام المقبل.",
)
PUBLISHED = dt.datetime(2022, 1, 25)


def long_article(n_sentences: int) -> str:
    """``n_sentences`` of the sentences above, one after the other."""
    return " ".join(SENTENCES[i % len(SENTENCES)] for i in range(n_sentences))


# -- the span index answers as a scan of every span would ---------------------------------

T = TypeVar("T")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


class _ScanIndex(Generic[T]):
    """What SpanIndex replaced: a scan of every span for every question."""

    def __init__(self, items: Any) -> None:
        self._items = list(items)

    def starting_in(self, start: int, end: int) -> list[T]:
        return [t for t in self._items if start <= t.start < end]

    def count_starting_in(self, start: int, end: int) -> int:
        return len(self.starting_in(start, end))

    def touching(self, start: int, end: int) -> list[T]:
        return [t for t in sorted(self._items, key=lambda t: t.start) if t.end > start and t.start < end]

    def covers(self, pos: int) -> bool:
        return any(t.start < pos < t.end for t in self._items)


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda p: _Span(p[0], p[0] + p[1])), max_size=25
)


@settings(max_examples=200, deadline=None)
@given(spans, st.integers(-5, 80), st.integers(0, 30))
def test_span_index_answers_as_a_scan(items: list[_Span], start: int, width: int) -> None:
    fast, slow = SpanIndex(items), _ScanIndex[_Span](items)
    end = start + width
    assert fast.starting_in(start, end) == slow.starting_in(start, end)
    assert fast.count_starting_in(start, end) == slow.count_starting_in(start, end)
    assert fast.covers(start) == slow.covers(start)
    # touching keeps start order, then the items' own order, as the stable sort did
    assert fast.touching(start, end) == [items[i] for i in sorted(
        (i for i, t in enumerate(items) if t.end > start and t.start < end), key=lambda i: (items[i].start, i))]


def test_long_article_same_events_as_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_article(60)
    fast = article_events("a", text, PUBLISHED, place="دمشق", inherit=True)
    monkeypatch.setattr(events_module, "SpanIndex", _ScanIndex)
    slow = article_events("a", text, PUBLISHED, place="دمشق", inherit=True)
    assert len(fast) > 60
    assert [e.as_row() for e in fast] == [e.as_row() for e in slow]
    assert {e.place for e in fast} >= {"القاهرة", "حلب"}
