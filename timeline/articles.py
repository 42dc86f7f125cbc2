"""Reading articles: JSONL, CSV, Parquet, plain-text files, stdin and tables in memory, one row at a time.

``read_articles`` yields an :class:`Article` for every usable row and a :class:`RowError`
for every row that cannot be used, in input order, so no row is ever silently dropped
and one bad row never stops the others: whatever goes wrong inside one row (broken JSON,
a line nested 100,000 deep, a 5,000-digit number, a bug) becomes that row's error.
Formats, by extension unless ``fmt`` says:

- ``.jsonl`` / ``.ndjson`` / ``.json`` (and stdin, ``path`` None or ``"-"``): one JSON
  object per line, read as bytes so that a line with invalid UTF-8 or broken JSON is a row
  error. Blank lines are not rows. ``row`` is the line number. A file that is one JSON
  array of objects (as many scrapers write ``.json``) is read as its items, ``row`` the
  1-based item number.
- ``.csv`` (and ``.tsv``): a header row, then one article per record. ``row`` is the record
  number (1 for the first record after the header). The separator is the one of ``,``
  ``;`` tab ``|`` the header line holds most (Excel writes ``;`` in many locales, tabs
  as "Unicode text"), or the one a first line ``sep=;`` names (Excel). A quote left open
  that swallows the records after it is reported on its row, and the records it swallowed
  are read again.
- ``.parquet``: read with polars; ``row`` is the 1-based row number.
- ``.txt``: the whole file is one article (id = file stem); a folder: every ``*.txt`` in
  it and in its subfolders (hidden ones left out), sorted by path, one article each (id:
  the stem, or below a subfolder the path without ``.txt``, ``2015/08/a``), dated by a
  sidecar ``published.csv`` / ``index.csv`` / ``dates.csv`` (columns ``file``,
  ``published``, optionally ``title``, ``url``, ``source``, ``place``), else by a date at
  the start of the file name (``2022-01-25_title.txt``, ``20220125-title.txt``), else by
  the folders' (``2015/08/06/a.txt``), else by ``published``. Other files of the folder
  are named in a notice; a broken link is a row error.
  Stdin that does not start with ``{`` or ``[`` is plain text, which needs ``published``.
- a table in memory (polars, pandas, Arrow; see :mod:`timeline.tables`) or an iterable
  of dicts; ``row`` is the 1-based row number.

JSONL, CSV and text files may be UTF-8 (with or without a BOM) or, with their BOM, UTF-16
or UTF-32; a byte that is not UTF-8 is its row's error, with a hint when the bytes read as
Windows-1256 Arabic. JSONL and CSV files may be compressed with gzip, bzip2 or xz (found
by their first bytes; ``in.jsonl.gz`` takes its format from ``.jsonl``); a compressed
file cut short keeps the rows before the damage and ends with a row error.

Columns are found by name, by their usual other names or through ``columns`` (see
:mod:`timeline.columns`); a table without a text or a date column fails once, before
its first row. Fields: ``id`` (missing: ``"row-N"``), ``text`` (required, a string;
``""`` is valid and has no expressions), ``published`` (required unless ``published`` is
passed as a default; see :mod:`timeline.published`), ``prefer`` (``"past"``/``"future"``,
optional), the optional strings ``title``, ``url``, ``source``, and ``place``: where the
article's events happened when their text names no place (a value that is not a string
is a row error, field ``place``; see :mod:`timeline.places`).

MongoDB's extended JSON (``mongoexport``: ``{"$oid": …}`` ids, ``{"$date": …}`` dates) is
read as the values it wraps.

Notices (columns found under another name, a year that looks Hijri, folder entries not
read) go to ``notice`` (default: :class:`~timeline.errors.TimelineWarning` warnings).
"""

from __future__ import annotations

import bz2
import codecs
import contextlib
import csv
import datetime as dt
import gzip
import io
import itertools
import json
import lzma
import math
import os
import re
import sys
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from timeline._programs import kept
from timeline._types import Prefer
from timeline.columns import ColumnMap, map_columns
from timeline.errors import InputError, PublishedDateError, TimelineWarning
from timeline.published import (
    Calendar,
    DateOrder,
    Published,
    parse_published,
    read_published,
    short_repr,
)
from timeline.tables import as_table, is_table

__all__ = ["FORMATS", "Article", "RowError", "duplicate_id", "file_format", "parse_published", "read_articles"]

FORMATS = ("csv", "jsonl", "parquet", "txt")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv",
               ".parquet": "parquet", ".txt": "txt"}
_COMPRESSED: dict[bytes, Callable[[BinaryIO], Any]] = {
    b"\x1f\x8b": lambda s: gzip.GzipFile(fileobj=s), b"BZh": bz2.BZ2File, b"\xfd7zXZ\x00": lzma.LZMAFile}
