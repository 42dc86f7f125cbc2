"""How ``timeline build`` scales: long articles, many articles, all cores, Ray.

    python benchmarks/bench_scale.py long                  # one article of 0.25, 0.5 and 1 MB
    python benchmarks/bench_scale.py corpus --sizes 1000 5000 20000 50000
    python benchmarks/bench_scale.py extract --sizes 2000 10000   # extraction alone: flat memory
    python benchmarks/bench_scale.py ray --size 5000       # Ray against the local engine
    python benchmarks/bench_scale.py trace --size 1000     # when each step of one build runs, per process

``long`` times event extraction (tagging apart) on one article made of Arabic news
sentences written for this benchmark, repeated to the size asked: extraction must stay
linear in the article's length. ``corpus`` runs ``timeline build`` in a child process on
the shared corpus (``../shared/corpus/news_sample.parquet``, 5,000 articles) replicated
with its publication dates shifted by whole years, and prints wall time, the peak memory of
the process tree (summed PSS), CPU use (user + sys of the tree over wall), time per article,
what each article added since the size before (``added ms/art``, the marginal time), the
load average before the run, and the build's fixed cost and marginal time per article (the
least squares line wall = fixed + articles × ms over every size; the same for CPU). Its text never
leaves the temporary folder. ``ray`` builds the same articles with ``--engine ray`` and
with the local engine and checks that the events are equal. ``extract`` measures the extraction phase alone (no merge, no page).
``trace`` runs one ``timeline build`` through ``benchmarks/trace_build.py`` and prints when
each step ran in the build process, the fork server and each worker (wall seconds since the
launch, CPU seconds of that process), then the workers' busy time and how far apart they
finished, and a table of the build's phases (from the interpreter's start to its exit: each
phase's wall time, how many cores were busy in it and the build process's CPU). Before measuring, ``corpus`` and ``trace`` put the timeline they run in its
installed state (:func:`prepare`: modules byte-compiled, grammar patterns cached), so that
a sandbox that writes no bytecode does not add the compilation of every module to each start.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news_sample.parquet"

SENTENCES = (
    "وصل وزير الخارجية إلى القاهرة مساء أمس، الاثنين، في زيارة تستمر ثلاثة أيام.",
    "وقال المتحدث إن الاجتماع سيعقد الخميس المقبل في مقر الجامعة، ثم يعود الوفد في 15 آذار.",
    "وكانت الحكومة قد أعلنت في كانون الثاني الماضي عن خطة للنقل، بينما افتتح الجسر عام 2019.",
    "وشهدت حلب صباح اليوم أمطاراً غزيرة أغلقت الطرق الرئيسية",
    "ومنذ ثلاثة أسابيع يطالب السكان بإصلاح الكهرباء، فيما وعدت البلدية بالبدء مطلع العام المقبل.",
)
PUBLISHED = dt.datetime(2022, 1, 25)
T = TypeVar("T")


def long_text(size: int) -> str:
    """About ``size`` characters of the sentences above."""
    parts, length, i = [], 0, 0
    while length < size:
        sentence = SENTENCES[i % len(SENTENCES)]
        parts.append(sentence)
        length += len(sentence) + 1
        i += 1
    return " ".join(parts)


def bench_long(sizes: list[int]) -> None:
    """Tagging and event extraction of one long article, per size."""
    from timeline.events import article_events
    from timeline.tagger import tag

    article_events("warm-up", long_text(2000), PUBLISHED)  # load grammar and gazetteer
    print(f"{'chars':>10} {'timexes':>8} {'events':>8} {'tag s':>7} {'extract s':>10} {'µs/char':>8}")
    for size in sizes:
        text = long_text(size)
        began = time.perf_counter()
        timexes = tag(text, PUBLISHED)
        tagged = time.perf_counter()
        events = article_events("long", text, PUBLISHED, timexes=timexes)
        done = time.perf_counter()
        print(f"{len(text):>10,} {len(timexes):>8,} {len(events):>8,} {tagged - began:>7.2f} "
              f"{done - tagged:>10.2f} {(done - tagged) / len(text) * 1e6:>8.2f}")


def replicate(corpus: Path, size: int, target: Path) -> None:
    """Write ``size`` articles to ``target``: copies of ``corpus``, copy k with its
    publication dates shifted by k years and its ids suffixed ``~k``."""
    base = pl.read_parquet(corpus)
    copies = []
    for k in range(-(-size // base.height)):
        shifted = pl.col("published").str.to_datetime(strict=False).dt.offset_by(f"{k}y")
        copies.append(base.with_columns(pl.col("id") + f"~{k}", shifted.alias("published")))
    pl.concat(copies).head(size).write_parquet(target)


def _adopt_orphans() -> bool:
    """Make this process the reaper of its descendants' orphans (Linux), so processes a
    build does not wait for itself (the fork server that starts its workers) are waited
    for here and their CPU counts in ``RUSAGE_CHILDREN``."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _tree_memory(processes: list[object]) -> float:
    """The memory of these processes: summed PSS (shared pages split between the processes
    sharing them, as forked workers do) where the system gives it, else RSS."""
    import psutil

    total = 0.0
    for p in processes:
        try:
            info = p.memory_full_info()  # type: ignore[attr-defined]
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            pass
    return total


