"""What a market report tells moving (``measures`` of ``lang/ar/wording.yaml``: a price, an index, a
count of rigs; the first thing a clause names): two reports each telling another thing moving are two
happenings however alike their words (count54: Brent's low told beside the rigs added, and the rigs
added). A number glued to a function word (a space the source lost: «نحو15») stays a count. Arabic
written for these tests."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of, two_outlets

BRENT = ("تراجع خام برنت أمس الثلاثاء إلى أدنى مستوى له منذ شهور مع تزايد منصات الحفر الأمريكية العاملة "
         "في حقول النفط الصخري للأسبوع الثالث على التوالي.")
RIGS = ("زادت منصات الحفر الأمريكية العاملة في حقول النفط الصخري أمس الثلاثاء للأسبوع الثالث على التوالي، "
        "بحسب بيانات شركة الخدمات النفطية.")
BRENT_AGAIN = ("هبط مزيج برنت أمس الثلاثاء إلى أدنى مستوى له منذ شهور، متأثرا بتزايد منصات الحفر الأمريكية "
               "العاملة في حقول النفط الصخري.")
GOLD = ("أنهى المعدن الأصفر تعاملات الشهر الماضي على أكبر خسارة شهرية منذ عامين، مع صعود الدولار وتوقعات رفع "
        "أسعار الفائدة الأمريكية.")
PLATINUM = ("أنهى البلاتين تعاملات الشهر الماضي على أكبر خسارة شهرية منذ عامين، مع صعود الدولار وتوقعات "
            "رفع أسعار الفائدة الأمريكية.")


def _articles(first: str, second: str, published: str = "2024-08-07T10:00") -> list[dict[str, str]]:
    return two_outlets(first, second, published)


def test_what_moves_is_the_first_thing_a_clause_names() -> None:
    rows = clause_rows([
        BRENT,
        RIGS,
        "ارتفعت أسهم المصارف في البورصة أمس بعد صعود أسعار النفط.",
        "وقع الوزير أمس اتفاقية مع الشركة لتطوير الطرق.",
        "ربح الذهب والبلاتين أمس أكثر من واحد بالمئة.",
        "وخسر المعدن الأصفر أمس اثنين بالمئة من قيمته قبل البلاتين.",  # a name of two words
    ])
    assert [rows[f"c-{k}"]["moves"] for k in range(6)] == ["نفط", "منصات", "اسهم", None, "ذهب", "ذهب"]


def test_a_number_glued_to_a_function_word_is_a_count() -> None:
    rows = clause_rows([
        "أصيب أمس نحو15 شخصا في حادث سير على الطريق الدولي.",  # the source lost a space
        "ارتفع عدد المصابين أمس الي30 مصابا.",
        "أطلقت الشركة أمس هاتفها نوفا7 في الأسواق.",  # a model's name: no count
    ])
    assert rows["c-0"]["numbers"] == [15]
    assert rows["c-1"]["numbers"] == [30]
    assert rows["c-2"]["numbers"] == []


def test_brents_low_told_beside_the_rigs_and_the_rigs_added_are_two() -> None:
    # one day, alike words (the rigs, shale oil, the third week): Brent moves in one, the rigs in the other
    entry = entry_of(_articles(BRENT, RIGS))
    assert entry["a"] != entry["b"]


def test_brents_low_told_twice_is_one() -> None:
    # خام برنت / مزيج برنت: one thing (oil) moves in both
    entry = entry_of(_articles(BRENT, BRENT_AGAIN))
    assert entry["a"] == entry["b"]


def test_gold_and_platinum_losing_the_same_month_are_two() -> None:
    entry = entry_of(_articles(GOLD, PLATINUM, "2024-08-02T10:00"))
    assert entry["a"] != entry["b"]
