"""The exceptions timeline raises.

    TimelineError
    ├── PublishedDateError      (also ValueError) a missing or unparseable publication date
    ├── InputError              (also ValueError) a row or file that cannot be read
    └── LanguageDataError       (also ValueError) a broken lexicon or rule file

Tagging odd text never raises: it returns fewer expressions.
"""

from __future__ import annotations

__all__ = ["InputError", "LanguageDataError", "PublishedDateError", "TimelineError"]


class TimelineError(Exception):
    """Base class of every error timeline raises on purpose."""


class PublishedDateError(TimelineError, ValueError):
    """The publication date is missing, empty or cannot be parsed."""


class InputError(TimelineError, ValueError):
    """An input row or file cannot be used; the message names the row and the field."""


class LanguageDataError(TimelineError, ValueError):
    """A lexicon or rule file is malformed; raised when the language is loaded."""
