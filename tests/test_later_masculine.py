""""Later" told after a masculine perfect verb (which has no shape that tells the past, as the
feminine ت does) is later on in the past, as after a feminine one (Arabic written for these
tests; relative.yaml ``later``: ``past_words``)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_DAY = dt.datetime(2015, 8, 10)


@pytest.mark.parametrize("text", [
    "وتوفي لاحقاً متأثراً بجراحه في المستشفى.",
    "وقال المتحدث في وقت لاحق إن الوزير بخير.",
    "وأعلن الجيش في وقت لاحق مقتل خمسة مسلحين.",
    "وأعلنت الوزارة في وقت لاحق مقتل خمسة مسلحين.",
])
def test_later_after_a_perfect_verb_is_in_the_past(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, _DAY)][-1][1] == "PAST_REF"


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الوزير سيزور المدينة لاحقاً.",
    "وأكد أن النتائج سيتم إعلانها لاحقاً.",
    "وسيعلن عن النتائج في وقت لاحق.",
])
def test_a_future_verb_nearer_keeps_it_ahead(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, _DAY)][-1][1] == "FUTURE_REF"


def test_a_weekend_after_a_plural_perfect_is_the_last_one() -> None:
    # Monday 3 August 2015: the strikes of the weekend just gone (1-2 August), not the coming one
    [t] = tag("وذكر مصدر في المستشفى الميداني بالمنطقة الحدودية أن خمسة مزارعين قتلوا في قصف على القرية في نهاية الأسبوع.", dt.datetime(2015, 8, 3, 10))
    assert t.interval is not None and t.interval[1] <= dt.datetime(2015, 8, 3)


def test_a_weekend_after_a_plural_subjunctive_stays_ahead() -> None:
    [t] = tag("وطلب المحافظ من السكان أن يغادروا القرية في نهاية الأسبوع.", dt.datetime(2015, 8, 3, 10))
    assert t.interval is not None and t.interval[0] >= dt.datetime(2015, 8, 3)


def test_a_clock_range_told_in_the_past_is_the_day_told_before() -> None:
    # published at 06:50 on 7 August: the ceremony of yesterday lasted from one to ten, not today's schedule
    text = "افتتح الرئيس أمس الخميس الجسر الجديد. واستمر الحفل على مدار يوم كامل من الواحدة ظهرا حتى العاشرة مساء."
    ranges = [t for t in tag(text, dt.datetime(2015, 8, 7, 6, 50)) if "الواحدة" in t.text]
    assert ranges and ranges[0].interval is not None and ranges[0].interval[0] == dt.datetime(2015, 8, 6, 13)
