"""A toll whose cause is told after عقب (``قتل… عقب استهداف عربتهم بقنابل``) reads that cause, a
few words past a place; an attack told by its bombs (``بقنابل``) is a bombing; a broken plural
(قنابل، قذائف، صواريخ) is read as its singular's stem (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.normalize import fold
from timeline.wording import load_wording


def test_a_toll_reads_its_cause_after_aqib_past_a_place() -> None:
    rows = clause_rows([
        "قتل ثلاثة جنود اليوم في منطقة جبلية عقب استهداف عربتهم بقنابل مزروعة على الطريق.",
        "قتل ثلاثة جنود اليوم في منطقة جبلية عقب هجوم مسلحين على حاجزهم.",
        "قتل ثلاثة جنود اليوم في منطقة جبلية.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["cause"]) == ("قتلى", "تفجير")  # an attack with bombs
    assert (rows["c-1"]["trigger"], rows["c-1"]["cause"]) == ("قتلى", "هجوم")
    assert rows["c-2"]["cause"] is None


def test_a_broken_plural_is_read_as_its_singular() -> None:
    wording = load_wording()
    for singular, plural in (("قنبلة", "قنابل"), ("قذيفة", "قذائف"), ("صاروخ", "صواريخ")):
        assert wording.stem(fold(plural)) == wording.stem(fold(singular))
    # with its preposition, when the batch holds the singular
    stems = wording.stems([fold(w) for w in ("انفجار", "قنبلة", "بقنابل", "بالصواريخ")])
    assert stems["بقنابل"] == stems["قنبله"]
    # the pattern is not applied to words it does not list: a killing is no fighter
    assert wording.stem(fold("مقاتل")) != wording.stem(fold("مقتل"))


def test_a_toll_told_with_its_bombs_joins_the_blast_told_by_another_outlet() -> None:
    # one outlet tells the blast (and the state of things it happened in, cut off), the other
    # the toll and, after عقب, the attack with bombs that caused it: one happening of that day
    entry = entry_of([
        {"id": "blast", "source": "صدى الساحل", "published": "2024-05-14T20:00",
         "text": "قتل ثلاثة جنود اليوم الثلاثاء في انفجار قنبلة في شمال البلاد، في وقت تتواصل الغارات "
                 "على مواقع المسلحين في الجبال."},
        {"id": "toll", "source": "الأفق", "published": "2024-05-14T21:00",
         "text": "وقتل 3 جنود اليوم الثلاثاء في منطقة جبلية عقب استهداف عربتهم بقنابل على جانب الطريق."},
        {"id": "other", "source": "نشرة الوادي", "published": "2024-05-14T21:30",
         "text": "قتل ثلاثة جنود اليوم الثلاثاء في اشتباك مع مهربين على الحدود الجنوبية."},
    ])
    assert entry["blast"] == entry["toll"] != entry["other"]
