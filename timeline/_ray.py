"""The Ray Data engine: the local engine's batch function, run on a Ray cluster.

``build_timeline(..., engine="ray")`` (``timeline build --engine ray``) reads the articles
with ``ray.data`` (Parquet, JSONL or CSV files, or a polars frame), runs
:func:`timeline.batches.batch_events` on every block with ``map_batches`` and writes the
events with ``write_parquet`` into the run's work directory; the driver then files each
written part in the :class:`~timeline.store.EventStore`, and the build goes on as with the
local engine (same merge, order and page). A local Ray is started (and stopped) when Ray
is not running yet and no ``address`` is given; ``address`` joins a cluster, whose workers
must be able to read the input paths and the work directory (a shared file system).

Each batch's rows are checked as the file readers check them; a row error's ``row`` counts
within its Ray batch, since Ray blocks do not know their place in the input. Ids are not
checked for duplicates across batches. Install with ``pip install 'timeline[ray]'``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from timeline.articles import Article, RowError, read_articles
from timeline.batches import BATCH_SIZE, batch_events
from timeline.frame import EVENT_SCHEMA, conform_events

if TYPE_CHECKING:
    from timeline.pipeline import ArticleSource
    from timeline.store import EventStore

__all__ = ["RAY_SCHEMA", "extract_with_ray", "ray_batch"]

_TALLY = {"batch_rows": pl.Int32, "error_row": pl.Int64, "error_id": pl.String,
          "error_field": pl.String, "error_message": pl.String}
RAY_SCHEMA = pl.Schema({**{k: (pl.String if k == "grain" else v) for k, v in EVENT_SCHEMA.items()}, **_TALLY})
"""What :func:`ray_batch` returns: the events (grain as text), one row holding the batch's
row count, and one row per row error."""

_READERS = {".parquet": "read_parquet", ".jsonl": "read_json", ".ndjson": "read_json", ".json": "read_json",
            ".csv": "read_csv"}


def ray_batch(table: Any, *, inherit: bool = False, options: Mapping[str, Any] | None = None) -> Any:
    """The ``map_batches`` function: a pyarrow table of article rows in (read as
    :func:`~timeline.articles.read_articles` reads a table, with ``options``), a pyarrow
    table of :data:`RAY_SCHEMA` out (events, a tally row, row errors)."""
    import pyarrow as pa

    items = list(read_articles(pl.from_arrow(table), **(options or {})))
    articles = [item for item in items if isinstance(item, Article)]
    made = batch_events(articles, inherit=inherit)
    errors = [item for item in items if isinstance(item, RowError)] + list(made.errors)
    tally = pl.DataFrame(
        {"batch_rows": [len(items)] + [None] * len(errors),
         "error_row": [None] + [e.row for e in errors],
         "error_id": [None] + [e.id for e in errors],
         "error_field": [None] + [e.field for e in errors],
         "error_message": [None] + [e.message for e in errors]},
        schema=_TALLY,
    )
    out = pl.concat([made.events.with_columns(pl.col("grain").cast(pl.String)), tally], how="diagonal")
    return pa.table(out.select([pl.col(n).cast(t) for n, t in RAY_SCHEMA.items()]).to_arrow())


def _dataset(ray: Any, articles: ArticleSource) -> Any:
    if isinstance(articles, pl.DataFrame):
        return ray.data.from_arrow(articles.to_arrow())
    entries = [articles] if isinstance(articles, (str, Path)) else list(articles)  # type: ignore[arg-type]
    paths = [Path(p) for p in entries if isinstance(p, (str, Path))]
    if len(paths) != len(entries) or not paths:
        raise ValueError("the Ray engine reads Parquet, JSONL or CSV files, or a polars frame")
    kinds = {_READERS.get(p.suffix.lower()) for p in paths}
    if None in kinds or len(kinds) != 1:
        raise ValueError("the Ray engine reads Parquet, JSONL or CSV files (all of one kind), "
                         f"not {', '.join(sorted({p.suffix or p.name for p in paths}))}")
    for path in paths:
        if not path.is_file():
            raise ValueError(f"{path}: no such file")
    reader = getattr(ray.data, kinds.pop())  # type: ignore[arg-type]
    return reader([str(p.resolve()) for p in paths])


def extract_with_ray(
    articles: ArticleSource,
    store: EventStore,
    *,
    options: Mapping[str, Any] | None = None,
    inherit: bool = False,
    address: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], object] | None = None,
    quiet: bool = False,
) -> None:
    """Make every article's events on Ray and file them in ``store``, one stored batch per
    part file Ray wrote; ``options`` are :func:`~timeline.articles.read_articles`'s
    (``published``, ``columns``...); ``progress`` is called with each part's row count."""
    try:
        import ray
    except ImportError as exc:
        raise ImportError("the Ray engine needs Ray: pip install 'timeline[ray]'") from exc

    started = not ray.is_initialized()
    if started:
        ray.init(address=address or "local", include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = not quiet
        written = store.directory / "ray"
        shutil.rmtree(written, ignore_errors=True)
        (
            _dataset(ray, articles)
            .map_batches(ray_batch, batch_format="pyarrow", batch_size=batch_size,
                         fn_kwargs={"inherit": inherit, "options": dict(options or {})})
            .write_parquet(str(written))
        )
        for index, part in enumerate(sorted(written.glob("*.parquet"))):
            frame = pl.read_parquet(part)
            events = frame.filter(pl.col("event_id").is_not_null())
            rows = int(frame["batch_rows"].sum() or 0)
            errors = [RowError(r["error_row"], r["error_id"], r["error_field"], r["error_message"], "ray batch")
                      for r in frame.filter(pl.col("error_field").is_not_null()).iter_rows(named=True)]
            store.add(index, conform_events(events.drop(list(_TALLY))), rows, errors)
            if progress is not None:
                progress(rows)
        shutil.rmtree(written, ignore_errors=True)
    finally:
        if started:
            ray.shutdown()