"""First bytes of a compressed file → the reader of its stream (standard library only)."""
_ZSTD = b"\x28\xb5\x2f\xfd"
_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
"""Byte-order marks of the wider encodings (UTF-32 LE first: it starts with UTF-16 LE's)."""
_DELIMITERS = (",", ";", "\t", "|")
_STDIN = "<stdin>"
_SIDECARS = ("published.csv", "index.csv", "dates.csv")
_NAME_DATE = kept(r"(?P<year>(?:19|20)\d\d)-?(?P<month>\d\d)-?(?P<day>\d\d)(?=$|[_\-\s.T])")
_FOLDER_DATE = kept(r"(?:.*/)?(?P<year>(?:19|20)\d\d)[/\-]?(?P<month>\d\d)[/\-]?(?P<day>\d\d)(?=$|/)")
_PEEK_RECORDS = 50
_NOTICES_PER_KIND = 5


@dataclass(frozen=True, slots=True)
class Article:
    """One article to tag: its text and the publication date its expressions resolve against."""

    id: str
    text: str
    published: dt.datetime
    row: int
    title: str | None = None
    url: str | None = None
    source: str | None = None
    prefer: Prefer | None = None
    place: str | None = None
    utc_offset: dt.timedelta | None = None  # of ``published``, when the input gave one

    @property
    def published_at(self) -> dt.datetime:
        """``published`` carrying ``utc_offset`` when the input gave one (aware), else as read:
        what :func:`timeline.tag` takes, so clock times told in a named zone move to it."""
        if self.utc_offset is None or self.published.tzinfo is not None:
            return self.published
        return self.published.replace(tzinfo=dt.timezone(self.utc_offset))


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that cannot be used, naming where it is and which field is wrong."""

    row: int  # 1-based line/row number in its file
    id: str | None
    field: str  # "published", "text", "json", "encoding", "id", "prefer", "place", "csv", "file", "row"
    message: str
    path: str | None = None

    def __str__(self) -> str:
        where = f"{self.path} row {self.row}" if self.path else f"row {self.row}"
        if self.id is not None:
            where += f" (id {self.id!r})"
        return f"{where}, field {self.field!r}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written to errors files."""
        return {"row": self.row, "id": self.id, "field": self.field, "message": self.message, "path": self.path}


def duplicate_id(row: int, ident: str, path: str | None, first_path: str | None, first_row: int) -> RowError:
    """The error of the article at ``path`` row ``row`` whose id ``ident`` a row read earlier
    (``first_path`` row ``first_row``) already holds: its events would no longer trace back
    to one article."""
    first = f"{first_path} row {first_row}" if first_path else f"row {first_row}"
    return RowError(row, ident, "id", f"duplicate id, first read at {first}", path)


class _Reading:
    """The settings of one read: default date, columns, date order, calendar, notices."""

    def __init__(
        self,
        published: str | dt.date | None,
        columns: Mapping[str, str] | str | None,
        order: DateOrder,
        calendar: Calendar,
        notice: Callable[[str], object] | None,
    ) -> None:
        self.columns, self.order, self.calendar = columns, order, calendar
        self._notice = notice
        self._shown: dict[str, int] = {}
        self.default = read_published(published, order=order, calendar=calendar) if published is not None else None
        if self.default is not None and self.default.warning:
            self.note("published", self.default.warning)

    def note(self, kind: str, message: str) -> None:
        """Pass a notice on; after a few of one kind, say that the rest are not shown."""
        shown = self._shown.get(kind, 0)
        self._shown[kind] = shown + 1
        if shown > _NOTICES_PER_KIND:
            return
        if shown == _NOTICES_PER_KIND:
            message = f"more notices like the last ones ({kind}) are not shown"
        if self._notice is not None:
            self._notice(message)
        else:
            warnings.warn(message, TimelineWarning, stacklevel=4)

    def date(self, value: object) -> Published:
        return read_published(value, order=self.order, calendar=self.calendar)


def read_articles(
    path: str | os.PathLike[str] | Any | None,
    *,
    published: str | dt.date | None = None,
    fmt: str | None = None,
    columns: Mapping[str, str] | str | None = None,
    date_order: DateOrder | str = DateOrder.DMY,
    calendar: Calendar | str = Calendar.GREGORIAN,
    notice: Callable[[str], object] | None = None,
) -> Iterator[Article | RowError]:
    """Yield every row of ``path`` (None or ``"-"``: stdin; or a table, or an iterable of
    dicts) as an Article or a RowError.

    ``published`` is the publication date of rows that have none (required for plain
    text); a row's own date wins. ``fmt`` forces one of :data:`FORMATS`. ``columns`` maps
    fields to column names (``{"text": "body"}`` or ``"text=body,published=date"``).
    ``date_order`` (``"dmy"`` by default, ``"mdy"``, ``"ymd"``) and ``calendar``
    (``"gregorian"``, ``"hijri"``) say how numeric dates read. ``notice`` receives
    one-line notices. File-level problems (no such file, unknown format, unreadable
    Parquet, plain text without a date, a table without a text column) raise
    :class:`InputError` before the first row.
    """
    reading = _Reading(published, columns, DateOrder(date_order), Calendar(calendar), notice)
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if is_table(path):
        table = as_table(path)
        mapping = _map(table.names, reading, f"the {table.kind} table")
        return _records(enumerate(table.rows, 1), mapping, None, reading)
    if path is not None and not isinstance(path, (str, os.PathLike)):
        if isinstance(path, Iterable) and not isinstance(path, (bytes, Mapping)):
            return _read_dicts(iter(path), reading)
        raise InputError(f"cannot read articles from {type(path).__name__}: give a path, a table or dicts")
    if path is None or str(path) == "-":
        return _read_stdin(reading, fmt)
    p = Path(path)
    if p.is_symlink() and not p.exists():
        raise InputError(f"{p}: a broken link (to {os.readlink(p)})")
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.is_dir():
        if fmt not in (None, "txt"):
            raise InputError(f"{p}: is a folder; only folders of .txt files are read")
        return _read_folder(p, reading)
    fmt = fmt or file_format(p)
    if fmt is None:
        raise InputError(f"{p}: cannot tell the format from the extension; pass one of {', '.join(FORMATS)}")
    if fmt == "txt":
        return _read_txt_file(p, reading)
    if fmt == "parquet":
        return _read_parquet(p, reading)
    stream = _decompressed(_open(p), p)
    if fmt == "csv":
        return _read_csv(stream, str(p), reading)
    return _read_jsonl(stream, str(p), reading)


