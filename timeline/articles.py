"""Reading articles: JSONL, CSV, Parquet, plain-text files and stdin, one row at a time.

``read_articles`` yields an :class:`Article` for every usable row and a :class:`RowError`
for every row that cannot be used, in input order, so no row is ever silently dropped
and one bad row never stops the others. Formats, by extension unless ``fmt`` says:

- ``.jsonl`` / ``.ndjson`` (and stdin, ``path`` None or ``"-"``): one JSON object per
  line, read as bytes so that a line with invalid UTF-8 or broken JSON is a row error.
  Blank lines are not rows. ``row`` is the line number.
- ``.csv``: a header row, then one article per record. ``row`` is the record number
  (1 for the first record after the header).
- ``.parquet``: read with polars; ``row`` is the 1-based row number.
- ``.txt``: the whole file is one article (id = file stem); a folder: every ``*.txt`` in
  it, sorted by name, one article each; stdin that does not start with ``{`` when a
  ``published`` default is given. Plain text needs ``published``.

Fields: ``id`` (missing: ``"row-N"``), ``text`` (required, a string; ``""`` is valid and
has no expressions), ``published`` (required unless ``published`` is passed as a default;
see :func:`parse_published`), ``prefer`` (``"past"``/``"future"``, optional), the
optional strings ``title``, ``url``, ``source``, and ``place``: where the article's events
happened when their text names no place (optional; a value that is not a string is a
row error, field ``place``; see :mod:`timeline.places`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from timeline._types import Anchor, Grain, Prefer
from timeline.errors import InputError, PublishedDateError

__all__ = ["FORMATS", "Article", "RowError", "parse_published", "read_articles"]

FORMATS = ("csv", "jsonl", "parquet", "txt")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".txt": "txt"}
_COLUMNS = ("id", "text", "published", "prefer", "title", "url", "source", "place")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?(?:Z|[+-]\d\d:?\d\d)?")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_FINE_GRAINS = frozenset({Grain.SECOND, Grain.MINUTE, Grain.HOUR, Grain.PART_OF_DAY, Grain.DAY})
_STDIN = "<stdin>"
_MAX_DATE_CHARS = 200


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


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that cannot be used, naming where it is and which field is wrong."""

    row: int  # 1-based line/row number in its file
    id: str | None
    field: str  # "published", "text", "json", "encoding", "id", "prefer", "place", "csv"
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


def parse_published(value: object) -> dt.datetime:
    """Read a publication date: a ``datetime``, a ``date`` or a string in (almost) any format.

    ISO strings (``YYYY-MM-DD[THH:MM[:SS]]``) take a fast path; other strings go to the
    tagger's own absolute-date rules (Arabic month names of every region, Hijri dates) and
    then to ``dateparser`` (``"Jan 25, 2022 10:00"``, ``"2022/01/25"``), which must find a
    day, month and year and never reads relative words. A timezone-aware value keeps its
    wall time and drops the zone: a date is local to its source, as the article reads it.
    Raises :class:`PublishedDateError` when the value is missing, empty or unreadable.
    """
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if value is None:
        raise PublishedDateError("missing")
    if not isinstance(value, str):
        raise PublishedDateError(f"expected a date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        raise PublishedDateError("empty")
    if len(text) > _MAX_DATE_CHARS:
        raise PublishedDateError(f"{len(text)} characters is too long for a date: {text[:40]!r}...")
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError as exc:
            raise PublishedDateError(f"cannot parse {value!r}: {exc}") from None
    parsed = (_parse_with_tagger(text) if _ARABIC.search(text) else None) or _parse_with_dateparser(text)
    if parsed is None:
        raise PublishedDateError(f"cannot parse {value!r}")
    return parsed


def read_articles(
    path: str | os.PathLike[str] | None,
    *,
    published: str | None = None,
    fmt: str | None = None,
) -> Iterator[Article | RowError]:
    """Yield every row of ``path`` (None or ``"-"``: stdin) as an Article or a RowError.

    ``published`` is the publication date of rows that have none (required for plain
    text); a row's own date wins. ``fmt`` forces one of :data:`FORMATS`. File-level
    problems (no such file, unknown format, unreadable Parquet, plain text without
    ``published``) raise :class:`InputError` before the first row.
    """
    default = parse_published(published) if published is not None else None
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if path is None or str(path) == "-":
        return _read_stdin(default, fmt)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.is_dir():
        fmt = fmt or "txt"
    fmt = fmt or _EXTENSIONS.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"{p}: cannot tell the format from the extension; pass one of {', '.join(FORMATS)}")
    if fmt == "txt":
        if default is None:
            raise InputError(f"{p}: plain text has no publication date; pass published (--published)")
        files = sorted(f for f in p.iterdir() if f.suffix.lower() == ".txt" and f.is_file()) if p.is_dir() else [p]
        return _read_txt_files(files, default)
    if fmt == "parquet":
        return _read_parquet(p, default)
    if fmt == "csv":
        return _read_csv(p, default)
    return _read_jsonl_file(p, default)


