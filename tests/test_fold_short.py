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


def test_a_window_of_a_text_folded_once_is_the_window_folded() -> None:
    from timeline.normalize import fold_text

    text = "".join(WINDOWS[:3]) + "\u200fقالَ الوزيرُ اليومَ إنّ الجلسةَ\u00a0ستُعقدُ غداً، ١٢ مايو."
    folded = fold_text(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 3):
            assert folded.window(start, end) == fold(text[start:end]), (start, end)
    assert folded.window(5, 3) == ""


def test_a_tatweel_dash_is_read_whole_from_a_text_folded_once() -> None:
    from timeline.normalize import fold_text

    text = "الفترة 2013 ــ 2022"
    end = text.index("ــ") + 2  # the window ends before the second number
    assert fold_text(text).window(0, end) == "الفتره 2013 -"
    assert fold(text[:end]) == "الفتره 2013 "  # alone, the tatweel is no dash


def test_a_text_with_many_diacritics_reads_its_windows_through_an_offset_table() -> None:
    from timeline.normalize import _FEW_DELETED, fold_text

    text = "وَقَالَ المُتَحَدِّثُ إِنَّ الاجْتِمَاعَ سَيُعْقَدُ غَداً، ١٢ مايو.\n" * 4
    folded = fold_text(text)
    assert folded._shift and len(text) - len(folded.folded) > _FEW_DELETED
    for start in range(len(text) + 1):
        for end in range(start, min(len(text) + 3, start + 90)):
            assert folded.window(start, end) == fold(text[start:end]), (start, end)
    assert folded.at(len(text)) == len(folded.folded)


def test_deleting_at_the_offsets_gives_what_normalize_gives() -> None:
    from timeline.normalize import DELETED_CHARS, deleting, fold_chars, normalize

    for text in ("وصلَ الوفدُ غداً مساءً", "ـــ 2013 ــ 2022 ـ", "\u200fأمس\u200e", "ًٌٍ", "بلا حركات", "", "ً"):
        folded = fold_chars(text)
        at = [i for i, c in enumerate(folded) if c in DELETED_CHARS]
        assert deleting(text, folded, at) == normalize(text), text
