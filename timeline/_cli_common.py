"""Options shared by ``timeline tag`` and ``timeline build``: how input rows are read."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from timeline.published import Calendar, DateOrder

__all__ = ["add_reading_options", "notice_printer", "reading_options"]


def add_reading_options(p: argparse.ArgumentParser) -> None:
    """``--columns``, ``--date-order`` and ``--calendar``."""
    p.add_argument(
        "--columns",
        metavar="FIELD=COLUMN,...",
        help="which column holds which field, e.g. text=body,published=date "
        "(usual names such as body, date, النص, تاريخ النشر are found alone)",
    )
    p.add_argument(
        "--date-order",
        choices=[o.value for o in DateOrder],
        default=DateOrder.DMY.value,
        help="order of numeric dates such as 01/02/2022 (default dmy: 1 February); YYYY-MM-DD is always ISO",
    )
    p.add_argument(
        "--calendar",
        choices=[c.value for c in Calendar],
        default=Calendar.GREGORIAN.value,
        help="calendar of numeric publication dates (a date marked هـ is Hijri anyway)",
    )


def notice_printer(command: str) -> Callable[[str], None]:
    """Print a notice as one line on stderr, prefixed with the command."""

    def show(message: str) -> None:
        print(f"timeline {command}: note: {message}", file=sys.stderr)

    return show


def reading_options(args: argparse.Namespace, command: str) -> dict[str, Any]:
    """The keyword arguments of ``read_articles``/``build_timeline`` the options give."""
    return {
        "columns": args.columns,
        "date_order": DateOrder(args.date_order),
        "calendar": Calendar(args.calendar),
        "notice": notice_printer(command),
    }
