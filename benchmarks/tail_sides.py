"""How much the one-core tail of a build could gain from its second core, pair by pair.

    python benchmarks/tail_sides.py EVENTS.parquet                 # every article of the frame
    python benchmarks/tail_sides.py EVENTS.parquet --articles 500 --runs 5

The tail (``Timeline.from_events`` + ``write_html``) starts work on another thread with
:func:`timeline._background.in_background` where two chains of steps do not depend on each
other (``_aside`` beside the clause words, ``_read_happenings`` beside the weights and sides,
``placed_windows`` beside the stories, the page's ``_offsets`` beside its table). Here every
pair runs one side after the other, in this process, and each side's CPU is read
(``time.process_time``: polars' own threads included, nothing else running): the caller's
side from the start of the work to the moment it asks for the result, the background side
the work itself. The shorter side of a pair is what two cores could save at most (its
**ceiling**); a pair really goes to a thread only from
:data:`~timeline._background.BACKGROUND_FROM` rows (``threaded``). A pair started inside
another's background side is named after it (``placed_windows/_aside``: the windows' own
merge). Nothing else of the tail runs beside anything: the sum of the ceilings bounds what
threads, or the idle pool worker, can take off the tail's wall at this size (less what
moving the inputs costs: a process pickles them).

``--threads`` also runs the tail as it is (pairs on their threads where large enough) and prints
its CPU by thread (Linux: ``/proc/self/task``, 10 ms ticks): the main thread, polars' pool, and
the threads that ended during the tail (the background pairs, gzip); at 1,000 articles polars'
pool already does ~40% of the tail's CPU, mostly while the main thread waits in a query.

``EVENTS.parquet``: events as ``timeline build --events`` writes them (their merge columns
are made again); ``--articles N`` keeps the events of the frame's first N articles (in the
frame's order). The first articles' tail runs once first, unmeasured (first-use loading).
Output is the same as the tail's (the same functions on the same frames, in one order).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import polars as pl

T = TypeVar("T")


class Side(NamedTuple):
    """One pair's two sides (CPU seconds) in one run."""

    name: str
    caller: float
    background: float
    threaded: bool


class _Deferred(Future):  # type: ignore[type-arg]
    """``fn(*args)`` run when its result is first asked for; records both sides then."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], name: str, threaded: bool,
                 record: list[Side], stack: list[str]) -> None:
        super().__init__()
        self._call, self._name, self._threaded = (fn, args), name, threaded
        self._record, self._stack = record, stack
        self._began = time.process_time()
        self._ran = False

    def result(self, timeout: float | None = None) -> Any:
        if not self._ran:
            self._ran = True
            caller = time.process_time() - self._began
            fn, args = self._call
            self._stack.append(self._name)
            began = time.process_time()
            try:
                self.set_result(fn(*args))
            except Exception as exc:  # noqa: BLE001 - raised below, as the thread's would be
                self.set_exception(exc)
            finally:
                background = time.process_time() - began
                self._stack.pop()
            self._record.append(Side(self._name, caller, background, self._threaded))
        return super().result(timeout)


def _users() -> list[Any]:
    """The modules of the timeline that call :func:`in_background` by their own name for it."""
    from timeline import _background

    return [module for name, module in list(sys.modules.items())
            if name.startswith("timeline.") and module is not _background
            and getattr(module, "in_background", None) is _background.in_background]


@contextlib.contextmanager
def deferred_pairs(record: list[Side]) -> Iterator[None]:
    """Within the block, every pair of the tail runs one side after the other, each recorded
    in ``record`` as its result is asked for; the modules get :func:`in_background` back after."""
    import timeline.page  # noqa: F401 - the tail's modules loaded, so that each is patched
    import timeline.result  # noqa: F401
    from timeline import _background

    stack: list[str] = []

    def deferred(fn: Callable[..., T], *args: Any, rows: int = _background.BACKGROUND_FROM) -> Future[T]:
        name = "/".join([*stack, getattr(fn, "__name__", None) or fn.func.__name__])  # (a partial: its function)
        return _Deferred(fn, args, name, rows >= _background.BACKGROUND_FROM, record, stack)

    users, original = _users(), _background.in_background
    for module in users:
        module.in_background = deferred
    try:
        yield
    finally:
        for module in users:
            module.in_background = original


def tail(events: pl.DataFrame, page: Path) -> Any:
    """The tail of a build on ``events``: the timeline, its page written to ``page``."""
    from timeline.result import Timeline

    timeline = Timeline.from_events(events)
    timeline.write_html(page)
    return timeline


def measure(events: pl.DataFrame, page: Path, runs: int = 3) -> tuple[list[float], list[list[Side]]]:
    """The tail's CPU in each of ``runs`` runs and the pairs' sides in each (pairs deferred)."""
    totals: list[float] = []
    sides: list[list[Side]] = []
    for _ in range(runs):
        record: list[Side] = []
        with deferred_pairs(record):
            began = time.process_time()
            tail(events, page)
            totals.append(time.process_time() - began)
        sides.append(record)
    return totals, sides


def thread_cpu() -> dict[str, tuple[str, float]]:
    """CPU seconds of each live thread of this process, by thread id: (its name, seconds)."""
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[str, tuple[str, float]] = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            name = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
            fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        found[tid] = (name, (int(fields[11]) + int(fields[12])) / tick)  # utime + stime
    return found


def by_thread(events: pl.DataFrame, page: Path, runs: int = 3) -> dict[str, float]:
    """The tail as it is (pairs threaded where large enough): median CPU of the main thread, polars'
    pool, other live threads by name, and the threads that ended during it (process CPU less the rest)."""
    main = str(threading.get_native_id())
    seen: dict[str, list[float]] = {}
    for _ in range(runs):
        before, began = thread_cpu(), time.process_time()
        tail(events, page)
        total, after = time.process_time() - began, thread_cpu()
        groups: dict[str, float] = {"total": total}
        for tid, (name, cpu) in after.items():
            key = "main thread" if tid == main else "polars pool" if name.startswith("polars") else name
            groups[key] = groups.get(key, 0.0) + cpu - before.get(tid, (name, 0.0))[1]
        groups["threads that ended"] = total - sum(v for k, v in groups.items() if k != "total")
        for key, value in groups.items():
            seen.setdefault(key, []).append(value)
    return {key: statistics.median(values) for key, values in seen.items()}


def first_articles(events: pl.DataFrame, articles: int | None) -> pl.DataFrame:
    """The events of the frame's first ``articles`` articles (all when None)."""
    if articles is None:
        return events
    ids = events["article_id"].unique(maintain_order=True).head(articles)
    return events.filter(pl.col("article_id").is_in(ids.implode()))


