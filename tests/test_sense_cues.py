"""The cues read around a sensed word are kept per sensed form (``happenings._cues``): a word
read again answers as the first time, and a full store starts again without changing an answer
(Arabic written for these tests)."""

from __future__ import annotations

import pytest

from timeline import happenings
from timeline.happenings import load_triggers
from timeline.normalize import fold

# a sensed word, the words after it, the words before it, its class
READINGS = [
    ("تبنت", "اللجنة مشروع قانون الضرائب", "", "تصويت"),
    ("تبنى", "تنظيم مسلح الهجوم على الحاجز", "", "تبني"),
    ("تبنت", "البلدية فكرة حديقة جديدة", "", None),
    ("اطلقت", "الشرطة سراح ثلاثة موقوفين", "", "إفراج"),
    ("اطلق", "مجهولون النار على سيارة", "", "هجوم"),
    ("صوت", "قوي هز الحي", "سمع الجيران", None),
    ("صوت", "المجلس على الميزانية", "", "تصويت"),
]


def _read() -> list[str | None]:
    lexicon = load_triggers()
    return [lexicon.word_class(fold(word), fold(after).split(), fold(before).split())
            for word, after, before, _ in READINGS]


def test_a_cue_read_again_answers_as_the_first_time() -> None:
    happenings._cues.cache_clear()
    first = _read()
    assert first == [kind for *_, kind in READINGS]
    assert any(happenings._cues(senses) for senses in load_triggers().senses.values())  # kept
    assert _read() == first


def test_a_full_store_of_cues_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    happenings._cues.cache_clear()
    monkeypatch.setattr(happenings, "_CUES_KEPT", 2)
    assert _read() == [kind for *_, kind in READINGS]
    assert all(len(happenings._cues(senses)) <= 2 for senses in load_triggers().senses.values())
    happenings._cues.cache_clear()
