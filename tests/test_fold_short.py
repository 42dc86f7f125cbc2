"""Folding a short window (the regex-gated path) equals folding it as part of a long text."""

from __future__ import annotations

from timeline.normalize import _SHORT, fold

WINDOWS = (
    "وأعلنت الهيئة، في بيانٍ رسميّ، أنّ الجلسة ستُعقد",
    "وسجّل المؤشر ٣٫٥ بالمئة — أعلى مستوى منذ «أيار» ٢٠٢٠",
    "Reuters قالت: الإثنين ١٢/٣؛ وتأجّل الاجتماع؟",
    "الفترة 2013 ــ 2022 شهدت تراجعاً\u00a0كبيراً",
    "مدرسة ی و ک ٱلمدينة",
    "",
)


def test_a_short_text_folds_as_it_would_inside_a_long_one() -> None:
    for window in WINDOWS:
        assert len(window) < _SHORT
        padding = "ا" * _SHORT
        assert padding + fold(window) == fold(padding + window), window
