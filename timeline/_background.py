"""Work started on another thread while the caller goes on with its own (:func:`in_background`).

polars lets go of the GIL while it collects a query, so two chains of polars steps that do
not depend on each other run on two cores at once: the one-core tail of a build (merging,
drawing) uses the second core for the steps its next ones do not need yet.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

__all__ = ["in_background"]

T = TypeVar("T")


def in_background(fn: Callable[..., T], *args: Any) -> Future[T]:
    """``fn(*args)`` started on a thread of its own, which ends with it; ``.result()`` gives
    its value or raises its error. One thread per call, none kept: a process forked
    afterwards holds no thread that would never run."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="timeline-background")
    try:
        return pool.submit(fn, *args)
    finally:
        pool.shutdown(wait=False)
