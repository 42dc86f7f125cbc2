"""Cue words read from the language data, not written in a rule's pattern: the words before a weekday
left out of a schedule (relative.yaml ``except_words``, the rule "except <weekday>" through
``{behind_except_words}``), the word between "the same period" and its year (event_dates.yaml
``same_period_of``), the openers of a count from a happening (``count_openers``: بعد، قبل) and the
claim verb that breaks a thread (``thread_break_verbs``: تبنى, its third persons derived). Arabic
written for these tests."""

from __future__ import annotations

import re

import pytest

from timeline._event_cues import _date_cues
from timeline._yaml import load_language_yaml
from timeline.anchors import count_openers
from timeline.happenings import thread_breaks
from timeline.lexicon import after_words, load_lexicon
from timeline.normalize import fold
from timeline.tagger import tag
from timeline.wording import told_apart

PUBLISHED = "2015-08-20T12:00"


def test_the_except_words_are_data() -> None:
    lex = load_lexicon()
    assert set(lex.except_words) == {"باستثناء", "عدا"}
    behind = lex.behind("except_words")
    assert re.search(behind + "الجمعه", "باستثناء الجمعه")
    assert re.search(behind + "الجمعه", "ما عدا الجمعه")
    assert not re.search(behind + "الجمعه", "منذ الجمعه")
    assert re.search(behind + "الجمعه", "وباستثناء الجمعه")  # a conjunction glued: conjoined's forms
    assert not re.search(behind + "الجمعه", "موعدا الجمعه")  # a word that only ends in عدا


def test_one_look_behind_builder_reads_whole_words() -> None:
    behind = after_words(("في", "منذ", "ومن"))
    assert behind == after_words(("في", "منذ", "ومن"))
    for text in ("في 2015", "ومن 2015", "وقال منذ 2015"):
        assert re.search(behind + "2015", text), text
    for text in ("وفي 2015", "كفي 2015", "(2015", "منذ2015"):  # only the forms given, whole, then a space
        assert not re.search(behind + "2015", text), text


def test_a_weekday_left_out_is_every_such_day() -> None:
    for text in ("تفتح المكتبة أبوابها طوال الأسبوع باستثناء السبت",
                 "ويعمل المركز يوميا ما عدا يوم السبت"):
        assert [t.value for t in tag(text, PUBLISHED) if "السبت" in t.text] == ["XXXX-WXX-6"], text


def test_a_weekday_after_a_conjunction_and_an_except_word_is_every_such_day() -> None:
    for text, day in (("تعمل الدوائر طوال الأيام وباستثناء الجمعة تغلق أبوابها ظهرا", "الجمعة"),
                      ("فباستثناء يوم السبت يستقبل المتحف زواره", "السبت"),
                      ("تفتح المكاتب فيما عدا يوم الخميس", "الخميس")):
        values = [t.value for t in tag(text, PUBLISHED) if day in t.text]
        assert values and all(v.startswith("XXXX-WXX-") for v in values), (text, values)


def test_a_word_ending_in_an_except_word_leaves_the_weekday_a_date() -> None:
    """"موعدا يوم الخميس" (an appointment on Thursday), "واعدا يوم السبت" (promising on Saturday): عدا
    ends another word there; the weekday is one day, not every such day."""
    for text in ("وحددت اللجنة موعدا يوم الخميس لإعلان أسماء الفائزين",
                 "وبدا الحارس الشاب واعدا يوم السبت أمام الضيوف"):
        values = [t.value for t in tag(text, PUBLISHED) if "يوم" in t.text]
        assert values and not any(v.startswith("XXXX") for v in values), (text, values)


def test_the_same_periods_of_is_data() -> None:
    assert _date_cues().same_period_of == frozenset({"من"})


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


def test_the_aim_verb_is_written_once_its_noun_forms_left_out() -> None:
    data = load_language_yaml("ar", "event_dates.yaml")
    assert not {"تهدف", "يهدف", "هدفت"} & set(map(str, data["thread_breaks"]))  # not listed by hand
    breaks = set(thread_breaks(data))
    assert {"يهدف", "تهدف", "هدفت", "يهدفون", "يهدفان", "هدفوا"} <= breaks
    assert not {"هدف", "هدفا", "سيهدف"} & breaks  # a goal; no future


@pytest.mark.parametrize("opening", [
    "وتبنى تنظيم مسلح التفجير في بيان",
    "وتبنت جماعة متشددة خطف الصحفيين",
    "وتبنوا الهجوم على الحاجز في تسجيل مصور",
])
def test_a_claim_opens_another_thread(opening: str) -> None:
    folded = fold(opening)
    assert _date_cues().thread_break.match(folded) is not None
    assert told_apart()[1].match(folded) is not None
