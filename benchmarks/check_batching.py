"""Check that an article's events and its clauses' features do not depend on the other
articles built with it (issue 8: the same output whatever the batching or the input's order).

    python benchmarks/check_batching.py ../shared/corpus/news_sample.parquet --chunk 100

1. Extraction: :func:`timeline.pipeline.build_timeline` (``merge=False``, one process) on all
   the articles, then on shuffled chunks of ``--chunk`` articles: the events that differ.
2. Features: :func:`timeline.wording.clause_features` of those events whole, with the rows
   shuffled, and in shuffled chunks of ``--chunk`` articles: per feature, how many events
   differ. Word ids are read as their stems. The features of words (``words``, ``incipit``,
   ``object``, ``title``, ``sides``, ``case``, ``trigger_word``, ``n_words``, ``chars``) may
   differ between chunks by design: a proclitic is split off only when the rest is a word of
   the batch (:meth:`timeline.wording.Wording.stem_table`); every other one must not.

For whole builds with ``--jobs`` and ``--batch-size``, compare the ``--events`` files of
``timeline build`` runs (they were byte-identical on the 5,000 corpus articles, 2026-12-06).
"""

from __future__ import annotations

import argparse
import random
import time

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import clause_features

EVENT_KEY = ["event_id", "article_id", "start", "end", "grain", "value", "mod", "expr", "expr_start", "expr_end",
             "anchor", "clause", "clause_start", "clause_end", "sentence", "inherited", "date_confidence", "place"]
READ = ["trigger", "group", "own", "said", "cause", "two", "since", "told_after", "numbers", "town", "owners", "teams"]
"""Features of a clause's own reading: the same whatever the batch."""
STEMMED = ["words", "incipit", "object", "title", "sides", "case"]
"""Features holding word ids (read as stems): they follow the batch's words (see the module's doc)."""


def _events(articles: pl.DataFrame) -> pl.DataFrame:
    events = build_timeline(articles, merge=False, jobs=1).events
    return events.select([c for c in EVENT_KEY if c in events.columns]).sort("event_id")


def _features(events: pl.DataFrame) -> pl.DataFrame:
    """``clause_features`` of ``events`` (with ``row``, its row in the whole table) as strings."""
    found = clause_features(events.drop("row"))
    stems = dict(zip(found.words["word"].to_list(), found.words["stem"].to_list()))
    rows = found.events.sort("i")
    out: dict[str, list[object]] = {"row": events["row"].to_list()}
    for name in READ + ["n_words", "chars"]:
        out[name] = [repr(v) for v in rows[name].to_list()]
    for name in STEMMED:
        out[name] = [None if v is None else repr([stems[w] for w in v] if name == "incipit" else sorted(stems[w] for w in v))
                     for v in rows[name].to_list()]
    out["trigger_word"] = [None if w is None else stems.get(w) for w in rows["trigger_word"].to_list()]
    return pl.DataFrame(out, schema={k: pl.UInt32 if k == "row" else pl.String for k in out})


def _differing(name: str, got: pl.DataFrame, whole: pl.DataFrame) -> None:
    both = whole.join(got, on="row", suffix="_b")
    counts = {c: n for c in whole.columns if c != "row"
              if (n := both.filter(pl.col(c).ne_missing(pl.col(c + "_b"))).height)}
    print(f"{name}: {got.height} events; differing: {counts or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", help="a table of articles: .parquet, .csv or .jsonl")
    parser.add_argument("--chunk", type=int, default=100, help="articles per chunk (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    read = {"parquet": pl.read_parquet, "csv": pl.read_csv, "jsonl": pl.read_ndjson}
    articles = read[args.articles.rsplit(".", 1)[-1]](args.articles)
    order = list(range(articles.height))
    random.Random(args.seed).shuffle(order)
    chunks = [order[k:k + args.chunk] for k in range(0, len(order), args.chunk)]

    t = time.process_time()
    whole = _events(articles)
    parts = pl.concat([_events(articles[chunk]) for chunk in chunks]).sort("event_id")
    a, b = whole.with_columns(pl.lit(1).alias("_w")), parts.with_columns(pl.lit(1).alias("_c"))
    joined = a.join(b, on=list(whole.columns), how="full", nulls_equal=True)
    print(f"extraction: {whole.height} events whole, {parts.height} in chunks of {args.chunk}; only whole "
          f"{joined.filter(pl.col('_c').is_null()).height}, only chunks {joined.filter(pl.col('_w').is_null()).height}"
          f" ({time.process_time() - t:.1f} s CPU)")

    events = build_timeline(articles, merge=False, jobs=1).events.with_row_index("row")
    reference = _features(events)
    _differing("features, rows shuffled", _features(events.sample(fraction=1.0, shuffle=True, seed=args.seed)),
               reference)
    ids = events["article_id"].unique(maintain_order=True).to_list()
    random.Random(args.seed).shuffle(ids)
    pieces = [_features(events.filter(pl.col("article_id").is_in(ids[k:k + args.chunk])))
              for k in range(0, len(ids), args.chunk)]
    _differing(f"features, chunks of {args.chunk} articles", pl.concat(pieces), reference)


if __name__ == "__main__":
    main()
