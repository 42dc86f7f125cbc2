"""A headline or another paragraph is no sentence dating the happening a phrase counts from:
``غداة لقاء`` is not the morrow of a vote because the title above it says the ministers meet
(Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _dated(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, value, anchor) of each event of ``text``."""
    return [(r["expr"], r["value"], r["anchor"]) for r in
            (e.as_row() for e in article_events("a", text, dt.datetime.fromisoformat(published)))]


def test_a_headline_meeting_does_not_date_the_lead_vote_as_the_meeting() -> None:
    text = ("وزيرة الخارجية تلتقي نظيرها الكندي\n"
            "تصوت اللجنة البرلمانية صباح اليوم الثلاثاء على مشروع قانون الموانئ الجديد. "
            "وقالت الوزيرة غداة لقاء مع نظيرها في أوتاوا إن المحادثات كانت مثمرة.")
    dated = _dated(text, "2024-03-05T09:00")
    assert ("صباح اليوم الثلاثاء", "2024-03-05TMO", "published") in dated
    assert all(not expr.startswith("غداة") or value is None for expr, value, _ in dated)


def test_the_meeting_told_in_the_same_paragraph_still_dates_its_morrow() -> None:
    text = ("التقت وزيرة الخارجية نظيرها الكندي في أوتاوا يوم الأحد. "
            "وقالت الوزيرة غداة اللقاء إن المحادثات كانت مثمرة.")
    assert ("غداة اللقاء", "2024-03-04", "event:لقاء") in _dated(text, "2024-03-05T09:00")


def test_a_sentence_after_a_headline_break_keeps_its_own_meeting() -> None:
    # the meeting's sentence is the lead right under the title: its day dates the morrow
    text = ("محادثات في أوتاوا\n"
            "التقت وزيرة الخارجية نظيرها الكندي يوم الأحد في أوتاوا. "
            "وقالت الوزيرة غداة اللقاء إن المحادثات كانت مثمرة.")
    assert ("غداة اللقاء", "2024-03-04", "event:لقاء") in _dated(text, "2024-03-05T09:00")
