"""Cue words read from the language data, their forms derived: the openers of a count from a
happening (``count_openers``: بعد، قبل) and the claim verb that breaks a thread (``thread_break_verbs``:
تبنى and its third persons). Arabic written for these tests."""

from __future__ import annotations

import pytest

from timeline._event_cues import _date_cues
from timeline._yaml import load_language_yaml
from timeline.anchors import count_openers
from timeline.happenings import thread_breaks
from timeline.normalize import fold
from timeline.wording import told_apart


def test_count_openers_come_from_the_language_data() -> None:
    data = load_language_yaml("ar", "event_dates.yaml")["count_openers"]
    openers = count_openers()
    assert set(openers.after) == {fold(str(w)) for w in data["after"]}
    assert set(openers.before) == {fold(str(w)) for w in data["before"]}
    assert openers.sign(fold("بعد ثلاثة أيام")) == 1
    assert openers.sign(fold("قبل يومين")) == -1
    assert openers.sign(fold("خلال يومين")) is None


def test_the_opener_before_a_happening_and_its_duration() -> None:
    text = fold("وأغلقت المدارس قبل الامتحانات ب")
    m = count_openers().before_duration.search(text)
    assert m is not None and m.group("dir") == "قبل" and m.group("what") == "الامتحانات"


def test_the_claim_verb_is_written_once_and_its_persons_derived() -> None:
    data = load_language_yaml("ar", "event_dates.yaml")
    assert not {"تبنت", "تبنوا"} & set(map(str, data["thread_breaks"]))  # not listed by hand
    assert {"تبني", "تبنت", "تبنوا", "تبنيا", "تبنتا"} <= set(thread_breaks(data))


@pytest.mark.parametrize("opening", [
    "وتبنى تنظيم مسلح التفجير في بيان",
    "وتبنت جماعة متشددة خطف الصحفيين",
    "وتبنوا الهجوم على الحاجز في تسجيل مصور",
])
def test_a_claim_opens_another_thread(opening: str) -> None:
    folded = fold(opening)
    assert _date_cues().thread_break.match(folded) is not None
    assert told_apart()[1].match(folded) is not None
