"""Dates as an Arabic reader says them: «مساء الاثنين 24 كانون الثاني 2022 · 21 جمادى الآخرة 1443 هـ».

Every word comes from the language data (``lang/ar/months.yaml``, ``weekdays.yaml``,
``day_parts.yaml``, ``periods.yaml``; ``display.yaml`` only picks which spelling is shown).
A label never says more than the grain: a month-grain event reads «آذار 2024», a range of
days «10 – 12 آذار 2024». Hijri dates outside the Umm al-Qura table (computed with the
arithmetic calendar) are marked approximate.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from timeline._programs import kept
from timeline._types import Grain
from timeline._yaml import load_language_yaml
from timeline.calendars import HIJRI_MONTHS, gregorian_to_hijri, is_umm_al_qura
from timeline.errors import LanguageDataError
from timeline.lexicon import load_lexicon, month_spellings
from timeline.normalize import fold

__all__ = [
    "DateWords",
    "GRAIN_NAMES",
    "MOD_NAMES",
    "MONTH_FAMILIES",
    "arabic_date",
    "date_words",
    "gregorian_label",
    "happening_label",
    "hijri_text",
    "most_used_family",
]

GRAIN_NAMES = {
    Grain.SECOND: "ثانية", Grain.MINUTE: "دقيقة", Grain.HOUR: "ساعة",
    Grain.PART_OF_DAY: "جزء من اليوم", Grain.DAY: "يوم", Grain.WEEK: "أسبوع",
    Grain.MONTH: "شهر", Grain.QUARTER: "ربع سنة", Grain.SEASON: "فصل", Grain.YEAR: "سنة",
    Grain.DECADE: "عقد", Grain.CENTURY: "قرن",
}  # fmt: skip
"""Arabic names of the grains."""

MOD_NAMES = {
    "START": "مطلع الفترة", "MID": "منتصفها", "END": "أواخرها", "APPROX": "تقريبي",
    "ON_OR_AFTER": "منذ هذا التاريخ", "ON_OR_BEFORE": "حتى هذا التاريخ", "BEFORE": "قبله", "AFTER": "بعده",
}  # fmt: skip
"""Arabic glosses of the TIMEX3 ``mod`` values."""

MONTH_FAMILIES = ("levantine", "egyptian-gulf", "maghrebi")
"""The month-name families a page can use (``lang/ar/months.yaml`` and ``display.yaml``)."""

_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class DateWords:
    """The words of one month-name family, read from the language data."""

    family: str
    months: tuple[str, ...]  # 12 Gregorian month names
    weekdays: tuple[str, ...]  # Monday first (ISO)
    parts_of_day: dict[str, str]  # TIMEX3 token (EV) → «مساء»
    parts: dict[str, str]  # TIMEX3 mod (START) → «مطلع»
    seasons: dict[str, str]  # TIMEX3 token (SU) → «الصيف»


def _forms(entry: dict[str, Any]) -> list[str]:
    return list(entry.get("forms") or []) + list(entry.get("needs_context") or [])


@functools.lru_cache(maxsize=None)
def date_words(family: str = "levantine") -> DateWords:
    """The month names of ``family`` (one of :data:`MONTH_FAMILIES`) and the other date words."""
    if family not in MONTH_FAMILIES:
        raise ValueError(f"month names: {family!r}; use one of {', '.join(MONTH_FAMILIES)}")
    months = [m for m in load_language_yaml("ar", "months.yaml") if m["calendar"] == "gregorian"]
    display = load_language_yaml("ar", "display.yaml")
    by_month: dict[int, list[str]] = {}
    for entry in months:
        by_month.setdefault(int(entry["month"]), []).extend(_forms(entry))
    if family == "maghrebi":
        names = list(display["month_families"]["maghrebi"])
        for n, name in enumerate(names, 1):
            if name not in by_month.get(n, []):
                raise LanguageDataError(f"display.yaml: {name} is not a form of month {n} in months.yaml")
    else:
        names = [_forms(next(e for e in months if e["family"] == family and int(e["month"]) == n))[0]
                 for n in range(1, 13)]
    weekdays = tuple(str(e["forms"][0]) for e in sorted(load_language_yaml("ar", "weekdays.yaml"), key=lambda e: e["weekday"]))
    day_forms = set(load_lexicon().day_parts)  # folded, with the derived forms ("بعد ظهر")
    parts_of_day = {str(k): str(v) for k, v in display["part_of_day"].items()}
    mod_forms = {form for e in load_language_yaml("ar", "modifiers.yaml")["parts"] for form in e["forms"]}
    parts = {str(k): str(v) for k, v in display["parts"].items()}
    for word in parts_of_day.values():
        if fold(word) not in day_forms:
            raise LanguageDataError(f"display.yaml: {word} is not a form in day_parts.yaml")
    for word in parts.values():
        if word not in mod_forms:
            raise LanguageDataError(f"display.yaml: {word} is not a form in modifiers.yaml")
    seasons = {str(e["token"]): next((f for f in e["forms"] if not f.startswith("ال")), e["forms"][0])
               for e in load_language_yaml("ar", "periods.yaml")["seasons"]}
    return DateWords(family, tuple(names), weekdays, parts_of_day, parts, seasons)


@functools.lru_cache(maxsize=None)
def _family_forms() -> dict[str, str]:
    """Folded month form → the family it belongs to (Maghrebi-only spellings apart)."""
    out: dict[str, str] = {}
    maghrebi = {fold(f) for f in load_language_yaml("ar", "display.yaml")["month_families"]["maghrebi"]}
    for entry in load_language_yaml("ar", "months.yaml"):
        if entry["calendar"] != "gregorian":
            continue
        for form in _forms(entry):  # with the derived spellings ("كانون ثاني", "كانون2")
            for key in month_spellings(load_lexicon(), str(form), entry):
                out[key] = entry["family"]
    # spellings only the Maghreb uses (جانفي، أفريل، جوان...) count for it
    common = {fold(f) for e in load_language_yaml("ar", "months.yaml") if e["calendar"] == "gregorian" and e["family"] == "egyptian-gulf"
              for f in _forms(e)[:1]}
    for key in maghrebi - common:
        out[key] = "maghrebi"
    return out


def most_used_family(expressions: Iterable[str | None], times: Iterable[int] | None = None) -> str:
    """The month-name family the expressions use most (Levantine when none names a month);
    ``times``, when given, says how many times each expression occurs."""
    forms = _family_forms()
    counts: Counter[str] = Counter()
    for expr, weight in zip(expressions, itertools.repeat(1) if times is None else times):
        if not expr:
            continue
        words = fold(expr).split()
        for n, word in enumerate(words):
            for size in (2, 1):
                key = " ".join(words[n:n + size])
                if key in forms:
                    counts[forms[key]] += weight
                    break
    if not counts:
        return "levantine"
    return max(MONTH_FAMILIES, key=lambda f: (counts[f], f == "levantine"))


def _day(d: dt.date, words: DateWords, *, year: bool = True) -> str:
    text = f"{d.day} {words.months[d.month - 1]}"
    return f"{text} {d.year}" if year else text


def _days(first: dt.date, last: dt.date, words: DateWords) -> str:
    if first.year != last.year:
        return f"{_day(first, words)} – {_day(last, words)}"
    if first.month != last.month:
        return f"{_day(first, words, year=False)} – {_day(last, words)}"
    return f"{first.day} – {last.day} {words.months[first.month - 1]} {first.year}"


def _months(first: dt.date, last: dt.date, words: DateWords) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return f"{words.months[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{words.months[first.month - 1]} – {words.months[last.month - 1]} {first.year}"
    return f"{words.months[first.month - 1]} {first.year} – {words.months[last.month - 1]} {last.year}"


def arabic_date(
    start: dt.datetime, end: dt.datetime, grain: str | Grain | None, value: str | None = None,
    mod: str | None = None, words: DateWords | None = None,
) -> str:
    """The Gregorian date of ``[start, end)`` in Arabic words, no finer than ``grain``."""
    words = words or date_words()
    g = Grain(grain) if grain is not None else Grain.DAY
    last_moment = end - dt.timedelta(microseconds=1) if end > start else start
    first, last = start.date(), last_moment.date()
    prefix = f"{words.parts[mod]} " if mod in words.parts else ""
    if g.rank <= Grain.DAY.rank and first == last:
        day = f"{words.weekdays[first.weekday()]} {_day(first, words)}"
        token = value[-2:] if value and len(value) > 11 and value[10] == "T" and value[-2:].isalpha() else ""
        if g is Grain.PART_OF_DAY and token in words.parts_of_day:
            return f"{words.parts_of_day[token]} {day}"
        if g.rank <= Grain.HOUR.rank:
            return f"{day}، الساعة {start:%H:%M}"
        return day
    if g.rank <= Grain.WEEK.rank:
        return _days(first, last, words)
    if g is Grain.SEASON and value and value[-2:] in words.seasons:
        return f"{prefix}{words.seasons[value[-2:]]} {first.year if value[-2:] != 'WI' else value[:4]}"
    if g.rank <= Grain.SEASON.rank:
        whole_months = first.day == 1 and (last + dt.timedelta(days=1)).day == 1
        return prefix + (_months(first, last, words) if whole_months or prefix else _days(first, last, words))
    if g is Grain.YEAR:
        text = str(first.year) if first.year == last.year else f"{first.year} – {last.year}"
        return prefix + text
    return f"{prefix}{first.year} – {last.year}"


def hijri_text(start: dt.datetime, end: dt.datetime, grain: str | Grain | None) -> tuple[str, bool]:
    """The Hijri date of ``[start, end)`` and whether it is approximate (outside Umm al-Qura).

    Days read «21 جمادى الآخرة 1443 هـ»; a month or longer reads its first and last Hijri days.
    """
    g = Grain(grain) if grain is not None else Grain.DAY
    last_moment = end - dt.timedelta(microseconds=1) if end > start else start
    first, last = gregorian_to_hijri(start.date()), gregorian_to_hijri(last_moment.date())
    approx = not (is_umm_al_qura(first[0]) and is_umm_al_qura(last[0]))

    def day(h: tuple[int, int, int], year: bool = True) -> str:
        text = f"{h[2]} {HIJRI_MONTHS[h[1] - 1]}"
        return f"{text} {h[0]}" if year else text

    if first == last:
        text = day(first)
    elif g.rank >= Grain.YEAR.rank:
        text = f"{first[0]} – {last[0]}" if first[0] != last[0] else str(first[0])
    elif first[0] == last[0]:
        text = f"{day(first, False)} – {day(last)}"
    else:
        text = f"{day(first)} – {day(last)}"
    text += " هـ"
    return (f"≈ {text} (تقريبي)" if approx else text), approx


def gregorian_label(start: dt.datetime, end: dt.datetime, grain: str | Grain | None) -> str:
    """``2024-01-14``, ``2024-01-14 21:00`` or ``2024-01-01 – 2024-01-31`` for a span."""
    last = end - dt.timedelta(microseconds=1) if end > start else start
    if last.date() != start.date():
        return f"{start:%Y-%m-%d} – {last:%Y-%m-%d}"
    g = Grain(grain) if grain is not None else Grain.DAY
    if g.rank <= Grain.HOUR.rank and (start.hour or start.minute):
        return f"{start:%Y-%m-%d %H:%M}"
    return f"{start:%Y-%m-%d}"


LABEL_CHARS = 28
"""How long a happening label may be (the page's marks use the same)."""

_LABEL_PUNCTUATION = kept(r"[«»\"“”(),،.:؛;\-–—]+")


@functools.cache
def _lead_words() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in load_language_yaml("ar", "display.yaml")["label_lead_words"])
    return re.compile(rf"^(?:و|ف)?(?:{words})\s+")


