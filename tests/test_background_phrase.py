"""A clause's class is its own predicate's, not a word told inside the phrase of what it follows: a happening
word after a background one in the same phrase (إثر هجوم … ومحاصرتهم فندقين) is background too; في أعقاب is a
timing subordinator as عقب is; a cell dismantled (فككت قوات الأمن خلية) is an arrest (Arabic written for these
tests)."""

from __future__ import annotations

import polars as pl

from timeline import build_timeline
from timeline.wording import clause_features


def _classes(texts: list[str]) -> dict[tuple[str, str], str | None]:
    """Each event's class, by its article (``c-K``) and its date expression."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame).events
    return dict(zip(zip(frame["article_id"], frame["expr"]), features["trigger"]))


def test_a_word_after_a_background_one_in_its_phrase_is_background() -> None:
    found = _classes([
        # the clause cut at its second date begins with the phrase: the siege told in it is the attack's
        "قتل عدة أشخاص في المدينة صباح اليوم إثر هجوم شنه مسلحون مساء أمس على سوق رئيسية ومحاصرتهم فندقين.",
        "وعاد الهدوء إلى البلدة بعد اشتباكات اندلعت مساء أمس وحصار الجيش للحي القديم.",
        # a siege told as the clause's own predicate stays a siege
        "وحاصر المسلحون اليوم فندقين بعد هجوم على سوق المدينة.",
        # a happening word outside the phrase is still the clause's
        "وتظاهر المئات أمس بعد مقتل ثلاثة أشخاص في اشتباكات مع الشرطة.",
    ])
    assert found[("c-0", "مساء أمس")] == "هجوم"
    assert found[("c-0", "صباح اليوم")] == "قتلى"
    assert found[("c-1", "مساء أمس")] == "اشتباك"
    assert found[("c-2", "اليوم")] == "حصار"
    assert found[("c-3", "أمس")] == "احتجاج"


def test_in_the_wake_of_is_a_timing_subordinator_as_after_is() -> None:
    found = _classes([
        "عقد مجلس الوزراء اجتماعا طارئا عقب انفجار المرفأ أمس.",
        "عقد مجلس الوزراء اجتماعا طارئا في أعقاب انفجار المرفأ أمس.",
        "وشددت السلطات إجراءاتها أمس في أعقاب هجوم مسلح على فندق.",  # the only happening word: still told
    ])
    assert found[("c-0", "أمس")] == found[("c-1", "أمس")] == "اجتماع"
    assert found[("c-2", "أمس")] == "هجوم"


def test_a_cell_dismantled_is_an_arrest() -> None:
    found = _classes([
        "قالت وزارة الداخلية أمس إن قوات الأمن فككت خلية كانت تعتزم تنفيذ هجمات في أعقاب هجوم على فندق.",
        "وأعلنت الوزارة أمس تفكيك شبكة لتهريب البشر في الميناء.",
        "ويعود قرار تفكيك الجيش القديم إلى عام 2003.",
        "وأنهى اللاعبون أمس تدريبهم بتفكيك العضلات حول الملعب.",
    ])
    assert found[("c-0", "أمس")] == "اعتقال"
    assert found[("c-1", "أمس")] == "اعتقال"
    assert found[("c-2", "عام 2003")] is None
    assert found[("c-3", "أمس")] is None
