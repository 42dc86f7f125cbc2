"""A clause's class is its own predicate's: a cell or a ring dismantled (فككت قوات الأمن خلية، تفكيك شبكة) is an
arrest, not the attacks it meant to carry out nor one named after it; a bomb, an army or a muscle «dismantled» is
no arrest (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline import build_timeline
from timeline.happenings import load_triggers
from timeline.wording import clause_features


def _classes(texts: list[str]) -> dict[tuple[str, str], str | None]:
    """Each event's class, by its article (``c-K``) and its date expression."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame).events
    return dict(zip(zip(frame["article_id"], frame["expr"]), features["trigger"]))


def test_a_cell_dismantled_is_an_arrest() -> None:
    found = _classes([
        "قالت وزارة الداخلية أمس إن قوات الأمن فككت خلية كانت تعتزم تنفيذ هجمات في أعقاب هجوم على فندق.",
        "وأعلنت الوزارة أمس تفكيك شبكة لتهريب البشر في الميناء.",
        "وفككت الشرطة صباح اليوم عصابة لسرقة السيارات في الحي الشرقي.",
    ])
    assert found[("c-0", "أمس")] == "اعتقال"
    assert found[("c-1", "أمس")] == "اعتقال"
    assert found[("c-2", "صباح اليوم")] == "اعتقال"


def test_what_else_is_dismantled_is_no_arrest() -> None:
    found = _classes([
        "ويعود قرار تفكيك الجيش القديم إلى عام 2003.",
        "وأنهى اللاعبون أمس تدريبهم بتفكيك العضلات حول الملعب.",
    ])
    assert found[("c-0", "عام 2003")] is None
    assert found[("c-1", "أمس")] is None
    lexicon = load_triggers()
    assert lexicon.word_class("فككت", ["خليه", "ارهابيه"]) == "اعتقال"
    assert lexicon.word_class("فككت", ["العبوه", "الناسفه"]) is None


def test_a_network_dismantled_is_an_arrest_only_by_what_it_did() -> None:
    found = _classes([
        "وباشرت البلدية أمس تفكيك شبكة الإنارة القديمة في الشارع الرئيسي.",
        "وفكك الفنيون صباح اليوم شبكة المراوح في القاعة قبل ترميمها.",
        "وأعلن الحرس أمس تفكيك شبكة لتهريب الوقود عبر الحدود.",
    ])
    assert found[("c-0", "أمس")] is None
    assert found[("c-1", "صباح اليوم")] is None
    assert found[("c-2", "أمس")] == "اعتقال"
