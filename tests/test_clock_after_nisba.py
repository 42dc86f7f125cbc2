"""A feminine ordinal after an adjective of relation is a rank only when the noun before the
adjective is a rankable thing (a channel, an edition, a match) or has a pronoun; after any
other noun ("الشرطة المصرية") it is an hour."""

from __future__ import annotations

import datetime as dt

from timeline import tag

PUBLISHED = dt.datetime(2022, 1, 25, 10, 0)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, PUBLISHED)]


def test_an_hour_after_a_nisba_of_an_unrankable_noun() -> None:
    assert _found("وأعلنت الشرطة المصرية الثامنة مساء أمس القبض على المتهم") == [
        ("الثامنة مساء أمس", "2022-01-24T20")]
    assert _found("وصلت البعثة الأردنية السابعة صباح اليوم إلى المطار") == [
        ("السابعة صباح اليوم", "2022-01-25T07")]


def test_a_rank_after_a_nisba_of_a_rankable_noun() -> None:
    assert _found("وقال في حديث إلى القناة الإخبارية الثانية مساء أمس إن الاتفاق قريب") == [
        ("مساء أمس", "2022-01-24TEV")]
    assert _found("وتنطلق الجولة التمهيدية الثالثة صباح اليوم في المدينة") == [("صباح اليوم", "2022-01-25TMO")]
    assert _found("وخاض الفريق مباراته الودية الثالثة مساء أمس") == [("مساء أمس", "2022-01-24TEV")]


def test_other_adjectives_of_relation_are_passed_over() -> None:
    assert _found("ووصلت القافلة الطبية الكويتية الخامسة مساء أمس إلى المدينة") == [("مساء أمس", "2022-01-24TEV")]
    assert _found("وداهمت الشرطة المحلية الجنائية الثامنة مساء أمس المنزل") == [("الثامنة مساء أمس", "2022-01-24T20")]
