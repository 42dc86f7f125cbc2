"""What a clause borrows from its sentence (``wording._lent``) is read once per distinct clause,
sentence and span: a wire copy's rows read as the original's, each row as its article alone
(Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import _lent

_LOCUSTS = ("أكدت وزارة الزراعة أمس أن الجراد الذي وصل إلى سهول الوادي الأسبوع الماضي أتلف نصف محصول القمح. "
            "وارتفع سعر القمح المستورد 15 دولارا اليوم الخميس بعد تراجعه يوم الثلاثاء.")
_MARKET = "وعادت الأسواق إلى الهدوء بعد أن أعلنت الوزارة يوم الاثنين الماضي خطة لمكافحة الجراد."


def _events(articles: list[tuple[str, str]]) -> pl.DataFrame:
    return build_timeline(pl.DataFrame([
        {"id": i, "source": f"نشرة {i}", "published": "2024-06-06T18:00", "text": text} for i, text in articles
    ]), merge=False).events


def test_a_copy_borrows_as_its_original_alone() -> None:
    articles = [("origin", _LOCUSTS), ("copy", _LOCUSTS), ("market", _MARKET + " " + _LOCUSTS)]
    events = _events(articles)
    events = events.sort("expr_start", "article_id", descending=[True, False])  # copies' rows apart, not in order
    together = events.select("article_id", "event_id").hstack(_lent(events))
    alone = pl.concat([
        (one := events.filter(pl.col("article_id") == i)).select("article_id", "event_id").hstack(_lent(one))
        for i, _ in articles
    ])
    assert together.sort("event_id").equals(alone.sort("event_id"))
    # the fragment (أكدت وزارة الزراعة أمس) borrows the rest of its sentence in every copy, at
    # whatever offset its article tells it (``market``: after another sentence)
    borrowed = together.filter(pl.col("own").is_not_null())
    assert sorted(borrowed["article_id"].to_list()) == ["copy", "market", "origin"]
    assert borrowed["clause"].n_unique() == 1 and borrowed["clause"][0].startswith("أكدت وزارة الزراعة أمس  أن الجراد")

