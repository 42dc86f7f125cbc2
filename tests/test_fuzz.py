"""Random Arabic-ish text made of the lexicon's own words, digits, separators and noise,
published in any year from 1 to 9999: the tagger never raises, its offsets point into the
text, its intervals are not empty and its durations are valid ISO 8601."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import TimexType, tag
from timeline.lexicon import load_lexicon

_LEX = load_lexicon("ar")
_WORDS = sorted({
    form
    for table in (_LEX.months_in_context, _LEX.weekdays, _LEX.cardinals, _LEX.ordinals, _LEX.units, _LEX.day_parts,
                  _LEX.rel_days, _LEX.directions, _LEX.vague, _LEX.holidays, _LEX.seasons, _LEX.decades,
                  _LEX.year_marks, _LEX.fuzzy, _LEX.narrative)
    for form in table
} | set(_LEX.approx) | {"من", "إلى", "الى", "حتى", "بين", "و", "في", "منذ", "قبل", "بعد", "خلال", "كل", "الساعة",
                       "عام", "العام", "سنة", "شهر", "يوم", "أيام", "ثورة", "ميزانية", "عند", "بتوقيت", "الموافق"})
_NUMBERS = st.one_of(
    st.integers(0, 40).map(str), st.integers(1, 9999).map(str), st.integers(0, 2359).map(lambda n: f"{n:04d}"),
    st.integers(10**12, 10**15).map(str), st.just("7" * 4400), st.integers(0, 99).map(lambda n: f"{n}:{n % 60:02d}"),
    st.just("2022-01-25T10:30:00+03:00"), st.just("٢٠٢٢"), st.just("١٥"),
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "، ", ", ", " - ", "-", "/", " / ", ":", "\n", " | ", " (", ") ",
                               ". ", "؛ ", " و", "\u0640", "\u064b", "ـ", " هـ ", " م "])
_NOISE = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىة0123456789٠١٢٣٤٥٦٧٨٩ ،.-/:()\n", max_size=6)
_PIECE = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_WORDS), _NUMBERS, _NOISE)
TEXTS = st.lists(st.tuples(_PIECE, _SEPARATORS), min_size=1, max_size=14).map(
    lambda pairs: "".join(p + s for p, s in pairs))
PUBLISHED = st.one_of(
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59)),
    st.sampled_from([dt.datetime(1, 1, 1), dt.datetime(1, 12, 31), dt.datetime(9999, 12, 31, 23),
                     dt.datetime(9999, 1, 1), dt.datetime(600, 6, 1), dt.datetime(3900, 3, 1)]),
)

_N = r"(?:\d+(?:\.\d+)?|X)"
ISO_DURATION = re.compile(
    rf"P(?=[\dXT])(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?(?:T(?=[\dX])(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?")  # 8601-1:2019


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, PUBLISHED)
def test_any_text_any_year(text: str, published: dt.datetime) -> None:
    for t in tag(text, published):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text, t
        if t.interval is not None:
            assert t.interval[0] < t.interval[1], t
        if t.type is TimexType.DURATION or (t.type is TimexType.SET and t.value.startswith("P")):
            assert ISO_DURATION.fullmatch(t.value), t


def test_known_fuzz_finds() -> None:
    """The cases the first fuzzing run found, kept as plain checks."""
    for published in (dt.datetime(1, 1, 1), dt.datetime(300, 5, 1), dt.datetime(5000, 5, 1), dt.datetime(9999, 12, 31)):
        for text in ("عيد الفطر المقبل", "عيد الأضحى الماضي", "العام الماضي", "العام المقبل", "الشهر المقبل",
                     "القرن المقبل", "العقد الماضي", "بعد 30 عاما", "منذ 3000 عام", "رمضان الماضي"):
            for t in tag(text, published):
                assert t.interval is None or t.interval[0] < t.interval[1]
    assert tag("وعددهم " + "7" * 4400 + " يوما", "2022-01-25") is not None
    for text in ("أسبوعين وشهر", "عقدين وعامين", "ساعة وعقد"):
        for t in tag(text, "2022-01-25"):
            if t.type is TimexType.DURATION:
                assert ISO_DURATION.fullmatch(t.value), t