def file_format(path: str | Path) -> str | None:
    """The format ``path``'s extension names (``in.jsonl.gz`` is JSONL), or None."""
    p = Path(path)
    named = p.with_suffix("") if p.suffix.lower() in _COMPRESSED_SUFFIXES else p
    return _EXTENSIONS.get(named.suffix.lower())


def _map(names: Sequence[str], reading: _Reading, where: str) -> ColumnMap:
    required = ("text",) if reading.default is not None else ("text", "published")
    mapping = map_columns(names, reading.columns, where=where, required=required)
    if mapping.notice:
        reading.note("columns", mapping.notice)
    return mapping


# -- formats -------------------------------------------------------------------------


def _read_stdin(reading: _Reading, fmt: str | None) -> Iterator[Article | RowError]:
    stream = sys.stdin.buffer
    if fmt is None:
        fmt = "jsonl" if _looks_like_json(stream) else "txt"
    if fmt == "jsonl":
        return _read_jsonl(stream, _STDIN, reading)
    if fmt == "csv":
        return _read_csv(stream, _STDIN, reading)
    if fmt == "txt":
        if reading.default is None:
            raise InputError(
                "stdin is plain text, not JSONL (one JSON object per line); plain text needs its "
                "publication date: pass --published YYYY-MM-DD (published= in Python)"
            )
        return iter([_txt_article(stream.read(), "stdin", 1, _STDIN, reading.default)])
    raise InputError(f"stdin: format {fmt!r} is not supported on stdin; use a file")


def _looks_like_json(stream: BinaryIO) -> bool:
    peek = getattr(stream, "peek", None)
    head = peek(4096) if peek is not None else b""
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return not head or head.startswith((b"{", b"["))


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror}") from exc


def _decompressed(stream: BinaryIO, path: Path) -> BinaryIO:
    """``stream``, or the stream it compresses (gzip, bzip2, xz: told by its first bytes)."""
    head = stream.peek(6)[:6] if hasattr(stream, "peek") else b""
    if head.startswith(_ZSTD):
        stream.close()
        raise InputError(f"{path}: compressed with zstd, which this Python cannot read; decompress it first "
                         f"(zstd -d {path})")
    opener = next((o for magic, o in _COMPRESSED.items() if head.startswith(magic)), None)
    if opener is None:
        return stream
    return io.BufferedReader(_Guarded(opener(stream), stream))  # type: ignore[arg-type]


class _Guarded(io.RawIOBase):
    """A compressed stream whose damage (a file cut short, a bad block) ends the reading with
    :class:`_Damaged` instead of an exception the rows cannot place; closing it closes the file."""

    def __init__(self, inner: Any, source: BinaryIO) -> None:
        self._inner, self._source = inner, source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:  # read1: one block at a time, so that damage costs none of the bytes before it
            data = self._inner.read1(len(buffer))
        except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as exc:
            raise _Damaged(f"the compressed file is damaged or cut short here ({_describe(exc)}); "
                           "the rows after this point are not read") from None
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._inner.close()
        self._source.close()
        super().close()


class _Damaged(Exception):
    """A compressed input that cannot be read further (see :class:`_Guarded`)."""


def _text_lines(text: io.TextIOWrapper) -> Iterator[str]:
    """The lines of ``text``; bytes its encoding cannot read (UTF-16 cut in the middle of a
    character) end them as damage, the lines before kept."""
    try:
        yield from text
    except UnicodeDecodeError as exc:
        raise _Damaged(f"not valid {text.encoding} here ({exc.reason}); the rows after this point are not read") \
            from None


def _text_encoding(stream: BinaryIO) -> str | None:
    """The wider Unicode encoding a byte-order mark at the start of ``stream`` names, or None."""
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def _encoding_hint(raw: bytes) -> str:
    """A hint for bytes that are not UTF-8 when they read as Windows-1256 Arabic, else ""."""
    wide = [c for c in raw.decode("cp1256", errors="replace") if ord(c) > 127]
    arabic = sum("\u0621" <= c <= "\u064a" for c in wide)
    if wide and arabic * 2 >= len(wide):
        return "; the bytes read as Windows-1256 Arabic: save the file as UTF-8 (iconv -f cp1256 -t utf-8)"
    return ""


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc


