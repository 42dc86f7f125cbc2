"""A bare "today" inside a direct quotation, in an article whose first day told is the day
before publication, is the speaker's day: a paper reporting yesterday quotes what was said
yesterday (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2024, 5, 8, 9, 0)  # a Wednesday


def _values(text: str) -> list[tuple[str, str]]:
    return [(e.timex.text, e.timex.value) for e in article_events("t", text, PUBLISHED)]


@pytest.mark.parametrize("quote", [
    "وقال الرئيس خلال الحفل: وما افتتاح الجسر اليوم إلا بداية لمشاريع جديدة.",
    "وقال الرئيس في كلمته «إن افتتاح الجسر اليوم بداية لمشاريع جديدة».",
    "وقال الرئيس في كلمته \"إن افتتاح الجسر اليوم بداية لمشاريع جديدة\".",
    "وقال الرئيس في كلمته “إن افتتاح الجسر اليوم بداية لمشاريع جديدة”.",
])
def test_the_speakers_today_is_yesterday(quote: str) -> None:
    text = "افتتح الرئيس أمس الجسر الجديد على النهر في حفل كبير.\n" + quote
    assert ("اليوم", "2024-05-07") in _values(text)


def test_outside_a_quotation_today_stays() -> None:
    text = "افتتح الرئيس أمس الجسر الجديد على النهر. ويبدأ العمل في الجسر الثاني اليوم بحضور الوزير."
    assert ("اليوم", "2024-05-08") in _values(text)


def test_a_paper_reporting_today_quotes_today() -> None:
    text = "افتتح الرئيس اليوم الجسر الجديد على النهر.\nوقال الرئيس خلال الحفل: وما افتتاح الجسر اليوم إلا بداية."
    assert [v for _, v in _values(text)] == ["2024-05-08", "2024-05-08"]


def test_a_quote_closed_before_it() -> None:
    text = ("افتتح الرئيس أمس الجسر الجديد على النهر.\nوقال الرئيس «إنه بداية لمشاريع جديدة»، "
            "ويبدأ العمل في الجسر الثاني اليوم.")
    assert ("اليوم", "2024-05-08") in _values(text)
