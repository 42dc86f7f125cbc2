"""A declaration told "yesterday" keeps its date: a day declared off lies ahead of the telling,
"أمس" and "أمس الأول" name when it was declared (review17; Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.pipeline import build_timeline


def _dated(texts: list[str]) -> dict[str, dt.datetime]:
    events = build_timeline(pl.DataFrame([
        {"id": f"d-{k}", "published": "2024-03-13T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    return dict(zip(events["article_id"], events["start"]))


def test_a_declaration_told_yesterday_keeps_its_day() -> None:
    dated = _dated(["أعلنت الحكومة أمس عطلة رسمية بمناسبة اليوم الوطني للبلاد.",
                    "وقرر مجلس الإدارة أمس الأول إجازة للعاملين بعد انقطاع الكهرباء عن المبنى."])
    assert dated == {"d-0": dt.datetime(2024, 3, 12), "d-1": dt.datetime(2024, 3, 11)}


def test_a_weekday_declared_off_still_dates_nothing() -> None:
    assert _dated(["وأعلن المحافظ الأحد المقبل إجازة رسمية في المدارس."]) == {}
