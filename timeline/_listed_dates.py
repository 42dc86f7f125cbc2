"""Lists of times that share what only the last one tells, read over the chosen expressions
(:meth:`timeline.engine.Grammar.find`, after the chart): days listed before their month ("في 10
و12 و14 سبتمبر"), weekdays with their days ("الأحد 9 والثلاثاء 11 أغسطس", "الأحد والاثنين 9 و10
أغسطس"), hours before their part of the day ("الساعة الثامنة والعاشرة مساء"), months and dates
before their year ("في يونيو ويوليو وأغسطس 2013"), and weekdays listed after a set of weekdays
("أيام الجمعة والسبت")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from timeline._chart import Found, Gap, Joins, date_fields, weekday_alone
from timeline._programs import kept
from timeline.lexicon import Lexicon
from timeline.semantics import Range, Recurring, When, combine

__all__ = ["listed_days", "listed_sets", "weekdays_dated"]


def weekdays_dated(a: Found, b: Found, text: str, g: Gap) -> Found | None:
    """Weekdays told as a range right before the range of days of a month they fall on, glued or in
    apposition ("يومي الأحد والاثنين 9 و10 أغسطس", "يومي الخميس والجمعة الموافقين 13 و14 أغسطس", "يومي
    الخميس والجمعة (13 و14 أغسطس)"): one range, each end its day and its weekday (a join of the chart).
    The days are the finer: a weekday that does not fall on its day is noted when resolved, as "يوم
    الاثنين 9 أغسطس" is; apart, the weekdays were read as the coming ones."""
    ma, mb = a.meaning, b.meaning
    if type(ma) is not Range or type(mb) is not Range or not (g.glue or g.apposition):
        return None
    wa, wb, da, db = ma.first, ma.last, mb.first, mb.last
    if not (type(wa) is When and type(wb) is When and weekday_alone(wa) and weekday_alone(wb)
            and type(da) is When and type(db) is When and _day_alone(da) and _day_alone(db)):
        return None
    end = b.end
    if g.word == "(":  # "يومي الخميس والجمعة (13 و14 أغسطس)": the brackets inside
        close = _CLOSE.match(text, end)
        if close is None:
            return None
        end = close.end()
    first, last = combine(wa, da), combine(wb, db)
    if first is None or last is None:
        return None
    return Found(a.start, end, Range(first, last), f"{a.rule} + {b.rule}", max(a.priority, b.priority),
                 a.covered + b.covered, a.parts + b.parts)


def _day_alone(w: When) -> bool:
    """A day of a month with no weekday and no clock: an end of "9 و10 أغسطس"."""
    return w.day is not None and w.weekday is None and not w.has_clock


_CLOSE = kept(r"\s*\)")


_SET_WEEKDAY = kept(r"^XXXX-WXX-[1-7]$")
_AND_ONLY = kept(r"\s*[,،]?\s*و\s*$")


def listed_sets(chosen: list[Found], text: str, accept: Callable[[Found], bool] | None = None) -> list[Found]:
    """``chosen`` with a weekday listed after a set of weekdays taken as a set too: "أيام الجمعة
    والسبت" is every Friday and every Saturday, not one Saturday; but listed weekdays right before the
    days of a month they fall on are those days ("أيام السبت والأحد والاثنين 8 و9 و10 أغسطس"): the set
    is then its weekday, dated with the others by :func:`listed_days`."""
    for i in [i for i, f in enumerate(chosen) if type(f.meaning) is Recurring]:  # sets are few: found first
        a = chosen[i]
        if not _SET_WEEKDAY.match(a.meaning.value):  # type: ignore[attr-defined]
            continue
        j = i
        while j + 1 < len(chosen) and _weekday_after(chosen[j], chosen[j + 1], text):
            j += 1
        if j + 1 < len(chosen) and (j > i and _days_follow(chosen[j], chosen[j + 1], text)
                                    or _dated_weekday_after(chosen[j], chosen[j + 1], text)):
            told = replace(a, meaning=When(weekday=int(a.meaning.value[-1])))  # type: ignore[attr-defined]
            if accept is None or accept(told):
                chosen[i] = told
                continue
        for k in range(i + 1, j + 1):  # and the next
            chosen[k] = replace(chosen[k], meaning=Recurring(f"XXXX-WXX-{chosen[k].meaning.weekday}"))  # type: ignore[attr-defined]
    return chosen


def _weekday_after(a: Found, b: Found, text: str) -> bool:
    """Whether ``b`` is a bare weekday listed with و right after ``a``."""
    return isinstance(b.meaning, When) and weekday_alone(b.meaning) and b.meaning.direction is None \
        and _AND_ONLY.match(text[a.end:b.start]) is not None


def _dated_weekday_after(a: Found, b: Found, text: str) -> bool:
    """Whether ``b``, listed with و right after ``a``, is a weekday told with the days of a month it
    opens: "(أيام السبت) والأحد 8 و9 أغسطس"."""
    m = b.meaning
    first = m.first if type(m) is Range else None
    return type(first) is When and first.weekday is not None and first.day is not None \
        and _AND_ONLY.match(text[a.end:b.start]) is not None


def _days_follow(a: Found, b: Found, text: str) -> bool:
    """Whether days of a month follow ``a`` right after its spaces, ``b`` their last (its first end has a
    day): "السبت والأحد 8 و9 أغسطس"."""
    m = b.meaning
    first = m.first if type(m) is Range else m
    return type(first) is When and first.day is not None and b.start - a.end <= _DAYS_REACH \
        and _DIGIT_AFTER.match(text, a.end) is not None


_DAYS_REACH = 40  # from the last weekday to the last listed day's expression ("8 و9 و10 أغسطس")
_DIGIT_AFTER = kept(r"\s+\d")


def listed_days(chosen: list[Found], text: str, accept: Callable[[Found], bool] | None, joins: Joins,
                 lex: Lexicon) -> list[Found]:
    """``chosen`` with the bare days listed before a date of a month taken as dates of that month
    too, each its own expression, however many: "يومي 14 و17 من الشهر الجاري", "في 10 و12 و14
    أغسطس", "في 10، 12، 14 أغسطس" (not the days between: those the range rules read, "بين 14 و17
    أغسطس"; two days that follow each other are one range, "يومي 26 و27 أغسطس", and so is a run of
    them, "أيام 3 و4 و5 أغسطس"), a range among them ("من 3 إلى 5 و10 أغسطس"), each day after its
    weekday ("الأحد 9 والثلاثاء 11 أغسطس"); and dates with no year listed before one with a year
    taken in that year (:func:`_year_shared`); hours in words listed before one told with its part of
    the day taken in that part ("الساعة الثامنة والعاشرة مساء", :func:`_hours_before`)."""
    out: list[Found] = []
    previous_end = 0
    for f in chosen:
        m = f.meaning
        if type(m) is When and m.year is not None and m.month is not None and out:
            _share_year(out, f, text, accept, joins)
        end = text[max(0, f.start - 3):f.start].rstrip()[-1:]  # a list word right before ("و", "،"), or one and
        if end in joins.list_ends or end in joins.opener_ends and joins.reopened.search(text, max(0, f.start - 12), f.start):  # an opener ("وفي")
            first = m.first if type(m) is Range else m
            if type(first) is When and first.day is not None and first.hour is None \
                    and (first.month is not None or first.rel_unit == "month") and f.start - previous_end > 2:
                f = _list_before(out, f, first, text, previous_end, accept, joins)
            if type(m) is Range and out and type(first) is When and first.weekday is not None:
                f = _weekdays_of_range(out, f, text, joins, accept)
            if type(m) is When and m.part is not None and m.hour is not None and m.hour <= 12 \
                    and f.start - previous_end > 1:
                _hours_before(out, f, m, text, previous_end, accept, joins, lex)
        out.append(f)
        previous_end = f.end
    return out


def _list_before(out: list[Found], f: Found, first: When, text: str, previous_end: int,
                 accept: Callable[[Found], bool] | None, joins: Joins) -> Found:
    """The items listed before the date ``f`` (whose first day is ``first``), appended to ``out``
    (a weekday chosen right before an item taken into it); ``f`` itself, grown when it is a pair
    of days that follow each other and the days listed right before it go on that run."""
    items: list[tuple[int, int, int, int | None, Found | None]] = []  # start, end, day, last day, weekday
    pos, low, taken, floor = f.start, first.day, 0, previous_end
    opened = False
    while True:
        it = joins.listed_item.search(text, max(floor, pos - 40), pos)
        if it is None:
            break
        d1, d2 = int(it["d1"]), int(it["d2"]) if it["d2"] else None
        if (it["to"] is not None and it["op"] is None) or (it["op"] is not None and d2 is None) \
                or not 1 <= d1 < (d2 or d1 + 1) <= 31 or (d2 or d1) >= low:  # type: ignore[operator]
            break  # "3 إلى 5 و" with no من; "من 3 و" (since); out of order
        start = it.start()
        weekday = out[-1 - taken] if len(out) > taken else None
        if weekday is None or it["op"] is not None or not _bare_weekday_found(weekday) \
                or not text[weekday.end:start].isspace() or _after_weekday(out, len(out) - 1 - taken, text, joins):
            weekday = None  # "الأحد 9 و": the day's weekday; "الأحد والثلاثاء 9 و": a list of weekdays, then of days
        items.append((start, it.end("d2") if d2 else it.end("d1"), d1, d2, weekday))
        low = d1
        if it["op"] is not None:
            opened = True
            break
        if weekday is not None:
            taken += 1
            start = weekday.start
            floor = out[-1 - taken].end if len(out) > taken else 0
        pos = start
    if not items:
        return f
    opener = None if opened or items[-1][4] is not None else joins.list_opener.search(text, max(floor, pos - 12), pos)
    if not (opened or items[-1][4] is not None or opener is not None):
        run = _weekday_run(out, pos, text, joins)
        if not run or any(i[3] is not None for i in items) or first.weekday is not None:
            return f  # "قتل 14 و": no list of days
        days = [i[2] for i in reversed(items)]
        if type(f.meaning) is When and len(run) == len(items) + 1:
            _date_weekdays(out, run, [*days, first.day], first, accept)
        elif type(f.meaning) is Range and type(f.meaning.last) is When and joins.pair_of_days.match(text, f.start) \
                and f.meaning.last.day == first.day + 1 == days[0] + len(days) + 1 and len(run) == len(days) + 2:
            w1, wk = out[run[0]].meaning, out[run[-1]].meaning  # "السبت والأحد والاثنين 8 و9 و10 أغسطس": one range
            grown = Found(out[run[0]].start, f.end, Range(replace(first, day=days[0], weekday=w1.weekday),  # type: ignore[attr-defined]
                                                          replace(f.meaning.last, weekday=wk.weekday)),  # type: ignore[attr-defined]
                          f.rule, f.priority, f.covered + sum(i[1] - i[0] for i in items), f.parts)
            if accept is None or accept(grown):
                del out[run[0]:]
                return grown
        return f
    if opener is not None and opener["w"] not in joins.glue_words:  # "يومي 14 و19": the noun is the first day's
        items[-1] = (opener.start("w"), *items[-1][1:])
    base = replace(first, weekday=None)
    if type(f.meaning) is Range and joins.pair_of_days.match(text, f.start):  # "أيام 3 و4 و5": one run
        while items and items[0][3] is None and items[0][4] is None and items[0][2] == f.meaning.first.day - 1:
            grown = replace(f, start=items[0][0], meaning=Range(replace(f.meaning.first, day=items[0][2]), f.meaning.last),
                            covered=f.covered + items[0][1] - items[0][0])
            if accept is not None and not accept(grown):
                break
            f = grown
            items.pop(0)
    del out[len(out) - taken:]
    for start, end, d1, d2, weekday in reversed(items):
        if weekday is not None:
            meaning: object = replace(base, day=d1, weekday=weekday.meaning.weekday)  # type: ignore[attr-defined]
            start = weekday.start
        else:
            meaning = Range(replace(base, day=d1), replace(base, day=d2)) if d2 else replace(base, day=d1)
        told = Found(start, end, meaning, f.rule, f.priority, len(str(d1)) + len(str(d2 or "")))
        if accept is None or accept(told):
            out.append(told)
        elif weekday is not None:
            out.append(weekday)
    return f


def _hours_before(out: list[Found], f: Found, m: When, text: str, previous_end: int,
                  accept: Callable[[Found], bool] | None, joins: Joins, lex: Lexicon) -> None:
    """The hours in words listed before the clock ``f`` told with its part of the day (``m``), each
    earlier than the next, taken in that part and day, appended to ``out``: "الساعة الثامنة والعاشرة
    مساء" (the first a clock already chosen, its part taken), "عند السابعة والتاسعة والحادية عشرة ليلا"."""
    items: list[tuple[int, int, int]] = []
    pos, low = f.start, m.hour
    while True:
        it = joins.listed_hour.search(text, max(previous_end, pos - 30), pos)
        hour = lex.lookup("ordinals", it["h"]) if it is not None else None
        if it is None or not isinstance(hour, int) or not 1 <= hour < low:  # type: ignore[operator]
            break
        items.append((it.start("h"), it.end("h"), hour))
        pos, low = it.start(), hour
    clock = out[-1] if out else None
    w = clock.meaning if clock is not None else None
    if clock is None or type(w) is not When or w.hour is None or w.part is not None or not 1 <= w.hour < low \
            or joins.pair_gap.fullmatch(text, clock.end, pos) is None:
        if not items or joins.list_opener.search(text, max(previous_end, pos - 12), pos) is None:
            return  # "الثامنة والعاشرة مساء" with nothing before: no hours told (a rank, a count)
        clock = None
    if clock is not None:
        own = date_fields(w) or w.weekday is not None  # type: ignore[union-attr, arg-type]  # "أمس الساعة الثامنة و…"
        told = replace(clock, meaning=replace(w, part=m.part) if own else replace(m, hour=w.hour, minute=w.minute))  # type: ignore[union-attr, arg-type]
        if accept is None or accept(told):
            out[-1] = told
    for start, end, hour in reversed(items):
        told = Found(start, end, replace(m, hour=hour, minute=None), f.rule, f.priority, end - start)
        if accept is None or accept(told):
            out.append(told)


def _weekday_run(out: list[Found], pos: int, text: str, joins: Joins) -> list[int]:
    """The indexes in ``out`` of the bare weekdays listed one after another ("الأحد والثلاثاء"), the
    last right before ``pos`` (spaces between)."""
    run: list[int] = []
    i = len(out) - 1
    if i < 0 or not _bare_weekday_found(out[i]) or not text[out[i].end:pos].isspace():
        return run
    run.append(i)
    while _after_weekday(out, i, text, joins):
        i -= 1
        run.append(i)
    return run[::-1]


def _date_weekdays(out: list[Found], run: list[int], days: list[int | None], first: When,
                   accept: Callable[[Found], bool] | None) -> None:
    """Each weekday of ``run`` dated by the day told in its place in the list of days after them:
    "الأحد والثلاثاء 9 و11 أغسطس" (the weekdays each their day; the last day keeps its own expression)."""
    for i, day in zip(run[:-1], days[:-1]):
        w = out[i]
        told = replace(w, meaning=replace(first, day=day, weekday=w.meaning.weekday))  # type: ignore[attr-defined]
        if accept is None or accept(told):
            out[i] = told
    last = out[run[-1]]
    told = replace(last, meaning=replace(first, day=days[-1], weekday=last.meaning.weekday))  # type: ignore[attr-defined]
    if accept is None or accept(told):
        out[run[-1]] = told


def _weekdays_of_range(out: list[Found], f: Found, text: str, joins: Joins,
                       accept: Callable[[Found], bool] | None) -> Found:
    """``f``, a range of days that follow each other glued to the last of weekdays listed before it
    ("الأحد والاثنين 9 و10 أغسطس"), grown over them when there are as many weekdays as days: one
    range, each end with its own weekday."""
    m = f.meaning
    if type(m) is not Range or type(m.first) is not When or m.first.weekday is None or m.first.day is None \
            or type(m.last) is not When or m.last.day is None or not out or not _bare_weekday_found(out[-1]) \
            or joins.pair_gap.fullmatch(text, out[-1].end, f.start) is None:
        return f
    run = [len(out) - 1]
    while _after_weekday(out, run[0], text, joins):
        run.insert(0, run[0] - 1)
    if len(run) + 1 != m.last.day - m.first.day + 1:
        return f
    first = out[run[0]]
    grown = Found(first.start, f.end, Range(replace(m.first, weekday=first.meaning.weekday),  # type: ignore[attr-defined]
                                            replace(m.last, weekday=m.first.weekday)),
                  f.rule, f.priority, f.covered + first.covered, f.parts + len(run))
    if accept is not None and not accept(grown):
        return f
    del out[run[0]:]
    return grown


def _bare_weekday_found(f: Found) -> bool:
    return type(f.meaning) is When and weekday_alone(f.meaning) and f.meaning.direction is None


def _after_weekday(out: list[Found], i: int, text: str, joins: Joins) -> bool:
    """Whether ``out[i]`` is listed right after a bare weekday ("الأحد والثلاثاء")."""
    return i > 0 and _bare_weekday_found(out[i - 1]) and joins.pair_gap.fullmatch(text, out[i - 1].end, out[i].start) is not None


def _share_year(out: list[Found], f: Found, text: str, accept: Callable[[Found], bool] | None, joins: Joins) -> None:
    """Dates with no year listed right before ``f`` (a list word between each two) taken in its
    year, each earlier in it than the next: "في مايو ويونيو 1999", "في يونيو ويوليو وأغسطس 2013"."""
    nxt, m = f, f.meaning
    for i in range(len(out) - 1, -1, -1):
        p = out[i]
        if nxt.start - p.end > 4 or not joins.pair_gap.fullmatch(text, p.end, nxt.start):
            return
        told = _year_shared(p, m)  # type: ignore[arg-type]
        if told is None or (accept is not None and not accept(told)):
            return
        out[i] = told
        nxt, m = told, told.meaning


def _year_shared(p: Found, m: When) -> Found | None:
    """The date ``p``, told with no year before a list word and the date ``m`` of the same calendar
    that has one, taken in ``m``'s year when it comes earlier in it: "في مايو ويونيو 1999", "في 5
    مارس و7 أبريل 2012" (one year for both)."""
    w = p.meaning
    if type(w) is Range and type(w.first) is When and type(w.last) is When:  # "29 و30 يوليو و1 أغسطس 2014"
        first, last = (_year_shared(replace(p, meaning=e), m) for e in (w.first, w.last))
        return None if first is None or last is None else \
            Found(p.start, p.end, Range(first.meaning, last.meaning), p.rule, p.priority, p.covered, p.parts)  # type: ignore[arg-type]
    if type(w) is not When or w.year is not None or w.month is None or w.calendar != m.calendar \
            or w.direction is not None or w.rel_unit is not None or w.has_clock \
            or (w.month, w.day or 0) >= (m.month, m.day or 0):  # type: ignore[operator]
        return None
    return Found(p.start, p.end, replace(w, year=m.year), p.rule, p.priority, p.covered, p.parts)