def run_measured(command: list[str], env: dict[str, str] | None = None, cwd: str | None = None) -> dict[str, float]:
    """Run ``command`` (in ``cwd``: with ``-m`` or ``-c`` the current folder comes first on
    ``sys.path``, so a checkout's ``timeline`` there would be run instead of the one
    ``PYTHONPATH`` names); its wall time, CPU (user + sys of the whole process tree, fork
    server and its workers included), the peak of the tree's summed PSS (sampled every
    0.1 s with psutil when installed, from a thread at the lowest priority) and the peak RSS of its largest single process
    (getrusage)."""
    adopted = _adopt_orphans()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=cwd)
    peak_tree = [0.0]
    done = threading.Event()

    def sample() -> None:
        """In a thread of its own at the lowest priority, so that the wall time is the
        child's and the sampling takes next to no CPU from it (the process list is
        looked up once a second: that lookup reads every process of the system)."""
        try:
            import psutil

            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
            root = psutil.Process(child.pid)
        except Exception:  # noqa: BLE001 - no psutil, or the child already ended
            return
        tree: list[object] = [root]
        for tick in itertools.count():
            if done.wait(0.1):
                return
            try:
                if tick % 10 == 0:
                    tree = [root, *root.children(recursive=True)]
                peak_tree[0] = max(peak_tree[0], _tree_memory(tree))
            except psutil.Error:
                pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    child.wait()
    wall = time.perf_counter() - began
    done.set()
    sampler.join()
    while adopted:  # wait for the orphans (the fork server ends when the build does)
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(command)}: exit status {child.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "tree_mb": peak_tree[0] / 2**20, "max_process_mb": after.ru_maxrss / 1024}


_PREPARE = """
import compileall, os, timeline
from timeline.engine import load_grammar
compileall.compile_dir(os.path.dirname(timeline.__file__), quiet=1)
load_grammar()
print(os.path.dirname(timeline.__file__))
"""


def prepare(env: dict[str, str] | None = None) -> None:
    """Put the timeline the builds will import in the state an installed one is in after its
    first run: its modules byte-compiled (pip compiles them when it installs; an editable
    checkout gets them at its first import, unless ``PYTHONDONTWRITEBYTECODE`` is set, as in
    some sandboxes, where every start would compile the sources again: ~0.09 s of CPU in each
    of the build process and the fork server) and its grammar's compiled patterns in the
    user's cache folder (:mod:`timeline._programs`; the first load after an install or a
    grammar change compiles them, ~0.2 s more)."""
    with tempfile.TemporaryDirectory(prefix="bench-prepare-") as empty:  # no checkout on sys.path (see run_measured)
        where = subprocess.run([sys.executable, "-c", _PREPARE], env=env, check=True, capture_output=True,
                               text=True, cwd=empty).stdout.strip()
    print(f"(prepared {where}: modules byte-compiled, grammar patterns cached)")


def _fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least squares line through (articles, seconds): (fixed seconds, seconds per article)."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    per = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0
    return mean_y - per * mean_x, per


