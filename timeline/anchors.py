"""Dates told relative to a happening: ``بعد ثلاثة أيام على الزلزال``، ``قبل الانتخابات
بيومين``، ``عشية الانتخابات``، ``غداة الزلزال``، ``في ذكرى الزلزال``.

The tagger reads ``بعد ثلاثة أيام`` or ``بيومين`` as a duration (no interval) and leaves
``عشية``/``غداة``/``ذكرى`` untagged; this module looks at the text right around them for the
happening X they count from. X is dated when another clause of the same article names a
happening of the same kind (its happening word, ``lang/ar/triggers.yaml``) or the word X
itself, with a date of its own to a day or finer: the expression then gets that day
shifted (``anchor = "event:X"``). Otherwise it stays undated, anchored to X, and makes no
event: it is never counted from the publication date. An anniversary (``في ذكرى X``)
is dated only when the clause names its year or day by itself, and is linked to X.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from timeline._types import Grain, Timex, TimexType
from timeline.happenings import load_triggers
from timeline.normalize import fold

__all__ = ["EventAnchor", "anchor_to_happenings"]

_WORD = re.compile(r"\w+")
# after a duration: من / على + the happening (one or two words)
_AFTER = re.compile(r"\s*(?:من|على|علي)\s+(?P<what>\w+)")
# before a duration: قبل / بعد + the happening, then the duration glued to ب
_BEFORE = re.compile(r"(?P<dir>قبل|بعد)\s+(?P<what>\w+)\s+ب?$")
# a whole phrase: عشية / غداة X
_EVE = re.compile(r"(?:(?<!\w)|(?<=(?<!\w)[وف]))(?P<word>عشيه|غداه|ليله)\s+(?P<what>\w+)")
_UNIT_DAYS = {"D": 1, "W": 7}
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_SHIFT = {"عشيه": -1, "ليله": -1, "غداه": 1}


@dataclasses.dataclass(frozen=True, slots=True)
class EventAnchor:
    """An expression dated from a happening ``what`` of the article (``timex`` is None
    when the article does not date it)."""

    what: str
    timex: Timex | None

    @property
    def anchor(self) -> str:
        return f"event:{self.what}"


def _days(value: str) -> int | None:
    """Whole days of a duration value (``P3D`` → 3, ``P2W`` → 14, ``PT48H`` → 2)."""
    m = re.fullmatch(r"P(?P<n>\d+)(?P<unit>[DW])", value)
    if m:
        return int(m.group("n")) * _UNIT_DAYS[m.group("unit")]
    m = re.fullmatch(r"PT(?P<n>\d+)H", value)
    if m and int(m.group("n")) % 24 == 0:
        return int(m.group("n")) // 24
    return None


def _head(what: str) -> str:
    """X without the article, as written."""
    return what[2:] if what.startswith(("ال", "إل", "أل")) and len(what) > 4 else what


def _dated_day(text: str, what: str, timexes: Sequence[Timex], before: int) -> Timex | None:
    """A day-or-finer expression of the article dating a happening like ``what``: in a
    sentence that names the same kind of happening or the word itself, told before
    position ``before`` (the nearest such one)."""
    lexicon = load_triggers()
    head = fold(_head(what))
    kind = lexicon.word_class(head)
    best = None
    for t in timexes:
        if t.interval is None or t.grain is None or t.grain.rank > Grain.DAY.rank or t.start >= before:
            continue
        lo = max(text.rfind(".", 0, t.start), text.rfind("،", 0, t.start), 0)
        hi = min((p for p in (text.find(".", t.end), text.find("،", t.end)) if p >= 0), default=len(text))
        words = _WORD.findall(fold(text[lo:hi]))
        if any(head in w for w in words) or (kind and any(lexicon.word_class(w) == kind for w in words)):
            best = t
    return best


def _day_timex(like: Timex, start: int, end: int, source: str, day: dt.date, rule: str) -> Timex:
    begin = dt.datetime.combine(day, dt.time())
    return dataclasses.replace(like, start=start, end=end, text=source[start:end],
                               type=TimexType.DATE, value=day.isoformat(), grain=Grain.DAY,
                               interval=(begin, begin + dt.timedelta(days=1)), mod=None,
                               rule=rule)


def anchor_to_happenings(text: str, timexes: Sequence[Timex]) -> dict[int, EventAnchor]:
    """Expressions dated from a happening, keyed by their start in ``text``.

    Each value's ``timex`` spans the whole relative phrase (``بعد ثلاثة أيام على الزلزال``)
    with the day it names, or is None when the article does not date the happening.
    """
    folded = text.translate(_LETTERS)  # one to one: offsets stay those of ``text``
    found: dict[int, EventAnchor] = {}
    for t in timexes:
        if t.type is not TimexType.DURATION:
            continue
        days = _days(t.value)
        if days is None:
            continue
        after = _AFTER.match(folded, t.end)
        before = _BEFORE.search(folded, max(0, t.start - 40), t.start)
        if after and fold(t.text).startswith(("بعد", "قبل")):
            what, sign = text[after.start("what"):after.end("what")], -1 if fold(t.text).startswith("قبل") else 1
            start, end = t.start, after.end()
        elif before:
            what, sign = text[before.start("what"):before.end("what")], -1 if before.group("dir") == "قبل" else 1
            start, end = before.start(), t.end
        else:
            continue
        base = _dated_day(text, what, timexes, start)
        timex = None if base is None else _day_timex(
            t, start, end, text, base.interval[0].date() + dt.timedelta(days=sign * days),  # type: ignore[index]
            "relative-to-happening")
        found[start] = EventAnchor(_head(what), timex)
    for m in _EVE.finditer(folded):
        what = text[m.start("what"):m.end("what")]
        base = _dated_day(text, what, timexes, m.start())
        timex = None
        if base is not None:
            like = base
            timex = _day_timex(like, m.start(), m.end(), text,
                               base.interval[0].date() + dt.timedelta(days=_SHIFT[m.group("word")]),  # type: ignore[index]
                               "eve-or-morrow-of-happening")
        found[m.start()] = EventAnchor(_head(what), timex)
    return found
