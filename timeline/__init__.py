"""timeline: rebuild the sequence of events told in Arabic news.

The public names load on first use (PEP 562), so ``import timeline`` and the command line
start without polars, plotly or the grammar until a command needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from timeline._allocator import configure_allocator

configure_allocator()  # before polars loads: freed pages kept for the run's next step (see there)

if TYPE_CHECKING:
    from timeline._types import Anchor, Grain, Prefer, Timex, TimexType
    from timeline.articles import Article, RowError, read_articles
    from timeline.corrections import Action, Correction, CorrectionReport, apply_corrections, read_corrections
    from timeline.errors import (
        ColumnsError,
        InputError,
        LanguageDataError,
        OutputError,
        PublishedDateError,
        TimelineError,
        TimelineWarning,
    )
    from timeline.events import Event, extract_events
    from timeline.frame import EVENT_SCHEMA
    from timeline.merge import merge_events
    from timeline.pipeline import build_timeline
    from timeline.plot import plot_timeline
    from timeline.published import Calendar, DateOrder
    from timeline.result import BuildStats, Timeline
    from timeline.tagger import tag

__all__ = [
    "Action",
    "Anchor",
    "Article",
    "BuildStats",
    "Calendar",
    "ColumnsError",
    "Correction",
    "CorrectionReport",
    "DateOrder",
    "EVENT_SCHEMA",
    "Event",
    "Grain",
    "InputError",
    "LanguageDataError",
    "OutputError",
    "Prefer",
    "PublishedDateError",
    "RowError",
    "Timeline",
    "TimelineError",
    "TimelineWarning",
    "Timex",
    "TimexType",
    "apply_corrections",
    "build_timeline",
    "extract_events",
    "merge_events",
    "plot_timeline",
    "read_articles",
    "read_corrections",
    "tag",
]

_HOMES: dict[str, str] = {
    "Action": "timeline.corrections",
    "Anchor": "timeline._types",
    "Article": "timeline.articles",
    "BuildStats": "timeline.result",
    "Calendar": "timeline.published",
    "ColumnsError": "timeline.errors",
    "Correction": "timeline.corrections",
    "CorrectionReport": "timeline.corrections",
    "DateOrder": "timeline.published",
    "EVENT_SCHEMA": "timeline.frame",
    "Event": "timeline.events",
    "Grain": "timeline._types",
    "InputError": "timeline.errors",
    "LanguageDataError": "timeline.errors",
    "OutputError": "timeline.errors",
    "Prefer": "timeline._types",
    "PublishedDateError": "timeline.errors",
    "RowError": "timeline.articles",
    "Timeline": "timeline.result",
    "TimelineError": "timeline.errors",
    "TimelineWarning": "timeline.errors",
    "Timex": "timeline._types",
    "TimexType": "timeline._types",
    "apply_corrections": "timeline.corrections",
    "build_timeline": "timeline.pipeline",
    "extract_events": "timeline.events",
    "merge_events": "timeline.merge",
    "plot_timeline": "timeline.plot",
    "read_articles": "timeline.articles",
    "read_corrections": "timeline.corrections",
    "tag": "timeline.tagger",
}
"""Which module holds each public name."""


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
