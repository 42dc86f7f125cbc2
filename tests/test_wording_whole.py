"""A happening word the trigger lexicon lists whole keeps its first letter, even when it looks
like a proclitic and the rest is a word of the batch (``لقاء`` is no ``ل`` + ``قاء``); real
proclitics still go (``وانفجار`` → ``انفجار``). Issue 6 item 1, stem43. Arabic written for these tests."""

from __future__ import annotations

import polars as pl
import pytest

import timeline.wording as wording_module
from timeline.normalize import fold
from timeline.wording import load_wording

_TEXT = ("جرى لقاء الوزيرين في قاعة قاء الفسيحة ثم وافق المجلس على الخطة في افق واسع "
         "وأعلن عن وفاته بعد أن فات الأوان ثم فتحت الشرطة تحقيقا تحت إشراف النيابة "
         "ووقع جنود في كمين لدورية وقال مين يصدق ذلك ولقاء اليوم مهم واللقاء الثاني "
         "والتقى الرئيس وفدا والتقى الوزير نظيره وسمع دوي انفجار ووقع انفجار وانفجار آخر")


@pytest.mark.parametrize("columns", [False, True])
def test_a_listed_happening_word_is_never_split(columns: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    words = [fold(w) for w in _TEXT.split()]
    wording = load_wording()
    if columns:
        monkeypatch.setattr(wording_module, "COLUMNS_FROM", 0)
        table = wording.stem_table(pl.Series(words))
        stems = dict(zip(table["token"].to_list(), table["stem"].to_list()))
    else:
        stems = wording._stems_by_word(words)
    for listed, lookalike in (("لقاء", "قاء"), ("وافق", "افق"), ("كمين", "مين")):
        assert stems[fold(listed)] != stems[fold(lookalike)], listed
    assert stems[fold("فتحت")].startswith(fold("فتح"))  # not تحت, a function word (then no stem at all)
    assert stems[fold("وفاته")] != stems[fold("فات")]
    assert stems[fold("لقاء")] == stems[fold("ولقاء")] == stems[fold("واللقاء")] == wording.stem(fold("لقاء"))
    assert stems[fold("والتقى")] == stems[fold("والتقى")]
    assert stems[fold("وانفجار")] == stems[fold("انفجار")]


def test_the_whole_words_come_from_the_trigger_lexicon() -> None:
    whole = load_wording().whole
    assert {fold(w) for w in ("لقاء", "وافق", "كمين", "انفجار")} <= whole
    assert fold("وانفجار") not in whole



def test_a_short_stem_keeps_no_other_word_whole() -> None:
    wording = load_wording()
    # بدا's stem بد would keep بدين (ب + دين) whole, كمين's كم the word كمان
    assert fold("بد") not in wording.whole and fold("كم") not in wording.whole
    assert wording.stem(fold("لقاءات")) in wording.whole and wording.stem(fold("وصوله")) in wording.whole
    stems = wording._stems_by_word([fold(w) for w in "وقال الطبيب إن الرجل بدين وقال دين الدولة كبير".split()])
    assert stems[fold("بدين")] == stems[fold("دين")]
