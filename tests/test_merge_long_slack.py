"""A year counted back from each report's own day («منذ عامين» told on the 2nd and on the 11th) is two
one-year windows nine days apart: one happening, one entry; a count of other years stays apart (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

_FIRST = "وكانت جمعية الوفاء الخيرية قد أسست برنامج المنح الجامعية منذ عامين بالشراكة مع جامعة تورنتو الكندية."
_LATER = "ويذكر أن جمعية الوفاء الخيرية كانت قد أسست برنامج المنح الجامعية منذ عامين بالتعاون مع جامعة تورنتو."


def _past(later: str) -> pl.DataFrame:
    reports = [
        {"id": "first", "source": "نشرة الوادي", "published": "2024-05-02T09:00", "text": _FIRST},
        {"id": "later", "source": "صدى الساحل", "published": "2024-05-11T20:00", "text": later},
    ]
    events = build_timeline(pl.DataFrame(reports)).events
    return events.filter(pl.col("start").dt.year() < 2024)


def test_two_years_ago_told_nine_days_apart_is_one_entry() -> None:
    past = _past(_LATER)
    assert sorted(past["article_id"]) == ["first", "later"]
    assert past["cluster"].n_unique() == 1


def test_another_count_of_years_stays_apart() -> None:
    past = _past(_LATER.replace("منذ عامين", "منذ خمسة أعوام"))
    assert sorted(past["article_id"]) == ["first", "later"]
    assert past["cluster"].n_unique() == 2
