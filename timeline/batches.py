"""Batches of articles, the batch function every engine runs, and the local cores.

A build cuts its input into batches of consecutive rows (:func:`batched`), turns each
batch into events with :func:`batch_events` (pure: its result depends on the batch only)
and keeps the results in input order. :func:`ordered_map` runs such a function on every
local core with the standard library's process pool, a few batches ahead of the one being
collected, so memory stays bounded and the output is the same as in one process: same
rows, same order, same ids. The Ray engine (:mod:`timeline._ray`) runs the same
:func:`batch_events`.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar

from timeline._workers import context, cpu_count, main_importable, watch_parent
from timeline.articles import Article, RowError

if TYPE_CHECKING:
    import polars as pl

    from timeline.store import EventStore

__all__ = ["BATCH_SIZE", "Batch", "BatchEvents", "SMALLEST_BATCH", "TAPER", "batch_columns", "batch_events", "batched",
           "cpu_count", "extract_into", "ordered_map"]

BATCH_SIZE = 256
"""Rows per batch: large enough to keep the workers busy, small enough to resume often."""

TAPER = 4
"""Near the end of the input a batch takes this share of the rows left (1/4), so batches
shrink toward the end and the workers finish at about the same time instead of one of them
working alone on the last full batch."""

SMALLEST_BATCH = 16
"""The fewest rows a tapered batch holds: below it, the work of a batch itself (a frame,
a part file) outweighs the rows."""

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Batch:
    """Consecutive input rows: the usable articles and the rows that could not be read."""

    index: int
    articles: tuple[Article, ...]
    errors: tuple[RowError, ...]

    @property
    def rows(self) -> int:
        """How many input rows the batch covers."""
        return len(self.articles) + len(self.errors)


@dataclass(frozen=True, slots=True)
class BatchEvents:
    """What :func:`batch_events` made of a batch: its events and the articles it could not use."""

    events: pl.DataFrame
    errors: tuple[RowError, ...]


def batched(items: Iterable[Article | RowError], size: int = BATCH_SIZE) -> Iterator[Batch]:
    """Group rows into batches of ``size`` rows (errors count as rows), in input order; the
    last ones taper: with ``r`` rows left, a batch holds ``r / TAPER`` rows, between
    :data:`SMALLEST_BATCH` and ``size``. The cut depends on the rows alone (never on the
    number of workers or their speed), so a resumed run cuts the same batches. The rows
    are read ``TAPER × size`` ahead, to know when the end is near."""
    ahead: deque[Article | RowError] = deque()
    rows = iter(items)
    index = 0
    while True:
        ahead.extend(islice(rows, TAPER * size - len(ahead)))
        if not ahead:
            return
        take = min(size, max(SMALLEST_BATCH, -(-len(ahead) // TAPER)))
        chunk = [ahead.popleft() for _ in range(min(take, len(ahead)))]
        yield Batch(index, tuple(a for a in chunk if isinstance(a, Article)),
                    tuple(e for e in chunk if isinstance(e, RowError)))
        index += 1


def batch_events(articles: Sequence[Article], *, inherit: bool = False) -> BatchEvents:
    """Events of a batch of articles, in article and text order; an article the tagger
    fails on becomes a RowError (field ``text``), never a crash, and costs no other
    article its events (:func:`batch_columns` as a frame)."""
    from timeline.frame import events_from_columns

    columns, errors = batch_columns(articles, inherit=inherit)
    return BatchEvents(events_from_columns(columns), errors)


def batch_columns(articles: Sequence[Article], *, inherit: bool = False,
                  ) -> tuple[dict[str, list[Any]], tuple[RowError, ...]]:
    """:func:`batch_events` as columns of plain Python values (``{name: values}``, for
    :func:`timeline.frame.events_from_columns`) and the RowErrors: what a local worker sends
    back. No polars here: the fork server and its workers never import it (~0.1 s of CPU
    on the start's critical chain, see :mod:`timeline._preload`); the build process makes
    the frame."""
    # imported here: a build process whose workers tag never loads the tagger (~0.05 s of its start)
    from timeline.events import article_rows

    try:
        return _columns(list(article_rows(articles, inherit=inherit))), ()
    except Exception:  # find the article(s) at fault; the others keep their events
        rows: list[dict[str, Any]] = []
        errors = []
        for article in articles:
            try:
                rows.extend(list(article_rows([article], inherit=inherit)))  # all or nothing: no part of a failing article
            except Exception as exc:
                errors.append(RowError(article.row, article.id, "text",
                                       f"event extraction failed: {type(exc).__name__}: {exc}"))
        return _columns(rows), tuple(errors)


def _columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Rows of one set of keys (:meth:`timeline.events.Event.as_row`) as columns."""
    return {name: [row[name] for row in rows] for name in rows[0]} if rows else {}


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, jobs: int | None = None,
                weight: Callable[[T], int] | None = None, started: Callable[[], object] | None = None) -> Iterator[R]:
    """``map(fn, items)`` on ``jobs`` processes (None: every core; 1: this process), results
    in input order. ``fn`` must be a module-level function. At most ``2 × jobs`` items are
    in flight, or with ``weight`` (an item's rows) items weighing up to ``2 × jobs`` times
    the heaviest seen, so that small batches at the end of the input go out together
    instead of waiting behind a large one; a long input never sits in memory at once.
    Workers come from a fork server (:func:`timeline._workers.context`) that outlives the
    call, so a second build in the same process starts at once; once the last result is
    given they end on their own, not waited for. ``started`` is called once the first two
    items are read, before any is handed out (the first hand-out waits for the fork server
    to be ready). Like every multiprocessing
    program, a script calling this must guard its top level with ``if __name__ == "__main__":``."""
    workers = cpu_count() if jobs is None else jobs
    if workers < 1:
        raise ValueError(f"jobs: expected 1 or more, got {jobs}")
    items = iter(items)
    head = list(islice(items, 2))
    if started is not None:
        started()
    if workers == 1 or len(head) < 2 or not main_importable():
        # one batch: starting processes would only cost time
        yield from map(fn, chain(head, items))
        return
    items = chain(head, items)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context(), initializer=watch_parent,
                               initargs=(os.getpid(),))
    pending: deque[tuple[Future[R], int]] = deque()
    load = heaviest = 0
    try:
        for item in items:
            size = 1 if weight is None else max(weight(item), 1)
            heaviest = max(heaviest, size)
            pending.append((pool.submit(fn, item), size))
            load += size
            while load >= 2 * workers * heaviest:
                future, size = pending.popleft()
                load -= size
                yield future.result()
        while pending:
            yield pending.popleft()[0].result()
    finally:
        for future, _ in pending:
            future.cancel()
        # every result is in (or the caller stops): the idle workers end on their own, and
        # the caller does not wait for them (0.01-0.2 s before the merge could begin); after
        # an error or an interruption it waits for the batches still running, as before
        pool.shutdown(wait=bool(pending))


