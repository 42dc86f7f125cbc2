"""The Ray Data engine: the local engine's batch function, run on a Ray cluster.

``build_timeline(..., engine="ray")`` (``timeline build --engine ray``) reads the articles
with ``ray.data`` (Parquet, JSONL or CSV files, or a polars frame), runs
:func:`timeline.batches.batch_events` on every block with ``map_batches`` and writes the
events with ``write_parquet`` into the run's work directory; the driver then files them in
the :class:`~timeline.store.EventStore`, and the build goes on as with the local engine
(same merge, order and page). A local Ray is started (and stopped) when Ray
is not running yet and no ``address`` is given; ``address`` joins a cluster, whose workers
must be able to read the input paths and the work directory (a shared file system).

Ray writes its parts into the store's scratch folder, one attempt after another; the
driver then files every event in input order (each carries its row's place, so the order
Ray finishes in does not matter). A run interrupted after Ray wrote some parts resumes
from them, as the local engine resumes from its batches: the rows they made are skipped.

Files are read by a Ray datasource that runs the local engine's own reader on each file
(:func:`~timeline.articles.read_articles`), so a broken line or field is a row error naming
its file and row, never a failed run, and rows are numbered in their file as the local
engine numbers them. Duplicate ids are found before extraction over the ids alone and
rejected as the local engine rejects them (the first read wins, in the order the files
were given). Install with ``pip install 'timeline[ray]'``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from timeline._types import Prefer
from timeline.articles import Article, RowError, duplicate_id, file_format, read_articles
from timeline.batches import BATCH_SIZE, batch_events
from timeline.frame import EVENT_SCHEMA, conform_events

if TYPE_CHECKING:
    from timeline.pipeline import ArticleSource
    from timeline.store import EventStore

__all__ = ["RAY_SCHEMA", "ROW_SCHEMA", "extract_with_ray", "ray_batch", "row_table"]

ROW_SCHEMA = pl.Schema({
    "row": pl.Int64, "path": pl.String, "id": pl.String, "text": pl.String, "published": pl.String,
    "title": pl.String, "url": pl.String, "source": pl.String, "prefer": pl.String, "place": pl.String,
    "utc_offset": pl.Float64, "error_field": pl.String, "error_message": pl.String,
})
"""An input row as Ray carries it: an article's fields (``published`` in ISO form,
``utc_offset`` in seconds), or a row error (``error_field`` set)."""

_TALLY = {"batch_rows": pl.Int32, "error_row": pl.Int64, "error_id": pl.String,
          "error_field": pl.String, "error_message": pl.String, "error_path": pl.String,
          "order": pl.Int64, "done": pl.Int64}
RAY_SCHEMA = pl.Schema({**{k: (pl.String if k == "grain" else v) for k, v in EVENT_SCHEMA.items()}, **_TALLY})
"""What :func:`ray_batch` returns: the events (grain as text), one row holding the batch's
row count, one row per row error and one per input row made (``done``). ``order`` places an
event or an error in the input (file number × 2³² + row), whatever order Ray finishes in."""

_FILE_FORMATS = ("parquet", "jsonl", "csv")  # of file_format: not .txt (a folder's rows)
_ROWS_PER_BLOCK = 1024


def row_table(items: Iterable[Article | RowError], path: str | None = None) -> pl.DataFrame:
    """Rows read by :func:`~timeline.articles.read_articles` (from the file ``path``, if
    any) as a :data:`ROW_SCHEMA` table."""
    columns: dict[str, list[Any]] = {name: [] for name in ROW_SCHEMA}
    for item in items:
        article = item if isinstance(item, Article) else None
        error = item if isinstance(item, RowError) else None
        columns["row"].append(item.row)
        columns["path"].append(path)
        columns["id"].append(item.id)
        columns["text"].append(article.text if article else None)
        columns["published"].append(article.published.isoformat() if article else None)
        for name in ("title", "url", "source", "place"):
            columns[name].append(getattr(article, name) if article else None)
        columns["prefer"].append(article.prefer.value if article and article.prefer else None)
        offset = article.utc_offset if article else None
        columns["utc_offset"].append(offset.total_seconds() if offset is not None else None)
        columns["error_field"].append(error.field if error else None)
        columns["error_message"].append(error.message if error else None)
    return pl.DataFrame(columns, schema=ROW_SCHEMA)


def _place(files: Mapping[str, int], path: str | None, row: int) -> int:
    """Where a row stands in the input: its file's number, then its row."""
    return (files.get(path, 0) << 32) | row if path is not None else row