def bench_corpus(sizes: list[int], extra: list[str]) -> None:
    """``timeline build`` on the replicated corpus, per size: the average time per article
    (wall over articles, what "flat" is judged on), the marginal one (what the articles
    since the size before added) and, over all sizes, the line wall = fixed + articles ×
    marginal (least squares), for wall and CPU seconds (CPU is the steadier on a shared
    machine). The load average before each run says how shared the machine was."""
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS}: the shared corpus is not here")
    print(f"{'articles':>9} {'events':>8} {'wall s':>7} {'CPU s':>7} {'CPU %':>6} {'tree MB':>8} {'1 proc MB':>9} "
          f"{'ms/article':>10} {'CPU ms/art':>10} {'added ms/art':>12} {'load':>5}   "
          f"({' '.join(extra) or 'default options'})")
    walls: list[tuple[int, float]] = []
    cpus: list[tuple[int, float]] = []
    prepare()
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        for size in sizes:
            source, events = Path(folder) / f"articles-{size}.parquet", Path(folder) / "events.parquet"
            replicate(CORPUS, size, source)
            load = os.getloadavg()[0]
            numbers = run_measured([sys.executable, "-m", "timeline", "build", str(source), "-q",
                                    "-o", os.path.join(folder, "timeline.html"), "--events", str(events), *extra],
                                   cwd=folder)
            count = pl.scan_parquet(events).select(pl.len()).collect().item()
            added = (f"{1000 * (numbers['wall'] - walls[-1][1]) / (size - walls[-1][0]):>12.2f}"
                     if walls and size > walls[-1][0] else f"{'':>12}")
            walls.append((size, numbers["wall"]))
            cpus.append((size, numbers["cpu"]))
            print(f"{size:>9,} {count:>8,} {numbers['wall']:>7.1f} {numbers['cpu']:>7.1f} "
                  f"{100 * numbers['cpu'] / numbers['wall']:>6.0f} {numbers['tree_mb']:>8.0f} "
                  f"{numbers['max_process_mb']:>9.0f} {1000 * numbers['wall'] / size:>10.2f} "
                  f"{1000 * numbers['cpu'] / size:>10.2f} {added} {load:>5.1f}", flush=True)
    if len({n for n, _ in walls}) >= 2:
        fixed, per = _fit(walls)
        cpu_fixed, cpu_per = _fit(cpus)
        n_last, w_last = walls[-1]
        print(f"wall = {fixed:.2f} s fixed + articles × {1000 * per:.2f} ms marginal; "
              f"CPU = {cpu_fixed:.2f} s + articles × {1000 * cpu_per:.2f} ms (least squares over every size)")
        print("average ms/article ÷ its value at the largest size: "
              + ", ".join(f"{n:,} {w / n / (w_last / n_last):.2f}" for n, w in walls)
              + "; ÷ the marginal ms/article: " + ", ".join(f"{n:,} {w / n / per:.2f}" for n, w in walls))


def bench_extract(sizes: list[int], jobs: int | None) -> None:
    """The extraction phase alone (read, batches on every core, Parquet store; no merge, no
    page) in this process, with the peak summed RSS of this process and its workers."""
    import threading

    import psutil

    from timeline.batches import batched, extract_into
    from timeline.pipeline import iter_articles
    from timeline.store import EventStore

    me, peak = psutil.Process(), [0]

    def sample() -> None:
        while True:
            try:
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in [me, *me.children(recursive=True)]))
            except psutil.Error:
                pass
            time.sleep(0.1)

    threading.Thread(target=sample, daemon=True).start()
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-extract-") as folder:
            source = Path(folder) / "articles.parquet"
            replicate(CORPUS, size, source)
            peak[0] = 0
            began, before = time.perf_counter(), _cpu()
            store = EventStore.open(Path(folder) / "work", {"size": size})
            extract_into(store, batched(iter_articles(str(source))), jobs=jobs)
            wall, cpu = time.perf_counter() - began, _cpu() - before
            events = sum(b.events for b in store.batches)
            print(f"{size:>7,} articles {events:>8,} events  {wall:7.1f} s wall  CPU {100 * cpu / wall:4.0f}%  "
                  f"{1000 * cpu / size:5.2f} ms CPU/article  peak {peak[0] / 2**20:6.0f} MB", flush=True)


