"""Where a clause tells its happening is, beyond its town: regions, provinces, districts and
countries, and names read after an area word (``area_words`` of places.yaml); two such places that
cannot be one (Arabic written for these tests)."""

from __future__ import annotations

import pytest

from timeline.places import whereabouts


def test_a_province_the_gazetteer_does_not_know_is_read_after_its_word() -> None:
    told = whereabouts("ضرب زلزال إقليم بلوشستان جنوب غرب باكستان")
    assert told.fine == {"بلوشستان"}
    assert told.countries == {"باكستان"}


def test_a_district_with_the_article_is_a_name() -> None:
    assert "المشرعه" in whereabouts("اندلعت اشتباكات في مديرية المشرعة بمحافظة تعز").fine


@pytest.mark.parametrize("text", ["أعلنت السلطات منطقة عسكرية مغلقة", "سجل هدفا من داخل منطقة الجزاء",
                                  "في منطقة نائية", "وصلت إلى مديرية الدفاع المدني"])
def test_an_adjective_or_what_an_area_is_for_is_no_name(text: str) -> None:
    assert not whereabouts(text).fine


def test_a_holding_region_is_not_a_fine_place() -> None:
    told = whereabouts("افتتح المهرجان في عنيزة بمنطقة القصيم")
    assert told.fine == {"عنيزة"}
    assert "القصيم" in told.within


@pytest.mark.parametrize(("one", "other"), [
    ("ضرب زلزال إقليم بلوشستان", "وقع زلزال في شرق الكونغو"),
    ("اشتباكات في مديرية المشرعة بمحافظة تعز", "اشتباكات في محافظة شبوة"),
    ("افتتح المهرجان في عنيزة", "افتتح المهرجان في بريدة"),
])
def test_two_places_that_cannot_be_one(one: str, other: str) -> None:
    assert whereabouts(one).apart(whereabouts(other))
    assert not whereabouts(one).meets(whereabouts(other))


@pytest.mark.parametrize(("one", "other"), [
    ("اشتباكات في مديرية المشرعة بمحافظة تعز", "اشتباكات في تعز"),
    ("قتل جنود في اليمن", "قتل جنود في تعز"),
    ("افتتح المهرجان في عنيزة بمنطقة القصيم", "افتتح المهرجان في منطقة القصيم"),
])
def test_a_place_and_the_place_holding_it_meet(one: str, other: str) -> None:
    assert not whereabouts(one).apart(whereabouts(other))
    assert whereabouts(one).meets(whereabouts(other))


def test_a_country_told_only_by_its_adjective_is_no_place_to_meet() -> None:
    one, other = whereabouts("قال الشعب المصري"), whereabouts("اجتمع الوزراء في القاهرة")
    assert not one.apart(other)
    assert not one.meets(other)


def test_a_text_naming_no_place_is_apart_from_none() -> None:
    assert not whereabouts("قال المتحدث").apart(whereabouts("في بريدة"))
