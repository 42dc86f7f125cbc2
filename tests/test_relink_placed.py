"""Where a phrase dated from its happening's entry is placed (:func:`timeline.relink._placed`): merged
again with the entries of its story near its day and the nearby events sharing its words, not with
its whole story nor with the events that share another new row's words (Arabic written for these
tests)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.pipeline import build_timeline
from timeline.relink import _near_entries, _near_sharing

# a fuel depot explodes on Saturday 4 May; on Monday 6 May the workers' funeral and, apart, the
# minister's visit; a fourth outlet tells the funeral only as two days after the explosion
DEPOT = [
    {"id": "m-1", "source": "نشرة الجبل", "published": "2024-05-06T08:00",
     "text": "وقع انفجار ضخم في مستودع للوقود قرب سوق مدينة الرمان يوم السبت الماضي، "
             "وأسفر الانفجار عن مقتل خمسة عمال."},
    {"id": "m-2", "source": "صدى الوادي", "published": "2024-05-07T09:00",
     "text": "شيع أهالي مدينة الرمان أمس خمسة عمال قضوا في مستودع الوقود قرب السوق."},
    {"id": "m-3", "source": "أخبار الشرق", "published": "2024-05-07T10:00",
     "text": "زار وزير الطاقة أمس مدينة الرمان وتفقد موقع المستودع المحترق قرب السوق."},
    {"id": "m-4", "source": "الرأي الحر", "published": "2024-05-08T08:00",
     "text": "أعاد تجار مدينة الرمان أمس فتح محالهم في السوق القريب من مستودع الوقود. "
             "وشيع الأهالي العمال الخمسة في مقبرة المدينة بعد يومين على الانفجار."},
]


def test_the_dated_phrase_joins_its_happenings_entry_not_another_of_that_day() -> None:
    events = build_timeline(pl.DataFrame(DEPOT)).events
    phrase = events.filter(pl.col("anchor") == "event:انفجار")
    assert phrase["value"].to_list() == ["2024-05-06"]
    entry = {a: c for a, c, e in events.select("article_id", "cluster", "expr").rows() if e == "أمس" or a == "m-1"}
    assert phrase["cluster"].item() == entry["m-2"]  # the funeral
    assert phrase["cluster"].item() != entry["m-3"]  # the minister's visit, the same day
    assert phrase["cluster"].item() != entry["m-1"]  # never the explosion it was dated from
    assert phrase["n_sources"].item() == 2


def _day(d: int) -> dt.datetime:
    return dt.datetime(2024, 5, d)


def test_only_the_entries_of_its_story_near_its_day_are_merged_again() -> None:
    merged = pl.DataFrame({
        "event_id": ["a", "b", "c", "d", "e", "f"],
        "cluster": [0, 1, 1, 2, 3, 4],
        "story": [0, 0, 0, 0, 1, 0],
        # entry 1 holds a row near the 20th and one three weeks before: kept whole
        "start": [_day(1), _day(1), _day(19), _day(22), _day(20), _day(24)],
    }).with_columns((pl.col("start") + dt.timedelta(days=1)).alias("end"))
    dated = pl.DataFrame({"from_cluster": [0], "start": [_day(20)]})
    near = _near_entries(merged, dated, "story")
    # X's entry (0) lies far from the new day; entry 3 is another story's; entry 4 starts four days on
    assert near["event_id"].to_list() == ["b", "c", "d"]
    # without stories the unit is the entry X was dated from: only when it lies near
    assert _near_entries(merged, dated, "cluster").height == 0
    assert _near_entries(merged, dated.with_columns(pl.lit(1, pl.Int64).alias("from_cluster")),
                         "cluster")["event_id"].to_list() == ["b", "c"]


def test_a_nearby_event_comes_for_the_words_of_a_new_row_whose_day_it_is_near() -> None:
    clauses = ["وشيع الأهالي العمال الخمسة في مقبرة المدينة بعد يومين على الانفجار",
               "وافتتح المحافظ معرض الكتاب في قاعة الجامعة بعد أسبوع على الانفجار"]
    dated = pl.DataFrame({"clause": clauses, "clause_start": [0, 0],
                          "expr_start": [c.index("بعد") for c in clauses],
                          "expr_end": [len(c) for c in clauses],
                          "start": [_day(6), _day(20)]})
    others = pl.DataFrame({
        "event_id": ["funeral", "book fair early", "book fair", "funeral late"],
        "clause": ["شيع أهالي المدينة العمال في المقبرة", "افتتح معرض الكتاب في الجامعة",
                   "افتتح معرض الكتاب في الجامعة", "شيع أهالي المدينة العمال في المقبرة"],
        "start": [_day(6), _day(6), _day(20), _day(20)],
    }).with_columns((pl.col("start") + dt.timedelta(days=1)).alias("end"))
    # the book fair's words on the funeral's day, the funeral's words on the fair's day: neither comes
    assert _near_sharing(others, dated)["event_id"].to_list() == ["funeral", "book fair"]
    assert _near_sharing(others, dated.clear()).height == 0


def test_what_comes_for_a_new_row_does_not_depend_on_another_new_rows_story() -> None:
    # review71: story 0 is the depot's (X on the 1st, a phrase dated the 3rd from it; on the 20th an entry of
    # the minister opening a new depot); story 1 the minister's tour (X on the 15th, a phrase dated the 20th
    # telling the opening): the opening's entry comes for the tour's phrase whether or not the depot's
    # phrase makes story 0 a story concerned
    from timeline.relink import _concerned

    merged = pl.DataFrame({
        "event_id": ["blast", "opening", "tour"],
        "cluster": [0, 1, 2],
        "story": [0, 0, 1],
        "clause": ["انفجر مستودع الوقود في مدينة الرمان", "افتتح وزير الطاقة مستودعا جديدا للوقود في مدينة الرمان",
                   "بدأ وزير الطاقة جولة في مدن الجنوب"],
        "start": [_day(1), _day(20), _day(15)],
    }).with_columns((pl.col("start") + dt.timedelta(days=1)).alias("end"))
    clauses = ["وشيع الأهالي العمال في مقبرة المدينة بعد يومين على الانفجار",
               "وافتتح وزير الطاقة مستودعا جديدا للوقود بعد خمسة أيام على بدء الجولة"]
    dated = pl.DataFrame({"from_cluster": [0, 2], "clause": clauses, "clause_start": [0, 0],
                          "expr_start": [c.index("بعد") for c in clauses], "expr_end": [len(c) for c in clauses],
                          "start": [_day(3), _day(20)]})
    alone = _concerned(merged, dated[1:], "story")["event_id"].to_list()
    assert alone == ["opening"]
    assert sorted(_concerned(merged, dated, "story")["event_id"].to_list()) == ["blast", "opening"]
