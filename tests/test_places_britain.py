"""The United Kingdom's four parts lie in Britain: a happening told «في إنكلترا» by one outlet and
«ببريطانيا» by another is told in one place; England and France are two (Arabic written for these
tests)."""

from __future__ import annotations

import pytest

from merge_helpers import entry_of
from timeline.places import whereabouts


@pytest.mark.parametrize(("text", "part"), [
    ("هبطت طائرة ركاب اضطراريا في إنكلترا بعد عطل في محركها", "إنجلترا"),
    ("غمرت الأمطار قرى شمال انجلترا", "إنجلترا"),
    ("أغلقت الثلوج طرقا في اسكتلندا", "اسكتلندا"),
    ("تظاهر المئات في أيرلندا الشمالية", "أيرلندا الشمالية"),
])
def test_a_part_of_the_kingdom_lies_in_britain(text: str, part: str) -> None:
    told = whereabouts(text)
    assert part in told.fine
    assert "بريطانيا" in told.within


def test_england_and_britain_meet_and_england_and_france_are_apart() -> None:
    england = whereabouts("سقطت مروحية تدريب في إنكلترا")
    assert england.meets(whereabouts("تحطمت مروحية في حقل زراعي ببريطانيا"))
    assert england.apart(whereabouts("تحطمت مروحية في حقل زراعي بفرنسا"))


# one fall of a light plane told by two outlets in their own words: one names England and the
# plane's home country (its adjective), the other Britain and an airfield
FELL = {"id": "fell", "source": "صدى الساحل", "published": "2024-09-14T20:00",
        "text": "عم الحزن مواقع التواصل على ركاب طائرة كويتية صغيرة سقطت أمس الجمعة في إنكلترا، وهم رجل أعمال "
                "وزوجته ونجلاهما."}
CRASHED = {"id": "crashed", "source": "الأفق", "published": "2024-09-14T21:00",
           "text": "أعلنت سلطة الطيران عن تحطم طائرة صغيرة مسجلة في الكويت على مدرج مطار ريفي ببريطانيا مساء أمس."}


def test_one_fall_told_in_england_and_in_britain_is_one_entry() -> None:
    entry = entry_of([FELL, CRASHED])
    assert entry["fell"] == entry["crashed"]


def test_the_same_fall_told_in_england_and_in_france_stays_apart() -> None:
    entry = entry_of([FELL, {**CRASHED, "text": CRASHED["text"].replace("ببريطانيا", "بفرنسا")}])
    assert entry["fell"] != entry["crashed"]
