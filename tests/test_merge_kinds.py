"""Two classes of one kind (``kinds`` of triggers.yaml: an attack, a bombing) told of one day in one
town are one class to the merge: two outlets' reports of one car bomb at a police headquarters, one
telling the attack and one the blast, end in one entry; a later blast elsewhere in town, the same
blast told in another town, and the arrest of the attack's suspects stay apart (Arabic written for
these tests)."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows, entry_of

from timeline.errors import LanguageDataError
from timeline.happenings import _load_kinds, load_triggers

ATTACK = ("شن مسلحون هجوما صباح اليوم الأحد على مقر قيادة الشرطة في حي الضباط بمدينة الرمادي غرب العاصمة، "
          "وقالت مصادر أمنية إن الحراس تبادلوا إطلاق النار معهم لساعة.")


def blast(town: str) -> str:
    return (f"انفجرت سيارة مفخخة صباح اليوم الأحد عند بوابة مقر الشرطة في حي الضباط بمدينة {town}، وقال شهود "
            "عيان إن سحابة من الدخان الأسود غطت الأحياء المجاورة.")


MARKET = ("وانفجرت عبوة ناسفة مساء اليوم الأحد قرب مقر الشرطة في سوق الخضار وسط مدينة الرمادي، وأصيب بائعان "
          "بجروح طفيفة نقلا على إثرها إلى المستشفى العام.")
ARREST = ("واعتقلت قوات الأمن مساء اليوم الأحد في مدينة الرمادي ثلاثة من المشتبه بهم في الهجوم على مقر قيادة "
          "الشرطة في حي الضباط.")


def articles(*texts: str) -> list[dict[str, str]]:
    return [{"id": f"a{k}", "source": f"outlet {k}", "published": "2024-06-02T20:00", "text": text}
            for k, text in enumerate(texts)]


def test_a_bombing_is_of_the_attacks_kind() -> None:
    lexicon = load_triggers()
    assert lexicon.kind("تفجير") == lexicon.kind("هجوم") == "هجوم"
    assert lexicon.kind("غارة") == "غارة" and lexicon.kind(None) is None
    rows = clause_rows([ATTACK, blast("الرمادي")])
    assert (rows["c-0"]["trigger"], rows["c-1"]["trigger"]) == ("هجوم", "تفجير")
    assert rows["c-0"]["town"] == rows["c-1"]["town"] == "الرمادي"


def test_the_attack_and_the_blast_in_one_town_are_one_entry_the_later_blast_another() -> None:
    entry = entry_of(articles(ATTACK, blast("الرمادي"), MARKET))
    assert entry["a0"] == entry["a1"] != entry["a2"]


def test_the_blast_told_in_another_town_stays_apart() -> None:
    entry = entry_of(articles(ATTACK, blast("الفلوجة")))
    assert entry["a0"] != entry["a1"]


def test_a_later_blast_elsewhere_in_town_stays_apart() -> None:
    entry = entry_of(articles(ATTACK, MARKET))
    assert entry["a0"] != entry["a1"]


def test_the_attack_and_the_arrest_of_its_suspects_stay_apart() -> None:
    entry = entry_of(articles(ATTACK, ARREST))
    assert entry["a0"] != entry["a1"]


GROUPS = {"هجوم": "نزاع", "تفجير": "نزاع", "قتلى": "نزاع", "وفاة": "وفاة", "إدانة": "موقف"}


@pytest.mark.parametrize("kinds", [
    [["هجوم", "زلزال"]],  # an unknown class
    [["قتلى", "وفاة"]],  # a toll and a death (two groups: a kind may be, but a toll counts)
    [["إدانة", "هجوم"]],  # a reaction
    [["هجوم", "تفجير"], ["تفجير", "قتلى"]],  # a class in two kinds
    [["هجوم", "قتلى"]],  # a toll and a class that counts none
    [["هجوم"]],  # one class alone
    ["هجوم"],  # not a list of classes
])
def test_a_kind_is_checked(kinds: list) -> None:
    with pytest.raises(LanguageDataError):
        _load_kinds({"kinds": kinds}, GROUPS, (frozenset(), frozenset({"قتلى"})), frozenset({"موقف"}), "test")


def test_a_kind_maps_its_classes_to_its_first() -> None:
    assert _load_kinds({"kinds": [["هجوم", "تفجير"]]}, GROUPS, (frozenset(),), frozenset(), "test") == \
        {"هجوم": "هجوم", "تفجير": "هجوم"}
    assert _load_kinds({}, GROUPS, (frozenset(),), frozenset(), "test") == {}
