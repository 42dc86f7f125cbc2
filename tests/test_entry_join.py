"""Entries joined after the pairwise merge when their evidence tells one happening
(:mod:`timeline.entry_join`); different happenings of one day and town stay apart (Arabic
written for these tests)."""

from __future__ import annotations

import polars as pl
import pytest

from merge_helpers import entry_of
from timeline import merge
from timeline.pipeline import build_timeline

# other news of the same days: the batch a story's articles come in
_OTHER_NEWS = [
    {"id": f"other-{k}", "source": src, "published": f"2015-08-{10 + k}T08:00", "text": text}
    for k, (src, text) in enumerate([
        ("نشرة الوادي", "افتتح وزير الصحة أمس مستشفى الولادة الجديد في مدينة القطيف بسعة مئتي سرير."),
        ("صدى الساحل", "تعادل فريق النجوم مع ضيفه فريق الأمل بهدف لكل منهما أمس في افتتاح الدوري."),
        ("أخبار الجنوب", "ارتفع مؤشر سوق الأسهم أمس بنسبة نصف في المائة بدعم من قطاع المصارف."),
        ("الرافد", "توقعت هيئة الأرصاد أمس هطول أمطار رعدية على المرتفعات الجنوبية حتى نهاية الأسبوع."),
        ("نشرة الوادي", "وقعت الجامعة أمس اتفاقية تعاون مع هيئة المدن الصناعية لتدريب الخريجين."),
        ("صدى الساحل", "أعلنت وزارة التعليم أمس مواعيد التسجيل في المدارس الليلية للعام الدراسي الجديد."),
    ])
]

# one factory fire of a spring long past, recalled by three outlets in August, each in a
# clause about something else (a court, an inquiry, an insurer): two give its day, one its month
_RECALLED_FIRE = [
    {"id": "day-one", "source": "نشرة الوادي", "published": "2015-08-10T09:00",
     "text": "وتنظر المحكمة في ملف التعويضات المتأخرة لأسر العمال الذين قضوا في مصنع النسيج بالدمام الذي "
             "احترق في 3 مارس 2014 بعد أن رفضت شركة التأمين دفع المبالغ المستحقة للورثة."},
    {"id": "day-two", "source": "صدى الساحل", "published": "2015-08-11T10:00",
     "text": "وقال محامي الأسر إن لجنة التحقيق لم تنشر تقريرها عن حريق مصنع النسيج الذي شب في 3 مارس 2014 "
             "وأودى بحياة أحد عشر عاملا من الجنسية الهندية."},
    {"id": "month", "source": "أخبار الجنوب", "published": "2015-08-11T12:00",
     "text": "ولم تصرف شركة التأمين أي تعويض لأسر عمال مصنع النسيج بالدمام الذي دمرته النيران في مارس 2014."},
]

# a cabinet's vote told by two outlets, and a third outlet's fragment naming it in passing
_VOTE_AND_FRAGMENT = [
    {"id": "cabinet-a", "source": "نشرة الوادي", "published": "2024-04-15T18:00",
     "text": "وافق مجلس الوزراء اليوم الاثنين على مشروع الموازنة العامة الجديدة بعجز أقل من سابقتها بعد جلسة "
             "مطولة ناقشت فيها الحكومة خفض النفقات."},
    {"id": "cabinet-b", "source": "صدى الساحل", "published": "2024-04-15T20:00",
     "text": "أقر مجلس الوزراء في جلسته اليوم الاثنين الموازنة العامة الجديدة وأحالها إلى البرلمان لمناقشتها "
             "خلال أسبوعين."},
    {"id": "fragment", "source": "أخبار الجنوب", "published": "2024-04-16T09:00",
     "text": "وطالب رئيس البرلمان اليوم الثلاثاء بخفض رواتب الوزراء، وذلك في إطار الخطة التي أقرتها "
             "الحكومة أمس الاثنين."},
]

# two blasts in one town on one day, each told by two outlets
_TWO_BLASTS = [
    {"id": "market-a", "source": "نشرة الوادي", "published": "2024-03-10T20:00",
     "text": "انفجرت سيارة مفخخة صباح اليوم الأحد قرب سوق الخضار المركزي في مدينة الحلة ما أدى إلى مقتل "
             "سبعة أشخاص وإصابة عشرين."},
    {"id": "market-b", "source": "صدى الساحل", "published": "2024-03-10T21:00",
     "text": "قتل سبعة أشخاص وأصيب عشرون آخرون صباح اليوم الأحد بانفجار سيارة مفخخة قرب سوق الخضار "
             "في الحلة."},
    {"id": "stadium-a", "source": "أخبار الجنوب", "published": "2024-03-10T22:00",
     "text": "انفجرت عبوة ناسفة مساء اليوم الأحد داخل ملعب نادي الشباب في مدينة الحلة أثناء مباراة ودية "
             "فأصابت ثلاثة لاعبين."},
    {"id": "stadium-b", "source": "الرافد", "published": "2024-03-10T23:00",
     "text": "أصيب ثلاثة لاعبين مساء اليوم الأحد في انفجار عبوة ناسفة داخل ملعب نادي الشباب بالحلة خلال "
             "مباراة ودية."},
]


