"""A toll and its cause of one day are one happening: a toll that names what caused it (``قتل …
إثر انهيار مبنى``، ``حصيلة ضحايا الهجوم``) is read with its cause and joins the entry of the
outlets telling the cause itself on that day; two causes of one day stay apart, and a toll
counted days later does not take the first day (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of


def test_a_toll_reads_the_cause_it_names_and_takes_its_group() -> None:
    rows = clause_rows([
        "قتل سبعة أشخاص اليوم إثر انهيار مبنى سكني من أربعة طوابق في حي الزهور.",
        "ارتفعت اليوم حصيلة ضحايا الهجوم على نقطة التفتيش إلى تسعة قتلى.",
        "قتل ثلاثة أشخاص اليوم في حي الزهور.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["cause"], rows["c-0"]["group"]) == ("قتلى", "انهيار", "كارثة")
    assert (rows["c-1"]["trigger"], rows["c-1"]["cause"]) == ("قتلى", "هجوم")
    # a bare toll names no cause
    assert (rows["c-2"]["trigger"], rows["c-2"]["cause"], rows["c-2"]["group"]) == ("قتلى", None, "نزاع")


def test_a_toll_and_the_collapse_that_caused_it_told_by_two_outlets_join() -> None:
    entry = entry_of([
        {"id": "toll", "source": "صدى الساحل", "published": "2024-05-12T20:00",
         "text": "قتل سبعة أشخاص وأصيب 12 آخرون اليوم الأحد إثر انهيار مبنى سكني قديم من أربعة طوابق في حي "
                 "الزهور بمدينة النخيل."},
        {"id": "cause", "source": "الأفق", "published": "2024-05-12T21:00",
         "text": "انهار اليوم الأحد مبنى سكني قديم من أربعة طوابق في حي الزهور بمدينة النخيل، وتواصل فرق "
                 "الدفاع المدني البحث عن عالقين تحت الأنقاض."},
    ])
    assert entry["toll"] == entry["cause"]
