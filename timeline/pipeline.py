"""From articles to a :class:`~timeline.result.Timeline`: the one pipeline behind the API, CLI and notebooks.

read (``timeline.articles``) → extract events in batches (``timeline.events``) → count a night
crawl's articles from the day before when the others of it say so (``timeline.written``) → date a reprint's
sentences from their first copy's publication (``timeline.reprints``) → merge
(``timeline.merge``), then date the phrases told from a happening another article reports
from its entry (``timeline.relink``) → the result (``timeline.result``), which draws (``timeline.plot``) and
exports (``timeline.export``) on demand. Every input row ends up either
used or rejected with a :class:`~timeline.articles.RowError` naming its row and field, so
``articles_read == articles_used + articles_rejected`` always holds.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Union

import polars as pl

from timeline import batches as _batches
from timeline.articles import Article, RowError, duplicate_id, read_articles
from timeline.batches import BATCH_SIZE, batched, cpu_count, extract_into
from timeline.published import Calendar, DateOrder
from timeline.reprints import date_reprints
from timeline.store import EventStore
from timeline.tables import is_table

if TYPE_CHECKING:  # loaded once extraction is under way (see __getattr__)
    from timeline.corrections import CorrectionsSource
    from timeline.result import BuildStats, Timeline

__all__ = ["AFTER_EXTRACTION_COST", "ArticleSource", "BuildStats", "Stage", "build_timeline", "count_articles",
           "engine_stamp", "iter_articles", "run_description"]

ArticleSource = Union[
    str,
    "os.PathLike[str]",
    pl.DataFrame,
    pl.LazyFrame,
    Iterable[Union[str, "os.PathLike[str]"]],
    Iterable[Union[Article, RowError]],
    Iterable[Mapping[str, Any]],
]
"""What :func:`build_timeline` reads: paths, a table (polars, pandas, Arrow), dicts, or Article objects."""

AFTER_EXTRACTION_COST = 0.2
"""The steps after extraction (merge, stories, entries, page) cost about this share of one
article's extraction per event (measured on 5,000 to 50,000 articles: 0.14–0.21); the
time-left estimate of those steps scales it by the extraction speed this run measured."""


def __getattr__(name: str) -> Any:
    """``BuildStats`` and ``Timeline``, from :mod:`timeline.result`, loaded on first use:
    what merges and draws is not imported before a build's first batches are out (the
    word-list thread imports most of it then, beside the workers)."""
    if name in ("BuildStats", "Timeline"):
        from timeline import result

        return getattr(result, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Stage(NamedTuple):
    """A step after extraction begins: what it does, over how many events, and about how
    many seconds the rest of the build will take (None when nothing was extracted in this
    run to measure the machine's speed by)."""

    note: str
    events: int
    seconds: float | None



def iter_articles(
    articles: ArticleSource,
    *,
    published: str | None = None,
    columns: Mapping[str, str] | str | None = None,
    date_order: DateOrder | str = DateOrder.DMY,
    calendar: Calendar | str = Calendar.GREGORIAN,
    notice: Callable[[str], object] | None = None,
) -> Iterator[Article | RowError]:
    """Every row of ``articles`` as an Article or a RowError, in input order.

    Paths, tables and dicts go through :func:`timeline.articles.read_articles` with the
    same settings (``published``: the date of rows without one, needed for folders of
    .txt; ``columns``, ``date_order``, ``calendar``, ``notice``); a later row reusing an
    earlier id is rejected (field ``id``), since events would no longer trace back to one
    article.
    """
    options: dict[str, Any] = {"published": published, "columns": columns, "date_order": date_order,
                               "calendar": calendar, "notice": notice}
    seen: dict[str, tuple[str | None, int]] = {}
    for where, item in _raw_rows(articles, options):
        if isinstance(item, Article):
            if item.id in seen:
                yield duplicate_id(item.row, item.id, where, *seen[item.id])
                continue
            seen[item.id] = (where, item.row)
        yield item


def count_articles(articles: ArticleSource) -> int | None:
    """How many rows ``articles`` holds, when that is cheap to know (a progress bar's
    total): a frame's height, Parquet metadata, CSV rows, JSONL lines, .txt files. None
    when it is not (stdin, Article objects, a file that does not read)."""
    if isinstance(articles, pl.DataFrame):
        return articles.height
    if is_table(articles):
        return len(articles) if hasattr(articles, "__len__") and hasattr(articles, "columns") else None
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
    articles: ArticleSource, options: dict[str, Any]
) -> Iterator[tuple[str | None, Article | RowError]]:
    if is_table(articles):
        for item in read_articles(articles, **options):
            yield None, item
    elif isinstance(articles, (str, os.PathLike)):
        for item in read_articles(articles, **options):
            yield str(articles), item
    else:
        entries = iter(articles)
        first = next(entries, None)
        if first is None:
            return
        entries = itertools.chain([first], entries)
        if isinstance(first, Mapping):  # rows as dicts (Article objects may be mixed in)
            for item in read_articles(entries, **options):
                yield None, item
            return
        for entry in entries:
            if isinstance(entry, (Article, RowError)):
                yield None, entry
            else:
                for item in read_articles(entry, **options):
                    yield str(entry) if isinstance(entry, (str, os.PathLike)) else None, item