def bench_phases(size: int, jobs: int | None, keep: Path | None) -> None:
    """Each phase of a build, one after the other in this process (extraction on ``jobs``
    workers): wall and CPU seconds (this process and its workers) and the peak RSS of this
    process during the phase (sampled every 20 ms) and above the phase's start."""
    import threading

    import psutil

    from timeline.batches import batched, extract_into
    from timeline.merge import merge_events, timeline_entries
    from timeline.page import page_data, timeline_page
    from timeline.pipeline import iter_articles
    from timeline.relink import merge_with_anchors
    from timeline.store import EventStore

    me, peak = psutil.Process(), [0]

    def sample() -> None:
        while True:
            try:
                peak[0] = max(peak[0], me.memory_info().rss)
            except psutil.Error:
                pass
            time.sleep(0.02)

    threading.Thread(target=sample, daemon=True).start()
    print(f"{'phase':<22} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} {'+MB':>6}")

    def phase(name: str, fn: Callable[[], T]) -> T:
        start_rss = me.memory_info().rss
        peak[0] = start_rss
        began, before = time.perf_counter(), _cpu()
        result = fn()
        wall, cpu = time.perf_counter() - began, _cpu() - before
        print(f"{name:<22} {wall:>7.1f} {cpu:>7.1f} {peak[0] / 2**20:>8.0f} {(peak[0] - start_rss) / 2**20:>6.0f}",
              flush=True)
        return result

    with tempfile.TemporaryDirectory(prefix="bench-phases-") as folder:
        work = keep or Path(folder) / "work"
        store = EventStore.open(work, {"size": size})
        if not store.batches:
            source = Path(folder) / "articles.parquet"
            replicate(CORPUS, size, source)
            phase("extract", lambda: extract_into(store, batched(iter_articles(str(source))), jobs=jobs))
        events = phase("read store", lambda: store.scan().collect())
        merged = phase("merge (no stories)", partial(merge_events, events, stories=False))
        del merged
        merged = phase("merge + stories", partial(merge_events, events))
        del merged
        merged = phase("merge + anchors", partial(merge_with_anchors, events))
        del events
        entries = phase("entries", lambda: timeline_entries(merged))
        del entries
        data = phase("page data", lambda: page_data(merged))
        page = phase("page HTML", lambda: timeline_page(data))
        print(f"{merged.height:,} events, page {len(page) / 2**20:.1f} MB")