def _read_jsonl(stream: BinaryIO, where: str, reading: _Reading) -> Iterator[Article | RowError]:
    """JSONL rows; the first objects are read now, to find the columns (and fail once)."""
    try:
        encoding = _text_encoding(stream)
        lines: Iterator[tuple[int, Any]]
        if encoding is not None:  # UTF-16/32: each line again as UTF-8
            text = io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="\n")
            lines = _jsonl_objects((line.encode("utf-8", "surrogateescape") for line in _text_lines(text)), where)
        elif isinstance(array := _json_array(stream, where), list):
            lines = iter(array)
        else:  # lines (read whole already when they began with "[")
            lines = _jsonl_objects(stream if array is None else io.BytesIO(array), where)
        head = list(itertools.islice(lines, _PEEK_RECORDS))
        objects = [r for _, r in head if isinstance(r, dict)]
        mapping = None
        if objects:
            names = list(dict.fromkeys(k for r in objects for k in r))
            mapping = _map(names, reading, where)
    except BaseException:
        stream.close()
        raise

    def rows() -> Iterator[Article | RowError]:
        try:
            for n, record in itertools.chain(head, lines):
                if isinstance(record, RowError):
                    yield record
                elif mapping is None:  # no object among the first lines: map this one alone
                    yield _safe_row(record, n, where, reading, _loose_map(record, reading, where))
                else:
                    yield _safe_row(record, n, where, reading, mapping)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()

    return rows()


def _loose_map(record: Any, reading: _Reading, where: str) -> ColumnMap | None:
    if not isinstance(record, dict):
        return None
    try:
        return map_columns(list(record), reading.columns, where=where, required=())
    except InputError:
        return None


def _json_array(stream: BinaryIO, where: str) -> list[tuple[int, Any]] | bytes | None:
    """When ``stream`` starts with ``[``: its items as (item number, object or RowError) if it
    is one JSON array, else the bytes read (JSONL whose first line is an array, or broken);
    None (nothing read) when it starts otherwise."""
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        return None
    data = stream.read()
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except json.JSONDecodeError as exc:
        if exc.lineno == 1 or _one_value(data.split(b"\n", 1)[0]):
            return data  # JSONL whose first line is an array, or a broken first line: its row's error
        raise InputError(f"{where}: a JSON array that does not read: {exc.msg} (line {exc.lineno}, column "
                         f"{exc.colno}); no row of it could be placed") from None
    except Exception:  # noqa: BLE001 - not text, too deep...: read as lines, each its own error
        return data
    if not isinstance(value, list):
        return data
    return [(n, item if isinstance(item, dict) else
             RowError(n, None, "json", f"item {n} of the array: expected a JSON object, got {_json_kind(item)}", where))
            for n, item in enumerate(value, 1)]


def _one_value(line: bytes) -> bool:
    """Whether ``line`` is one whole JSON value."""
    try:
        json.loads(line)
    except Exception:  # noqa: BLE001
        return False
    return True


