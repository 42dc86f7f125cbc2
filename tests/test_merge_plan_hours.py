"""A happening told ahead for one hour of a day (``مؤتمرا صحفيا مساء اليوم``) and another outlet's
report of it held at another hour of that day (``الذي عقده ظهر اليوم``) agree as one day does: the hour
a plan gives is the least sure part of it (split42). Two hours of one day told after the fact (a fire
at dawn, another at noon, in one district) still agree only as two days do. Arabic written for these
tests."""

from __future__ import annotations

from merge_helpers import entry_of

PLAN = ("يعقد وزير الخارجية أيمن الصفدي مؤتمرا صحفيا مساء اليوم في عمان يتحدث فيه عن نتائج المباحثات "
        "الأردنية الأوروبية.")
HELD = ("وأكد الصفدي في المؤتمر الصحفي الذي عقده ظهر اليوم بمقر الوزارة في عمان أن المباحثات تناولت ملفات "
        "اللاجئين والتجارة والطاقة.")
FIRE_DAWN = "أخمدت فرق الدفاع المدني فجر اليوم حريقا اندلع في مستودع للأخشاب بحي الصناعية في الدمام دون إصابات."
FIRE_NOON = ("وفي الدمام، اندلع حريق ظهر اليوم في مستودع بحي الصناعية، ونقل الهلال الأحمر عاملين مصابين بحروق إلى "
             "المستشفى.")


def _articles(first: str, second: str, published: str = "2024-05-14T10:00") -> list[dict[str, str]]:
    return [{"id": "a", "source": "صحيفة الشرق", "published": published, "text": first},
            {"id": "b", "source": "وكالة النهر", "published": "2024-05-14T22:00", "text": second}]


def test_a_plan_for_the_evening_and_the_report_of_it_held_at_noon_are_one() -> None:
    entry = entry_of(_articles(PLAN, HELD))
    assert entry["a"] == entry["b"]


def test_the_same_plan_for_the_next_day_s_evening_stays_apart() -> None:
    entry = entry_of(_articles(PLAN.replace("مساء اليوم", "مساء غد"), HELD))
    assert entry["a"] != entry["b"]


def test_two_fires_told_after_at_dawn_and_at_noon_of_one_day_stay_apart() -> None:
    # the same day and district: the hours both outlets tell after the fact tell two fires
    entry = entry_of(_articles(FIRE_DAWN, FIRE_NOON, "2024-05-14T21:00"))
    assert entry["a"] != entry["b"]
