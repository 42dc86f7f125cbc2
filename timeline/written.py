"""The writer's day of a crawl: articles stamped by the crawl that fetched them, a day after they were written.

A corpus's publication stamp is often the moment a crawler fetched the page, not the edition's day:
a paper's edition fetched just after midnight is stamped with the next day, and its «أمس» counted
from the stamp lands a day late. An article that tells a deictic with its weekday («أمس الأحد»،
«اليوم (السبت)») says its own writer's day, and the tagger counts every date of it from that day
(:func:`timeline.tagger.tag_counted`); most articles tell none. After extraction (across articles;
the batch step stays per article), :func:`crawl_days` reads what the others of their crawl say:

- a crawl is one source's articles whose stamps follow each other at most :data:`CRAWL_GAP` apart
  (the pages one pass fetched), all of one night's small hours (:data:`NIGHT_END`); a source none
  names is no crawl;
- an article's own word is each deictic told with a weekday among its rows' expressions
  (:func:`timeline.tagger.told_apart` of the expression): 0 when all agree with its stamp, -1 when
  all say the day before, nothing otherwise (none, a mix, or farther: a day-old copy or a slip);
- when at least :data:`MIN_WITNESSES` articles of a crawl say the day before and none agrees,
  every article of it that tells no such deictic is counted from the day before its stamp (its
  latest minute); an article that tells one keeps its own reading.

:func:`rewritten` extracts those articles again from that day: ``published`` stays the stamp,
and a date counted from it is anchored ``written:<day>`` (:data:`timeline._types.WRITTEN_ANCHOR`).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from functools import partial
from itertools import islice
from typing import Any

import polars as pl

from timeline._types import WRITTEN_ANCHOR, Anchor
from timeline.articles import Article
from timeline.normalize import fold, fold_expr

__all__ = ["CRAWL_GAP", "MIN_WITNESSES", "NIGHT_END", "crawl_days", "rewritten"]

CRAWL_GAP = dt.timedelta(minutes=5)
"""The longest gap between two stamps of one crawl (the 5,000 corpus articles: a paper's pages
fetched by one pass are stamped a minute or two apart; 5, 15 or 60 minutes group the same)."""

NIGHT_END = dt.time(6)
"""A crawl is read as the day before's only when it was fetched after midnight and before this hour,
when no news of its stamp's own day is written yet. During the day a crawl mixes the day's news with
older items, and what the older ones say tells nothing of the others (the corpus's daytime crawls of
two news sites, two to four witnesses of the day before and none of the day each: a Sunday's market
close and a Saturday's arrival read a day early)."""

MIN_WITNESSES = 2
"""How many articles of a crawl must say the day before, none agreeing with the stamp (the corpus's
night crawl, each such article's own day foretold by the others of its crawl: 54 right, 1 wrong, 7
older still)."""


@functools.lru_cache(maxsize=1)
def _weekday_words() -> tuple[str, ...]:
    """The weekday names as folded text shows them, without the article (``خميس``)."""
    from timeline.lexicon import load_lexicon

    return tuple(sorted(fold(w) for w in load_lexicon("ar").weekdays_bare))


def _said(events: pl.DataFrame) -> dict[str, int | None]:
    """Each article's own word on its writer's day (see the module), by article id: 0 or -1, None when
    it tells deictics with a weekday that say neither (a mix, or farther)."""
    from timeline.tagger import told_apart

    counted = pl.col("anchor").eq(Anchor.PUBLISHED.value) | pl.col("anchor").str.starts_with(WRITTEN_ANCHOR)
    rows = (events.filter(counted.fill_null(False), pl.col("expr").fill_null("") != "",
                          fold_expr(pl.col("expr")).str.contains_any(list(_weekday_words())))
            .select("article_id", "expr", "expr_start", "published").unique(["article_id", "expr_start"]))
    told: dict[str, set[int]] = {}
    # what a pair says depends on the stamp's weekday alone, or its date when the pair tells one in figures
    apart: dict[tuple[str, dt.date | int], list[int]] = {}
    for article, expr, day in rows.select("article_id", "expr", pl.col("published").dt.date()).iter_rows():
        key = (expr, day if any(c.isdigit() for c in expr) else day.isoweekday())
        said = apart.get(key)
        if said is None:
            said = apart[key] = told_apart(expr, day)
        if said:
            told.setdefault(article, set()).update(said)
    return {article: next(iter(days)) if len(days) == 1 and days <= {0, -1} else None for article, days in told.items()}


def crawl_days(events: pl.DataFrame) -> dict[str, int]:
    """The articles of ``events`` to count from the day before their stamp, by their crawl (see the
    module): article id → -1. Only the articles of night crawls are read for what they say."""
    if events.height == 0:
        return {}
    articles = (events.filter(pl.col("source").is_not_null(), pl.col("published").is_not_null())
                .select("article_id", "source", "published").unique("article_id")
                .sort("source", "published", "article_id"))
    crawl = ((pl.col("published").diff().over("source") > CRAWL_GAP).fill_null(False).cast(pl.Int32).cum_sum()
             .over("source"))
    articles = articles.with_columns(crawl.alias("_crawl"))
    night = (articles.group_by("source", "_crawl")
             .agg(pl.col("published").min().alias("_first"), pl.col("published").max().alias("_last"))
             .filter(pl.col("_first").dt.date() == pl.col("_last").dt.date(), pl.col("_last").dt.time() < NIGHT_END))
    articles = articles.join(night.select("source", "_crawl"), on=["source", "_crawl"], how="semi")
    if articles.height == 0:
        return {}
    said = _said(events.join(articles.select("article_id"), on="article_id", how="semi"))
    articles = articles.with_columns(pl.col("article_id").is_in(list(said)).alias("_told"),
                                     pl.col("article_id").replace_strict(said, default=None, return_dtype=pl.Int8)
                                     .alias("_said"))
    late = (articles.group_by("source", "_crawl")
            .agg((pl.col("_said") == -1).sum().alias("_before"), (pl.col("_said") == 0).sum().alias("_agree"))
            .filter(pl.col("_before") >= MIN_WITNESSES, pl.col("_agree") == 0))
    moved = articles.join(late, on=["source", "_crawl"], how="semi").filter(~pl.col("_told"))
    return dict.fromkeys(moved["article_id"].to_list(), -1)


def rewritten(events: pl.DataFrame, articles: Iterable[Article], days: dict[str, int], *,
              inherit: bool = False, jobs: int | None = 1) -> pl.DataFrame:
    """``events`` with the rows of the articles of ``days`` (:func:`crawl_days`) extracted again from
    their writer's day (``articles``: at least those, the rest passed over) on ``jobs`` processes
    (:func:`timeline.batches.ordered_map`); every other row as it was, in the same order. An article
    whose extraction fails again keeps its rows."""
    from timeline.batches import ordered_map
    from timeline.frame import events_from_columns

    wanted = (a for a in articles if a.id in days)
    chunks = iter(lambda: list(islice(wanted, _CHUNK)), [])
    frames = [events_from_columns(columns) for columns in
              ordered_map(partial(_rows_again, days=days, inherit=inherit), chunks, jobs=jobs) if columns]
    again = pl.concat(frames) if frames else events.clear()
    done = again["article_id"].unique().to_list()
    if not done:
        return events
    order = events.select("article_id").unique(maintain_order=True).with_row_index("_article")
    kept = events.filter(~pl.col("article_id").is_in(done))
    return (pl.concat([kept, again.select(events.columns)])
            .join(order, on="article_id", how="left", maintain_order="left")
            .sort("_article", maintain_order=True).drop("_article"))


_CHUNK = 32  # articles extracted again in one job


def _rows_again(articles: list[Article], *, days: dict[str, int], inherit: bool) -> dict[str, list[Any]]:
    """The event rows of ``articles`` counted from the writer's day ``days`` gives each, as columns
    (what a worker sends back); an article that fails gives none."""
    from timeline.events import article_rows

    rows: list[dict[str, Any]] = []
    for article in articles:
        try:
            rows.extend(list(article_rows([article], inherit=inherit, written=days)))
        except Exception:  # noqa: BLE001 - it failed in the first pass too, or keeps the rows it had there
            continue
    return {name: [row[name] for row in rows] for name in rows[0]} if rows else {}
