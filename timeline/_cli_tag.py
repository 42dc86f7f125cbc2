"""``timeline tag`` (placeholder)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("tag", help="tag Arabic temporal expressions")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    raise SystemExit("timeline tag: not implemented yet")
