"""Happening nouns are written once in triggers.yaml (``nouns:``); their forms with an attached
pronoun are derived when the lexicon loads (``محادثاتهم``، ``زيارته``، ``وفاتها``)."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows

from timeline.happenings import load_triggers, noun_forms


def test_a_noun_written_once_gives_its_forms_with_a_pronoun() -> None:
    pronouns = ("هما", "هم", "ها", "ه")
    assert noun_forms("محادثات", pronouns) == {"محادثات", "محادثاتهما", "محادثاتهم", "محادثاتها", "محادثاته"}
    # ة (folded ه) is written ت before the pronoun; a final hamza sits on its seat
    assert "زيارته" in noun_forms("زياره", pronouns)
    assert "زيارهه" not in noun_forms("زياره", pronouns)
    assert {"اختفائه", "اختفاؤه", "اختفاءه"} <= noun_forms("اختفاء", pronouns)


@pytest.mark.parametrize(("word", "kind"), [
    ("محادثاتهم", "اجتماع"),
    ("ومفاوضاتها", "اجتماع"),
    ("زيارته", "زيارة"),
    ("لزيارتها", "زيارة"),
    ("وفاتها", "وفاة"),
    ("اختفاؤه", "اختفاء"),
    ("اجتماعهما", "اجتماع"),
    ("استقالته", "استقالة"),
    ("محاكمتهم", "محاكمة"),
    # not derived: a sensed noun is told by what follows it (إصابته، جولته), and a word that is
    # a plural or another noun once a pronoun would be glued (سيولة is liquidity, no floods)
    ("اصابته", None),
    ("سيوله", None),
    ("الشيعه", None),
])
def test_a_happening_noun_with_a_pronoun_keeps_its_class(word: str, kind: str | None) -> None:
    assert load_triggers().word_class(word) == kind


def test_talks_told_with_a_pronoun_give_the_clause_its_class() -> None:
    found = clause_rows(["استأنف الوفدان أمس محادثاتهما في العاصمة حول تمديد الاتفاق التجاري."])
    assert found["c-0"]["trigger"] is not None
