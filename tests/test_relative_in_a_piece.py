"""A piece of a sentence cut off at its own date, whose only date stands in a relative clause telling
a happening of its own, is cut again at that clause's antecedent: the date is the relative clause's
happening, not the predicate before it (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _clauses(text: str, published: str = "2015-08-02T08:00") -> list[tuple[str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return list(zip(frame["expr"], frame["clause"]))


def test_the_relative_clauses_date_is_its_own_happenings() -> None:
    text = ("وسيبدأ الخبراء الأربعاء فحص القطعة وكذلك بقايا صندوق عثر عليه على الشاطئ لتحديد ما إذا كان "
            "للسفينة التي غرقت في 3 آذار 2014 وعلى متنها 40 بحارا.")
    found = dict(_clauses(text))
    assert sorted(found) == ["3 آذار 2014", "الأربعاء"]
    assert found["3 آذار 2014"].startswith("للسفينة التي غرقت") and "عثر" not in found["3 آذار 2014"]
    assert found["الأربعاء"] == "وسيبدأ الخبراء الأربعاء فحص القطعة"


def test_a_relative_clause_that_describes_keeps_its_piece_whole() -> None:
    # no happening told before the date in the relative clause: the piece is not cut again
    text = ("وافتتح الوزير الأربعاء المعرض الجديد، واستقبل في المساء الزوار في القاعة التي تتسع لألف شخص "
            "الخميس الماضي.")
    found = _clauses(text)
    assert all(not clause.startswith("القاعة") for _, clause in found)


def test_a_reaction_keeps_the_date_of_what_it_reacts_to() -> None:
    # cut off at its own date after a comma, a condemnation stays whole: a reaction is dated by what
    # it reacts to
    text = ("وتلقى الوزير اتصالا هاتفيا أمس من نظيره الأردني، أعرب خلاله عن إدانته الهجوم الذي استهدف "
            "أمس مركز الشرطة في المدينة.")
    clauses = [clause for _, clause in _clauses(text, "2015-08-07T08:00")]
    assert any(clause.startswith("أعرب خلاله عن إدانته") for clause in clauses)


def test_a_reaction_noun_before_the_antecedent_leaves_the_date_to_the_object() -> None:
    # "إدانته الهجوم": the attack's yesterday is the attack's; the condemnation is told in its report's
    # window (react43; before, the sentence stayed whole, dated by the attack)
    text = "وأعرب الوزير عن إدانته الهجوم الذي استهدف أمس مركز الشرطة في المدينة."
    assert sorted(_clauses(text, "2015-08-07T08:00")) == [("", "وأعرب الوزير عن إدانته"),
                                                          ("أمس", "الهجوم الذي استهدف أمس مركز الشرطة في المدينة.")]
