"""A past happening told "about N years ago" (an approximate year: قبل حوالي 30 عاما, 1991–1997 from
2024) meets an outlet naming a year inside that span (1994) as one entry, dated to the named year;
a named year outside the span stays apart (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _reports(year: str) -> list[dict[str, str]]:
    return [
        {"id": "named", "source": "نشرة الوادي", "published": "2024-05-12T09:00",
         "text": f"ويذكر أن جسر العاصي القديم افتتح عام {year} وعبرته منذ ذلك الحين ملايين السيارات."},
        {"id": "about", "source": "صدى الساحل", "published": "2024-05-12T11:00",
         "text": "وقال مهندس في البلدية إن جسر العاصي القديم افتتح قبل حوالي 30 عاما وكان يخدم آلاف السيارات يوميا."},
    ]


def _entries(year: str) -> pl.DataFrame:
    events = build_timeline(pl.DataFrame(_reports(year))).events
    return events.filter(pl.col("start").dt.year() < 2020)


def test_about_thirty_years_ago_meets_a_year_it_spans() -> None:
    past = _entries("1994")
    assert sorted(past["article_id"]) == ["about", "named"]
    assert past["cluster"].n_unique() == 1


def test_about_thirty_years_ago_does_not_meet_a_year_outside_it() -> None:
    past = _entries("1980")
    assert sorted(past["article_id"]) == ["about", "named"]
    assert past["cluster"].n_unique() == 2
