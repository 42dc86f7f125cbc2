"""What a verb of announcing announces after عن is what its clause tells (``announcers`` of
wording.yaml): «أعلنت هيئة الطيران المدني عن تحطم طائرة» is the crash, not background to a toll told
after it, so it joins another outlet's «تحطمت طائرة»; speaking about a happening (تحدث عن) is not
announcing it; two announced happenings of one day in one town stay two (Arabic written for these
tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.wording import ahead, announcers


def test_the_verbs_of_announcing_are_data() -> None:
    assert {"اعلن", "اعلنت", "كشف"} <= set(announcers())


def test_the_adjectives_of_expectation_are_data_their_feminines_derived() -> None:
    assert {"مرتقب", "مرتقبه", "مقرر", "مقرره", "متوقع", "منتظره"} <= set(ahead())


def test_a_happening_announced_as_ahead_is_not_the_clause_own() -> None:
    """guard47: the announcement's date is not that of a happening it tells as ahead."""
    rows = clause_rows([
        "أعلن الوزير الأسبوع الماضي عن اللقاء المرتقب مع نظيره الفرنسي في باريس.",
        "أعلن الوزير أمس عن اللقاء مع نظيره الفرنسي في باريس.",
        "أعلنت الرئاسة أمس عن الزيارة المقررة للرئيس إلى العاصمة الشهر المقبل.",
        "أعلنت الرئاسة أمس عن زيارة الرئيس إلى العاصمة.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("اجتماع", False)  # a meeting ahead
    assert (rows["c-1"]["trigger"], rows["c-1"]["own"]) == ("اجتماع", True)  # the same form, none ahead
    assert (rows["c-2"]["trigger"], rows["c-2"]["own"]) == ("زيارة", False)
    assert (rows["c-3"]["trigger"], rows["c-3"]["own"]) == ("زيارة", True)


def test_a_happening_announced_is_the_clause_own() -> None:
    rows = clause_rows([
        "أعلنت هيئة الطيران المدني عن تحطم طائرة خاصة في مطار الوادي الأخضر مساء أمس، ومقتل ركابها الأربعة.",
        "أعلنت الشرطة أمس عن اعتقال خمسة مشتبهين في سرقة متجر للذهب.",
        "وتحدث الوزير أمس عن الهجوم على المسجد في كلمة أمام النواب.",
        "أعلنت الوزارة أمس عن مقتل ثلاثة أشخاص في الحادث.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("تحطم", True)  # the crash, not its toll
    assert (rows["c-1"]["trigger"], rows["c-1"]["own"]) == ("اعتقال", True)
    assert (rows["c-2"]["trigger"], rows["c-2"]["own"]) == ("هجوم", False)  # spoken about, not announced
    assert rows["c-3"]["trigger"] == "قتلى"  # a toll announced stays a toll


def test_a_crash_announced_and_a_crash_told_by_its_verb_are_one_entry() -> None:
    entry = entry_of([
        {"id": "announced", "source": "نشرة الوادي", "published": "2024-03-09T10:00",
         "text": "أعلنت هيئة الطيران المدني عن تحطم طائرة خاصة مسجلة في المملكة في مطار الوادي الأخضر ببريطانيا "
                 "مساء أمس، ومقتل ركابها الأربعة."},
        {"id": "verb", "source": "صدى الساحل", "published": "2024-03-09T12:00",
         "text": "تحطمت طائرة خاصة سعودية مساء أمس الجمعة أثناء هبوطها في مطار الوادي الأخضر جنوب بريطانيا، ما أدى "
                 "إلى مقتل أربعة أشخاص كانوا على متنها."},
        # another happening of that evening at that airport
        {"id": "fire", "source": "صدى الساحل", "published": "2024-03-09T12:30",
         "text": "اندلع حريق في مستودع للوقود قرب مطار الوادي الأخضر ببريطانيا مساء أمس الجمعة دون إصابات."},
    ])
    assert entry["announced"] == entry["verb"] != entry["fire"]


def test_two_arrests_announced_on_one_day_in_one_town_stay_two() -> None:
    entry = entry_of([
        {"id": "thieves", "source": "نشرة الوادي", "published": "2024-03-11T18:00",
         "text": "أعلنت الشرطة اليوم عن اعتقال خمسة مشتبهين في سرقة متجر للذهب في حي النخيل بالمدينة."},
        {"id": "dealer", "source": "صدى الساحل", "published": "2024-03-11T20:00",
         "text": "أعلنت الشرطة اليوم عن اعتقال تاجر مخدرات في حي السلام بالمدينة بعد مطاردة قصيرة."},
    ])
    assert entry["thieves"] != entry["dealer"]
