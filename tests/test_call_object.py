"""A call's object is what it asks for, still to be done: a later date of the sentence, in a relative clause of
the object or after «وذلك», is never that object's own, so the object stays with the call (``asking`` of
``lang/ar/triggers.yaml``); a condemnation's object is still cut off and dated by its relative clause (Arabic
written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline import build_timeline
from timeline.happenings import load_triggers
from timeline.normalize import fold
from timeline.wording import clause_features


def _events(texts: list[str]) -> dict[tuple[str, str], tuple[str, str | None]]:
    """Each event's clause and class, by its article (``c-K``) and its date expression."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame).events
    return {(a, e): (c, t) for a, e, c, t in zip(frame["article_id"], frame["expr"], frame["clause"],
                                                 features["trigger"])}


def test_a_call_keeps_its_object_before_a_later_date() -> None:
    found = _events([
        "بدورها طالبت النقابة أمس الاثنين الوزير بإقالة المديرين الذين يثبت تورطهم في الفساد وذلك في إطار خطة"
        " أقرتها الحكومة أول أمس الأحد.",
        "دعا الاتحاد العام أمس الثلاثاء البرلمان إلى محاسبة المسؤولين الذين تسببوا في الأزمة وذلك ضمن مراجعة"
        " بدأتها اللجنة يوم الأحد الماضي.",
        "وطالبت الجمعية أمس الأربعاء الوزارة بمحاسبة الموظفين الذين تأخروا في صرف الرواتب وذلك وفق لائحة"
        " أصدرتها الهيئة يوم الاثنين الماضي.",
    ])
    clause, cls = found[("c-0", "أمس الاثنين")]
    assert "بإقالة المديرين" in clause and cls == "دعوة"
    assert found[("c-0", "أول أمس الأحد")][0].startswith("وذلك")  # the plan's own clause
    clause, cls = found[("c-1", "أمس الثلاثاء")]
    assert "محاسبة المسؤولين" in clause and cls == "دعوة"
    assert found[("c-1", "يوم الأحد الماضي")][0].startswith("وذلك")
    clause, cls = found[("c-2", "أمس الأربعاء")]
    assert "بمحاسبة الموظفين" in clause and cls == "دعوة"


def test_a_condemnation_still_gives_its_object_the_later_date() -> None:
    found = _events(["استنكر المجلس مساء أمس التفجير الذي استهدف الجمعة الماضية محطة الحافلات في المدينة."])
    assert found[("c-0", "الجمعة الماضية")] == ("التفجير الذي استهدف الجمعة الماضية محطة الحافلات في المدينة.",
                                                "تفجير")
    assert found[("c-0", "مساء أمس")][1] == "إدانة"


def test_a_happening_the_call_names_keeps_its_own_date() -> None:
    found = _events(["وطالبت النقابة اليوم بمحاسبة المسؤولين عن الحريق الذي اندلع فجر أمس في المستودع."])
    assert found[("c-0", "فجر أمس")] == ("الحريق الذي اندلع فجر أمس في المستودع.", "حريق")
    assert found[("c-0", "اليوم")][1] == "دعوة"


def test_what_a_call_asks_for() -> None:
    lexicon = load_triggers()
    assert lexicon.asks("دعوة") and not lexicon.asks("إدانة") and not lexicon.asks(None)
    assert all(lexicon.is_reaction(cls) for cls in lexicon.asking)
    assert lexicon.asked("باقاله", "الوزير") and lexicon.asked("وبالافراج", "")
    assert lexicon.asked("الافراج", fold("إلى")) and lexicon.asked("الافراج", fold("وإلى"))
    assert lexicon.asked("بمحاسبه", "الوزاره")
    assert not lexicon.asked("الحريق", "عن") and not lexicon.asked("بدء", "بعد")
