"""Merge time and memory for 5k, 20k and 50k articles (prints numbers; not a test).

    nice python benchmarks/bench_merge.py [--corpus ../shared/corpus/news_sample.parquet]
                                          [--sizes 5000 20000 50000] [--cache events.parquet]
                                          [--runs 3] [--distinct] [--anchors]
    nice python benchmarks/bench_merge.py --reprints 1 3 10 [--runs 3]

The shared corpus is replicated with its dates shifted by whole years (copy k moves k
years on); its events are extracted once (not timed; ``--cache`` keeps them in a Parquet
file for the next run). Each size then runs in a fresh process, which builds its events
and times :func:`timeline.merge.merge_events` (stories included): wall and CPU seconds
(``time.process_time``, every thread of the process), and the peak resident memory the
merge adds (``ru_maxrss`` after the merge minus the resident size before it), with the
machine's one-minute load average (on a shared machine wall time follows the load; CPU
time much less). With ``--runs N`` each size runs N times (each in a fresh process) and the
run with the least CPU time is printed (on a shared machine the least is the steadiest
figure). With ``--distinct`` each copy's clauses are made distinct strings (copy k's end with
k spaces; the few rules that read a clause's end or length may read them otherwise: 87,494
entries of 50,000 articles instead of 87,340). The copies otherwise share their clauses, which
the merge's clause features read once per distinct clause (``timeline.wording._told_alike``:
wire copies): 50,000 replicated articles hold the 5,000's clauses and pay their features once.
With ``--anchors`` it times :func:`timeline.relink.merge_with_anchors` instead, what a build
runs (the merge, then the leads' windows placed and the pending phrases dated; without the flag
the figures stay comparable with the older ones: ``merge_events`` drops the candidate windows
first and places no window). The last line gives the growth exponent of CPU time between the smallest and
largest size (1.0 = linear). ``timeline`` is imported before polars, as ``python -m timeline``
imports it, so polars' allocator keeps freed pages as the command line's does
(:mod:`timeline._allocator`).

``--reprints YEARS...`` times the reprint step instead (:func:`timeline.reprints.date_reprints`,
which runs before the merge): one stock sentence (written for this benchmark, «أمس» in it)
printed every day at the same hour for each number of years, alone, its events built once and
copied day by day; each size in a fresh process, CPU seconds and the peak memory the step adds,
with how many copies were re-counted.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import timeline  # noqa: F401  before polars, as the command line: sets its allocator (timeline._allocator)
import polars as pl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _events_of_corpus(base: pl.DataFrame, ids: pl.Series, size: int, distinct: bool = False) -> pl.DataFrame:
    """Events of ``size`` articles: the corpus events copied with years shifted (``ids``:
    every article of the corpus, in order, with or without events); ``distinct``: copy k's
    clauses end with k spaces (no two copies share a clause)."""
    per = ids.len()
    copies = []
    for k in range(math.ceil(size / per)):
        take = set(ids[: min(per, size - k * per)].to_list())
        shift = pl.duration(days=366 * k)
        copies.append(base.filter(pl.col("article_id").is_in(take)).with_columns(
            pl.col("start") + shift, pl.col("end") + shift, pl.col("published") + shift,
            (pl.col("article_id") + f"~{k}").alias("article_id"),
            (pl.col("event_id") + f"~{k}").alias("event_id"),
            *([pl.col("clause") + " " * k] if distinct else [])))
    return pl.concat(copies)


def _one(size: int, cache: Path, distinct: bool = False, anchors: bool = False) -> dict[str, float]:
    """Time one merge of ``size`` articles in this process (``anchors``: the build's,
    :func:`timeline.relink.merge_with_anchors`)."""
    from timeline.merge import merge_events
    from timeline.relink import merge_with_anchors

    events = _events_of_corpus(pl.read_parquet(cache), pl.read_parquet(_ids(cache))["id"], size, distinct)
    before = _rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    merged = merge_with_anchors(events) if anchors else merge_events(events)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"size": size, "events": events.height, "entries": merged["cluster"].n_unique(),
            "stories": merged["story"].n_unique(), "wall": wall, "cpu": cpu,
            "memory": _peak_mb() - before, "load": os.getloadavg()[0]}


_STOCK = ("وأوضحت الشركة في بيانها الصادر أمس أن أسعار الوقود في محطاتها ستبقى دون تغيير حتى صدور "
          "قرار جديد من مجلس الإدارة.")  # a stock sentence: long enough to be a copy (reprints.MIN_WORDS)


def _one_reprints(years: int) -> dict[str, float]:
    """Time the reprint step on :data:`_STOCK` printed daily for ``years`` years, in this process."""
    from timeline import build_timeline
    from timeline.reprints import date_reprints

    one = build_timeline(pl.DataFrame([{"id": "d0", "published": "2015-01-01T08:00", "text": _STOCK,
                                        "source": "s"}]), merge=False).events
    days = 365 * years
    events = pl.concat([one.with_columns(pl.col("start") + pl.duration(days=k), pl.col("end") + pl.duration(days=k),
                                         pl.col("published") + pl.duration(days=k),
                                         pl.lit(f"d{k}").alias("article_id"), pl.lit(f"e{k}").alias("event_id"))
                        for k in range(days)])
    before = _rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    dated = date_reprints(events)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"size": years, "events": events.height, "entries": int((dated["anchor"] != events["anchor"]).sum()),
            "stories": 0, "wall": wall, "cpu": cpu, "memory": _peak_mb() - before, "load": os.getloadavg()[0]}


def _extract(corpus_path: str, cache: Path) -> None:
    from timeline.events import extract_events

    corpus = pl.read_parquet(corpus_path)
    corpus = corpus.select(
        pl.col("id").cast(pl.String), "text",
        pl.col("published").cast(pl.String).str.to_datetime(strict=False).alias("published")
        if corpus["published"].dtype == pl.String else pl.col("published").cast(pl.Datetime("us")),
        *[c for c in ("source", "title", "url") if c in corpus.columns])
    t0 = time.perf_counter()
    base = extract_events(corpus)
    print(f"extracted {base.height} events from {corpus.height} articles in {time.perf_counter() - t0:.1f} s")
    base.write_parquet(cache)
    corpus.select("id").write_parquet(_ids(cache))


def _ids(cache: Path) -> Path:
    return cache.with_name(cache.stem + ".ids.parquet")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news_sample.parquet"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000, 50000])
    parser.add_argument("--cache", type=Path, help="Parquet file of the corpus events (made if absent)")
    parser.add_argument("--runs", type=int, default=1, help="runs per size; the least CPU time is kept")
    parser.add_argument("--distinct", action="store_true", help="each copy's clauses distinct strings")
    parser.add_argument("--anchors", action="store_true",
                        help="time relink.merge_with_anchors (what a build runs) instead of merge.merge_events")
    parser.add_argument("--reprints", type=int, nargs="+", metavar="YEARS",
                        help="time the reprint step on a stock sentence printed daily for these years")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child: one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one_reprints(args.one) if args.reprints
                         else _one(args.one, args.cache, args.distinct, args.anchors)))
        return
    if args.reprints:
        _reprint_runs(args.reprints, args.runs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp) / "events.parquet"
        if not cache.exists() or not _ids(cache).exists():
            _extract(args.corpus, cache)
        results = []
        for size in sorted(args.sizes):
            runs = []
            for _ in range(max(args.runs, 1)):
                child = subprocess.run([sys.executable, __file__, "--one", str(size), "--cache", str(cache),
                                        *(["--distinct"] if args.distinct else []),
                                        *(["--anchors"] if args.anchors else [])],
                                       check=True, capture_output=True, text=True)
                runs.append(json.loads(child.stdout.splitlines()[-1]))
            r = min(runs, key=lambda run: run["cpu"])
            results.append(r)
            timed = ("; merge_with_anchors" if args.anchors else "") + (
                f"; least CPU of {args.runs} runs" if args.runs > 1 else "")
            print(f"{size:>6} articles {r['events']:>7} events → {r['entries']:>7} entries, "
                  f"{r['stories']:>6} stories: merge {r['wall']:6.2f} s wall, {r['cpu']:6.2f} s CPU, "
                  f"peak memory +{r['memory']:6.0f} MB (load average {r['load']:.1f} on {os.cpu_count()} cores, "
                  f"{pl.thread_pool_size()} polars threads{timed})",
                  flush=True)
    if len(results) > 1:
        a, b = results[0], results[-1]
        grow = b["events"] / a["events"]
        print(f"growth: CPU ×{b['cpu'] / a['cpu']:.1f}, wall ×{b['wall'] / a['wall']:.1f} for events ×{grow:.1f} "
              f"(CPU exponent {math.log(b['cpu'] / a['cpu']) / math.log(grow):.2f}; 1.0 = linear)")


def _reprint_runs(sizes: list[int], runs: int) -> None:
    """Each number of years in a fresh process (``runs`` times, the least CPU kept), printed."""
    for years in sorted(sizes):
        found = [json.loads(subprocess.run([sys.executable, __file__, "--one", str(years), "--reprints", "0"],
                                           check=True, capture_output=True, text=True).stdout.splitlines()[-1])
                 for _ in range(max(runs, 1))]
        r = min(found, key=lambda run: run["cpu"])
        print(f"{years:>3} years {r['events']:>6} copies ({r['entries']} re-counted): reprints {r['wall']:6.2f} s wall, "
              f"{r['cpu']:6.2f} s CPU, peak memory +{r['memory']:6.0f} MB (load average {r['load']:.1f})", flush=True)


if __name__ == "__main__":
    main()
