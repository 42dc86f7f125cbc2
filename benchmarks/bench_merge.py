"""Merge time and memory for 5k, 20k and 50k articles (prints numbers; not a test).

    nice python benchmarks/bench_merge.py [--corpus ../shared/corpus/news_sample.parquet] [--sizes 5000 20000 50000]

The shared corpus is replicated with its dates shifted by whole years (copy k moves k
years on), events are extracted once per size (not timed), then
:func:`timeline.merge.merge_events` is timed; memory is the peak resident size the merge
adds (``resource`` high-water mark before and after, so run sizes from small to large).
The last line gives the growth exponent between the smallest and largest size (1.0 = linear).
"""

from __future__ import annotations

import argparse
import math
import resource
import time
from pathlib import Path

import polars as pl

from timeline.events import extract_events
from timeline.merge import merge_events

ROOT = Path(__file__).resolve().parents[1]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _events_of_corpus(corpus: pl.DataFrame, size: int, base: pl.DataFrame) -> pl.DataFrame:
    """Events of ``size`` articles: the corpus events copied with years shifted."""
    copies = []
    per = corpus.height
    for k in range(math.ceil(size / per)):
        take = min(per, size - k * per)
        ids = set(corpus["id"][:take].to_list())
        shift = pl.duration(days=366 * k)
        copies.append(base.filter(pl.col("article_id").is_in(ids)).with_columns(
            pl.col("start") + shift, pl.col("end") + shift, pl.col("published") + shift,
            (pl.col("article_id") + f"~{k}").alias("article_id"),
            (pl.col("event_id") + f"~{k}").alias("event_id")))
    return pl.concat(copies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news_sample.parquet"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000, 50000])
    args = parser.parse_args()
    corpus = pl.read_parquet(args.corpus)
    corpus = corpus.select(
        pl.col("id").cast(pl.String), "text",
        pl.col("published").cast(pl.String).str.to_datetime(strict=False).alias("published")
        if corpus["published"].dtype == pl.String else pl.col("published").cast(pl.Datetime("us")),
        *[c for c in ("source", "title", "url") if c in corpus.columns])
    t0 = time.perf_counter()
    base = extract_events(corpus)
    print(f"extracted {base.height} events from {corpus.height} articles in {time.perf_counter() - t0:.1f} s")
    results = []
    for size in sorted(args.sizes):
        events = _events_of_corpus(corpus, size, base)
        before = _peak_mb()
        t0 = time.perf_counter()
        merged = merge_events(events)
        seconds = time.perf_counter() - t0
        grown = _peak_mb() - before
        results.append((size, events.height, seconds))
        print(f"{size:>6} articles {events.height:>7} events → {merged['cluster'].n_unique():>7} entries, "
              f"{merged['story'].n_unique():>6} stories: merge {seconds:6.2f} s, peak memory +{grown:6.0f} MB")
    if len(results) > 1:
        (n0, e0, s0), (n1, e1, s1) = results[0], results[-1]
        print(f"growth: time ×{s1 / s0:.1f} for events ×{e1 / e0:.1f} (exponent {math.log(s1 / s0) / math.log(e1 / e0):.2f})")


if __name__ == "__main__":
    main()
