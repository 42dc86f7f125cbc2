"""From articles to a :class:`~timeline.plot.Timeline`: the one pipeline behind the API, CLI and notebooks.

read (``timeline.articles``) → extract events in batches (``timeline.events``) → merge
(``timeline.merge``) → order and draw (``timeline.plot``). Every input row ends up either
used or rejected with a :class:`~timeline.articles.RowError` naming its row and field, so
``articles_read == articles_used + articles_rejected`` always holds.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import polars as pl

from timeline.articles import Article, RowError, parse_published, read_articles
from timeline.errors import PublishedDateError
from timeline.batches import BATCH_SIZE, batched, extract_into
from timeline.plot import Timeline
from timeline.store import EventStore

__all__ = ["ArticleSource", "BuildStats", "build_timeline", "count_articles", "iter_articles", "run_description"]

ArticleSource = Union[
    str,
    "os.PathLike[str]",
    pl.DataFrame,
    Iterable[Union[str, "os.PathLike[str]"]],
    Iterable[Union[Article, RowError]],
]
"""What :func:`build_timeline` reads: paths, a frame of articles, or Article objects."""

@dataclass(frozen=True, slots=True)
class BuildStats:
    """What a build read, used and rejected, and what it made."""

    articles_read: int
    articles_used: int
    articles_rejected: int
    events: int
    entries: int
    conflicts: int
    articles_without_events: int = 0
    errors: tuple[RowError, ...] = field(default=(), repr=False)

    def summary(self) -> str:
        """A short English summary, one line per fact."""
        return (
            f"articles: {self.articles_read} read, {self.articles_used} used, "
            f"{self.articles_rejected} rejected"
            + (f" ({self.articles_without_events} without dated events)"
               if self.articles_without_events else "")
            + f"\nevents: {self.events} in {self.entries} timeline entries, "
            f"{self.conflicts} with conflicting dates"
        )


def _frame_rows(frame: pl.DataFrame) -> Iterator[Article | RowError]:
    """Validate a polars frame of articles row by row, as the file readers do."""
    for n, row in enumerate(frame.iter_rows(named=True), 1):
        ident = row.get("id")
        ident = f"row-{n}" if ident is None or ident == "" else str(ident)
        text = row.get("text")
        if not isinstance(text, str):
            yield RowError(n, ident, "text", "missing" if text is None else "expected a string")
            continue
        try:
            published = parse_published(row.get("published"))
        except PublishedDateError as exc:
            yield RowError(n, ident, "published", str(exc))
            continue
        place = row.get("place")
        if place is not None and not isinstance(place, str):
            yield RowError(n, ident, "place", f"expected a string, got {type(place).__name__}")
            continue
        yield Article(id=ident, text=text, published=published, row=n,
                      title=row.get("title"), url=row.get("url"), source=row.get("source"),
                      place=(place or "").strip() or None)


def iter_articles(
    articles: ArticleSource, *, published: str | None = None
) -> Iterator[Article | RowError]:
    """Every row of ``articles`` as an Article or a RowError, in input order.

    Paths go through :func:`timeline.articles.read_articles` (``published`` is the date of
    rows without one, needed for folders of .txt); a later row reusing an earlier id is
    rejected (field ``id``), since events would no longer trace back to one article.
    """
    seen: dict[str, str] = {}
    for where, item in _raw_rows(articles, published):
        if isinstance(item, Article):
            if item.id in seen:
                yield RowError(item.row, item.id, "id", f"duplicate id, first read at {seen[item.id]}",
                               where)
                continue
            seen[item.id] = f"{where} row {item.row}" if where else f"row {item.row}"
        yield item


def count_articles(articles: ArticleSource) -> int | None:
    """How many rows ``articles`` holds, when that is cheap to know (a progress bar's
    total): a frame's height, Parquet metadata, CSV rows, JSONL lines, .txt files. None
    when it is not (stdin, Article objects, a file that does not read)."""
    if isinstance(articles, pl.DataFrame):
        return articles.height
    if isinstance(articles, (str, os.PathLike)):
        paths = [articles]
    elif isinstance(articles, (list, tuple)) and all(isinstance(p, (str, os.PathLike)) for p in articles):
        paths = list(articles)
    else:
        return None
    total = 0
    for entry in paths:
        path = Path(entry)
        suffix = path.suffix.lower()
        try:
            if path.is_dir():
                total += sum(1 for f in path.iterdir() if f.suffix.lower() == ".txt")
            elif suffix in (".parquet", ".csv"):
                scan = pl.scan_parquet(path) if suffix == ".parquet" else pl.scan_csv(path, infer_schema=False)
                total += scan.select(pl.len()).collect().item()
            elif suffix in (".jsonl", ".ndjson", ".json"):
                with open(path, "rb") as raw:
                    total += sum(1 for line in raw if line.strip())
            elif suffix == ".txt":
                total += 1
            else:
                return None
        except (OSError, pl.exceptions.PolarsError):
            return None
    return total


def _raw_rows(
    articles: ArticleSource, published: str | None
) -> Iterator[tuple[str | None, Article | RowError]]:
    if isinstance(articles, pl.DataFrame):
        for item in _frame_rows(articles):
            yield None, item
    elif isinstance(articles, (str, os.PathLike)):
        for item in read_articles(articles, published=published):
            yield str(articles), item
    else:
        for entry in articles:
            if isinstance(entry, (Article, RowError)):
                yield None, entry
            else:
                for item in read_articles(entry, published=published):
                    yield str(entry), item


def run_description(
    articles: ArticleSource, *, published: str | None, inherit: bool, batch_size: int
) -> dict[str, Any] | None:
    """What identifies a run for resuming it (inputs and options), or None when the input
    cannot be recognised again (Article objects, stdin)."""
    if isinstance(articles, pl.DataFrame):
        ids = articles["id"].cast(pl.String) if "id" in articles.columns else pl.Series([], dtype=pl.String)
        source: Any = {"frame": articles.height, "columns": articles.columns, "ids": int(ids.hash().sum() or 0)}
    else:
        entries = [articles] if isinstance(articles, (str, os.PathLike)) else articles
        if not isinstance(entries, (list, tuple)) or not all(isinstance(p, (str, os.PathLike)) for p in entries):
            return None
        source = []
        for entry in entries:
            path = Path(entry)
            if str(entry) == "-" or not path.exists():
                return None
            info = path.stat()
            source.append([str(path.resolve()), info.st_size, info.st_mtime_ns])
    return {"source": source, "published": published, "inherit": inherit, "batch_size": batch_size}


def build_timeline(
    articles: ArticleSource,
    *,
    lanes: str | None = "source",
    inherit: bool = False,
    merge: bool = True,
    rtl: bool = False,
    published: str | None = None,
    title: str | None = None,
    progress: Callable[[int], object] | None = None,
    stage: Callable[[str], object] | None = None,
    jobs: int | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    workdir: str | os.PathLike[str] | None = None,
    resume: bool = True,
    batch_size: int = BATCH_SIZE,
) -> Timeline:
    """Read articles, extract and merge their events, and draw the timeline.

    ``articles``: a path (JSONL/CSV/Parquet/.txt folder), several paths, a polars frame
    (columns of :data:`timeline.frame.ARTICLE_SCHEMA`) or Article objects. ``lanes``: the
    column the lanes follow (``"source"``, ``"place"``, ``"cluster"``, any event column, or
    ``None``/``"none"``); events with no value in that column share one lane. ``inherit``:
    clauses without their own date take the last one the narrative set. ``merge``: group
    reports of the same happening across articles. ``progress`` is called with the number
    of articles done after each batch, ``stage`` with a short note when a later step
    (merging, drawing) begins.

    Articles are read and turned into events in batches of ``batch_size`` rows, on ``jobs``
    processes (None: every core; 1: this process) with the ``"local"`` engine, or on a Ray
    cluster with ``engine="ray"`` (a local one unless ``ray_address``; needs the ``ray``
    extra); the result is the same. The events of each batch are written to a Parquet
    dataset in ``workdir`` (a temporary folder, removed at the end, when None); with a
    ``workdir`` from an interrupted run of the same inputs and options, the batches it
    finished are not made again (unless ``resume=False``).
    The result's ``stats`` counts articles read, used and rejected and keeps every RowError.
    """
    if engine not in ("local", "ray"):
        raise ValueError(f"engine: expected 'local' or 'ray', got {engine!r}")
    run = run_description(articles, published=published, inherit=inherit, batch_size=batch_size)
    work = Path(workdir) if workdir is not None else Path(tempfile.mkdtemp(prefix="timeline-"))
    store = EventStore.open(work, run or {"source": None}, resume=resume and run is not None)
    try:
        if engine == "ray":
            from timeline._ray import extract_with_ray

            extract_with_ray(articles, store, published=published, inherit=inherit, address=ray_address,
                             batch_size=batch_size, progress=progress, quiet=progress is None)
        else:
            batches = batched(iter_articles(articles, published=published), batch_size)
            extract_into(store, batches, inherit=inherit, jobs=jobs, progress=progress)
        events = store.scan().collect()
        errors = [error for batch in store.batches for error in batch.errors]
        read = sum(batch.rows for batch in store.batches)
    finally:
        if workdir is None:
            store.remove()
    if stage is not None:
        stage(f"{'merging and drawing' if merge else 'drawing'} {events.height} events")
    timeline = Timeline.from_events(events, lanes=lanes, rtl=rtl, merge=merge, title=title)
    rejected = len(errors)
    used = read - rejected
    dated = events["article_id"].n_unique() if events.height else 0
    timeline.stats = BuildStats(
        articles_read=read,
        articles_used=used,
        articles_rejected=rejected,
        events=timeline.events.height,
        entries=timeline.entries.height,
        conflicts=timeline.conflicts,
        articles_without_events=used - dated,
        errors=tuple(errors),
    )
    return timeline