def _jsonl_objects(stream: Iterable[bytes], where: str) -> Iterator[tuple[int, Any]]:
    """(line number, decoded value or RowError) for every non-blank line; a compressed file
    damaged after line n ends with a RowError on line n + 1."""
    n = 0
    try:
        for n, raw in enumerate(stream, 1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if raw.strip():
                yield n, _jsonl_value(n, raw, where)
    except _Damaged as exc:
        yield n + 1, RowError(n + 1, None, "file", str(exc), where)


def _jsonl_value(n: int, raw: bytes, where: str) -> dict[str, Any] | RowError:
    """The object on line ``n``, or the RowError that says why there is none."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return RowError(n, None, "encoding", f"invalid UTF-8 at byte {exc.start}{_encoding_hint(raw)}", where)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        hint = "; two objects on one line? (files joined where one lacked its last newline)" \
            if exc.msg == "Extra data" and line[exc.pos:exc.pos + 1] == "{" else ""
        return RowError(n, None, "json", f"broken JSON: {exc.msg} (column {exc.colno}){hint}", where)
    except RecursionError:
        return RowError(n, None, "json", "JSON nested too deeply to read", where)
    except Exception as exc:  # noqa: BLE001 - e.g. ValueError for a number of 5,000 digits
        return RowError(n, None, "json", f"cannot read this JSON: {_describe(exc)}", where)
    if not isinstance(record, dict):
        return RowError(n, None, "json", f"expected a JSON object, got {_json_kind(record)}", where)
    return record


def _read_dicts(items: Iterator[Any], reading: _Reading) -> Iterator[Article | RowError]:
    head = list(itertools.islice(items, _PEEK_RECORDS))
    names = list(dict.fromkeys(k for r in head if isinstance(r, Mapping) for k in r))
    mapping = _map(names, reading, "the rows") if names else None

    def rows() -> Iterator[Article | RowError]:
        for n, record in enumerate(itertools.chain(head, items), 1):
            if isinstance(record, (Article, RowError)):
                yield record
            elif not isinstance(record, Mapping):
                yield RowError(n, None, "row", f"expected a dict of article fields, got {type(record).__name__}")
            else:
                yield _safe_row(record, n, None, reading, mapping or _loose_map(dict(record), reading, "row"))

    return rows()


def _records(
    rows: Iterable[tuple[int, Mapping[str, Any]]], mapping: ColumnMap, where: str | None, reading: _Reading
) -> Iterator[Article | RowError]:
    for n, record in rows:
        yield _safe_row(record, n, where, reading, mapping)


# -- CSV -------------------------------------------------------------------------------------


class _CsvCursor:
    """Strict CSV records over the physical lines of a stream, able to read again from any
    line since the current record's start. Lines are kept only from that start on, so memory
    holds one record (or, after a quote left open, the lines it ran over), not the file."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._source = lines
        self._kept: list[str] = []
        self._base = 0  # line index of _kept[0]
        excel = re.fullmatch(r"sep=(.)\r?\n?", self.line(0) or "")  # Excel's line naming the separator
        if excel is not None:
            self.delimiter = excel[1]
        else:
            first = next((t for i in range(20) if (t := self.line(i)) is not None and t.strip()), "")
            self.delimiter = _delimiter(first)
        self.rewind(1 if excel is not None else 0)

    def lenient(self, index: int) -> list[str]:
        """The fields of physical line ``index`` alone, read leniently."""
        return next(csv.reader([self.line(index) or ""], delimiter=self.delimiter), [])

    def line(self, index: int) -> str | None:
        """Physical line ``index`` (0-based; not before the current record), None past the end."""
        while index - self._base >= len(self._kept):
            nxt = next(self._source, None)
            if nxt is None:
                return None
            self._kept.append(nxt)
        return self._kept[index - self._base]

    def rewind(self, pos: int) -> None:
        """Read on from physical line ``pos`` (0-based)."""
        self.pos = pos
        self._reader = csv.reader(self._feed(), strict=True, delimiter=self.delimiter)

    def _feed(self) -> Iterator[str]:
        while (line := self.line(self.pos)) is not None:
            self.pos += 1
            yield line

    def next(self) -> tuple[int, list[str] | csv.Error] | None:
        """(first line index, fields or the csv error) of the next record; None at the end."""
        start = self.pos
        if start > self._base:  # forget the lines of finished records
            del self._kept[:start - self._base]
            self._base = start
        try:
            return start, next(self._reader)
        except StopIteration:
            return None
        except csv.Error as exc:
            self.rewind(self.pos)
            return start, exc


def _delimiter(header: str) -> str:
    """The separator of a CSV file: the one of :data:`_DELIMITERS` its header line holds
    most (outside quotes), a comma when none."""
    bare = re.sub(r'"[^"]*"', "", header)
    counts = [(bare.count(d), -i, d) for i, d in enumerate(_DELIMITERS)]
    best = max(counts)
    return best[2] if best[0] else ","


def _read_csv(stream: BinaryIO, where: str, reading: _Reading) -> Iterator[Article | RowError]:
    """CSV rows, read line by line from ``stream`` (closed at the end)."""
    # Articles are long: lift the csv module's 128 KB field limit (a process-wide setting).
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    encoding = _text_encoding(stream) or "utf-8-sig"
    text = io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="")
    try:
        cursor = _CsvCursor(_text_lines(text))
        first = cursor.next()
        while first is not None and first[1] == []:
            first = cursor.next()
        if first is None:
            _release(text, stream)
            return iter(())
        if isinstance(first[1], csv.Error):
            raise InputError(f"{where}: cannot read the CSV header: {first[1]}")
        header = [h.strip() for h in first[1]]
        mapping = _map(header, reading, where)
        twice = sorted({c for c in mapping.fields.values() if header.count(c) > 1})
        if twice:  # a record keeps the last of equal names: the other column would be dropped unseen
            raise InputError(f"{where}: the header names {', '.join(repr(c) for c in twice)} more than once "
                             f"(columns {', '.join(str(i + 1) for i, h in enumerate(header) if h in twice)}); "
                             "rename one, or choose with --columns")
    except _Damaged as exc:
        _release(text, stream)
        raise InputError(f"{where}: cannot read the CSV header: {exc}") from None
    except BaseException:
        _release(text, stream)
        raise

    def rows() -> Iterator[Article | RowError]:
        n = 0
        try:
            for n, item in enumerate(_csv_rows(cursor, header, mapping, where, reading), 1):
                yield item
        except _Damaged as exc:
            yield RowError(n + 1, None, "file", str(exc), where)
        finally:
            _release(text, stream)

    return rows()


def _release(text: io.TextIOWrapper, stream: BinaryIO) -> None:
    """Close a file read through ``text``; leave stdin open."""
    if stream is sys.stdin.buffer:
        text.detach()
    else:
        text.close()


