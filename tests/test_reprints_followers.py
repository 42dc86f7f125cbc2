"""A clause that shares a reprinted expression's date (told «فيما», or ``--inherit``) follows it to
the first copy's day, as the expression does (:func:`timeline.reprints._followers`; review58).
Arabic written for these tests."""

from __future__ import annotations

import polars as pl

from timeline import build_timeline

_OPENING = ("وافتتح وزير النقل مساء أمس الطريق الدائري الجديد في العاصمة بحضور عدد من المسؤولين والمهندسين، "
            "فيما بدأت الشركات المنفذة أعمال المرحلة الثانية من المشروع.")


def _rows(text: str, *, inherit: bool = False) -> pl.DataFrame:
    articles = [{"id": i, "published": p, "text": text, "source": f"s{i}"}
                for i, p in (("wire", "2024-03-05T18:00"), ("daily", "2024-03-06T20:30"))]
    events = build_timeline(pl.DataFrame(articles), merge=False, inherit=inherit).events
    return events.sort("article_id", "clause_start")


def test_a_clause_told_while_takes_the_first_copys_day_too() -> None:
    for inherit in (False, True):
        rows = _rows(_OPENING, inherit=inherit).filter(pl.col("article_id") == "daily")
        assert rows["value"].to_list() == ["2024-03-04TEV", "2024-03-04"]  # the opening's evening; the works' day
        assert rows["anchor"].to_list() == ["copy:wire", "copy:wire"]
        assert rows["inherited"].to_list() == [False, True]
        assert rows["hijri_start"].to_list() == ["1445-08-23", "1445-08-23"]
        assert rows["hijri_label"].to_list()[1] == "23 شعبان 1445 هـ"
        assert rows["date_confidence"].to_list()[1] < 1.0  # still a shared date


def test_the_first_copy_and_an_own_date_stay() -> None:
    rows = _rows(_OPENING + " وقال الوزير صباح اليوم إن الطريق سيخفف الزحام.")
    wire = rows.filter(pl.col("article_id") == "wire")
    assert set(wire["anchor"].to_list()) == {"published"}
    daily = rows.filter(pl.col("article_id") == "daily", pl.col("expr") == "صباح اليوم")
    assert daily["value"].to_list() == ["2024-03-06TMO"] and daily["anchor"].to_list() == ["published"]


def test_a_copy_that_drops_the_hamza_is_still_a_copy() -> None:
    # the sentence folds the same («امس»، «اعلنت» for «أمس»، «أعلنت»): so does its expression
    first = ("وأعلنت هيئة الطيران المدني أمس أن الرحلات إلى المطار الجديد ستبدأ مطلع الشهر المقبل "
             "بعد استكمال تجهيز صالات المسافرين.")
    copy = first.replace("أمس", "امس").replace("وأعلنت", "واعلنت")
    articles = [{"id": "wire", "published": "2024-03-05T18:00", "text": first, "source": "a"},
                {"id": "daily", "published": "2024-03-06T20:30", "text": copy, "source": "b"}]
    rows = build_timeline(pl.DataFrame(articles), merge=False).events.filter(pl.col("article_id") == "daily",
                                                                              pl.col("expr") == "امس")
    assert rows.select("value", "anchor").rows() == [("2024-03-04", "copy:wire")]
