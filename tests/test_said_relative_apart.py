"""A relative clause told by its verb alone (بدأت، جرت، سيعقد) is cut off the saying whose
complement names a happening right before its antecedent: that happening is what is said, not
the act the clause tells, so the relative clause's date is not the saying's (Arabic written for
these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2024, 5, 8, 9, 0)  # a Wednesday


def _dated(text: str) -> list[tuple[str, str]]:
    """(value, clause) of each event of ``text``."""
    return [(e.timex.value, e.clause.text) for e in article_events("t", text, PUBLISHED)]


def test_a_plan_begun_earlier_inside_what_is_said() -> None:
    # the source speaks now; the plan's last stage began on 1 May
    text = ("أعلن مصدر أمني أن المرحلة الأخيرة من خطة تأمين حفل افتتاح الملعب الجديد "
            "التي بدأت أول مايو الجاري، سيشارك بها ثلاثة آلاف شرطي.")
    [(value, clause)] = _dated(text)
    assert value == "2024-05-01"
    assert not clause.startswith("أعلن")


def test_an_agreement_reached_earlier_inside_what_is_said() -> None:
    # the statement is of now (the talks are to come); the agreement was reached in March
    text = ("وأوضح البيان أن المحادثات ستتناول تنفيذ اتفاق تعزيز التعاون التجاري الذي جرى "
            "التوصل إليه في مارس الماضي.")
    [(value, clause)] = _dated(text)
    assert value == "2024-03"
    assert clause.startswith("التعاون التجاري الذي")


def test_without_a_saying_the_happening_right_before_keeps_it() -> None:
    # no saying: the main clause tells the festival itself (its launch dates the taking part)
    text = "ويشارك عشرون نحالا في مهرجان العسل بمنطقة الجبل الذي انطلقت فعالياته أمس."
    assert _dated(text) == [("2024-05-07", text)]


def test_a_speech_verb_after_the_happening_is_no_saying_around_it() -> None:
    # the complementizer comes only after the antecedent: nothing before it is said
    text = "ويشارك عشرون نحالا في مهرجان العسل بمنطقة الجبل الذي انطلقت فعالياته أمس، وقال المنظمون إن الإقبال كبير."
    [(value, clause)] = _dated(text)
    assert value == "2024-05-07"
    assert clause.startswith("ويشارك عشرون نحالا")
