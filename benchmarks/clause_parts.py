"""The CPU of ``wording.clause_features`` and of its parts, on a fixed event frame: how much of the tail's
reading of clauses is per clause (movable out of the one-core tail) and how much reads the whole batch.

    python benchmarks/clause_parts.py EVENTS.parquet                    # every event of the frame
    python benchmarks/clause_parts.py EVENTS.parquet --articles 1000 --runs 5

Each part is timed with ``time.thread_time`` (the CPU of the thread it runs on: ``_read_happenings`` runs on a
thread of its own from ``timeline._background.BACKGROUND_FROM`` events, beside the main thread's part), summed
over its calls in one ``clause_features``, median of ``--runs`` runs after a warm one on a few events. A part
nested in another is inside the outer's figure too (``word_class`` is called by ``in_context`` and by the
classes ``clause_features`` makes). CPU times on a shared machine swing; compare runs made alike.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import time
from collections.abc import Callable
from typing import Any

PARTS = (
    ("timeline.wording", "clause_features"),
    ("timeline.wording", "_read_happenings"),
    ("timeline.wording", "_happenings"),
    ("timeline.wording", "_after_phrases"),
    ("timeline.happenings", "TriggerLexicon.in_context"),
    ("timeline.happenings", "TriggerLexicon.word_class"),
    ("timeline.wording", "Wording.stem_table"),
    ("timeline.wording", "_lent"),
    ("timeline.wording", "_told_alike"),
    ("timeline.wording", "_cut_clauses"),
    ("timeline.wording", "_token_marks"),
    ("timeline.wording", "_leads"),
    ("timeline.wording", "_aside"),
    ("timeline.wording", "_towns"),
    ("timeline.wording", "_weights"),
)
"""The parts timed: (module, name), a method as ``Class.method``."""


def timed(parts: tuple[tuple[str, str], ...], spent: dict[str, float]) -> None:
    """Wrap each of ``parts`` so that its CPU (on its thread) is added to ``spent[name]``."""
    import importlib

    for module_name, name in parts:
        owner: Any = importlib.import_module(module_name)
        *path, attr = name.split(".")
        for step in path:
            owner = getattr(owner, step)
        inner: Callable[..., Any] = getattr(owner, attr)

        def wrapper(*args: Any, _inner: Callable[..., Any] = inner, _name: str = name, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                return _inner(*args, **kwargs)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.thread_time() - start

        setattr(owner, attr, functools.wraps(inner)(wrapper))


def main() -> None:
    """Time the parts on the events of the first ``--articles`` articles of the frame."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("events", help="an events Parquet file (timeline build --events)")
    parser.add_argument("--articles", type=int, default=None, help="the first N articles of the frame (default all)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import polars as pl

    from timeline import wording
    from timeline.frame import conform_events

    events = pl.read_parquet(args.events)
    if args.articles is not None:
        ids = events["article_id"].unique(maintain_order=True).head(args.articles)
        events = events.filter(pl.col("article_id").is_in(ids.implode()))
    events = conform_events(events)
    spent: dict[str, float] = {}
    timed(PARTS, spent)
    wording.clause_features(events.head(40))
    runs = []
    for _ in range(args.runs):
        spent.clear()
        wording.clause_features(events)
        runs.append(dict(spent))
    print(f"{events.height} events of {events['article_id'].n_unique()} articles; CPU s (thread), median of {args.runs}")
    for _, name in PARTS:
        print(f"  {name:28s} {statistics.median(run.get(name, 0.0) for run in runs):.3f}")


if __name__ == "__main__":
    main()
