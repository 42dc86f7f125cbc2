"""A dispatch's dateline (``د ب أ - الرياض:``، ``الرياض - واس:``) names the town the report was
filed from, not where its happening took place: it gives the clause no town, so a fair told
from the capital's bureau joins the reports placing it abroad (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of


def test_a_datelines_town_is_not_the_clauses_town() -> None:
    rows = clause_rows([
        "د ب أ - الرياض: أكد المتحدث باسم اتحاد الكرة أمس أن المباراة ستقام في موعدها",
        "الرياض - واس : افتتح أمير المنطقة أمس معرض الكتاب في جدة",
        'الدمام "الصباح": افتتح وزير الثقافة أمس مهرجان الصيف في أبها',
    ])
    assert rows["c-0"]["town"] is None
    assert rows["c-1"]["town"] == "جدة"
    assert rows["c-2"]["town"] == "أبها"


def test_a_colon_after_words_that_are_no_dateline_keeps_the_town() -> None:
    # no agency's dash nor an outlet's quotes before the colon: a saying placed in its town
    rows = clause_rows(["أعلن أمس في جدة: افتتاح المعرض بعد أسبوع"])
    assert rows["c-0"]["town"] == "جدة"


def test_a_fair_told_from_the_capitals_bureau_joins_the_report_placing_it_abroad() -> None:
    entry = entry_of([
        {"id": "bureau", "source": "صدى الساحل", "published": "2024-05-12T20:00",
         "text": "د ب أ - الرياض: قال مسؤول في هيئة النشر إن معرض الكتاب العربي يفتتح يوم الأربعاء المقبل "
                 "بمشاركة مئتي دار نشر من اثنتي عشرة دولة."},
        {"id": "abroad", "source": "نشرة الوادي", "published": "2024-05-12T21:00",
         "text": "يفتتح معرض الكتاب العربي في لندن يوم الأربعاء المقبل بمشاركة مئتي دار نشر من اثنتي عشرة دولة."},
    ])
    assert entry["bureau"] == entry["abroad"]


def test_two_matches_of_one_day_stay_apart_whatever_the_datelines() -> None:
    entry = entry_of([
        {"id": "hilal", "source": "صدى الساحل", "published": "2024-05-12T20:00",
         "text": "د ب أ - الرياض: يلتقي الهلال والنصر يوم الأربعاء المقبل في مباراة كأس السوبر على ملعب لوفتس رود."},
        {"id": "ahli", "source": "نشرة الوادي", "published": "2024-05-12T21:00",
         "text": "جدة - واس: يلتقي الأهلي والاتحاد يوم الأربعاء المقبل في مباراة كأس السوبر على ملعب الجوهرة."},
    ])
    assert entry["hilal"] != entry["ahli"]