def run_description(
    articles: ArticleSource, *, options: Mapping[str, Any], inherit: bool, batch_size: int
) -> dict[str, Any] | None:
    """What identifies a run for resuming it (inputs, options and how rows are cut into
    batches), or None when the input cannot be recognised again (Article objects, stdin)."""
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
    settings = {k: str(v) if v is not None else None for k, v in options.items()}
    return {"source": source, **settings, "inherit": inherit, "batch_size": batch_size,
            "taper": _batches.TAPER, "smallest_batch": _batches.SMALLEST_BATCH, "engine": engine_stamp()}


@functools.cache
def engine_stamp() -> str:
    """A digest of the engine's own files (its code and language data): part of a run's description, so
    that a run resumed after the engine changed (an upgrade, an edited word list) makes every batch again
    instead of mixing events of two versions."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}:
            digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


class _Pace:
    """Passes each batch's row count on to ``progress`` and times the batches: the time per
    row once the first batch is done (processes started, grammar loaded)."""

    def __init__(self, progress: Callable[[int], object] | None) -> None:
        self.progress = progress
        self.first: float | None = None
        self.last = 0.0
        self.rows = 0

    def __call__(self, rows: int) -> None:
        now = time.perf_counter()
        if self.first is None:
            self.first = now
        else:
            self.rows += rows
        self.last = now
        if self.progress is not None:
            self.progress(rows)

    def seconds_per_row(self) -> float | None:
        """Seconds per row after the first batch, or None when one batch or none was timed."""
        if self.first is None or not self.rows or self.last <= self.first:
            return None
        return (self.last - self.first) / self.rows


def _crawls_written(events: pl.DataFrame, articles: ArticleSource, options: dict[str, Any],
                    inherit: bool, jobs: int | None) -> pl.DataFrame:
    """``events`` with the articles their crawl says were written the day before their stamp extracted
    again from that day (:mod:`timeline.written`); as they are when ``articles`` cannot be read
    again (an iterator, stdin): the texts do not stay in memory after extraction."""
    from timeline.written import crawl_days, rewritten

    if isinstance(articles, Iterator) or (isinstance(articles, (str, os.PathLike)) and str(articles) == "-"):
        return events
    days = crawl_days(events)
    if not days:
        return events
    again = (a for a in iter_articles(articles, **options) if isinstance(a, Article) and a.id in days)
    return rewritten(events, again, days, inherit=inherit, jobs=jobs)


def _load_word_lists() -> None:
    """Load the word lists and files that merging, dating from entries and drawing read
    (each loader keeps what it loads): run on a thread once the first batches are read,
    while this process waits for the fork server and the workers, so that this is not done after extraction,
    when nothing else runs beside it. A loader that fails fails again, reported, where it
    is used."""
    import timeline.result  # noqa: F401 - what merges and draws, not imported before the first batches
    from timeline._programs import store_kept
    from timeline.happenings import load_triggers
    from timeline.labels import MONTH_FAMILIES, date_words, most_used_family
    from timeline.page import load_assets
    from timeline.places import load_gazetteer
    from timeline.relink import future_cues
    from timeline.wording import load_wording

    try:
        load_wording()
        load_triggers()
        load_gazetteer()
        for family in MONTH_FAMILIES:
            date_words(family)
        most_used_family([])
        for loader in (future_cues, load_assets, *_merge_loaders()):
            loader()
    except Exception:  # noqa: BLE001,S110 - the merge or the page meets it again and says so
        pass
    store_kept()  # the patterns this process's imports compiled, made from their programs next time


def _merge_loaders() -> tuple[Callable[[], object], ...]:
    """The smaller word lists and patterns the merge, its stories and the dating from entries
    build on first use, each module's own :func:`preload`: ~0.04 s of CPU, with their
    patterns' compilation, taken off the one-core tail of every build. What the merge still
    builds on its first call is listed by ``tests/test_build_fixed_cost.py``."""
    from timeline import anchors, places, stories, tense, verbs, wording

    return (wording.preload, places.preload, anchors.preload, stories.preload, verbs.preload, tense.preload)


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
    stage: Callable[[Stage], object] | None = None,
    columns: Mapping[str, str] | str | None = None,
    date_order: DateOrder | str = DateOrder.DMY,
    calendar: Calendar | str = Calendar.GREGORIAN,
    notice: Callable[[str], object] | None = None,
    jobs: int | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    workdir: str | os.PathLike[str] | None = None,
    resume: bool = True,
    batch_size: int = BATCH_SIZE,
    corrections: CorrectionsSource | None = None,
) -> Timeline:
    """Read articles, extract and merge their events, and draw the timeline.

    ``articles``: a path (JSONL/CSV/Parquet/.txt folder), several paths, a table (polars
    DataFrame or LazyFrame, pandas, Arrow), dicts or Article objects. ``columns`` maps
    fields to the table's column names (``{"text": "body", "published": "date"}``; usual
    other names are found alone); ``date_order`` and ``calendar`` say how numeric dates
    read; ``notice`` receives one-line notices (default: warnings). ``lanes``: the
    column the lanes follow (``"source"``, ``"place"``, ``"cluster"``, ``"story"`` (one
    lane per story, see :mod:`timeline.stories`), any event column, or ``None``/``"none"``);
    events with no value in that column share one lane. ``inherit``:
    clauses without their own date take the day the narrative last set, inside one thread
    (marked ``inherited``, lower ``date_confidence``; they join the entry of the clause
    that told it and never lead a merge, see :mod:`timeline.follow`), and an undated lead
    reporting a past happening takes its report's window (:mod:`timeline.leads`). ``merge``: group
    reports of the same happening across articles. ``progress`` is called with the number
    of articles done after each batch, ``stage`` with a :class:`Stage` when the steps after
    extraction (merging, drawing) begin.

    Articles are read and turned into events in batches of ``batch_size`` rows, on ``jobs``
    processes (None: every core; 1: this process) with the ``"local"`` engine, or on a Ray
    cluster with ``engine="ray"`` (a local one unless ``ray_address``; needs the ``ray``
    extra); the result is the same. The events of each batch are written to a Parquet
    dataset in ``workdir`` (a temporary folder, removed at the end, when None); with a
    ``workdir`` from an interrupted run of the same inputs and options, the batches it
    finished are not made again (unless ``resume=False``).
    The result's ``stats`` counts articles read, used and rejected and keeps every RowError.
    ``corrections`` (a CSV/JSONL file or Correction objects, see :mod:`timeline.corrections`)
    are applied after merging, as :meth:`Timeline.correct` does; their report is the
    result's ``corrections``.
    """
    if engine not in ("local", "ray"):
        raise ValueError(f"engine: expected 'local' or 'ray', got {engine!r}")
    options: dict[str, Any] = {"published": published, "columns": columns, "date_order": date_order,
                               "calendar": calendar}
    run = run_description(articles, options=options, inherit=inherit, batch_size=batch_size)
    work = Path(workdir) if workdir is not None else Path(tempfile.mkdtemp(prefix="timeline-"))
    store = EventStore.open(work, run or {"source": None}, resume=resume and run is not None)
    pace = _Pace(progress)
    loading = threading.Thread(target=_load_word_lists, name="timeline-word-lists", daemon=True)

    def load() -> None:  # once the first batches are read: not beside the reading of their rows
        if loading.ident is None:
            loading.start()

    try:
        if engine == "ray":
            from timeline._ray import extract_with_ray

            load()
            extract_with_ray(articles, store, options=options, inherit=inherit, address=ray_address,
                             batch_size=batch_size, progress=pace, quiet=progress is None)
        else:
            extract_into(store, batched(iter_articles(articles, **options, notice=notice), batch_size),
                         inherit=inherit, jobs=jobs, progress=pace, started=load)
        errors = [error for batch in store.batches for error in batch.errors]
        read = sum(batch.rows for batch in store.batches)
        events = date_reprints(_crawls_written(store.scan().collect(), articles, options, inherit,
                                               1 if engine == "ray" else jobs))
        dated = events["article_id"].n_unique()
    finally:
        if workdir is None:
            store.remove()
        else:
            store.close()  # its files stay (for --resume); another run may take the folder now
    load()
    loading.join()
    from timeline.result import BuildStats, Timeline

    if lanes == "story":  # one lane per story, named by its label
        lanes = "story_label"
    if stage is not None:
        workers = min(cpu_count() if jobs is None or engine == "ray" else jobs, cpu_count())
        per_article = pace.seconds_per_row()
        seconds = None if per_article is None else AFTER_EXTRACTION_COST * events.height * per_article * workers
        stage(Stage(f"{'merging and drawing' if merge else 'drawing'} {events.height} events", events.height,
                    seconds))
    timeline = Timeline.from_events(events, lanes=lanes, rtl=rtl, merge=merge, title=title)
    if corrections is not None:
        timeline = timeline.correct(corrections)
    rejected = len(errors)
    used = read - rejected
    timeline.stats = BuildStats(
        articles_read=read,
        articles_used=used,
        articles_rejected=rejected,
        events=timeline.events.height,
        entries=timeline.entries.height,
        conflicts=timeline.conflicts,
        articles_without_events=used - dated,
        errors=tuple(errors),
        undated=timeline.undated.height,
        stories=timeline.entries["story"].drop_nulls().n_unique() if merge and "story" in timeline.entries.columns else 0,
    )
    return timeline
