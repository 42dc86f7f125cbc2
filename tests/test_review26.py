"""review26: bugs found reading this session's merged changes (Arabic written for these tests)."""

from __future__ import annotations

from timeline.tagger import tag


def _told(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, "2015-08-10")]


def test_a_degree_that_is_a_diploma_leaves_the_decade_a_time() -> None:
    assert _told("نال الوزير درجة الدكتوراه من جامعة بغداد في الثمانينات.") == [("الثمانينات", "198")]
    assert _told("حصل على درجات علمية عدة في السبعينيات.") == [("السبعينيات", "197")]


def test_a_decade_of_degrees_is_still_no_time() -> None:
    assert _told("وتسجل درجات الحرارة منتصف الأربعينات في المنطقة.") == []
    assert _told("وبلغت 46 درجة وتقترب من الخمسينات في بعض المدن.") == []
    assert _told("وتقترب من الخمسينات المئوية نهارا.") == []
