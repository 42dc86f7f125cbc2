"""A phrase counted from a happening X (``قبل اللقاء بثلاثة أيام``) is dated from an entry whose
reports tell X as their own happening, not from one whose reports mention X in passing: a press
conference about the match (``المؤتمر الصحفي الخاص باللقاء``), the tickets sold at the match's
ground (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.anchors import sense_doubted, tells_happening_like
from timeline.normalize import fold
from timeline.pipeline import build_timeline

TITLE = "نهائي كأس البطولة بين الوادي والساحل"


def _article(i: int, source: str, published: str, text: str) -> dict:
    return {"id": f"k-{i}", "source": source, "published": published, "title": TITLE, "text": text}


# the final on Sunday 10 March; the coaches' press conference on Saturday 9 March
MATCH = [
    _article(1, "نشرة الوادي", "2024-03-08T08:00",
             "يقام اللقاء النهائي لكأس البطولة بين الوادي والساحل يوم الأحد المقبل في العاصمة."),
    _article(2, "صدى الساحل", "2024-03-08T09:00",
             "يقام اللقاء النهائي لكأس البطولة بين الوادي والساحل الأحد المقبل في العاصمة."),
]
CONFERENCE = [
    _article(3, "نشرة الوادي", "2024-03-08T10:00",
             "يعقد المدربان غدا السبت المؤتمر الصحفي الخاص باللقاء في قاعة الفندق."),
    _article(4, "صدى الساحل", "2024-03-08T11:00",
             "يعقد المدربان يوم غد السبت المؤتمر الصحفي الخاص باللقاء في قاعة الفندق."),
    _article(5, "الرأي الحر", "2024-03-09T18:00",
             "أكد مدرب الوادي خلال المؤتمر الصحفي الذي عقد اليوم السبت في قاعة الفندق جاهزية لاعبيه للفوز باللقاء."),
]
ARRIVAL = _article(6, "أخبار التلال", "2024-03-05T10:00",
                   "أعلن مدرب الوادي اليوم الثلاثاء قائمة لاعبيه في نهائي كأس البطولة أمام الساحل في العاصمة. "
                   "وسيصل الوادي إلى العاصمة قبل اللقاء بثلاثة أيام ويجري حصة تدريبية وحيدة على ملعب المباراة.")


def _arrival(story: list[dict]) -> list[str]:
    events = build_timeline(pl.DataFrame(story)).events
    return events.filter(pl.col("article_id") == "k-6", pl.col("expr").str.starts_with("قبل اللقاء"))["value"].to_list()


def test_a_match_told_as_a_match_is_doubted_as_a_meeting() -> None:
    at = ARRIVAL["text"].index("أيام") + len("أيام")
    assert sense_doubted(fold("اللقاء"), ARRIVAL["text"], at)
    talks = "وسيصل الوزير إلى العاصمة قبل اللقاء بثلاثة أيام لبحث العلاقات مع نظيره."
    assert not sense_doubted(fold("اللقاء"), talks, talks.index("أيام") + len("أيام"))


def test_a_press_conference_about_the_match_does_not_tell_it() -> None:
    clause = CONFERENCE[0]["text"]
    at = clause.index("غدا")
    assert not tells_happening_like(fold("اللقاء"), clause, at, doubted=True)
    clause = CONFERENCE[2]["text"]
    assert not tells_happening_like(fold("اللقاء"), clause, clause.index("اليوم"), doubted=True)
    match = MATCH[0]["text"]
    assert tells_happening_like(fold("اللقاء"), match, match.index("يوم"), doubted=True)


def test_tickets_at_the_grounds_of_the_match_do_not_tell_it() -> None:
    clause = "وبدأ أمس بيع التذاكر في شباك ملعب اللقاء لمدة ثلاثة أيام."
    assert not tells_happening_like(fold("اللقاء"), clause, clause.index("أمس"))


def test_three_days_before_the_match_not_before_the_press_conference() -> None:
    # the conference (9 March) is nearer the telling than the match (10 March): only the match dates it
    assert _arrival([*MATCH, *CONFERENCE, ARRIVAL]) == ["2024-03-07"]
