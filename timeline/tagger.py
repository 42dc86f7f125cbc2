"""The public tagging entry point: text + publication date → resolved expressions."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from timeline._types import Anchor, Grain, Prefer, Timex
from timeline.engine import Found, load_grammar
from timeline.errors import PublishedDateError
from timeline.normalize import normalize
from timeline.resolve import Unresolvable, resolve
from timeline.semantics import Range, Shift, When

__all__ = ["tag"]

_SENTENCE_END = re.compile(r"[.!?;\n]")


def _published(value: dt.datetime | dt.date | str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        from timeline.articles import parse_published

        return parse_published(value)
    raise PublishedDateError(f"published must be a date, a datetime or a string, not {type(value).__name__}")


class _Tense:
    """Where the text speaks of the future (سوف, من المقرر ...) or of the past (كان, لقد ...):
    cue words found once, then looked up for each expression within its sentence."""

    def __init__(self, text: str, future_cues: tuple[str, ...], past_cues: tuple[str, ...]) -> None:
        self.text = text
        self.future = [m.end() for m in _cue_pattern(future_cues).finditer(text)]
        self.past = [m.end() for m in _cue_pattern(past_cues).finditer(text)]

    def _near(self, cues: list[int], start: int) -> int | None:
        """The end of the last cue in the same sentence, at most 80 characters before ``start``."""
        j = bisect.bisect_right(cues, start)
        if j == 0 or cues[j - 1] <= start - 80:
            return None
        return cues[j - 1] if _SENTENCE_END.search(self.text, cues[j - 1], start) is None else None

    def at(self, start: int) -> bool | None:
        """True if the nearer cue before ``start`` is a future one, False if a past one,
        None if neither is there."""
        future, past = self._near(self.future, start), self._near(self.past, start)
        if future is None and past is None:
            return None
        return past is None or (future is not None and future > past)


@functools.lru_cache(maxsize=4)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"(?<!\w)[وف]?(?:" + words + r")(?!\w)")


_CLOCK_REACH = 300  # characters over which a clock time takes the day named before it
_CLOCK_MARGIN = dt.timedelta(hours=3)  # publication times are often a little late (crawls, time zones)


def _midnight(t: dt.datetime) -> dt.datetime:
    return dt.datetime(t.year, t.month, t.day)


def _bare_clock(meaning: object) -> bool:
    """A clock time with no day of its own: "الساعة التاسعة مساءً"."""
    return isinstance(meaning, When) and meaning.has_clock and not meaning.has_date and meaning.weekday is None


def _is_narrative(meaning: object) -> bool:
    return (isinstance(meaning, When) and meaning.narrative) or (isinstance(meaning, Shift) and meaning.narrative)


def _sets_narrative_date(meaning: object, grain: Grain | None) -> bool:
    return isinstance(meaning, (When, Range, Shift)) and grain is not None and grain.rank <= Grain.DAY.rank


def tag(text: str, published: dt.datetime | dt.date | str, *, prefer: Prefer | str | None = None) -> list[Timex]:
    """Find and resolve every Arabic temporal expression in ``text``.

    ``published`` anchors relative expressions. Underspecified dates follow the tense
    cues of their sentence (سوف, من المقرر ... / كان, لقد ...); without one a weekday goes
    to the past and a month or date without a year to its nearest occurrence, a coming
    one counting twice as far. ``prefer`` forces one direction for the whole text. Expressions that count from an earlier date in the
    text ("في اليوم التالي") resolve against the last day the narrative set.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    anchor = _published(published)
    forced = Prefer(prefer) if prefer is not None else None
    grammar = load_grammar("ar")
    norm = normalize(text)
    out: list[Timex] = []
    last_day: dt.datetime | None = None
    last_end = 0  # where the expression that set ``last_day`` ends
    tense = _Tense(norm.text, grammar.lex.future_cues, grammar.lex.past_cues)
    for f in grammar.find(norm.text):
        narrative = _is_narrative(f.meaning)
        if not narrative and last_day is not None and _bare_clock(f.meaning) \
                and f.start - last_end < _CLOCK_REACH and "\n" not in norm.text[last_end:f.start]:
            narrative = True  # "مساء أمس ... عند الساعة التاسعة": the evening just named
        base = last_day if (narrative and last_day is not None) else anchor
        if forced is not None:
            future = forced is Prefer.FUTURE
        else:
            future = tense.at(f.start)  # None: nothing says
        try:
            r = resolve(f.meaning, base, future=future)
            if base is anchor and future is not True and _bare_clock(f.meaning) and r.interval is not None \
                    and anchor.time() != dt.time(0) and r.interval[0] > anchor + _CLOCK_MARGIN:
                # told at 08:30, "الساعة التاسعة مساءً" in the past is last night's
                r = resolve(f.meaning, anchor - dt.timedelta(days=1), future=future)
        except (Unresolvable, ValueError, OverflowError):
            continue
        start, end = norm.to_original(f.start, f.end)
        out.append(Timex(
            start=start, end=end, text=text[start:end], type=r.type, value=r.value, grain=r.grain,
            interval=r.interval, mod=r.mod, conflict=r.conflict, rule=f.rule,
            anchor=_anchor_of(f, narrative and last_day is not None),
        ))
        if _sets_narrative_date(f.meaning, r.grain) and r.interval is not None:
            last_day = _midnight(r.interval[0])
            last_end = f.end
    return out


def _anchor_of(f: Found, narrative: bool) -> Anchor:
    m = f.meaning
    if narrative:
        return Anchor.NARRATIVE
    if isinstance(m, Shift) or (isinstance(m, When) and (m.rel_unit is not None or
                                                        (m.year is None and m.decade is None and m.century is None))):
        return Anchor.PUBLISHED
    return Anchor.NONE
