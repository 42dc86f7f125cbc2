"""Bugs found reviewing the twenty-first session's merges (review35). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.lexicon import Clitics
from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 25, 10)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


@pytest.mark.parametrize("text", [
    "وتراوح ثمن الرأس في السوق بين 1500،2000 بحسب حجمه",  # a comma with no space: the year-list cue reads it too
    "وتراوح ثمن الرأس في السوق بين 1500,2000 بحسب حجمه",
    "وبلغ عدد الحجاج القادمين 12000 و2000 منهم من الداخل",  # 12000 is no year, whatever its last four figures
])
def test_a_number_after_an_amount_that_is_no_year_is_no_year_of_a_list(text: str) -> None:
    assert _found(text) == []


def test_years_of_a_list_are_still_years() -> None:
    assert [v for _, v in _found("وشارك المنتخب في دورات 1988،1992 و1996 للألعاب الأولمبية")] == ["1992", "1996"]


@pytest.mark.parametrize("clitics", [
    Clitics((), ("ب", "ل", "ك"), "ال", "لل"),  # a language with no conjunction glued to a word
    Clitics(("و",), ("ل",), "ال", "لل"),  # ...or with ل alone of the prepositions
])
def test_the_clitics_pattern_compiles_whatever_the_lists_hold(clitics: Clitics) -> None:
    for article in (True, False):
        pattern = re.compile("^" + clitics.pattern(article) + "(?:مقابله)$")
        assert {p for p in clitics.prefixes(article) if pattern.match(p + "مقابله")} == clitics.prefixes(article)
