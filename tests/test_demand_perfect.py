"""A clause's class is its own predicate's: a demand told by the masculine perfect طالب is a call (دعوة), as
طالبت and يطالب are, not the dismissal or the release it asks for; a student (the same letters) is none (Arabic
written for these tests)."""

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


def test_a_demand_is_a_call_not_what_it_demands() -> None:
    found = _classes([
        "طالب رئيس المجلس البلدي أمس الوزير بإقالة مدير الصحة في المنطقة.",
        "وطالب النائب اليوم الحكومة بالإفراج عن المعتقلين.",
        "وطالب المئات من سكان القرية أمس بتحرير أراضيهم من المسلحين.",
        "وطالبت النقابة أمس بإقالة المدير العام.",
        "أقال الرئيس أمس وزير الكهرباء من منصبه.",
    ])
    assert [found[(f"c-{k}", day)] for k, day in enumerate(["أمس", "اليوم", "أمس", "أمس"])] == ["دعوة"] * 4
    assert found[("c-4", "أمس")] == "إقالة"  # a dismissal done


def test_a_student_is_no_demand() -> None:
    found = _classes([
        "وقال طالب في جامعة القاهرة أمس إن الامتحانات صعبة.",
        "وقتل طالب جامعي أمس برصاص مجهولين في ضواحي المدينة.",
        "واستقبلت الكلية أمس أكثر من 300 طالب وطالبة في برامجها الجديدة.",
        "وكان النادي قد طالب بعشرين مليون يورو مقابل اللاعب الصيف الماضي.",
    ])
    assert found[("c-0", "أمس")] is None
    assert found[("c-1", "أمس")] == "قتلى"
    assert found[("c-2", "أمس")] is None
    assert found[("c-3", "الصيف الماضي")] is None
    assert load_triggers().word_class("طالب", ["جامعي"]) is None

