"""Works begun (بدأ حفر، بدء أعمال الحفر) are their launch, as an opening of the works is: one
happening class, so two outlets' past mentions of one launch meet (Arabic written for these
tests)."""

from __future__ import annotations

import polars as pl
from merge_helpers import clause_rows

from timeline.pipeline import build_timeline


def test_digging_begun_is_a_launch_like_an_opening_of_the_works() -> None:
    rows = clause_rows([
        "وبدأت الحكومة حفر النفق الجديد تحت الجبل في مارس الماضي.",
        "وافتتح الوزير في 12 مارس أعمال حفر النفق الجديد تحت الجبل.",
        "وبدأت الدراسة في المدارس الحكومية في مارس الماضي.",
    ])
    assert rows["c-0"]["trigger"] == rows["c-1"]["trigger"] == "افتتاح"
    assert rows["c-2"]["trigger"] is None


def test_two_outlets_past_mentions_of_one_launch_of_works_are_one_entry() -> None:
    events = build_timeline(pl.DataFrame([
        {"id": "month", "source": "نشرة الوادي", "published": "2024-05-12T09:00",
         "text": "افتتح الرئيس اليوم النفق الجديد تحت الميناء. وبدأت البلدية حفر النفق الذي يمر تحت الميناء القديم "
                 "في مارس العام الماضي."},
        {"id": "day", "source": "صدى الساحل", "published": "2024-05-12T11:00",
         "text": "وكان الوزير قد دشن في 12 مارس 2023 أعمال حفر النفق تحت الميناء وطلب إنجازه خلال عام واحد."},
    ])).events
    past = events.filter(pl.col("value").str.starts_with("2023"))
    assert sorted(past["article_id"]) == ["day", "month"]
    assert past["cluster"].n_unique() == 1
