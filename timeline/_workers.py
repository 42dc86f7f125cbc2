"""Where worker processes come from, and starting them before the build needs them.

Light on purpose (the standard library only): the command line imports it first and starts
the fork server (:func:`start_early`) while it imports polars and the pipeline itself, so
the server's own imports and grammar load overlap the parent's instead of following them.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import sys

__all__ = ["PRELOAD", "context", "cpu_count", "main_importable", "start_early"]

PRELOAD = ("timeline.cli", "timeline._cli_tag", "timeline.batches", "timeline._preload")
"""What the fork server imports before it forks any worker: the modules whose functions the
workers run, and the grammar (:mod:`timeline._preload`). Never the caller's main module: a
script that runs polars at its top level would start polars' threads in the server."""


def cpu_count() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def main_importable() -> bool:
    """Whether worker processes can import the main module again, as the fork server and
    spawning need (not a script read from stdin)."""
    path = getattr(sys.modules.get("__main__"), "__file__", None)
    return path is None or os.path.exists(path)


def context() -> multiprocessing.context.BaseContext:
    """Where workers come from: this process's fork server where the platform has one
    (it imports :data:`PRELOAD` once, grammar included, and outlives the call, so workers
    start in milliseconds, share those pages and a second build starts at once), else
    fresh spawned interpreters. Never a fork of this process: polars' thread pool does not
    survive a fork, which is also why the server itself never runs a polars query."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    chosen = multiprocessing.get_context("forkserver")
    chosen.set_forkserver_preload(list(PRELOAD))
    return chosen


def start_early() -> None:
    """Start the fork server now, without waiting for it: it imports :data:`PRELOAD` and
    loads the grammar on another core while this process goes on. Does nothing where
    there is no fork server, on one core, or when workers could not import the main module."""
    if cpu_count() < 2 or not main_importable() or context().get_start_method() != "forkserver":
        return
    multiprocessing.forkserver.ensure_running()
