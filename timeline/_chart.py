"""What the chart of :mod:`timeline.engine` is made of: a candidate (:class:`Found`), the text
between two neighbours (:class:`Gap`), the separator table as patterns (:class:`Joins`), and the
tests of a meaning every join reads (:func:`date_fields`, :func:`weekday_alone`). Below the
engine and :mod:`timeline._listed_dates`, which both build on them."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from timeline._programs import kept
from timeline.lang.ar.rules.clock import FEMININE_ORDINAL
from timeline.lexicon import Separators, clitic_prefixes
from timeline.semantics import When

__all__ = ["COUNTED_FROM", "Found", "Gap", "Joins", "UNITS_PER_YEAR", "date_fields", "weekday_alone"]


# Not frozen, for speed (a frozen dataclass is built about five times slower, and a text
# makes thousands): a value all the same, never changed once made.
@dataclass(slots=True, unsafe_hash=True)
class Found:
    """A candidate: a span of the folded text, what it means, the rule (or join of rules)
    that made it; ``covered`` counts the characters rules matched (glue not counted)."""

    start: int
    end: int
    meaning: object
    rule: str
    priority: int = 0
    covered: int = 0
    parts: int = 1  # rule matches joined in it
    sealed: bool = False  # a date inside a name: joins nothing


@dataclass(frozen=True, slots=True)
class Joins:
    """The separator table (:class:`timeline.lexicon.Separators`) as patterns over a gap."""

    barrier: re.Pattern[str]
    glue: re.Pattern[str]
    to: re.Pattern[str]  # a range word, or a word that makes a range only after an opener
    opener: re.Pattern[str]  # "من", "بين" just before the first end
    since_opener: re.Pattern[str]  # "منذ" just before the first end: a range with a range word of its own
    since_range_words: frozenset[str]
    apposition: re.Pattern[str]
    restated: re.Pattern[str]  # a mark, then a word that restates ("، الموافق"): glue, and an apposition too
    calendar_marks: frozenset[str]  # a barrier across which only one day told in two calendars joins ("|")
    range_words: frozenset[str]
    after_opener_words: frozenset[str]  # range words only after an opener that are no list word ("إلى", not "و")
    dashes: frozenset[str]
    dual_openers: frozenset[str]  # "يومي": two days, a range only when they follow each other
    range_end: re.Pattern[str]  # a dash or a range word right before (searched in a window ending there)
    range_next: re.Pattern[str]  # a dash or a range word right after (matched where an end stops)
    # one item of a list of days and the list word after it, at the end of a window ("12 و", "من 3 إلى 5 و",
    # "10، "), and what opens the first item ("في ", "يومي "): :func:`timeline._listed_dates.listed_days`
    listed_item: re.Pattern[str]
    list_opener: re.Pattern[str]
    glue_words: frozenset[str]  # an opener that is glue ("في") is not in the first listed day's span
    pair_of_days: re.Pattern[str]  # two days joined by a list word at a range's start ("4 و5 أغسطس")
    pair_gap: re.Pattern[str]  # a list word alone between two dates ("مايو ويونيو", "مايو، يونيو")
    list_ends: frozenset[str]  # the last letters of list words: a cheap test before the patterns
    opener_ends: frozenset[str]  # the last letters of list openers: then :attr:`reopened` is read
    reopened: re.Pattern[str]  # a list word and an opener told again right before ("10 وفي ")
    listed_hour: re.Pattern[str]  # an hour in words and a list word at the end of a window ("التاسعة و")
    # every gap read so far → what it may make (:meth:`kind`, a function of the gap alone): the same few
    # gaps (" ", " و", "، ", " من ") stand between neighbours in every text, so each is read once per process
    read: dict[str, "Gap | None"] = field(default_factory=dict, compare=False, repr=False)

    def kind(self, gap: str) -> "Gap | None":
        """What ``gap`` may make of its two neighbours; None when it can join nothing (too
        long, a barrier, or words that are neither glue nor a range, apposition or list
        word): most pairs of neighbours end here, before their meanings are looked at."""
        if len(gap) > _GAP_LONGEST:
            return None
        word = gap.strip()
        if self.barrier.search(gap):  # "25 صفر 1438 | 25 نوفمبر 2016": one day in two calendars, nothing else
            across = word in self.calendar_marks and not self.barrier.search(gap.replace(word, ""))  # not a line break
            return Gap(gap, word, False, False, False, False, True) if across else None
        glue = self.glue.match(gap) is not None
        g = Gap(gap, word, self.apposition.match(gap) is not None or glue and self.restated.match(word) is not None,
                self.to.match(gap) is not None, glue, _LISTING.fullmatch(gap) is not None)
        if not (g.apposition or g.to or g.glue or g.listing or word in COUNTED_FROM or word in (")", "\"")):
            return None
        return g

    @classmethod
    def of(cls, s: Separators) -> "Joins":
        alt = _alt_words
        marks = "".join(re.escape(m) for m in s.glue_marks)
        return cls(
            barrier=kept("[" + "".join(re.escape(b) for b in sorted(s.barrier)) + "]"),  # one source at every run
            glue=kept(rf"^[\s{marks}]*(?:(?:{alt(s.glue_words)})[\s{marks}]*)*$"),
            to=kept(rf"^\s*(?:{alt(s.range_words + s.range_words_after_opener + s.range_dashes)})\s*$"),
            opener=kept(rf"(?<!\w){clitic_prefixes().conjunction}?(?P<w>{alt(s.range_openers)})\s+$"),  # "ومن 4 إلى 10 مساءً"
            since_opener=kept(rf"(?<!\w){clitic_prefixes().conjunction}?(?P<w>{alt(s.since_openers)})\s+$"),
            since_range_words=frozenset(s.since_range_words),
            apposition=kept(rf"^\s*(?:{alt(s.apposition_marks + s.apposition_words)})\s*$"),
            # a word that restates after a mark ("1 ربيع الآخر 1438هـ، الموافق 30 ديسمبر 2016م"), tried on glue only
            restated=kept(rf"^(?:{alt(s.apposition_marks)})\s*(?:{alt(s.apposition_words)})$"),
            calendar_marks=frozenset(s.calendar_marks),
            range_words=frozenset(s.range_words),
            after_opener_words=frozenset(w for w in s.range_words_after_opener if w not in s.list_words),
            dashes=frozenset(s.range_dashes),
            dual_openers=frozenset(s.dual_openers),
            range_end=kept(rf"(?:{alt(s.range_dashes)}|(?<!\w)(?:{alt(s.range_words + s.range_words_after_opener)}))\s*$"),
            range_next=kept(rf"\s*(?:{alt(s.range_dashes)}|(?:{alt(s.range_words + s.range_words_after_opener)})(?!\w))"),
            listed_item=kept(_listed_item(s)),
            list_opener=kept(rf"(?<!\w){clitic_prefixes().conjunction}?(?P<w>{alt(s.list_openers)})\s+$"),
            glue_words=frozenset(s.glue_words),
            pair_of_days=kept(rf"\d{{1,2}}\s*(?:{alt(s.list_words)})\s*\d"),
            pair_gap=kept(rf"\s*(?:{alt(s.list_words)})\s*"),
            list_ends=frozenset(w.rstrip()[-1] for w in s.list_words),
            opener_ends=frozenset(w[-1] for w in s.list_openers),
            reopened=kept(rf"(?:{alt(s.list_words)})\s*(?:{alt(s.list_openers)})\s*$"),
            listed_hour=kept(rf"(?:(?<!\w)|(?<=(?<!\w){clitic_prefixes().conjunction}))(?P<h>{FEMININE_ORDINAL})\s*"
                             rf"(?:{alt(s.list_words)})\s*$"),  # "والتاسعة و"
        )


def _alt_words(words: Collection[str]) -> str:
    """An alternation of ``words`` as written, longest first (the longest spelling wins)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _listed_item(s: Separators) -> str:
    """The pattern of one item of a list of days at the end of a window (:attr:`Joins.listed_item`):
    a day ("12 و"), or a range of days opened by a range opener that names no pair ("من 3 إلى 5 و",
    "بين 3 - 5، ") or told with a dash ("3-5 و"); then a list word and maybe an opener told again
    ("10 وفي "). A list word never joins the two ends of an item ("12 و14" is two items)."""
    alt = _alt_words
    openers = [w for w in s.range_openers if w not in s.dual_openers]
    to = [w for w in (*s.range_words_after_opener, *s.since_range_words) if w not in s.list_words]
    return (rf"(?:(?<!\w)(?P<op>{alt(openers)})\s+)?(?<![\d/.:])(?P<d1>\d{{1,2}})"
            rf"(?:\s*(?:(?P<dash>{alt(s.range_dashes)})|(?<!\w)(?P<to>{alt(to)})(?!\w))\s*(?P<d2>\d{{1,2}}))?"
            rf"\s*(?:{alt(s.list_words)})\s*(?:(?:{alt(s.list_openers)})\s+)?$")


