"""An anniversary told in a dated clause dates what it recalls: «أحيت المدينة أمس الذكرى العاشرة
للزلزال» tells an earthquake ten years before (anchors.recalled_happening). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.anchors import RECALLED_CONFIDENCE
from timeline.events import article_events

_PUBLISHED = dt.datetime(2015, 8, 10, 8, 0)


def _rows(text: str) -> list[tuple[str, str, str, str | None, float]]:
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
    for r in rows:
        assert text[r["expr_start"]:r["expr_end"]] == r["expr"]  # offsets are sacred
    return [(r["expr"], r["value"], r["grain"], r["anchor"], r["date_confidence"]) for r in rows]


def test_a_ceremony_on_the_day_dates_the_happening_to_the_day() -> None:
    text = "أحيت المدينة أمس الذكرى العاشرة للزلزال الذي دمر أحياءها القديمة."
    assert _rows(text) == [("أمس", "2015-08-09", "day", "event:زلزال", 1.0),
                           ("الذكرى العاشرة للزلزال", "2005-08-09", "day", "event:زلزال", RECALLED_CONFIDENCE)]


def test_a_day_that_falls_on_the_anniversary() -> None:
    text = "واليوم يصادف الذكرى الثالثة لاختفاء الصحفي في الصحراء."
    assert ("الذكرى الثالثة لاختفاء", "2012-08-10", "day") in [r[:3] for r in _rows(text)]


def test_the_celebration_of_a_founding_stays_this_years() -> None:
    # the celebration is of 2015; the founding, twenty years before, gets its year only (no day told)
    text = "احتفلت الجامعة أمس بمرور 20 عاما على تأسيسها في حفل كبير."
    rows = _rows(text)
    assert rows[0][:3] == ("أمس", "2015-08-09", "day")
    assert rows[1][:3] == ("بمرور 20 عاما على تأسيسها", "1995", "year")
    assert len(rows) == 2


def test_an_occasion_counted_with_words() -> None:
    text = "وعقد المنتدى اليوم احتفالا بمرور خمسين عاما على افتتاح الميناء."
    assert ("بمرور خمسين عاما على افتتاح", "1965", "year") in [r[:3] for r in _rows(text)]


def test_years_after_are_left_alone() -> None:
    for text in ("وعاد اللاجئ إلى قريته أمس بعد 30 عاما على تهجيره.",
                 "وما زال المبنى قائما أمس رغم مرور 30 عاما على بنائه.",
                 "وعاد اللاجئ إلى قريته أمس بعد مرور 30 عاما على تهجيره."):
        assert [r[2] for r in _rows(text)] == ["day"], text


def test_a_count_of_hijri_years_is_left_alone() -> None:
    text = "احتفلت الجمعية أمس بمرور 40 عاما هجريا على تأسيسها."
    assert [r[0] for r in _rows(text)] == ["أمس"]


def test_a_happening_the_article_dates_is_not_dated_again() -> None:
    text = ("أحيت القرية أمس الذكرى الأولى للفيضان بمسيرة صامتة. "
            "وكان الفيضان قد وقع في 9 أغسطس 2014 وأغرق عشرات المنازل.")
    assert not [r for r in _rows(text) if r[0].startswith("الذكرى")]


def test_a_date_past_the_phrase_and_a_comma_is_no_commemorations() -> None:
    text = "وأرجئ المهرجان في الذكرى العاشرة للاستقلال، إلى العام المقبل."
    assert [r[0] for r in _rows(text)] == ["العام المقبل"]
