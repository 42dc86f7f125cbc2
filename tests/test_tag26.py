"""tag26: a since after a definite feminine noun and a noun of a participle's shape that does not
agree with it (an object: "بدأت الهيئة المشروع منذ") dates the clause's happening; "ليلة" before a
number at a clause's end is that day's night, not an hour (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.tagger import tag


def _events(text: str, published: str = "2015-08-06T08:00") -> list[tuple[str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return list(zip(frame["expr"], frame["clause"]))


def test_since_after_a_noun_that_does_not_agree_dates_the_clause() -> None:
    text = "وتدير الشركة المشروع منذ 3 يوليو."
    assert _events(text) == [("منذ 3 يوليو", text)]
    # the participle agrees with the feminine noun: the noun's state since then, as before
    assert _events("ويبحث الغواصون عن السفينة المفقودة منذ 3 يوليو.") == []


def test_a_night_and_a_number_is_a_day_not_an_hour() -> None:
    assert [(t.text, t.value) for t in tag("ووصلت القافلة ليلة 3، بعد رحلة طويلة", "2015-08-10")] \
        == [("ليلة 3", "2015-08-03TNI")]
    # a part of the day in construct keeps its digit hour ("مساء 6" is 18:00)
    assert [(t.text, t.value) for t in tag("ويبدأ العرض مساء 6،", "2015-08-10")] == [("مساء 6", "2015-08-10T18")]
