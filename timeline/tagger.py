"""The public tagging entry point: text + publication date → resolved expressions."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

from timeline._programs import kept
from timeline._tense import LAST_WORD, FutureAt, Tense, clock_ahead, told_after, told_ahead, told_in_past, weekend_told
from timeline._told import (A_DAY, COARSE_COUNT_UNITS, LISTED_LINK, Told, clock_alone, clock_day, counts_hijri_months, midnight,
                            weekday_alone)
from timeline._types import Anchor, Grain, Prefer, Timex, TimexType, Week, ahead_of, made_timex
from timeline.calendars import gregorian_to_hijri, hijri_to_gregorian
from timeline.engine import Found, Grammar, load_grammar
from timeline.errors import PublishedDateError
from timeline.lexicon import Lexicon, attached_pronouns, clitic_prefixes
from timeline.normalize import NormalizedText
from timeline.resolve import Resolved, Unresolvable, resolve, weekday_meant
from timeline.semantics import Duration, Range, Shift, Vague, When, amend
from timeline.zones import clock_shift, in_publication_time

__all__ = ["tag", "tag_counted", "told_apart", "written_moment"]


def _published(value: dt.datetime | dt.date | str) -> tuple[dt.datetime, dt.timedelta | None]:
    """The publication's wall time and its UTC offset (None when not given)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None), value.utcoffset()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day), None
    if isinstance(value, str):
        known = _PUBLISHED_READ.get(value)
        if known is None:
            from timeline.published import read_published

            read = read_published(value)
            if len(_PUBLISHED_READ) >= _PUBLISHED_KEPT:
                _PUBLISHED_READ.clear()
            known = _PUBLISHED_READ[value] = (read.moment, read.utc_offset)
        return known
    raise PublishedDateError(f"published must be a date, a datetime or a string, not {type(value).__name__}")


# each publication date given as a string, as read: articles of one source share a few (the 5,000 corpus
# articles have 737), and reading one costs a few regexes
_PUBLISHED_READ: dict[str, tuple[dt.datetime, dt.timedelta | None]] = {}
_PUBLISHED_KEPT = 10_000


_PART_OF_DAY = "<part of day>"


def _tonight(meaning: object) -> bool:
    """"الليلة" alone: this day's night, with no hour, direction or narrative day."""
    return isinstance(meaning, When) and meaning.rel_unit == "day" and meaning.rel_offset == 0 \
        and meaning.part is not None and meaning.part.token == "NI" and meaning.hour is None \
        and not meaning.narrative and meaning.direction is None  # type: ignore[attr-defined]


_WEEKDAY_DAY_MONTH = "<weekday> + dd/mm"  # a weekday with a numeric day and month, no year or calendar mark
_AMOUNT_MOD = {"AFTER": "MORE_THAN", "BEFORE": "LESS_THAN"}  # "بعد أكثر من شهر" as an amount


# A past clock time this much later than the publication time is the previous day's (an
# evening told the next morning); a smaller gap is as often today's schedule, or a late
# publication time (crawls, time zones).
_CLOCK_MARGIN = dt.timedelta(hours=3)


_TITLE_QUOTE = '"'  # every quote mark, «» “” and ", is folded to this one (normalize.py)
_TITLE_REACH = 80  # characters a quoted title runs at most
_YEAR_FIGURES = kept(r"\d{4}")


@functools.lru_cache(maxsize=4)
def _title_forms(heads: tuple[str, ...], code: str = "ar") -> frozenset[str]:
    """The nouns that take a title in quotes (relative.yaml ``title_heads``) after each prefix of
    :func:`timeline.lexicon.clitic_prefixes` and before an attached pronoun (event_dates.yaml
    ``attached_pronouns``) or none: "وكتابه", "لشعار", "بالبرنامج", "للحملة"."""
    pronouns = ("", *attached_pronouns(code))
    return frozenset(c + h + s for h in heads for c in clitic_prefixes(code).prefixes() for s in pronouns)


