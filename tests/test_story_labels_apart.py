"""The stories' labels made apart from their numbers (``tell_stories``), as the merge with
anchors makes them on another thread while it dates the rows."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.events import extract_events
from timeline.merge import merge_events
from timeline.relink import merge_with_anchors
from timeline.stories import assign_stories, tell_stories

# a flood in the invented village of عين الصفصاف, the rescue and the damage counted after
# it; a book fair far away; a phrase dated from the flood («بعد يومين على الفيضان»)
ARTICLES = [
    {"id": "s-1", "source": "نشرة الوادي", "published": dt.datetime(2025, 3, 4, 8),
     "title": "فيضان يغمر عين الصفصاف",
     "text": "غمرت مياه الفيضان أمس الاثنين بيوت قرية عين الصفصاف وجرفت جسرها الخشبي."},
    {"id": "s-2", "source": "صدى السهل", "published": dt.datetime(2025, 3, 5, 8),
     "title": "إنقاذ عائلات في عين الصفصاف",
     "text": "أنقذت فرق الدفاع المدني أمس عشرات العائلات التي حاصرها الفيضان في عين الصفصاف."},
    {"id": "s-3", "source": "نشرة الوادي", "published": dt.datetime(2025, 3, 9, 8),
     "title": "حصر أضرار فيضان عين الصفصاف",
     "text": "قدرت لجنة حصر الأضرار بعد يومين على الفيضان خسائر قرية عين الصفصاف بمئات الآلاف."},
    {"id": "b-1", "source": "صدى السهل", "published": dt.datetime(2025, 3, 6, 8),
     "title": "معرض الكتاب يفتح أبوابه",
     "text": "افتتح محافظ العاصمة أمس معرض الكتاب السنوي بمشاركة مئة دار نشر."},
]


def _entries() -> pl.DataFrame:
    return merge_events(extract_events(pl.DataFrame(ARTICLES)), stories=False)


def test_stories_told_apart_from_their_labels_are_the_assigned_ones() -> None:
    entries = _entries()
    told, labels = tell_stories(entries)
    assigned = assign_stories(entries)
    assert told["story"].equals(assigned["story"])
    assert told["story_label"].null_count() == told.height  # not made yet
    assert told.columns == assigned.columns
    made = labels()
    assert made.len() == int(told["story"].max()) + 1  # one per story, by its number
    assert made.gather(told["story"]).equals(assigned["story_label"])


def test_no_rows_no_stories_and_no_labels() -> None:
    told, labels = tell_stories(_entries().clear())
    assert told.height == 0 and labels().len() == 0
    assert assign_stories(_entries().clear())["story_label"].len() == 0


def test_the_merge_with_anchors_gives_each_row_its_storys_label() -> None:
    merged = merge_with_anchors(extract_events(pl.DataFrame(ARTICLES)))
    told = merged.filter(pl.col("story").is_not_null())
    assert told.height and told["story_label"].null_count() == 0
    labels: dict[int, set[str]] = {}
    for story, label in zip(told["story"], told["story_label"]):
        labels.setdefault(story, set()).add(label)
    assert all(len(told_as) == 1 for told_as in labels.values())  # one label a story
    by_article = dict(zip(merged["article_id"], merged["story_label"]))
    assert by_article["s-1"] != by_article["b-1"]
