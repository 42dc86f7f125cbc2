"""Happening nouns are written once in triggers.yaml (``nouns:``); their forms with an attached
pronoun are derived when the lexicon loads (``محادثاتهم``، ``زيارته``، ``وفاتها``)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from merge_helpers import clause_rows, entry_of

from timeline import happenings
from timeline.errors import LanguageDataError
from timeline.happenings import load_triggers, noun_forms


def test_a_noun_written_once_gives_its_forms_with_a_pronoun() -> None:
    pronouns = ("هما", "هم", "ها", "ه")
    assert noun_forms("محادثات", pronouns) == {"محادثات", "محادثاتهما", "محادثاتهم", "محادثاتها", "محادثاته"}
    # ة (folded ه) is written ت before the pronoun; a final hamza sits on its seat
    assert "زيارته" in noun_forms("زياره", pronouns)
    assert "زيارهه" not in noun_forms("زياره", pronouns)
    assert {"اختفائه", "اختفاؤه", "اختفاءه"} <= noun_forms("اختفاء", pronouns)


def test_a_masculine_noun_gives_its_nominative_dual_with_duals() -> None:
    pronouns = ("ه", "هما")
    # alone, in construct and with each pronoun; not the oblique (والدين is also و + الدين)
    assert noun_forms("والد", pronouns, duals=True) == {
        "والد", "والده", "والدهما", "والدان", "والدا", "والداه", "والداهما"}
    assert noun_forms("تقرير", pronouns) == {"تقرير", "تقريره", "تقريرهما"}
    # a feminine noun (ة, folded ه) gives no dual so
    assert noun_forms("والده", pronouns, duals=True) == {"والده", "والدته", "والدتهما"}


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


def test_talks_told_as_their_talks_and_as_negotiations_are_one_class_and_one_entry() -> None:
    # one session of talks, told by one outlet with a pronoun (محادثاتهما) and by another as
    # المفاوضات: one class (talks are meetings), one entry
    articles = [
        {"id": "theirs", "source": "نشرة الوادي", "published": "2024-07-08T08:00",
         "text": "استأنف وفدا بلدة النخيل وبلدة الساحل أمس محادثاتهما حول تقاسم مياه النهر في مدينة الوادي."},
        {"id": "talks", "source": "صدى الساحل", "published": "2024-07-08T09:00",
         "text": "استؤنفت أمس في مدينة الوادي المفاوضات بين وفدي بلدة النخيل وبلدة الساحل حول تقاسم مياه النهر."},
    ]
    found = clause_rows([a["text"] for a in articles])
    assert found["c-0"]["trigger"] == found["c-1"]["trigger"] == "اجتماع"
    entry = entry_of(articles)
    assert entry["theirs"] == entry["talks"]


def test_a_first_person_or_a_teams_matches_is_no_happening_noun() -> None:
    lexicon = load_triggers()
    assert lexicon.word_class("حصيلتنا") is None  # our tally (of medals)
    assert lexicon.word_class("مواجهاته") is None  # a team's matches


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["triggers"][0].update(nouns=["عبوة ناسفة"]), "class تفجير: bad noun"),
    (lambda d: d["triggers"][0].update(nouns="عبوة"), "class تفجير: nouns is not a list"),
    (lambda d: d.update(noun_pronouns=["ه", ""]), "noun_pronouns: an empty pronoun"),
])
def test_a_bad_noun_or_pronoun_names_its_entry(monkeypatch: pytest.MonkeyPatch, change: Any, message: str) -> None:
    real = happenings.load_language_yaml
    data = copy.deepcopy(real("ar", "triggers.yaml"))
    change(data)
    monkeypatch.setattr(happenings, "load_language_yaml",
                        lambda code, name: data if name == "triggers.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match=message):
        load_triggers.__wrapped__("ar")


def test_a_derived_form_gives_its_noun_as_the_head_of_a_phrase_counted_from_it() -> None:
    # «غداة محادثاتهم» is matched on the noun (محادثات) in the other sentences, as «غداة لقائه» on لقاء
    from timeline.anchors import happening_head
    from timeline.normalize import fold
    assert happening_head(fold("محادثاتهم")) == fold("محادثات")
    assert happening_head(fold("اجتماعهما")) == fold("اجتماع")
    assert happening_head(fold("اجتماعات")) == fold("اجتماعات")  # a form the data lists stays itself
