"""A record's "since" (أعنف هجوم منذ ستة أشهر، الأعلى منذ مارس) after a comma or و opens no clause of its
own: the record is told of the clause before it, which keeps its words; a date told before the record
still dates the clause, one told after it is the record's own day.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

_PUBLISHED = dt.datetime(2015, 8, 10, 20)


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(e.as_row()["value"], e.as_row()["expr"], e.clause.text)
            for e in article_events("a", text, _PUBLISHED)]


def test_an_accusation_keeps_its_object_after_the_comma() -> None:
    text = "اتهم الجيش اليوم، المسلحين بشن أعنف هجوم على مواقعه منذ ستة أشهر."
    assert _rows(text) == [("2015-08-10", "اليوم", text)]


def test_a_superlative_after_a_preposition_or_the_article() -> None:
    text = "قتل أربعة جنود أمس، في تفجير هو الأشد منذ مارس الماضي."
    assert _rows(text) == [("2015-08-09", "أمس", text)]


def test_a_close_keeps_its_record() -> None:
    text = "أغلق المؤشر أمس الأحد عند 7200 نقطة، وهو أدنى مستوى له منذ 14 يناير."
    assert _rows(text) == [("2015-08-09", "أمس الأحد", text)]


def test_a_since_that_is_no_record_still_cuts() -> None:
    rows = _rows("قتل أربعة جنود أمس، بينما يتواصل القتال في المنطقة منذ مارس الماضي.")
    assert [r[2] for r in rows][0] == "قتل أربعة جنود أمس"


def test_a_dated_act_after_the_comma_still_cuts() -> None:
    rows = _rows("ارتفع المؤشر أمس، وسجل اليوم أعلى مستوى له منذ يناير.")
    assert [(r[0], r[2]) for r in rows] == [("2015-08-09", "ارتفع المؤشر أمس"),
                                           ("2015-08-10", "وسجل اليوم أعلى مستوى له منذ يناير.")]


def test_a_relative_clause_date_before_the_record_dates_the_clause() -> None:
    text = ("وهبط السهم في موجة البيع التي شهدها يوم 3 أغسطس، وهو ما دفعه بعد أيام إلى أدنى مستوياته "
            "منذ عام 2012.")
    assert [(r[0], r[1]) for r in _rows(text)] == [("2015-08-03", "يوم 3 أغسطس")]


def test_the_records_own_day_after_it_stays_secondary() -> None:
    text = "وتراجع سعر الفضة إلى 14 دولارا مقتربا من أدنى مستوى له منذ عام 2009 الذي بلغه الخميس الماضي."
    assert _rows(text) == []


def test_a_since_of_the_last_days_after_a_superlative_dates_the_happening() -> None:
    # review44c: a superlative before منذ, but the since is days back, when the happening began
    assert [(r[0], r[1]) for r in _rows("قالت الشرطة إن أخطر المطلوبين اعتقل منذ ثلاثة أيام.")] \
        == [("2015-08-07", "منذ ثلاثة أيام")]
    assert [(r[0], r[1]) for r in _rows("قال الأهالي إن القوات تقصف بأقوى أسلحتها المدينة منذ الخميس.")] \
        == [("2015-08-06", "الخميس")]
    assert [(r[0], r[1]) for r in _rows("تهطل الأمطار الأشد غزارة على المدينة منذ يوم الأحد.")] \
        == [("2015-08-09", "يوم الأحد")]


def test_a_record_a_week_or_more_back_stays_a_record() -> None:
    assert _rows("سجل المؤشر أدنى مستوى له منذ أسبوعين.") == []
    text = "أغلق المؤشر أمس عند 7200 نقطة، وهو أعلى مستوى له منذ أسبوع."
    assert _rows(text) == [("2015-08-09", "أمس", text)]


def test_a_since_after_no_superlative_dates_the_happening() -> None:
    # tense45: a day since with no superlative among the five words before منذ dates its act
    assert [(r[0], r[1]) for r in _rows("قالت الشرطة إن المطلوب الأول اعتقل منذ 3 يونيو.")] \
        == [("2015-06-03", "منذ 3 يونيو")]


@pytest.mark.xfail(strict=True, reason="record44's left item: a superlative that is its verb's subject is read "
                   "as a record's term; the 5,000 corpus articles hold no such since (tense45 read the 88 it takes)")
def test_a_superlative_subject_of_a_perfect_is_no_record() -> None:
    assert [(r[0], r[1]) for r in _rows("قالت الشرطة إن أخطر المطلوبين اعتقل منذ 3 يونيو.")] \
        == [("2015-06-03", "منذ 3 يونيو")]
