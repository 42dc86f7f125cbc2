"""A death announced («أعلنت الوزارة عن وفاة…») tells the death, not the toll of the wounded told beside it;
a sentence carried out («نفذت الوزارة حكمين بالقتل»، «القصاص الذي نفذ أمس») is a court's (محاكمة), never
the killed of a conflict; a demand for retribution is none (Arabic written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from merge_helpers import clause_rows, entry_of

from timeline import happenings
from timeline.errors import LanguageDataError
from timeline.happenings import load_triggers


def test_a_death_announced_after_an_is_the_death() -> None:
    rows = clause_rows([
        "أعلنت وزارة الصحة أمس عن وفاة 12 شخصا وإصابة 40 آخرين بسبب موجة الحر.",
        "أفادت الهيئة في بيان اليوم عن وفاة ثلاثة معتقلين في سجن المدينة.",
        # a happening told before the death stays the clause's (the crash)
        "تحطمت طائرة صغيرة أمس قرب المطار ما أسفر عن وفاة ركابها الأربعة.",
        # a killing after عن is still background to the clashes (announced: وفاة only)
        "أعلن الجيش أمس عن مقتل 12 مسلحا وإصابة 40 آخرين في اشتباكات.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(4)] == ["وفاة", "وفاة", "تحطم", "اشتباك"]


def test_a_heat_toll_told_with_and_without_an_is_one_entry() -> None:
    entry = entry_of([
        {"id": "an", "source": "صدى الساحل", "published": "2024-07-09T08:00",
         "text": "أعلنت وزارة الصحة أمس عن وفاة 14 شخصا وإصابة 52 آخرين بسبب موجة الحر في محافظة الوادي."},
        {"id": "plain", "source": "الأفق", "published": "2024-07-09T09:00",
         "text": "أكدت وزارة الصحة أمس وفاة 14 شخصا وإصابة 52 آخرين جراء موجة الحر في محافظة الوادي."},
    ])
    assert entry["an"] == entry["plain"]


def test_a_sentence_carried_out_is_a_court_s() -> None:
    rows = clause_rows([
        "نفذت وزارة الداخلية اليوم حكمين بالقتل أحدهما قصاصا في جان بمنطقة الوادي والآخر تعزيرا في مهرب مخدرات.",
        "أصدرت المحكمة أمس حكما بالسجن عشر سنوات على المتهم.",
        "نفذت السلطات أمس حكم الإعدام في ثلاثة مدانين بتهريب المخدرات.",
        "نفذ القصاص أمس في الجاني بساحة المدينة.",
        # the sentence's date at the clause's end, an agreement of the heirs before it
        "نفذت الوزارة حكم القتل قصاصا في سالم لإقدامه على قتل جاره، ثم ثبت اتفاق الورثة على استيفاء "
        "القصاص الذي نفذ أمس بمدينة الوادي.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(5)] == ["محاكمة"] * 5


def test_a_demand_for_retribution_or_referees_are_no_trial() -> None:
    rows = clause_rows([
        "طالب أهالي الضحايا أمس بالقصاص.",
        "يشارك في المعسكر الذي افتتح أمس 30 حكما من عشر دول.",
    ])
    assert rows["c-0"]["trigger"] != "محاكمة"
    assert rows["c-1"]["trigger"] != "محاكمة"


def test_an_announced_class_is_a_class_and_no_toll(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_triggers().voices("وفاة") and not load_triggers().voices("قتلى")
    real = happenings.load_language_yaml
    for wrong in (["قتلى"], ["لا_صنف"]):
        data: dict[str, Any] = {**real("ar", "triggers.yaml"), "announced": wrong}
        monkeypatch.setattr(happenings, "load_language_yaml",
                            lambda code, name, data=data: data if name == "triggers.yaml" else real(code, name))
        with pytest.raises(LanguageDataError, match="announced"):
            load_triggers.__wrapped__("ar")
