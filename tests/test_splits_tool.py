"""benchmarks/stories/splits.py: why two mentions were never a candidate pair (``Story.no_candidate``;
Arabic written for these tests)."""

from __future__ import annotations

from types import ModuleType

import polars as pl

from timeline.pipeline import build_timeline

from script_helpers import load_script


def _module() -> ModuleType:
    return load_script("benchmarks/stories/splits.py", "story_splits", beside=True)


def _story(reports: list[dict[str, str]]) -> tuple[object, list[str]]:
    events = build_timeline(pl.DataFrame(reports)).events
    story = _module().Story(events)
    return story, story.frame["article_id"].to_list()


def _row(articles: list[str], article: str) -> int:
    return articles.index(article)


def test_a_pair_found_has_no_reason() -> None:
    story, articles = _story([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00",
         "text": "افتتح وزير الزراعة أمس معرض التمور الدولي الخامس في مدينة الواحة بمشاركة مئة عارض."},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00",
         "text": "افتتح وزير الزراعة أمس معرض التمور الدولي الخامس في مدينة الواحة بمشاركة عارضين كثر."},
    ])
    assert story.no_candidate(_row(articles, "a"), _row(articles, "b")) == ""


def test_one_word_shared_is_words() -> None:
    story, articles = _story([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00",
         "text": "استأنف المفاوضون أمس جولة المحادثات حول تقاسم مياه النهر."},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00",
         "text": "جلست الوفود أمس إلى طاولة المفاوضات في قصر الضيافة بعد انقطاع طويل."},
        # (each clause's other words told elsewhere too: informative, so neither is its event's only word)
        {"id": "c", "source": "أنباء السهل", "published": "2024-03-05T12:00",
         "text": "قال خبراء أمس إن تقاسم مياه النهر يحتاج جولة ثانية."},
        {"id": "d", "source": "أنباء السهل", "published": "2024-03-05T13:00",
         "text": "استضاف قصر الضيافة أمس حفلا بعد انقطاع طويل."},
    ])
    assert story.no_candidate(_row(articles, "a"), _row(articles, "b")) == "words"


def test_dates_further_apart_than_the_window_is_window() -> None:
    story, articles = _story([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00",
         "text": "افتتح وزير الزراعة معرض التمور الدولي الخامس في مدينة الواحة يوم 2 مارس 2024."},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00",
         "text": "افتتح وزير الزراعة معرض التمور الدولي الخامس في مدينة الواحة يوم 20 يناير 2024."},
    ])
    assert story.no_candidate(_row(articles, "a"), _row(articles, "b")) == "window"


def test_a_long_date_and_a_day_share_no_block() -> None:
    # a date longer than MAX_BUCKETS weeks is blocked by its year, a day by its week
    story, articles = _story([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00",
         "text": "يتوقع فلكيون أن يكون عام 2024 موسما جيدا لرصد زخات شهب الجوزاء فوق الصحراء."},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00",
         "text": "يرصد هواة الفلك زخات شهب الجوزاء فوق الصحراء مساء الخميس المقبل."},
    ])
    assert story.no_candidate(_row(articles, "a"), _row(articles, "b")) == "blocks"


def test_parts_add_up_to_the_score() -> None:
    # one class (an opening) on one day: the score is the words' overlap and the class's bonus
    story, articles = _story([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00",
         "text": "افتتح وزير الزراعة أمس معرض التمور الدولي الخامس في مدينة الواحة بمشاركة مئة عارض."},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00",
         "text": "افتتح وزير الزراعة أمس معرض التمور الدولي الخامس في مدينة الواحة بحضور جمهور غفير."},
    ])
    parts = story.parts(_row(articles, "a"), _row(articles, "b"))
    assert parts is not None
    assert parts["need"] == 45.0
    assert parts["class"] == 15.0
    told = sum(value for part, value in parts.items() if part not in ("score", "need"))
    assert abs(told - parts["score"]) < 0.2
