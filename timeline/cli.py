"""The ``timeline`` command line: a thin layer over the Python API.

Each subcommand lives in its own module (``_cli_tag``, ``_cli_build``) and registers itself
here; this file only dispatches. It imports them (and with them polars and the pipeline)
only after starting the worker processes' fork server, so that the server's imports and
grammar load run on another core meanwhile (:func:`timeline._workers.start_early`).
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
from collections.abc import Sequence

from timeline._workers import settle, start_early

__all__ = ["PROGRAM_GC_THRESHOLD", "main"]

_PARALLEL_COMMANDS = frozenset({"build", "tag"})


def build_parser() -> argparse.ArgumentParser:
    from timeline import _cli_build, _cli_tag

    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Find and resolve Arabic temporal expressions; build event timelines.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    _cli_tag.register(sub)
    _cli_build.register(sub)
    return parser


def _wants_workers(argv: Sequence[str]) -> bool:
    """Whether these arguments will likely run local worker processes: ``build`` or ``tag``,
    not ``--jobs 1``, not the Ray engine, not a help request (a guess: a wrong one only
    starts or skips the server early)."""
    if not argv or argv[0] not in _PARALLEL_COMMANDS:
        return False
    words = list(argv[1:])
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in ("-h", "--help") or word in ("--engine=ray",) or (word == "--engine" and following == "ray"):
            return False
        if (word in ("-j", "--jobs") and following == "1") or word in ("-j1", "--jobs=1"):
            return False
    return True


PROGRAM_GC_THRESHOLD = 10_000
"""Objects made between two young-generation collections while the command line runs as the
program (Python's default is 700): a build keeps large, long-lived word lists and tables, and
at the default the collector walked them ~90 times (0.1-0.24 s of the build process's CPU at
5,000 articles, most of it in the one-core steps after extraction; 0.03 s with this)."""


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program is, so that it stops as on Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop_on_signals() -> None:
    """Make SIGTERM (``kill``, ``timeout``, a service stopping) and SIGHUP (the terminal
    closed) stop the command as Ctrl-C does: outputs not half-written (their temporary files
    removed), the work folder kept for ``--resume``, the workers told to end. Killed
    outright, the command left its worker processes and their fork server waiting forever,
    and its temporary files behind. A signal someone set to be ignored (``nohup``) stays
    ignored. Set after the fork server started: it and the workers keep the default."""

    def stop(signum: int, frame: object) -> None:
        raise Stopped(signum)

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, stop)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status. Without ``argv`` it runs as the
    program (this process's arguments), which ends when it returns, and the garbage
    collector is set for that: it collects less often (:data:`PROGRAM_GC_THRESHOLD`), and
    at the end what the program made is frozen out of it (:func:`gc.freeze`), so that the
    interpreter's last collections at exit do not walk it (0.1-0.15 s after a build of
    1,000 articles; the objects are still released, and the system takes the memory back)."""
    program = argv is None
    if program:
        gc.set_threshold(PROGRAM_GC_THRESHOLD, *gc.get_threshold()[1:])
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:  # Ctrl-C at any moment, the imports included, ends with one line, never a traceback
        if _wants_workers(arguments):
            start_early()
        if program:
            _stop_on_signals()
        parser = build_parser()
        args = parser.parse_args(arguments)
        args.program = program  # what a command may do only as the program (timeline._cli_build)
        status = int(args.run(args))
        settle()  # the pools' manager threads end before the exit wakes them (see there)
    except Stopped as stop:
        print(f"stopped ({signal.Signals(stop.signum).name})", file=sys.stderr)
        status = 128 + stop.signum
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        status = 130
    if program:
        gc.freeze()
    return status
