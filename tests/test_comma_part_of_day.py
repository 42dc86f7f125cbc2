"""A part of the day after a comma (tag33, ``engine._join_glued``): «منذ 3 نوفمبر، مساء أمس» is two
times, the part opening the next day's expression; but a part in the accusative is an adverb of the
day before the comma, whatever word follows it: written with its alef or, marks kept in the
original, with its tanween alone (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 25, 10)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_a_part_written_with_its_alef_joins_the_day_before() -> None:
    assert _found("واعتقلت الشرطة المشتبه به الخميس 20 يناير، صباحاً في منزله") == [
        ("الخميس 20 يناير، صباحاً", "2022-01-20TMO")]


def test_a_part_in_the_accusative_without_alef_joins_the_day_before() -> None:
    assert _found("واعتقلت الشرطة المشتبه به الخميس 20 يناير، مساءً في منزله") == [
        ("الخميس 20 يناير، مساءً", "2022-01-20TEV")]


def test_a_part_with_tanween_before_a_verb_joins_the_day_before() -> None:
    assert _found("وصل الوفد إلى المدينة الأربعاء 12 يناير، مساءً بعد رحلة طويلة") == [
        ("الأربعاء 12 يناير، مساءً", "2022-01-12TEV")]


def test_a_part_in_construct_with_its_fatha_still_opens_the_next_day() -> None:
    assert _found("يقيم في الفندق منذ 3 يناير، مساءَ أمس غادر") == [
        ("منذ 3 يناير", "2022-01-03"), ("مساءَ أمس", "2022-01-24TEV")]
