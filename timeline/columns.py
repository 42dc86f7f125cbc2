"""Which column of a table holds which article field.

A table's own column names win (``text``, ``published``...). Otherwise a column is found
under one of its usual other names, English or Arabic (``body``, ``date``, ``النص``,
``تاريخ النشر``...), listed in ``timeline/lang/columns.yaml``; explicit ``columns``
(``--columns text=body,published=date``) win over both. A table without a required
column fails once, before its first row, with the columns it has and the flag to use.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from timeline._programs import kept
from timeline._yaml import load_cached_yaml
from timeline.errors import ColumnsError, InputError, LanguageDataError

__all__ = ["FIELDS", "ColumnMap", "map_columns", "parse_columns"]

FIELDS = ("id", "text", "published", "prefer", "title", "url", "source", "place")
"""The article fields a table may hold; ``text`` and ``published`` are required."""

_FOLD = kept(r"[\s_\-ـ]+")
_ALEFS = str.maketrans("أإآ", "ااا")


def _key(name: str) -> str:
    return _FOLD.sub("", name.casefold().translate(_ALEFS))


@functools.cache
def _aliases() -> dict[str, str]:
    """Folded other name → field, from ``timeline/lang/columns.yaml``."""
    text = resources.files("timeline.lang").joinpath("columns.yaml").read_text(encoding="utf-8")
    data = load_cached_yaml(text)  # kept between runs: PyYAML is not imported while the first rows are read
    if not isinstance(data, dict) or not set(data) <= set(FIELDS):
        raise LanguageDataError(f"columns.yaml: expected a mapping of {', '.join(FIELDS)} to lists of names")
    out: dict[str, str] = {}
    for field, names in data.items():
        for name in names or ():
            out.setdefault(_key(str(name)), field)
    return out


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """For each article field, the table column it is read from (fields the table lacks are absent)."""

    fields: Mapping[str, str]
    found: tuple[str, ...]  # (field, column) pairs guessed from other names, for the notice
    notice: str | None = None

    def pick(self, record: Mapping[str, object]) -> dict[str, object]:
        """The article fields of one record (a dict keyed by column names)."""
        return {field: record.get(column) for field, column in self.fields.items()}


def parse_columns(spec: str | Mapping[str, str] | None) -> dict[str, str]:
    """``"text=body,published=date"`` (or a mapping) as ``{"text": "body", "published": "date"}``."""
    if spec is None:
        return {}
    pairs: Iterable[tuple[str, str]]
    if isinstance(spec, Mapping):
        pairs = spec.items()
    else:
        pairs = []
        for part in filter(None, (p.strip() for p in spec.split(","))):
            field, sep, column = part.partition("=")
            if not sep or not column.strip():
                raise InputError(f"--columns {spec!r}: write FIELD=COLUMN pairs, e.g. text=body,published=date")
            pairs.append((field, column))
    out: dict[str, str] = {}
    for field, column in pairs:
        field = str(field).strip()
        if field not in FIELDS:
            raise InputError(f"--columns: unknown field {field!r}; the fields are {', '.join(FIELDS)}")
        out[field] = str(column).strip()
    return out


def map_columns(
    names: Sequence[str],
    columns: Mapping[str, str] | None = None,
    *,
    where: str,
    required: Sequence[str] = ("text", "published"),
) -> ColumnMap:
    """Match a table's column ``names`` to article fields; raise :class:`ColumnsError`
    when a ``required`` field has no column (or an explicit one names no column)."""
    names = [str(n) for n in names]
    explicit = parse_columns(columns)
    fields: dict[str, str] = {}
    for field, column in explicit.items():
        if column not in names:
            raise ColumnsError(
                f"{where}: --columns {field}={column}: there is no column {column!r}; "
                f"columns found: {_listing(names)}"
            )
        fields[field] = column
    taken = set(fields.values())
    for field in FIELDS:
        if field not in fields and field in names and field not in taken:
            fields[field] = field
            taken.add(field)
    aliases = _aliases()
    guessed: list[str] = []
    for column in names:
        field = aliases.get(_key(column)) or (_key(column) if _key(column) in FIELDS else None)
        if field is None or field in fields or column in taken:
            continue
        fields[field] = column
        taken.add(column)
        guessed.append(f"{field}={column}")
    missing = [f for f in required if f not in fields]
    if missing:
        pairs = ",".join(f"{f}=COLUMN" for f in missing)
        raise ColumnsError(
            f"{where}: no column for {' or '.join(repr(f) for f in missing)}; columns found: {_listing(names)}. "
            f"Say which column holds it with --columns {pairs} (columns={{...}} in Python)"
        )
    notice = f"{where}: reading columns {', '.join(guessed)} (--columns to choose others)" if guessed else None
    return ColumnMap(fields, tuple(guessed), notice)


def _listing(names: Sequence[str]) -> str:
    if not names:
        return "none"
    shown = ", ".join(repr(n) for n in names[:20])
    return shown + (f" and {len(names) - 20} more" if len(names) > 20 else "")
