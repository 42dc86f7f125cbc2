"""A date inside an anniversary phrase, past what it recalls (في الذكرى الأولى لمقتل الشاب العام
الماضي), is that happening's, not the commemoration's: the clause keeps a date of its own or stays
undated (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _events(text: str, published: str = "2015-08-10T08:00") -> list[tuple[str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return sorted(zip(frame["expr"], frame["value"]))


def test_the_year_of_the_killing_does_not_date_the_protest() -> None:
    # the killing's year a year on (tests/test_commemoration.py), not the year itself
    text = "وتحولت المسيرات في الذكرى الأولى لمقتل المزارع العام الماضي إلى مواجهات مع الشرطة."
    assert _events(text) == [("الذكرى الأولى لمقتل", "2015")]


def test_the_clause_keeps_a_date_of_its_own() -> None:
    text = "وتحولت المسيرات أمس في الذكرى الأولى لمقتل المزارع العام الماضي إلى مواجهات مع الشرطة."
    assert _events(text) == [("أمس", "2015-08-09")]


def test_the_same_year_outside_an_anniversary_still_dates() -> None:
    text = "وتحولت المسيرات احتجاجا على مقتل المزارع العام الماضي إلى مواجهات مع الشرطة."
    assert _events(text) == [("العام الماضي", "2014")]


def test_the_commemorations_own_day_after_what_it_recalls() -> None:
    text = "وأحيا سكان القرية الذكرى الخامسة للفيضان أمس بمسيرة صامتة."
    # and the flood itself, five years before the day the villagers commemorated it (anchors.recalled_happening)
    assert _events(text) == [("أمس", "2015-08-09"), ("الذكرى الخامسة للفيضان", "2010-08-09")]


def test_a_date_past_the_phrase_end_is_the_clauses() -> None:
    # past "to": what the clause became, and past a comma
    text = "وأرجئت المسيرة في الذكرى الأولى للفيضان، إلى العام المقبل."
    assert _events(text) == [("العام المقبل", "2016")]


def test_the_recalled_happening_told_at_length() -> None:
    text = ("وتحولت المسيرات في الذكرى الأولى لمقتل المزارع الشاب برصاص حارس «الشركة» قرب مزرعته"
            " في ضواحي البلدة العام الماضي إلى مواجهات مع الشرطة.")
    assert _events(text) == [("الذكرى الأولى لمقتل", "2015")]


def test_the_anniversary_and_the_clauses_year() -> None:
    text = "تحتفل الجمعية هذا العام 2015 بالذكرى الخمسين لتأسيسها على يد مجموعة من المعلمين في عام 1965."
    assert _events(text) == [("العام 2015", "2015")]


def test_a_clause_that_is_the_anniversary_phrase_alone_tells_what_it_recalls() -> None:
    text = "وسيعلن المرشح برنامجه في 20 من الشهر الحالي في لندن، في ذكرى تأسيس الاتحاد في المدينة عام 1910."
    assert ("عام 1910", "1910") in _events(text)
