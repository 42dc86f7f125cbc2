"""Refusals checked first (speed, issue 9): each cheap test gives what the slower path gave.

- ``<noun> <year>`` refuses a number when no word in reach is a noun that takes a year, before its
  four searches; ``_is_year_noun`` is one set look-up;
- ``normalize`` looks for Latin capitals in the text's ASCII characters only.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline import normalize as norm_module
from timeline import tag
from timeline.engine import load_grammar
from timeline.lang.ar.rules import dates
from timeline.lang.ar.rules.common import Ctx

PUBLISHED = dt.datetime(2023, 3, 14, 10, 0)


def _tags(text: str) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.end, t.text, t.value) for t in tag(text, PUBLISHED)]


# --- <noun> <year> ---------------------------------------------------------------------------------

def test_year_noun_forms_are_the_prefixed_nouns() -> None:
    lex = load_grammar("ar").lex
    ctx = Ctx(lex, "")
    for noun in sorted(lex.year_nouns)[:12]:
        for prefix in dates._NOUN_CLITICS:
            word = prefix + noun
            old = any(word.startswith(p) and word[len(p):] in lex.year_nouns for p in dates._NOUN_CLITICS)
            assert dates._is_year_noun(ctx, word) is old is True
    for word in ("شخص", "والبيت", "مدينه", "بالسياره", "ميزاني", "ال"):
        old = any(word.startswith(p) and word[len(p):] in lex.year_nouns for p in dates._NOUN_CLITICS)
        assert dates._is_year_noun(ctx, word) is old is False


@pytest.mark.parametrize("text, year", [
    ("ناقش البرلمان ميزانية 2024 أمس", "2024"),
    ("تذكّر الجميع أحداث 1998 في المدينة", "1998"),
    ("استعد المنتخب لبطولة آسيا 2027 منذ شهور", "2027"),
    ("وصدرت نتائج تعداد السكان 2022 متأخرة", "2022"),
])
def test_noun_year_still_read(text: str, year: str) -> None:
    assert any(value == year for *_, value in _tags(text))


@pytest.mark.parametrize("text", [
    "حضر الحفل نحو 1500 شخص من سكان الحي",
    "بلغ عدد الزوار 2019 زائراً في يوم واحد",
    "اشترى التاجر 2000 كيس من الطحين",
])
def test_noun_year_refused_without_a_noun(text: str) -> None:
    assert not any(len(value) == 4 and value.isdigit() for *_, value in _tags(text))


# --- normalize: Latin capitals -------------------------------------------------------------------------

def _reference_fold(text: str) -> str:
    for variant, plain in norm_module._PAIRS:
        text = text.replace(variant, plain)
    if "\u0640" in text:
        text = norm_module._dash_tatweels(text)
    return text


@pytest.mark.parametrize("text", [
    "قالت وكالة BBC إن الاجتماع عُقد يوم الأحد. " * 20,
    "أعلنت شركة ف ق ك ل م ن ه و ى ي عن نتائجها في الربع الأول، ولم تذكر أي أرقام. " * 12,
    "وصل الوفد إلى مطار JFK في نيويورك قادماً من الدوحة، وغادر صباح الإثنين " * 10 + "Z",
    "A" + "ـــ" + "البيان الصادر في ٢٠٢٣/٣/١٤ يقول ذلك " * 15,
    "كتب المراسل: «سنعود غداً» وفي النص \ud800 رمز غير صالح " * 12,
])
def test_long_text_folds_as_before(text: str) -> None:
    assert len(text) >= norm_module._SHORT
    assert norm_module._fold_chars(text) == _reference_fold(text)
    assert norm_module._has_capital(text) == bool(re.search("[A-Z]", text))
