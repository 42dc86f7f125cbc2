"""Work started on another thread while the caller goes on with its own (:func:`in_background`).

polars lets go of the GIL while it collects a query, so two chains of polars steps that do
not depend on each other run on two cores at once: the one-core tail of a build (merging,
drawing) uses the second core for the steps its next ones do not need yet, when they are
large enough for that to pay.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

__all__ = ["BACKGROUND_FROM", "in_background"]

T = TypeVar("T")

BACKGROUND_FROM = 5000
"""From how many rows work goes to another thread. Measured on the tail's two uses
(``clause_features`` and ``page_data``), one process alternating both ways: the 2,600 events of
1,000 articles gain nothing (best runs 0.227 vs 0.224 s) and lose ~0.05 s on a busy machine,
where the thread waits for a core; the 12,600 of 5,000 articles gain 0.06–0.09 s."""


def in_background(fn: Callable[..., T], *args: Any, rows: int = BACKGROUND_FROM) -> Future[T]:
    """``fn(*args)`` started on a thread of its own, which ends with it, when it works on
    ``rows`` rows or more (:data:`BACKGROUND_FROM`), else run at once; ``.result()`` gives
    its value or raises its error. One thread per call, none kept: a process forked
    afterwards holds no thread that would never run."""
    if rows < BACKGROUND_FROM:
        done: Future[T] = Future()
        try:
            done.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001 - raised by .result(), as from the thread
            done.set_exception(exc)
        return done
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="timeline-background")
    try:
        return pool.submit(fn, *args)
    finally:
        pool.shutdown(wait=False)
