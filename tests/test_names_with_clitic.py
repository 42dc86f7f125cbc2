"""A name whose written spelling reads as a clitic stuck to a time word (``names_with_clitic`` of
lang/ar/relative.yaml): "باول" (Powell) is ب + "اول" folded, so "جيروم باول أمس" read as "أول أمس"
(the day before yesterday) and "بادن باول عام 1907" as the start of 1907. As written, no expression
begins inside it; "بأول" with its hamza still reads "at the first". Arabic written for these tests."""

from __future__ import annotations

import pytest

from timeline import tag
from timeline.lexicon import load_lexicon

DCT = "2015-08-10"  # a Monday


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


def test_the_name_is_data() -> None:
    assert "باول" in load_lexicon("ar").names_with_clitic


@pytest.mark.parametrize("text, expected", [
    ("وقال رئيس البنك المركزي جيروم باول أمس إن التضخم مرتفع", [("أمس", "2015-08-09")]),
    ("وصرح وباول أمس في واشنطن بأن المحادثات مفيدة", [("أمس", "2015-08-09")]),
    ("وقال كولن باول الأربعاء الماضي إن الحرب ضرورية", [("الأربعاء الماضي", "2015-08-05")]),
    ("وأسس اللورد بادن باول الحركة الكشفية عام 1907م", [("عام 1907م", "1907")]),
])
def test_no_expression_begins_inside_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ويبدأ صرف الإعانات بأول الشهر المقبل", [("أول الشهر المقبل", "2015-09-01")]),
    ("وعاد الهدوء إلى المدينة أول أمس", [("أول أمس", "2015-08-08")]),
    ("وفاز الفريق بأول بطولة له عام 2014", [("عام 2014", "2014")]),
])
def test_the_first_with_its_hamza_still_reads(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_the_name_written_without_hamza_for_the_first_keeps_the_month() -> None:
    # the cost, as the corpus has it never: "باول الشهر" meant "at the first of the month" keeps the month
    assert _found("ويبدأ صرف الإعانات باول الشهر المقبل") == [("الشهر المقبل", "2015-09")]
