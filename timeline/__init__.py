"""timeline: rebuild the sequence of events told in Arabic news."""

from timeline._types import Anchor, Grain, Prefer, Timex, TimexType
from timeline.errors import InputError, LanguageDataError, PublishedDateError, TimelineError
from timeline.tagger import tag

__all__ = [
    "Anchor",
    "Grain",
    "InputError",
    "LanguageDataError",
    "Prefer",
    "PublishedDateError",
    "TimelineError",
    "Timex",
    "TimexType",
    "tag",
]
