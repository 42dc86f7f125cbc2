"""``_spans.end_before_spaces``: where a span ends once the spaces before its end are left out, the
one helper anchors and events share (was ``len(text[:i].rstrip())`` written in four places)."""

from __future__ import annotations

import pytest

from timeline._spans import end_before_spaces

TEXTS = ["مرت الذكرى  ", "", "   ", "قال \t\n أمس  ", "عام\u00a0 ", "سنة"]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_as_the_stripped_slice(text: str) -> None:
    for end in range(len(text) + 3):
        assert end_before_spaces(text, end) == len(text[:end].rstrip())


def test_a_word_end_stays() -> None:
    text = "مرت الذكرى الخامسة  للغزو"
    assert end_before_spaces(text, text.index("للغزو")) == text.index("الخامسة") + len("الخامسة")
    assert end_before_spaces(text, 3) == 3
