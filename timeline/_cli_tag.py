"""``timeline tag``: tag articles for machines (JSONL/CSV/Parquet out) or people (a table).

Machines::

    python -m timeline tag IN.jsonl -o OUT.jsonl      # also IN.csv, IN.parquet, -o OUT.csv|OUT.parquet

OUT.jsonl has one line per input row, in order: ``{"id", "timexes": [...]}``; a row that
cannot be used still gets its line, ``{"id", "timexes": [], "error": {"field", "message"}}``,
and its error goes to stderr and to ``--errors FILE`` (default ``OUT.errors.jsonl``, written
only when some row failed). OUT.csv / OUT.parquet is a flat table, one row per expression
(an article without any gets one row with empty expression columns, a bad row one with
``error_field``/``error_message``). Exit status: 0 all rows fine, 2 some rows failed (all
others written), 1 the input could not be read at all.

People::

    timeline tag article.txt --published 2022-01-25
    echo "وصل الوفد أمس" | timeline tag --published 2022-01-25 [--json] [--prefer future]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, TextIO

from timeline._cli_common import add_reading_options, reading_options
from timeline._outputs import (
    AtomicFile,
    atomic_path,
    check_outputs,
    neutral_row,
    output_format,
)
from timeline._types import Prefer, Timex
from timeline.articles import FORMATS, Article, RowError, read_articles
from timeline.errors import InputError, OutputError, PublishedDateError

__all__ = ["TABLE_COLUMNS", "Tagged", "contract_line", "register", "run", "tag_rows"]

TABLE_COLUMNS = (
    "id", "row", "start", "end", "text", "type", "value", "grain", "interval_start", "interval_end",
    "mod", "anchor", "conflict", "rule", "error_field", "error_message",
)  # fmt: skip
_PROGRESS_BYTES = 2_000_000
_CHUNK = 64  # rows a process tags at a time
OUTPUT_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
ERRORS_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl"}


@dataclass(frozen=True, slots=True)
class Tagged:
    """The outcome for one input row: its expressions, or the error that stopped it."""

    id: str
    row: int
    timexes: list[Timex]
    article: Article | None = None
    error: RowError | None = None


class _Sink(Protocol):
    def write(self, item: Tagged) -> None: ...
    def close(self) -> None: ...
    def discard(self) -> None: ...


def register(sub: Any) -> None:
    """Add the ``tag`` subcommand to the ``timeline`` parser."""
    p = sub.add_parser(
        "tag",
        help="tag Arabic temporal expressions",
        description="Find and resolve Arabic temporal expressions in articles.",
        epilog="Input rows: {id, text, published, prefer?}. Exit status 2 when some rows failed.",
    )
    p.add_argument(
        "input", nargs="?", default="-", help="JSONL/CSV/Parquet file, a .txt file or folder; '-' or nothing: stdin"
    )
    p.add_argument(
        "-o", "--output", help="write OUT.jsonl (one line per row), OUT.csv or OUT.parquet; '-' for JSONL on stdout"
    )
    p.add_argument("--published", help="publication date of rows without one (required for plain text)")
    p.add_argument(
        "--prefer",
        choices=[p.value for p in Prefer],
        default=None,
        help="force underspecified dates into the past or the future (default: follow the tense cues, as the API "
        "does); a row's own prefer wins",
    )
    p.add_argument("--format", choices=FORMATS, help="input format when the extension does not say")
    add_reading_options(p)
    p.add_argument(
        "--errors",
        metavar="FILE",
        help="write row errors as JSONL here (default: OUT.errors.jsonl when some rows fail)",
    )
    p.add_argument("--json", action="store_true", help="print JSONL lines instead of a table (without -o)")
    p.add_argument("--no-progress", "-q", "--quiet", dest="progress", action="store_false",
                   help="never show a progress bar")
    p.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="processes tagging rows (default: every core; 1: this process)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Tag every row of the input; returns the exit status (0, 2 some rows failed, 1 fatal)."""
    try:
        _check_outputs(args)
        rows = read_articles(args.input, published=args.published, fmt=args.format, **reading_options(args, "tag"))
    except (InputError, OutputError) as exc:
        return _fatal(str(exc))
    except PublishedDateError as exc:
        return _fatal(f"--published: {exc}")
    prefer = Prefer(args.prefer) if args.prefer else None
    try:
        sink = _open_sink(args)
    except OutputError as exc:
        return _fatal(str(exc))
    errors = _ErrorLog(_errors_path(args), explicit=args.errors is not None)
    if args.jobs is not None and args.jobs < 1:
        return _fatal(f"--jobs: expected 1 or more, got {args.jobs}")
    items = tag_rows(rows, prefer, jobs=args.jobs)
    if args.progress and _is_large(args.input):
        items = _progress(items, args.input)
    done = False
    read = 0
    try:
        for item in items:
            read += 1
            sink.write(item)
            if item.error is not None:
                errors.add(item.error)
        sink.close()
        errors.close()
        done = True
    except BrokenPipeError:  # the reader of stdout went away (``| head``): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (InputError, OutputError) as exc:
        return _fatal(str(exc))
    except OSError as exc:
        return _fatal(f"{exc.filename or args.output}: cannot write: {exc.strerror or exc}")
    finally:
        if not done:
            sink.discard()
            errors.discard()
    if errors.count or args.output not in (None, "-"):
        where = f"; see {errors.path}" if errors.count and errors.path else ""
        print(f"timeline tag: {read} rows read, {read - errors.count} tagged, {errors.count} failed{where}",
              file=sys.stderr)
    return 2 if errors.count else 0


