"""The ``timeline`` command line: a thin layer over the Python API.

Each subcommand lives in its own module (``_cli_tag``, ``_cli_build``) and registers itself
here; this file only dispatches.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from timeline import _cli_build, _cli_tag

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Find and resolve Arabic temporal expressions; build event timelines.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    _cli_tag.register(sub)
    _cli_build.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
