"""A short clause whose sentence goes on with what it says (أكدت الوزارة أمس أن…) lends the
merge the words of the rest of its sentence; the clause shown is unchanged (Arabic written
for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import _lent

_FEVER = [
    {"id": "fragment", "source": "نشرة الوادي", "published": "2024-06-04T18:00",
     "text": "أكدت وزارة الصحة أمس أن الوباء الذي ظهر في قرى الوادي الشهر الماضي هو سلالة جديدة من "
             "الحمى النزفية نقلها البعوض إلى المواشي."},
    {"id": "hospital", "source": "صدى الساحل", "published": "2024-06-03T21:00",
     "text": "افتتحت وزارة الصحة اليوم الاثنين مستشفى جديدا للأطفال في مدينة الغدير بسعة مئتي سرير."},
    {"id": "fever", "source": "صدى الساحل", "published": "2024-06-03T20:00",
     "text": "أعلنت وزارة الصحة اليوم الاثنين أن الحمى النزفية التي أصابت المواشي في قرى الوادي سلالة "
             "جديدة نقلها البعوض."},
]


def test_a_fragment_is_merged_by_what_it_says() -> None:
    # أكدت وزارة الصحة أمس (its complement is dated last month, a clause of its own) is the
    # fever announcement, not the hospital's opening the same ministry made that day
    events = build_timeline(pl.DataFrame(_FEVER)).events
    said = events.filter(pl.col("article_id") == "fragment", pl.col("grain") == "day")
    assert said["clause"].to_list() == ["أكدت وزارة الصحة أمس"]
    entry = dict(zip(events.filter(pl.col("grain") == "day")["article_id"],
                     events.filter(pl.col("grain") == "day")["cluster"]))
    assert entry["fragment"] == entry["fever"]
    assert entry["hospital"] != entry["fever"]


def test_only_a_short_clause_followed_by_what_it_says_borrows() -> None:
    # ونشر الخبر أمس ends its sentence, and أعلن… أمس افتتاح… says no أن: both read as they are
    events = build_timeline(pl.DataFrame([
        {"id": "short", "source": "نشرة الوادي", "published": "2024-06-04T18:00",
         "text": "افتتحت الوزارة مستشفى الأطفال في الغدير. ونشر الخبر أمس. وأعلن الوزير أمس افتتاح مستشفى جديد."},
    ]), merge=False).events
    read = events.select(_lent(events)["clause"].alias("read"), "clause")
    assert read["read"].to_list() == read["clause"].to_list()
    fever = build_timeline(pl.DataFrame(_FEVER[:1]), merge=False).events.filter(pl.col("grain") == "day")
    assert _lent(fever)["clause"].item().startswith("أكدت وزارة الصحة أمس  أن الوباء")
