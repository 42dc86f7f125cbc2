"""The word right after a day told done (:meth:`timeline.verbs.Shapes.told_done`), read alike by the
tagger's schedule (:func:`timeline._tense.told_after`) and by the deictic rule that sets yesterday
against today; the tagger reads a past cue there too, the deictic rule does not (a state told with لم)
(Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline._tense import told_after
from timeline.engine import load_grammar
from timeline.normalize import fold
from timeline.tagger import tag

WEDNESDAY = dt.datetime(2026, 3, 4)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, WEDNESDAY)]


def test_one_deed_done_dates_both_a_weekday_and_today() -> None:
    for verb in ("أعلنت", "أفرجوا", "التقى", "اتضح"):
        text = fold(f"يلتقي الفريقان الخميس، والسبت {verb} الرابطة")
        assert told_after(text, text.find("السبت") + len("السبت"), load_grammar()) is False, verb
        assert _found(f"وبالأمس كان المعبر مغلقا، واليوم {verb} السلطات قرارها") == [
            ("الأمس", "2026-03-03"), ("اليوم", "2026-03-04")], verb


def test_a_past_cue_after_the_day_is_a_deed_for_the_schedule_a_state_after_today() -> None:
    text = fold("يلتقي الفريقان الخميس، والسبت لم يلعب الفريق")
    assert told_after(text, text.find("السبت") + len("السبت"), load_grammar()) is False
    assert _found("وبالأمس كانوا أصدقاء في النادي، واليوم لم يعودوا كذلك") == [
        ("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]
