"""One institution named two ways by two outlets (مجلس النواب / البرلمان) is one word to the
merge; two institutions stay two (Arabic written for these tests)."""

from __future__ import annotations

import dataclasses

import pytest
import polars as pl
from merge_helpers import entry_of

import timeline.wording as wording_module
from timeline.errors import LanguageDataError
from timeline.pipeline import build_timeline
from timeline.wording import _aliases, clause_features

_HOUSE_TAIL = "بعد جلسة طويلة حضرها الوزير سامي الحداد وشهدت نقاشا حادا حول الدوائر"
_PARLIAMENT_TAIL = "وسط تصفيق الأعضاء وغياب المعارضة التي قاطعت الجلسة احتجاجا على تأجيل موعد"
_SAME_VOTE = [
    {"id": "house", "source": "نشرة الوادي", "published": "2024-04-17T18:00",
     "text": f"صوت مجلس النواب اليوم الأربعاء على قانون الانتخابات {_HOUSE_TAIL}."},
    {"id": "parliament", "source": "صدى الساحل", "published": "2024-04-17T20:00",
     "text": f"صوت البرلمان اليوم الأربعاء على قانون الانتخابات {_PARLIAMENT_TAIL}."},
]


def test_one_parliament_named_two_ways_is_one_entry() -> None:
    entry = entry_of(_SAME_VOTE)
    assert entry["house"] == entry["parliament"]


def test_without_the_aliases_the_two_namings_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = dataclasses.replace(wording_module.load_wording(), aliases=())
    monkeypatch.setattr(wording_module, "load_wording", lambda code="ar": plain)
    entry = entry_of(_SAME_VOTE)
    assert entry["house"] != entry["parliament"]


def test_the_cabinet_and_the_parliament_stay_two_entries() -> None:
    entry = entry_of([
        {"id": "cabinet", "source": "نشرة الوادي", "published": "2024-04-17T18:00",
         "text": "أقر مجلس الوزراء اليوم الأربعاء مشروع الموازنة العامة وأحاله إلى البرلمان لمناقشته."},
        {"id": "house", "source": "صدى الساحل", "published": "2024-04-17T20:00",
         "text": "أقر مجلس النواب اليوم الأربعاء قانون الانتخابات بعد جلسة طويلة قاطعتها المعارضة."},
    ])
    assert entry["cabinet"] != entry["house"]


def _stems(texts: list[str]) -> list[set[str]]:
    """The content stems the merge reads in each text's (one clause's) words."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame)
    stem = dict(zip(features.words["word"], features.words["stem"]))
    by_article = dict(zip(frame["article_id"], features.events["words"]))
    return [{stem[w] for w in by_article[f"c-{k}"]} for k in range(len(texts))]


def test_forms_read_as_their_canonical_name() -> None:
    house, cabinet, premier, chair, group = _stems([
        "صوت مجلس النواب اليوم على القانون.",
        "أقر مجلس الوزراء اليوم الموازنة العامة.",
        "اجتمع رئيس الحكومة اليوم مع نواب رئيس الجمهورية.",
        "اجتمع رئيس مجلس الوزراء اليوم مع السفير.",
        "تبنى تنظيم الدولة الإسلامية اليوم الهجوم.",
    ])
    # a form keeps its head noun and its count of words: مجلس النواب is مجلس البرلمان
    assert {"مجلس", "برلم"} <= house and "نواب" not in house
    assert {"مجلس", "حكوم"} <= cabinet and "وزراء" not in cabinet
    # رئيس الحكومة is رئيس الوزراء; نواب alone ("deputies") stays itself
    assert {"رءيس", "وزراء", "نواب"} <= premier and "حكوم" not in premier
    # مجلس الوزراء inside رئيس مجلس الوزراء is not the cabinet
    assert {"رءيس", "مجلس", "وزراء"} <= chair and "حكوم" not in chair
    assert {"تنظيم", "داعش"} <= group and not {"دول", "اسلام"} & group


def test_a_bad_alias_row_names_its_name() -> None:
    with pytest.raises(LanguageDataError, match="aliases: البرلمان"):
        _aliases({"البرلمان": "مجلس النواب"}, "wording.yaml")
    with pytest.raises(LanguageDataError, match="fewer words"):
        _aliases({"رئيس الوزراء": ["الرئيس"]}, "wording.yaml")
