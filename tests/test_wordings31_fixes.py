"""Fixes of recog31 (Arabic written for these tests): the accusative of a defective number word, and
"بعد" + an amount after a present verb of three letters."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

_WEDNESDAY = dt.datetime(2025, 10, 15, 14, 30)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _WEDNESDAY)]


@pytest.mark.parametrize(("text", "want"), [
    ("بقي المتسلقون عالقين ثمانياً وأربعين ساعة", ("ثمانياً وأربعين ساعة", "PT48H")),
    ("دام الإضراب ثمانيا وعشرين يوما", ("ثمانيا وعشرين يوما", "P28D")),
])
def test_a_defective_number_keeps_its_ya_in_the_accusative(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(("text", "want"), [
    ("يصل الموكب بعد ساعة ونصف", ("بعد ساعة ونصف", "2025-10-15T16:00")),
    ("يحل الوفد بعد ثلاثة أيام", ("بعد ثلاثة أيام", "2025-10-18")),
])
def test_a_short_present_verb_counts_an_amount_from_now(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)