def _titles(folded: str, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the quoted titles after a title noun: "فيلم «نوم التلات»" (within the quotes);
    string searches, not a pattern run over the whole text (most texts hold quotes). Quotes are paired
    in order within a line (folded, an opening quote and a closing one are the same mark): the word
    before a closing quote («أجمل فيلم» أمس) heads nothing."""
    forms = _title_forms(heads)
    spans = []
    at = folded.find(_TITLE_QUOTE)
    while at >= 0:
        close = folded.find(_TITLE_QUOTE, at + 1)
        if close < 0:
            break
        line_end = folded.find("\n", at + 1, close)
        if line_end >= 0:  # no closing quote on its line: a stray quote, pairs begin again on the next
            at = folded.find(_TITLE_QUOTE, line_end)
            continue
        end = at
        while end > 0 and folded[end - 1] == " ":
            end -= 1
        word = folded[max(folded.rfind(" ", 0, end), folded.rfind("\n", 0, end)) + 1:end]
        if word in forms and close - at <= _TITLE_REACH + 1:
            spans.append((at + 1, close))
        at = folded.find(_TITLE_QUOTE, close + 1)
    return spans


def _in_title(f: Found, titles: list[tuple[int, int]], folded: str) -> bool:
    """Whether a candidate lies in a quoted title and holds no year in figures ("معرض «وظائف 2015»"
    is dated by its year)."""
    return any(a <= f.start and f.end <= b for a, b in titles) and not _YEAR_FIGURES.search(folded, f.start, f.end)


def _in_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins or ends with digits that are part of a longer number:
    "في يوليو 4.908 مليار" (a decimal, no 4 July), "بزمن 1.45.76 دقيقة" (a race time, no 45.76
    minutes)."""
    return (start >= 2 and text[start - 1] in ".:" and text[start - 2].isdigit() and text[start:start + 1].isdigit()) \
        or (text[end:end + 1] == "." and text[end + 1:end + 2].isdigit() and text[end - 1:end].isdigit())


def _days_apart(meaning: object, base: dt.datetime) -> int:
    """For a deictic told with a weekday and nothing else ("اليوم الجمعة"), the days between
    the weekday meant (:func:`timeline.resolve.weekday_meant`) and the deictic's day from
    ``base``; with a Gregorian date of that weekday given too, the days between that date and the
    deictic's day (at most one; the date Gregorian or Hijri); 0 for anything else."""
    if not (isinstance(meaning, When) and meaning.rel_unit == "day" and meaning.weekday is not None):
        return 0
    said = base.date() + dt.timedelta(days=meaning.rel_offset or 0)
    if meaning.day is None and meaning.month is None and meaning.year is None:
        return (weekday_meant(said, meaning.weekday) - said).days
    if meaning.calendar in ("gregorian", "hijri") and meaning.day is not None and meaning.month is not None:
        # "يوم غد الخميس (السادس من أغسطس)", "اليوم الأربعاء 20/10/1436هـ": the date says the day
        # meant, when its weekday agrees
        try:
            meant = dt.date(meaning.year or said.year, meaning.month, meaning.day) if meaning.calendar == "gregorian" \
                else hijri_to_gregorian(meaning.year or gregorian_to_hijri(said)[0], meaning.month, meaning.day)
        except ValueError:
            return 0
        if meant.isoweekday() % 7 == meaning.weekday % 7 and abs((meant - said).days) <= 1:
            return (meant - said).days
    return 0


def tag(text: str, published: dt.datetime | dt.date | str, *, prefer: Prefer | str | None = None) -> list[Timex]:
    """Find and resolve every Arabic temporal expression in ``text``.

    ``published`` anchors relative expressions. Underspecified dates follow the tense
    cues of their sentence (سوف, من المقرر ... / كان, لقد ...); without one a weekday goes
    to the past and a month or date without a year to its nearest occurrence, a coming
    one counting twice as far. ``prefer`` forces one direction for the whole text.
    Expressions that count from an earlier date in the text ("في اليوم التالي") resolve
    against the last day the narrative set; a clock time with no day of its own takes the
    day of a nearby earlier expression (see :func:`timeline._told.clock_day`); a bare weekday
    after a day the text set ahead, in its paragraph, is one of the days after it (see
    :func:`timeline._told._day_of_schedule`).

    A clock time told in a named zone ("1800 بتوقيت غرينتش") is given in the publication's
    local time when ``published`` carries a UTC offset (an aware datetime, or a string
    such as ``2022-01-25T10:00+03:00``), else as written; ``tz`` (and ``tz_value``, the
    value as written) in :attr:`Timex.extra` say so (see :mod:`timeline.zones`).
    """
    return tag_counted(text, published, prefer=prefer)[0]


def tag_counted(text: str, published: dt.datetime | dt.date | str, *, prefer: Prefer | str | None = None,
                stamp: dt.datetime | None = None) -> tuple[list[Timex], int]:
    """:func:`tag`, and how many days from ``published`` the day its expressions were counted
    from lies: 0, or the shift its deictics told with a weekday agree on (-1: "اليوم الجمعة"
    dated a Saturday, the piece written the day before; see :func:`written_moment`).
    ``stamp``: the publication's moment when ``published`` is another day to count from (a
    crawl's writer's day, :mod:`timeline.written`); when the deictics say the stamp's day, the
    text is counted from ``stamp`` itself, as :func:`tag` counts it (the text charted once)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    anchor, utc_offset = _published(published)
    forced = Prefer(prefer) if prefer is not None else None
    grammar, norm, chart = _charted(text)  # the same against any date
    out, told_apart = _tag(text, norm, grammar, anchor, utc_offset, forced, chart)
    shift = _written_before(told_apart)
    if shift is None:
        return out, 0
    # "اليوم الجمعة" in Saturday's paper: the piece was written on another day than its date,
    # so every expression counts from that day (the latest moment of it when earlier)
    written = written_moment(anchor, shift)
    if stamp is not None and written.date() == stamp.date():
        stamped, stamp_offset = _published(stamp)
        return _tag(text, norm, grammar, stamped, stamp_offset, forced, chart)[0], shift
    told = {(t.start, t.end): t.conflict for t in out if t.conflict}
    return [replace(t, conflict=told.get((t.start, t.end)) or t.conflict)
            for t in _tag(text, norm, grammar, written, utc_offset, forced, chart)[0]], shift


def written_moment(published: dt.datetime, shift: int) -> dt.datetime:
    """The moment a piece dated ``published`` and written ``shift`` days from it is counted from:
    that day, its latest minute when earlier (written before midnight), else the same time."""
    written = published + dt.timedelta(days=shift)
    return written.replace(hour=23, minute=59, second=0, microsecond=0) if shift < 0 else written


def told_apart(text: str, published: dt.datetime | dt.date | str) -> list[int]:
    """For each deictic of ``text`` told with a weekday ("أمس الأحد"، "اليوم (السبت)"), the days
    between the weekday told and the deictic's day counted from ``published`` (0 when they
    agree), in text order: what a short expression says of its writer's day."""
    anchor, utc_offset = _published(published)
    grammar, norm, chart = _charted(text)
    return _tag(text, norm, grammar, anchor, utc_offset, None, chart)[1]


