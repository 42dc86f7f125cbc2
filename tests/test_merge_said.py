"""A fragment of speech verb, speaker and date (``أكدت الشركة الوطنية للطيران أمس``) borrows what
the verb says for the merge's words; another outlet's report of that saying, told in its own
words, shares a smaller part of them than two reports of one happening usually do, and meets it
at the lower floor two reports of one happening named by their own predicates meet at; two
sayings of one speaker on one day about two things stay apart (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import clause_features

_SAID = {"id": "said", "source": "صحيفة الواحة", "published": "2024-06-04T18:00",
         "text": "أكدت الشركة الوطنية للطيران أمس أن الطائرة التي هبطت اضطراريا في مطار الواحة الأسبوع الماضي "
                 "تعرضت لعطل في محركها الأيسر وفق تقرير أولي للمحققين نشر على موقعها."}
_TOLD = {"id": "told", "source": "أخبار الساحل", "published": "2024-06-03T20:00",
         "text": "قال متحدث باسم الناقل الوطني اليوم الاثنين إن خللا في أحد المحركات أجبر الطائرة على الهبوط "
                 "في مطار الواحة، مضيفا أن الركاب بخير."}
_ROUTE = {"id": "route", "source": "أخبار الساحل", "published": "2024-06-03T21:00",
          "text": "وأعلنت الشركة الوطنية للطيران اليوم الاثنين أنها ستفتح خطا جديدا إلى العاصمة في الخريف "
                  "المقبل بثلاث رحلات أسبوعيا."}


def _entries(articles: list[dict[str, str]]) -> dict[str, int]:
    """Each article's entry for its day-dated clause (the saying's, not its complement's)."""
    events = build_timeline(pl.DataFrame(articles)).events.filter(pl.col("value") == "2024-06-03")
    return dict(zip(events["article_id"], events["cluster"]))


def test_a_said_fragment_is_marked() -> None:
    events = build_timeline(pl.DataFrame([_SAID, _ROUTE]), merge=False).events
    said = dict(zip(events["clause"], clause_features(events).events["said"]))
    assert said["أكدت الشركة الوطنية للطيران أمس"]
    assert said["وأعلنت الشركة الوطنية للطيران اليوم الاثنين"]
    # what the verb says, a clause of its own (dated last week), is no fragment
    assert not any(said[clause] for clause in said if clause.startswith("أن الطائرة"))


def test_a_said_fragment_joins_another_outlets_report_of_the_saying() -> None:
    entry = _entries([_SAID, _TOLD, _ROUTE])
    assert entry["said"] == entry["told"]


def test_two_sayings_of_one_speaker_on_one_day_stay_apart() -> None:
    entry = _entries([_SAID, _TOLD, _ROUTE])
    assert entry["route"] != entry["said"]
    assert entry["route"] != entry["told"]
