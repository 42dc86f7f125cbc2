"""Two classes of one group told of one day in one town (an attack told by one outlet, its wounded
by another with no count the other gives) need no class margin: the town tells which happening,
as a shared count does; in two towns they stay apart (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

ATTACK = {"id": "attack", "source": "صدى الساحل", "published": "2024-06-02T20:00",
          "text": "فتح مسلح النار على دورية للشرطة قرب سوق الخضار في مدينة الرمادي اليوم الأحد قبل أن يفر "
                  "من المكان."}


def wounded(town: str) -> dict[str, str]:
    return {"id": "wounded", "source": "الأفق", "published": "2024-06-02T21:00",
            "text": f"أصيب شرطيان بجروح خطيرة على يد مسلح فر من المكان قرب سوق الخضار في مدينة {town} اليوم الأحد "
                    "وتم نقلهما إلى المستشفى."}


def test_the_attack_and_the_wounded_are_two_classes_of_one_group() -> None:
    rows = clause_rows([ATTACK["text"], wounded("الرمادي")["text"]])
    assert (rows["c-0"]["trigger"], rows["c-1"]["trigger"]) == ("هجوم", "قتلى")
    assert rows["c-0"]["town"] == rows["c-1"]["town"] == "الرمادي"


def test_an_attack_and_its_wounded_told_in_one_town_join() -> None:
    entry = entry_of([ATTACK, wounded("الرمادي")])
    assert entry["attack"] == entry["wounded"]


def test_an_attack_and_wounded_in_another_town_stay_apart() -> None:
    entry = entry_of([ATTACK, wounded("الفلوجة")])
    assert entry["attack"] != entry["wounded"]
