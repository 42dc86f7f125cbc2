"""A detention extended or renewed («مددت المحكمة اعتقاله»، «تمديد توقيف المتهمين»، «تجديد الاعتقال الإداري») is the
court's decision on that day, a procedure of the case (محاكمة), not an arrest: the arrest came before it, and
reading both as arrests let a court's extension join the arrest it extends (para50, the 5k corpus). The words
before the noun tell it, never those after (who is held). Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of


def test_a_detention_extended_is_the_court_s_decision() -> None:
    rows = clause_rows([
        "ومددت محكمة الصلح أمس اعتقال الناشط الشاب أسبوعا آخر.",
        "مددت المحكمة المركزية أمس اعتقاله حتى نهاية الإجراءات.",
        "وقررت النيابة أمس تمديد فترة توقيف المتهمين الأربعة.",
        "وجددت السلطات أمس الاعتقال الإداري للأسير ستة أشهر.",
        # an arrest: told as one, or an extension of something else before it
        "واعتقلت الشرطة أمس ثلاثة شبان في الحي الشرقي.",
        "وأعلنت الشرطة أمس اعتقال سائق الشاحنة.",
        "طلب المحامي أمس تمديد مهلة الرد قبل اعتقال موكله.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(4)] == ["محاكمة"] * 4
    assert [rows[f"c-{k}"]["trigger"] for k in range(4, 7)] == ["اعتقال"] * 3


def test_an_extension_is_not_one_entry_with_the_arrest() -> None:
    entry = entry_of([
        {"id": "held", "source": "صدى الساحل", "published": "2024-03-12T18:00",
         "text": "واعتقلت الشرطة فجر أمس الاثنين الناشط سامر الخطيب من منزله في حي الزيتون."},
        {"id": "extended", "source": "الأفق", "published": "2024-03-12T20:00",
         "text": "ومددت محكمة الصلح اليوم الثلاثاء اعتقال الناشط سامر الخطيب خمسة أيام بعد اعتقاله من منزله في حي الزيتون."},
    ])
    assert entry["held"] != entry["extended"]
