"""Merging and stories pinned on a small set of reports (Arabic written for this test):
the same entries and stories whatever the order of the input rows, run after run."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

# a flood in the invented town of السنديان told by three outlets, the relief convoy that
# followed, a fire in the town's market the same week, and an unrelated book fair
ARTICLES = [
    {"id": "s-1", "source": "نشرة الوادي", "published": "2024-03-05T08:00",
     "text": "غمرت مياه الفيضان أحياء بلدة السنديان أمس وشردت مئتي عائلة من بيوتها."},
    {"id": "s-2", "source": "صدى الساحل", "published": "2024-03-05T10:00",
     "text": "شرد الفيضان الذي ضرب بلدة السنديان أمس مئتي عائلة وغمرت المياه الأحياء المنخفضة."},
    {"id": "s-3", "source": "أخبار التلال", "published": "2024-03-06T07:00",
     "text": "قالت البلدية إن الفيضان الذي غمر بلدة السنديان يوم الاثنين شرد مئتي عائلة."},
    {"id": "s-4", "source": "نشرة الوادي", "published": "2024-03-08T08:00",
     "text": "وصلت قافلة إغاثة أمس إلى بلدة السنديان تحمل خياماً وأغطية للعائلات التي شردها الفيضان."},
    {"id": "s-5", "source": "صدى الساحل", "published": "2024-03-09T08:00",
     "text": "التهم حريق أمس عشرات المحال في سوق السنديان القديم دون إصابات."},
    {"id": "k-1", "source": "أخبار التلال", "published": "2024-03-07T08:00",
     "text": "افتتح وزير الثقافة أمس معرض مدينة الصنوبر للكتاب بمشاركة مئة دار نشر."},
]


def _partitions(frame: pl.DataFrame) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    def part(column: str) -> list[tuple[str, ...]]:
        groups = frame.group_by(column).agg(pl.col("article_id").unique().sort())
        return sorted(tuple(g) for g in groups["article_id"].to_list())
    return part("cluster"), part("story")


def test_entries_and_stories_are_pinned_and_do_not_depend_on_row_order() -> None:
    articles = pl.DataFrame(ARTICLES)
    first = build_timeline(articles).events
    clusters, stories = _partitions(first)
    # one flood told by three outlets; the convoy joins its story, the fire and the fair do not
    assert clusters == [("k-1",), ("s-1", "s-2", "s-3"), ("s-4",), ("s-5",)]
    assert stories == [("k-1",), ("s-1", "s-2", "s-3", "s-4"), ("s-5",)]
    for seed in (1, 2, 3):
        shuffled = build_timeline(articles.sample(fraction=1.0, shuffle=True, seed=seed)).events
        assert _partitions(shuffled) == (clusters, stories)
        labels = dict(zip(shuffled["article_id"], shuffled["story_label"]))
        assert labels == dict(zip(first["article_id"], first["story_label"]))
