"""Time the tagger against dateparser and a bare regex scan on the same Arabic text.

    python benchmarks/bench_tagger.py                       # 200,000 characters, best of 3
    python benchmarks/bench_tagger.py --size 1000000 --repeat 5
    python benchmarks/bench_tagger.py --corpus ../shared/corpus/news_sample.parquet

Two bundled texts, both written for this project, each repeated up to ``--size``
characters: ``news_ar.txt``, news reports with the density of date expressions real
newspapers have (one every ~360 characters; the real 5,000-article corpus has one every
~400), and ``sample_ar.txt``, dense news text packed with expressions (one every ~56
characters). For each, rates in characters per second, median of ``--repeat`` runs:

- ``timeline.tag`` over the whole text;
- the fair comparison: ``timeline.tag`` and
  ``dateparser.search.search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": published})``
  over the same first ``--dateparser-size`` characters (dateparser is slow);
- a bare single pass of one compiled alternation of date trigger words (month names,
  weekdays, relative words, digits) with ``re.finditer``: the practical limit of any
  regex tagger.

Targets (issue 9): the tagger at least 15x dateparser on the dense text and at least 20x
on the shared corpus (``--corpus``: the same articles through both, each with its own
publication date as the base, first ``--dateparser-articles`` of them). ``--corpus`` also
runs the ``timeline tag`` pipeline (read, tag, serialize) over the whole Parquet file and
reports articles/s, chars/s and peak memory. First, ``--start-up`` fresh processes give the
fixed cost every worker pays (CPU of importing the tagger, loading the grammar, one first
``tag``; medians) and the size of the compiled rule patterns. Times are CPU time by default (``--clock
wall`` for elapsed time): on a shared machine elapsed times swing two-fold from run to run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from timeline import tag

HERE = Path(__file__).resolve().parent
PUBLISHED = dt.datetime(2024, 11, 20, 9, 0)
TARGETS_VS_DATEPARSER = {"news": 20.0, "dense": 15.0, "corpus": 20.0}
TARGET_VS_SCAN = 0.25

TRIGGERS = (
    # Gregorian months, all regional families, and Hijri months
    "يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر "
    "كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين "
    "جانفي فيفري أفريل افريل ماي جوان جويلية أوت اوت يوليوز غشت شتنبر نونبر دجنبر "
    "محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة "
    # weekdays, relative words, parts of day, units
    "السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة "
    "اليوم أمس امس البارحة غدا غداً الماضي الماضية المقبل المقبلة القادم القادمة الحالي الجاري الفائت "
    "صباح صباحا صباحاً مساء مساءً ظهر عصر فجر ليلة ليلا منتصف مطلع أوائل أواخر نهاية "
    "الساعة ساعة ساعات دقيقة يوم يومين أيام أسبوع أسبوعين أسابيع شهر شهرين أشهر عام عامين سنة سنوات عقد القرن "
    "منذ قبل بعد خلال حتى عيد"
).split()


def trigger_pattern() -> re.Pattern[str]:
    """One alternation of every trigger word (longest first) plus runs of digits."""
    words = sorted(set(TRIGGERS), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) + r"|[0-9\u0660-\u0669]+")


TEXTS = {"news": "news_ar.txt", "dense": "sample_ar.txt"}


def make_text(size: int, name: str = "news") -> str:
    """A bundled text, repeated (whole paragraphs) up to about ``size`` characters."""
    sample = (HERE / TEXTS[name]).read_text(encoding="utf-8")
    copies = max(1, -(-size // len(sample)))
    return "\n\n".join([sample] * copies)[: max(size, 1)]


CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


def median_seconds(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.process_time) -> float:
    """The median of ``repeat`` timed calls on ``clock``, after one untimed warm-up call."""
    fn()
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return statistics.median(times)


def dateparser_search(text: str, published: dt.datetime) -> list:
    """dateparser called the fair way: Arabic, relative dates from the publication date."""
    from dateparser.search import search_dates

    return search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": published}) or []


def _verdict(ratio: float, target: float) -> str:
    return f"{ratio:8.1f}x   (target >= {target:g}x)  {'ok' if ratio >= target else 'BELOW TARGET'}"


def compare_on_corpus(path: Path, n: int, repeat: int, clock: Callable[[], float]) -> None:
    """The tagger against dateparser on the same ``n`` articles, each from its own date."""
    from timeline.articles import Article, read_articles

    rows = []
    for item in read_articles(path):
        if isinstance(item, Article):
            rows.append((item.text, item.published))
        if len(rows) >= n:
            break
    chars = sum(len(t) for t, _ in rows)
    tagger_s = median_seconds(lambda: [tag(t, p) for t, p in rows], repeat, clock)
    dp_s = median_seconds(lambda: [dateparser_search(t, p) for t, p in rows], max(1, min(repeat, 3)), clock)
    found = sum(len(tag(t, p)) for t, p in rows)
    dp_found = sum(len(dateparser_search(t, p)) for t, p in rows)
    print(f"\ncorpus {path}: the same {len(rows):,} articles ({chars:,} chars) through both, median of runs")
    print(f"{'':26}{'chars/s':>14}{'found':>10}")
    print(f"{'timeline.tag':26}{chars / tagger_s:>14,.0f}{found:>10,}")
    print(f"{'dateparser.search_dates':26}{chars / dp_s:>14,.0f}{dp_found:>10,}")
    print(f"tagger / dateparser: {_verdict(dp_s / tagger_s, TARGETS_VS_DATEPARSER['corpus'])}")


def time_corpus(path: Path, limit: int | None) -> None:
    """Run read → tag → serialize (what ``timeline tag IN.parquet -o OUT.jsonl`` does) over a corpus."""
    from timeline._cli_tag import contract_line, tag_rows
    from timeline.articles import read_articles

    t0 = time.perf_counter()
    articles = chars = failed = timexes = 0
    for item in tag_rows(read_articles(path)):
        json.dumps(contract_line(item), ensure_ascii=False)
        articles += 1
        chars += len(item.article.text) if item.article else 0
        failed += item.error is not None
        timexes += len(item.timexes)
        if limit and articles >= limit:
            break
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"\ncorpus {path}")
    print(f"  {articles:,} articles, {chars:,} chars, {timexes:,} expressions, {failed:,} failed rows")
    print(f"  {seconds:.2f} s: {articles / seconds:,.0f} articles/s, {chars / seconds:,.0f} chars/s")
    print(f"  peak memory (max RSS of this process): {peak_mb:,.0f} MB")


def measure(name: str, args: argparse.Namespace) -> None:
    """Time the tagger, dateparser and the bare scan on one bundled text and print them."""
    text = make_text(args.size, name)
    dp_text = text[: args.dateparser_size]
    pattern = trigger_pattern()

    found = tag(text, PUBLISHED)
    hits = sum(1 for _ in pattern.finditer(text))
    dp_found = dateparser_search(dp_text, PUBLISHED)
    same_found = tag(dp_text, PUBLISHED)

    clock = CLOCKS[args.clock]
    tagger_s = median_seconds(lambda: tag(text, PUBLISHED), args.repeat, clock)
    scan_s = median_seconds(lambda: sum(1 for _ in pattern.finditer(text)), args.repeat, clock)
    same_s = median_seconds(lambda: tag(dp_text, PUBLISHED), max(args.repeat, 9), clock)
    dp_s = median_seconds(lambda: dateparser_search(dp_text, PUBLISHED), max(1, min(args.repeat, 3)), clock)

    rates = {
        "timeline.tag": (len(text) / tagger_s, len(text), len(found)),
        "bare trigger scan": (len(text) / scan_s, len(text), hits),
        "timeline.tag (same text)": (len(dp_text) / same_s, len(dp_text), len(same_found)),
        "dateparser.search_dates": (len(dp_text) / dp_s, len(dp_text), len(dp_found)),
    }
    print(f"text: benchmarks/{TEXTS[name]} ({name}) repeated to {len(text):,} chars; "
          f"median of {args.repeat}; published {PUBLISHED:%Y-%m-%d} (dateparser's RELATIVE_BASE)")
    print(f"{'':26}{'chars/s':>14}{'chars':>12}{'found':>10}")
    for label, (rate, n, k) in rates.items():
        print(f"{label:26}{rate:>14,.0f}{n:>12,}{k:>10,}")
    vs_dp = dp_s / same_s
    vs_scan = rates["timeline.tag"][0] / rates["bare trigger scan"][0]
    print(f"tagger / dateparser: {_verdict(vs_dp, TARGETS_VS_DATEPARSER[name])}")
    print(f"tagger / bare scan:  {vs_scan:8.3f}x   (target >= {TARGET_VS_SCAN:g}x)  "
          f"{'ok' if vs_scan >= TARGET_VS_SCAN else 'BELOW TARGET'}")
    if not found:
        print("note: the tagger found nothing; its rules may not be loaded yet, so its rate is not meaningful",
              file=sys.stderr)


_START_UP = """
import time
t0 = time.process_time()
import timeline.tagger
t1 = time.process_time()
from timeline.engine import load_grammar
load_grammar("ar")
t2 = time.process_time()
from timeline.tagger import tag
tag("وصل يوم 3 آب 2015", "2015-08-04")
print(t1 - t0, t2 - t1, time.process_time() - t2)
"""


def start_up(runs: int) -> None:
    """The fixed cost every worker pays: CPU seconds of a fresh process importing the tagger,
    loading the grammar (reading the word lists, compiling the rule patterns) and tagging one
    line; medians of ``runs`` processes."""
    import subprocess

    from timeline.engine import load_grammar

    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _START_UP], capture_output=True, text=True, check=True)
        rows.append([float(x) for x in out.stdout.split()])
    imports, grammar, first = (statistics.median(column) for column in zip(*rows))
    sizes = sum(len(pattern.pattern) for _, pattern in load_grammar("ar").rules)
    print(f"start-up, CPU s (median of {runs} fresh processes): imports {imports:.3f}, grammar {grammar:.3f}, "
          f"first tag {first:.3f}; rule patterns {sizes:,} chars")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=200_000, help="characters of text for the tagger and the scan")
    parser.add_argument("--dateparser-size", type=int, default=10_000, help="characters for dateparser (slow)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each; the median is kept")
    parser.add_argument("--clock", choices=list(CLOCKS), default="cpu",
                        help="cpu: this process's CPU time (steady on a shared machine); wall: elapsed time")
    parser.add_argument("--dateparser-articles", type=int, default=100,
                        help="corpus articles put through both the tagger and dateparser")
    parser.add_argument("--corpus", type=Path, help="also time `timeline tag` over this Parquet file of articles")
    parser.add_argument("--corpus-limit", type=int, help="stop after this many corpus articles")
    parser.add_argument("--text", nargs="+", choices=list(TEXTS), default=list(TEXTS),
                        help="which bundled texts to time (default: both, news first)")
    parser.add_argument("--start-up", type=int, default=5, metavar="RUNS",
                        help="fresh processes timed for the start-up cost (0: skip)")
    args = parser.parse_args(argv)
    print(f"clock: {args.clock}")
    if args.start_up:
        start_up(args.start_up)
        print()

    for name in args.text:
        measure(name, args)
        print()
    if args.corpus:
        compare_on_corpus(args.corpus, args.dateparser_articles, args.repeat, CLOCKS[args.clock])
        time_corpus(args.corpus, args.corpus_limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
