"""The exceptions and warnings timeline raises.

    TimelineError
    ├── PublishedDateError      (also ValueError) a missing or unparseable publication date
    ├── InputError              (also ValueError) a row or file that cannot be read
    │   └── ColumnsError        a table without a required column (names the columns found)
    ├── OutputError             (also ValueError) an output that would overwrite an input,
    │                           has an unknown extension, or cannot be written
    └── LanguageDataError       (also ValueError) a broken lexicon or rule file

    TimelineWarning (UserWarning)  something worth a word that does not stop a row:
                                   columns found under another name, a year that looks Hijri,
                                   files of a folder that were not read

Tagging odd text never raises: it returns fewer expressions.
"""

from __future__ import annotations

__all__ = [
    "ColumnsError",
    "InputError",
    "LanguageDataError",
    "OutputError",
    "PublishedDateError",
    "TimelineError",
    "TimelineWarning",
]


class TimelineError(Exception):
    """Base class of every error timeline raises on purpose."""


class PublishedDateError(TimelineError, ValueError):
    """The publication date is missing, empty or cannot be parsed."""


class InputError(TimelineError, ValueError):
    """An input row or file cannot be used; the message names the row and the field."""


class ColumnsError(InputError):
    """A table lacks a required column; the message lists the columns found and how to map them."""


class OutputError(TimelineError, ValueError):
    """An output would overwrite an input, has an unknown format, or cannot be written."""


class LanguageDataError(TimelineError, ValueError):
    """A lexicon or rule file is malformed; raised when the language is loaded."""


class TimelineWarning(UserWarning):
    """A notice about the input that does not stop any row (a renamed column, a Hijri-looking year)."""
