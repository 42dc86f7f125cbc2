"""How long polars' memory allocator keeps freed pages before giving them back to the system.

Polars allocates with jemalloc and, on import, asks it to give freed pages back after half a
second (``dirty_decay_ms:500,muzzy_decay_ms:1000``: a notebook's memory shrinks soon after a
large frame is dropped). A build or a merge frees and allocates large columns over and over,
with more than half a second of other work between: every page given back is asked for again,
and the kernel zeroes it again. At the 50k merge that is about a million page faults and
about 2 s of system CPU (a sixth of the merge). Five seconds keep the freed pages for the next
step of the same run and still give them back when a run sits idle. (Ten seconds, as first set,
kept about 450 MB of freed pages through the 50k merge of distinct clauses — peak +1.12 GB over
a live +0.68 GB; five give +0.94–0.99 GB for about 0.1–0.4 s more CPU of ~14 s.)

Polars reads the setting once, when it is imported: :func:`configure_allocator` runs when the
package is imported (``python -m timeline`` and any program importing ``timeline`` before
``polars``), and does nothing once polars is loaded or when the user set the allocator.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Container, MutableMapping

ALLOCATOR_VARIABLE = "_RJEM_MALLOC_CONF"
"""The environment variable jemalloc (as built into polars) reads its options from; polars puts
its own options first and the variable's after them, so ours win."""

ALLOCATOR_OPTIONS = "dirty_decay_ms:5000,muzzy_decay_ms:5000"
"""Freed pages kept five seconds before they are given back (half jemalloc's own default for dirty pages)."""


def configure_allocator(environ: MutableMapping[str, str] | None = None,
                        loaded: Container[str] | None = None) -> bool:
    """Set :data:`ALLOCATOR_OPTIONS` for polars' allocator unless polars is already loaded
    (``loaded``: the imported modules) or the allocator's variable is set; whether it was set."""
    environ = os.environ if environ is None else environ
    loaded = sys.modules if loaded is None else loaded
    if "polars" in loaded or ALLOCATOR_VARIABLE in environ:
        return False
    environ[ALLOCATOR_VARIABLE] = ALLOCATOR_OPTIONS
    return True
