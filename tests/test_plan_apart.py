"""A plan told with a date of its own inside a clause whose predicate is past («… في ختام جولة
يستكملها الاثنين»، «اتفقا على أن يعقدا اجتماعاً الأحد») is cut off as its own clause: its date no
longer dates the statement made today (issue 6 item 4, plan31). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline._clauses import _plan_apart
from timeline._spans import SpanIndex
from timeline.events import article_events, split_clauses
from timeline.tagger import tag

SUNDAY = dt.datetime(2024, 3, 10, 20, 0)  # a Sunday evening's paper


def _events(text: str, published: dt.datetime = SUNDAY) -> list[tuple[str, str]]:
    return [(e.timex.value, e.clause.text) for e in article_events("a", text, published)]


def test_a_tour_continued_on_monday_does_not_date_the_statement() -> None:
    text = ("أكد وزير الخارجية في العاصمة أن الاتفاق سيجعل المنطقة أكثر أمناً، وذلك في ختام حوار مع "
            "نظيره، المحطة الأولى من جولة إقليمية يستكملها الاثنين في الميناء.")
    events = _events(text)
    assert events == [("2024-03-11", "جولة إقليمية يستكملها الاثنين في الميناء.")]
    # offsets are kept: the clause is the text's own slice
    clause = next(c for c in split_clauses(text, tag(text, SUNDAY), SUNDAY) if c.text.startswith("جولة"))
    assert text[clause.start:clause.end] == clause.text


def test_a_meeting_agreed_for_sunday_is_cut_after_on_that() -> None:
    text = "واتفق الوفدان في ختام المحادثات على أن يعقدا جولة ثانية الأحد المقبل في العاصمة."
    assert _events(text) == [("2024-03-17", "على أن يعقدا جولة ثانية الأحد المقبل في العاصمة.")]


def test_a_plan_ending_next_month_is_its_relative_clause() -> None:
    # the opening told (no date of its own) is not next month's
    text = "وافتتح الوزير المستشفى الجديد في المدينة، أول مشاريع الخطة الصحية التي تنتهي الشهر المقبل."
    assert _events(text) == [("2024-04", "الخطة الصحية التي تنتهي الشهر المقبل.")]


def test_a_saying_of_the_plan_alone_stays_whole() -> None:
    # what the announcement tells is the programme: the clause is its report, every word of it
    text = "أعلنت إدارة المدرسة عن بدء التسجيل في البرنامج الصيفي الذي ينطلق الشهر المقبل."
    assert _events(text) == [("2024-04", text)]
    # ...and a plan that is what is said (after a complementizer) too
    said = "وأوضح المدير أن الاجتماع الذي يرأسه المحافظ الأسبوع المقبل سيستعرض خطط الري."
    assert [clause for _, clause in _events(said)] == [said]


def test_each_part_keeps_its_own_date() -> None:
    text = "وصل الوزير أمس إلى العاصمة في زيارة رسمية يختتمها الخميس."
    events = _events(text)
    assert ("2024-03-09", "وصل الوزير أمس إلى العاصمة في") in events
    assert ("2024-03-14", "زيارة رسمية يختتمها الخميس.") in events


def test_a_plan_told_as_a_plan_stays_whole() -> None:
    # the main predicate is itself in the future, or in the present: nothing told today to keep apart
    for text in ("سيتوجه الوزير إلى العاصمة في زيارة يبدأها غداً.",
                 "ويأتي ذلك ضمن جولة إقليمية يستكملها الاثنين في الميناء."):
        assert [clause for _, clause in _events(text)] == [text]


def test_a_date_before_the_publication_day_is_no_plan() -> None:
    # a relative clause in the present with a past date (a habit, a description): not cut here
    text = "وأكد المدير أن الطلاب أنهوا المقررات التي يدرسونها منذ الأسبوع الماضي."
    timexes = tag(text, SUNDAY)
    dating = SpanIndex([t for t in timexes if t.interval is not None])
    assert _plan_apart(text, 0, len(text), SpanIndex(timexes), dating, SUNDAY) is None


def test_without_a_publication_date_nothing_is_cut() -> None:
    text = "واتفق الوفدان في ختام المحادثات على أن يعقدا جولة ثانية الأحد المقبل في العاصمة."
    assert [c.text for c in split_clauses(text, tag(text, SUNDAY))] == [text]


def test_a_present_visit_to_a_city_ending_in_ta_is_not_cut() -> None:
    # review31: «بيروت» ends like a feminine perfect (أعلنت); the predicate «يزور» is present, the
    # visit is tomorrow's as the exhibition is: the clause stays whole with its date
    text = "يزور الرئيس اللبناني بيروت لافتتاح المعرض الذي يقام غدا في وسط المدينة."
    assert _events(text) == [("2024-03-11", text)]


def test_a_definite_noun_ending_in_ta_opens_no_past_predicate() -> None:
    # review31: «الوقت» (an ال noun) is no perfect verb; the present «يشارك» is the predicate
    text = "يشارك الوزير في الوقت نفسه بافتتاح المعرض الدولي للكتاب الذي ينطلق غدا في العاصمة."
    tx = tag(text, SUNDAY)
    spans = SpanIndex(tx)
    assert _plan_apart(text, 0, len(text), spans, SpanIndex([t for t in tx if t.interval]), SUNDAY) is None


def test_a_past_predicate_after_a_city_still_cuts_the_plan() -> None:
    # the perfect «افتتح» opens the clause: the tour's date is its own
    text = "افتتح الرئيس في بيروت المعرض الدولي للكتاب، المحطة الأولى من جولة إقليمية يستكملها غدا في الشمال."
    assert _events(text) == [("2024-03-11", "جولة إقليمية يستكملها غدا في الشمال.")]