def ray_batch(table: Any, *, inherit: bool = False, path_names: Mapping[str, str] | None = None,
              rejected: Mapping[tuple[str | None, int], tuple[str | None, int]] | None = None,
              files: Mapping[str, int] | None = None, done: frozenset[int] = frozenset()) -> Any:
    """The ``map_batches`` function: a pyarrow table of :data:`ROW_SCHEMA` rows in, a pyarrow
    table of :data:`RAY_SCHEMA` out (events, a tally row, row errors, rows made).
    ``path_names`` gives each file as the caller named it, ``files`` its number in the
    input; ``rejected`` maps (file, row) of the articles whose id an earlier row holds to
    that row (file, row); rows whose place is in ``done`` (made by an interrupted run) are
    skipped."""
    import pyarrow as pa

    rows = pl.from_arrow(table)
    assert isinstance(rows, pl.DataFrame)
    names, rejected, files = dict(path_names or {}), dict(rejected or {}), dict(files or {})
    articles: list[Article] = []
    errors: list[tuple[int, RowError]] = []
    made: list[int] = []
    where_of: dict[str, int] = {}
    for r in rows.iter_rows(named=True):
        place = _place(files, r["path"], r["row"])
        if place in done:
            continue
        made.append(place)
        where = names.get(r["path"], r["path"]) if r["path"] is not None else None
        if r["error_field"] is not None:
            errors.append((place, RowError(r["row"], r["id"], r["error_field"], r["error_message"], where)))
        elif (r["path"], r["row"]) in rejected:
            errors.append((place, duplicate_id(r["row"], r["id"], where, *rejected[r["path"], r["row"]])))
        else:
            offset = r["utc_offset"]
            where_of[r["id"]] = place
            articles.append(Article(
                id=r["id"], text=r["text"], published=dt.datetime.fromisoformat(r["published"]), row=r["row"],
                title=r["title"], url=r["url"], source=r["source"],
                prefer=Prefer(r["prefer"]) if r["prefer"] else None, place=r["place"],
                utc_offset=dt.timedelta(seconds=offset) if offset is not None else None))
    result = batch_events(articles, inherit=inherit)
    errors += [(where_of[e.id] if e.id in where_of else 0, e) for e in result.errors]
    tally = pl.DataFrame(
        {"batch_rows": [len(made)] + [None] * (len(errors) + len(made)),
         "error_row": [None] + [e.row for _, e in errors] + [None] * len(made),
         "error_id": [None] + [e.id for _, e in errors] + [None] * len(made),
         "error_field": [None] + [e.field for _, e in errors] + [None] * len(made),
         "error_message": [None] + [e.message for _, e in errors] + [None] * len(made),
         "error_path": [None] + [e.path for _, e in errors] + [None] * len(made),
         "order": [None] + [place for place, _ in errors] + [None] * len(made),
         "done": [None] * (1 + len(errors)) + made},
        schema=_TALLY,
    )
    events = result.events.with_columns(
        pl.col("grain").cast(pl.String),
        pl.col("article_id").replace_strict(where_of, default=0, return_dtype=pl.Int64).alias("order"))
    out = pl.concat([events, tally], how="diagonal")
    return pa.table(out.select([pl.col(n).cast(t) for n, t in RAY_SCHEMA.items()]).to_arrow())


def _article_rows(paths: list[str], options: Mapping[str, Any]) -> Any:
    """A Ray datasource over ``paths`` whose read tasks run the local reader on their file
    and hand its rows on in blocks of :data:`ROW_SCHEMA`."""
    from ray.data.datasource import FileBasedDatasource

    class ArticleRows(FileBasedDatasource):  # type: ignore[misc]
        def _read_stream(self, f: Any, path: str) -> Iterator[Any]:
            block: list[Article | RowError] = []
            for item in read_articles(path, **options):
                block.append(item)
                if len(block) >= _ROWS_PER_BLOCK:
                    yield row_table(block, path).to_arrow()
                    block = []
            if block:
                yield row_table(block, path).to_arrow()

    return ArticleRows(paths)


