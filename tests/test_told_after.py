"""A happening word inside a phrase telling what its clause is told after, because of or against
(``told_after`` of wording.yaml: ``بعد مقتل…``، ``إثر الهجوم``، ``احتجاجا على اعتقال…``) names another
happening: it gives the clause its class only when no other word does, and it is never the
clause's own predicate (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.wording import told_after


def test_the_cue_words_are_data() -> None:
    cues, stops, copulas = told_after()
    assert {"بعد", "اثر", "عقب", "جراء", "بسبب", "احتجاجا", "ردا"} <= set(cues)
    assert "ذلك" in stops and "كان" in copulas


def test_the_main_verb_gives_the_class_not_the_phrase_before_it() -> None:
    rows = clause_rows(["وفي مساء أمس وبعد ساعات من اعتقال قائدهم، تظاهر العشرات أمام مبنى المحافظة."])
    row = rows["c-0"]
    assert (row["trigger"], row["own"]) == ("احتجاج", True)
    assert row["told_after"] == "اعتقال"  # the happening it is told after, kept


def test_a_phrase_alone_gives_the_class_but_is_not_the_clause_own() -> None:
    rows = clause_rows([
        "أغلقت السلطات المعبر الحدودي اليوم بعد ساعات من الهجوم على نقطة التفتيش.",
        "أعلن الرئيس اليوم أنه سيتوجه إلى المحكمة ردا على مقتل الصياد.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("هجوم", False)
    assert (rows["c-1"]["trigger"], rows["c-1"]["own"]) == ("قتلى", False)
    assert rows["c-0"]["told_after"] is None  # the phrase tells its clause's only happening


def test_a_toll_told_after_its_cause_is_that_happening() -> None:
    rows = clause_rows([
        "قتل تسعة أشخاص اليوم إثر سلسلة انفجارات في السوق الشعبي.",
        "قتل ثلاثة جنود اليوم في منطقة جبلية عقب هجوم مسلحين على حاجزهم.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("تفجير", True)
    assert (rows["c-1"]["trigger"], rows["c-1"]["cause"]) == ("قتلى", "هجوم")


def test_a_phrase_holding_the_date_is_left_as_it_was() -> None:
    # the day is the arrest's: the phrase's happening is what that date tells
    rows = clause_rows(["خرج الآلاف إلى الساحات بعد أن اعتقلت الشرطة زعيمهم يوم الجمعة الماضي."])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("اعتقال", True)


def test_no_phrase_after_then_nor_after_a_copula() -> None:
    rows = clause_rows([
        "وبعد ذلك اقتحمت القوات البلدة أمس من ثلاثة محاور.",
        "وأوضح البيان أمس أن الحادث كان جراء إقدام شخص على تفجير نفسه داخل المبنى.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("هجوم", True)
    assert (rows["c-1"]["trigger"], rows["c-1"]["own"]) == ("تفجير", True)


def test_a_protest_told_after_an_arrest_joins_the_protest_not_the_arrest() -> None:
    # one outlet opens with the arrest the protest followed, the other tells the protest alone;
    # a third tells the arrest: the first is a report of the protest
    entry = entry_of([
        {"id": "after", "source": "صدى الساحل", "published": "2024-05-14T20:00",
         "text": "وفي مساء أمس وبعد ساعات من اعتقال قائد الحركة، تظاهر العشرات أمام مبنى المحافظة في مدينة "
                 "الوادي مطالبين بالإفراج عنه."},
        {"id": "protest", "source": "الأفق", "published": "2024-05-14T21:00",
         "text": "تظاهر العشرات مساء أمس أمام مبنى المحافظة في مدينة الوادي للمطالبة بالإفراج عن قائد الحركة."},
        {"id": "arrest", "source": "نشرة الوادي", "published": "2024-05-14T21:30",
         "text": "اعتقلت الشرطة صباح أمس قائد الحركة في مدينة الوادي بعد مداهمة منزله."},
    ])
    assert entry["after"] == entry["protest"] != entry["arrest"]