def _cpu() -> float:
    """User + sys seconds of this process and its finished children."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def bench_ray(size: int) -> None:
    """The replicated corpus built with the local engine and with a local Ray: times and
    whether the events are equal."""
    from polars.testing import assert_frame_equal

    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS}: the shared corpus is not here")
    with tempfile.TemporaryDirectory(prefix="bench-ray-") as folder:
        source = Path(folder) / "articles.parquet"
        replicate(CORPUS, size, source)
        frames = {}
        for engine in ("local", "ray"):
            events = Path(folder) / f"events-{engine}.parquet"
            numbers = run_measured([sys.executable, "-m", "timeline", "build", str(source), "-q", "--engine", engine,
                                    "-o", os.path.join(folder, f"{engine}.html"), "--events", str(events)],
                                   cwd=folder)
            frames[engine] = pl.read_parquet(events)
            print(f"{engine:>6}: {size:,} articles, {frames[engine].height:,} events, {numbers['wall']:.1f} s wall, "
                  f"CPU {100 * numbers['cpu'] / numbers['wall']:.0f}% (Ray's own processes not counted), "
                  f"{numbers['tree_mb']:.0f} MB tree", flush=True)
        assert_frame_equal(frames["local"], frames["ray"])
        print("same events: yes")


def bench_trace(size: int, extra: list[str], keep: Path | None) -> None:
    """One traced ``timeline build`` of ``size`` replicated articles (see ``trace_build.py``)."""
    import json

    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS}: the shared corpus is not here")
    with tempfile.TemporaryDirectory(prefix="bench-trace-") as folder:
        source, trace = Path(folder) / "articles.parquet", keep or Path(folder) / "trace.jsonl"
        replicate(CORPUS, size, source)
        trace.unlink(missing_ok=True)
        env = {**os.environ, "TIMELINE_BENCH_TRACE": str(trace),
               # no empty entry when PYTHONPATH is unset: that would be the current folder,
               # whose timeline would shadow the one asked for
               "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "benchmarks"), os.environ.get("PYTHONPATH")]))}
        prepare(env)
        launch = time.monotonic()
        numbers = run_measured([sys.executable, str(ROOT / "benchmarks" / "trace_build.py"), str(trace), "build",
                                str(source), "-q", "-o", os.path.join(folder, "timeline.html"),
                                "--events", os.path.join(folder, "events.parquet"), *extra], env=env)
        marks = [json.loads(line) for line in trace.read_text("utf-8").splitlines()]
    print(f"{size:,} articles: {numbers['wall']:.2f} s wall, {numbers['cpu']:.2f} s CPU "
          f"({100 * numbers['cpu'] / numbers['wall']:.0f}%), tree {numbers['tree_mb']:.0f} MB")
    parent = next(m["pid"] for m in marks if m["what"] == "parent: python started")
    server = next((m["pid"] for m in marks if m["what"] == "server: preload >"), None)
    workers = sorted({m["pid"] for m in marks if m["what"].startswith("worker:")},
                     key=lambda pid: min(m["t"] for m in marks if m["pid"] == pid))
    role = {parent: "build", server: "server", **{pid: f"worker {i + 1}" for i, pid in enumerate(workers)}}
    print(f"{'wall s':>7} {'CPU s':>6}  {'process':<9} moment")
    quiet = ("EventStore.add", "worker: batch", "conform_events", "AtomicFile.__exit__ >")
    submits = [m for m in marks if m["pid"] == parent and m["what"] == "ProcessPoolExecutor.submit >"]
    for m in sorted(marks, key=lambda m: m["t"]):
        if m["what"].startswith(quiet) and not m.get("index") in (0, None) or \
                m["what"].startswith("ProcessPoolExecutor.submit") and m["t"] > submits[0]["t"]:
            continue
        where = f" (batch {m['index']})" if "index" in m else ""
        print(f"{m['t'] - launch:>7.2f} {m['cpu']:>6.2f}  {role.get(m['pid'], m['pid']):<9} {m['what']}{where}")
    for pid in workers:
        begun = {m["index"]: m["t"] for m in marks if m["pid"] == pid and m["what"] == "worker: batch >"}
        ended = {m["index"]: m["t"] for m in marks if m["pid"] == pid and m["what"] == "worker: batch <"}
        busy = sum(ended[i] - begun[i] for i in ended)
        first, last = min(begun.values()), max(ended.values())
        print(f"{role[pid]}: {len(ended)} batches, busy {busy:.2f} s from {first - launch:.2f} "
              f"to {last - launch:.2f} s (waiting between batches {last - first - busy:.2f} s)")
    if workers:
        last = [max(m["t"] for m in marks if m["pid"] == pid and m["what"] == "worker: batch <") for pid in workers]
        print(f"tail: the workers finished {max(last) - min(last):.2f} s apart")
        first = min(m["t"] for m in marks if m["what"] == "worker: batch >") - launch
        exit_mark = next((m["t"] - launch for m in marks if m["what"] == "parent: exit"), numbers["wall"])
        print(f"phases: start {first:.2f} s (until the first batch), extraction {max(last) - launch - first:.2f} s "
              f"on {len(workers)} workers, after extraction {exit_mark - (max(last) - launch):.2f} s (the build "
              f"process alone), exit {numbers['wall'] - exit_mark:.2f} s")
        ready = [m for m in marks if m["pid"] == server and m["what"].startswith("server: imported")]
        if ready and submits:  # the two chains of the start: which one the first batch waited for
            print(f"start: the fork server was ready at {ready[-1]['t'] - launch:.2f} s ({ready[-1]['cpu']:.2f} s "
                  f"of its CPU), the build process submitted the first batch at {submits[0]['t'] - launch:.2f} s "
                  f"({submits[0]['cpu']:.2f} s of its CPU)")
        cpu = {m["what"]: m["cpu"] for m in marks if m["pid"] == parent}
        if {"extract_into <", "parent: exit"} <= cpu.keys():
            print(f"build process CPU: {cpu['extract_into <']:.2f} s until extraction ended, "
                  f"{cpu['parent: exit'] - cpu['extract_into <']:.2f} s after it")
        print_phases(marks, launch, numbers["wall"], parent, workers)


def _cpu_at(marks: list[dict[str, Any]], pid: int, t: float) -> float:
    """The CPU seconds process ``pid`` had used at time ``t``: linear between its marks,
    its first mark's before them, its last one's after them."""
    points = sorted((m["t"], m["cpu"]) for m in marks if m["pid"] == pid)
    if not points or t <= points[0][0]:
        return points[0][1] if points else 0.0
    for (t0, c0), (t1, c1) in itertools.pairwise(points):
        if t <= t1:
            return c0 + (c1 - c0) * ((t - t0) / (t1 - t0) if t1 > t0 else 1.0)
    return points[-1][1]


PHASES = (
    ("imports (start_early, polars, command line)", ("run >",)),
    ("reading the first batches", ("ProcessPoolExecutor.submit >",)),
    ("waiting for the fork server", ("ProcessPoolExecutor.submit <",)),
    ("first worker starts", ("worker: batch >",)),
    ("extraction, both workers busy", ("workers: first one done",)),
    ("last batch, one worker", ("workers: last one done",)),
    ("results in, events read", ("merge_with_anchors >",)),
    ("merge until stories", ("assign_stories >",)),
    ("stories", ("assign_stories <",)),
    ("windows' decision left, windows placed", ("place_windows <", "moved_windows <")),
    ("dating from entries, anniversaries", ("merge_with_anchors <",)),
    ("entries, undated", ("Timeline.from_events <",)),
    ("page (events written beside it)", ("Timeline.write_html <",)),
    ("end of the run", ("parent: exit",)),
)
"""The build's phases, each ending at the first moment of one of those names after the phase before."""


