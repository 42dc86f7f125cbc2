"""A happening told since (``منذ بدء عمليات التحالف قبل أربعة أشهر``: the start of what is still
going on, dated to a month) is the one start that other outlets date to the day (``في 15 فبراير
أطلق التحالف … حملة``), though the two tell it in other words and share no rare word; a since
whose month does not hold that day, or that names another class of happening, stays apart
(Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import clause_features

_SINCE = "منذ بدء عمليات التحالف قبل أربعة أشهر"


def _articles(since: str) -> list[dict[str, str]]:
    return [
        {"id": "s1", "source": "صحيفة الشرق", "published": "2024-06-12T08:00",
         "text": f"قالت المنظمة الدولية إن أكثر من ثلاثة آلاف مدني قتلوا في البلاد {since}."},
        {"id": "s2", "source": "صحيفة الغرب", "published": "2024-06-12T09:00",
         "text": f"وذكر التقرير الأممي أن عدد النازحين تضاعف {since.replace('التحالف', 'التحالف الإقليمي')}."},
        {"id": "d1", "source": "وكالة النهر", "published": "2024-06-11T20:00",
         "text": "وكان المتمردون قد سيطروا على العاصمة في الخريف الماضي، وفي 15 فبراير أطلق التحالف الإقليمي "
                 "الذي تقوده دول الجوار حملة عسكرية جوية ضد المتمردين."},
        {"id": "d2", "source": "صحيفة الوادي", "published": "2024-06-12T07:00",
         "text": "ثم انتقلوا إلى المدينة الساحلية، ثاني أكبر مدن البلاد، وفي 15 فبراير أطلق التحالف الإقليمي "
                 "الذي تقوده دول الجوار حملة عسكرية جوية ضد المتمردين."},
    ]


def _entries(since: str) -> dict[str, int]:
    """Each article's entry for its clause dated in or about February."""
    events = build_timeline(pl.DataFrame(_articles(since))).events.filter(pl.col("value") != "2023-FA")
    return dict(zip(events["article_id"], events["cluster"]))


def test_a_happening_told_since_is_marked() -> None:
    events = build_timeline(pl.DataFrame(_articles(_SINCE)), merge=False).events
    since = dict(zip(events["clause"], clause_features(events).events["since"]))
    assert since[_SINCE + "."]
    assert not any(since[clause] for clause in since if "15 فبراير" in clause)


def test_a_start_told_since_joins_the_reports_of_its_day() -> None:
    entry = _entries(_SINCE)
    assert entry["s1"] == entry["s2"] == entry["d1"] == entry["d2"]


def test_a_since_whose_month_does_not_hold_the_day_stays_apart() -> None:
    entry = _entries(_SINCE.replace("أربعة", "ستة"))
    assert entry["s1"] == entry["s2"]
    assert entry["d1"] == entry["d2"] != entry["s1"]


def test_a_since_of_another_class_stays_apart() -> None:
    entry = _entries("منذ سيطرة المتمردين على العاصمة قبل أربعة أشهر")
    assert entry["d1"] == entry["d2"] != entry["s1"]
