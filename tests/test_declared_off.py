"""A day declared or granted off (أعلن الخميس إجازة، باعتبار السادس من أغسطس عطلة) is the holiday's
day, not the time of the declaration: it dates nothing (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _dated(texts: list[str], published: str = "2015-08-04T08:00") -> list[tuple[str, str]]:
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": published, "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    return sorted(zip(frame["article_id"], frame["expr"]))


def test_a_day_declared_off_dates_nothing() -> None:
    assert _dated([
        "وأعلن الخميس عطلة رسمية في المدارس والدوائر الحكومية.",
        "وأعلنت الحكومة نهار يومي السبت والأحد (الأول والثاني من أغسطس) عطلة رسمية بسبب موجة الحر.",
        "وسيمنح المدرب اللاعبين يومي الأحد والاثنين إجازة قبل استئناف التدريبات.",
    ]) == []


def test_the_declarations_own_date_stays() -> None:
    # the meeting is tomorrow; the day declared off is the holiday's
    assert _dated(["وسيصدر المجلس في اجتماعه غدا قرارا باعتبار العاشر من أغسطس إجازة رسمية."]) == [
        ("c-0", "غدا")]


def test_a_leave_or_a_holiday_told_otherwise_still_dates() -> None:
    assert _dated([
        "وصل الأمير اليوم إلى جنيف في إجازة خاصة.",
        "وأعلن الوزير الخميس بدء العطلة الصيفية للمدارس.",
        "وقضى اللاعبون يوم الأحد إجازة مع عائلاتهم.",
    ]) == [("c-0", "اليوم"), ("c-1", "الخميس"), ("c-2", "يوم الأحد")]


def test_a_day_deemed_off_by_the_words_after_it_dates_nothing() -> None:
    # the deeming verb follows the day, in the passive or the future; the announcement keeps its day
    # (and lends it to what it announced, told after أن)
    assert sorted(set(_dated([
        "وأعلنت وزارة الداخلية اليوم أن يوم الخميس المقبل الموافق العاشر من الشهر الجاري سيتم اعتباره عطلة رسمية.",
        "وقالت البلدية إن السبت المقبل يعتبر إجازة رسمية في جميع الدوائر.",
        "وأكد المتحدث أن يوم الاثنين القادم سيعتبر عطلة بمناسبة العيد الوطني.",
        "وأوضح البيان أن يوم الأحد القادم والموافق التاسع من أغسطس سيتم اعتباره إجازة للعاملين في القطاع العام.",
    ]))) == [("c-0", "اليوم")]


def test_a_day_followed_by_a_deeming_verb_without_a_holiday_still_dates() -> None:
    assert _dated([
        "وقال الوزير إن الخميس المقبل سيتم اعتباره موعدا نهائيا لتقديم الطلبات.",
        "وأوضح أن السبت الماضي يعتبر أسوأ يوم في تاريخ البورصة.",
    ]) == [("c-0", "الخميس المقبل"), ("c-1", "السبت الماضي")]


def test_what_was_announced_takes_the_announcements_day() -> None:
    # the clause told after أن keeps the announcement's day, not the holiday's
    frame = build_timeline(pl.DataFrame([{
        "id": "c-0", "published": "2015-08-04T08:00",
        "text": "أعلنت وزارة التربية اليوم أن يوم الأحد المقبل سيتم اعتباره عطلة رسمية في المدارس.",
    }]), merge=False).events
    dated = sorted(zip(frame["expr"], frame["start"].dt.date().cast(str), frame["clause"]))
    assert [(expr, day) for expr, day, _ in dated] == [("اليوم", "2015-08-04")] * len(dated)
    assert any("عطلة" in clause for _, _, clause in dated)