def _csv_rows(
    cursor: _CsvCursor, header: list[str], mapping: ColumnMap, where: str, reading: _Reading
) -> Iterator[Article | RowError]:
    n = 0
    while (item := cursor.next()) is not None:
        start, fields = item
        if fields == []:
            continue
        n += 1
        if isinstance(fields, csv.Error):
            if cursor.pos - start > 1:  # a quote left open ran over the following lines
                hint = _id_hint(dict(zip(header, cursor.lenient(start))))
                yield RowError(
                    n, hint, "csv",
                    f"unclosed quote starting at row {n} (line {start + 1}); the {cursor.pos - start - 1} "
                    "line(s) it ran over are read again as rows of their own: close the quote", where,
                )  # fmt: skip
                cursor.rewind(start + 1)
                continue
            fields = cursor.lenient(start)  # a stray quote inside one line: read leniently
        if len(fields) != len(header):
            yield RowError(n, _id_hint(dict(zip(header, fields))), "csv",
                           f"{len(fields)} fields, header has {len(header)}", where)
            continue
        record = dict(zip(header, fields))
        bad = next((k for k, v in record.items() if _has_surrogates(v)), None)
        if bad is not None:
            hint = _encoding_hint(record[bad].encode("utf-8", "surrogateescape"))
            yield RowError(n, None, "encoding", f"invalid UTF-8 in column {bad!r}{hint}", where)
            continue
        # An empty cell is a missing value, except for text, where "" is a valid text.
        text_column = mapping.fields.get("text")
        cleaned = {k: v for k, v in record.items() if v != "" or k == text_column}
        yield _safe_row(cleaned, n, where, reading, mapping)


# -- Parquet ----------------------------------------------------------------------------------


def _read_parquet(path: Path, reading: _Reading) -> Iterator[Article | RowError]:
    import polars as pl

    try:
        names = pl.scan_parquet(path).collect_schema().names()
    except Exception as exc:
        raise InputError(f"{path}: cannot read Parquet: {exc}") from exc
    mapping = _map(names, reading, str(path))
    scan = pl.scan_parquet(path).select(list(dict.fromkeys(mapping.fields.values())))
    if not hasattr(scan, "collect_batches"):  # polars before 1.33: the whole file at once
        try:
            frame = scan.collect()
        except Exception as exc:
            raise InputError(f"{path}: cannot read Parquet: {exc}") from exc
        return _records(enumerate(as_table(frame).rows, 1), mapping, str(path), reading)

    try:  # the first chunk now, so that a file polars cannot read fails before any row
        chunks = scan.collect_batches(chunk_size=_PARQUET_CHUNK)
        first = next(chunks, None)
    except Exception as exc:
        raise InputError(f"{path}: cannot read Parquet: {exc}") from exc

    def rows() -> Iterator[tuple[int, Mapping[str, Any]]]:
        """The rows, read in chunks (streaming): a large file is never in memory whole."""
        n = 0
        try:
            for chunk in itertools.chain([first] if first is not None else [], chunks):
                for record in chunk.iter_rows(named=True):
                    n += 1
                    yield n, record
        except pl.exceptions.PolarsError as exc:
            raise InputError(f"{path}: cannot read Parquet after row {n}: {exc}") from exc

    return _records(rows(), mapping, str(path), reading)


_PARQUET_CHUNK = 1024
"""Rows of a Parquet file read at a time."""


# -- plain text ---------------------------------------------------------------------------------


def _name_date(path: Path, folder: Path | None = None) -> dt.datetime | None:
    """The date a file name starts with, else (below ``folder``) the one its folders spell
    (``2015/08/06/a.txt``, ``2015-08-06/a.txt``)."""
    match = _NAME_DATE.match(path.stem)
    if match is None and folder is not None and path.parent != folder:
        match = _FOLDER_DATE.match(path.parent.relative_to(folder).as_posix())
    if match is None:
        return None
    try:
        return dt.datetime(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _read_txt_file(path: Path, reading: _Reading) -> Iterator[Article | RowError]:
    day = _name_date(path)
    default = reading.default or (Published(day) if day is not None else None)
    if default is None:
        raise InputError(
            f"{path}: plain text has no publication date; pass --published (published=) "
            "or start the file name with it (2022-01-25_title.txt)"
        )
    if day is not None and reading.default is None:
        default = Published(day)
    return iter([_txt_article(_read_bytes(path), path.stem, 1, str(path), default)])


def _sidecar(folder: Path, reading: _Reading) -> tuple[Path | None, dict[str, dict[str, Any]]]:
    for name in _SIDECARS:
        path = folder / name
        if not path.is_file():
            continue
        data = _read_bytes(path)
        encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8-sig")
        text = data.decode(encoding, errors="replace")
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0])))
        names = [h.strip() for h in (rows[0].keys() if rows else ())]
        file_column = next((c for c in names if c.casefold() in ("file", "filename", "name", "path", "الملف")), None)
        if file_column is None:
            raise InputError(f"{path}: a sidecar of dates needs a 'file' column; columns found: {', '.join(names)}")
        mapping = map_columns([c for c in names if c != file_column], reading.columns, where=str(path),
                              required=("published",))
        table = {}
        for row in rows:
            row = {(k or "").strip(): v for k, v in row.items()}
            key = Path(str(row.get(file_column) or "").strip()).name
            table[key] = {f: v for f, v in mapping.pick(row).items() if v not in (None, "")}
        return path, table
    return None, {}


