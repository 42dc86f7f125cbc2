"""Two classes of one group told of one day (an attack on a post told by one outlet, the guards of
that post killed by another) need no class margin when the two clauses share two rare words: who
and where tell which happening, as one town does; sharing only words common in the batch, they
stay apart (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

ATTACK = {"id": "attack", "source": "صدى الساحل", "published": "2024-06-06T20:00",
          "text": "هاجم مسلحون فجر اليوم الخميس مركز الحراسة في وادي الصفراء على الحدود الشمالية ثم فروا بعد "
                  "تبادل لإطلاق النار مع الحراس."}
KILLED = {"id": "killed", "source": "الأفق", "published": "2024-06-06T21:00",
          "text": "قتل جنديان من حراس مركز وادي الصفراء فجر اليوم الخميس برصاص مهاجمين لاذوا بالفرار، وفق "
                  "مصدر عسكري."}
OTHER = {"id": "other", "source": "الأفق", "published": "2024-06-06T21:00",
         "text": "قتل جنديان فجر اليوم الخميس في اشتباك مع مهربين على الحدود الشمالية، وفق مصدر عسكري."}


def border_days() -> list[dict[str, str]]:
    """Eleven reports of other days on the northern border: its words are no rare words here."""
    return [{"id": f"day-{k}", "source": "الأفق", "published": f"2024-05-{k + 10:02d}T20:00",
             "text": f"أعلنت السلطات اليوم افتتاح مدرسة جديدة رقم {k + 3} في قرية على الحدود الشمالية."}
            for k in range(11)]


def test_the_attack_and_the_dead_are_two_classes_of_one_group_with_no_town() -> None:
    rows = clause_rows([ATTACK["text"], KILLED["text"]])
    assert (rows["c-0"]["trigger"], rows["c-1"]["trigger"]) == ("هجوم", "قتلى")
    assert rows["c-0"]["town"] is None and rows["c-1"]["town"] is None


def test_an_attack_and_the_dead_of_the_post_it_names_join() -> None:
    entry = entry_of([ATTACK, KILLED, *border_days()])
    assert entry["attack"] == entry["killed"]


def test_an_attack_and_other_dead_on_that_border_stay_apart() -> None:
    entry = entry_of([ATTACK, OTHER, *border_days()])
    assert entry["attack"] != entry["other"]
