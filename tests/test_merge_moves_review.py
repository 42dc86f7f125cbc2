"""What a market report tells moving (``measures`` of ``lang/ar/wording.yaml``, count54) and the counts a
clause gives, read where they misled (review54m): a word that is also a verb (ذهب, "went") names no gold;
one happening told by two outlets each naming its measures in another order stays one; «5 آلاف» counts
5000, as «5000» does. Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of


def _articles(first: str, second: str) -> list[dict[str, str]]:
    return [{"id": "a", "source": "صحيفة الشرق", "published": "2024-08-07T10:00", "text": first},
            {"id": "b", "source": "وكالة النهر", "published": "2024-08-07T21:00", "text": second}]


WENT = ("ذهب وزير النفط العراقي إلى طهران أمس الاثنين في زيارة رسمية يبحث خلالها التعاون في مجال الطاقة "
        "مع نظيره الإيراني.")
ARRIVED = ("وصل وزير النفط العراقي إلى طهران أمس الاثنين في زيارة رسمية يبحث خلالها التعاون في مجال الطاقة "
           "مع نظيره الإيراني.")


def test_the_verb_went_names_no_gold() -> None:
    rows = clause_rows(["ذهب الوفد أمس إلى العاصمة في زيارة قصيرة.", "ارتفع الذهب أمس في التعاملات الفورية."])
    assert rows["c-0"]["moves"] is None
    assert rows["c-1"]["moves"] == "ذهب"


def test_an_oil_ministers_visit_told_with_went_and_with_arrived_is_one() -> None:
    entry = entry_of(_articles(WENT, ARRIVED))
    assert entry["a"] == entry["b"]


GOLD_UP = ("ارتفعت أسعار الذهب أمس الثلاثاء إلى أعلى مستوى في ثلاثة أسابيع مع تراجع مؤشر الدولار بعد بيانات "
           "الوظائف الأمريكية.")
DOLLAR_DOWN = ("تراجع مؤشر الدولار أمس الثلاثاء بعد بيانات الوظائف الأمريكية مما دفع أسعار الذهب إلى أعلى مستوى "
               "في ثلاثة أسابيع.")


def test_the_dollar_index_is_no_stock_index() -> None:
    rows = clause_rows([DOLLAR_DOWN, "ارتفع مؤشر السوق الرئيسي أمس بنسبة واحد بالمئة."])
    assert rows["c-0"]["moves"] == "ذهب"
    assert rows["c-1"]["moves"] == "اسهم"


def test_gold_up_as_the_dollar_index_falls_told_from_either_end_is_one() -> None:
    entry = entry_of(_articles(GOLD_UP, DOLLAR_DOWN))
    assert entry["a"] == entry["b"]


STOCKS_FIRST = ("ارتفعت معظم أسواق الأسهم الخليجية أمس الأحد في تعاملات هادئة بدعم من أسهم البنوك رغم تراجع "
                "النفط.")
OIL_FIRST = ("رغم تراجع النفط أمس الأحد، ارتفعت معظم أسواق الأسهم الخليجية في تعاملات هادئة بدعم من أسهم "
             "البنوك.")


def test_a_measure_named_in_passing_is_not_what_moves() -> None:
    rows = clause_rows([OIL_FIRST, "هبط خام برنت أمس بعد ارتفاع منصات الحفر.", "ارتفع الذهب أمس مع الفضة."])
    assert [rows[f"c-{k}"]["moves"] for k in range(3)] == ["اسهم", "نفط", "ذهب"]


def test_stocks_up_despite_oil_told_in_either_order_is_one() -> None:
    entry = entry_of(_articles(OIL_FIRST, STOCKS_FIRST))
    assert entry["a"] == entry["b"]


def test_a_count_of_thousands_is_one_count_however_written() -> None:
    rows = clause_rows([
        "ضبطت الشرطة أمس 5 آلاف حبة مخدرة في مستودع.",
        "ضبطت الشرطة أمس خمسة آلاف حبة مخدرة في مستودع.",
        "ضبطت الشرطة أمس 5000 حبة مخدرة في مستودع.",
        "تجمع أمس نحو عشرين ألف متظاهر في الساحة.",
        "تجمع أمس نحو 20 ألف متظاهر في الساحة.",
    ])
    assert [rows[f"c-{k}"]["numbers"] for k in range(5)] == [[5000], [5000], [5000], [20000], [20000]]


def test_a_thousands_comma_is_part_of_the_count() -> None:
    # (fix55: «10,000» was read 10, the comma ending the run of digits; ١٠٬٠٠٠ folds to 10,000)
    rows = clause_rows([
        "أجلت السلطات أمس 12,000 ساكن من القرى المهددة بالفيضان.",
        "أجلت السلطات أمس ١٢٬٠٠٠ ساكن من القرى المهددة بالفيضان.",
        "أجلت السلطات أمس 12 ألف ساكن من القرى المهددة بالفيضان.",
        "وارتفع المؤشر أمس بنسبة 2,5 في المئة إلى 340 نقطة.",
    ])
    assert [rows[f"c-{k}"]["numbers"] for k in range(3)] == [[12000], [12000], [12000]]
    assert 340 in rows["c-3"]["numbers"] and not {25, 250, 2500} & set(rows["c-3"]["numbers"])  # (a decimal comma)


def test_the_verb_ashama_contributed_is_no_stocks() -> None:
    # (fix55: «أسهم» before في/بشكل is the verb "contributed", not stocks; the clause's next measure is read)
    rows = clause_rows([
        "وهطلت أمطار غزيرة أمس ما أسهم في إغلاق الطرق الجبلية.",
        "وقال المدير إن البرنامج أسهم بشكل كبير في خفض أسعار النفط أمس.",
        "وتراجعت أسهم شركات الاتصالات أمس في البورصة.",
        "وارتفعت الأسهم في بورصة الكويت أمس.",
    ])
    assert [rows[f"c-{k}"]["moves"] for k in range(4)] == [None, "نفط", "اسهم", "اسهم"]
