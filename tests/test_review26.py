"""review26: bugs found reading this session's merged changes (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.tagger import tag


def _told(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, "2015-08-10")]


def test_a_degree_that_is_a_diploma_leaves_the_decade_a_time() -> None:
    assert _told("نال الوزير درجة الدكتوراه من جامعة بغداد في الثمانينات.") == [("الثمانينات", "198")]
    assert _told("حصل على درجات علمية عدة في السبعينيات.") == [("السبعينيات", "197")]


def test_a_decade_of_degrees_is_still_no_time() -> None:
    assert _told("وتسجل درجات الحرارة منتصف الأربعينات في المنطقة.") == []
    assert _told("وبلغت 46 درجة وتقترب من الخمسينات في بعض المدن.") == []
    assert _told("وتقترب من الخمسينات المئوية نهارا.") == []


# one story (one title): an air raid that killed six, then a leader speaking the day after six
# were killed in clashes, which no report of the story tells
RAID = {"id": "k-1", "source": "نشرة الوادي", "published": "2024-09-02T08:00", "title": "تصاعد العنف في إقليم الزيتون",
        "text": "قتل ستة مدنيين في قصف جوي استهدف قرية في إقليم الزيتون أمس."}
LEADER = {"id": "k-2", "source": "صدى الساحل", "published": "2024-09-06T08:00", "title": "تصاعد العنف في إقليم الزيتون",
          "text": "دعا زعيم حزب الوادي أمس إلى وقف العنف في إقليم الزيتون. وقال للصحافيين بعد يوم من مقتل "
                  "ستة أشخاص في اشتباكات بين قوات الأمن ومسلحين إن على الحكومة أن توقف عملياتها."}


def test_a_count_alone_does_not_tell_which_happening_a_phrase_counts_from() -> None:
    timeline = build_timeline(pl.DataFrame([RAID, LEADER]))
    assert timeline.events["story"].n_unique() == 1
    # not the day after the raid (2 September): the clashes are told nowhere, the phrase stays undated
    assert timeline.events.filter(pl.col("anchor").str.starts_with("event:")).height == 0
    assert timeline.undated["article_id"].to_list() == ["k-2"]
    # a report of the clashes dates it
    clashes = {"id": "k-3", "source": "أخبار التلال", "published": "2024-09-05T08:00",
               "title": "تصاعد العنف في إقليم الزيتون",
               "text": "قتل ستة أشخاص في اشتباكات بين قوات الأمن ومسلحين في إقليم الزيتون أمس."}
    told = build_timeline(pl.DataFrame([RAID, LEADER, clashes])).events.filter(pl.col("anchor").str.starts_with("event:"))
    assert told.select("article_id", "value").rows() == [("k-2", "2024-09-05")]
