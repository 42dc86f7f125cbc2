"""A festival's start and its opening are one happening's two classes (``kinds`` of triggers.yaml:
``[افتتاح, مهرجان]``, of two groups): two outlets' reports of one festival's first night, one telling
the events begin and one that the governor opens it, in one town, end in one entry; a concert of the
festival that night (the festival's stage names no festival happening), the opening of another town's
festival and either told with no town stay apart (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.happenings import _load_kinds, load_triggers

BEGINS = ("تبدأ مساء اليوم الأربعاء فعاليات الدورة السابعة لمهرجان الرطب في مدينة عنيزة، بمشاركة أكثر من مئتي "
          "مزارع وعشرات الأسر المنتجة من محافظات المنطقة.")


def opens(town: str) -> str:
    return (f"يفتتح أمير المنطقة مساء اليوم الأربعاء الدورة السابعة لمهرجان الرطب في مدينة {town}، بحضور "
            "مسؤولي الإدارات الحكومية وعدد من المزارعين والأسر المنتجة.")


CONCERT = ("وتحيي فرقة الفنون الشعبية مساء اليوم الأربعاء أمسية غنائية على مسرح مهرجان الرطب في مدينة عنيزة "
           "يحضرها جمهور كبير من أهالي المحافظة وزوارها.")
NO_TOWN = ("يفتتح أمير المنطقة مساء اليوم الأربعاء الدورة السابعة لمهرجان الرطب، بحضور مسؤولي الإدارات "
           "الحكومية وعدد من المزارعين والأسر المنتجة.")


def articles(*texts: str) -> list[dict[str, str]]:
    return [{"id": f"a{k}", "source": f"outlet {k}", "published": "2024-07-10T09:00", "text": text}
            for k, text in enumerate(texts)]


def test_a_festival_is_of_its_openings_kind_across_groups() -> None:
    lexicon = load_triggers()
    assert lexicon.kind("مهرجان") == lexicon.kind("افتتاح") == "افتتاح"
    assert lexicon.group("مهرجان") != lexicon.group("افتتاح")
    rows = clause_rows([BEGINS, opens("عنيزة")])
    assert (rows["c-0"]["trigger"], rows["c-1"]["trigger"]) == ("مهرجان", "افتتاح")
    assert rows["c-0"]["town"] == rows["c-1"]["town"] == "عنيزة"


def test_the_festival_begun_and_opened_in_one_town_is_one_entry() -> None:
    entry = entry_of(articles(BEGINS, opens("عنيزة")))
    assert entry["a0"] == entry["a1"]


def test_a_concert_of_the_festival_that_night_stays_apart_from_its_opening() -> None:
    # «على مسرح مهرجان الرطب»: the festival's stage names no festival happening (a sense with
    # reach 0: no cue after the word), so the concert has no class and joins neither
    lexicon = load_triggers()
    assert lexicon.reach_of("مهرجان") == 0
    assert clause_rows([CONCERT])["c-0"]["trigger"] is None
    assert clause_rows(["تقام مساء اليوم ليالي مهرجان الرطب على مسرح الحديقة العامة"])["c-0"]["trigger"] == "مهرجان"
    entry = entry_of(articles(BEGINS, opens("عنيزة"), CONCERT))
    assert entry["a0"] == entry["a1"] != entry["a2"]


def test_another_towns_festival_or_one_told_with_no_town_stays_apart() -> None:
    assert len(set(entry_of(articles(BEGINS, opens("بريدة"))).values())) == 2
    assert len(set(entry_of(articles(BEGINS, NO_TOWN)).values())) == 2


def test_a_kind_of_two_groups_is_loaded() -> None:
    groups = {"افتتاح": "افتتاح", "مهرجان": "مهرجان"}
    assert _load_kinds({"kinds": [["افتتاح", "مهرجان"]]}, groups, (frozenset(),), frozenset(), "test") == \
        {"افتتاح": "افتتاح", "مهرجان": "افتتاح"}