def _check_outputs(args: argparse.Namespace) -> None:
    if args.output not in (None, "-"):
        output_format(args.output, OUTPUT_FORMATS, "-o")
    if args.errors is not None:
        output_format(args.errors, ERRORS_FORMATS, "--errors")
    check_outputs([("-o", args.output), ("--errors", _errors_path(args))], [args.input])


def tag_rows(
    rows: Iterable[Article | RowError], prefer: Prefer | None = None, *, jobs: int | None = None
) -> Iterator[Tagged]:
    """Tag each article (its own ``prefer`` wins over ``prefer``); pass errors through in order.

    ``jobs`` processes tag chunks of rows (None: every core; 1: this process); the output
    is the same, in the same order.
    """
    from timeline.batches import ordered_map

    source = iter(rows)
    chunks = iter(lambda: list(islice(source, _CHUNK)), [])
    for tagged in ordered_map(partial(_tag_chunk, prefer=prefer), chunks, jobs=jobs):
        yield from tagged


def _tag_chunk(rows: list[Article | RowError], prefer: Prefer | None) -> list[Tagged]:
    return list(_tag_each(rows, prefer))


def tag(text: str, published: dt.datetime | dt.date | str, *, prefer: Prefer | str | None = None) -> list[Timex]:
    """:func:`timeline.tagger.tag`, imported when first called: ``timeline build``, whose
    workers tag, registers this command without loading the tagger (~0.04 s of its start)."""
    from timeline.tagger import tag as tagger

    return tagger(text, published, prefer=prefer)


def _tag_each(rows: Iterable[Article | RowError], prefer: Prefer | None) -> Iterator[Tagged]:
    for row in rows:
        if isinstance(row, RowError):
            yield Tagged(row.id or f"row-{row.row}", row.row, [], error=row)
            continue
        try:
            found = tag(row.text, row.published_at, prefer=row.prefer or prefer)
        except PublishedDateError as exc:
            yield Tagged(row.id, row.row, [], row, RowError(row.row, row.id, "published", str(exc)))
        except Exception as exc:  # noqa: BLE001 - a tagger bug must not cost the other rows their output
            message = f"tagger failed: {type(exc).__name__}: {exc}"
            yield Tagged(row.id, row.row, [], row, RowError(row.row, row.id, "text", message))
        else:
            yield Tagged(row.id, row.row, found, row)


