"""``last <n> <units>`` (deictic ``last_n_units``): "آخر" before a count of units is the units just before the
anchor. Its unit forms come from units.yaml's ``from_now`` units (:attr:`timeline.lexicon.Lexicon.span_units_bare`,
``span_singulars``); a singular after digits ("آخر 24 ساعة") only after a ``last_count_after`` word or at a
clause's start; never the last units of something named after ("... من المباراة"). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline import tag
from timeline.lexicon import load_lexicon

_SUNDAY = dt.datetime(2024, 6, 9, 10, 0)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _SUNDAY)]


def test_the_bare_forms_are_derived_from_units_yaml() -> None:
    lex = load_lexicon()
    assert lex.span_units_bare["ايام"] == ("day", None) and lex.span_units_bare["دقيقتين"] == ("minute", 2)
    assert "الايام" not in lex.span_units_bare and "الثواني" not in lex.span_units_bare
    assert lex.span_singulars["شهر"] == lex.span_singulars["شهرا"] == ("month", 1)


def test_a_singular_after_digits_is_the_last_hours_after_an_opener() -> None:
    assert _found("وصعد سعر الذهب بنسبة 2% خلال آخر 24 ساعة.") == [
        ("آخر 24 ساعة", "2024-06-08T10:00/2024-06-09T10:00")]
    assert _found("وتراجعت صادرات المصنع في آخر 12 شهراً.") == [("آخر 12 شهراً", "2023-06-01/2024-05-31")]
    assert _found("وبقيت الحدود مغلقة طوال آخر 15 يوماً.")[0] == ("آخر 15 يوماً", "2024-05-25/2024-06-08")
    assert _found("آخر 48 ساعة كانت هادئة في المدينة.")[0][0] == "آخر 48 ساعة"  # a clause's start
    assert _found("وانخفض الطلب خلال آخر 18 شهر.")[0][0] == "آخر 18 شهر"  # the singular as news writes it


def test_a_singular_after_a_noun_is_another_with_an_age() -> None:
    assert all(not t.startswith("آخر") for t, _ in _found("ونقل المسعفون رجلاً آخر 31 سنة إلى المستشفى."))


def test_the_last_minutes_of_a_match_are_no_span_from_now() -> None:
    for text in ("وشارك المهاجم البديل في آخر 25 دقيقة من اللقاء.", "وتألق الحارس في آخر عشر دقائق من الشوط الأول."):
        assert all(not t.startswith("آخر") for t, _ in _found(text)), text
    # the last days of the month named: the month's, not the three days before Sunday
    assert ("آخر ثلاثة أيام من الشهر", "2024-06-06/2024-06-08") not in _found("وصام المتطوعون آخر ثلاثة أيام من الشهر.")


def test_plurals_and_duals_need_no_opener() -> None:
    assert _found("وارتفعت الإصابات آخر أربعة أسابيع.")[0] == ("آخر أربعة أسابيع", "2024-05-12/2024-06-08")
    assert _found("وهدأت الاشتباكات في آخر ساعتين.")[0] == ("آخر ساعتين", "2024-06-09T08:00/2024-06-09T10:00")
    assert _found("وتغير وجه المدينة في آخر عقدين.")[0][1] == "2000-01-01/2019-12-31"
    assert _found("وتوالت الاتصالات في آخر دقيقتين.")[0][0] == "آخر دقيقتين"


def test_the_last_minutes_in_a_sentence_of_a_match_are_the_match_s() -> None:
    # units.yaml's minute `played_in` words, as a word's beginning, anywhere in the sentence
    assert all(not t.startswith("آخر") for t, _ in _found("وأحرز الضيوف هدفين في آخر سبع دقائق."))
    assert all(not t.startswith("آخر") for t, _ in _found("وتراجع الفريق في آخر 12 دقيقة بعد طرد الحارس."))
    # the sentence before is another's: the span from now stays
    assert _found("وفاز الفريق بالمباراة. وتراجع المؤشر في آخر خمس دقائق.")[-1] == (
        "آخر خمس دقائق", "2024-06-09T09:55/2024-06-09T10:00")
