"""Tables in memory, whatever library holds them, as column names and rows of plain values.

Recognised without importing (or depending on) their libraries: a polars ``DataFrame``
or ``LazyFrame``, a pandas ``DataFrame`` (its ``NaN``/``NaT`` read as missing, numpy
scalars as Python values), a pyarrow ``Table``, ``RecordBatch`` or ``RecordBatchReader``,
and anything else exporting an Arrow C stream (``__arrow_c_stream__``, through polars).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import polars as pl

__all__ = ["Table", "as_table", "is_table"]

_CHUNK = 1024


@dataclass(frozen=True, slots=True)
class Table:
    """Column names and a one-pass iterator of rows (dicts keyed by column name)."""

    names: list[str]
    rows: Iterator[dict[str, Any]]
    kind: str  # "polars", "pandas", "arrow": for messages


def is_table(obj: object) -> bool:
    """True for the in-memory tables :func:`as_table` reads."""
    return _kind(obj) is not None


def _kind(obj: object) -> str | None:
    if isinstance(obj, (pl.DataFrame, pl.LazyFrame)):
        return "polars"
    module = type(obj).__module__.split(".")[0]
    if module == "pandas" and hasattr(obj, "columns") and hasattr(obj, "iloc"):
        return "pandas"
    if module == "pyarrow" and hasattr(obj, "schema"):
        return "arrow"
    if hasattr(obj, "__arrow_c_stream__") and not isinstance(obj, (str, bytes)):
        return "arrow"
    return None


def as_table(obj: object) -> Table:
    """``obj`` as a :class:`Table`; TypeError if it is not one :func:`is_table` knows."""
    kind = _kind(obj)
    if kind == "polars":
        frame = obj.collect() if isinstance(obj, pl.LazyFrame) else obj  # type: ignore[union-attr]
        return Table(list(frame.columns), _polars_rows(frame), kind)
    if kind == "pandas":
        return Table([str(c) for c in obj.columns], _pandas_rows(obj), kind)  # type: ignore[attr-defined]
    if kind == "arrow":
        return _arrow(obj)
    raise TypeError(f"not a table: {type(obj).__name__}")


def _polars_rows(frame: pl.DataFrame) -> Iterator[dict[str, Any]]:
    for chunk in frame.iter_slices(n_rows=_CHUNK):
        yield from chunk.iter_rows(named=True)


def _plain(value: Any) -> Any:
    """A pandas/numpy cell as a plain Python value; NaN, NaT and NA as None."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    try:
        if value != value:  # noqa: PLR0124 - NaN and NaT are not equal to themselves
            return None
    except (TypeError, ValueError):  # pd.NA, arrays
        if type(value).__name__ in ("NAType", "NaTType"):
            return None
    to_py = getattr(value, "to_pydatetime", None)
    if callable(to_py):
        return to_py()
    item = getattr(value, "item", None)
    if callable(item) and type(value).__module__ == "numpy":
        try:
            return item()
        except (TypeError, ValueError):
            return value
    return value


def _pandas_rows(frame: Any) -> Iterator[dict[str, Any]]:
    names = [str(c) for c in frame.columns]
    for start in range(0, len(frame), _CHUNK):
        for values in frame.iloc[start : start + _CHUNK].itertuples(index=False, name=None):
            yield {name: _plain(v) for name, v in zip(names, values)}


def _arrow(obj: Any) -> Table:
    schema = getattr(obj, "schema", None)
    names = list(getattr(schema, "names", None) or [])
    if hasattr(obj, "to_batches"):  # Table
        batches: Any = obj.to_batches()
    elif hasattr(obj, "to_pylist"):  # RecordBatch
        batches = [obj]
    elif hasattr(obj, "read_next_batch"):  # RecordBatchReader: one pass
        batches = obj
    else:  # any Arrow C stream
        frame = pl.DataFrame(obj)
        return Table(list(frame.columns), _polars_rows(frame), "arrow")

    def rows() -> Iterator[dict[str, Any]]:
        for batch in batches:
            yield from batch.to_pylist()

    return Table(names, rows(), "arrow")
