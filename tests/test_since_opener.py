"""A clause opening with a since phrase that names a happening and its date before the first comma
(«ومنذ اندلاع الاحتجاجات في آذار 2011، غادر …») is cut at that comma: the since phrase is the happening it
names, with its date; the main clause after it is not dated by it (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _events(text: str, *, inherit: bool = False, published: str = "2015-08-11T08:00") -> list[tuple[str, str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False,
                           inherit=inherit).events
    return sorted(zip(frame["expr"], frame["value"], frame["clause"]))


def test_the_main_clause_after_the_since_phrase_is_not_dated_by_it() -> None:
    text = "ومنذ اندلاع الاحتجاجات في آذار 2011، غادر آلاف السكان المدينة الساحلية."
    assert _events(text) == [("آذار 2011", "2011-03", "ومنذ اندلاع الاحتجاجات في آذار 2011")]


def test_without_waw_and_with_a_day() -> None:
    text = "منذ انطلاق المفاوضات في الرابع من يوليو، عقد الوفدان خمس جولات في العاصمة."
    assert _events(text) == [("الرابع من يوليو", "2015-07-04", "منذ انطلاق المفاوضات في الرابع من يوليو")]


def test_the_main_clause_keeps_a_date_of_its_own() -> None:
    text = "ومنذ بدء الحملة العسكرية في شهر مارس، سيطرت القوات أمس على ثلاث قرى جديدة."
    events = _events(text)
    assert ("أمس", "2015-08-10", "سيطرت القوات أمس على ثلاث قرى جديدة.") in events
    assert all("سيطرت" not in clause for expr, _, clause in events if expr != "أمس")


def test_a_since_that_is_itself_the_date_is_not_cut() -> None:
    text = "ومنذ 20 يوليو، قتل 13 جنديا في المنطقة الحدودية."
    assert [c for _, _, c in _events(text)] == [text]


def test_a_since_in_the_middle_of_the_clause_or_without_a_comma_is_left() -> None:
    text = "وغادر آلاف السكان المدينة منذ اندلاع الاحتجاجات في آذار 2011، وفق تقديرات محلية."
    assert all("غادر" in c or "منذ" in c for _, _, c in _events(text))
    text = "ومنذ اندلاع الاحتجاجات في آذار 2011 غادر آلاف السكان المدينة."
    assert [c for _, _, c in _events(text)] == [text]


def test_the_main_clause_inherits_nothing_from_the_since_phrase() -> None:
    text = "ومنذ انطلاق المفاوضات في الرابع من أغسطس، عقد الوفدان خمس جولات في العاصمة."
    assert [c for _, _, c in _events(text, inherit=True)] == ["ومنذ انطلاق المفاوضات في الرابع من أغسطس"]


def test_a_relative_clause_after_the_comma_stays_with_the_since_phrase() -> None:
    text = "ومنذ الهجوم على الفندق في 26 يونيو، الذي أسفر عن مقتل عشرين سائحا، تراجعت الحجوزات."
    clauses = [c for _, _, c in _events(text)]
    assert clauses and all("أسفر" in c for c in clauses)


def test_a_since_cut_off_mid_sentence_is_not_fronted() -> None:
    text = "وأنهت الإدارة منذ بداية الحملة في الأول من يوليو، معاملات آلاف المقيمين في المنطقة."
    clauses = [c for _, _, c in _events(text)]
    assert clauses and all("معاملات" in c for c in clauses)


def test_a_mid_sentence_since_is_cut_when_a_verb_follows_its_comma() -> None:
    text = "وأوضحت الشرطة أنه منذ اختفاء الصياد في الثالث من أغسطس، تم تمشيط الساحل مرات عدة."
    clauses = [c for _, v, c in _events(text) if v == "2015-08-03"]
    assert clauses and all("تمشيط" not in c for c in clauses)


def test_a_mid_sentence_since_before_a_past_verb_of_its_own_day() -> None:
    text = "للمرة الأولى منذ افتتاحه عام 1990، استقبل الملعب أمس مباراة دولية."
    events = _events(text)
    assert ("عام 1990", "1990", "منذ افتتاحه عام 1990") in events
    assert any(expr == "أمس" and c.startswith("استقبل الملعب") for expr, _, c in events)


def test_a_mid_sentence_since_before_a_present_verb() -> None:
    text = "ويتابع الرجل الفريق منذ صعوده إلى الدوري الممتاز عام 2009، ويحرص على حضور مبارياته كلها."
    clauses = [c for _, v, c in _events(text) if v == "2009"]
    assert clauses and all("يحرص" not in c for c in clauses)


def test_a_mid_sentence_since_before_a_noun_is_left() -> None:
    text = "وأنجزت اللجنة منذ انطلاق أعمالها في الأول من يونيو، مراجعة آلاف الملفات في المحافظة."
    clauses = [c for _, _, c in _events(text)]
    assert clauses and all("مراجعة" in c for c in clauses)


def test_the_one_word_verb_test() -> None:
    from timeline.events import _verb_word
    from timeline.normalize import fold

    verbs = ["شهد", "تم", "وتم", "امتنع", "وقد", "لم", "وأعلنت", "يحرص", "تنطلق"]
    nouns = ["الوزير", "مراجعة", "إجراءات", "متعهدا", "للدفاع", "وسط", "حيث"]
    assert [w for w in verbs if not _verb_word(fold(w))] == []
    assert [w for w in nouns if _verb_word(fold(w))] == []


def test_short_verbs_after_the_comma_of_a_since_cut_off_mid_sentence() -> None:
    # a perfect of three letters after a glued و, a short present, a perfect of تفعّل
    for verb in ("وحصل الفريق على", "تضع الإدارة", "ونأمل أن يصل", "وتولى المدرب"):
        text = f"وقال المدير إنه منذ افتتاح الملعب في عام 1998، {verb} المزيد من الدعم للمدينة."
        clauses = [c for _, _, c in _events(text)]
        assert clauses == ["منذ افتتاح الملعب في عام 1998"], verb


def test_no_short_verb_where_a_root_waw_a_tally_or_a_preposition_opens() -> None:
    for word in ("وزير الرياضة", "وعدد الزوار", "نحو ألف زائر"):
        text = f"وقال المدير إنه منذ افتتاح الملعب في عام 1998، {word} يزداد كل عام."
        assert all(word in c for _, _, c in _events(text)), word
