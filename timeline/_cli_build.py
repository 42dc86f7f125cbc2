"""``timeline build`` (placeholder until the events pipeline lands)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("build", help="build an interactive timeline from articles")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    raise SystemExit("timeline build: not implemented yet")
