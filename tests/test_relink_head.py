"""A phrase counted from a happening X is dated from the entry of X found by X's head noun, its
attached pronoun stripped by the lexicon (``غداة لقائه``), read in reports whose verb names it
(``التقى``); among entries of X's kind the one nearest the telling, not the one most outlets tell
(Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.anchors import happening_head, names_happening_like
from timeline.normalize import fold
from timeline.pipeline import build_timeline

TITLE = "زيارة وزير الخارجية إلى الأردن"


def _article(i: int, source: str, published: str, text: str) -> dict:
    return {"id": f"m-{i}", "source": source, "published": published, "title": TITLE, "text": text}


WEDNESDAY = [
    _article(1, "نشرة الوادي", "2024-03-07T08:00",
             "التقى وزير الخارجية نظيره الأردني أمس الأربعاء في عمان وبحثا العلاقات الثنائية والأوضاع في المنطقة."),
    _article(2, "صدى الساحل", "2024-03-07T09:00",
             "التقى وزير الخارجية نظيره الأردني يوم الأربعاء في عمان وبحث معه العلاقات الثنائية والأوضاع في المنطقة."),
]
SATURDAY = [
    _article(4, "نشرة الوادي", "2024-03-03T08:00",
             "التقى وزير الخارجية نظيره الأردني أمس السبت في عمان وبحثا العلاقات الثنائية والأوضاع في المنطقة."),
    _article(5, "صدى الساحل", "2024-03-03T09:00",
             "التقى وزير الخارجية نظيره الأردني يوم السبت في عمان وبحث معه العلاقات الثنائية والأوضاع في المنطقة."),
    _article(6, "الرأي الحر", "2024-03-03T09:00",
             "التقى وزير الخارجية نظيره الأردني السبت في عمان وبحث معه العلاقات الثنائية والأوضاع في المنطقة."),
]
MORROW = _article(3, "أخبار التلال", "2024-03-08T10:00",
                  "أكد وزير الخارجية اليوم الجمعة متانة العلاقات مع الأردن. وقال وزير الخارجية غداة لقائه نظيره "
                  "الأردني في عمان إن التعاون بين البلدين يتعزز.")


def _morrow(story: list[dict]) -> list[str]:
    events = build_timeline(pl.DataFrame(story)).events
    return events.filter(pl.col("article_id") == "m-3", pl.col("anchor") == "event:لقائه")["value"].to_list()


def test_the_head_noun_without_its_pronoun() -> None:
    assert happening_head(fold("لقائه")) == fold("لقاء")
    assert happening_head(fold("زيارتهم")) == fold("زيارة")
    assert happening_head(fold("وفاتها")) == fold("وفاة")
    assert happening_head(fold("اعتقاله")) == fold("اعتقال")
    assert happening_head(fold("كتابه")) == fold("كتابه")  # no happening word under it: as written


def test_a_verb_with_the_letters_of_the_article_names_its_happening() -> None:
    assert names_happening_like("لقائه", "التقى وزير الخارجية نظيره الأردني أمس")
    assert names_happening_like("اللقاء", "والتقت الوزيرة نظيرها أمس")


def test_the_morrow_of_his_meeting() -> None:
    assert _morrow([*WEDNESDAY, MORROW]) == ["2024-03-07"]


def test_the_nearest_meeting_before_the_telling() -> None:
    # three outlets tell Saturday's meeting, one Wednesday's: the morrow told on Friday is Thursday's
    assert _morrow([WEDNESDAY[0], *SATURDAY, MORROW]) == ["2024-03-07"]
