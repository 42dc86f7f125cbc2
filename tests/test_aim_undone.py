"""An aim's opener of ``told_for`` that names no aim: efforts that are the subject of a verb of
outcome (``نجحت جهود الوساطة في إطلاق سراح الرهائن``: the release happened) and ``بهدف`` of a score
(``فاز المنتخب بهدف دون رد``: with a goal). Arabic written for these tests (review41)."""

from __future__ import annotations

from merge_helpers import clause_rows

from timeline.wording import told_for, told_for_not


def test_the_words_are_data() -> None:
    scores, outcome, bare, allowed = told_for_not()
    assert {"بهدف نظيف", "بهدف دون", "وبهدف دون"} <= scores
    assert {"اجل", "واجل"} <= bare and "لاجل" not in bare
    assert {"من اجل", "ومن اجل"} <= allowed
    assert {"نجحت", "اسفرت", "تكللت"} <= outcome
    assert not outcome & set(told_for())


def test_efforts_that_succeeded_tell_what_they_achieved() -> None:
    rows = clause_rows([
        "وأمس نجحت جهود الوساطة في إطلاق سراح الرهائن.",
        "وفي المساء أسفرت الجهود المبذولة عن الإفراج عن الصيادين.",
        "وقال الوزير إن مساعي الوسطاء تكللت صباح أمس بتوقيع الاتفاق.",
    ])
    assert rows["c-0"]["trigger"] == "إفراج"
    assert rows["c-1"]["trigger"] == "إفراج"
    assert rows["c-2"]["trigger"] == "اتفاق"


def test_a_goal_is_no_aim() -> None:
    rows = clause_rows(["وأمس تغلب المنتخب على ضيفه بهدف نظيف في مباراة افتتاح البطولة."])
    assert rows["c-0"]["trigger"] is not None


def test_an_aim_still_names_nothing_that_happened() -> None:
    rows = clause_rows([
        "وظهر الصحفي في تسجيل مصور نشر في مطلع مايو الماضي، وطلب من الحكومة التحرك بهدف إطلاق سراحه.",
        "وفي المساء، دعا الوزير إلى مضاعفة الجهود للإفراج عن الصيادين.",
        "وأمس بذلت جهود دون جدوى لإطلاق سراح الرهائن.",
    ])
    assert rows["c-0"]["trigger"] is None
    assert rows["c-1"]["trigger"] != "إفراج"
    assert rows["c-2"]["trigger"] != "إفراج"  # a score's words after another opener: still an aim


def test_postponed_is_no_aim() -> None:
    # أجّل (postponed) is written as أجل of من أجل: an aim only after من (or glued to ل)
    rows = clause_rows([
        "وأمس أجل مجلس الأمن التصويت على مشروع القرار.",
        "وأمس توجه الوفد إلى العاصمة من أجل إطلاق سراح الرهائن.",
        "وأمس توجه الوفد إلى العاصمة لأجل إطلاق سراح الرهائن.",
    ])
    assert rows["c-0"]["trigger"] == "تصويت"
    assert rows["c-1"]["trigger"] != "إفراج"
    assert rows["c-2"]["trigger"] != "إفراج"

