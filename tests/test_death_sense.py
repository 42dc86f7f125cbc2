"""«لقي مصرعه»، «لقوا حتفهم»، «أسفر عن مصرع» take their class from the words around them: an accident's
(حادث سير، سقوطه، اصطدام، دهسا) make a death (وفاة, one entry with «توفي»), a conflict's (قصف، بنيران
مسلحين، اشتباكات، على يد) a killing (قتلى); with neither a killing (Arabic written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from merge_helpers import clause_rows, entry_of

from timeline import happenings
from timeline.happenings import load_triggers
from timeline.errors import LanguageDataError


def test_met_their_death_in_an_accident_is_a_death() -> None:
    rows = clause_rows([
        "لقي سائق مصرعه مساء أمس في حادث مروري على الطريق الساحلي.",
        "لقي طفلان حتفهما أمس دهسا قرب مدرستهما في حي الربوة.",
        "أسفر حادث تصادم بين حافلة وشاحنة صباح اليوم عن مصرع ثلاثة ركاب.",
        # the cue eight words after it: a sense may read further than sense_reach
        "لقي نجار مصرعه صباح أمس في ورشة بالمنطقة الصناعية بمدينة الوادي إثر سقوطه من سطحها.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(4)] == ["وفاة"] * 4


def test_met_their_death_in_a_conflict_or_untold_is_a_killing() -> None:
    rows = clause_rows([
        "لقي أربعة مدنيين حتفهم مساء أمس في قصف على سوق البلدة.",
        "ولقي حارس مصرعه فجر اليوم بنيران مسلحين مجهولين قرب المصرف.",
        "لقي راع مصرعه أمس على يد لصوص الماشية.",
        "لقي شاب مصرعه أمس في ظروف غامضة.",
        # a happening of its own class told after the toll names it (its cause), as before
        "لقي عاملان حتفهما مساء الأحد إثر انهيار سقف مستودع.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(5)] == ["غارة", "قتلى", "قتلى", "قتلى", "قتلى"]
    assert rows["c-4"]["cause"] == "انهيار"


def test_a_fall_told_by_two_outlets_is_one_entry() -> None:
    entry = entry_of([
        {"id": "met", "source": "صدى الساحل", "published": "2024-09-03T19:00",
         "text": "لقي عامل بناء مصرعه ظهر اليوم في حي الميناء بمدينة الوادي إثر سقوطه من سقالة برج قيد الإنشاء."},
        {"id": "died", "source": "الأفق", "published": "2024-09-03T20:00",
         "text": "توفي عامل بناء ظهر اليوم بعد سقوطه من سقالة برج سكني في حي الميناء بمدينة الوادي."},
    ])
    assert entry["met"] == entry["died"]


def test_a_shelling_and_a_notable_s_death_of_one_day_stay_apart() -> None:
    entry = entry_of([
        {"id": "shelled", "source": "صدى الساحل", "published": "2024-09-03T19:00",
         "text": "لقي ستة أشخاص حتفهم صباح اليوم في قصف مدفعي استهدف حي السوق بمدينة التلال."},
        {"id": "shelled-2", "source": "نشرة التلال", "published": "2024-09-03T20:00",
         "text": "قتل ستة أشخاص صباح اليوم في قصف مدفعي على حي السوق بمدينة التلال."},
        {"id": "notable", "source": "الأفق", "published": "2024-09-03T21:00",
         "text": "توفي صباح اليوم الشاعر مراد العلي في منزله بمدينة التلال عن عمر ناهز تسعين عاما."},
    ])
    assert entry["shelled"] == entry["shelled-2"] != entry["notable"]


def test_a_sense_s_reach_is_a_count_of_words(monkeypatch: pytest.MonkeyPatch) -> None:
    real = happenings.load_language_yaml
    data: dict[str, Any] = {**real("ar", "triggers.yaml")}
    data["senses"] = [*data["senses"], {"forms": ["رفع"], "reach": "far", "cues": {"تصويت": ["علم"]}}]
    monkeypatch.setattr(happenings, "load_language_yaml",
                        lambda code, name: data if name == "triggers.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match=r"senses\[\d+\]: reach: a count of words"):
        load_triggers.__wrapped__("ar")
    assert load_triggers().reach_of("مصرعه") > load_triggers().sense_reach == load_triggers().reach_of("لقاء")
