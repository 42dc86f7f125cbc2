"""Constant word lists of the language data as polars Series, made once per process: a list
given to ``is_in`` or ``replace_strict`` is otherwise sorted and turned into a Series on every
call of the merge (a fixed cost per call that does not depend on the events)."""

from __future__ import annotations

import functools
from collections.abc import Hashable, Iterable, Mapping

import polars as pl

__all__ = ["listed", "mapped"]


@functools.lru_cache(maxsize=256)
def listed(values: Iterable[Hashable], dtype: type[pl.DataType] | pl.DataType | None = None) -> pl.Series:
    """``values`` (a frozenset or tuple: hashable, so cached) sorted, as one list (a Series of
    one row, :meth:`polars.Series.implode`): what ``is_in`` reads a Python list as. ``dtype``:
    strings when None (no polars type made at import: see :mod:`timeline._preload`)."""
    return pl.Series(sorted(values), dtype=pl.String if dtype is None else dtype).implode()  # type: ignore[type-var]


def mapped(mapping: Mapping[str, object], dtype: type[pl.DataType] | pl.DataType | None = None,
           ) -> tuple[pl.Series, pl.Series]:
    """A constant ``mapping`` as its keys and values, as Series (``replace_strict(old, new)``);
    cached by the mapping's identity (language data loaded once and kept); ``dtype``: the
    values', strings when None."""
    dtype = pl.String if dtype is None else dtype
    key = (id(mapping), dtype)
    found = _MAPPED.get(key)
    if found is None or found[0] is not mapping:
        found = (mapping, pl.Series(list(mapping), dtype=pl.String), pl.Series(list(mapping.values()), dtype=dtype))
        _MAPPED[key] = found
    return found[1], found[2]


_MAPPED: dict[tuple[int, object], tuple[Mapping[str, object], pl.Series, pl.Series]] = {}
