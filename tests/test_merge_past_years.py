"""A happening of a past year told as background by several outlets, each at its own grain
(a year, a month, a day), is one entry dated to the finest; two happenings of one class in one
past year that share only common words stay apart (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

_BRIDGE = [
    {"id": "a", "source": "نشرة الوادي", "published": "2024-05-12T09:00",
     "text": "افتتح وزير النقل اليوم الأحد الجسر الجديد فوق نهر العاصي بعد عامين من العمل. "
             "ويذكر أن جسر العاصي القديم افتتح عام 1998 وعبرته منذ ذلك الحين ملايين السيارات."},
    {"id": "b", "source": "صدى الساحل", "published": "2024-05-12T11:00",
     "text": "دشنت الحكومة الأحد جسراً جديداً يربط ضفتي المدينة. "
             "وقال مهندس في البلدية إن جسر العاصي القديم افتتح في آذار 1998 وكان يخدم آلاف السيارات يومياً."},
    {"id": "c", "source": "أخبار السهل", "published": "2024-05-13T07:00",
     "text": "وكان جسر العاصي القديم قد افتتح في 14 آذار 1998 بحضور رئيس الوزراء آنذاك وسط احتفال شعبي."},
]


def _past(articles: list[dict[str, str]], year: str) -> pl.DataFrame:
    events = build_timeline(pl.DataFrame(articles)).events
    return events.filter(pl.col("value").str.starts_with(year))


def test_a_past_opening_told_at_three_grains_is_one_entry_at_its_day() -> None:
    past = _past(_BRIDGE, "1998")
    assert sorted(past["article_id"]) == ["a", "b", "c"]
    assert past["cluster"].n_unique() == 1
    assert not past["date_conflict"].any()
    assert past["n_sources"].to_list() == [3, 3, 3]


def test_two_openings_of_one_past_year_stay_apart() -> None:
    past = _past([
        {"id": "hospital", "source": "نشرة الوادي", "published": "2024-05-12T09:00",
         "text": "وكان مستشفى الأمل للأطفال الذي افتتح عام 2010 قد استقبل آلاف المرضى من القرى المجاورة."},
        {"id": "stadium", "source": "صدى الساحل", "published": "2024-05-12T11:00",
         "text": "ويستضيف الملعب البلدي الذي افتتح عام 2010 مباريات الدوري منذ ذلك الحين أمام جماهير غفيرة."},
    ], "2010")
    assert sorted(past["article_id"]) == ["hospital", "stadium"]
    assert past["cluster"].n_unique() == 2


def test_this_year_is_no_past_year() -> None:
    # the year of the reports themselves dates their news: no join from the year alone
    past = _past([
        {"id": "x", "source": "نشرة الوادي", "published": "2024-05-12T09:00",
         "text": "وكان المعرض الذي افتتح في يناير 2024 قد استقبل آلاف الزوار من المدن المجاورة."},
        {"id": "y", "source": "صدى الساحل", "published": "2024-05-12T11:00",
         "text": "وقالت الشركة إن فرعها الذي افتتح في يناير 2024 حقق أرباحاً تفوق التوقعات."},
    ], "2024-01")
    assert past["cluster"].n_unique() == 2


def test_a_happening_at_the_years_end_reported_on_both_sides_of_new_year_is_one_entry() -> None:
    # the 31 December bombing told that evening and the next morning: the second report's
    # happening is of a year before its own, the first's is not; both are one happening
    evening = "قتل ستة أشخاص وأصيب آخرون في انفجار عبوة ناسفة استهدفت سوق الخضار في مدينة الميناء اليوم الأربعاء."
    morning = "قتل ستة أشخاص وأصيب آخرون في انفجار عبوة ناسفة استهدفت سوق الخضار في مدينة الميناء أمس الأربعاء."
    events = build_timeline(pl.DataFrame([
        {"id": "evening", "source": "نشرة الوادي", "published": "2014-12-31T18:00", "text": evening},
        {"id": "morning", "source": "صدى الساحل", "published": "2015-01-01T09:00", "text": morning},
    ])).events
    assert sorted(events["article_id"]) == ["evening", "morning"]
    assert events["cluster"].n_unique() == 1
