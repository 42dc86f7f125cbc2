"""A short main clause cut before an "after" phrase with a date of its own (``تراجعت أسعار النحاس
اليوم الاثنين | بعد أن صعدت ... يوم الجمعة الماضي``) borrows that phrase's names for the merge, so it
still finds its twin in another outlet when its own words are common in the week (Arabic written
for these tests)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import _lent, clause_features

_MAIN = "تراجعت أسعار النحاس اليوم الاثنين"
_A = _MAIN + "، بعد أن صعدت إلى أعلى مستوى لها في بورصة شنغهاي يوم الجمعة الماضي مع تباطؤ مشتريات المصانع."
_B = "وكانت أسعار النحاس تراجعت الاثنين، بعد أن صعدت إلى أعلى مستوى لها في بورصة شنغهاي يوم الجمعة الماضي."
_MONDAY = dt.datetime(2024, 3, 11, 10)


def _articles(fillers: int) -> pl.DataFrame:
    rows = [{"id": "a", "source": "x", "published": _MONDAY.isoformat(), "text": _A},
            {"id": "b", "source": "y", "published": (_MONDAY + dt.timedelta(hours=20)).isoformat(), "text": _B}]
    # the main clause's words, common that week: told on the other days by many outlets
    for k in range(fillers):
        day = _MONDAY + dt.timedelta(days=2 + k % 4)
        rows.append({"id": f"f{k}", "source": f"s{k}", "published": day.isoformat(),
                     "text": f"وتراجعت أسعار النحاس اليوم في السوق المحلية للمرة رقم {k + 2}."})
    return pl.DataFrame(rows)


def test_the_main_clause_borrows_the_after_phrase_names() -> None:
    events = build_timeline(_articles(0), merge=False).events
    row = events["clause"].to_list().index(_MAIN)
    lent = _lent(events).row(row, named=True)
    assert lent["own"] == len(_MAIN) and lent["names"]
    assert lent["clause"][:len(_MAIN)] == _MAIN and "شنغهاي" in lent["clause"]
    features = clause_features(events)
    stems = dict(zip(features.words["word"], features.words["stem"]))
    assert any(stems[w].startswith("شنغ") for w in features.events["words"][row])


def test_it_still_joins_its_twin_in_a_busy_week() -> None:
    events = build_timeline(_articles(44), merge=True).events
    monday = events.filter(pl.col("article_id").is_in(["a", "b"]), pl.col("value") == "2024-03-11")
    assert monday.height == 2
    assert monday["cluster"].n_unique() == 1


def test_a_short_clause_before_another_phrase_borrows_nothing() -> None:
    text = "تراجعت أسعار النحاس اليوم الاثنين، فيما صعدت أسعار الفضة في بورصة شنغهاي يوم الجمعة الماضي."
    events = build_timeline(pl.DataFrame([{"id": "a", "published": _MONDAY.isoformat(), "text": text}]),
                            merge=False).events
    rows = [k for k, clause in enumerate(events["clause"].to_list()) if clause.startswith("تراجعت")]
    assert rows and all(_lent(events)["own"][k] is None for k in rows)


def test_cut_before_a_dated_after_phrase_governing_a_noun_it_still_joins_its_twin() -> None:
    first = _MAIN + " بعد صعودها إلى أعلى مستوى لها في بورصة شنغهاي يوم الجمعة الماضي مع تباطؤ مشتريات المصانع."
    second = "وكانت أسعار النحاس تراجعت الاثنين بعد صعودها إلى أعلى مستوى لها في بورصة شنغهاي يوم الجمعة الماضي."
    articles = _articles(44).with_columns(
        pl.when(pl.col("id") == "a").then(pl.lit(first))
        .when(pl.col("id") == "b").then(pl.lit(second)).otherwise(pl.col("text")).alias("text"))
    events = build_timeline(articles, merge=True).events
    assert _MAIN in events["clause"].to_list()  # cut at بعد (events._dated_apart)
    monday = events.filter(pl.col("article_id").is_in(["a", "b"]), pl.col("value") == "2024-03-11")
    assert monday.height == 2 and monday["cluster"].n_unique() == 1
