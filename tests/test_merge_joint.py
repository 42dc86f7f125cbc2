"""Two classes of two groups that outlets use for one happening (``joint`` of triggers.yaml: a council
meets and appoints, talks reach an agreement, a toll of one and his death) are one class to the merge
when their dates meet: two outlets' reports of one board's session, one telling the meeting and one the
appointment it made, end in one entry; on the day next to it, or of another body, they stay apart
(Arabic written for these tests)."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows, entry_of

from timeline.errors import LanguageDataError
from timeline.happenings import _load_joint, load_triggers

MEETING = ("اجتمع مجلس أمناء جامعة الواحة أمس في مقرها بمدينة الصفا وعين الدكتور سالم الهاشمي رئيسا جديدا "
           "للجامعة خلفا للدكتور فهد العمري الذي انتهت ولايته.")
APPOINTED = ("عينت جامعة الواحة أمس الدكتور سالم الهاشمي رئيسا جديدا لها خلفا للدكتور فهد العمري الذي انتهت "
             "ولايته، بعد اجتماع لمجلس أمنائها.")
OTHER = "عينت وزارة الصحة أمس الدكتورة منى العلي مديرة لمستشفى الساحل العام في مدينة المرفأ."
# fix52: a toll and a death (a joint pair) are one only when one clause names whom the other's word governs
TOLL = ("وأعلنت وزارة الصحة الفلسطينية أمس استشهاد الشاب خالد النجار متأثرا بجروح أصيب بها برصاص الجيش قرب بلدة "
        "العيزرية.")
DEATH = ("وتوفي الشاب خالد النجار أمس في مستشفى المدينة متأثرا بجروح أصيب بها برصاص الجيش قرب بلدة "
         "العيزرية.")
OTHER_DEATH = ("وتوفيت الطفلة سلمى الحسن أمس في مستشفى المدينة متأثرة بجروح أصيبت بها برصاص الجيش قرب بلدة "
               "العيزرية.")
TODAY = ("عينت جامعة الواحة اليوم الدكتور سالم الهاشمي رئيسا جديدا لها خلفا للدكتور فهد العمري الذي انتهت "
         "ولايته، بعد اجتماع لمجلس أمنائها.")


def articles(*texts: str) -> list[dict[str, str]]:
    return [{"id": f"a{k}", "source": f"outlet {k}", "published": "2024-06-02T20:00", "text": text}
            for k, text in enumerate(texts)]


def test_the_meeting_and_the_appointment_are_read_as_two_classes() -> None:
    rows = clause_rows([MEETING, APPOINTED])
    assert (rows["c-0"]["trigger"], rows["c-1"]["trigger"]) == ("اجتماع", "تعيين")
    assert ("اجتماع", "تعيين") in load_triggers().joint and ("تعيين", "اجتماع") in load_triggers().joint


def test_the_boards_meeting_and_its_appointment_are_one_entry() -> None:
    entry = entry_of(articles(MEETING, APPOINTED))
    assert entry["a0"] == entry["a1"]


def test_another_bodys_appointment_that_day_stays_apart() -> None:
    entry = entry_of(articles(MEETING, OTHER))
    assert entry["a0"] != entry["a1"]


def test_the_appointment_told_for_the_next_day_stays_apart() -> None:
    entry = entry_of(articles(MEETING, TODAY))
    assert entry["a0"] != entry["a1"]


GROUPS = {"اجتماع": "اجتماع", "تعيين": "تعيين", "هجوم": "نزاع", "تفجير": "نزاع", "إدانة": "موقف"}


@pytest.mark.parametrize("joint", [
    [["اجتماع", "زلزال"]],  # an unknown class
    [["هجوم", "تفجير"]],  # one group: a class pair already
    [["إدانة", "هجوم"]],  # a reaction
    [["اجتماع", "تعيين", "هجوم"]],  # not a pair
    ["اجتماع"],  # not a list of classes
])
def test_a_joint_pair_is_checked(joint: list) -> None:
    with pytest.raises(LanguageDataError):
        _load_joint({"joint": joint}, GROUPS, frozenset({"موقف"}), "test")


def test_a_joint_pair_holds_both_ways() -> None:
    assert _load_joint({"joint": [["اجتماع", "تعيين"]]}, GROUPS, frozenset(), "test") == \
        {("اجتماع", "تعيين"), ("تعيين", "اجتماع")}
    assert _load_joint({}, GROUPS, frozenset(), "test") == frozenset()


def test_a_toll_and_the_death_of_whom_it_names_are_one_entry() -> None:
    entry = entry_of(articles(TOLL, DEATH))
    assert entry["a0"] == entry["a1"]


def test_a_toll_and_another_ones_death_stay_apart() -> None:
    entry = entry_of(articles(TOLL, OTHER_DEATH))
    assert entry["a0"] != entry["a1"]
