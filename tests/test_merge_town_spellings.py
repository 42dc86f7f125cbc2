"""A town outlets spell differently (``سيزر``، ``جيزرة``، ``جزيرة ابن عمر``; ``بلدة الجزيرة`` only with its
place word) is one shared word to the merge: two reports of one attack there on one evening join;
an attack in another town stays apart; a word that only stems like a spelling (``الجيزة``, Giza,
stems as ``جيزان`` does) is not read as the town (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl
import pytest

from timeline.pipeline import build_timeline
from timeline.wording import _spelled, clause_features

_FIRST = "أطلق مسلحون مساء أمس قذيفة على عربة مدرعة للدرك في {town} فقتلوا عنصرا وجرحوا اثنين من رفاقه، بحسب مصادر محلية."
_SECOND = "وقتل دركي مساء أمس في هجوم نفذه مسلحون على عربة مدرعة تابعة للدرك في سيزر بولاية شرناق قرب الحدود."


def _articles(town: str) -> list[dict[str, str]]:
    return [
        {"id": "a1", "source": "صحيفة الشرق", "published": "2024-03-10T08:00", "text": _FIRST.format(town=town)},
        {"id": "a2", "source": "صحيفة الغرب", "published": "2024-03-10T09:00", "text": _SECOND},
        {"id": "a3", "source": "وكالة النهر", "published": "2024-03-10T07:00",
         "text": "وفي العاصمة، عقد البرلمان أمس جلسة طارئة لبحث الأوضاع الأمنية في المحافظات الجنوبية الشرقية."},
        {"id": "a4", "source": "صحيفة الوادي", "published": "2024-03-10T07:30",
         "text": "وأعلن الجيش أمس أنه قتل خمسة من المسلحين في غارات جوية على مواقعهم في الجبال شمال العراق."},
    ]


def _entries(town: str) -> dict[str, int]:
    events = build_timeline(pl.DataFrame(_articles(town))).events
    return dict(zip(events["article_id"], events["cluster"]))


@pytest.mark.parametrize("town", ["بلدة الجزيرة", "جيزرة", "مدينة جزيرة ابن عمر"])
def test_one_attack_in_a_town_spelled_two_ways_is_one_entry(town: str) -> None:
    entry = _entries(town)
    assert entry["a1"] == entry["a2"]
    assert len({entry["a1"], entry["a3"], entry["a4"]}) == 3


def test_an_attack_in_another_town_stays_apart() -> None:
    entry = _entries("بلدة سلوبي")
    assert entry["a1"] != entry["a2"]


def test_the_spellings_share_a_word_and_a_look_alike_does_not() -> None:
    clauses = ["وصل الوفد إلى سيزر أمس.", "وصل الوفد إلى جزرة أمس.", "وصل الوفد إلى جيزان أمس.",
               "وصل الوفد إلى جازان أمس.", "وصل الوفد إلى الجيزة أمس.", "وصل الوفد إلى بلدة الجزيرة أمس.",
               "وصلت الطائرة إلى الجزيرة العربية أمس."]
    events = build_timeline(pl.DataFrame([
        {"id": f"c{k}", "source": "صحيفة", "published": "2024-03-10T08:00", "text": text}
        for k, text in enumerate(clauses)]), merge=False).events
    words = dict(zip(events["article_id"], (set(w) for w in clause_features(events).events["words"])))
    assert words["c0"] & words["c1"] - words["c2"]  # سيزر and جزرة: Cizre's word
    assert words["c0"] & words["c1"] & words["c5"] - words["c2"]  # ...and بلدة الجزيرة
    assert (words["c2"] & words["c3"]) - words["c0"]  # جيزان and جازان
    assert not (words["c4"] & words["c3"]) - words["c0"]  # الجيزة is not جازان
    assert not (words["c6"] & words["c0"]) - words["c2"]  # the bare الجزيرة is no town


def test_spellings_are_derived_from_the_gazetteer() -> None:
    one, longer = _spelled()
    assert one["سيزر"] == one["جيزره"]
    assert (("بلده", "الجزيره"), ("جزره",)) in longer
    assert "الجزيره" not in one and "جيزه" not in one
