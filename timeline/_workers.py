"""Where worker processes come from, and starting them before the build needs them.

Light on purpose (the standard library only): the command line imports it first and starts
the fork server (:func:`start_early`) while it imports polars and the pipeline itself, so
the server's own imports and grammar load overlap the parent's instead of following them.
There the server is a fork of the command line's own process, still alone and light at that
moment, rather than a fresh interpreter: it begins its imports at once.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing import connection, util

__all__ = ["PRELOAD", "context", "cpu_count", "main_importable", "settle", "start_early", "watch_parent"]

PRELOAD = ("timeline._preload", "timeline.cli", "timeline._cli_tag", "timeline.batches")
"""What the fork server imports before it forks any worker: the grammar and the modules whose
functions the workers run (:mod:`timeline._preload` imports them too, with the garbage
collector off, so it comes first). Never the caller's main module: a script that runs
polars at its top level would start polars' threads in the server."""


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


def watch_parent(pid: int) -> None:
    """Run in each worker as it starts: end the worker when process ``pid`` (the program that
    asked for it) is gone. Workers come from the fork server, not from the program, and each
    holds its task queue's and the server's pipes open itself, so a program killed outright
    (SIGKILL, the out-of-memory killer, a stop at an unlucky moment) left them, and the
    server, waiting forever. Checked every :data:`WATCH_SECONDS` on a daemon thread."""

    def watch() -> None:
        while _alive(pid):
            time.sleep(WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="timeline-watch-parent", daemon=True).start()


WATCH_SECONDS = 1.0
"""How often a worker checks that its program still runs."""


def settle() -> None:
    """Wait until the process pools already shut down (without waiting, as
    :func:`timeline.batches.ordered_map` does once every result is in) have ended their idle
    workers: their manager threads, joined here instead of at the interpreter's exit.

    At exit, CPython's ``concurrent.futures`` wakes each pool's manager thread through a
    pipe without the lock under which that thread closes the pipe (gh-84176; the pipe got a
    lock of its own in 3.12 and 3.13 with gh-125451, not in 3.11). A manager thread still
    ending its workers when the program exits (``timeline tag``: a few milliseconds after the
    last result) could close the pipe between the wake-up's check and its write: a traceback
    ending in ``OSError: [Errno 9] Bad file descriptor`` after a run that succeeded (or four bytes
    written to whatever file took that descriptor). Joined here first, every pipe is closed
    before the exit looks at it. Pools not shut down are left to the exit (joining them would
    wait forever); the program waited for these threads at its exit anyway."""
    from concurrent.futures import process

    manager = getattr(process, "_ExecutorManagerThread", None)
    if manager is None:  # another Python: nothing known to wait for
        return
    for thread in threading.enumerate():
        shutting_down = getattr(thread, "is_shutting_down", None)
        if isinstance(thread, manager) and thread is not threading.current_thread() and callable(shutting_down) \
                and shutting_down():
            thread.join()


def _quiet_when_gone(pid: int, show: Callable[..., object]) -> Callable[..., None]:
    """The fork server's exception hook: a worker that fails while it starts is shown by
    ``show``, unless its program ``pid`` is gone (a stop landing while a worker started: the
    program's semaphores are unlinked, and its traceback would follow "stopped")."""

    def hook(*exc_info: object) -> None:
        if _alive(pid):
            show(*exc_info)

    return hook


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def start_early() -> None:
    """Start the fork server now, without waiting for it: it imports :data:`PRELOAD` and
    loads the grammar on another core while this process goes on. Does nothing where
    there is no fork server, on one core, or when workers could not import the main module."""
    if cpu_count() < 2 or not main_importable() or context().get_start_method() != "forkserver":
        return
    if not _fork_server():
        multiprocessing.forkserver.ensure_running()


_SERVER_FIELDS = frozenset({"_forkserver_address", "_forkserver_alive_fd", "_forkserver_pid", "_inherited_fds",
                            "_lock", "_preload_modules"})
"""The state of the standard library's fork server (Python 3.10 to 3.13) that
:func:`_fork_server` fills in; another set (a newer Python) leaves the server to it."""


def _alone() -> bool:
    """Whether this process runs one thread, native threads (polars', a notebook's) included."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _fork_server() -> bool:
    """Start the fork server as a fork of this process, as ``ForkServer.ensure_running``
    would start a fresh interpreter (same socket, same "alive" pipe, same :data:`PRELOAD`),
    sparing the server an interpreter's start-up before its imports. Only while this
    process is alone (forking threads is unsafe) and has no server yet, and only with the
    fork server this module knows; returns whether it started one. The server ends when
    this process does (the pipe closes), never returning into this process's code."""
    server = multiprocessing.forkserver._forkserver  # type: ignore[attr-defined]
    if (not hasattr(os, "fork") or set(vars(server)) != _SERVER_FIELDS or server._forkserver_pid is not None
            or not _alone()):
        return False
    preload = list(server._preload_modules)
    address = connection.arbitrary_address("AF_UNIX")
    with socket.socket(socket.AF_UNIX) as listener_socket:
        listener_socket.bind(address)
        if not util.is_abstract_socket_namespace(address):
            os.chmod(address, 0o600)
        listener_socket.listen()
        alive_r, alive_w = os.pipe()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()  # or the server would write this process's pending output again
        try:
            pid = os.fork()
        except OSError:  # no room for a process now: the usual server may still start later
            os.close(alive_r)
            os.close(alive_w)
            return False
        if pid == 0:  # the server
            try:
                os.close(alive_w)
                sys.excepthook = _quiet_when_gone(os.getppid(), sys.excepthook)
                multiprocessing.forkserver.main(listener_socket.fileno(), alive_r, preload)
            finally:
                os._exit(0)
        os.close(alive_r)
    server._forkserver_address = address
    server._forkserver_alive_fd = alive_w
    server._forkserver_pid = pid
    return True
