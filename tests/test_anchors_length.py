"""A duration told as a length after «بعد/قبل X» (بعد حصارها لمدة يومين) is how long X lasted, not
a count of days from X (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline import tag
from timeline.anchors import anchor_to_happenings

PUBLISHED = dt.datetime(2024, 5, 9, 8)


def _anchored(text: str) -> dict[str, str | None]:
    found = anchor_to_happenings(text, tag(text, published=PUBLISHED))
    return {a.what: a.timex.value if a.timex else None for a in found.values()}


def test_a_length_after_a_happening_counts_no_days_from_it() -> None:
    for length in ("لمدة يومين", "طيلة أسبوع", "على مدى ثلاثة أيام"):
        text = f"وبدأ الحصار يوم الأحد. ودخل الجيش البلدة بعد حصارها {length}."
        assert _anchored(text) == {}, length


def test_a_count_of_days_from_a_happening_still_anchors() -> None:
    text = "وقع الانفجار يوم الأحد. وأعيد فتح الطريق بعد الانفجار بيومين."
    assert _anchored(text) == {"انفجار": "2024-05-07"}


def test_an_adverb_after_the_count_still_counts_from_the_happening() -> None:
    for adverb in ("فقط", "بالضبط", "تحديدا"):
        text = f"وقع الانفجار يوم الأحد. وأعيد فتح الطريق بعد يومين {adverb} من الانفجار."
        assert _anchored(text) == {"انفجار": "2024-05-07"}, adverb


def test_an_adverb_before_a_length_still_counts_no_days() -> None:
    text = "وبدأ الحصار يوم الأحد. ودخل الجيش البلدة بعد حصارها لمدة يومين فقط."
    assert _anchored(text) == {}