def _dataset(ray: Any, articles: ArticleSource, options: Mapping[str, Any]) -> tuple[Any, dict[str, str], list[str]]:
    """The rows as a Ray dataset, each file as the caller named it, and the files in order."""
    if isinstance(articles, pl.DataFrame):
        return ray.data.from_arrow(row_table(read_articles(articles, **options)).to_arrow()), {}, []
    entries = [articles] if isinstance(articles, (str, Path)) else list(articles)  # type: ignore[arg-type]
    paths = [Path(p) for p in entries if isinstance(p, (str, Path))]
    if len(paths) != len(entries) or not paths:
        raise ValueError("the Ray engine reads Parquet, JSONL or CSV files, or a polars frame")
    if any(file_format(p) not in _FILE_FORMATS for p in paths):
        raise ValueError("the Ray engine reads Parquet, JSONL, JSON, CSV or TSV files (gzip, bzip2, xz too), "
                         f"not {', '.join(sorted({p.suffix or p.name for p in paths}))}")
    for path in paths:
        if not path.is_file():
            raise ValueError(f"{path}: no such file")
    resolved = [str(p.resolve()) for p in paths]
    source = _article_rows(resolved, options)
    return ray.data.read_datasource(source), dict(zip(resolved, map(str, entries), strict=True)), resolved


def _made_before(scratch: Path) -> set[int]:
    """The input rows (places) an interrupted run of this store already made; a part file
    that does not read (cut short) is removed, and its rows are made again."""
    done: set[int] = set()
    for part in sorted(scratch.glob("attempt-*/*.parquet")):
        try:
            done.update(pl.read_parquet(part, columns=["done"])["done"].drop_nulls().to_list())
        except (OSError, pl.exceptions.PolarsError):
            part.unlink(missing_ok=True)
    return done


def _duplicates(dataset: Any, files: list[str], names: Mapping[str, str]
                ) -> dict[tuple[str | None, int], tuple[str | None, int]]:
    """(file, row) of every article whose id an earlier row (in file order, then row order)
    already holds, with that earlier row (its file as the caller named it); read over the
    ids alone."""
    parts = [pl.from_arrow(batch) for batch in dataset.select_columns(["path", "row", "id", "error_field"])
             .iter_batches(batch_format="pyarrow", batch_size=65536)]
    if not parts:
        return {}
    order = {path: k for k, path in enumerate(files)}
    rows = (pl.concat(parts).filter(pl.col("error_field").is_null())  # type: ignore[arg-type]
            .with_columns(pl.col("path").replace_strict(order, default=-1, return_dtype=pl.Int64).alias("file"))
            .sort("file", "row"))
    first = rows.filter(pl.col("id").is_first_distinct()).select("id", first_path="path", first_row="row")
    later = rows.filter(~pl.col("id").is_first_distinct()).join(first, on="id", how="left")
    return {(r["path"], r["row"]): (names.get(r["first_path"], r["first_path"]), r["first_row"])
            for r in later.iter_rows(named=True)}


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
    """Make every article's events on Ray and file them in ``store`` as one batch, in input
    order; ``options`` are :func:`~timeline.articles.read_articles`'s (``published``,
    ``columns``...); ``progress`` is called with the rows an interrupted run already made,
    then with the rows this run made."""
    try:
        import ray
    except ImportError as exc:
        raise ImportError("the Ray engine needs Ray: pip install 'timeline[ray]'") from exc

    if store.batches:  # this run finished before: its events are filed
        return
    started = not ray.is_initialized()
    if started:
        ray.init(address=address or "local", include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = not quiet
        scratch = store.scratch
        scratch.mkdir(exist_ok=True)
        done = _made_before(scratch)
        if progress is not None and done:
            progress(len(done))
        dataset, names, files = _dataset(ray, articles, dict(options or {}))
        rejected = _duplicates(dataset, files, names)
        attempt = scratch / f"attempt-{len(list(scratch.glob('attempt-*')))}"
        (
            dataset
            .map_batches(ray_batch, batch_format="pyarrow", batch_size=batch_size,
                         fn_kwargs={"inherit": inherit, "path_names": names, "rejected": rejected,
                                    "files": {path: k for k, path in enumerate(files)}, "done": frozenset(done)})
            .write_parquet(str(attempt))
        )
        parts = sorted(scratch.glob("attempt-*/*.parquet"))
        frame = pl.concat([pl.read_parquet(part) for part in parts], how="vertical") if parts \
            else pl.DataFrame(schema=RAY_SCHEMA)
        made = int(frame["batch_rows"].sum() or 0)
        events = frame.filter(pl.col("event_id").is_not_null()).sort("order", maintain_order=True)
        errors = [RowError(r["error_row"], r["error_id"], r["error_field"], r["error_message"], r["error_path"])
                  for r in frame.filter(pl.col("error_field").is_not_null()).sort("order", maintain_order=True)
                  .iter_rows(named=True)]
        if progress is not None:
            progress(made - len(done))
        store.add(0, conform_events(events.drop(list(_TALLY))), made, errors)
        shutil.rmtree(scratch, ignore_errors=True)
    finally:
        if started:
            ray.shutdown()