def _made(batch: Batch, *, inherit: bool) -> tuple[int, int, tuple[RowError, ...], dict[str, list[Any]]]:
    """The job a worker runs: a batch's events as columns (:func:`batch_columns`) and every
    error of its rows (the articles themselves do not travel back)."""
    columns, errors = batch_columns(batch.articles, inherit=inherit)
    return batch.index, batch.rows, batch.errors + errors, columns


def extract_into(
    store: EventStore,
    batches: Iterable[Batch],
    *,
    inherit: bool = False,
    jobs: int | None = None,
    progress: Callable[[int], object] | None = None,
    started: Callable[[], object] | None = None,
) -> None:
    """Make the events of every batch ``store`` has not finished yet and store them, in
    input order; ``progress`` is called with the rows of each batch done or skipped,
    ``started`` once the first batches are read (see :func:`ordered_map`)."""

    def todo() -> Iterator[Batch]:
        for batch in batches:
            done = store.finished(batch.index)
            if done is None:
                yield batch
            elif progress is not None:
                progress(done.rows)

    from timeline.frame import events_from_columns

    for index, rows, errors, columns in ordered_map(partial(_made, inherit=inherit), todo(), jobs=jobs,
                                                    weight=lambda batch: batch.rows, started=started):
        store.add(index, events_from_columns(columns), rows, errors)
        if progress is not None:
            progress(rows)
