"""Load a language's word lists (YAML under ``lang/<code>/``) into typed lookup tables.

Every surface form is folded with :func:`timeline.normalize.fold` once, here, so rules
match the folded text and look meanings up by the folded matched string.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from timeline.errors import LanguageDataError
from timeline.normalize import fold

__all__ = ["DayPart", "Holiday", "Lexicon", "MonthName", "Separators", "accusative", "definite", "dual", "load_lexicon",
           "trie_regex"]


@dataclass(frozen=True, slots=True)
class MonthName:
    calendar: str  # "gregorian" | "hijri"
    month: int


@dataclass(frozen=True, slots=True)
class DayPart:
    name: str
    token: str  # TIMEX3 part-of-day token: MO AF EV NI
    hours: tuple[int, int]
    pm: bool
    noon: bool = False
    midnight: bool = False


@dataclass(frozen=True, slots=True)
class Holiday:
    name: str
    calendar: str  # "hijri" | "gregorian" | "easter"
    month: int = 0
    day: int = 0
    days: int = 1
    also: tuple[tuple[int, int], ...] = ()  # other (month, day) it may be: "العيد" is either Eid
    needs_context: bool = False  # tagged only with a count or a cue ("ثالث أيام العيد")
    whole: bool = False  # the expression names all its days ("موسم الحج"), not its first


@dataclass(frozen=True, slots=True)
class Separators:
    """What stands between two neighbouring expressions (``separators.yaml``), folded."""

    barrier: frozenset[str] = frozenset()
    glue_marks: tuple[str, ...] = ()
    glue_words: tuple[str, ...] = ()
    range_openers: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()
    range_words_after_opener: tuple[str, ...] = ()
    range_dashes: tuple[str, ...] = ()
    apposition_marks: tuple[str, ...] = ()
    apposition_words: tuple[str, ...] = ()


_GAP = r"[\s\-]+"


def _units(form: str) -> list[str]:
    """A folded form as regex pieces: its letters, and one gap piece for each run of
    spaces or hyphens."""
    out: list[str] = []
    for i, part in enumerate(re.split(r"[\s\-]+", form)):
        if i:
            out.append(_GAP)
        out.extend(re.escape(ch) for ch in part)
    return out


def trie_regex(forms: set[str]) -> str:
    """One regex for many words, factored by common prefixes so the engine reads each
    letter once instead of trying every word in turn. At each branch the longer
    continuation is tried first, as in an alternation sorted longest first."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for unit in _units(form):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        end = "" in node
        branches = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(trie) + ")"


@dataclass(slots=True)
class Lexicon:
    """Folded surface form → meaning, one table per category."""

    months: dict[str, MonthName] = field(default_factory=dict)
    months_in_context: dict[str, MonthName] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    weekdays_bare: dict[str, int] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    fractions: dict[str, float] = field(default_factory=dict)
    units: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    day_parts: dict[str, DayPart] = field(default_factory=dict)
    rel_days: dict[str, int] = field(default_factory=dict)
    directions: dict[str, int] = field(default_factory=dict)
    future_cues: tuple[str, ...] = ()
    past_cues: tuple[str, ...] = ()
    vague: dict[str, str] = field(default_factory=dict)
    narrative: dict[str, int] = field(default_factory=dict)
    narrative_tails: tuple[str, ...] = ()
    name_heads: frozenset[str] = frozenset()
    named_day_words: frozenset[str] = frozenset()
    not_dates: tuple[str, ...] = ()
    nowadays_before: frozenset[str] = frozenset()
    general_before: frozenset[str] = frozenset()
    fuzzy: dict[str, tuple[str, float, float]] = field(default_factory=dict)
    approx: tuple[str, ...] = ()
    seasons: dict[str, str] = field(default_factory=dict)
    decades: dict[str, int] = field(default_factory=dict)
    year_marks: dict[str, str] = field(default_factory=dict)
    holidays: dict[str, Holiday] = field(default_factory=dict)
    separators: Separators = Separators()
    year_nouns: frozenset[str] = frozenset()
    happening_heads: tuple[str, ...] = ()
    happenings: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) → year

    def alt(self, name: str) -> str:
        """A non-capturing regex alternation of every form in category ``name``,
        longest first, so the longest spelling wins."""
        return _alt(self, name)

    def number(self, phrase: str) -> int | None:
        """The value of a folded number phrase: digits, or words joined by و."""
        phrase = phrase.strip()
        if phrase.isdigit():  # more than nine digits count no time ("7777777777 يوماً" is noise)
            return int(phrase) if len(phrase) <= _MAX_DIGITS else None
        total = 0
        for part in re.split(r"\s+و\s*|\s*\bو(?=\d)", phrase):
            part = part.strip()
            if not part:
                continue
            if part.isdigit():
                if len(part) > _MAX_DIGITS:
                    return None
                total += int(part)
                continue
            value = self.cardinals.get(part, self.ordinals.get(part))
            if value is None:
                return None
            total += value
        return total or None

    def lookup(self, name: str, surface: str) -> Any:
        """The meaning of a matched surface form (whitespace runs normalized)."""
        table = getattr(self, name)
        if surface in table:
            return table[surface]
        key = re.sub(r"[\s\-]+", " ", surface.strip())
        if key in table:
            return table[key]
        return table[key.replace(" ", "-")] if key.replace(" ", "-") in table else None


