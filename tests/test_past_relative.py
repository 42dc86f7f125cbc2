"""A listed future cue does not reach a date in a relative clause whose verb is a perfect: the
month or weekday there is that past verb's (Arabic written for these tests; relative.yaml
``past_relative``, :func:`timeline._tense._past_relative`)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_FRIDAY = dt.datetime(2015, 8, 7, 12)  # a Friday


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, _FRIDAY)]


@pytest.mark.parametrize("text", [
    # a masculine pronoun, a perfect of the simple form or of تفعّل: no ending tells it
    "وأعلنت الشركة أنها ستواصل البحث عن الحطام الذي غرق في مارس قبالة الساحل.",
    "وسيقدم الصندوق تعويضات عن الضرر الذي تسبب به الإعصار في مارس.",
    # a perfect by its ending, after a feminine or a plural pronoun
    "وسيزور الوزير القرى التي ضربتها السيول في مارس.",
    "وسيواصل الجيش ملاحقة المسلحين الذين هاجموا الحاجز في مارس.",
    "ومن المقرر أن تعيد الهيئة فتح الملف الذي أغلقته المحكمة في مارس.",
])
def test_a_perfect_relative_clause_keeps_its_past_month(text: str) -> None:
    assert _values(text) == [("مارس", "2015-03")]


@pytest.mark.parametrize("text", [
    "وسيزور الوزير المعرض الذي يقام في مارس.",  # a present: the coming one
    "ومن المقرر أن يوقع الطرفان الاتفاق الذي تعده اللجنة في مارس.",  # a present of another subject (its object pronoun)
    "وستستضيف المدينة البطولة التي تنطلق في مارس.",
])
def test_a_present_relative_clause_leaves_the_future(text: str) -> None:
    assert ("مارس", "2016-03") in _values(text)


def test_without_a_future_cue_nothing_changes() -> None:
    assert _values("وانتشلت البحرية الحطام الذي غرق في مارس.") == [("مارس", "2015-03")]


@pytest.mark.parametrize("text", [
    # after a masculine pronoun, a present opening with ت whose own subject follows it, holding the
    # pronoun of the antecedent: the festival's events start, the conference's sessions open
    "وسيشارك الوزير في المهرجان الذي تنطلق فعالياته في مارس.",
    "ومن المقرر أن يحضر الوفد المؤتمر الذي تبدأ أعماله في مارس.",
    "وستشارك الفرق في الدوري الذي تنطلق منافساته في مارس.",
])
def test_a_present_of_another_subject_after_a_masculine_pronoun_leaves_the_future(text: str) -> None:
    assert ("مارس", "2016-03") in _values(text)
