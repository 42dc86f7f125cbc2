"""The و of the father and the mother, in every form, is the root's: no clause starts there.

The forms are derived from ``root_waw_nouns`` of ``lang/ar/event_dates.yaml`` (attached pronouns,
the nominative dual), not listed by hand. Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline._clauses import _is_connective_waw
from timeline.events import article_events


@pytest.mark.parametrize("word", ["والدتهما", "والدانا", "والداهم", "والدهن", "والدي", "والدته", "والد"])
def test_every_form_of_the_parents_is_no_conjunction(word: str) -> None:
    assert not _is_connective_waw(f"قال {word} أمس", 4)


@pytest.mark.parametrize("word", ["والدين", "والدفاع", "والدول"])
def test_and_plus_a_definite_word_is_a_conjunction(word: str) -> None:
    # والدين: as often و + الدين ("and religion") as the parents: left a conjunction
    assert _is_connective_waw(f"العلم {word} معا", 6)


def test_the_mothers_death_keeps_the_day_it_was_announced() -> None:
    # cut at والدتهما (read as و + الدتهما), the mother's death took the boys' week-old date
    text = ("أعلن مسؤول في المستشفى اليوم ان عائشة والدتهما اللذين قضيا قبل أسبوع في حريق "
            "توفيت متأثرة بجروحها.")
    rows = [e.as_row() for e in article_events("a", text, dt.datetime(2015, 8, 8, 10))]
    assert [(r["expr"], r["value"]) for r in rows] == [("اليوم", "2015-08-08")]
    assert "توفيت" in rows[0]["clause"]