@dataclass(slots=True)  # not frozen, for speed (as Found): never changed once made
class Gap:
    """The text between two neighbouring candidates, read once (:meth:`Joins.kind`)."""

    text: str
    word: str  # stripped
    apposition: bool
    to: bool
    glue: bool
    listing: bool  # nothing, a comma or و: "منذ سنة وشهرين"
    calendars: bool = False  # a barrier that joins only one full day told in two calendars ("|")


_GAP_LONGEST = 24
_LISTING = kept(r"\s*(?:,|و)?\s*")
COUNTED_FROM = frozenset(("بعد", "قبل"))  # "الجمعة الثانية بعد العيد"
UNITS_PER_YEAR = {"month": 12, "quarter": 4}  # the units a year holds that "the same" period may be


def date_fields(w: When) -> frozenset[str]:
    """The date fields ``w`` sets (year, month, day, rel_unit, holiday, season, quarter,
    half, decade, century)."""
    names = []
    if w.year is not None:
        names.append("year")
    if w.month is not None:
        names.append("month")
    if w.day is not None:
        names.append("day")
    if w.rel_unit is not None:
        names.append("rel_unit")
    if w.holiday is not None:
        names.append("holiday")
    if w.season is not None:
        names.append("season")
    if w.quarter is not None:
        names.append("quarter")
    if w.half is not None:
        names.append("half")
    if w.decade is not None:
        names.append("decade")
    if w.century is not None:
        names.append("century")
    return frozenset(names) if names else _NO_FIELDS


_NO_FIELDS: frozenset[str] = frozenset()


def weekday_alone(w: When) -> bool:
    """A weekday alone: "الأربعاء"."""
    return w.weekday is not None and not date_fields(w) and not w.has_clock and w.part is None and w.nth is None
