"""A prayer named after a weekday (``صلاة الجمعة``) names the prayer, not its week: the day the
article dated outright when that is such a weekday, the last one when the paper tells it that
day or the next, else no date (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _dated(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(r["expr"], r["value"], r["anchor"]) for r in
            (e.as_row() for e in article_events("a", text, dt.datetime.fromisoformat(published)))]


def test_a_friday_prayer_told_weeks_later_dates_nothing() -> None:
    # Monday 3 August: the bombing is told as background, the last Friday is not its day
    assert _dated("وكان مسلح قد فتح النار على المصلين خلال صلاة الجمعة في مسجد القرية.", "2015-08-03T10:00") == []


def test_the_friday_prayer_in_saturdays_paper_is_yesterdays() -> None:
    assert _dated("وأدى آلاف المصلين صلاة الجمعة في الجامع الكبير وسط إجراءات أمنية.", "2015-08-01T10:00") == [
        ("الجمعة", "2015-07-31", "published")]


def test_the_friday_prayer_of_a_friday_the_article_dated() -> None:
    text = ("وتعرض مسجد القرية لهجوم مسلح في 26 يونيو الماضي. "
            "وأظهر التسجيل لحظة دخول المسلح خلال أداء المصلين لصلاة الجمعة.")
    assert ("الجمعة", "2015-06-26", "narrative") in _dated(text, "2015-08-06T10:00")


def test_a_sermon_is_news_of_its_friday() -> None:
    # خطبة is no prayer word: the sermon told on Tuesday is last Friday's
    assert _dated("ودعا الخطيب في خطبة الجمعة إلى محاسبة المسؤولين عن الفساد.", "2015-08-04T10:00") == [
        ("الجمعة", "2015-07-31", "published")]
