"""The date that belongs to the happening, and inheritance inside one narrative thread.

Each case runs the real tagger on Arabic written for these tests, and most come in pairs:
the narrative that goes on (the undated clause inherits) and the same narrative broken by
one cue (it does not), so a negative case cannot pass for another reason.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from timeline.events import article_events
from timeline.frame import events_frame
from timeline.merge import timeline_entries

PUBLISHED = dt.datetime(2024, 6, 12, 9)  # a Wednesday
YESTERDAY = "2024-06-11"


def _dates(text: str) -> list[tuple[str, str]]:
    """(expression, clause opening) of each event, inheritance off."""
    return [(e.timex.text, e.clause.text[:12]) for e in article_events("a", text, PUBLISHED)]


def _inherited(text: str) -> list[str]:
    """The openings of the clauses that inherit a date."""
    return [e.clause.text[:10] for e in article_events("a", text, PUBLISHED, inherit=True) if e.inherited]


# -- the date of the clause's own predicate ------------------------------------------------

def test_a_cut_off_closing_a_count_dates_nothing_whether_the_count_comes_before_or_after() -> None:
    assert _dates("ارتفعت حصيلة ضحايا الفيضانات في بلدة الوادي الأخضر إلى 23 قتيلا حتى يوم أمس.") == []
    assert _dates("بلغ عدد قتلى الفيضانات في بلدة الوادي الأخضر حتى مساء أمس 23 قتيلا.") == []
    assert _dates("بلغ عدد قتلى الفيضانات حتى مساء أمس، 23 قتيلا.") == []
    # without a count, "until yesterday" still tells the clause's time
    assert [t for t, _ in _dates("ظلت الطريق مغلقة حتى يوم أمس أمام السيارات.")] == ["حتى يوم أمس"]


def test_a_count_closed_at_an_hour_dates_its_release() -> None:
    # an office's figures as of a clock hour: the statement of the count, made then
    assert [t for t, _ in _dates("أعلنت إدارة المرور أنها أنجزت معاملات 5230 مراجعا حتى الساعة الواحدة ظهراً من يوم "
                                 "أمس.")] == ["حتى الساعة الواحدة ظهراً من يوم أمس"]
    assert [t for t, _ in _dates("وقالت الإدارة إنها أنجزت معاملات 5230 مراجعا، حتى ظهر أمس (الثلاثاء).")] == [
        "حتى ظهر أمس (الثلاثاء)"]
    # the end of a span of hours is no count's close: a daily habit dates nothing
    assert _dates("ويستقبل المعرض زواره يومياً من 4.30 وحتى 11 مساء.") == []


def test_a_background_since_does_not_date_the_happening() -> None:
    assert _dates("افتتح المحافظ أمس الجسر الجديد الذي تعمل الشركة على بنائه منذ ربيع 2019.") == [
        ("أمس", "افتتح المحاف")]
    # the since phrase stays with the state it dates; the announcement is a clause of its own
    assert _dates("تعيش البلدة أزمة مياه منذ ربيع 2019، وأعلن المجلس البلدي أمس خطة طوارئ.") == [
        ("أمس", "وأعلن المجلس")]


def test_a_dated_saying_and_what_it_says_are_two_clauses_each_with_its_own_date() -> None:
    events = article_events("a", "أعلن المتحدث العسكري أمس أن القوات سيطرت على بلدة التلال يوم السبت الماضي.",
                            PUBLISHED)
    assert [(e.timex.text, e.clause.text) for e in events] == [
        ("أمس", "أعلن المتحدث العسكري أمس"),
        ("يوم السبت الماضي", "أن القوات سيطرت على بلدة التلال يوم السبت الماضي."),
    ]
    # a complementizer with a pronoun, or written without hamza
    for text in ("أعلن المتحدث العسكري أمس أنه سيطر على بلدة التلال يوم السبت الماضي.",
                 "وقال مصدر عسكري امس ان القوات سيطرت على بلدة التلال يوم السبت الماضي."):
        assert [e.clause.text.split()[0] for e in article_events("a", text, PUBLISHED)][1] in ("أنه", "ان")
    # no speech verb before the complementizer: the sentence is not cut there
    assert len({e.clause.text for e in article_events(
        "a", "قرر الوزير أمس أن يزور بلدة التلال يوم السبت المقبل.", PUBLISHED)}) == 1


def test_beside_the_predicates_date_a_comparisons_or_a_relative_clauses_dates_nothing() -> None:
    assert _dates("بلغت صادرات الميناء مليون طن في يوليو بزيادة عشرة بالمئة عن يونيو الماضي.") == [
        ("يوليو", "بلغت صادرات ")]
    assert [t for t, _ in _dates("ارتفع عدد زوار المتحف في يوليو مقارنة بعام 2013.")] == ["يوليو"]
    assert [t for t, _ in _dates("أغلق مؤشر السوق أمس دون ذروته التي سجلها يوم الخميس الماضي.")] == ["أمس"]
    # alone in its clause, such a date is all the clause has, and stays
    assert [t for t, _ in _dates("تراجعت الصادرات بعشرة بالمئة عن يونيو الماضي.")] == ["يونيو الماضي"]


# -- inheritance inside one thread ---------------------------------------------------------

BLAST = "انفجرت عبوة ناسفة في سوق بلدة الكرز صباح أمس. "


def test_the_next_clause_telling_the_same_happening_inherits_with_a_lower_confidence() -> None:
    events = article_events("a", BLAST + "وقتل في الانفجار ثلاثة أشخاص.", PUBLISHED, inherit=True)
    told, inherited = events
    assert (told.inherited, told.confidence) == (False, 1.0)
    assert (inherited.inherited, inherited.confidence, inherited.timex.text) == (True, 0.5, "صباح أمس")
    assert inherited.as_row()["start"].date().isoformat() == YESTERDAY
    # off by default
    assert [e.inherited for e in article_events("a", BLAST + "وقتل في الانفجار ثلاثة أشخاص.", PUBLISHED)] == [False]


@pytest.mark.parametrize("follows", [
    "وتقع السوق قرب محطة الحافلات.",  # a description: no happening word
    "ورحب المجلس البلدي بخطة ترميم السوق.",  # a happening of another group (a reaction)
    "واندلعت اشتباكات أخرى في الحي الشرقي.",  # another instance of its kind
    "وقتل حتى الآن خمسة أشخاص.",  # an expression of its own, vague: its own time
    "وكانت الشرطة قد اعتقلت ثلاثة مشتبهين.",  # background in the pluperfect
    "لكن اشتباكات اندلعت في الحي الشرقي.",  # a contrast opens another thread
    "وتجري الاستعدادات لاستعادة السوق.",  # a recapture aimed at, not told
])
def test_an_undated_clause_off_the_thread_inherits_nothing(follows: str) -> None:
    assert _inherited(BLAST + "وقتل في الانفجار ثلاثة أشخاص.") == ["وقتل في ال"]
    assert _inherited(BLAST + follows) == []


def test_a_paragraph_break_or_a_sentence_in_between_ends_the_thread() -> None:
    assert _inherited(BLAST.strip() + "\nوقتل في الانفجار ثلاثة أشخاص.") == []
    assert _inherited(BLAST + "وتقع السوق قرب محطة الحافلات. وقتل في الانفجار ثلاثة أشخاص.") == []


def test_a_clause_moving_to_another_place_inherits_nothing() -> None:
    assert _inherited("سقطت قذائف على حي في حلب صباح أمس. وقتل شخصان بقذيفة.") == ["وقتل شخصان"]
    assert _inherited("سقطت قذائف على حي في حلب صباح أمس. وفي حمص قتل شخصان بقذيفة.") == []


@pytest.mark.parametrize("told", [
    "سيطر الجيش على البلدة في مارس الماضي.",  # coarser than a day: the story's background
    "زار الوزير الجبهة التي استعادها الجيش أمس.",  # the date of a relative clause
    "قال القائد: «سيطرنا على التلة أمس».",  # inside a quotation
    "يبدأ الجيش الهجوم على البلدة يوم الأحد المقبل.",  # after the publication: a plan
])
def test_a_date_that_is_not_the_narratives_is_not_passed_on(told: str) -> None:
    assert _inherited("قال القائد إن الجيش سيطر على التلة أمس. وقتل في المعارك عشرة جنود.") == ["وقتل في ال"]
    assert _inherited(told + " وقتل في المعارك عشرة جنود.") == []


# -- inherited rows in entries -------------------------------------------------------------

def test_an_entry_is_dated_by_a_told_date_before_a_finer_inherited_one() -> None:
    events = article_events("a", BLAST + "وقتل في الانفجار ثلاثة أشخاص.", PUBLISHED, inherit=True)
    rows = [e.as_row() for e in events]
    rows[1] |= {"grain": "part_of_day", "expr": "ظهر أمس"}  # an inherited row finer than the told one
    rows[0] |= {"grain": "day", "expr": "أمس", "start": dt.datetime(2024, 6, 11), "end": dt.datetime(2024, 6, 12)}
    frame = events_frame(rows).with_columns(pl.lit(0, pl.Int64).alias("cluster"))
    (entry,) = timeline_entries(frame).iter_rows(named=True)
    assert entry["expr"] == "أمس" and entry["n_events"] == 2
