"""The public tagging entry point (being written: returns nothing yet)."""

from __future__ import annotations

import datetime as dt

from timeline._types import Prefer, Timex

__all__ = ["tag"]


def tag(text: str, published: dt.datetime | dt.date | str, *, prefer: Prefer | str = Prefer.PAST) -> list[Timex]:
    """Find and resolve every Arabic temporal expression in ``text``."""
    return []
