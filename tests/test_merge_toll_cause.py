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
        "ارتفعت اليوم حصيلة قتلى الانفجارين اللذين وقعا في السوق إلى 20 قتيلا.",
    ])
    assert (rows["c-3"]["trigger"], rows["c-3"]["cause"]) == ("قتلى", "تفجير")
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


def test_a_bare_toll_and_the_raid_giving_its_count_join() -> None:
    # the toll names no cause (a bare count of the day's dead), the raid's report tells it in
    # other words and gives the same count: one happening told by its toll and by its cause;
    # with another count they are two
    toll = {"id": "toll", "source": "صدى الساحل", "published": "2024-05-11T20:00",
            "text": "وقالت مصادر طبية إن 14 مدنيا قتلوا اليوم السبت في قرية وادي السدر."}
    raid = ("قصفت طائرات حربية اليوم السبت قرية وادي السدر الجبلية في المحافظة الشمالية، ما أسفر عن {} "
            "قتيلا.")
    entry = entry_of([toll, {"id": "raid", "source": "الأفق", "published": "2024-05-11T21:00",
                             "text": raid.format(14)}])
    assert entry["toll"] == entry["raid"]
    entry = entry_of([toll, {"id": "raid", "source": "الأفق", "published": "2024-05-11T21:00",
                             "text": raid.format(6)}])
    assert entry["toll"] != entry["raid"]


def test_two_attacks_of_one_day_in_one_town_with_their_tolls_stay_apart() -> None:
    entry = entry_of([
        {"id": "blast1", "source": "صدى الساحل", "published": "2024-05-13T20:00",
         "text": "انفجرت سيارة مفخخة اليوم الاثنين قرب سوق الخضار في مدينة النخيل، ما أسفر عن 9 قتلى."},
        {"id": "toll1", "source": "الأفق", "published": "2024-05-13T21:00",
         "text": "قتل 9 أشخاص اليوم الاثنين إثر انفجار سيارة مفخخة قرب سوق الخضار في مدينة النخيل."},
        {"id": "raid2", "source": "نشرة الوادي", "published": "2024-05-13T20:30",
         "text": "اقتحم مسلحون اليوم الاثنين مركزا للشرطة في حي المطار بمدينة النخيل وأطلقوا النار على "
                 "عناصره، ما أسفر عن 3 قتلى."},
        {"id": "toll2", "source": "البيان الجديد", "published": "2024-05-13T21:30",
         "text": "قتل 3 من عناصر الشرطة اليوم الاثنين إثر هجوم مسلحين على مركزهم في حي المطار بمدينة النخيل."},
    ])
    assert entry["blast1"] == entry["toll1"] != entry["raid2"] == entry["toll2"]


def test_a_toll_counted_days_later_does_not_take_the_first_day() -> None:
    entry = entry_of([
        {"id": "blast", "source": "صدى الساحل", "published": "2024-05-13T20:00",
         "text": "انفجرت سيارة مفخخة اليوم الاثنين قرب سوق الخضار في مدينة النخيل، ما أسفر عن 9 قتلى."},
        {"id": "toll", "source": "الأفق", "published": "2024-05-13T21:00",
         "text": "قتل 9 أشخاص اليوم الاثنين إثر انفجار سيارة مفخخة قرب سوق الخضار في مدينة النخيل."},
        {"id": "later", "source": "نشرة الوادي", "published": "2024-05-16T20:00",
         "text": "ارتفعت اليوم الخميس حصيلة ضحايا انفجار السيارة المفخخة قرب سوق الخضار في مدينة النخيل إلى "
                 "15 قتيلا بعد وفاة 6 جرحى متأثرين بإصاباتهم."},
    ])
    assert entry["blast"] == entry["toll"] != entry["later"]


def test_who_did_it_is_not_what_the_happening_word_governs() -> None:
    rows = clause_rows([
        "قتل 3 جنود اليوم في هجوم انتحاري نفذه تنظيم مسلح في شرق البلاد.",
        "قتل 3 جنود اليوم في هجوم انتحاري على مركز للشرطة في شرق البلاد.",
    ])
    assert rows["c-0"]["object"] == []
    assert rows["c-1"]["object"] == ["شرط", "مركز"]
