"""The merge's polars queries by call site and its CPU by step (prints numbers; not a test).

    python benchmarks/merge_queries.py --cache events.parquet --size 1000 [--depth 2] [--top 40]
    python benchmarks/merge_queries.py --cache events.parquet --size 50000 --steps [--distinct]

The events are :mod:`bench_merge`'s (its ``--cache``: the corpus events, copies shifted by whole
years for sizes past the corpus), merged once by :func:`timeline.merge.merge_events` after the
word lists are loaded (:func:`timeline.pipeline._load_word_lists`, as a build loads them beside
extraction), with the background thread off (``BACKGROUND_FROM`` raised: one thread, so that
the counts and times below add up).

Queries (default): every collect polars runs for the merge (an eager ``filter``, ``select``,
``join``, ``group_by().agg()`` … each collects a plan of its own: ``LazyFrame.collect`` and
``LazyFrame._collect_eager``) and every ``pl.DataFrame`` built, counted by the innermost
``timeline`` frame that asked (``--depth N``: the N innermost, to see loops), with the CPU
seconds of the process inside them (polars' own threads included). A query of a few rows costs
~80-100 µs whatever its rows (planning and Python wrappers).

Steps (``--steps``): CPU seconds (``time.process_time``) of the merge's steps (the functions of
:mod:`timeline.merge`, :mod:`timeline.wording` and :mod:`timeline.stories`), each less the steps it
calls (self time); other modules' functions and methods land in their caller's share
(``TriggerLexicon.in_context`` in ``_happenings``, ``_Components.union`` in ``cluster_events``). ``--distinct`` makes every copy's clauses distinct strings (a
trailing space per copy, as ``bench_merge --distinct``): the replicated events otherwise share their clauses, which
:func:`timeline.wording._told_alike` reads once per distinct clause (wire copies), so the
clause features of 50,000 replicated articles cost what those of the 5,000 originals do.
"""

from __future__ import annotations

import argparse
import collections
import functools
import inspect
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import timeline  # noqa: F401  before polars, as the command line (timeline._allocator)
import polars as pl  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_merge  # noqa: E402


def _events(cache: Path, size: int, distinct: bool) -> pl.DataFrame:
    return bench_merge._events_of_corpus(pl.read_parquet(cache), pl.read_parquet(bench_merge._ids(cache))["id"],
                                         size, distinct)


def _site(depth: int) -> str:
    frame, out = sys._getframe(2), []
    while frame is not None and len(out) < depth:
        name = frame.f_code.co_filename
        if "/timeline/" in name:
            out.append(f"{name.rsplit('/timeline/', 1)[-1]}:{frame.f_lineno}:{frame.f_code.co_name}")
        frame = frame.f_back
    return " < ".join(out) or "?"


def count_queries(run: Callable[[], object], depth: int) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """``run()`` with polars' collects and frame builds counted by call site: (counts, CPU seconds)."""
    counts: collections.Counter[str] = collections.Counter()
    seconds: collections.Counter[str] = collections.Counter()
    inside = [False]

    def counted(fn: Callable[..., Any], tag: str) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if inside[0]:
                return fn(*args, **kwargs)
            site, start = tag + _site(depth), time.process_time()
            inside[0] = True
            try:
                return fn(*args, **kwargs)
            finally:
                inside[0] = False
                counts[site] += 1
                seconds[site] += time.process_time() - start
        return wrapper

    patched = [(pl.LazyFrame, "collect", ""), (pl.LazyFrame, "_collect_eager", ""), (pl.DataFrame, "__init__", "new ")]
    saved = [getattr(owner, name) for owner, name, _ in patched]
    for (owner, name, tag), fn in zip(patched, saved):
        setattr(owner, name, counted(fn, tag))
    try:
        run()
    finally:
        for (owner, name, _), fn in zip(patched, saved):
            setattr(owner, name, fn)
    return counts, seconds


def step_times(run: Callable[[], object]) -> collections.Counter[str]:
    """``run()`` with the self CPU seconds of every function of :mod:`timeline.merge`,
    :mod:`timeline.wording` and :mod:`timeline.stories` (module globals, looked up when called)."""
    from timeline import merge, stories, wording

    spent: collections.Counter[str] = collections.Counter()
    stack: list[float] = []
    saved = []

    def timed(module: Any, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        label = f"{module.__name__.rsplit('.', 1)[-1]}.{name}"

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            stack.append(0.0)
            try:
                return fn(*args, **kwargs)
            finally:
                took, inner = time.process_time() - start, stack.pop()
                spent[label] += took - inner
                if stack:
                    stack[-1] += took
        return wrapper

    for module in (merge, wording, stories):
        for name, fn in list(vars(module).items()):
            if inspect.isfunction(fn) and fn.__module__ == module.__name__:
                saved.append((module, name, fn))
                setattr(module, name, timed(module, name, fn))
    try:
        run()
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="bench_merge's events file (and its .ids)")
    parser.add_argument("--size", type=int, default=1000, help="articles (copies of the corpus past its size)")
    parser.add_argument("--depth", type=int, default=1, help="timeline frames naming a call site")
    parser.add_argument("--top", type=int, default=40, help="call sites or steps printed")
    parser.add_argument("--steps", action="store_true", help="CPU by step instead of queries by call site")
    parser.add_argument("--distinct", action="store_true", help="every copy's clauses distinct strings")
    args = parser.parse_args()

    import timeline._background as background
    from timeline.merge import merge_events
    from timeline.pipeline import _load_word_lists

    events = _events(args.cache, args.size, args.distinct)
    _load_word_lists()
    background.BACKGROUND_FROM = sys.maxsize  # one thread: the counts and times add up
    start = time.process_time()
    if args.steps:
        spent = step_times(lambda: merge_events(events))
        total = time.process_time() - start
        print(f"{args.size} articles, {events.height} events: merge {total:.3f} s CPU"
              f"{' (clauses of every copy distinct)' if args.distinct else ''}; self CPU by step:")
        for label, took in spent.most_common(args.top):
            print(f"  {took:7.3f} s  {label}")
        return
    counts, seconds = count_queries(lambda: merge_events(events), args.depth)
    total = time.process_time() - start
    print(f"{args.size} articles, {events.height} events: merge {total:.3f} s CPU, {sum(counts.values())} queries "
          f"and frames built, {sum(seconds.values()):.3f} s CPU inside them")
    by_file: collections.Counter[str] = collections.Counter()
    for site, n in counts.items():
        by_file[site.split(":", 1)[0]] += n
    print("by file:", ", ".join(f"{name} {n}" for name, n in by_file.most_common()))
    for site, n in counts.most_common(args.top):
        print(f"  {n:5d} {seconds[site] * 1000:8.1f} ms  {site}")


if __name__ == "__main__":
    main()