_MAX_DIGITS = 9


@functools.lru_cache(maxsize=None)
def _alt_cached(lex_id: int, name: str, forms: tuple[str, ...]) -> str:
    return trie_regex(set(forms))


def _alt(lex: Lexicon, name: str) -> str:
    table = getattr(lex, name)
    forms = tuple(table) if not isinstance(table, tuple) else table
    return _alt_cached(id(lex), name, forms)


def _with_article(form: str) -> list[str]:
    return [form, "ال" + form]


# -- morphology: each word is written once in the YAML; these derive its other forms --------
_NO_TANWEEN_ALEF = ("ه", "ي", "ا", "ات")  # folded endings (ة ى ا ات) whose accusative takes no written alef


def _multiword(form: str) -> bool:
    return " " in form or "-" in form


def accusative(form: str) -> list[str]:
    """The word and its indefinite accusative, written with an alef: "عام" → "عاماً"
    (folded "عاما"), "مساء" → "مساءً"/"مساءا"; "ساعة", "سنوات" take none. Folded forms."""
    form = fold(form)
    if _multiword(form) or form.startswith("ال") or form.endswith(_NO_TANWEEN_ALEF):
        return [form]
    return [form, form + "ا"]


def definite(form: str) -> list[str]:
    """The word, with the article, and the article after the preposition ل ("للمساء": ل +
    "لمساء", the clitic staying outside the expression). Folded forms."""
    form = fold(form)
    if _multiword(form) or form.startswith("ال"):
        return [form]
    return [form, "ال" + form, "ل" + form]


def dual(form: str) -> list[str]:
    """The dual of a singular noun, nominative and oblique: "يوم" → "يومان"/"يومين",
    "ساعة" → "ساعتان"/"ساعتين". Folded forms."""
    form = fold(form)
    stem = form[:-1] + "ت" if form.endswith("ه") else form
    return [stem + "ان", stem + "ين"]


def _read(package: str, name: str) -> Any:
    try:
        text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
        return yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise LanguageDataError(f"{package}/{name}: {exc}") from exc


def _put_all(table: dict[str, Any], entries: list[dict[str, Any]], meaning: Any, where: str,
             key: str = "forms") -> None:
    """Put every form of every entry into ``table``; ``meaning(entry)`` gives its value."""
    for entry in entries:
        value = meaning(entry)
        for form in entry.get(key, []):
            _put(table, form, value, where)


def _put(table: dict[str, Any], form: str, meaning: Any, where: str) -> None:
    key = re.sub(r"[\s\-]+", " ", fold(str(form)).strip())
    if not key:
        raise LanguageDataError(f"{where}: empty form")
    table[key] = meaning


