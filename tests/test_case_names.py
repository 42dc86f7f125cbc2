"""A happening named after "the accused of" or "the perpetrators of" names a case, not the
clause's happening (``lang/ar/triggers.yaml`` ``subordinators``): a trial of the accused in a
bombing is a trial; and such a report does not tell the bombing's day to a phrase counted
from the bombing, while one told "during" a meeting tells the meeting's (``timing``)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline import wording
from timeline.anchors import names_happening_like
from timeline.frame import conform_events


def _triggers(clauses: list[str], exprs: list[str]) -> list[str | None]:
    starts = [c.index(e) for c, e in zip(clauses, exprs)]
    events = conform_events(pl.DataFrame({
        "article_id": [f"a{i}" for i in range(len(clauses))], "clause": clauses, "expr": exprs,
        "clause_start": [0] * len(clauses), "expr_start": starts,
        "expr_end": [s + len(e) for s, e in zip(starts, exprs)],
        "published": [dt.datetime(2016, 3, 9, 10)] * len(clauses), "place": [None] * len(clauses),
    }))
    return wording.clause_features(events).events["trigger"].to_list()


def test_a_trial_of_the_accused_in_a_bombing_is_a_trial() -> None:
    clauses = ["وأرجأت محكمة الجنايات محاكمة المتهمين بتفجير محطة الحافلات التي انطلقت أمس",
               "واستأنفت المحكمة محاكمة منفذ الهجوم على محطة الحافلات صباح أمس",
               "وانفجرت سيارة مفخخة أمس قرب محطة الحافلات في وسط المدينة"]
    assert _triggers(clauses, ["أمس", "صباح أمس", "أمس"]) == ["محاكمة", "محاكمة", "تفجير"]


def test_a_case_name_does_not_tell_the_day_of_the_happening() -> None:
    assert not names_happening_like("التفجير", "وأرجأت المحكمة أمس محاكمة المتهمين بتفجير محطة الحافلات")
    assert names_happening_like("التفجير", "وهز تفجير انتحاري محطة الحافلات صباح أمس")
    assert names_happening_like("لقاء", "وقال الوزير خلال لقاء مع نظيره الروسي أمس إن المحادثات كانت بناءة")
