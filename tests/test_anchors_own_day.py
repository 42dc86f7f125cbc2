"""The eve or morrow of a happening whose own day is told right after it: ``عشية جلسة
للبرلمان اليوم الثلاثاء`` is the Monday, not a day counted from another session the article
dates (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _dated(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, value, anchor) of each event of ``text``."""
    return [(r["expr"], r["value"], r["anchor"]) for r in
            (e.as_row() for e in article_events("a", text, dt.datetime.fromisoformat(published)))]


def test_the_eve_of_a_session_dated_right_after_it() -> None:
    # the council's own session on Sunday is another session: the eve is of Tuesday's
    text = ("وكان المجلس البلدي قد أقر خطة الصيانة خلال الجلسة الطارئة يوم الأحد. "
            "وقال رئيس البلدية عشية جلسة للمجلس البلدي اليوم الثلاثاء إن الميزانية جاهزة.")
    assert _dated(text, "2024-03-05T10:00") == [
        ("يوم الأحد", "2024-03-03", "published"),
        ("عشية جلسة للمجلس البلدي اليوم الثلاثاء", "2024-03-04", "event:جلسة"),
    ]


def test_the_eve_of_a_match_a_few_words_before_its_day() -> None:
    text = "وقال المدرب في مؤتمر صحافي عشية مباراة الكأس الكبرى السبت إن فريقه جاهز."
    assert _dated(text, "2024-03-09T08:00") == [("عشية مباراة الكأس الكبرى السبت", "2024-03-08", "event:مباراة")]


def test_the_morrow_of_a_happening_dated_right_after_it() -> None:
    text = "وعاد الهدوء إلى البلدة غداة الانفجار الذي هز السوق أمس."
    assert _dated(text, "2024-03-09T08:00")[0][1] == "2024-03-09"


def test_a_comma_or_a_new_clause_parts_the_happening_from_the_day() -> None:
    # "on the eve of the match, on Saturday": the day is the saying's, not the match's
    assert _dated("وقال المدرب عشية المباراة، السبت، إن فريقه جاهز.", "2024-03-11T08:00") == [
        ("السبت", "2024-03-09", "published")]
    assert ("يوم الأحد", "2024-03-10", "published") in _dated(
        "وقال المدرب عشية المباراة وفي يوم الأحد أعلن التشكيلة.", "2024-03-11T08:00")