def print_phases(marks: list[dict[str, Any]], launch: float, wall: float, parent: int, workers: list[int]) -> None:
    """One line per phase of the build (:data:`PHASES`): its wall seconds and how many cores
    were busy in it (the CPU every process of the build used in it, over its wall time; CPU
    read at each process's marks and taken as linear between them), then the exit."""
    ends = {pid: max(m["t"] for m in marks if m["pid"] == pid and m["what"] == "worker: batch <") for pid in workers}
    timed = sorted([*marks, *({"t": min(ends.values()), "what": "workers: first one done", "pid": None},
                              {"t": max(ends.values()), "what": "workers: last one done", "pid": None})],
                   key=lambda m: m["t"])
    pids = sorted({m["pid"] for m in marks})
    begun = next(m["t"] for m in marks if m["what"] == "parent: python started")
    rows = [("interpreter start", launch, begun)]
    for name, names in PHASES:  # the build process's moments (the workers' are their own)
        found = next((m["t"] for m in timed if m["what"] in names and m["t"] >= begun
                      and (m["pid"] in (parent, None) or m["what"].startswith("worker:"))), None)
        if found is not None:
            rows.append((name, begun, found))
            begun = found
    rows.append(("exit", begun, launch + wall))
    print(f"{'phase':<44} {'from s':>7} {'wall s':>7} {'cores busy':>10} {'build CPU s':>11}")
    for name, lo, hi in rows:
        spent = {pid: _cpu_at(marks, pid, hi) - _cpu_at(marks, pid, lo) for pid in pids}
        busy = sum(spent.values()) / (hi - lo) if hi > lo else 0.0
        print(f"{name:<44} {lo - launch:>7.2f} {hi - lo:>7.2f} {busy:>10.2f} {spent.get(parent, 0.0):>11.2f}")
    for what, name in (("_load_word_lists", "the word-list thread"), ("window_moves", "the windows' decision")):
        moments = [m for m in marks if m["what"] in (what + " >", what + " <")]
        if len(moments) == 2:
            print(f"({name} ran from {moments[0]['t'] - launch:.2f} to {moments[1]['t'] - launch:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="case", required=True)
    long = sub.add_parser("long", help="one long article")
    long.add_argument("--sizes", type=int, nargs="+", default=[250_000, 500_000, 1_000_000])
    corpus = sub.add_parser("corpus", help="timeline build on the replicated shared corpus")
    corpus.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000, 50000])
    corpus.add_argument("build_options", nargs="*", help="options for timeline build (after --)")
    extract = sub.add_parser("extract", help="the extraction phase alone, its memory")
    extract.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    extract.add_argument("--jobs", type=int, default=None)
    phases = sub.add_parser("phases", help="each phase of a build in this process: time and memory")
    phases.add_argument("--size", type=int, default=20000)
    phases.add_argument("--jobs", type=int, default=None)
    phases.add_argument("--keep", type=Path, help="keep (or reuse) the event store in this folder")
    trace = sub.add_parser("trace", help="when each step of one build runs, in each process")
    trace.add_argument("--size", type=int, default=1000)
    trace.add_argument("--keep", type=Path, help="write the trace (JSON lines) to this file")
    trace.add_argument("build_options", nargs="*", help="options for timeline build (after --)")
    ray = sub.add_parser("ray", help="Ray against the local engine")
    ray.add_argument("--size", type=int, default=5000)
    args = parser.parse_args()
    if args.case == "extract":
        bench_extract(args.sizes, args.jobs)
    elif args.case == "phases":
        bench_phases(args.size, args.jobs, args.keep)
    elif args.case == "ray":
        bench_ray(args.size)
    elif args.case == "trace":
        bench_trace(args.size, args.build_options, args.keep)
    elif args.case == "long":
        bench_long(args.sizes)
    elif args.case == "corpus":
        bench_corpus(args.sizes, args.build_options)


if __name__ == "__main__":
    main()
