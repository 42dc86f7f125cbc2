"""Two outlets' reports of one day naming their happening with one word (هاجمت / وهاجمت), each its
clause's own predicate, whose other words are their own: the word anchors a thin pair as a shared
town does, also when the two are each other's closest reports and name no one place; two such
reports placing their happenings in two countries stay apart (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import entry_of

# the batch's background: the group, the guards and the monitor in every report, so those words tell
# little; the two reports of Friday share them and the verb, each telling its own particulars
BACKGROUND = [
    {"id": "c1", "source": "نشرة الوادي", "published": "2024-03-05T19:00",
     "text": "وذكر مرصد الحقوق أن جماعة الرايات السود خطفت الاثنين قائدا في حرس الحدود مع عدد من مرافقيه."},
    {"id": "d1", "source": "البيان الجديد", "published": "2024-03-03T18:00",
     "text": "ونشرت جماعة الرايات السود السبت تسجيلا مصورا يظهر مقاتلين من حرس الحدود أسرتهم الشهر الماضي، "
             "بحسب مرصد الحقوق."},
    {"id": "e1", "source": "صدى الساحل", "published": "2024-03-01T18:00",
     "text": "وأعلن حرس الحدود الخميس أن جماعة الرايات السود انسحبت من ثلاث قرى بعد معارك استمرت أسبوعا، وفق "
             "مرصد الحقوق."},
]


def _reports(first: str, second: str) -> list[dict[str, str]]:
    return [
        {"id": "a1", "source": "صدى الساحل", "published": "2024-03-09T20:00",
         "text": "وهاجمت جماعة الرايات السود الجمعة مقرا لقوات حرس الحدود" + first + "، وتبادل المهاجمون "
                 "والمدافعون القصف بالهاون والرشاشات الثقيلة حتى ساعات الفجر الأولى بحسب مرصد الحقوق."},
        {"id": "b1", "source": "الأفق", "published": "2024-03-09T21:00",
         "text": "قال مرصد الحقوق إن جماعة الرايات السود هاجمت الجمعة مقاتلين من حرس الحدود" + second + " في "
                 "تصعيد جديد للتوتر، ونشرت صورا لعربات محترقة وأسلحة غنمتها."},
        *BACKGROUND,
    ]


def test_one_attack_told_with_one_verb_and_other_particulars_is_one_entry() -> None:
    # shared: the verb, the group, the guards, the monitor (words of every report of the batch); each
    # clause's own: the valley, the mortars and the dawn / the escalation, the burnt vehicles. Under
    # the same-day floor, over the one-happening floor: neither names a town nor what the other's
    # verb governs, so before the one word anchored nothing
    entry = entry_of(_reports(" قرب وادي الصخور", ""))
    assert entry["a1"] == entry["b1"]


def test_two_attacks_of_one_day_with_one_verb_in_two_countries_stay_apart() -> None:
    entry = entry_of(_reports(" في شمال سوريا", " في جنوب اليمن"))
    assert entry["a1"] != entry["b1"]
