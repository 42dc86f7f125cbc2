"""No input makes the tagger backtrack for long, and offsets always point into the original text.

The time bounds are generous on purpose: they fail on catastrophic (exponential or
quadratic-with-a-big-constant) backtracking, not on a slow machine. They count this
process's CPU time, not the wall clock, so a machine busy with other work does not fail them.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import tag

PUBLISHED = dt.datetime(2022, 1, 25, 9, 0)
CALL_BOUND_S = 2.0  # texts of up to ~15,000 characters
CLASSIC_BOUND_S = 5.0  # the 20,000-100,000-character classics below
MEGABYTE_BOUND_S = 60.0
SAMPLE = Path(__file__).resolve().parent.parent / "benchmarks" / "sample_ar.txt"

# Units whose long repetition is the classic way to make a date regex backtrack.
UNITS = [
    "1/", "1/1/", "12-", "2022-", "2022-2022-", "9_12_", "١/", "٢٠٢٢-", "12:", "10:30 ", "1.", "1 ", "11",
    "يناير ", "يناير/", "كانون ", "كانون الثاني/", "تشرين ", "شهر ", "رمضان ", "هـ ", "م ",
    "من 12 إلى ", "بين 3 و", "من ", "إلى ", "حتى ", "و", "ال", "الـ", "أمس ", "أول ", "بعد ", "قبل ",
    "الساعة ", "الساعة التاسعة ", "مساء ", "صباحاً ", "الاثنين ", "الجمعة المقبلة ", "الماضي ",
    "ثلاثة ", "وعشرين ", "الخامس والعشرين ", "عام ", "سنة 2011 ", "القرن ", "الثمانينيات ", "منتصف ",
    "\u0640", "\u064b", "\u0651\u064e", "، ", ",", " ", "\n",
]  # fmt: skip
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىة"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
PUNCT = ' ،,.:/-_()"«»؛؟!\n\u200f'
PHRASES = [
    "أمس", "أول أمس", "غداً", "اليوم", "الأسبوع الماضي", "الشهر المقبل", "عام 2011", "سنة ٢٠١١م",
    "15 يناير 2024", "25/1/2022", "2022-01-25", "الاثنين 9 كانون الأول", "تشرين الأول/أكتوبر",
    "الساعة التاسعة مساءً", "10:30 صباحاً", "منذ ثلاثة أيام", "من 20 إلى 25 يناير", "كل يوم جمعة",
    "أواخر الثمانينيات", "القرن العشرين", "15 شوال 1443 هـ", "عيد الفطر", "الجمعة قبل الماضي",
]  # fmt: skip


def _timed_tag(text: str, bound: float = CALL_BOUND_S) -> list:
    t0 = time.process_time()
    found = tag(text, PUBLISHED)
    elapsed = time.process_time() - t0
    assert elapsed < bound, f"{elapsed:.2f} s on {len(text)} chars starting {text[:60]!r}"
    return found


def _assert_offsets(text: str, found: list) -> None:
    for t in found:
        assert 0 <= t.start < t.end <= len(text), t
        assert text[t.start : t.end] == t.text, t


repeated_units = st.builds(lambda unit, n: unit * n, st.sampled_from(UNITS), st.integers(50, 1500))
mixed_units = st.lists(st.sampled_from(UNITS), min_size=50, max_size=1200).map("".join)
noise = st.text(alphabet=LETTERS + MARKS + DIGITS + PUNCT, min_size=0, max_size=2000)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(repeated_units)
def test_long_runs_of_one_unit_finish_quickly(text: str) -> None:
    _assert_offsets(text, _timed_tag(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_units)
def test_long_mixtures_of_units_finish_quickly(text: str) -> None:
    _assert_offsets(text, _timed_tag(text))


@settings(max_examples=40, deadline=None)
@given(noise)
def test_random_arabic_noise_finishes_quickly(text: str) -> None:
    _assert_offsets(text, _timed_tag(text))


def _noisy(draw: st.DrawFn) -> str:
    """Real phrases in filler, with diacritics, tatweel and Arabic-Indic digits slipped in."""
    parts = draw(
        st.lists(st.one_of(st.sampled_from(PHRASES), st.text(LETTERS + " ", max_size=12)), min_size=1, max_size=20)
    )
    chars = list(" ".join(parts))
    for _ in range(draw(st.integers(0, 20))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(MARKS + "\u200f")))
    if draw(st.booleans()):
        chars = [chr(0x0660 + int(c)) if c.isascii() and c.isdigit() else c for c in chars]
    return "".join(chars)


@settings(max_examples=100, deadline=None)
@given(st.composite(_noisy)())
def test_offsets_point_into_the_original_text(text: str) -> None:
    _assert_offsets(text, _timed_tag(text))


def test_adversarial_classics() -> None:
    for text in [
        "1/" * 20_000,
        "2022-" * 10_000,
        "يناير " * 10_000,
        "من 12 إلى " * 5_000,
        "9" * 100_000,
        "١" * 50_000 + "/",
        "\u0640" * 50_000 + "أمس",
        "\u064e" * 50_000,
        ("الساعة " * 3_000) + "x",
        "من " * 10_000 + "12",
    ]:
        _assert_offsets(text, _timed_tag(text, CLASSIC_BOUND_S))


def test_a_megabyte_of_news_tags_in_bounded_time() -> None:
    sample = SAMPLE.read_text(encoding="utf-8")
    text = ("\n\n".join([sample] * (1_000_000 // len(sample) + 1)))[:1_000_000]
    t0 = time.process_time()
    found = tag(text, PUBLISHED)
    elapsed = time.process_time() - t0
    assert elapsed < MEGABYTE_BOUND_S, f"{elapsed:.1f} s for 1 MB"
    _assert_offsets(text, found)
