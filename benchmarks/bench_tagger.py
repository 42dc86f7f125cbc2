"""Time the tagger against dateparser and a bare regex scan on the same Arabic text.

    python benchmarks/bench_tagger.py                       # 200,000 characters; 7 pairs with dateparser
    python benchmarks/bench_tagger.py --size 1000000 --repeat 5
    python benchmarks/bench_tagger.py --corpus ../shared/corpus/news_sample.parquet

Two bundled texts, both written for this project: ``news_ar.txt``, news reports with the
density of date expressions real newspapers have (one every ~360 characters; the real
5,000-article corpus has one every ~400), and ``sample_ar.txt``, dense news text packed with
expressions (one every ~56 characters). For each:

- ``timeline.tag`` alone over the text repeated to ``--size`` characters, and a bare single
  pass of one compiled alternation of date trigger words (month names, weekdays, relative
  words, digits) with ``re.finditer``: the practical limit of any regex tagger (medians of
  ``--repeat`` runs);
- the fair comparison with dateparser, **paired**: the whole bundled text as written (one
  call each, not repeated: a longer text costs the tagger's collector more per character),
  both warmed up by one untimed call on it (dateparser loads its language data on its first
  calls), then ``--pairs`` pairs: in each, the tagger (repeated for about half
  dateparser's time) then dateparser on the text, again until dateparser has had at least
  ``--dateparser-seconds``. Each pair gives one ratio from runs that saw the same machine
  state; printed: the median ratio and the spread (min–max).
  dateparser is called as
  ``dateparser.search.search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": published})``:
  its fastest documented way for known-Arabic text (no language detection), the same base
  date as the tagger, nothing else changed.

Targets (issue 9): the tagger at least 15x dateparser on the dense text and at least 20x
on the shared corpus (``--corpus``: the first ``--dateparser-articles`` articles through both,
paired the same way, interleaved article by article, each with its own publication date as
the base). ``--corpus`` also
runs the ``timeline tag`` pipeline (read, tag, serialize) over the whole Parquet file and
reports articles/s, chars/s and peak memory. First, ``--start-up`` fresh processes give the
fixed cost every worker pays (CPU of importing the tagger, loading the grammar, one first
``tag``; medians) and the size of the compiled rule patterns. Times are CPU time by default
(``--clock wall`` for elapsed time): on a shared machine elapsed times swing two-fold from
run to run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
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


Work = list[tuple[str, dt.datetime]]  # texts, each with its publication date


@dataclass(frozen=True)
class Paired:
    """Interleaved timings of the tagger and dateparser on the same work: one ratio per pair."""

    tagger_s: list[float]  # seconds for the whole work through the tagger, one per pair
    dateparser_s: list[float]  # the same through dateparser
    rounds: int  # passes over the work in each pair
    tagger_calls: int  # tagger calls on each text before dateparser's one

    @property
    def ratios(self) -> list[float]:
        return [d / t for t, d in zip(self.tagger_s, self.dateparser_s)]

    def report(self, target: float) -> str:
        r = self.ratios
        ratio, lo, hi = statistics.median(r), min(r), max(r)
        verdict = "ok" if ratio >= target else "BELOW TARGET"
        return (f"{len(r)} pairs, each {self.rounds} pass(es) over the work calling, for each text, the tagger "
                f"{self.tagger_calls} times then dateparser once; per pass: tagger "
                f"{statistics.median(self.tagger_s):.4f} s, dateparser {statistics.median(self.dateparser_s):.3f} s\n"
                f"tagger / dateparser: {ratio:8.1f}x   median of pairs, spread {lo:.1f}x – {hi:.1f}x "
                f"({(hi - lo) / ratio:.0%} of the median)   (target >= {target:g}x)  {verdict}")


def paired_ratio(work: Work, pairs: int, clock: Callable[[], float], seconds: float) -> Paired:
    """Time the tagger and dateparser on the same texts, interleaved text by text, in
    ``pairs`` pairs of at least ``seconds`` of dateparser each. Each text goes through the
    tagger as many times as take about half of dateparser's time on it (judged from one
    timed pass of each over the work), then through dateparser once; the tagger's time per
    pass is kept. Both must have been warmed up."""
    def one(fn: Callable[[str, dt.datetime], object]) -> float:
        t0 = clock()
        for text, published in work:
            fn(text, published)
        return max(clock() - t0, 1e-6)

    tagger_one, dateparser_one = one(tag), one(dateparser_search)
    rounds = max(1, math.ceil(seconds / dateparser_one))
    calls = max(1, math.ceil(dateparser_one / 2 / tagger_one))
    tagger_s, dateparser_s = [], []
    for _ in range(pairs):
        t_sum = d_sum = 0.0
        for _ in range(rounds):
            for text, published in work:
                t0 = clock()
                for _ in range(calls):
                    tag(text, published)
                t1 = clock()
                dateparser_search(text, published)
                t2 = clock()
                t_sum += t1 - t0
                d_sum += t2 - t1
        tagger_s.append(t_sum / rounds / calls)
        dateparser_s.append(d_sum / rounds)
    return Paired(tagger_s, dateparser_s, rounds, calls)


DATEPARSER_CALL = 'search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": published})'


def dateparser_banner() -> str:
    import dateparser

    return (f"dateparser {dateparser.__version__}: dateparser.search.{DATEPARSER_CALL}, "
            "nothing else set; both warmed up by one untimed call on the same text")


def dateparser_search(text: str, published: dt.datetime) -> list:
    """dateparser called the fair way: Arabic, relative dates from the publication date."""
    from dateparser.search import search_dates

    return search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": published}) or []


def compare_on_corpus(path: Path, n: int, args: argparse.Namespace) -> None:
    """The tagger against dateparser on the same ``n`` articles, each from its own date, paired."""
    from timeline.articles import Article, read_articles

    rows = []
    for item in read_articles(path):
        if isinstance(item, Article):
            rows.append((item.text, item.published))
        if len(rows) >= n:
            break
    chars = sum(len(t) for t, _ in rows)
    found = sum(len(tag(t, p)) for t, p in rows)  # also the tagger's warm-up
    dp_found = sum(len(dateparser_search(t, p)) for t, p in rows)  # also dateparser's
    pairs = paired_ratio(rows, args.pairs, CLOCKS[args.clock], args.dateparser_seconds)
    print(f"\ncorpus {path}: the same {len(rows):,} articles ({chars:,} chars) through both, "
          f"each with its own publication date as RELATIVE_BASE")
    print(dateparser_banner())
    print(f"{'':26}{'chars/s':>14}{'found':>10}")
    print(f"{'timeline.tag':26}{chars / statistics.median(pairs.tagger_s):>14,.0f}{found:>10,}")
    print(f"{'dateparser.search_dates':26}{chars / statistics.median(pairs.dateparser_s):>14,.0f}{dp_found:>10,}")
    print(pairs.report(TARGETS_VS_DATEPARSER["corpus"]))


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
    """Time the tagger alone and the bare scan on one bundled text, then the tagger and
    dateparser paired on the same text, and print them."""
    text = make_text(args.size, name)
    pattern = trigger_pattern()
    clock = CLOCKS[args.clock]

    found = tag(text, PUBLISHED)
    hits = sum(1 for _ in pattern.finditer(text))
    tagger_s = median_seconds(lambda: tag(text, PUBLISHED), args.repeat, clock)
    scan_s = median_seconds(lambda: sum(1 for _ in pattern.finditer(text)), args.repeat, clock)

    # the comparison text: the whole bundled text, as written, through both
    dp_text = (HERE / TEXTS[name]).read_text(encoding="utf-8")
    if args.dateparser_size:
        dp_text = make_text(args.dateparser_size, name)
    dp_found = dateparser_search(dp_text, PUBLISHED)  # dateparser's warm-up
    same_found = tag(dp_text, PUBLISHED)  # the tagger's
    pairs = paired_ratio([(dp_text, PUBLISHED)], args.pairs, clock, args.dateparser_seconds)

    print(f"text: benchmarks/{TEXTS[name]} ({name}); published {PUBLISHED:%Y-%m-%d %H:%M} (dateparser's RELATIVE_BASE)")
    print(f"{'':26}{'chars/s':>14}{'chars':>12}{'found':>10}")
    rows = {
        f"timeline.tag (median of {args.repeat})": (len(text) / tagger_s, len(text), len(found)),
        "bare trigger scan": (len(text) / scan_s, len(text), hits),
        "timeline.tag (paired)": (len(dp_text) / statistics.median(pairs.tagger_s), len(dp_text), len(same_found)),
        "dateparser (paired)": (len(dp_text) / statistics.median(pairs.dateparser_s), len(dp_text), len(dp_found)),
    }
    for label, (rate, n, k) in rows.items():
        print(f"{label:26}{rate:>14,.0f}{n:>12,}{k:>10,}")
    print(dateparser_banner())
    print(pairs.report(TARGETS_VS_DATEPARSER[name]))
    vs_scan = rows[f"timeline.tag (median of {args.repeat})"][0] / rows["bare trigger scan"][0]
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
    parser.add_argument("--dateparser-size", type=int, default=0,
                        help="characters of the bundled text compared with dateparser (0: the whole text)")
    parser.add_argument("--dateparser-seconds", type=float, default=1.0,
                        help="the least seconds of dateparser in each pair (passes over the same text are repeated "
                             "to reach it); the tagger gets about half that")
    parser.add_argument("--pairs", type=int, default=7, help="interleaved tagger/dateparser runs; median ratio kept")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of the tagger alone and the bare scan")
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
        compare_on_corpus(args.corpus, args.dateparser_articles, args)
        time_corpus(args.corpus, args.corpus_limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