def report(totals: list[float], sides: list[list[Side]]) -> list[str]:
    """Lines of medians: the tail, each pair (in the order their results were asked for), the bound."""
    lines = [f"tail CPU (from_events + write_html), median of {len(totals)}: {statistics.median(totals):.3f} s"]
    shapes = {tuple(side.name for side in run) for run in sides}
    if len(shapes) != 1:
        return [*lines, f"the runs asked for different pairs: {sorted(shapes)}"]
    ceiling = 0.0
    lines.append(f"{'pair':<34} {'caller s':>9} {'background s':>13} {'ceiling s':>10}  threaded")
    for k, first in enumerate(sides[0]):
        caller = statistics.median(run[k].caller for run in sides)
        background = statistics.median(run[k].background for run in sides)
        nested = "/" in first.name  # inside another pair's background side: counted there
        if not nested:
            ceiling += min(caller, background)
        lines.append(f"{first.name:<34} {caller:>9.3f} {background:>13.3f} {min(caller, background):>10.3f}  "
                     f"{'yes' if first.threaded else 'no'}")
    lines.append(f"sum of the ceilings (outermost pairs): {ceiling:.3f} s; the tail on two cores at best "
                 f"{statistics.median(totals) - ceiling:.3f} s")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=Path, help="events as timeline build --events writes them (.parquet)")
    parser.add_argument("--articles", type=int, help="the events of the frame's first N articles only")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", action="store_true", help="also the tail's CPU by thread (Linux)")
    parser.add_argument("--page", type=Path, default=Path("tail_sides.html"), help="where the page is written")
    args = parser.parse_args()
    from timeline.pipeline import _load_word_lists

    events = first_articles(pl.read_parquet(args.events), args.articles)
    _load_word_lists()  # as a build does beside extraction
    tail(first_articles(events, 10), args.page)  # first-use loading out of the measure
    totals, sides = measure(events, args.page, args.runs)
    print(f"{events.height:,} events of {events['article_id'].n_unique():,} articles")
    print("\n".join(report(totals, sides)))
    if args.threads:
        print(f"the tail as it is, CPU by thread (median of {args.runs}):")
        for key, value in by_thread(events, args.page, args.runs).items():
            print(f"  {key:<24} {value:.2f} s")


if __name__ == "__main__":
    main()
