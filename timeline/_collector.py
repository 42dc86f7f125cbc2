"""The cyclic garbage collector kept out of the merge's way (:func:`collection_paused`)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the block runs, as it was after it.

    The merge turns columns of ~100k rows into Python lists, sets and dicts and joins entries
    one link at a time: millions of objects, nearly all alive until it ends, and cycles hardly
    any. Each full collection walks all of them for nothing (at the 50k merge, called as a
    library function: five full collections and ~640 young ones, ~0.45 s of CPU). Reference
    counting still frees everything as before; what cycles the block leaves are collected by
    the first collection after it. Nested blocks keep it off until the outermost ends.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
