"""The ``timeline`` command line: a thin layer over the Python API.

Each subcommand lives in its own module (``_cli_tag``, ``_cli_build``) and registers itself
here; this file only dispatches. It imports them (and with them polars and the pipeline)
only after starting the worker processes' fork server, so that the server's imports and
grammar load run on another core meanwhile (:func:`timeline._workers.start_early`).
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from timeline._workers import start_early

__all__ = ["main"]

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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status. Without ``argv`` it runs as the
    program (this process's arguments), which ends when it returns: what it made is then
    frozen out of the garbage collector (:func:`gc.freeze`), so that the interpreter's
    last collections at exit do not walk it (0.1–0.15 s after a build of 1,000 articles;
    the objects are still released, and the operating system takes the memory back)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _wants_workers(arguments):
        start_early()
    parser = build_parser()
    args = parser.parse_args(arguments)
    try:
        status = int(args.run(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        status = 130
    if argv is None:
        gc.freeze()
    return status