@pytest.fixture
def no_entry_join(monkeypatch: pytest.MonkeyPatch) -> None:
    """The merge without the entry pass."""
    monkeypatch.setattr(merge, "join_entries", lambda *args: None)


def _entries(articles: list[dict[str, str]]) -> dict[str, int]:
    return entry_of(articles + _OTHER_NEWS)


def test_a_recalled_day_told_two_ways_and_its_month_are_one_entry() -> None:
    entry = _entries(_RECALLED_FIRE)
    assert entry["day-one"] == entry["day-two"] == entry["month"]


def test_without_the_pass_the_recalled_fire_is_split(no_entry_join: None) -> None:
    entry = _entries(_RECALLED_FIRE)
    assert entry["day-two"] != entry["day-one"]


def test_a_fragment_joins_the_one_entry_of_its_day_naming_its_happening() -> None:
    entry = _entries(_VOTE_AND_FRAGMENT)
    assert entry["cabinet-a"] == entry["cabinet-b"]
    fragment = [cluster for article, cluster in _clauses(_VOTE_AND_FRAGMENT) if article == "fragment"]
    assert entry["cabinet-a"] in fragment


def test_without_the_pass_the_fragment_stays_alone(no_entry_join: None) -> None:
    entry = _entries(_VOTE_AND_FRAGMENT)
    fragment = [cluster for article, cluster in _clauses(_VOTE_AND_FRAGMENT) if article == "fragment"]
    assert entry["cabinet-a"] not in fragment


def test_two_blasts_of_one_day_and_town_stay_two() -> None:
    entry = _entries(_TWO_BLASTS)
    assert entry["market-a"] == entry["market-b"]
    assert entry["stadium-a"] == entry["stadium-b"]
    assert entry["market-a"] != entry["stadium-a"]


def _clauses(articles: list[dict[str, str]]) -> list[tuple[str, int]]:
    """Each dated clause's article and entry."""
    events = build_timeline(pl.DataFrame(articles + _OTHER_NEWS)).events
    return list(zip(events["article_id"].to_list(), events["cluster"].to_list()))


# two fires of one kind of depot in one port in one month, and a month's mention of "the" fire
_TWO_FIRES_ONE_MONTH = [
    {"id": "first", "source": "نشرة الوادي", "published": "2015-08-10T09:00",
     "text": "وتنظر المحكمة في دعوى أسر العمال الذين قضوا حين احترق مستودع الأخشاب في ميناء الدمام في "
             "3 مارس 2014 بعد تماس كهربائي."},
    {"id": "second", "source": "صدى الساحل", "published": "2015-08-11T10:00",
     "text": "وكان مستودع الأخشاب الثاني في ميناء الدمام قد احترق في 20 مارس 2014 وقضى فيه حارسان من العمال."},
    {"id": "month", "source": "أخبار الجنوب", "published": "2015-08-11T12:00",
     "text": "ولا تزال شركة الميناء تدرس أسباب احتراق مستودع الأخشاب في الدمام في مارس 2014 ومصير العمال."},
]


def test_a_month_holding_two_alike_days_joins_neither() -> None:
    entry = _entries(_TWO_FIRES_ONE_MONTH)
    assert entry["first"] != entry["second"]
    assert entry["month"] not in (entry["first"], entry["second"])


def test_with_no_margin_the_month_would_pick_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline import entry_join

    monkeypatch.setattr(entry_join, "HOLDER_MARGIN", 1.0)
    entry = _entries(_TWO_FIRES_ONE_MONTH)
    assert entry["month"] in (entry["first"], entry["second"])


def test_a_mention_of_this_year_joins_no_day_of_it() -> None:
    """A year (or a month) holds only recalled days: ``هذا العام`` names no day of it."""
    entry = _entries([
        {"id": "today", "source": "نشرة الوادي", "published": "2015-08-10T09:00",
         "text": "افتتح وزير الصناعة اليوم مصنع النسيج الجديد في المنطقة الصناعية بالدمام بطاقة ألف عامل."},
        {"id": "year", "source": "صدى الساحل", "published": "2015-08-11T10:00",
         "text": "وتشهد المنطقة الصناعية بالدمام هذا العام افتتاح مصانع نسيج جديدة يعمل فيها آلاف العمال."},
    ])
    assert entry["today"] != entry["year"]