def _folder_files(folder: Path) -> list[Path]:
    """The files of ``folder`` and of its subfolders (hidden ones left out), in the order of
    their paths below it: archives keep their articles in folders by date (2015/08/06/a.txt)."""
    try:
        folder.iterdir().__next__()
    except StopIteration:
        return []
    except OSError as exc:
        raise InputError(f"{folder}: cannot list: {exc.strerror}") from exc
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        found.extend(Path(root, name) for name in files)
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _folder_id(folder: Path, entry: Path) -> str:
    """A folder article's id: its file's stem, or below a subfolder its path without ``.txt``
    (``2015/08/a``), so that two days' ``a.txt`` stay two articles."""
    relative = entry.relative_to(folder)
    return entry.stem if len(relative.parts) == 1 else relative.with_suffix("").as_posix()


def _read_folder(folder: Path, reading: _Reading) -> Iterator[Article | RowError]:
    entries = _folder_files(folder)
    sidecar, dates = _sidecar(folder, reading)
    texts = [e for e in entries if e.suffix.lower() == ".txt"]
    tables = [e for e in entries if _EXTENSIONS.get(e.suffix.lower(), "txt") != "txt"]
    if not texts and tables:
        kinds = ", ".join(sorted({e.suffix.lower() for e in tables}))
        raise InputError(
            f"{folder}: a folder is read as .txt articles and holds none, but {len(tables)} {kinds} "
            f"file{'s' if len(tables) > 1 else ''}: pass them as paths ({folder / ('*' + tables[0].suffix)})"
        )
    if reading.default is None and not dates and not any(_name_date(e, folder) for e in texts):
        raise InputError(
            f"{folder}: plain text has no publication date; pass --published (published=), start the "
            f"file names with their date (2022-01-25_title.txt) or add a {_SIDECARS[0]} (file,published)"
        )
    skipped = [e.relative_to(folder).as_posix() for e in entries if e.suffix.lower() != ".txt" and e != sidecar]
    if skipped:
        shown = ", ".join(skipped[:8]) + (f" and {len(skipped) - 8} more" if len(skipped) > 8 else "")
        reading.note("folder", f"{folder}: not read ({len(skipped)}, not .txt files): {shown}")

    def rows() -> Iterator[Article | RowError]:
        for n, entry in enumerate(texts, 1):
            where, ident = str(entry), _folder_id(folder, entry)
            if entry.is_symlink() and not entry.exists():
                yield RowError(n, ident, "file", f"a broken link (to {os.readlink(entry)})", where)
                continue
            if not entry.is_file():
                yield RowError(n, ident, "file", "not a regular file", where)
                continue
            try:
                extra = dates.get(entry.name, dates.get(entry.stem))
                yield _folder_article(entry, ident, n, extra, sidecar, reading, _name_date(entry, folder))
            except Exception as exc:  # noqa: BLE001 - one file never stops the folder
                yield RowError(n, ident, "file", f"cannot read: {_describe(exc)}", where)

    return rows()


def _folder_article(
    entry: Path, ident: str, n: int, extra: dict[str, Any] | None, sidecar: Path | None, reading: _Reading,
    day: dt.datetime | None,
) -> Article | RowError:
    where = str(entry)
    if extra and "published" in extra:
        try:
            date = reading.date(extra["published"])
        except PublishedDateError as exc:
            return RowError(n, ident, "published", f"{sidecar}: {exc}", where)
    elif day is not None:
        date = Published(day)
    elif reading.default is not None:
        date = reading.default
    else:
        return RowError(n, ident, "published",
                        "missing: no date in the file name, its folders or the sidecar, and no --published", where)
    article = _txt_article(entry.read_bytes(), ident, n, where, date)
    if isinstance(article, Article) and extra:
        fields = {k: v.strip() for k in ("title", "url", "source", "place") if isinstance(v := extra.get(k), str)}
        article = Article(**{**{f: getattr(article, f) for f in Article.__slots__}, **fields})  # type: ignore[arg-type]
    return article


def _txt_article(data: bytes, ident: str, n: int, where: str, date: Published) -> Article | RowError:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")  # Notepad's "Unicode"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        hint = _encoding_hint(data) if encoding == "utf-8" else ""
        return RowError(n, ident, "encoding", f"invalid {encoding.upper()} at byte {exc.start}{hint}", where)
    return Article(id=ident, text=text, published=date.moment, row=n, utc_offset=date.utc_offset)


# -- one row ---------------------------------------------------------------------------


def _safe_row(
    record: Mapping[str, Any], n: int, where: str | None, reading: _Reading, mapping: ColumnMap | None
) -> Article | RowError:
    """One row as an Article or a RowError; nothing inside it may raise."""
    try:
        fields = mapping.pick(record) if mapping is not None else dict(record)
        return _make_article(fields, n, where, reading)
    except Exception as exc:  # noqa: BLE001 - a bad row must never cost the others
        return RowError(n, None, "row", f"cannot read this row: {_describe(exc)}", where)