def contract_line(item: Tagged) -> dict[str, Any]:
    """The scorer's JSONL record for one row."""
    line: dict[str, Any] = {"id": item.id, "timexes": [t.to_dict() for t in item.timexes]}
    if item.error is not None:
        line["error"] = {"field": item.error.field, "message": item.error.message}
    return line


# -- sinks -------------------------------------------------------------------------------


def _open_sink(args: argparse.Namespace) -> _Sink:
    out = args.output
    if out is None:
        return _JsonlSink(sys.stdout) if args.json else _TableSink(sys.stdout)
    if out == "-":
        return _JsonlSink(sys.stdout)
    fmt = output_format(out, OUTPUT_FORMATS, "-o")
    if fmt == "csv":
        return _CsvSink(AtomicFile(out))
    if fmt == "parquet":
        return _ParquetSink(Path(out))
    return _JsonlSink(AtomicFile(out, newline="\n"))


class _JsonlSink:
    """One contract line per row, to stdout or to a file put in place at the end."""

    def __init__(self, target: TextIO | AtomicFile) -> None:
        self._file = target if isinstance(target, AtomicFile) else None
        self._stream = target.stream if isinstance(target, AtomicFile) else target

    def write(self, item: Tagged) -> None:
        self._stream.write(json.dumps(contract_line(item), ensure_ascii=False, default=_json_default) + "\n")

    def close(self) -> None:
        if self._file is not None:
            self._file.commit()
        else:
            self._stream.flush()

    def discard(self) -> None:
        if self._file is not None:
            self._file.discard()


def _json_default(value: object) -> str:
    """Extra Timex fields that JSON does not know (dates, enums) as strings, never a crash."""
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(getattr(value, "value", value))


def _flat_rows(item: Tagged) -> Iterator[dict[str, Any]]:
    base: dict[str, Any] = dict.fromkeys(TABLE_COLUMNS)
    base.update(id=item.id, row=item.row)
    if item.error is not None:
        yield {**base, "error_field": item.error.field, "error_message": item.error.message}
        return
    if not item.timexes:
        yield base
    for t in item.timexes:
        d = t.to_dict()
        interval = d.get("interval") or (None, None)
        yield {
            **base,
            **{
                k: d.get(k)
                for k in ("start", "end", "text", "type", "value", "grain", "mod", "anchor", "conflict", "rule")
            },
            "interval_start": interval[0],
            "interval_end": interval[1],
        }


class _CsvSink:
    """The flat table as CSV (UTF-8, header row), formula-like cells neutralised."""

    def __init__(self, file: AtomicFile) -> None:
        self._file = file
        self._writer = csv.DictWriter(file.stream, fieldnames=TABLE_COLUMNS)
        self._writer.writeheader()

    def write(self, item: Tagged) -> None:
        self._writer.writerows(neutral_row(row) for row in _flat_rows(item))

    def close(self) -> None:
        self._file.commit()

    def discard(self) -> None:
        self._file.discard()


