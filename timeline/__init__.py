"""timeline: rebuild the sequence of events told in Arabic news."""

from timeline._types import Anchor, Grain, Prefer, Timex, TimexType
from timeline.errors import InputError, LanguageDataError, PublishedDateError, TimelineError
from timeline.events import Event, extract_events
from timeline.frame import EVENT_SCHEMA
from timeline.merge import merge_events
from timeline.pipeline import BuildStats, build_timeline
from timeline.plot import Timeline, plot_timeline
from timeline.tagger import tag

__all__ = [
    "Anchor",
    "BuildStats",
    "EVENT_SCHEMA",
    "Event",
    "Grain",
    "InputError",
    "LanguageDataError",
    "Prefer",
    "PublishedDateError",
    "Timeline",
    "TimelineError",
    "Timex",
    "TimexType",
    "build_timeline",
    "extract_events",
    "merge_events",
    "plot_timeline",
    "tag",
]
