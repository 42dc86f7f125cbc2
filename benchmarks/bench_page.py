"""How heavy and how quick is the timeline page? Size, first paint and hover latency in headless Chromium.

::

    python benchmarks/bench_page.py --corpus ../shared/corpus/news_sample.parquet [--copies 10]

Builds the events of the corpus once (cached as Parquet in ``--cache``, default /tmp), then
pages for the corpus (5,000 articles) and for ``--copies`` copies of its events, each copy
shifted by whole years (52-week steps, so weekdays stay right) with its own ids and entries
(50,000 articles). Each page is opened in Debian's chromium (Playwright, network blocked):

- size: the HTML file, plotly.js embedded;
- first paint: from navigation to the drawn plot (``window.timelineReady``), against a
  page with plotly.js embedded and one mark (median of ``--runs``);
- hover: from the mouse move to plotly's ``plotly_hover`` event over marks drawn when
  zoomed in (median and worst of 12 marks), and over the zoomed-out overview.

Budgets: 5k articles ≤ 12 MB and ≤ 2× the one-mark page; 50k ≤ 40 MB, ≤ 4×, hover ≤ 100 ms.
The machine is shared: timings move by tens of percent from run to run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.frame import read_parquet, write_parquet  # noqa: E402
from timeline.merge import timeline_entries  # noqa: E402
from timeline.pipeline import build_timeline  # noqa: E402
from timeline.plot import Timeline  # noqa: E402

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]

HOVER_PROBE = """() => new Promise((resolve) => {
  const gd = document.getElementById('timeline-plot');
  window.__hover = [];
  document.addEventListener('mousemove', () => { window.__t0 = performance.now(); }, {capture: true});
  gd.on('plotly_hover', () => { window.__hover.push(performance.now() - window.__t0); });
  resolve(true);
})"""


def events_of(corpus: Path, cache: Path) -> pl.DataFrame:
    cached = cache / f"timeline_bench_{corpus.stem}_events.parquet"
    if cached.exists() and cached.stat().st_mtime > corpus.stat().st_mtime:
        return read_parquet(cached)
    started = time.perf_counter()
    timeline = build_timeline(pl.read_parquet(corpus))
    print(f"built {timeline} in {time.perf_counter() - started:.1f} s (cached in {cached})")
    write_parquet(timeline.events, cached)
    return timeline.events


def copies(events: pl.DataFrame, n: int) -> pl.DataFrame:
    """``n`` copies of merged events, the k-th shifted by k × 52 weeks, with their own ids and entries."""
    step = dt.timedelta(weeks=52)
    top = int(events["cluster"].max() or 0) + 1
    frames = []
    for k in range(n):
        shift = step * k
        frames.append(events.with_columns(
            pl.col("start") + shift, pl.col("end") + shift, pl.col("published") + shift,
            pl.col("event_id") + f"~{k}", pl.col("article_id") + f"~{k}", pl.col("cluster") + k * top,
        ))
    return pl.concat(frames)


def one_mark_page(path: Path) -> None:
    from plotly.offline import get_plotlyjs

    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><div id='p'></div>"
        f"<script>{get_plotlyjs()}</script><script>Plotly.newPlot('p', [{{x: [1], y: [1], type: 'scatter'}}])"
        ".then(() => { window.timelineReady = performance.now(); document.body.dataset.ready = '1'; });"
        "</script></body></html>", encoding="utf-8")


def first_paint(browser: Any, path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=300_000)
        times.append(page.evaluate("window.timelineReady"))
        page.close()
    return statistics.median(times)


def hover(browser: Any, path: Path) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=300_000)
    page.evaluate(HOVER_PROBE)
    out: dict[str, float] = {}
    for mode in ("overview", "detail"):
        if mode == "detail":  # zoom in (a week, then a day, around the median event) until marks are drawn
            for button in ("الكل", "أسبوع", "يوم"):
                page.get_by_role("button", name=button).click()
                page.wait_for_timeout(1500)
                if button != "الكل" and page.evaluate("window.timeline.state().mode") == "detail":
                    break
            for _ in range(8):  # a day can hold thousands of marks: halve the window until they are drawn
                if page.evaluate("window.timeline.state().mode") == "detail":
                    break
                page.evaluate("""() => { const s = window.timeline.state(), c = (s.x0 + s.x1) / 2, h = (s.x1 - s.x0) / 4;
                                         window.timeline.setWindow(c - h, c + h); }""")
                page.wait_for_timeout(1500)
        else:
            page.get_by_role("button", name="الكل").click()
        page.wait_for_timeout(1500)
        page.evaluate("window.__hover = []")
        points = page.locator(".scatterlayer .trace .points path.point")
        count = min(points.count(), 12)
        for n in range(count):
            box = points.nth(n * max(1, points.count() // 12) if points.count() > 12 else n).bounding_box()
            if box is None:
                continue
            page.mouse.move(5, 5)
            page.wait_for_timeout(80)
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.wait_for_timeout(250)
        samples = page.evaluate("window.__hover")
        mode_name = page.evaluate("document.getElementById('timeline-plot').dataset.mode")
        if samples:
            out[f"{mode_name} median"] = statistics.median(samples)
            out[f"{mode_name} worst"] = max(samples)
            out[f"{mode_name} samples"] = len(samples)
    page.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news_sample.parquet")
    parser.add_argument("--copies", type=int, default=10, help="copies of the corpus for the large page (default 10)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    from playwright.sync_api import sync_playwright

    events = events_of(args.corpus, args.cache)
    articles = pl.read_parquet(args.corpus, columns=["id"]).height
    work = Path(tempfile.mkdtemp(prefix="bench_page_"))
    baseline = work / "one_mark.html"
    one_mark_page(baseline)
    sizes = [(f"{articles:,} articles", events), (f"{articles * args.copies:,} articles", copies(events, args.copies))]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=FLAGS)
        base = first_paint(browser, baseline, args.runs)
        print(f"one-mark plotly page: {baseline.stat().st_size / 1e6:.1f} MB, first paint {base:.0f} ms")
        for name, frame in sizes:
            started = time.perf_counter()
            timeline = Timeline(frame, timeline_entries(frame))  # already merged
            path = work / f"page_{frame.height}.html"
            timeline.to_html(path)
            built = time.perf_counter() - started
            paint = first_paint(browser, path, args.runs)
            latency = hover(browser, path)
            print(f"{name}: {frame.height:,} events, {timeline.entries.height:,} entries; "
                  f"page {path.stat().st_size / 1e6:.1f} MB (written in {built:.1f} s); "
                  f"first paint {paint:.0f} ms = {paint / base:.2f}× the one-mark page; hover "
                  + ", ".join(f"{k} {v:.0f}" + ("" if k.endswith("samples") else " ms") for k, v in latency.items()))
        browser.close()


if __name__ == "__main__":
    main()
