"""Time each step of ``timeline build``: extract events, merge them, draw, write the HTML.

    python benchmarks/bench_build.py                         # the bundled examples, copied to 4,800 articles
    python benchmarks/bench_build.py --corpus ../shared/corpus/news_sample.parquet

Prints seconds per step, articles per second, and the page's size. The copies of the
bundled examples keep their outlets and dates: every story is told 400 times, so every
content word is in more than ``MAX_DF_FRACTION`` of the events and makes no candidate
pairs (see :mod:`timeline.merge`); the copies measure extraction, drawing and writing at
scale, the real corpus measures merging.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import polars as pl

from timeline.articles import Article
from timeline.events import articles_frame, extract_events
from timeline.merge import merge_events, timeline_entries
from timeline.pipeline import build_timeline, iter_articles
from timeline.plot import plot_timeline
from timeline.result import Timeline

ROOT = Path(__file__).resolve().parent.parent


def bundled(copies: int) -> pl.DataFrame:
    rows = [json.loads(line) for line in (ROOT / "examples" / "articles.jsonl").read_text("utf-8").splitlines()]
    return pl.DataFrame([{**row, "id": f"{row['id']}-{n}", "place": row.get("place")}
                         for n in range(copies) for row in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="a Parquet file of articles (id, text, published, ...)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    args = parser.parse_args()
    articles = pl.read_parquet(args.corpus) if args.corpus else bundled(400)
    if args.limit:
        articles = articles.head(args.limit)
    build_timeline(articles.head(1))  # warm up: load the grammar and the gazetteer
    steps: dict[str, float] = {}

    began = time.perf_counter()
    rows = [item for item in iter_articles(articles) if isinstance(item, Article)]
    steps["read and check rows"] = time.perf_counter() - began

    began = time.perf_counter()
    events = extract_events(articles_frame(rows))
    steps["extract events (tag, clauses, places)"] = time.perf_counter() - began

    began = time.perf_counter()
    merged = merge_events(events)
    steps["merge"] = time.perf_counter() - began

    began = time.perf_counter()
    plot_timeline(merged)
    steps["plot"] = time.perf_counter() - began

    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        page = Timeline(merged, timeline_entries(merged)).to_html(Path(tmp) / "t.html")
    steps["HTML page"] = time.perf_counter() - began

    source = args.corpus or "examples/articles.jsonl x400"
    print(f"{articles.height:,} articles from {source}: {events.height:,} events, "
          f"{merged['cluster'].n_unique():,} timeline entries")
    for name, seconds in steps.items():
        print(f"  {name:<38} {seconds:7.2f} s")
    total = sum(steps.values())
    print(f"  {'total':<38} {total:7.2f} s   ({articles.height / total:,.0f} articles/s)")
    print(f"  HTML page: {len(page.encode('utf-8')) / 1e6:.1f} MB (plotly.js embedded)")


if __name__ == "__main__":
    main()
