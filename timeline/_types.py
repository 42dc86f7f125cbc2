"""Value types shared by the tagger, the event extractor and the timeline."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ISO_WEEK", "WRITTEN_ANCHOR", "Anchor", "Grain", "Possibly", "Prefer", "Timex", "TimexType", "Week", "ahead_of",
           "day_of"]


class TimexType(str, enum.Enum):
    """TIMEX3 ``type``."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True)
class Week:
    """How a language counts the calendar week: the ISO weekday it begins on (1 = Monday ...
    7 = Sunday) and the weekdays its weekend may mean, in the order they fall."""

    first: int = 1
    weekend: tuple[int, ...] = (6, 7)

    def start(self, day: dt.date) -> dt.date:
        """The first day of the week holding ``day``."""
        return day - dt.timedelta(days=(day.isoweekday() - self.first) % 7)

    def offset(self, weekday: int) -> int:
        """Days from the week's first day to ``weekday``."""
        return (weekday - self.first) % 7


ISO_WEEK = Week()
"""Weeks as ISO 8601 counts them (Monday to Sunday, a Saturday-Sunday weekend)."""


class Grain(str, enum.Enum):
    """How precise a resolved value is, finest first (the order is meaningful)."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        """0 for the finest grain, growing with the size of the unit."""
        return self._rank  # type: ignore[attr-defined,no-any-return]


_GRAIN_RANK = {g: i for i, g in enumerate(Grain)}
for _grain, _rank in _GRAIN_RANK.items():  # held by each member: an enum member hashes in Python
    _grain._rank = _rank  # type: ignore[attr-defined]
del _grain, _rank


def day_of(start: dt.datetime, end: dt.datetime, grain: Grain) -> tuple[dt.datetime, dt.datetime, Grain]:
    """``[start, end)`` of ``grain`` as a date shared with another happening tells it: the day
    it starts in when finer than a day (its hour is the other's no more), else itself."""
    if grain.rank >= Grain.DAY.rank:
        return start, end, grain
    day = start.replace(hour=0, minute=0, second=0, microsecond=0)
    return day, day + dt.timedelta(days=1), Grain.DAY


class Prefer(str, enum.Enum):
    """Where an underspecified date (a bare weekday, a month without year) is placed."""

    PAST = "past"
    FUTURE = "future"


class Possibly(enum.Enum):
    """The fourth tense of :func:`timeline.resolve.resolve`'s ``future`` (beside True, False and None): told as
    a possibility (relative.yaml ``possibility_cues``: احتمال، من المحتمل), which is no tense. A month or a date
    without its year goes to its nearest occurrence, a coming one counting as near as a past one ("استبعد
    المحققون احتمال تورط الحارس في السرقة في يونيو" told in August: the June just gone; "احتمال تأجيل القرار حتى
    ديسمبر": the coming December); what is placed by a direction only (a weekday, a day of the month) reads
    ahead, as after a future cue."""

    NEAREST = enum.auto()


def ahead_of(future: bool | Possibly | None) -> bool | None:
    """``future`` as True, False or None: a possibility reads ahead where no nearest occurrence is asked."""
    return True if future is Possibly.NEAREST else future


class Anchor(str, enum.Enum):
    """What a relative expression was resolved against."""

    NONE = "none"  # absolute: needs no anchor
    PUBLISHED = "published"  # the article's publication date
    NARRATIVE = "narrative"  # the last date the text itself set


WRITTEN_ANCHOR = "written:"
"""The event table's anchor of a date counted from the writer's day when it is not the publication's:
``written:2015-08-05`` (:func:`timeline.events.article_rows`, :mod:`timeline.written`)."""


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text and resolved.

    ``text == source[start:end]`` always holds for the original ``source`` text.
    ``interval`` is the half-open span ``[start, end)`` the expression covers, or None
    for durations, sets and vague references.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    grain: Grain | None = None
    interval: tuple[dt.datetime, dt.datetime] | None = None
    mod: str | None = None
    anchor: Anchor = Anchor.NONE
    conflict: str | None = None
    rule: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by ``timeline tag`` (ISO strings, no None fields but interval)."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type.value,
            "value": self.value,
            "interval": [self.interval[0].isoformat(), self.interval[1].isoformat()]
            if self.interval
            else None,
        }
        if self.grain is not None:
            out["grain"] = self.grain.value
        if self.mod:
            out["mod"] = self.mod
        if self.anchor is not Anchor.NONE:
            out["anchor"] = self.anchor.value
        if self.conflict:
            out["conflict"] = self.conflict
        out["rule"] = self.rule
        out.update(self.extra)
        return out


class _Unfrozen:
    """:class:`Timex`'s slots in a class whose slots may be set (:func:`made_timex`)."""

    __slots__ = Timex.__slots__


def made_timex(start: int, end: int, text: str, type: TimexType, value: str, grain: Grain | None,
               interval: tuple[dt.datetime, dt.datetime] | None, mod: str | None, anchor: Anchor,
               conflict: str | None, rule: str, extra: dict[str, Any]) -> Timex:
    """``Timex(start, end, ...)`` with every field given, for the tagger (one per expression): a frozen
    dataclass sets each field through ``object.__setattr__`` (``Timex(...)``: ~17.8 k instructions); here
    the slots are set on an :class:`_Unfrozen`, which then becomes a Timex (the same slots, so the same
    layout): the same object for ~3.8 k. Frozen as any Timex once made."""
    made = _Unfrozen()
    made.start, made.end, made.text, made.type, made.value, made.grain = start, end, text, type, value, grain
    made.interval, made.mod, made.anchor, made.conflict, made.rule, made.extra = interval, mod, anchor, conflict, rule, extra
    made.__class__ = Timex  # type: ignore[assignment]
    return made  # type: ignore[return-value]