def _shorten(text: str, size: int) -> str:
    text = " ".join(text.split())
    if len(text) <= size:
        return text
    return re.sub(r"\s+\S*$", "", text[: size - 1]) + "…"


def happening_label(
    clause: str | None, expr: str | None = None, *, expr_at: int | None = None,
    title: str | None = None, size: int = LABEL_CHARS,
) -> str:
    """The short Arabic label of what a clause reports, as the page labels its marks: the
    clause without its time expression (at ``expr_at`` in the clause when given, else its
    first occurrence), punctuation and a leading word the date leaves behind (في، منذ ...)
    dropped; the article's ``title`` when fewer than two words remain; at most ``size``
    characters."""
    text = clause or ""
    if expr:
        at = expr_at if expr_at is not None and text[expr_at: expr_at + len(expr)] == expr else text.find(expr)
        if at >= 0:
            text = f"{text[:at]} {text[at + len(expr):]}"
    text = " ".join(_LABEL_PUNCTUATION.sub(" ", text).split())
    bare = _lead_words().sub("", text)
    # a conjunction و before a verb (وقال); not after a dropped lead word (وفي … وصلت)
    text = bare if bare != text else re.sub(r"^و(?=\S{3,})", "", text)
    if len(text.split()) < 2:
        text = title or text or (clause or "")
    return _shorten(text, size)