class _ParquetSink:
    """The flat table as Parquet, written at the end."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._rows: list[dict[str, Any]] = []

    def write(self, item: Tagged) -> None:
        self._rows.extend(_flat_rows(item))

    def close(self) -> None:
        import polars as pl

        ints = {"row", "start", "end"}
        schema = {c: (pl.Int64 if c in ints else pl.String) for c in TABLE_COLUMNS}
        with atomic_path(self._path) as temporary:
            pl.DataFrame(self._rows, schema=schema, orient="row").write_parquet(temporary)

    def discard(self) -> None:
        self._rows.clear()


class _TableSink:
    """A readable table per article, for people at a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, item: Tagged) -> None:
        if item.error is not None or item.article is None:
            return  # reported on stderr
        a = item.article
        count = len(item.timexes)
        self._stream.write(
            f"── {a.id} · published {_iso(a.published)}{_offset(a.utc_offset)} ({a.published:%A}) · "
            f"{count} expression{'' if count == 1 else 's'}\n"
        )
        if not item.timexes:
            return
        head = ("span", "type", "value", "grain", "interval", "notes", "expression")
        cells = [head] + [_table_cells(t) for t in item.timexes]
        widths = [max(len(r[i]) for r in cells) for i in range(len(head) - 1)]
        for r in cells:
            # The Arabic expression comes last, so right-to-left text never shifts the columns.
            self._stream.write("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[-1] + "\n")
        self._stream.write("\n")

    def close(self) -> None:
        self._stream.flush()

    def discard(self) -> None:
        self._stream.flush()


def _table_cells(t: Timex) -> tuple[str, ...]:
    notes = [f"mod={t.mod}"] if t.mod else []
    if t.anchor.value != "none":
        notes.append(f"anchor={t.anchor.value}")
    if t.conflict:
        notes.append(f"conflict: {t.conflict}")
    if "tz" in t.extra:  # a clock time told in a named zone (timeline/zones.py)
        notes.append(f"tz={t.extra['tz']}" + (f" (written {t.extra['tz_value']})" if "tz_value" in t.extra else ""))
    interval = f"{_iso(t.interval[0])} → {_iso(t.interval[1])}" if t.interval else "-"
    grain = t.grain.value if t.grain else "-"
    return (
        f"{t.start}-{t.end}",
        t.type.value,
        t.value,
        grain,
        interval,
        "; ".join(notes) or "-",
        t.text.replace("\n", " "),
    )


def _offset(offset: dt.timedelta | None) -> str:
    """" UTC+03:00" for a publication's UTC offset, "" when unknown."""
    if offset is None:
        return ""
    sign, size = ("-", -offset) if offset < dt.timedelta(0) else ("+", offset)
    minutes = int(size.total_seconds()) // 60
    return f" UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _iso(moment: dt.datetime) -> str:
    if moment.time() == dt.time(0):
        return moment.date().isoformat()
    return moment.isoformat(sep=" ", timespec="minutes" if moment.second == 0 else "seconds")


# -- errors and progress -------------------------------------------------------------------


def _errors_path(args: argparse.Namespace) -> Path | None:
    if args.errors is not None:
        return Path(args.errors)
    if args.output is None or args.output == "-":
        return None
    out = Path(args.output)
    return out.with_name(f"{out.stem}.errors.jsonl")


class _ErrorLog:
    """Each row error: one line on stderr and one JSON line in the errors file.

    The file is written under a temporary name and put in place at the end; when no row
    failed, a default errors file left by an earlier run is removed (it would mislead)
    and an explicit ``--errors`` file is written empty.
    """

    def __init__(self, path: Path | None, *, explicit: bool) -> None:
        self.path, self.count, self._explicit = path, 0, explicit
        self._file: AtomicFile | None = None

    def add(self, error: RowError) -> None:
        self.count += 1
        print(f"timeline tag: {error}", file=sys.stderr)
        if self.path is None:
            return
        if self._file is None:
            self._file = AtomicFile(self.path, newline="\n")
        self._file.stream.write(json.dumps(error.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._file is not None:
            self._file.commit()
        elif self.path is not None and self._explicit:
            AtomicFile(self.path).commit()
        elif self.path is not None and self.path.is_file():
            self.path.unlink()

    def discard(self) -> None:
        if self._file is not None:
            self._file.discard()


def _is_large(source: str | None) -> bool:
    if not sys.stderr.isatty():
        return False
    if source is None or source == "-":
        return False  # a pipe: its size is unknown, and people pipe short texts
    path = Path(source)
    return path.is_dir() or (path.is_file() and path.stat().st_size >= _PROGRESS_BYTES)


def _progress(items: Iterator[Tagged], source: str) -> Iterator[Tagged]:
    """``items`` with a progress bar: rows per second, and the time left when the rows can be counted."""
    from tqdm import tqdm

    from timeline.pipeline import count_articles

    yield from tqdm(items, unit=" rows", file=sys.stderr, mininterval=0.5, leave=False,
                    total=count_articles(source))


def _fatal(message: str) -> int:
    print(f"timeline tag: {message}", file=sys.stderr)
    return 1
