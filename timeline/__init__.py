"""timeline: rebuild the sequence of events told in Arabic news."""

from timeline._types import Anchor, Grain, Prefer, Timex, TimexType
from timeline.articles import Article, RowError, read_articles
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
    "Anchor",
    "Article",
    "BuildStats",
    "Calendar",
    "ColumnsError",
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
    "build_timeline",
    "extract_events",
    "merge_events",
    "plot_timeline",
    "read_articles",
    "tag",
]
