"""Bugs found reviewing the sixteenth session's merged changes (Arabic written for these tests)."""

from __future__ import annotations

from timeline.tagger import tag


def _values(text: str, published: str = "2015-08-10T10:00") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_lets_is_no_future_cue_for_a_past_told_after_it() -> None:
    # "let us not forget that the war began in March": a past March, not the coming one
    assert _values("ودعونا لا ننسى أن الحرب اندلعت في مارس") == [("مارس", "2015-03")]
    assert _values("دعنا نتذكر ما جرى في يونيو") == [("يونيو", "2015-06")]
    # "let us meet on Thursday": the coming one (published on a Monday)
    assert _values("دعونا نلتقي الخميس") == [("الخميس", "2015-08-13")]
    assert _values("دعنا نجتمع في الصباح الباكر الثلاثاء")[0][1] == "2015-08-11TMO"


def test_a_plural_in_at_is_no_predicate_of_a_subject_relative_clause() -> None:
    import datetime as dt

    from timeline.events import article_events

    text = "وقالت مصادر إن المجموعة التي أطلقت أمس تهديدات للسكان تنتمي إلى التنظيم."
    events = article_events("r19", text, dt.datetime(2015, 8, 10, 10), inherit=True)
    clauses = [text[e.clause.start:e.clause.end] for e in events]
    # the threats are what the group launched: the clause is not cut before them
    assert clauses == ["المجموعة التي أطلقت أمس تهديدات للسكان"]


def test_a_digit_after_an_adverb_or_outside_its_part_is_no_hour() -> None:
    # a count after an adverb of the part of the day, not four o'clock
    assert _values("وسقط في القصف ليلاً 4، وأصيب آخرون بجروح") == [("ليلاً", "2015-08-09TNI")]
    assert _values("وبلغت درجة الحرارة ظهراً 11، وفق الأرصاد")[0][0] == "ظهراً"
    # three is no hour of the evening: no 15:00
    assert _values("وقتل في الغارات مساء 3، بينهم طفل") == []
    # an hour of its part, the part in construct, still is
    assert _values("وسنعود إليكم صباح 10") == [("صباح 10", "2015-08-10T10")]
    assert _values("ويبدأ العرض عصر 4") == [("عصر 4", "2015-08-10T16")]


def test_no_year_in_words_after_a_day_in_digits() -> None:
    # "12,500 tonnes in March": no 12 March of the year 1500
    assert _values("وصدرت الشركة في مارس 12 ألف وخمسمائة طن من الأسمدة") == [("مارس", "2015-03")]
    # a day in words takes its year in words
    assert _values("ووقع الحادث في يناير الخامس ألفين وخمسة عشر")[0][1] == "2015-01-05"


def test_a_count_in_words_after_a_definite_season_is_no_year() -> None:
    # 1,500 tourists in spring, not the spring of 1500
    assert _values("وزار القرية في الربيع ألف وخمسمائة سائح") == [("الربيع", "2015-SP")]
    # a year in words after the season in construct, or after عام, still is
    assert _values("وهاجرت العائلة في ربيع ألفين وعشرة") == [("ربيع ألفين وعشرة", "2010-SP")]
    assert _values("ووصل إلى المدينة في الصيف عام ألفين وعشرة")[0][1] == "2010-SU"