@functools.lru_cache(maxsize=None)
def load_lexicon(code: str = "ar") -> Lexicon:
    """Read and check the word lists of language ``code`` (cached: read once)."""
    package = f"timeline.lang.{code}"
    lex = Lexicon()
    try:
        months = _read(package, "months.yaml")
        month = lambda e: MonthName(e["calendar"], int(e["month"]))  # noqa: E731
        _put_all(lex.months, months, month, "months.yaml")
        _put_all(lex.months_in_context, months, month, "months.yaml")
        _put_all(lex.months_in_context, months, month, "months.yaml", key="needs_context")
        weekdays = _read(package, "weekdays.yaml")
        _put_all(lex.weekdays, weekdays, lambda e: int(e["weekday"]), "weekdays.yaml")
        _put_all(lex.weekdays_bare, weekdays, lambda e: int(e["weekday"]), "weekdays.yaml", key="bare")
        _load_numbers(lex, _read(package, "numbers.yaml"))
        for entry in _read(package, "units.yaml"):  # each word once: accusative and dual derived
            for form in entry.get("singular", []):
                for f in accusative(form):
                    _put(lex.units, f, (entry["unit"], 1), "units.yaml")
                for f in dual(form):
                    _put(lex.units, f, (entry["unit"], 2), "units.yaml")
            for form in entry.get("plural", []):
                for f in accusative(form):
                    _put(lex.units, f, (entry["unit"], None), "units.yaml")
        for entry in _read(package, "day_parts.yaml"):  # "صباح" gives "الصباح", "صباحاً"
            part = DayPart(entry["part"], entry["token"], tuple(entry["hours"]), bool(entry["pm"]),
                           bool(entry.get("noon")), bool(entry.get("midnight")))
            for form in entry["forms"]:
                for f in set(definite(form) + accusative(form)):
                    _put(lex.day_parts, f, part, "day_parts.yaml")
        rel = _read(package, "relative.yaml")
        _put_all(lex.rel_days, rel["days"], lambda e: int(e["offset"]), "relative.yaml")
        _put_all(lex.directions, rel["directions"], lambda e: int(e["direction"]), "relative.yaml")
        lex.future_cues = tuple(fold(f) for f in rel["future_cues"])
        lex.past_cues = tuple(fold(f) for f in rel["past_cues"])
        _put_all(lex.vague, rel["vague"], lambda e: e["value"], "relative.yaml")
        _put_all(lex.narrative, rel["narrative"], lambda e: int(e["offset"]), "relative.yaml")
        lex.narrative_tails = tuple(fold(f) for f in rel["narrative_tails"])
        lex.name_heads = frozenset(fold(f) for f in rel["name_heads"])
        lex.named_day_words = frozenset(fold(f) for f in rel["named_day_words"])
        lex.not_dates = tuple(fold(f) for f in rel["not_dates"])
        lex.nowadays_before = frozenset(fold(f) for f in rel["nowadays_before"])
        lex.general_before = frozenset(fold(f) for f in rel["general_before"])
        mods = _read(package, "modifiers.yaml")
        _put_all(lex.fuzzy, mods["parts"], lambda e: (e["mod"], e["part"][0] / 10, e["part"][1] / 10),
                 "modifiers.yaml")
        lex.approx = tuple(fold(f) for f in mods["approx"])
        periods = _read(package, "periods.yaml")
        _put_all(lex.seasons, periods["seasons"], lambda e: e["token"], "periods.yaml")
        for entry in periods["decades"]:
            for form in entry["forms"]:
                _put(lex.decades, form, int(entry["value"]), "periods.yaml")
                if form.startswith("ال"):
                    _put(lex.decades, form[2:], int(entry["value"]), "periods.yaml")
        _put_all(lex.year_marks, periods["year_marks"], lambda e: e["calendar"], "periods.yaml")
        _put_all(lex.holidays, _read(package, "holidays.yaml"),
                 lambda e: Holiday(e["name"], e["calendar"], int(e.get("month", 0)), int(e.get("day", 0)),
                                   int(e.get("days", 1)),
                                   tuple((int(m), int(d)) for m, d in e.get("also", ())),
                                   bool(e.get("needs_context", False)), bool(e.get("whole", False))),
                 "holidays.yaml")
        happenings = _read(package, "happenings.yaml")
        lex.year_nouns = frozenset(fold(f) for f in happenings["year_nouns"])
        lex.happening_heads = tuple(fold(f) for f in happenings["heads"])
        lex.happenings = {(int(e["month"]), int(e["day"])): int(e["year"]) for e in happenings["named"]}
        seps = _read(package, "separators.yaml")
        lex.separators = Separators(**{
            name: (frozenset if name == "barrier" else tuple)(fold(str(x)) if x.strip() else x for x in seps[name])
            for name in Separators.__slots__
        })
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, LanguageDataError):
            raise
        raise LanguageDataError(f"{package}: malformed entry: {exc!r}") from exc
    return lex


def _load_numbers(lex: Lexicon, data: dict[str, Any]) -> None:
    where = "numbers.yaml"
    suffixes = data["teen_suffix"]
    for entry in data["units"]:
        value = int(entry["value"])
        for form in entry["cardinal"]:
            for f in _with_article(form):
                _put(lex.cardinals, f, value, where)
            for s in suffixes:
                for f in _with_article(form):
                    _put(lex.cardinals, f"{f} {s}", value + 10, where)
        for form in entry["ordinal"]:
            for f in _with_article(form):
                _put(lex.ordinals, f, value, where)
            for s in suffixes:
                for f in _with_article(form):
                    _put(lex.ordinals, f"{f} {s}", value + 10, where)
    ten = data["ten"]
    for form in ten["cardinal"]:
        for f in _with_article(form):
            _put(lex.cardinals, f, 10, where)
    for form in ten["ordinal"]:
        for f in _with_article(form):
            _put(lex.ordinals, f, 10, where)
    for group in ("tens", "hundreds", "thousands"):
        for entry in data[group]:
            for form in entry["forms"]:
                for f in _with_article(form):
                    _put(lex.cardinals, f, int(entry["value"]), where)
    for entry in data["fractions"]:
        for form in entry["forms"]:
            _put(lex.fractions, form, float(entry["value"]), where)