def _charted(text: str) -> tuple[Grammar, NormalizedText, list[Found]]:
    """The grammar, ``text`` normalized and its chart (:meth:`Grammar.chart`): what :func:`_tag` reads
    against any date."""
    grammar = load_grammar("ar")
    norm, keys = grammar.normalized(text)
    return grammar, norm, grammar.chart(norm.text, source=norm, keys=keys)


def _written_before(told_apart: list[int]) -> int | None:
    """How many days from its date a piece was written, when the deictics told with a
    weekday say so ("اليوم الجمعة" dated a Saturday: -1) and none of them agrees with its
    date; None when nothing says or they disagree. ``told_apart``: for each such pair, the
    days between the weekday taken and the deictic's day."""
    shifts = set(told_apart)
    return shifts.pop() if len(shifts) == 1 and 0 not in shifts else None


def _tag(text: str, norm: NormalizedText, grammar: Grammar, anchor: dt.datetime, utc_offset: dt.timedelta | None,
         forced: Prefer | None, chart: list[Found]) -> tuple[list[Timex], list[int]]:
    """:func:`tag` against ``anchor``, and for each deictic told with a weekday ("اليوم
    الجمعة") the days between the weekday taken and the deictic's day (0 when they agree).

    One pass over the chosen expressions, left to right: each is read against what the
    text told before it (:class:`timeline._told.Told`), resolved, then recorded there.
    ``chart``: :meth:`Grammar.chart` of ``norm.text``, what the expressions are chosen from."""
    out: list[Timex] = []
    told_apart: list[int] = []
    folded = norm.text
    tense = Tense(norm, grammar)
    week = grammar.lex.week
    so_far = Told(folded, anchor, forced, grammar.lex)
    future_at = FutureAt(tense, grammar, forced, anchor.isoweekday(), anchor.month, anchor.date())

    at_anchor: dict[int, Resolved] = {}  # id(candidate) → its resolution against the publication date
    checked: list[Found] = []  # the candidates behind those ids, kept alive so no id is reused

    def resolves(f: Found) -> bool:
        """Whether a candidate names a time that can be placed (checked before choosing)."""
        if _in_number(folded, f.start, f.end):
            return False
        checked.append(f)
        try:
            at_anchor[id(f)] = resolve(f.meaning, anchor, future=future_at(f.start, f.end, f.meaning), week=week)  # type: ignore[arg-type]
        except (Unresolvable, ValueError, OverflowError):
            return False
        return True

    clock_anchor = anchor.time() != dt.time(0)  # a publication time of day, against which clocks are placed
    chosen = grammar.find(folded, accept=resolves, source=norm, chart=chart)
    if chosen and _TITLE_QUOTE in folded:
        titles = _titles(folded, grammar.lex.title_heads)
        if titles:  # "فيلم «نوم التلات»": a word of a title, no time
            chosen = [f for f in chosen if not _in_title(f, titles, folded)]
    so_far.hijri_months = counts_hijri_months(chosen, at_anchor, anchor)  # "30 شوال الجاري ... نهاية الشهر الحالي"
    for i, f in enumerate(chosen):
        meaning = f.meaning
        kind = type(meaning)
        narrative = (kind is When or kind is Shift) and meaning.narrative  # type: ignore[attr-defined]
        # 1. read it against what the text told before: what it counts from, its missing year or day
        base, hourless, from_day = anchor, False, False
        if narrative:  # counted from a day the text told ("في اليوم التالي", "الشهر نفسه")
            coarse = so_far.story_date(meaning)
            if coarse is not None:
                start, end = norm.to_original(f.start, f.end)
                out.append(made_timex(start, end, text[start:end], coarse.type, coarse.value, coarse.grain,
                                      coarse.interval, None, Anchor.NARRATIVE, None, f.rule, {}))
                continue
            counted = so_far.base_of(f, meaning, kind)
            if counted is None:
                continue
            base, hourless = counted
            from_day = base == so_far.last_day  # counted from the day told last, not a year or month told
        meaning, narrative, base = so_far.period_named(f, meaning, kind, narrative, base)
        bare_clock = clock_alone(meaning)
        if bare_clock:
            meaning, narrative, base = so_far.day_of_clock(f, meaning, kind, narrative, base, chosen, i, at_anchor)
        narrative = narrative and base is not anchor
        future = future_at(f.start, f.end, meaning)
        ahead = ahead_of(future)  # a possibility reads ahead (but for resolve's nearest)
        scheduled = False  # whether a bare weekday was counted from the day told ahead (``Told.ahead``)
        # a day without its year, a weekday
        if kind is When and meaning.year is None and meaning.month is not None and not narrative:  # type: ignore[attr-defined]
            meaning = so_far.year_of_entry(f, meaning)  # type: ignore[arg-type]  # "1950- ... في فبراير"
        if kind is When and meaning.year is None and meaning.day is not None:  # type: ignore[attr-defined]
            meaning = so_far.year_of_day(f, meaning, narrative)  # type: ignore[arg-type]
        if kind is When and meaning.weekday is not None:  # type: ignore[attr-defined]
            meaning, narrative, base = so_far.weekday_again(meaning, narrative, base, ahead)  # type: ignore[arg-type]
            if not narrative and forced is None and i + 1 < len(chosen) and weekday_alone(meaning):
                meaning = _listed_direction(f, meaning, chosen[i + 1], folded, grammar.lex, anchor, week)
            if not narrative:
                meaning = so_far.weekday_listed(f, meaning, i > 0 and _shared_direction(chosen[i - 1], f, folded,
                                                                                     grammar.lex))
                meaning = so_far.weekday_scheduled(f, meaning, ahead,
                                                   lambda: told_after(folded, f.end, grammar))
                meaning, narrative, base, scheduled = so_far.weekday_ahead(f, meaning, narrative, base, ahead,
                                                                         at_anchor.get(id(f)))
        if kind is Shift and meaning.sign > 0 and not meaning.narrative and not meaning.now and forced is None \
                and not told_ahead(folded, f.start, f.end, tense, grammar):  # type: ignore[union-attr]
            # "وخرج المريض من العناية المركزة بعد 13 يوماً": counted from a happening the story tells
            meaning = Duration(((meaning.amount, meaning.unit),), _AMOUNT_MOD.get(meaning.mod, meaning.mod))  # type: ignore[union-attr]
            kind = Duration
        # 2. resolve it
        try:
            if base is anchor and id(f) in at_anchor and meaning is f.meaning:
                r = at_anchor[id(f)]
            else:
                r = resolve(meaning, base, future=future, week=week)  # type: ignore[arg-type]
            if r.conflict and kind is When and f.rule == _WEEKDAY_DAY_MONTH and meaning.calendar == "gregorian":  # type: ignore[union-attr]
                hijri = resolve(amend(meaning, calendar="hijri"), base, future=future, week=week)  # type: ignore[arg-type]
                if not hijri.conflict:  # "الأحد 17/10" told in Shawwal 1436: the Hijri day its weekday falls on
                    r = hijri
            if bare_clock and base is anchor and clock_anchor:
                narrative, r = _clock_of_day(so_far, f, meaning, kind, narrative, r, ahead, utc_offset, tense, grammar)
            if f.rule == _PART_OF_DAY and base is anchor and forced is None and r.interval and r.interval[0] > anchor \
                    and _tonight(meaning) and told_in_past(folded, f.start, f.end, grammar, said=True):
                # "جرى تحريرها الليلة" told in the afternoon: the night just gone, not the one to come
                r = resolve(meaning, anchor - dt.timedelta(days=1), future=future, week=week)  # type: ignore[arg-type]
        except (Unresolvable, ValueError, OverflowError):
            continue
        if from_day and kind is Shift and meaning.sign > 0 and meaning.unit in COARSE_COUNT_UNITS \
                and r.interval is not None and r.interval[0] > anchor \
                and told_in_past(folded, f.start, f.end, grammar):  # type: ignore[union-attr]
            # "وأعلن الحزب أمس حل نفسه بعد عامين من ذلك": told in the past, two years after a happening the text
            # told but did not date, not two years after yesterday; what it counts from is unknown here
            continue
        if hourless and r.interval is not None:
            day = midnight(r.interval[0])
            r = Resolved(TimexType.DATE, day.date().isoformat(), Grain.DAY, (day, day + A_DAY), r.mod)
        if kind is Vague and r.value == "FUTURE_REF" and folded[f.start:f.end] in grammar.lex.later_forms:
            past = told_in_past(folded, f.start, f.end, grammar, read_on=True)
            if past or past is None and so_far.after_past_date(f.start):
                # "توفي لاحقاً متأثراً بجراحه": later on, in a story told in the past (or after a past date of
                # its sentence: "في 30 حزيران ... لكن المبلغ الذي سددته سمح لها لاحقاً")
                r = replace(r, value="PAST_REF")
        if f.rule == "weekend" and not narrative and folded.endswith("اسبوع", f.start, f.end) \
                and "هذا" not in folded[f.start:f.end]:  # no direction: "نهاية الأسبوع" alone
            r = weekend_told(r, meaning, f, folded, anchor, lambda: ahead_of(tense.at(f.start)) if forced is None else
                             forced is Prefer.FUTURE, grammar, so_far.after_past_date(f.start))
        zoned = in_publication_time(meaning, r.value, r.interval, utc_offset)
        if zoned is not None:
            r = replace(r, value=zoned.value, interval=zoned.interval)
        if r.type is not TimexType.DATE:  # a clock time told for every day, a set or an amount of days
            r = so_far.hours_of_every_day(f, meaning, r)
        start, end = norm.to_original(f.start, f.end)
        # every field, in the order of Timex's (made_timex: a fifth of the instructions of Timex(...))
        out.append(made_timex(start, end, text[start:end], r.type, r.value, r.grain, r.interval, r.mod,
                              _anchor_of(f, narrative), r.conflict, f.rule, zoned.extra if zoned is not None else {}))
        # 3. record what it told, for the expressions after it
        if "<relative day>" in f.rule and "<weekday>" in f.rule:  # "اليوم الجمعة", "أمس، الأحد"
            told_apart.append(_days_apart(meaning, base))
        so_far.record(f, meaning, kind, r, narrative, scheduled, bare_clock)
    return out, told_apart


