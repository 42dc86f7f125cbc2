"""How long polars' memory allocator keeps freed pages before giving them back to the system.

Polars allocates with jemalloc and, on import, asks it to give freed pages back after half a
second (``dirty_decay_ms:500,muzzy_decay_ms:1000``: a notebook's memory shrinks soon after a
large frame is dropped). A build or a merge frees and allocates large columns over and over,
with more than half a second of other work between: every page given back is asked for again,
and the kernel zeroes it again. At the 50k merge that is about a million page faults and
about 2 s of system CPU (a sixth of the merge). Ten seconds keep the freed pages for the next
step of the same run (the peak memory grows by about a sixth, well under the run's 1 GB) and
still give them back when a run sits idle.

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

ALLOCATOR_OPTIONS = "dirty_decay_ms:10000,muzzy_decay_ms:10000"
"""Freed pages kept ten seconds before they are given back (jemalloc's own default for dirty pages)."""


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
