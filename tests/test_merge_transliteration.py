"""A foreign name outlets write with different letters for one sound (غ/ج، ت/د) is one word
to the merge: ``الكونغرس``/``الكونجرس``، ``دمرتاش``/``دمرداش``; Arabic words told apart by those
letters stay two (Arabic written for these tests)."""

from __future__ import annotations

import copy

import polars as pl
import pytest
from merge_helpers import clause_rows, entry_of

from timeline import wording
from timeline.errors import LanguageDataError
from timeline.wording import _transliterated


def _read(stems: list[str]) -> list[str]:
    frame = pl.DataFrame({"token": stems, "stem": stems})
    return _transliterated(frame)["stem"].to_list()


def test_one_foreign_sound_written_two_ways_is_one_stem() -> None:
    assert _read(["كونغرس", "كونجرس"]) == ["كونجرس", "كونجرس"]
    assert _read(["دمرتاش", "دمرداش"]) == ["دمرتاش", "دمرتاش"]
    assert _read(["بوينغ", "بوينج"]) == ["بوينج", "بوينج"]


def test_arabic_words_told_apart_by_those_letters_stay_two() -> None:
    # a verb's prefix (تخولهم/دخولهم), a pronoun ending (سيردهم/سيرتهم), ك/ج (انتهاك/انتهاج)
    for pair in (["تخولهم", "دخولهم"], ["سيردهم", "سيرتهم"], ["انتهاك", "انتهاج"], ["مدين", "متين"]):
        assert _read(pair) == pair


def test_two_spellings_of_one_name_share_a_word() -> None:
    rows = clause_rows(["وصل وزير الخارجية الكولومبي فيليب غوتيريز أمس إلى الرياض",
                        "وصل وزير الخارجية الكولومبي فيليب جوتيريز أمس إلى الرياض"])
    assert set(rows["c-0"]["words"]) == set(rows["c-1"]["words"])


def test_a_condemnation_told_with_two_spellings_of_who_condemned_is_one_entry() -> None:
    # who voiced a reaction tells reactions apart: the two spellings must read as one actor
    entry = entry_of([
        {"id": "a", "source": "صدى الساحل", "published": "2024-05-12T20:00",
         "text": "وأدان دوغانداش أمس الهجوم على مركز الشرطة في بلدة الطيبة."},
        {"id": "b", "source": "نشرة الوادي", "published": "2024-05-12T21:00",
         "text": "وأدان دوغانتاش أمس الهجوم على مركز الشرطة في بلدة الطيبة."},
        {"id": "other", "source": "الأفق", "published": "2024-05-12T22:00",
         "text": "وأدان يلماز أمس الهجوم على مركز الشرطة في بلدة الطيبة."},
    ])
    assert entry["a"] == entry["b"] != entry["other"]


def test_two_arrivals_on_one_day_in_one_town_stay_apart() -> None:
    entry = entry_of([
        {"id": "gutierrez", "source": "صدى الساحل", "published": "2024-05-12T20:00",
         "text": "وصل فيليب غوتيريز وزير الخارجية الكولومبي أمس إلى الرياض في زيارة رسمية تستغرق يومين."},
        {"id": "gutierrez2", "source": "الأفق", "published": "2024-05-12T21:00",
         "text": "وصل فيليب جوتيريز وزير الخارجية الكولومبي أمس إلى الرياض في زيارة رسمية تستغرق يومين."},
        {"id": "pereira", "source": "نشرة الوادي", "published": "2024-05-12T22:00",
         "text": "وصل ماركو بيريرا وزير الخارجية البرازيلي أمس إلى الرياض في زيارة رسمية تستغرق يومين."},
    ])
    assert entry["gutierrez"] == entry["gutierrez2"] != entry["pereira"]


@pytest.mark.parametrize(("sounds", "message"), [
    (["غ", "ج"], "transliterations: a mapping"),
    ({"anywhere": ["غ"]}, "transliterations: anywhere: a mapping of one letter to one letter"),
    ({"inside": {"دد": "ت"}}, "transliterations: inside: a mapping of one letter to one letter"),
    ({"endings": "هم"}, "transliterations: endings: a list"),
])
def test_bad_transliterations_name_their_field(monkeypatch: pytest.MonkeyPatch, sounds: object, message: str) -> None:
    real = wording.load_language_yaml
    data = copy.deepcopy(real("ar", "wording.yaml"))
    data["transliterations"] = sounds
    monkeypatch.setattr(wording, "load_language_yaml",
                        lambda code, name: data if name == "wording.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match=message):
        wording.load_wording.__wrapped__("ar")
