"""A happening word after a word that names a case (``lang/ar/triggers.yaml`` ``naming``:
متهمي تفجير، منفذي الهجوم) is never its clause's happening, even when the clause has no
other: no fallback to the case's name; the clause's own verb tells it when the lexicon has
one (أخلت المحكمة سبيل: a release). After the other subordinators (جراء القصف، موقع
التفجير) the fallback stays."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline import wording
from timeline.frame import conform_events
from timeline.happenings import load_triggers
from timeline.normalize import fold


def _triggers(clauses: list[str], exprs: list[str]) -> list[str | None]:
    starts = [c.index(e) for c, e in zip(clauses, exprs)]
    events = conform_events(pl.DataFrame({
        "article_id": [f"a{i}" for i in range(len(clauses))], "clause": clauses, "expr": exprs,
        "clause_start": [0] * len(clauses), "expr_start": starts,
        "expr_end": [s + len(e) for s, e in zip(starts, exprs)],
        "published": [dt.datetime(2016, 3, 9, 10)] * len(clauses), "place": [None] * len(clauses),
    }))
    return wording.clause_features(events).events["trigger"].to_list()


CLAUSES = ["وأخلت المحكمة أمس سبيل ثلاثة من متهمي تفجير محطة القطارات",
           "ومثل أمس أمام القاضي خمسة من منفذي الهجوم على محطة القطارات",
           "وتضررت عشرات المنازل أمس جراء القصف على الأحياء الشرقية",
           "وأخلت الشرطة أمس المبنى المجاور للسوق القديم"]


def test_a_case_name_is_no_fallback_in_the_merge() -> None:
    assert _triggers(CLAUSES, ["أمس"] * 4) == ["إفراج", None, "غارة", None]


def test_a_case_name_is_no_fallback_in_a_clause() -> None:
    lexicon = load_triggers()
    assert [lexicon.happening(fold(c)) for c in CLAUSES] == ["إفراج", None, "غارة", None]
    assert lexicon.happening(fold("وصرح أحد منفذي الهجوم على المحطة أمام المحكمة")) is None
    assert lexicon.happening(fold("وقال الوزير خلال لقاء مع نظيره أمس")) == "اجتماع"
    assert lexicon.happening(fold("وتجمع الأهالي أمس في موقع التفجير قرب السوق")) == "تفجير"
