"""Cue words read from the language data, not written in a rule's pattern: the words before a weekday
left out of a schedule (relative.yaml ``except_words``, the rule "except <weekday>" through
``{behind_except_words}``) and the word between "the same period" and its year (event_dates.yaml
``same_period_of``). Arabic written for these tests."""

from __future__ import annotations

import re

from timeline._event_cues import _date_cues
from timeline.lexicon import load_lexicon
from timeline.tagger import tag

PUBLISHED = "2015-08-20T12:00"


def test_the_except_words_are_data() -> None:
    lex = load_lexicon()
    assert set(lex.except_words) == {"باستثناء", "عدا"}
    behind = lex.behind("except_words")
    assert re.search(behind + "الجمعه", "باستثناء الجمعه")
    assert re.search(behind + "الجمعه", "ما عدا الجمعه")
    assert not re.search(behind + "الجمعه", "منذ الجمعه")


def test_a_weekday_left_out_is_every_such_day() -> None:
    for text in ("تفتح المكتبة أبوابها طوال الأسبوع باستثناء السبت",
                 "ويعمل المركز يوميا ما عدا يوم السبت"):
        assert [t.value for t in tag(text, PUBLISHED) if "السبت" in t.text] == ["XXXX-WXX-6"], text


def test_the_same_periods_of_is_data() -> None:
    assert _date_cues().same_period_of == frozenset({"من"})