# -- formats -------------------------------------------------------------------------


def _read_stdin(default: dt.datetime | None, fmt: str | None) -> Iterator[Article | RowError]:
    stream = sys.stdin.buffer
    if fmt is None:
        fmt = "txt" if default is not None and not _starts_with_brace(stream) else "jsonl"
    if fmt == "jsonl":
        return _read_jsonl(stream, _STDIN, default)
    if fmt == "txt":
        if default is None:
            raise InputError("plain text on stdin has no publication date; pass published (--published)")
        return iter([_read_txt_stream(stream.read(), "stdin", 1, _STDIN, default)])
    raise InputError(f"stdin: format {fmt!r} is not supported on stdin; use a file")


def _starts_with_brace(stream: BinaryIO) -> bool:
    peek = getattr(stream, "peek", None)
    head = peek(256) if peek is not None else b""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _open(path: Path, **kwargs: Any) -> Any:
    try:
        return path.open(**kwargs)
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror}") from exc


def _read_jsonl_file(path: Path, default: dt.datetime | None) -> Iterator[Article | RowError]:
    stream = _open(path, mode="rb")

    def rows() -> Iterator[Article | RowError]:
        with stream:
            yield from _read_jsonl(stream, str(path), default)

    return rows()


def _read_jsonl(stream: Iterable[bytes], where: str, default: dt.datetime | None) -> Iterator[Article | RowError]:
    for n, raw in enumerate(stream, 1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RowError(n, None, "encoding", f"invalid UTF-8 at byte {exc.start}", where)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RowError(n, None, "json", f"broken JSON: {exc.msg} (column {exc.colno})", where)
            continue
        if not isinstance(record, dict):
            yield RowError(n, None, "json", f"expected a JSON object, got {_json_kind(record)}", where)
            continue
        yield _make_article(record, n, where, default)


def _read_csv(path: Path, default: dt.datetime | None) -> Iterator[Article | RowError]:
    stream = _open(path, encoding="utf-8-sig", errors="surrogateescape", newline="")
    return _read_csv_stream(stream, str(path), default)


def _read_csv_stream(stream: Any, where: str, default: dt.datetime | None) -> Iterator[Article | RowError]:
    # Articles are long: lift the csv module's 128 KB field limit (a process-wide setting).
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    with stream:
        reader = csv.DictReader(stream)
        header = [h for h in reader.fieldnames or () if h is not None]
        for n, record in enumerate(reader, 1):
            if None in record:
                yield RowError(
                    n,
                    _id_hint(record),
                    "csv",
                    f"{len(header) + len(record[None])} fields, header has {len(header)}",
                    where,
                )
                continue
            bad = next((k for k, v in record.items() if isinstance(v, str) and _has_surrogates(v)), None)
            if bad is not None:
                yield RowError(n, None, "encoding", f"invalid UTF-8 in column {bad!r}", where)
                continue
            # An empty cell is a missing value, except for text, where "" is a valid text.
            cleaned = {k: v for k, v in record.items() if v is not None and (v != "" or k == "text")}
            yield _make_article(cleaned, n, where, default)


def _read_parquet(path: Path, default: dt.datetime | None) -> Iterator[Article | RowError]:
    import polars as pl

    try:
        names = pl.scan_parquet(path).collect_schema().names()
        frame = pl.read_parquet(path, columns=[c for c in _COLUMNS if c in names])
    except Exception as exc:  # polars raises many kinds; the file as a whole is unusable
        raise InputError(f"{path}: cannot read Parquet: {exc}") from exc
    return _iter_frame(frame, str(path), default)


def _iter_frame(frame: Any, where: str, default: dt.datetime | None) -> Iterator[Article | RowError]:
    n = 0
    for chunk in frame.iter_slices(n_rows=1024):
        for record in chunk.iter_rows(named=True):
            n += 1
            yield _make_article({k: v for k, v in record.items() if v is not None}, n, where, default)


def _read_txt_files(files: list[Path], default: dt.datetime) -> Iterator[Article | RowError]:
    for n, file in enumerate(files, 1):
        yield _read_txt_stream(file.read_bytes(), file.stem, n, str(file), default)


def _read_txt_stream(data: bytes, ident: str, n: int, where: str, default: dt.datetime) -> Article | RowError:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return RowError(n, ident, "encoding", f"invalid UTF-8 at byte {exc.start}", where)
    return Article(id=ident, text=text, published=default, row=n)


# -- one row ---------------------------------------------------------------------------


def _make_article(record: Mapping[str, Any], n: int, where: str, default: dt.datetime | None) -> Article | RowError:
    """Validate one decoded row; the first wrong field makes it a RowError."""
    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        ident = f"row-{n}"
    elif isinstance(raw_id, str):
        ident = raw_id
    elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
        ident = str(raw_id)
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
        if default is None:
            return RowError(n, ident, "published", "missing" if value is None else "empty", where)
        published = default
    else:
        try:
            published = parse_published(value)
        except PublishedDateError as exc:
            return RowError(n, ident, "published", str(exc), where)

    raw_prefer = record.get("prefer")
    prefer: Prefer | None = None
    if raw_prefer is not None and raw_prefer != "":
        try:
            prefer = Prefer(str(raw_prefer).strip().lower()) if isinstance(raw_prefer, str) else Prefer(raw_prefer)
        except ValueError:
            return RowError(n, ident, "prefer", f"expected 'past' or 'future', got {raw_prefer!r}", where)

    place = record.get("place")
    if place is not None and not isinstance(place, str):
        return RowError(n, ident, "place", f"expected a string, got {_json_kind(place)}", where)
    if place is not None and _has_surrogates(place):
        return RowError(n, ident, "place", "contains unpaired surrogates (not valid Unicode text)", where)

    return Article(
        id=ident,
        text=text,
        published=published,
        row=n,
        title=_optional_str(record.get("title")),
        url=_optional_str(record.get("url")),
        source=_optional_str(record.get("source")),
        prefer=prefer,
        place=_optional_str(place.strip() if place is not None else None),
    )


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _id_hint(record: Mapping[str | None, Any]) -> str | None:
    value = record.get("id")
    return value if isinstance(value, str) and value else None


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


# -- free-form publication dates ------------------------------------------------------------


def _parse_with_tagger(text: str) -> dt.datetime | None:
    """Read an absolute Arabic date (``25 كانون الثاني 2022``, ``15 شوال 1443 هـ``) with our own rules."""
    from timeline.tagger import tag

    reference = dt.datetime(2000, 1, 1)
    found = [t for t in tag(text, reference) if t.interval is not None]
    if len(found) != 1:
        return None
    timex = found[0]
    covered = len(text) - (timex.end - timex.start)
    if timex.anchor is not Anchor.NONE or timex.grain not in _FINE_GRAINS or covered > len(text) // 3:
        return None
    return timex.interval[0] if timex.interval else None


def _parse_with_dateparser(text: str) -> dt.datetime | None:
    import dateparser

    settings = {
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    try:
        parsed = dateparser.parse(text, settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises on some odd strings instead of returning None
        return None
    return parsed.replace(tzinfo=None) if parsed is not None else None
