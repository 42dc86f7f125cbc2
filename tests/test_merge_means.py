"""An attack told by its means is a bombing: ``هجوم انتحاري``، ``هجوم بسيارة مفخخة``، ``اقتحم
انتحاري بجرار مفخخ`` name the happening ``تفجير انتحاري`` and ``عملية انتحارية`` name, so
outlets telling one suicide attack in either words meet; an armed attack stays an attack
(Arabic written for these tests)."""

from __future__ import annotations

import pytest
from merge_helpers import entry_of

from timeline.happenings import load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "cls"), [
    ("قتل ثلاثة جنود في هجوم انتحاري على مركز للدرك", "تفجير"),
    ("الهجوم الانتحاري على المسجد", "تفجير"),
    ("شنوا هجوما بسيارة مفخخة على الثكنة", "تفجير"),
    ("اقتحم انتحاري بجرار مفخخ مركزا للدرك", "تفجير"),
    ("هاجم مسلحون القنصلية بالرشاشات", "هجوم"),
    ("شن مسلحون هجوما على مركز للشرطة", "هجوم"),
    ("اقتحم مسلحون ملثمون مصرفا في وسط المدينة", "هجوم"),
])
def test_an_attack_told_by_its_means(clause: str, cls: str) -> None:
    assert load_triggers().happening(fold(clause)) == cls


def test_a_suicide_attack_and_a_suicide_bombing_are_one_entry_an_armed_attack_another() -> None:
    entry = entry_of([
        {"id": "attack", "source": "صدى الساحل", "published": "2024-03-10T09:00",
         "text": "قال الجيش في بيان إن ثلاثة جنود قتلوا وأصيب 31 آخرون بجروح في هجوم انتحاري نفذته جبهة "
                 "الخلاص على مركز للدرك في شرق البلاد أمس، في أعنف هجوم منذ انهيار الهدنة."},
        {"id": "bombing", "source": "نشرة الوادي", "published": "2024-03-10T11:00",
         "text": "وأصيب 24 في تفجير انتحاري نفذته جبهة الخلاص في الإقليم أمس."},
        {"id": "armed", "source": "الأفق", "published": "2024-03-10T12:00",
         "text": "هاجم مسلحون أمس السبت مركزا للشرطة في بلدة الطيبة وتبادلوا إطلاق النار مع عناصره لساعتين."},
    ])
    assert entry["attack"] == entry["bombing"]
    assert entry["armed"] != entry["attack"]


def test_a_suicide_bombing_and_an_armed_attack_in_one_town_on_one_day_stay_apart() -> None:
    entry = entry_of([
        {"id": "attack", "source": "صدى الساحل", "published": "2024-03-10T09:00",
         "text": "قال الجيش في بيان إن ثلاثة جنود قتلوا وأصيب 31 آخرون بجروح في هجوم انتحاري نفذته جبهة "
                 "الخلاص على مركز للدرك في بلدة الطيبة أمس، في أعنف هجوم منذ انهيار الهدنة."},
        {"id": "bombing", "source": "نشرة الوادي", "published": "2024-03-10T11:00",
         "text": "وأصيب 24 في تفجير انتحاري نفذته جبهة الخلاص في بلدة الطيبة أمس."},
        {"id": "armed", "source": "الأفق", "published": "2024-03-10T12:00",
         "text": "هاجم مسلحون أمس السبت مركزا للشرطة في بلدة الطيبة وتبادلوا إطلاق النار مع عناصره لساعتين."},
    ])
    assert entry["attack"] == entry["bombing"] != entry["armed"]


@pytest.mark.parametrize(("clause", "cls"), [
    ("فتح مسلحون من جبهة الخلاص النار على مركبة للشرطة", "هجوم"),
    ("فتحت امرأتان النيران على القنصلية", "هجوم"),
    ("فتحت النيابة تحقيقا في الحادث", None),
    ("فتحت السلطات المعبر أمام المسافرين", None),
])
def test_opening_fire_is_an_attack(clause: str, cls: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == cls


def test_the_movement_named_fatah_opens_no_fire() -> None:
    # حركة فتح is a name: the fire after it is someone else's
    lexicon = load_triggers()
    assert lexicon.word_class("فتح", after=["اطلاق", "النار"], before=["حركه"]) is None
    assert lexicon.word_class("فتح", after=["مسلحون", "النار"]) == "هجوم"


def test_fire_opened_and_fire_shot_are_one_attack_a_fair_opened_that_evening_another() -> None:
    entry = entry_of([
        {"id": "opened", "source": "صدى الساحل", "published": "2024-03-10T09:00",
         "text": "وقال مكتب محافظ الإقليم في بيان إنه في وقت متأخر من السبت فتح مسلحون من جبهة الخلاص النار على "
                 "مركبة للشرطة في بلدة الطيبة ما أدى إلى مقتل شرطي وإصابة آخر."},
        {"id": "fired", "source": "نشرة الوادي", "published": "2024-03-10T11:00",
         "text": "وذكرت وكالة الأنباء أن هجوما وقع مساء السبت في بلدة الطيبة أدى إلى مقتل شرطي وإصابة آخر بجروح "
                 "عندما أطلق مسلحون النار على مركبتهما."},
        {"id": "fair", "source": "الأفق", "published": "2024-03-10T12:00",
         "text": "وافتتح محافظ الإقليم مساء السبت معرض الكتاب في بلدة الطيبة بمشاركة مئة دار نشر."},
    ])
    assert entry["opened"] == entry["fired"]
    assert entry["fair"] != entry["opened"]