def _listed_direction(f: Found, meaning: When, listed_next: Found, folded: str, lex: Lexicon, anchor: dt.datetime,
                      week: Week) -> When:
    """A bare weekday ``f`` listed before another whose direction is told in the dual or plural
    (:func:`_shared_direction`), read in that direction: "يومي السبت والاثنين الماضيين/المقبلين": the
    direction told after the last is every listed day's: ahead, the first is the next such weekday (the
    others after it); past, the last is the last such weekday and the first the one before it."""
    if not _shared_direction(f, listed_next, folded, lex):
        return meaning
    step = listed_next.meaning.direction  # type: ignore[union-attr]
    if step > 0:
        return amend(meaning, direction=step)
    last = resolve(listed_next.meaning, anchor, future=None, week=week)  # type: ignore[arg-type]
    if last.interval is not None:
        gap = (listed_next.meaning.weekday - meaning.weekday) % 7  # type: ignore[union-attr, operator]
        day = midnight(last.interval[0]) - dt.timedelta(days=gap)
        return amend(meaning, year=day.year, month=day.month, day=day.day)
    return meaning


def _clock_of_day(so_far: Told, f: Found, meaning: object, kind: type, narrative: bool, r: Resolved,
                  future: bool | None, utc_offset: dt.timedelta | None, tense: Tense,
                  grammar: Grammar) -> tuple[bool, Resolved]:
    """``(narrative, r)`` of a bare clock time (``f``) placed on the publication's day, when a publication time of
    day is known: a past time later than the publication is the day an earlier sentence named ("أمس الجمعة
    ... وتحطمت في الثالثة بعد الظهر"), else yesterday when hours later; a time told in the future, hours
    before the publication, is the coming one ("وسيصل الوفد في الثانية بعد منتصف الليل" told at ten)."""
    anchor, folded, forced = so_far.anchor, so_far.folded, so_far.forced
    if future is not True and r.interval \
            and (kind is not Range or r.interval[0].date() != r.interval[1].date()
                 or told_in_past(folded, f.start, f.end, grammar)):
        # a clock range only over midnight: "من العاشرة مساءً حتى الثانية فجراً" told in the
        # morning is last night's; "بين 3 و5 عصراً" is as often a schedule as a report, unless
        # told in the past ("واستمر الحفل من الواحدة ظهرًا حتى العاشرة مساء")
        told = r.interval[0] + clock_shift(meaning, r.interval[0], utc_offset)
        if told > anchor:  # compared in the publication's time
            day = clock_day(so_far.days, f, folded, same_sentence=False)
            if day is not None:
                narrative, r = True, resolve(meaning, day, future=future, week=grammar.lex.week)  # type: ignore[arg-type]
            elif told > anchor + _CLOCK_MARGIN and (forced is not None or not clock_ahead(
                    folded, f.start, tense, grammar)):
                # (not when a present or future verb tells it: "وتنطلق القمة الساعة العاشرة مساء" is
                # today's schedule)
                r = resolve(meaning, anchor - dt.timedelta(days=1), future=future, week=grammar.lex.week)  # type: ignore[arg-type]
    elif future is True and r.interval and r.interval[1] <= anchor and forced is None:
        # (unless a day named before gives it)
        told = r.interval[0] + clock_shift(meaning, r.interval[0], utc_offset)
        if told < anchor - _CLOCK_MARGIN and clock_day(so_far.days, f, folded, same_sentence=False) is None:
            r = resolve(meaning, anchor + dt.timedelta(days=1), future=future, week=grammar.lex.week)  # type: ignore[arg-type]
    return narrative, r


def _shared_direction(f: Found, g: Found, folded: str, lex: Lexicon) -> bool:
    """Whether ``g`` is a weekday listed right after the bare weekday ``f`` whose direction is told in the
    dual or plural, so for both: "يومي السبت والاثنين الماضيين", "الجمعة والأحد المقبلين"."""
    mf, mg = f.meaning, g.meaning
    if not (isinstance(mf, When) and isinstance(mg, When) and weekday_alone(mf) and mg.weekday is not None
            and mg.direction in (-1, 1) and weekday_alone(amend(mg, direction=None))):
        return False
    word = LAST_WORD.search(folded[g.start:g.end] + " ")
    return word is not None and word[1] in lex.directions_of_two and 0 < (mg.weekday - mf.weekday) % 7 \
        and LISTED_LINK.fullmatch(folded, f.end, g.start) is not None


def _anchor_of(f: Found, narrative: bool) -> Anchor:
    m = f.meaning
    if narrative:
        return Anchor.NARRATIVE
    if isinstance(m, Shift) or (isinstance(m, When) and (m.rel_unit is not None or
                                                        (m.year is None and m.decade is None and m.century is None))):
        return Anchor.PUBLISHED
    return Anchor.NONE
