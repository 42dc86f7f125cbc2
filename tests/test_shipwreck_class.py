"""A drowning or a boat sinking («غرق المركب», «انقلب القارب») is a class apart from floods; the
drowned of a flood stay the flood's («غرق … في السيول»). Arabic written for these tests."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows, entry_of

from timeline.happenings import load_triggers


@pytest.mark.parametrize(("text", "cls"), [
    ("غرقت عبارة تقل ركابا قبالة جزيرة المرجان أمس.", "غرق"),
    ("نجا ثلاثون صيادا من غرق مركبهم في الخليج.", "غرق"),
    ("انقلب قارب يقل مهاجرين عند اقترابه من الشاطئ.", "غرق"),
    ("أنقذت فرق الإنقاذ فتى من الغرق أثناء السباحة في البحيرة.", "غرق"),
    ("غرق خمسة أشخاص في السيول التي اجتاحت الوادي.", "فيضان"),
    ("أغرقت الفيضانات عشرات القرى في الإقليم.", "فيضان"),
])
def test_a_sinking_is_no_flood(text: str, cls: str) -> None:
    assert load_triggers().happening(text) == cls


@pytest.mark.parametrize("text", [
    "انقلبت سيارة على الطريق السريع.",
    "ودفن الفقيد في مقبرة الغرقد.",
    "عثر عليه غارقا في ديونه.",
])
def test_no_sinking(text: str) -> None:
    assert load_triggers().happening(text) != "غرق"


SANK = {"id": "sank", "source": "صدى الساحل", "published": "2024-06-05T20:00",
        "text": "غرق مركب صيد يقل أكثر من 300 مهاجر قبالة سواحل جزيرة المرجان اليوم الأربعاء."}
SURVIVORS = {"id": "survivors", "source": "الأفق", "published": "2024-06-05T22:00",
             "text": "انقلب قارب الصيد الذي كان يقل 300 مهاجر قبالة سواحل جزيرة المرجان اليوم الأربعاء، "
                     "وأنقذت سفن خفر السواحل معظم ركابه."}
FLOOD = {"id": "flood", "source": "الأفق", "published": "2024-06-05T22:30",
         "text": "غمرت السيول قرى على سواحل جزيرة المرجان اليوم الأربعاء بعد أمطار غزيرة."}


def test_a_sinking_and_a_flood_are_two_classes() -> None:
    rows = clause_rows([SANK["text"], SURVIVORS["text"], FLOOD["text"]])
    assert [rows[f"c-{k}"]["trigger"] for k in range(3)] == ["غرق", "غرق", "فيضان"]


def test_a_sinking_told_in_two_wordings_joins_not_the_flood() -> None:
    entry = entry_of([SANK, SURVIVORS, FLOOD])
    assert entry["sank"] == entry["survivors"]
    assert entry["flood"] != entry["sank"]
