"""A phrase counted from a happening X (``بعد يومين على التفجير``) is dated from a report only
when the report's own happening is of X's group (``anchors.tells_happening_like``): a
condemnation dated Sunday that names the bombing does not tell the bombing's day; one whose
date stands in the bombing's relative clause does (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.anchors import tells_happening_like
from timeline.pipeline import build_timeline

FUNERAL = {"id": "c-2", "source": "صدى الساحل", "published": "2024-03-13T08:00",
           "text": "شيع أهالي مدينة الزيتون أمس سبعة من أبناء المدينة سقطوا أمام مبنى البلدية. "
                   "وأعاد العمال فتح شارع البلدية في مدينة الزيتون بعد يومين على التفجير."}


def _counted(report: str) -> list[str | None]:
    condemned = {"id": "c-1", "source": "نشرة الوادي", "published": "2024-03-11T08:00", "text": report}
    timeline = build_timeline(pl.DataFrame([condemned, FUNERAL]))
    rows = pl.concat([timeline.events, timeline.undated], how="diagonal_relaxed")
    return rows.filter(pl.col("expr") == "بعد يومين على التفجير")["value"].to_list()


def test_a_condemnation_does_not_tell_the_bombings_day() -> None:
    # the condemnation's Sunday (10 March) is not the bombing's: the phrase stays undated
    assert _counted("أدانت وزارة الخارجية يوم الأحد بشدة التفجير أمام مبنى البلدية في مدينة الزيتون.") == [
        "event:تفجير+P2D"]


def test_a_date_in_the_bombings_relative_clause_tells_its_day() -> None:
    assert _counted("أدانت وزارة الخارجية بشدة التفجير الذي وقع يوم الأحد أمام مبنى البلدية في مدينة الزيتون.") == [
        "2024-03-12"]


def test_the_reports_own_happening_decides() -> None:
    clause = "وبدأت الاشتباكات ليل أمس في محيط البلدة حيث يحاول التنظيم بسط سيطرته على البلدة"
    assert tells_happening_like("سيطرته", clause, clause.index("ليل"))  # clashes: X's group
    clause = "وأرجأت المحكمة أمس محاكمة المتهمين بتفجير المحطة"
    assert not tells_happening_like("التفجير", clause, clause.index("أمس"))
    clause = "واستنكرت الجامعة العربية أمس الهجوم على المحطة"
    assert not tells_happening_like("الهجوم", clause, clause.index("أمس"))
    clause = "وانفجرت سيارة مفخخة أمس قرب المحطة"
    assert tells_happening_like("الانفجار", clause, clause.index("أمس"))
