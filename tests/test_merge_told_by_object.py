"""Arrivals told apart by who arrives: the arrival word (وصل، زيارة) names one class for every
official of the day, so two arrivals whose words govern different names, none shared, are
two entries however alike the rest (``told_by_object`` in actors.yaml), while one arrival
told twice, the name in both, stays one (Arabic written for these tests, real tagger)."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows, entry_of

import timeline.wording as wording
from timeline.errors import LanguageDataError
from timeline.wording import told_by_object


def _article(key: str, source: str, text: str) -> dict[str, str]:
    return {"id": key, "source": source, "published": "2024-07-04T08:00", "text": text}


GERMAN = "وصل فرانك هولمان وزير الخارجية الألماني أمس إلى مدينة النخيل في زيارة رسمية يلتقي خلالها كبار المسؤولين."
ITALIAN = "وصل ماريو روسيني وزير الخارجية الإيطالي أمس إلى مدينة النخيل في زيارة رسمية يلتقي خلالها كبار المسؤولين."
GERMAN_AGAIN = "وصل وزير الخارجية الألماني فرانك هولمان أمس إلى مدينة النخيل في زيارة رسمية."


def test_an_arrival_governs_who_arrives() -> None:
    rows = clause_rows([GERMAN, ITALIAN])
    assert rows["c-0"]["trigger"] == rows["c-1"]["trigger"] == "زيارة"
    assert rows["c-0"]["object"] and not set(rows["c-0"]["object"]) & set(rows["c-1"]["object"])


def test_two_officials_arriving_in_one_town_on_one_day_stay_apart() -> None:
    entry = entry_of([_article("de", "نشرة الوادي", GERMAN), _article("it", "صدى الساحل", ITALIAN)])
    assert entry["de"] != entry["it"]


def test_one_arrival_told_twice_is_one_entry() -> None:
    # the name governed in one report, further on in the other: one arrival
    entry = entry_of([_article("de", "نشرة الوادي", GERMAN), _article("again", "أخبار التلال", GERMAN_AGAIN)])
    assert entry["de"] == entry["again"]


def test_told_by_object_names_classes_of_triggers_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "زيارة" in told_by_object()
    monkeypatch.setattr(wording, "load_language_yaml", lambda code, name: {"told_by_object": ["زيارة", "نزهة"]})
    told_by_object.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match=r"actors.yaml: told_by_object: unknown classes \['نزهة'\]"):
            told_by_object()
    finally:
        monkeypatch.undo()
        told_by_object.cache_clear()


def test_two_princes_arriving_are_told_apart_by_name_not_titles() -> None:
    # the titles (صاحب السمو الملكي الأمير) tell rank, not who: the names after them are governed
    first = "وصل صاحب السمو الملكي الأمير فيصل بن سالم أمس إلى مدينة النخيل في زيارة رسمية لافتتاح مشروعات جديدة."
    second = "وصل صاحب السمو الملكي الأمير خالد بن ناصر أمس إلى مدينة النخيل في زيارة رسمية لافتتاح مشروعات جديدة."
    rows = clause_rows([first, second])
    assert rows["c-0"]["object"] == ["سالم", "فيصل"] and rows["c-1"]["object"] == ["خالد", "ناصر"]
    entry = entry_of([_article("faisal", "نشرة الوادي", first), _article("khalid", "صدى الساحل", second)])
    assert entry["faisal"] != entry["khalid"]


def test_told_by_object_must_be_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wording, "load_language_yaml", lambda code, name: {"told_by_object": "زيارة"})
    told_by_object.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match="actors.yaml: told_by_object: a list of happening classes"):
            told_by_object()
    finally:
        monkeypatch.undo()
        told_by_object.cache_clear()
