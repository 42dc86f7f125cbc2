"""A death told by an idiom is a death (وفاة), as «توفي» tells it: «وافته المنية»، «انتقل إلى جوار ربه»،
«فارق الحياة»، «غيب الموت»; an obituary's formula (the idiom, then the prayer and the burial; «انتقل إلى رحمة
الله» opening it) and a health bulletin's count stay none, and the same verbs with other words tell no death
(Arabic written for these tests)."""

from __future__ import annotations

import polars as pl
import pytest
from merge_helpers import clause_rows

from timeline.happenings import load_triggers
from timeline.normalize import fold
from timeline.pipeline import build_timeline


@pytest.mark.parametrize("clause, kind", [
    ("وافته المنية مساء الخميس في مستشفى المدينة", "وفاة"),
    ("الشاعر الذي وافته المنية أمس عن عمر ناهز السبعين", "وفاة"),
    ("وكانت الفقيدة قد انتقلت إلى رحمة ربها فجر الأحد", "وفاة"),
    ("المعلم الذي انتقل إلى جوار ربه يوم السبت", "وفاة"),
    ("نقل المصاب إلى المستشفى لكنه فارق الحياة قبل وصوله", "وفاة"),
    ("غيب الموت أمس الملحن المعروف نادر السالم", "وفاة"),
    # the same words with no death
    ("انتقل اللاعب إلى نادي الساحل مقابل مليون دولار", None),
    ("انتقلت الشركة إلى مقرها الجديد في حي الورود", None),
    ("بلغ الفارق بين الفريقين ثلاث نقاط", None),
    # a health bulletin's count and an obituary's formula are none
    ("سجلت الوزارة ثلاث حالات منومة وحالة انتقلت إلى رحمة الله", None),
    ("وارتفع عدد الوفيات بعد أن وافت المنية ثلاث حالات جديدة", None),
    ("الشيخ سالم الذي وافته المنية يوم الأحد، وأديت الصلاة عليه في الجامع الكبير", None),
    ("انتقل إلى رحمة الله تعالى الشيخ سالم الراشد", None),
    ("تمنى الوزير للطلاب حياة سعيدة", None),
])
def test_a_death_told_by_an_idiom(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_the_features_read_the_idiom_as_the_scan_does() -> None:
    rows = clause_rows([
        "وافته المنية مساء الخميس في مستشفى المدينة",
        "انتقل إلى جوار ربه أمس الشيخ سالم الراشد",
        "انتقل المدرب أمس إلى نادي الساحل",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(3)] == ["وفاة", "وفاة", None]


def test_a_death_told_by_an_idiom_in_a_relative_clause_keeps_its_own_day() -> None:
    # the funeral prayer (Sunday) and the death its relative clause tells (Friday) are two happenings:
    # the death's day no longer lost, the prayer keeps its own
    frame = build_timeline(pl.DataFrame([
        {"id": "fate", "published": "2024-07-08T20:00",
         "text": "أقيمت أمس الأحد الصلاة على الزميل نادر السالم الذي وافته المنية يوم الجمعة في ليون."},
        {"id": "beside", "published": "2024-07-08T20:00",
         "text": "حتى لحظة الصلاة أمس الأحد على الصديق مراد العلي الذي انتقل إلى جوار ربه يوم الجمعة الفائت "
                 "ما زال الحزن يملأ قلوب محبيه."},
    ])).events
    told = {(row["article_id"], row["value"], "الصلاة" in row["clause"],
             "المنية" in row["clause"] or "انتقل" in row["clause"])
            for row in frame.iter_rows(named=True)}
    for article in ("fate", "beside"):
        assert (article, "2024-07-05", False, True) in told
        assert (article, "2024-07-07", True, False) in told