def _describe(exc: BaseException) -> str:
    try:
        message = str(exc)
    except Exception:  # noqa: BLE001
        message = ""
    message = message if len(message) <= 200 else message[:197] + "..."
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _make_article(record: Mapping[str, Any], n: int, where: str | None, reading: _Reading) -> Article | RowError:
    """Validate one decoded row; the first wrong field makes it a RowError."""
    if any(isinstance(v, dict) for v in record.values()):  # MongoDB's {"$oid": ...}, {"$date": ...}
        record = {k: _extended_json(v) for k, v in record.items()}
    if any(isinstance(v, (bytes, bytearray, memoryview)) for v in record.values()):
        decoded = _decoded_bytes(record)
        if isinstance(decoded, RowError):
            return RowError(n, None, decoded.field, decoded.message, where)
        record = decoded
    raw_id = record.get("id")
    if isinstance(raw_id, float) and (math.isnan(raw_id) or raw_id.is_integer()):
        raw_id = None if math.isnan(raw_id) else int(raw_id)  # pandas' integers beside a missing value
    if raw_id is None or raw_id == "":
        ident = f"row-{n}"
    elif isinstance(raw_id, str):
        ident = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        try:
            ident = str(raw_id)
        except ValueError:
            return RowError(n, None, "id", "a number too long to be an id", where)
    else:
        return RowError(n, None, "id", f"expected a string or an integer, got {_json_kind(raw_id)}", where)

    text = record.get("text")
    if text is None:
        return RowError(n, ident, "text", "missing", where)
    if not isinstance(text, str):
        return RowError(n, ident, "text", f"expected a string, got {_json_kind(text)}", where)
    if _has_surrogates(text):
        return RowError(n, ident, "text", "contains unpaired surrogates (not valid Unicode text)", where)

    value = record.get("published")
    if value is None or value == "":
        if reading.default is None:
            return RowError(n, ident, "published", "missing" if value is None else "empty", where)
        date = reading.default
    else:
        try:
            date = reading.date(value)
        except PublishedDateError as exc:
            return RowError(n, ident, "published", str(exc), where)
        if date.warning:
            reading.note("published", f"{where + ' ' if where else ''}row {n}: {date.warning}")

    raw_prefer = record.get("prefer")
    prefer: Prefer | None = None
    if raw_prefer is not None and raw_prefer != "":
        try:
            prefer = Prefer(str(raw_prefer).strip().lower()) if isinstance(raw_prefer, str) else Prefer(raw_prefer)
        except ValueError:
            return RowError(n, ident, "prefer", f"expected 'past' or 'future', got {short_repr(raw_prefer)}", where)

    described: dict[str, str | None] = {}
    for field in _DESCRIBING:
        value_of = _optional_text(record.get(field))
        if isinstance(value_of, _Refused):
            return RowError(n, ident, field, value_of.reason, where)
        described[field] = value_of
    place = described["place"]

    return Article(
        id=ident,
        text=text,
        published=date.moment,
        row=n,
        title=described["title"],
        url=described["url"],
        source=described["source"],
        prefer=prefer,
        place=(place.strip() or None) if place is not None else None,
        utc_offset=date.utc_offset,
    )


_EXTENDED = frozenset({"$oid", "$date", "$numberLong", "$numberInt", "$numberDouble", "$numberDecimal"})
"""The one-key wrappers of MongoDB's extended JSON (``mongoexport``), read as what they wrap."""


def _extended_json(value: Any) -> Any:
    """``{"$oid": "55c2…"}`` → ``"55c2…"``, ``{"$date": {"$numberLong": "1438…"}}`` → ``"1438…"``
    (milliseconds), ``{"$date": "2015-08-06T…Z"}`` → the string; anything else as it is."""
    while isinstance(value, dict) and len(value) == 1 and next(iter(value)) in _EXTENDED:
        value = next(iter(value.values()))
    return value


def _decoded_bytes(record: Mapping[str, Any]) -> dict[str, Any] | RowError:
    """``record`` with its byte strings (Parquet text stored as binary) read as UTF-8; a
    field that is not UTF-8 makes an error naming it (row and path filled in by the caller)."""
    out = dict(record)
    for field, value in record.items():
        if isinstance(value, (bytes, bytearray, memoryview)):
            raw = bytes(value)
            try:
                out[field] = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                return RowError(0, None, field, f"invalid UTF-8 at byte {exc.start}{_encoding_hint(raw)}")
    return out


_DESCRIBING = ("title", "url", "source", "place")
"""The optional text fields that describe an article."""


class _Refused(NamedTuple):
    reason: str


def _optional_text(value: object) -> str | None | _Refused:
    """An optional describing field: a string as given (empty or a pandas NaN is none);
    anything else is refused with the reason, never dropped in silence."""
    if value is None:
        return None
    if isinstance(value, str):
        if _has_surrogates(value):
            return _Refused("contains unpaired surrogates (not valid Unicode text)")
        return value or None
    if isinstance(value, float) and math.isnan(value):
        return None  # pandas' missing value
    return _Refused(f"expected a string, got {_json_kind(value)}")


def _id_hint(record: Mapping[str | None, Any]) -> str | None:
    value = record.get("id")
    return value if isinstance(value, str) and value and not _has_surrogates(value) else None


def _has_surrogates(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_kind(value: object) -> str:
    names = {
        dict: "an object",
        list: "an array",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)
