"""A relative clause's date before an attribution tail's day: when the relative clause tells a
happening apart from the predicate's, the tail's day dates the predicate (recall42): a perfect
predicate takes the report's window, that day or the day before (attrib42). Arabic written for these
tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 11, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_the_tails_day_dates_the_predicate_past_a_relative_clause_with_its_own_happening() -> None:
    # no pronoun: an indefinite noun, then a perfect verb (مسلحين قتلوا)
    got = _dated("عثرت الشرطة على هواتف وأوراق مع جثث مسلحين قتلوا خلال هجوم على السوق في الخامس من أغسطس، "
                 "بحسب ما أفاد مصدر أمني الاثنين.")
    assert got == [("الاثنين", "2015-08-09/2015-08-10")]
    # a relative pronoun
    got = _dated("اعتقلت قوات الأمن الرجل الذي فجر السيارة أمام المبنى في الثالث من أغسطس، "
                 "حسبما أعلنت الوزارة الأحد.")
    assert got == [("الأحد", "2015-08-08/2015-08-09")]


def test_the_report_stays_undated_beside_the_predicates_own_date() -> None:
    got = _dated("قتل ثلاثة جنود أمس في هجوم على دوريتهم، حسبما أفاد مصدر عسكري اليوم.")
    assert got == [("أمس", "2015-08-10")]


def test_not_when_the_relative_clause_tells_the_predicates_happening() -> None:
    # the attack the soldiers were killed in: one happening, its day the killing's
    got = _dated("قتل ثلاثة جنود في هجوم استهدف دوريتهم السبت، بحسب ما أفاد مصدر عسكري الاثنين.")
    assert got == [("السبت", "2015-08-08")]


def test_not_for_a_relative_clause_telling_no_happening() -> None:
    got = _dated("أصيب جنديان كانا في دورية على الحدود مساء السبت، بحسب ما أفاد مصدر عسكري الاثنين.")
    assert got == [("مساء السبت", "2015-08-08TEV")]
