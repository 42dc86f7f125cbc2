"""What a dated saying says keeps the saying's day; a relative clause inside it holding the
only date of its piece tells its antecedent's happening (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _by_value(text: str) -> dict[str, str]:
    return {r["value"]: r["clause"] for r in (e.as_row() for e in article_events("a", text, dt.datetime(2015, 8, 8, 10)))}


def test_the_death_announced_today_is_not_the_childs_a_week_ago() -> None:
    by_value = _by_value("أعلن مسؤول في المستشفى اليوم، نبأ وفاة سمير والد الطفل الذي قضى قبل أسبوع في حريق.")
    assert "وفاة سمير" in by_value["2015-08-08"]
    assert "وفاة" not in by_value["2015-08-01"] and "قضى" in by_value["2015-08-01"]


def test_what_the_navy_will_do_is_told_today_the_sinking_in_april() -> None:
    by_value = _by_value("أعلنت البحرية اليوم، أنها ستواصل انتشال جثث ضحايا المركب الذي تسبب بغرق 300 مهاجر "
                         "في أبريل الماضي.")
    assert "انتشال" in by_value["2015-08-08"] and "انتشال" not in by_value["2015-04"]


def test_a_relative_clause_telling_that_the_announced_happening_takes_place_keeps_it_whole() -> None:
    # يقام says the exhibition takes place: the opening announced is on the 20th, not today
    by_value = _by_value("أعلن الوزير اليوم، افتتاح المعرض الذي يقام في 20 أغسطس.")
    assert "افتتاح المعرض" in by_value["2015-08-20"]


def test_the_father_is_no_conjunction() -> None:
    # والد: its و is the root's; cut there, the father's death took the child's week-old date
    text = "أعلن مسؤول في المستشفى اليوم ان سمير والد الطفل الذي قضى قبل أسبوع في حريق توفي متأثرا بجروحه."
    rows = [e.as_row() for e in article_events("a", text, dt.datetime(2015, 8, 8, 10))]
    assert [(r["expr"], r["value"]) for r in rows] == [("اليوم", "2015-08-08")]
    assert "توفي" in rows[0]["clause"]


def test_a_comma_cuts_before_a_word_whose_waw_is_the_roots() -> None:
    # وزار: a root و is no connective, but the comma before it still ends the first visit's clause
    text = "وكان الأمير زار القاهرة في 9 فبراير الماضي، وزار الرئيس الرياض في 8 مايو الماضي."
    rows = [e.as_row() for e in article_events("a", text, dt.datetime(2015, 8, 8, 10))]
    assert [(r["value"], "القاهرة" in r["clause"], "الرياض" in r["clause"]) for r in rows] == [
        ("2015-02-09", True, False), ("2015-05-08", False, True)]
