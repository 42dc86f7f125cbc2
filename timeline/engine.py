"""Run a language's rules over a text: match, keep the best spans, join neighbours.

1. fold the text (:mod:`timeline.normalize`);
2. every rule proposes candidates (span, meaning);
3. a chart: neighbours join by what stands between them (the language's separator table,
   ``separators.yaml``): glue unites constraints ("مساء" + "أمس" + "الاثنين"), markers
   apply ("مطلع" + "العام المقبل"), range words make ranges ("من" A "إلى" B), an
   apposition keeps one time told twice (Hijri "-" Gregorian); nothing joins across a
   barrier (a line break, "|", a sentence end). Every candidate and join stays in the chart;
4. selection: candidates are taken best first (the most characters matched by rules, then
   the longest span, then the rule's priority), each only if the caller's ``accept`` (the
   tagger resolves it) and :func:`_stands_alone` agree, so a cover that fails to resolve
   leaves its parts to be chosen.
The result is a list of :class:`Found` with spans in the folded text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple, TypeVar

from timeline._chart import COUNTED_FROM, UNITS_PER_YEAR, Found, Gap, Joins, date_fields, weekday_alone
from timeline._keyscan import KeyScan, key_scan
from timeline._listed_dates import listed_days, listed_sets, weekdays_dated
from timeline._programs import USER_CACHE, compile_all, kept
from timeline.lang.ar.rules import RULES, Ctx, Rule, rule_body, rule_source
from timeline.lang.ar.rules.common import WORD_START
from timeline.errors import LanguageDataError
from timeline.lexicon import Lexicon, clitic_prefixes, trie_regex, load_lexicon
from timeline.normalize import NormalizedText, fold_letters, normalize
from timeline.places import load_gazetteer
from timeline.zones import find_zone
from timeline.semantics import (
    Apposition, Duration, Marker, NthAfter, OffsetFrom, Part, Range, Recurring, Shift, Slice, Until, Vague, When, amend, combine,
)

__all__ = ["Found", "Grammar", "load_grammar", "whole_words"]

P = TypeVar("P")

_COMMAS = frozenset(("،", ","))
_WORD_AFTER = kept(r"\s+[^\W\d]")
# The accusative's tanween (fathatan), which folding drops: "مساءً" after a date and a comma is an
# adverb of that day, "مساءَ أمس" a part in construct that opens the next expression.
_ADVERB_MARK = "\u064b"
_NAME_CONJUNCTIONS = frozenset(clitic_prefixes().conjunctions)  # و ف before a name: "وباول"


class Grammar(NamedTuple):
    """Built at import as a named tuple, not a dataclass (its generated methods cost ~1 ms of every
    start): immutable and compared field by field all the same; nothing hashes or copies it."""

    lex: Lexicon
    rules: tuple[tuple[Rule, re.Pattern[str]], ...]
    # first word → rules to try there, as their patterns without the word-start test (rule_body): a key
    # word's plan tries them only where it holds (_plan)
    routes: dict[str, tuple[tuple[Rule, re.Pattern[str]], ...]]
    keys: re.Pattern[str]  # finds the words worth looking at (group "key"): route keys and name heads
    keys_after: re.Pattern[str]  # the same words, each found with the character before it (a faster scan)
    not_dates: re.Pattern[str]  # phrases whose time words are no date (lexicon.not_dates)
    joins: Joins
    place_months: frozenset[str]  # month forms that are also words of a place name (places.yaml): "اب" (إب)
    name_spellings: frozenset[str]  # the folded forms of lexicon.names_as_written ("الان" for "آلان")
    # what to try at each word ``keys`` finds (digits after clitics as "0": "و12" as "و0"), made on first use
    # (:func:`_plan_of`): making them all up front took 15% of loading the grammar
    plans: dict[str, "_Plan"]
    not_dates_probe: re.Pattern[str]  # any not-date phrase anywhere, one fast scan (no word edges)
    # the first word of every not-date phrase → how many characters before it a phrase starts ('"اليوم"': 1);
    # None when some phrase does not begin with a key word (then the probe scans the whole text)
    not_date_heads: dict[str, tuple[int, ...]] | None
    # the tense cues (lexicon future_cues, past_cues; group "past" for a past one), as a whole word and, as
    # ``keys_after``, with the character before it
    tense_cues: re.Pattern[str]
    tense_cues_after: re.Pattern[str]
    # rule name → the beginnings the word after its number must have (Rule.follows); rules not here take any
    follows: dict[str, tuple[str, ...]]
    # what follows a number (spaces, then a word or one other character) → the rules to try at the number,
    # made on first use (:meth:`_after_digits`)
    after_digits: dict[str, _Route]
    # at number words ("الخامس", "ثلاثة"; :func:`_number_follows`): each rule with ``follows`` is a bit, in the
    # order of ``follows``; the number words → the bits of the rules chosen there by what follows them, and how
    # a word after a number word may begin → the bits of the rules that allow it
    word_follows: dict[str, int]
    word_begins: dict[str, int]
    # made on first use (:meth:`_after_number`): what follows a number word → the bits of the rules that allow
    # it; (the number word with "#" before it, those bits) → the rules to try there
    number_masks: dict[str, int]
    after_numbers: dict[tuple[str, int], _Route]
    # the scan of ``keys`` in C (:mod:`timeline._keyscan`), None without Hyperscan: the same spans
    key_scan: KeyScan | None = None
    # the folded forms of lexicon.names_with_clitic ("باول", Powell: ب + "اول" folded; "بأول" folds so too)
    clitic_names: frozenset[str] = frozenset()

    def key_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the words :attr:`keys` finds are in ``text``: ``(start, end)`` of each, in order."""
        spans = self.key_scan.spans(text) if self.key_scan is not None else None
        if spans is None:
            spans = [m.span("key") for m in whole_words(self.keys, self.keys_after, text)]
        return spans

    def normalized(self, text: str) -> tuple[NormalizedText, list[tuple[int, int]] | None]:
        """``normalize(text)`` and, when the scan in C can tell them in the same pass, the
        :meth:`key_spans` of its matching copy (None: :meth:`find` scans for them)."""
        if self.key_scan is None:
            return normalize(text), None
        return self.key_scan.normalized(text)

    def find(self, text: str, *, exhaustive: bool = False, accept: Callable[[Found], bool] | None = None,
             source: NormalizedText | None = None, keys: list[tuple[int, int]] | None = None,
             chart: list[Found] | None = None) -> list[Found]:
        """Every expression in the folded ``text`` (spans in ``text``).

        Rules are tried only at words that can begin them (their ``starts``);
        ``exhaustive=True`` runs every rule over the whole text instead, as a reference.
        ``accept`` says whether a candidate resolves; one that does not is never chosen.
        ``source``, the normalization ``text`` came from, tells spellings folding hides
        (the city "إب" from the month "آب"); ``keys``, the :meth:`key_spans` of ``text`` when
        known (:meth:`normalized`); ``chart``, the :meth:`chart` of ``text`` (with the same
        ``exhaustive``, ``source`` and ``keys``) when made before: a text chosen from twice,
        against two dates, is parsed once.
        """
        if chart is None:
            chart = self.chart(text, exhaustive=exhaustive, source=source, keys=keys)

        def keep(f: Found) -> bool:
            return (_stands_alone(f, text) or _hour_after_future_verb(f, text, self.lex)) and not _counted(f, text) \
                and not (source is not None and (
                self._place_not_month(f, text, source) or self._written_name(f, text, source)
                or _door_not_month(f, text, source))) \
                and (accept is None or accept(f))

        chosen = _amount_ranges(_bracketed(_best(list(chart), len(text), keep), text), text, self.lex)
        return listed_days(listed_sets(chosen, text, accept), text, accept, self.joins, self.lex)

    def chart(self, text: str, *, exhaustive: bool = False, source: NormalizedText | None = None,
              keys: list[tuple[int, int]] | None = None) -> list[Found]:
        """The candidates of the folded ``text`` and their joins (:func:`_joined`), in the order they were made:
        what :meth:`find` chooses from, none of it depending on what resolves (its ``accept``)."""
        ctx = Ctx(self.lex, text)
        heads = self.lex.name_heads
        found: list[Found] = []
        named: list[tuple[int, int]] = []  # spans that are part of a name ("شارع 23 يوليو")
        sealed: list[Found] = []  # dates inside names of happenings ("ثورة 25 يناير")
        phrase_starts: list[int] = []  # where a not-date phrase may begin (:attr:`not_date_heads`)
        first_of: dict[tuple[str, int], Found] = {}  # (rule, end) → the first candidate made for it
        shadows: list[_Shadow] = []  # matches not produced (yet): see _Shadow
        deictics = self.lex.rel_days
        clitic_names = self.clitic_names

        def produce(rule: Rule, m: re.Match[str]) -> Found | None:
            meaning = rule.produce(m, ctx)
            if meaning is None:
                return None
            start, end = m.span()
            if type(meaning) is Range:  # "من 13 إلى 15 تموز": the span takes "من" too
                opened = self.joins.opener.search(text, max(0, start - 5), start)
                if opened is not None:
                    start = opened.start("w")
            elif ")" in text[start:end] and "(" not in text[start:end]:
                opened = text.rfind("(", max(0, start - 2), start)  # "(أول من) أمس", "( أول من ) أمس":
                if opened >= 0 and not text[opened + 1:start].strip():  # a match that closes the
                    start = opened  # bracket opened just before it takes it
            return Found(start, end, meaning, rule.name, rule.priority, end - start)

        def take(rule: Rule, m: re.Match[str], after_head: bool) -> None:
            start, end = m.span()
            if end == start or (clitic_names and source is not None and self._inside_clitic_name(text, start, source)):
                return  # nothing begins inside "باول" (Powell) written so: "جيروم باول أمس" is yesterday
            if after_head and not text.startswith(_CLOCK_WORD, start) and not _YEAR_WORD.match(text, start) \
                    and rule.name != "<noun> <year>" and not _opens_no_name(text, start, self.lex.name_never_opens):
                # "سوق الخميس"; but "انفجار قوي الساعة التاسعة", "ثورة عام 2011", "حركة لمدة يومين" are times, and
                # so is a bare year after a head that takes one (year_nouns: "نهائي كأس 2014", "ثورة 2011")
                named.append((start, end))
                return
            if rule.sealed:  # "ثورة 25 يناير": the date is the expression, the rest of the name hides others
                meaning = rule.produce(m, ctx)
                if meaning is not None:
                    named.append((start, end))
                    sealed.append(Found(m.start("t"), m.end("t"), meaning, rule.name, rule.priority,
                                        m.end("t") - m.start("t"), sealed=True))
                return
            first = first_of.get((rule.name, end))
            if first is not None and first.start <= start and text[start:end] not in deictics:
                opened = self.joins.opener.search(text, max(0, start - 5), start)
                if first.start <= (opened.start("w") if opened is not None else start):
                    shadows.append(_Shadow(len(found), rule, m, first))
                    return
            f = produce(rule, m)
            if f is not None:
                found.append(f)
                first_of.setdefault((rule.name, end), f)

        if exhaustive:
            for rule, pattern in self.rules:
                pos = 0
                while (m := pattern.search(text, pos)) is not None:
                    made = len(found) + len(named) + len(shadows)
                    take(rule, m, _after_name_head(text, m.start(), heads))
                    # a match that makes nothing hides no shorter one after its start ("ثلاثة وستة أيام" is
                    # no number; "ستة أيام" is), as the routed search, tried at every key word, finds it
                    pos = m.end() if len(found) + len(named) + len(shadows) > made and m.end() > m.start() \
                        else m.start() + 1
        else:
            routes, plans, not_date_heads = self.routes, self.plans, self.not_date_heads or {}
            after_digits, after_numbers, number_masks = self.after_digits, self.after_numbers, self.number_masks
            numbers = self.word_follows
            previous_end, previous_is_head = -1, False
            matched: list[tuple[Rule, re.Match[str], bool]] = []  # every routed match, in text order
            # words some rule can begin with, name heads
            for pos, word_end in keys if keys is not None else self.key_spans(text):
                w = text[pos:word_end]
                plan = plans.get(w)
                if plan is None:  # digits share one plan (_plan_of), found here without the call
                    plan = plans.get("0") if w.isdigit() and w.isascii() else None
                    if plan is None:
                        plan = _plan_of(w, plans, routes, heads, numbers, not_date_heads)
                if plan.phrases:  # where a not-date phrase may start ("يوماً بعد يوم")
                    phrase_starts.extend(pos + at for at in plan.phrases)
                after_head = previous_is_head and previous_end >= 0 \
                    and _NAME_GAP.fullmatch(text, previous_end, pos) is not None
                for k, key, tries in plan.tries:  # the word itself, then without one or two clitics
                    if key is _DIGITS:  # chosen by what follows the number: "28 /02", "28 يوليو", "28 عاما"
                        after = text[word_end:_FOLLOWING.match(text, word_end).end()]
                        tries = after_digits.get(after)
                        if tries is None:
                            tries = self._after_digits(after)
                    elif key is not None:
                        if key[0] == "#":  # a number word, as digits: "الخامس من يوليو", "ثلاثة أيام"
                            after = text[word_end:_FOLLOWING.match(text, word_end).end()]
                            mask = number_masks.get(after)
                            tries = after_numbers.get((key, mask)) if mask is not None else None
                            if tries is None:
                                tries = self._after_number(key, after)
                        else:  # keyed with the next word: "في الماضي"
                            following = _NEXT_WORD.match(text, word_end)
                            tries = routes.get(key + " " + following.group(1) if following else key, ())
                    at = pos + k  # WORD_START holds there (the plan keeps only such k): the routed patterns lack it
                    for rule, pattern in tries:
                        m = pattern.match(text, at)
                        if m is not None:
                            matched.append((rule, m, after_head))
                previous_end = word_end
                previous_is_head = plan.head
            # taken once every key is tried (a try reads nothing a take makes), in the same order: the patterns
            # then the productions run back to back, each kept warm in the processor's caches
            for rule, m, after_head in matched:
                take(rule, m, after_head)
        first_phrase = len(named)
        if exhaustive or self.not_date_heads is None:
            if self.not_dates_probe.search(text) is not None:  # rare: one fast scan first
                named.extend(m.span() for m in self.not_dates.finditer(text))  # "يوماً بعد يوم"
        else:  # what finditer would find, tried only where a phrase's first word is a key word
            searched = 0
            for at in sorted(phrase_starts):
                if at >= searched:
                    phrase = self.not_dates.match(text, at)
                    if phrase is not None:
                        named.append(phrase.span())
                        searched = phrase.end()
        if len(named) > first_phrase:
            found = _same_sense(found, named[first_phrase:], text)
        named.extend(_bracketed_names(found, text, deictics))
        named.extend(_quoted_names(found, text, deictics))
        if named:
            inside = bytearray(len(text) + 1)
            for s, e in named:
                inside[s:e] = b"\x01" * (e - s)
            if shadows:
                found = _unshadow(found, shadows, produce, inside)
            found = [f for f in found if inside.find(1, f.start, f.end) == -1]
        found.extend(sealed)
        return _joined(_longest_per_end(found), text, self.joins, source)

    def _after_digits(self, after: str) -> _Route:
        """The rules to try at a number that ``after`` follows (what :data:`_FOLLOWING` reads):
        those of route "#/" when a separator follows, maybe after a space ("28 /02"), else of
        "#_", each kept when the word after its number may begin as that word does
        (:attr:`Rule.follows`)."""
        separator = after[:1] in _DIGIT_SEPARATORS or (after[:1] == " " and after[1:2] in _DIGIT_SEPARATORS)
        word = after.lstrip()
        follows = self.follows
        tries = tuple((rule, pattern) for rule, pattern in self.routes.get("#/" if separator else "#_", ())
                      if rule.name not in follows or word.startswith(follows[rule.name]))
        if len(self.after_digits) >= _AFTER_DIGITS_KEPT:
            self.after_digits.clear()
        self.after_digits[after] = tries
        return tries

    def _after_number(self, key: str, after: str) -> _Route:
        """The rules to try at the number word ``key`` ("#" before it) that ``after`` follows:
        its route, each rule it chooses by what follows kept when the word after may begin so
        (:attr:`word_follows`, :attr:`word_begins`)."""
        mask = self.number_masks.get(after)
        if mask is None:
            word, begins, mask = after.lstrip(), self.word_begins, 0
            for n in range(1, min(len(word), _LONGEST_BEGINNING) + 1):
                mask |= begins.get(word[:n], 0)
            if len(self.number_masks) >= _AFTER_DIGITS_KEPT:
                self.number_masks.clear()
            self.number_masks[after] = mask
        tries = self.after_numbers.get((key, mask))
        if tries is None:
            chosen, bit = self.word_follows[key[1:]], self.follow_bits
            tries = self.after_numbers[(key, mask)] = tuple(
                (rule, pattern) for rule, pattern in self.routes[key[1:]]
                if not chosen & bit.get(rule.name, 0) or mask & bit[rule.name])
        return tries

    @property
    def follow_bits(self) -> dict[str, int]:
        """Rule name → its bit in :attr:`word_follows` and :attr:`word_begins`."""
        return {name: 1 << i for i, name in enumerate(self.follows)}

    def _inside_clitic_name(self, text: str, start: int, source: NormalizedText) -> bool:
        """Whether ``start`` follows a clitic in a word written as one of ``names_with_clitic``
        (``relative.yaml``: "باول", Powell, read as ب + "اول"; not "بأول", "at the first"), after و or ف."""
        if start == 0 or not text[start - 1].isalpha():
            return False
        first = start - 1
        while first > 0 and text[first - 1].isalpha():
            first -= 1
        last = start
        while last < len(text) and text[last].isalpha():
            last += 1
        word = text[first:last]
        if word not in self.clitic_names:
            if word[:1] not in _NAME_CONJUNCTIONS or word[1:] not in self.clitic_names:
                return False
            first += 1
        begin, end = source.to_original(first, last)
        return source.original[begin:end] in self.lex.names_with_clitic

    def _written_name(self, f: Found, text: str, source: NormalizedText) -> bool:
        """A one-word expression written as a name that folds to a time word ("آلان": Alan,
        not "الآن"; ``names_as_written`` in ``relative.yaml``)."""
        if f.parts != 1 or not self.name_spellings or text[f.start:f.end] not in self.name_spellings:
            return False
        start, end = source.to_original(f.start, f.end)
        return source.original[start:end] in self.lex.names_as_written

    def _place_not_month(self, f: Found, text: str, source: NormalizedText) -> bool:
        """A month alone whose word is also a place's ("في إب", "في اب"): the place, unless
        written with the month's hamza ("آب", "أب") or told with a day, a year, a direction
        or "شهر" (which make it a date, whatever the spelling)."""
        m = f.meaning
        if f.parts != 1 or not isinstance(m, When) or m.month is None or m.day is not None or m.year is not None \
                or m.direction is not None or m.rel_unit is not None:
            return False
        words = text[f.start:f.end].split()
        if not words or words[-1] not in self.place_months or "شهر" in words:
            return False
        start, end = source.to_original(f.start, f.end)
        written = source.original[start:end].split()
        return not (written and written[-1].startswith(("آ", "أ")))


def _door_not_month(f: Found, text: str, source: NormalizedText) -> bool:
    """An expression that begins with the month "اب" after a clitic, written with no hamza:
    "باب" (a door: "من باب أولى", all the more), not "بآب"."""
    if not text.startswith("اب", f.start) or f.start == 0 or text[f.start - 1] not in _CLITICS:
        return False
    start, _ = source.to_original(f.start, f.start + 1)
    return not source.original.startswith(("آ", "أ"), start)


@dataclass(slots=True)
class _Shadow:
    """A rule match not produced: the same rule already made ``first``, ending at the same
    place and starting no later (also when the match would take a range word before it), so
    :func:`_longest_per_end` drops this one, unless a name hides ``first``: then it is made
    after all (:func:`_unshadow`). Matches that are a deictic alone are always made (they
    may be names in brackets, :func:`_bracketed_names`)."""

    at: int  # where in the candidates it would have stood
    rule: Rule
    match: re.Match[str]
    first: Found


def _unshadow(found: list[Found], shadows: list[_Shadow], produce: Callable[[Rule, re.Match[str]], Found | None],
              inside: bytearray) -> list[Found]:
    """``found`` with the shadows whose ``first`` a name hides made and put back in place."""
    out: list[Found] = []
    i = 0
    for shadow in shadows:
        out.extend(found[i:shadow.at])
        i = shadow.at
        first = shadow.first
        if inside.find(1, first.start, first.end) != -1:
            f = produce(shadow.rule, shadow.match)
            if f is not None:
                out.append(f)
    out.extend(found[i:])
    return out


_WORD = kept(r"\d+|[^\W\d_]+")
_CLOCK_WORD = "الساعه"
_FIRST_OF_TWO, _SECOND_OF_TWO = clitic_prefixes().joined, "".join(clitic_prefixes().prepositions)  # the two clitics WORD_START lets stick to a word, in order
_YEAR_WORD = kept(r"(?:عام|العام|سنه|السنه)\s+\d{4}(?!\d)")
_CLITICS = clitic_prefixes().letters
_NAME_GAP = kept(r"[\s\-]+(?:[«“\"]\s*)?")  # between a name head and its second term: "تيار «8 آذار»" too
_OPEN_BRACKET = kept(r"\(\s*$")
_DIGIT_SEPARATORS = frozenset("/-–._:")
_NEXT_WORD = kept(r"[\s\-]+([^\W\d_]+)")
_FOLLOWING = kept(r"\s*(?:[^\W\d_]+|\S)?")  # what follows a number: spaces, then a word or one other character
_AFTER_DIGITS_KEPT = 20_000  # Grammar.after_digits: the 5,000 corpus articles hold ~4,000 distinct
_PREVIOUS_WORD = kept(r"(\w+)[\s\-]+(?:[«“\"]\s*)?$")


_DIGITS = "#"
_DIGIT_CHARS = "0123456789"
_Route = tuple[tuple[Rule, re.Pattern[str]], ...]


@dataclass(frozen=True, slots=True)
class _Plan:
    """What to try at a key word: ``(k, key, rules)`` for the word without its first ``k``
    letters (clitics), only where ``rules.common.WORD_START`` holds (the routed patterns lack it);
    ``key`` is None when ``rules`` are known, :data:`_DIGITS` for digits and a number word
    with "#" before it (the rules depend on what follows), else a weak word keyed with the next word."""

    tries: tuple[tuple[int, str | None, _Route], ...]
    head: bool  # a name head ("سوق", "وشارع"): what follows is a name
    # where a not-date phrase may start, from the word's start (:attr:`Grammar.not_date_heads`): "يوماً بعد يوم"
    phrases: tuple[int, ...] = ()


def whole_words(at_start: re.Pattern[str], after: re.Pattern[str], text: str, pos: int = 0,
                endpos: int | None = None) -> Iterator[re.Match[str]]:
    r"""What ``at_start.finditer(text, pos, endpos)`` finds (whole words: ``(?<!\w)`` then the
    word), found faster with ``after`` (``\W`` then the word): a word begins at ``pos`` or
    follows a non-word character, and a pattern that starts by matching that character lets
    ``re`` skip the characters inside words without trying a match at each (about a fifth
    fewer instructions for the scan than a look-behind). Used for the key words
    (:attr:`Grammar.keys`) and the tense cues (:attr:`Grammar.tense_cues`)."""
    end = len(text) if endpos is None else endpos
    first = at_start.match(text, pos, end)
    if first is None:
        return after.finditer(text, pos, end)
    return itertools.chain((first,), after.finditer(text, first.end(), end))


def _plan_of(w: str, plans: dict[str, _Plan], routes: dict[str, _Route], heads: frozenset[str],
             numbers: Container[str] = frozenset(), phrase_heads: Mapping[str, tuple[int, ...]] = {}) -> _Plan:
    """The plan of key word ``w`` (:attr:`Grammar.plans`), made and kept on first use; digits after
    their clitics share one ("و12" that of "و0": no not-date phrase begins with digits, its heads
    being letters, :func:`_phrase_heads`)."""
    stem = w.rstrip(_DIGIT_CHARS)
    key = stem + "0" if stem != w and not stem.strip(_CLITICS) else w
    plan = plans.get(key)
    if plan is None:
        plan = plans[key] = _plan(key, routes, heads, numbers, phrase_heads)
    return plan


def _plan(w: str, routes: dict[str, _Route], heads: frozenset[str], numbers: Container[str] = frozenset(),
          phrase_heads: Mapping[str, tuple[int, ...]] = {}) -> _Plan:
    tries: list[tuple[int, str | None, _Route]] = []
    for k, _ in _without_clitics(w):
        if w[k].isdigit():
            tries.append((k, _DIGITS, ()))
        elif w[k:] in _WEAK_FIRST_WORDS:
            tries.append((k, w[k:], ()))
        elif w[k:] in numbers:  # a number word: its rules chosen by what follows it (Grammar.word_follows)
            tries.append((k, "#" + w[k:], ()))
        elif w[k:] in routes:
            tries.append((k, None, routes[w[k:]]))
    if w in phrase_heads:  # a not-date phrase may start before the word, or after one or two clitics
        phrases = tuple(-before for before in phrase_heads[w])
    else:
        k = 2 if w[0] in _FIRST_OF_TWO and w[1:2] in _SECOND_OF_TWO and w[2:] in phrase_heads else 1
        phrases = tuple(k - before for before in phrase_heads[w[k:]]) \
            if w[0] in _CLITICS and w[k:] in phrase_heads else ()
    return _Plan(tuple(tries), w in heads or (len(w) > 2 and w[0] in "وبل" and w[1:] in heads), phrases)


def _without_clitics(w: str) -> Iterator[tuple[int, str]]:
    """``w``, then without one clitic and without two (و/ف then ب/ل/ك, as ``rules.common.WORD_START``
    lets them stick: "وبالأمس", not "بلغد"), each with how many letters were taken off."""
    yield 0, w
    if len(w) > 1 and w[0] in _CLITICS:
        yield 1, w[1:]
        if len(w) > 2 and w[0] in _FIRST_OF_TWO and w[1] in _SECOND_OF_TWO:
            yield 2, w[2:]


def _after_name_head(text: str, start: int, heads: frozenset[str]) -> bool:
    """Whether the word before ``start`` makes what follows a name ("سوق الخميس")."""
    m = _PREVIOUS_WORD.search(text, max(0, start - 16), start)
    if m is None:
        return False
    word = m.group(1)
    return word in heads or (len(word) > 2 and word[0] in "وبل" and word[1:] in heads)


def _same_sense(found: list[Found], phrases: list[tuple[int, int]], text: str) -> list[Found]:
    """``found`` without the months alone whose word a not-date phrase of the same text holds: a
    word keeps one sense in one text ("«نيسان»", the carmaker: every "نيسان" alone is the carmaker)."""
    spans = sorted(phrases)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end of the phrases begun so far
    words = {text[f.start:f.end] for f in found if _month_alone(f)
             and (i := bisect.bisect_right(starts, f.start)) and reach[i - 1] >= f.end}
    return [f for f in found if not (words and _month_alone(f) and text[f.start:f.end] in words)]


def _month_alone(f: Found) -> bool:
    m = f.meaning
    return type(m) is When and m.month is not None and m.day is None and m.year is None and m.direction is None \
        and m.rel_unit is None


def _opens_no_name(text: str, start: int, words: frozenset[str]) -> bool:
    """Whether the word at ``start`` (its clitics before or in it: :func:`_without_clitics`) can open no
    name's second term ("دون حركة لمدة يومين": a time, not a movement named so; ``name_never_opens``)."""
    m = _WORD.match(text, start)
    return m is not None and any(stem in words for _, stem in _without_clitics(m.group()))


def _counted(f: Found, text: str) -> bool:
    """A join that opens on the day a set counts: "يوم جمعة من السادسة" in "كل يوم جمعة من السادسة", "ليلة من
    العاشرة حتى الفجر" in "كل ليلة من …" is no day of its own (the set joins what follows)."""
    return f.parts > 1 and text.startswith(_EVERY, f.start - len(_EVERY)) and not isinstance(f.meaning, Recurring) \
        and _AFTER_EVERY.search(text, max(0, f.start - 4), f.start) is not None


def _longest_per_end(found: list[Found]) -> list[Found]:
    """A rule that matched "منذ 1 شهر" also matched its tail "1 شهر": keep the longest."""
    longest: dict[tuple[str, int], Found] = {}
    for f in found:
        key = (f.rule, f.end)
        if key not in longest or f.start < longest[key].start:
            longest[key] = f
    return list(longest.values())


def _score(f: Found) -> tuple[int, int, int, int]:
    """Best first: the most characters rules matched, the longest span, the highest
    priority, the earliest start."""
    return -f.covered, -(f.end - f.start), -f.priority, f.start


def _best(found: list[Found], size: int, keep: Callable[[Found], bool]) -> list[Found]:
    """Keep non-overlapping candidates, best first (:func:`_score`), each only if ``keep``
    says it resolves and stands alone. A rejected join leaves its parts in the running; a
    rejected rule match still holds its span ("31 شباط 2021" is no date, and no February)."""
    found.sort(key=_score)
    taken = bytearray(size + 1)
    chosen: list[Found] = []
    for f in found:
        if taken.find(1, f.start, f.end) != -1:
            continue
        if keep(f):
            chosen.append(f)
        elif f.parts > 1:
            continue
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    chosen.sort(key=_START)
    return chosen


_LONGEST = 90  # no expression is longer; bounds the work on adversarial text
# How many of the second unit make one of the first, where that is exact.
_UNITS_IN = {("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60,
             ("minute", "second"): 60, ("decade", "year"): 10, ("century", "year"): 100}


def _same_period(m: object) -> bool:
    """"الشهر نفسه", "نفس الربع": the month or quarter the text last named, told with nothing else."""
    return isinstance(m, When) and m.narrative and m.rel_unit in UNITS_PER_YEAR and m.rel_offset == 0 \
        and date_fields(m) == {"rel_unit"} and m.fuzzy is None and m.mod is None


def _of_year(word: str, text: str, start: int) -> bool:
    """Whether the gap's ``word`` (or the clitic ل on the year at ``start``) ties a year to the period before it:
    "من العام الماضي", "لعام 2014", "للعام الماضي"."""
    return word == "من" or word == "" and text.startswith("ل", start)


def _years_of(m: object, word: str, text: str, start: int) -> int:
    """How many years a year counted from now names after a period ("من العام الماضي", "للعام المقبل", "قبل
    سنة": -1, 1, -1), 0 for anything else (a year by its number, "العام الحالي")."""
    if isinstance(m, Shift) and m.unit == "year" and m.amount and not m.narrative and not m.now and m.mod is None \
            and word == "":
        return m.amount * m.sign
    if isinstance(m, When) and _of_year(word, text, start) \
            and date_fields(m) == {"rel_unit"} and m.rel_unit == "year" and not m.narrative and m.mod is None \
            and m.fuzzy is None:
        return m.rel_offset
    return 0


def _hijri_year_gregorian_month(y: When, m: When) -> bool:
    """Whether ``y`` is a Hijri year with no month of its own and ``m`` a Gregorian month: they never make one
    date ("1438 هـ 5 نوفمبر" would read November as the eleventh month of 1438)."""
    return y.calendar == "hijri" and y.year is not None and y.month is None \
        and m.month is not None and m.year is None and m.calendar == "gregorian"


def _may_join(a: When, b: When, gap: str) -> bool:
    fa, fb = date_fields(a), date_fields(b)
    if fa and fb:
        if fa & fb and not (fa == {"rel_unit"} or fb == {"rel_unit"}):
            return False
        union = fa | fb
        if "rel_unit" in union:
            rel = a.rel_unit or b.rel_unit
            other = union - {"rel_unit"}
            if rel == "day" and other and not {"day", "month"} <= other:
                return False
            if rel == "day" and not other:
                return False
            if rel in ("week",) and other:
                return False
            if rel == "year" and not other <= {"month", "day", "season", "quarter", "half", "holiday"}:
                return False
            if rel == "month" and not other <= {"day"}:
                return False
        if {"day"} <= fa and {"day"} <= fb:
            return False
        if "month" in fa and "month" in fb:
            return False
    if a.has_clock and b.has_clock:
        return False
    if a.calendar != b.calendar and (_hijri_year_gregorian_month(a, b) or _hijri_year_gregorian_month(b, a)):
        return False  # "5 صفر 1438 هـ 5 نوفمبر": the Hijri year is the first day's; November is no month of 1438
    if (a.weekday is not None and (b.quarter or b.half)) or (b.weekday is not None and (a.quarter or a.half)):
        return False  # "نتائج الربع الثاني من العام يوم الأربعاء": a day told after a quarter, not in it
    for p, o, fo in ((a, b, fb), (b, a, fa)):
        if p.part is not None and not date_fields(p) and p.weekday is None and not p.has_clock \
                and fo and not fo & {"day", "holiday"} and o.rel_unit != "day" and o.weekday is None:
            return False  # "ظهر في 2011" is "appeared in 2011"; a part of the day needs a day
    if not fa and not fb and not (a.has_clock or b.has_clock) and not (a.part and b.part is None) \
            and not (b.part and a.part is None):
        # weekday + weekday, part + part
        if a.weekday is not None and b.weekday is not None:
            return False
    if a.narrative != b.narrative and (fa or fb) \
            and not any(not f and p.weekday is None and (p.part is not None or p.has_clock) and not p.narrative
                        for p, f in ((a, fa), (b, fb))):
        return False  # (a part of the day or a clock alone takes the narrative day: "صباح اليوم التالي")
    return True


def _span_of(a: Found, b: Found, meaning: object, rule: str) -> Found:
    return Found(a.start, b.end, meaning, rule, max(a.priority, b.priority), a.covered + b.covered, a.parts + b.parts)


def _join_pair(a: Found, b: Found, text: str, joins: Joins, g: Gap,
               source: NormalizedText | None = None) -> list[Found]:
    """Every way ``a`` and ``b``, with ``g`` between them, join (often none, sometimes a
    range and an apposition: the chart keeps both and resolution decides). ``source``, the
    normalization ``text`` came from, tells the marks folding dropped (:data:`_ADVERB_MARK`)."""
    if b.end - a.start > _LONGEST or a.sealed or b.sealed:
        return []
    out: list[Found] = []
    ma, mb = a.meaning, b.meaning
    if g.calendars:  # "25 صفر 1438 | 25 نوفمبر 2016": across a barrier, one full day in two calendars only
        if isinstance(ma, When) and isinstance(mb, When) and ma.calendar != mb.calendar \
                and _full_day(ma) and _full_day(mb):
            out.append(Found(a.start, b.end, Apposition(ma, mb), "<date> = <date>", 4,
                             a.covered + b.covered + len(g.word), a.parts + b.parts))
        return out
    if g.apposition and isinstance(ma, When) and isinstance(mb, When) and date_fields(ma) and date_fields(mb) \
            and not mb.has_clock and (not ma.has_clock or _restating(g.word)) \
            and (ma.calendar != mb.calendar or _told_twice(ma, mb)):
        # "21 جمادى الآخرة 1443 هـ - 25 يناير 2022 م", "... هـ (25 يناير 2022 م)"
        end, word = b.end, g.word
        if word == "(":
            close = re.match(r"\s*\)", text[end:end + 3])
            end += close.end() if close else 0
        out.append(Found(a.start, end, Apposition(ma, mb), "<date> = <date>", 4, a.covered + b.covered + len(word),
                         a.parts + b.parts))
    if (_word_is_bracket(g) or g.word == "\"") and isinstance(ma, When) and isinstance(mb, When) \
            and (_deictic_day(ma) and weekday_alone(mb) or weekday_alone(ma) and _deictic_day(mb)):
        # "اليوم (الأربعاء)", "الأحد (اليوم)", "اليوم «السبت»": one day told twice, as "أمس، الأحد"
        close = re.match(r"\s*\)" if g.word == "(" else r"\s*\"", text[b.end:b.end + 3])  # « » are folded to "
        merged = combine(ma, mb)
        if close is not None and merged is not None:
            out.append(Found(a.start, b.end + close.end(), merged, f"{a.rule} + {b.rule}", max(a.priority, b.priority),
                             a.covered + b.covered, a.parts + b.parts))
    bracketed = _bracketed_weekday(a, b, text, g)
    if bracketed is not None:
        out.append(bracketed)
    if type(ma) is Range and type(mb) is Range:  # "يومي الأحد والاثنين 9 و10 أغسطس"
        dated = weekdays_dated(a, b, text, g)
        if dated is not None:
            out.append(dated)
    if type(mb) is Vague:
        now = _range_to_now(a, b, text, g, joins)
        if now is not None:
            return [now]
    if g.to and isinstance(ma, When) and isinstance(mb, When) \
            and not (_bare_period(ma) or _bare_period(mb)):
        # ranges: "من A إلى B", "بين A و B", "A - B" between two times of the same kind
        opened = joins.opener.search(text, max(0, a.start - 6), a.start)
        word = g.word
        if opened is None and word in joins.since_range_words and ma.weekday is not None:
            opened = joins.since_opener.search(text, max(0, a.start - 12), a.start)  # "منذ الأحد الماضي وحتى الأربعاء"
        if opened or word in joins.range_words or word in joins.dashes:
            first, last = _complete_range(ma, mb)
            if first is not None and (opened or word not in joins.dashes or _same_kind(first, last)) \
                    and (opened or first.has_clock or date_fields(first)) \
                    and not (opened and opened["w"] in joins.dual_openers and first.weekday is not None
                             and last.weekday is not None and (last.weekday - first.weekday) % 7 != 1):
                # two weekdays need من/بين; "يومي الاثنين والأربعاء" are two days, no range
                start = opened.start("w") if opened else a.start
                out.append(Found(start, b.end, Range(first, last), "<from> .. <to>", 5,
                                 a.covered + b.covered + len(word) + a.start - start, a.parts + b.parts))
                return out
    if g.to and type(ma) is Duration and type(mb) is Duration and ma.mod is None and mb.mod is None \
            and _days(ma) < _days(mb):
        opened = joins.opener.search(text, max(0, a.start - 6), a.start)
        if opened is not None:  # "بين ستة أشهر إلى تسعة أشهر", "من أسبوع إلى عشرة أيام": amounts in a range
            out.append(Found(opened.start("w"), b.end, Duration(mb.parts, mod="EQUAL_OR_LESS"), "<from> .. <to>", 5,
                             a.covered + b.covered + len(g.word) + a.start - opened.start("w"), a.parts + b.parts))
            return out
    joined = _join_glued(a, b, text, g, joins, source)
    return out + [joined] if joined is not None else out


_AFTER_EVERY = kept(r"(?<!\w)كل\s+$")  # the word of a set ("كل يوم"), right before a candidate
_EVERY = "كل "  # its usual ending there: a cheap test first
_NOW = kept(r"(?:(?P<until>حتي)\s+)?الان")  # "الآن", "حتى الآن" (folded)


def _range_to_now(a: Found, b: Found, text: str, g: Gap, joins: Joins) -> Found | None:
    """"من مطلع العام وحتى الآن", "منذ 2011 حتى الآن", "من يناير إلى الآن": from a date to today, a range
    whose start is in the past (the now is the publication's day, as "حتى اليوم")."""
    ma, mb = a.meaning, b.meaning
    if not (isinstance(ma, When) and isinstance(mb, Vague) and mb.value == "PRESENT_REF") \
            or ma.has_clock or not (date_fields(ma) or ma.weekday is not None) or _bare_period(ma) or ma.narrative:
        return None
    now = _NOW.fullmatch(text, b.start, b.end)
    if now is None or not (now["until"] and g.word in ("", "و") or not now["until"] and g.word in joins.range_words
                           | joins.since_range_words | joins.after_opener_words):
        return None
    opened = joins.opener.search(text, max(0, a.start - 6), a.start) \
        or joins.since_opener.search(text, max(0, a.start - 12), a.start)
    if opened is None:
        return None
    first = amend(ma, direction=-1) if ma.direction is None and ma.year is None and ma.rel_unit is None else ma
    start = opened.start("w")
    return Found(start, b.end, Range(first, When(rel_unit="day")), "<from> .. <to>", 5,
                 a.covered + b.covered + len(g.word) + a.start - start, a.parts + b.parts)


def _days(d: Duration) -> float:
    """A length in days, to compare two amounts (a month as 30 days, a year as 365); an unknown
    amount ("بضعة أيام") counts none."""
    return sum(amount * _UNIT_DAYS.get(unit, 0.0) for amount, unit in d.parts)


_UNIT_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0,
              "year": 365.0, "decade": 3650.0, "century": 36500.0}


def _bare_period(m: object) -> bool:
    """"العام" or "الشهر" with nothing after it: the period of a part, not an expression."""
    return isinstance(m, When) and m.soft and m.fuzzy is None and m.quarter is None and m.half is None and m.day is None


def _slice_of(f: Found) -> Slice | None:
    """The units ``f`` picks in a period that follows: a :class:`Slice`, or "اليوم الثالث",
    "الأسبوع الثاني" (an nth day or week)."""
    m = f.meaning
    if isinstance(m, Slice):
        return m
    if isinstance(m, When) and f.parts == 1 and f.rule in ("<nth> day of", "<nth> week of"):
        n = m.day if m.day is not None else m.week_nth
        if n is not None:
            unit = "day" if m.day is not None else "week"
            return Slice(unit, 1, from_end=True) if n < 0 else Slice(unit, n)
    return None


def _holds_parts(w: When, a: Found) -> bool:
    """Whether ``w`` is a period whose nth day or week an ordinal picks by counting from its
    start: a Hijri month, a year, a season, a quarter (a Gregorian month or a feast keeps
    its own reading: "الثالث من مارس", "اليوم الأول من العيد")."""
    if w.day is not None or w.has_clock or w.holiday is not None or w.weekday is not None:
        return False
    if isinstance(a.meaning, Slice):
        return w.has_date
    if w.month is not None:
        return w.calendar == "hijri"
    return w.year is not None or w.rel_unit in ("year", "quarter") or _bare_period(w) or w.season is not None \
        or w.quarter is not None or w.half is not None


def _bracketed_weekday(a: Found, b: Found, text: str, g: Gap) -> Found | None:
    """A weekday in brackets beside the day of the month it names, before or after it, or the date in
    brackets after its weekday: "(الخميس) 6 أغسطس", "6 أغسطس (الخميس)", "يوم الأحد (25 مايو)": one
    day told twice (as "الخميس 6 أغسطس"), the brackets inside; apart, the weekday alone would be read from the publication date (a week early, told ahead)."""
    ma, mb = a.meaning, b.meaning
    if not (isinstance(ma, When) and isinstance(mb, When)):
        return None
    if g.word == ")" and weekday_alone(ma) and _day_of_month(mb):
        lo = max(0, a.start - 3)
        opened = re.search(r"\(\s*$", text[lo:a.start])  # "(الخميس) 6 أغسطس"
        start = a.start if "(" in text[a.start:a.end] else lo + opened.start() if opened else -1  # "يوم (الخميس"
    elif _word_is_bracket(g) and (_day_of_month(ma) and weekday_alone(mb)
                                  or weekday_alone(ma) and ma.direction is None and _day_of_month(mb)):
        close = re.match(r"\s*\)", text[b.end:b.end + 3])  # "6 أغسطس (الخميس)", "يوم الأحد (25 مايو)"
        start = a.start if close else -1
        b = Found(b.start, b.end + close.end(), mb, b.rule, b.priority, b.covered, b.parts) if close else b
    else:
        return None
    merged = combine(ma, mb) if start >= 0 else None
    if merged is None:
        return None
    return Found(start, b.end, merged, f"{a.rule} + {b.rule}", max(a.priority, b.priority),
                 a.covered + b.covered, a.parts + b.parts)


def _day_of_month(w: When) -> bool:
    """A day with its month, no clock time: "6 أغسطس", "6/8/2015"."""
    return w.day is not None and w.month is not None and w.weekday is None and not w.has_clock


def _word_is_bracket(g: Gap) -> bool:
    """An opening bracket alone between two candidates."""
    return g.word == "("


def _deictic_day(w: When) -> bool:
    """"اليوم", "أمس", "غداً" (with a part of the day or not), nothing else."""
    return w.rel_unit == "day" and w.weekday is None and date_fields(w) == {"rel_unit"} and not w.has_clock


def _full_day(w: When) -> bool:
    """Whether ``w`` names a day of a month of a year, and no clock ("25 صفر 1438")."""
    return w.day is not None and w.month is not None and w.year is not None and not w.has_clock


def _restating(word: str) -> bool:
    """Whether an apposition's gap holds a word that restates ("الموافق"), not a mark alone: a clock time's day
    told again after one ("الساعة 10:00 صباح الأحد 17/10/1436هـ، الموافق 02/08/2015") is the clock's day."""
    return any(ch.isalpha() for ch in word)


def _told_twice(a: When, b: When) -> bool:
    """Whether two dates of one calendar can only be one time told twice: both name a day
    ("الخميس 20 يناير / 20-1-2022")."""
    return a.day is not None and b.day is not None and a.month is not None and b.month is not None


def _same_kind(a: When, b: When) -> bool:
    """Two ends a dash may join into a range: clock times, or dates of one calendar that
    name the same fields ("13 - 15 تموز" once the month is filled in)."""
    if a.has_clock or b.has_clock:
        return a.has_clock and b.has_clock
    fields = date_fields(a)  # none: two weekdays ("ليل الثلاثاء - الأربعاء" is one night)
    return a.calendar == b.calendar and bool(fields) and fields == date_fields(b)


_DAILY = kept(r"^(?:P1D|XXXX-XX-XX|XXXX-WXX-[1-7])(?:T(?P<tok>MO|AF|EV|NI))?$")


def _clock_alone(m: object) -> bool:
    """A clock time with no day: "الساعة 4 مساءً", "في التاسعة"."""
    return isinstance(m, When) and m.has_clock and m.hour is not None and not date_fields(m) and m.weekday is None \
        and m.rel_unit is None


def _timed_set(s: Recurring, w: When) -> Recurring | None:
    """A set of days (every day, every Monday, every night) at a clock time: XXXX-XX-XXT21,
    XXXX-WXX-1T16; the set's part of the day places a bare hour ("كل ليلة في 9": 21:00)."""
    m = _DAILY.match(s.value)
    if m is None or w.hour is None:
        return None
    hour, part = w.hour, w.part
    pm = part.pm if part is not None else m["tok"] in ("AF", "EV", "NI")
    if pm and hour < 12 and not (part is None and m["tok"] == "NI" and hour < 5):
        hour = part.pm_hour(hour) if part is not None else hour + 12
    if hour > 23:
        return None
    base = "XXXX-XX-XX" if s.value == "P1D" else s.value.split("T")[0]
    return Recurring(f"{base}T{hour:02d}" + (f":{w.minute:02d}" if w.minute is not None else ""))


_EVERY_PERIOD = {"P1M": "XXXX-XX", "P1Y": "XXXX"}  # a set of every month or year, as its periods


def _anchored_set(s: Recurring, w: When) -> Recurring | None:
    """Every week or year, then the day or month it falls on: XXXX-WXX-7 ("كل أسبوع يوم الأحد",
    with its part: XXXX-WXX-7TMO), XXXX-12 ("كل عام في ديسمبر"), XXXX-12-25."""
    if w.has_clock or w.direction is not None or w.nth is not None or w.calendar != "gregorian":
        return None
    if s.value == "P1W" and w.weekday is not None and not date_fields(w):
        return Recurring(f"XXXX-WXX-{w.weekday}" + (f"T{w.part.token}" if w.part is not None else ""))
    if s.value == "P1Y" and w.month is not None and w.weekday is None and w.part is None \
            and date_fields(w) <= {"month", "day"}:
        return Recurring(f"XXXX-{w.month:02d}" + (f"-{w.day:02d}" if w.day is not None and w.day > 0 else ""))
    return None


def _yearly_range(r: Range) -> Recurring | None:
    """A range of yearless Gregorian days or months before "من كل عام": every year's span, XXXX-07-23/XXXX-08-29
    ("بين يوليو وسبتمبر من كل عام": XXXX-07/XXXX-09); the start takes the end's month when it names none
    ("من 10 إلى 20 مارس")."""
    first, last = r.first, r.last
    if not (isinstance(first, When) and isinstance(last, When) and last.month is not None):
        return None
    if any(w.calendar != "gregorian" or w.direction is not None or w.weekday is not None or w.has_clock
           or not date_fields(w) <= {"month", "day"} for w in (first, last)):
        return None
    month = first.month if first.month is not None else last.month
    if first.day is None and first.month is None or (first.day is None) != (last.day is None):
        return None
    if first.day is None:
        return Recurring(f"XXXX-{month:02d}/XXXX-{last.month:02d}")
    return Recurring(f"XXXX-{month:02d}-{first.day:02d}/XXXX-{last.month:02d}-{last.day:02d}")


def _join_glued(a: Found, b: Found, text: str, g: Gap, joins: Joins,
                source: NormalizedText | None = None) -> Found | None:
    ma, mb = a.meaning, b.meaning
    gap, word = g.text, g.word
    if word == "ب" and type(mb) is Duration:
        offset = _offset_from(a, b, text)
        if offset is not None:
            return offset
    if word == "من" and type(ma) in (Duration, Shift) and isinstance(mb, When):
        counted = _counted_from(a, b, text)
        if counted is not None:
            return counted
    selector = _slice_of(a)
    if selector is not None and isinstance(mb, When) and word in ("من", "في") and _holds_parts(mb, a):
        # "اليوم الثالث من رمضان", "الأيام العشرة الأخيرة من رمضان": placed once the period is
        return _span_of(a, b, Part(mb, selector), f"{a.rule} + {b.rule}")
    if selector is not None and isinstance(mb, When) and word == "من" and mb.holiday is not None \
            and mb.holiday_day is None and selector.unit == "day" and not selector.from_end and selector.count == 1 \
            and isinstance(ma, When):
        # "اليوم الثاني من عيد الأضحى": that day of the feast, as "ثاني أيام عيد الأضحى"
        return _span_of(a, b, amend(mb, holiday_day=selector.first, span_days=1), f"{a.rule} + {b.rule}")
    if isinstance(mb, Recurring) and mb.value == "P1Y" and word == "من" and isinstance(ma, When) \
            and ma.month is not None and ma.calendar == "gregorian" and date_fields(ma) <= {"month", "day"} \
            and ma.direction is None and ma.weekday is None and not ma.has_clock:
        # "نهاية شهر يونيو من كل عام": every June, not this one
        day = f"-{ma.day:02d}" if ma.day is not None and ma.day > 0 else ""
        return _span_of(a, b, Recurring(f"XXXX-{ma.month:02d}{day}"), f"{a.rule} + {b.rule}")
    if isinstance(mb, Recurring) and mb.value == "P1Y" and word == "من" and type(ma) is Range:
        every = _yearly_range(ma)
        if every is not None:  # "ما بين 23 يوليو و29 أغسطس من كل عام": every year's span, not this one's
            return _span_of(a, b, every, f"{a.rule} + {b.rule}")
    if word == "من" and _bare_period(mb) and mb.rel_unit == "year" and isinstance(ma, When) \
            and (ma.quarter is not None or ma.half is not None) and ma.year is None and ma.rel_unit is None:
        merged = combine(ma, mb)  # "الربع الثاني من العام": a quarter of the year just named, else of this one
        return None if merged is None else _span_of(a, b, merged, f"{a.rule} + {b.rule}")
    if word == "من" and type(ma) is Range and a.rule == "<two quarters>" and isinstance(mb, When) \
            and mb.quarter is None and mb.month is None and (mb.year is not None or mb.rel_unit == "year"):
        first, second = combine(ma.first, mb), combine(ma.last, mb)  # type: ignore[arg-type]  # "الربعين الأول والثاني من العام الماضي"
        return None if first is None or second is None else _span_of(a, b, Range(first, second), f"{a.rule} + {b.rule}")
    if (word in ("", "في", "عند") and isinstance(ma, Recurring) and _clock_alone(mb)
            or word == "من" and isinstance(ma, Recurring) and _clock_alone(mb) and not joins.range_next.match(text, b.end)
            or word in ("", "في", "عند", "من") and isinstance(mb, Recurring) and _clock_alone(ma)
            and not joins.range_end.search(text, max(0, a.start - 8), a.start)):
        # (not the second end of a clock range: "10-12 ظهراً كل جمعة"); "من" after the clock ("الساعة الثامنة
        # مساءً من كل يوم") or before it when no range goes on ("كل يوم جمعة من السادسة صباحاً"; not "كل يوم من
        # السادسة إلى الثامنة صباحاً": a range of its own)
        timed = _timed_set(ma, mb) if isinstance(ma, Recurring) else _timed_set(mb, ma)  # type: ignore[arg-type]
        if timed is not None:  # "كل ليلة في التاسعة", "الساعة 3 مساءً كل يوم": that time of every such day
            return _span_of(a, b, timed, f"{a.rule} + {b.rule}")
    if word in ("", "في") and isinstance(ma, Recurring) and isinstance(mb, When):
        anchored = _anchored_set(ma, mb)
        if anchored is not None:  # "كل أسبوع يوم الأحد", "سنوياً في ديسمبر": that day of every week,
            return _span_of(a, b, anchored, f"{a.rule} + {b.rule}")  # that month of every year
    if word == "" and isinstance(ma, When) and isinstance(mb, Recurring) and mb.value == "P1Y" \
            and ma.day is not None and not ma.narrative:
        anchored = _anchored_set(mb, ma)
        if anchored is not None:  # "في العاشر من يونيو كل عام": that day of every year
            return _span_of(a, b, anchored, f"{a.rule} + {b.rule}")
    if word == "" and isinstance(ma, Marker) and ma.kind == "fuzzy" and isinstance(mb, Recurring) \
            and mb.value in _EVERY_PERIOD:
        # "نهاية كل شهر", "مطلع كل عام": a part of every such period (the set of the periods; TIMEX3 has no mod on it)
        return _span_of(a, b, Recurring(_EVERY_PERIOD[mb.value]), f"{a.rule} + {b.rule}")
    if word == "من" and isinstance(ma, Marker) and a.rule == "<fraction> of" and _bare_period(mb) and mb.rel_unit == "month":
        # "الثلث الأخير من الشهر": a part of the month the text just named, else of this one
        return _span_of(a, b, amend(mb, mod=ma.mod, fuzzy=ma.fraction), f"{a.rule} + {b.rule}")
    if _bare_period(ma) or _bare_period(mb):
        return None  # "العام" alone is the period of a part only
    if word == "من" and isinstance(ma, When) and isinstance(mb, When) and mb.narrative and mb.rel_unit == "year" \
            and not mb.rel_offset and date_fields(mb) == {"rel_unit"} and not ma.narrative and ma.month is not None \
            and ma.year is None and ma.rel_unit is None and ma.calendar == "gregorian":
        # "وفي أيلول من نفس العام": that month of the year the text last named
        return _span_of(a, b, amend(ma, rel_unit="year", rel_offset=0, narrative=True), f"{a.rule} + {b.rule}")
    if _same_period(ma):
        if isinstance(mb, When) and date_fields(mb) == {"year"} and mb.calendar == "gregorian" \
                and _of_year(word, text, b.start) and mb.mod is None and not mb.narrative:
            # "مقارنة بالشهر نفسه لعام 2014": the month the text last named, in that year (_told.Told.period_named)
            return _span_of(a, b, amend(ma, year=mb.year), f"{a.rule} + {b.rule}")  # type: ignore[arg-type]
        years_back = _years_of(mb, word, text, b.start)
        if years_back:
            # "مقارنة بالشهر نفسه من العام الماضي", "الربع نفسه قبل سنة": the period the text last named, that
            # many years off (a comparison's term: the year counts from the period compared, not from the paper;
            # _told.Told.period_named places it)
            per = UNITS_PER_YEAR[ma.rel_unit]  # type: ignore[union-attr]
            return _span_of(a, b, amend(ma, rel_offset=years_back * per), f"{a.rule} + {b.rule}")  # type: ignore[arg-type]
    if word == "من" and isinstance(ma, When) and isinstance(mb, When) and ma.narrative and ma.rel_unit == "day" \
            and not ma.rel_offset and mb.month is not None and mb.year is not None and mb.day is None \
            and mb.rel_unit is None:
        # "ذلك اليوم من شهر ديسمبر عام 2008": a day of that month, not the day the text last named
        return _span_of(a, b, mb, f"{a.rule} + {b.rule}")
    if isinstance(ma, When) and isinstance(mb, When) and word in COUNTED_FROM \
            and ma.nth is not None and ma.nth > 0 and ma.weekday is not None and not date_fields(ma) \
            and date_fields(mb) and (mb.day is not None or mb.holiday is not None or mb.rel_unit == "day"):
        sign = 1 if word == "بعد" else -1
        return _span_of(a, b, NthAfter(ma.weekday, ma.nth, sign, mb), f"{a.rule} + {b.rule}")
    if isinstance(ma, Shift) and isinstance(mb, Duration) and len(mb.parts) == 1 and mb.mod is None \
            and g.listing:
        # "منذ سنة وشهرين": one shift counted in the finer unit
        amount, unit = mb.parts[0]
        per = _UNITS_IN.get((ma.unit, unit))
        if per is not None and amount:
            return _span_of(a, b, replace(ma, amount=ma.amount * per + amount, unit=unit), f"{a.rule} + {b.rule}")
        return None
    if isinstance(ma, Duration) and isinstance(mb, Duration) and g.listing and word:
        # "يومين و3 ساعات", "1 عام, 1 شهر" are one amount; side by side ("نصف ساعة طوال اليوم") two
        units = {u for _, u in ma.parts}
        if not units & {u for _, u in mb.parts}:
            return _span_of(a, b, Duration(ma.parts + mb.parts), "<duration> <duration>")
        return None
    if not g.glue:
        return None
    if isinstance(ma, Marker):
        if ma.kind == "fuzzy" and isinstance(mb, When) and mb.day is None and mb.hour is None \
                and (mb.month is not None or mb.rel_unit not in (None, "day") or mb.year is not None
                     or mb.decade is not None or mb.century is not None or mb.season is not None
                     or mb.quarter is not None or mb.half is not None):
            if word not in ("", "من"):
                return None  # "صدر في 1419هـ" is "was issued in"
            return _span_of(a, b, amend(mb, mod=ma.mod, fuzzy=ma.fraction), f"{a.rule} + {b.rule}")
        if ma.kind == "fuzzy" and ma.mod is None and isinstance(mb, When) and word in ("", "من") and not mb.has_clock \
                and (mb.day is not None or mb.weekday is not None or mb.rel_unit == "day" or mb.part is not None):
            # "في وقت سابق من اليوم", "في وقت لاحق من مساء أمس": some time of that day or part, told as the day
            return _span_of(a, b, mb, f"{a.rule} + {b.rule}")
        if ma.kind == "fuzzy" and ma.mod is not None and isinstance(mb, Vague) and mb.mod is None and word == "" \
                and text.startswith("ال", b.start):
            # "نهاية الموسم الماضي", "مطلع الفترة المقبلة": a part of a vague period is that period, with its mod
            # (TimeML's extent holds the modifier); no date is made of it
            return _span_of(a, b, replace(mb, mod=ma.mod), f"{a.rule} + {b.rule}")
        if ma.kind == "approx" and isinstance(mb, (When, Duration, Shift)) and word == "":
            if isinstance(mb, (When, Duration)):
                return _span_of(a, b, replace(mb, mod="APPROX"), f"{a.rule} + {b.rule}")
            return _span_of(a, b, mb, f"{a.rule} + {b.rule}")
        if ma.kind == "since" and isinstance(mb, When) and word == "":
            if ma.mod == "ON_OR_BEFORE" and mb.has_clock and not date_fields(mb):
                return _span_of(a, b, Until(mb), f"{a.rule} + {b.rule}")
            if mb.has_date or mb.part is not None:  # "منذ 19 كانون الثاني", "حتى منتصف الليل"
                return _span_of(a, b, amend(mb, mod=mb.mod or ma.mod), f"{a.rule} + {b.rule}")
        return None
    if isinstance(mb, Marker):
        if mb.kind == "tz" and isinstance(ma, When) and ma.has_clock:
            return _span_of(a, b, amend(ma, tz=mb.tz), f"{a.rule} + {b.rule}")
        return None
    if isinstance(ma, When) and isinstance(mb, Range):
        if mb.first.has_clock and mb.last.has_clock and _ends_day_range(ma, a, text, joins):
            return None  # "من الأحد إلى الخميس بين الثامنة والثانية": the weekday ends a range of days, not the hours'
        r = Range(combine(ma, mb.first) or mb.first, combine(ma, mb.last) or mb.last)
        if (date_fields(ma) or ma.weekday is not None) and word in ("", "من", ",") \
                or ma.weekday is not None and g.apposition and word.isalpha() and type(mb.first) is When \
                and mb.first.day is not None:  # a word that restates: "الخميس والجمعة الموافقين 13 و14 أغسطس"
            return _span_of(a, b, r, b.rule)
        return None
    if isinstance(ma, Range) and isinstance(mb, When) and (word in ("من", "في") or not word and text.startswith("ل", b.start)) \
            and date_fields(mb) and date_fields(mb) <= {"year", "rel_unit"} and mb.rel_unit in (None, "year") \
            and ma.first.rel_unit is None and ma.first.month is not None \
            and (ma.first.day is None or ma.first.calendar == ma.last.calendar == "gregorian"):
        # "الأشهر الستة الأولى من العام الجاري", "آخر ستة أشهر لعام 2014" (ل on the year: "للعام الماضي")
        if ma.last.year is not None:
            return None
        year = {"year": mb.year, "rel_unit": mb.rel_unit, "rel_offset": mb.rel_offset}
        # the days of a month too ("من 5 إلى 9 أبريل من العام الماضي"), the start in the year before when it falls
        # later in a year ("من 28 ديسمبر إلى 3 يناير من العام المقبل"); a start with its own year keeps it: "من
        # أغسطس 2014 إلى أبريل من العام الجاري"
        first = ma.first if ma.first.year is not None else amend(ma.first, **year)
        if ma.first.year is None and _later_in_year(ma.first, ma.last):
            first = amend(first, **({"year": mb.year - 1} if mb.year is not None else {"rel_offset": mb.rel_offset - 1}))
        return _span_of(a, b, Range(first, amend(ma.last, **year)), f"{a.rule} + {b.rule}")
    if isinstance(ma, Range) and isinstance(mb, When) and not mb.has_clock and (date_fields(mb) or mb.weekday) \
            and ma.first.has_clock and ma.last.has_clock and not (ma.first.has_date or ma.last.has_date) \
            and word in ("", ",", "،", "يوم", "في"):
        # "من الساعة 9:30 - 11:00 يوم الخميس": both ends on that day
        last = combine(_before_noon(ma.last, mb), mb)
        if last is not None and _over_midnight(ma.first, last):
            first: When | None = ma.first  # "من العاشرة مساءً حتى الثانية فجر الخميس": the day is the end's (resolve)
        else:
            first = combine(ma.first, mb if last is None or _before_end(ma.first, last) else amend(mb, part=None))
        if first is not None and last is not None:
            return _span_of(a, b, Range(first, last), a.rule)
    if isinstance(ma, Range) and isinstance(mb, When) and mb.part is not None and not date_fields(mb):
        last = combine(_before_noon(ma.last, mb), mb) or ma.last  # "من 9 إلى 1 بعد الظهر": the first end stays in the morning
        first = (combine(ma.first, mb) if _before_end(ma.first, last) else None) or ma.first
        return _span_of(a, b, Range(first, last), a.rule)
    if isinstance(ma, When) and isinstance(mb, When) and gap == " " and date_fields(ma) == {"rel_unit"} \
            and ma.rel_unit == "year" and date_fields(mb) == {"year"} and mb.part is None \
            and text[b.start].isdigit():
        return _span_of(a, b, amend(mb, mod=ma.mod or mb.mod), f"{a.rule} + {b.rule}")  # "العام الحالي 1436هـ"
    if isinstance(ma, When) and isinstance(mb, When):
        if not _may_join(ma, mb, gap):
            return None
        if word in _COMMAS and mb.part is not None and not date_fields(mb) and mb.weekday is None \
                and not mb.has_clock and text[b.end - 1] != "ا" and _WORD_AFTER.match(text, b.end) \
                and not (source is not None and source.marked_at(b.end, _ADVERB_MARK)):
            return None  # "منذ 24 فبراير، فجر أمس": a part of the day in construct opens the next day's expression
            # (not one in the accusative, "صباحاً" or "مساءً": an adverb of the day before the comma)
        if word == "من" and mb.has_clock and _ends_day_range(ma, a, text, joins):
            return None  # "من الأحد إلى الخميس من الثامنة حتى الثانية": the hours of each day, not Thursday's alone
        merged = combine(ma, mb)
        if merged is None:
            return None
        return _span_of(a, b, merged, f"{a.rule} + {b.rule}")
    return None


def _ends_day_range(m: When, f: Found, text: str, joins: Joins) -> bool:
    """Whether ``m`` (at ``f``) is a weekday alone right after a range word or a dash: the end of a range of days
    ("من الأحد إلى الخميس"), whose hours told after it are each day's, not that day's alone."""
    return m.weekday is not None and not date_fields(m) and not m.has_clock \
        and joins.range_end.search(text, max(0, f.start - 12), f.start) is not None


_DAY_FIELDS = ("calendar", "year", "month", "day", "weekday", "direction", "rel_unit", "rel_offset", "holiday",
               "narrative", "nth")


_BEFORE_AFTER = kept(r"(?<!\w)" + clitic_prefixes().conjunction + r"?(?P<w>قبل|بعد)\s+$")


def _offset_from(a: Found, b: Found, text: str) -> Found | None:
    """"قبل عيد الأضحى بيومين", "بعد 15 مارس بأسبوع": some days or weeks before the date's first day or
    after its last, the span from قبل/بعد; not a fuzzy part or a set ("قبل نهاية العام بشهرين"). A clock
    time, noon or midnight and some hours or minutes: :func:`_clock_offset`."""
    ma, mb = a.meaning, b.meaning
    if isinstance(ma, When) and type(mb) is Duration and len(mb.parts) == 1 and mb.mod is None \
            and mb.parts[0][1] in ("hour", "minute"):
        return _clock_offset(a, b, text)
    if not (isinstance(ma, When) and type(mb) is Duration and len(mb.parts) == 1 and mb.mod is None) \
            or ma.has_clock or ma.mod is not None or ma.fuzzy is not None or ma.narrative \
            or not (date_fields(ma) or ma.weekday is not None):
        return None
    amount, unit = mb.parts[0]
    if unit not in ("day", "week") or not amount or amount != int(amount):
        return None
    opened = _BEFORE_AFTER.search(text, max(0, a.start - 8), a.start)
    if opened is None:
        return None
    meaning = OffsetFrom(int(amount) * (7 if unit == "week" else 1), -1 if opened["w"] == "قبل" else 1, ma)
    return Found(opened.start("w"), b.end, meaning, f"{a.rule} + {b.rule}", max(a.priority, b.priority),
                 a.covered + b.covered + b.start - a.end + a.start - opened.start("w"), a.parts + b.parts)


def _counted_from(a: Found, b: Found, text: str) -> Found | None:
    """"بعد ثلاثة أيام من الغد", "قبل أسبوع من 20 ديسمبر", "بعد أسبوعين من الاثنين المقبل": some days or weeks
    counted from a date, said before it, as :func:`_offset_from` reads "قبل عيد الأضحى بيومين" (gen62); not
    from a fuzzy part ("قبل يومين من نهاية الشهر"), a clock time or a narrative day, nor an amount with a bound
    ("بعد أقل من أسبوع من ...")."""
    ma, mb = a.meaning, b.meaning
    assert isinstance(mb, When)
    if mb.has_clock or mb.mod is not None or mb.fuzzy is not None or mb.narrative or mb.part is not None \
            or not (date_fields(mb) or mb.weekday is not None):
        return None
    if isinstance(ma, Shift):
        if ma.mod is not None or ma.narrative or ma.now:
            return None
        amount, unit = ma.amount, ma.unit
    else:
        assert isinstance(ma, Duration)
        if len(ma.parts) != 1 or ma.mod is not None:
            return None
        amount, unit = ma.parts[0]
    if unit not in ("day", "week") or not amount or amount != int(amount):
        return None
    if not text.startswith(("قبل ", "بعد "), a.start):
        return None  # "خلال أسبوع من 5 ديسمبر", "منذ يومين من ...": no count from the date
    sign = -1 if text.startswith("قبل", a.start) else 1
    meaning = OffsetFrom(int(amount) * (7 if unit == "week" else 1), sign, mb)
    return Found(a.start, b.end, meaning, f"{a.rule} + {b.rule}", max(a.priority, b.priority),
                 a.covered + b.covered + b.start - a.end, a.parts + b.parts)


_AFTERNOON_SAID = kept(r"بعد\s+(?:ال)?ظهر(?:ه|يه)?$")  # "بعد الظهر": after noon, counted from noon when ب + hours follow


def _clock_offset(a: Found, b: Found, text: str) -> Found | None:
    """"بعد منتصف الليل بساعتين", "قبل العاشرة مساءً بساعة", "بعد الظهر بنصف ساعة": some hours or minutes
    before or after a clock time whose hour on 24 hours is known (a part of the day, 24-hour digits, noon or
    midnight), the span from قبل/بعد; within that day only (not "قبل منتصف الليل بساعة": the day before)."""
    ma, mb = a.meaning, b.meaning
    assert isinstance(ma, When) and isinstance(mb, Duration)
    if ma.mod is not None or ma.fuzzy is not None or ma.second is not None:
        return None
    start = a.start
    part = ma.part
    if _AFTERNOON_SAID.match(text, a.start, a.end) and ma.hour is None:
        hour, sign = 12, 1  # "بعد الظهر بساعتين": 14:00, the part read as after noon
    else:
        opened = _BEFORE_AFTER.search(text, max(0, a.start - 8), a.start)
        if opened is None:
            return None
        start, sign = opened.start("w"), -1 if opened["w"] == "قبل" else 1
        if ma.hour is None:
            if part is None or not (part.noon or part.midnight):
                return None
            hour = 12 if part.noon else 0
        elif ma.h24 or ma.hour > 12 or part is not None and (part.noon or part.midnight):
            hour = ma.hour
        elif part is not None:
            hour = part.pm_hour(ma.hour) if part.pm else ma.hour
        else:
            return None  # "بعد الثامنة بساعة": morning or evening untold
    amount, unit = mb.parts[0]
    minutes = amount * (60 if unit == "hour" else 1)
    if not minutes or minutes != int(minutes):
        return None
    at = hour * 60 + (ma.minute or 0) + sign * int(minutes)
    if not 0 <= at < 24 * 60:
        return None
    meaning = amend(ma, part=None, hour=at // 60, minute=at % 60, h24=True)
    return Found(start, b.end, meaning, f"{a.rule} + {b.rule}", max(a.priority, b.priority),
                 a.covered + b.covered + b.start - a.end + a.start - start, a.parts + b.parts)


def _fixed_hour(w: When) -> When:
    """A bare noon or midnight as its hour, to end or open a clock range."""
    if w.hour is None and w.part is not None and (w.part.noon or w.part.midnight):
        return amend(w, hour=12 if w.part.noon else 0)
    return w


def _before_noon(end: When, part: When) -> When:
    """The second end of a clock range, told with no part and so taken after noon to follow the first
    ("من التاسعة صباحاً حتى الواحدة": 13:00), back before noon when a part of the morning then follows it:
    "من العاشرة صباحاً حتى الثانية من فجر السبت" ends at 02:00, not 14:00."""
    if end.part is None and end.hour is not None and 12 < end.hour < 24 and part.part is not None \
            and not part.part.pm and not part.has_clock:
        return amend(end, hour=end.hour - 12)
    return end


def _over_midnight(a: When, b: When) -> bool:
    """Whether a clock range from ``a`` to ``b``, whose end has its part of the day, ends earlier in the
    day than it starts, past midnight ("من العاشرة مساءً حتى الثانية فجراً")."""
    if a.hour is None or b.hour is None or b.part is None:
        return False
    start = a.hour + 12 if a.part is not None and a.part.pm and a.hour < 12 else a.hour
    return (b.hour, b.minute or 0) < (start, a.minute or 0)


def _before_end(a: When, b: When) -> bool:
    """Whether the first end of a clock range, taken after noon as the second is, still comes
    before it: "بين 5 و6 مساءً" (17:00), "من 8 حتى 12 ليلاً" (20:00); not "بين الحادية عشرة
    والواحدة ظهراً" nor "10-12 ظهراً", whose first end is in the morning."""
    if a.hour is None or b.hour is None or b.part is None:
        return True
    if a.part is not None:
        return False  # "من الظهيرة حتى التاسعة ليلاً": the first end keeps its own part
    twelve_midnight = b.part.token in ("NI", "EV")  # "12 ليلاً", "12 مساءً": midnight
    end = b.hour + 12 if b.part.pm and b.hour < 12 else 24 if twelve_midnight and b.hour == 12 else b.hour
    return a.hour + 12 <= end or a.hour > 12 or a.hour == 12 and not twelve_midnight


def _day_end(w: When, fields: frozenset[str]) -> bool:
    """A range end that names one day: "اليوم", "الغد", "3 يونيو" (not a month, a clock time)."""
    return bool(fields) and not w.has_clock and w.weekday is None and (w.day is not None or _deictic_day(w))


def _weekday_end(w: When, fields: frozenset[str]) -> bool:
    """A range end that is a weekday alone or with a direction: "الجمعة", "الأحد المقبل"."""
    return not fields and w.weekday is not None and w.nth is None and w.part is None and not w.has_clock


def _complete_range(a: When, b: When) -> tuple[When | None, When]:
    """Fill what the first end leaves out from the second: "من 13 إلى 15 تموز"."""
    if a.has_clock != b.has_clock:  # "من التاسعة صباحاً حتى الظهر": noon and midnight are hours
        a, b = _fixed_hour(a), _fixed_hour(b)
    if a.has_clock and b.has_clock:
        part = a.part or b.part
        first = amend(a, part=part) if a.part is None and part and part.pm and _before_end(a, b) else a
        if b.part is None and a.hour is not None and b.hour is not None:
            start = a.hour + 12 if a.part is not None and a.part.pm and a.hour < 12 else a.hour
            if a.part is not None and b.hour % 12 >= a.hour % 12:  # "من الثامنة حتى العاشرة مساءً"
                b = amend(b, part=a.part)
            elif b.hour < 12 and b.hour <= start < b.hour + 12:  # "من التاسعة صباحاً حتى الواحدة": 13:00
                b = amend(b, hour=b.hour + 12)
            # else "من العاشرة مساءً حتى الثانية": the end is at night, after midnight
        if not b.has_date and b.weekday is None and (a.has_date or a.weekday is not None):
            b = amend(b, **{name: getattr(a, name) for name in _DAY_FIELDS})  # "الخميس من 9 حتى 11"
        return first, b
    if a.has_clock != b.has_clock:
        return None, b
    if b.narrative and b.rel_unit == "month" and b.day is not None and a.month is not None and a.day is not None:
        # "من 17 شوال وحتى 28 من الشهر نفسه": a day of the first end's month
        if b.day <= a.day:
            return None, b
        b = When(calendar=a.calendar, year=a.year, month=a.month, day=b.day, direction=a.direction)
    if b.narrative and b.rel_unit == "year" and not b.rel_offset and b.month is not None and a.year is not None \
            and a.calendar == b.calendar:
        # "من 21 يونيو 2013 حتى 14 أغسطس من نفس العام": the first end's year
        b = amend(b, year=a.year, rel_unit=None, narrative=False)
    fa, fb = date_fields(a), date_fields(b)
    if _weekday_end(a, fa) and a.direction is None and b.weekday is not None and b.rel_unit == "week" \
            and b.nth is None and b.part is None and not b.has_clock:
        # "من الأحد إلى الخميس من الأسبوع المقبل": both days of that week
        return amend(a, rel_unit="week", rel_offset=b.rel_offset), b
    if not fa and not fb and a.weekday is not None and b.weekday is not None \
            and a.rel_unit is None and b.rel_unit is None and a.nth is None and b.nth is None \
            and (a.part is None) == (b.part is None):  # "مساء السبت - الأحد" is the night between
        # "من الأحد إلى الخميس", "من مساء الاثنين حتى صباح الأربعاء": resolve() puts the start in the end's week
        return a, b
    if (_day_end(a, fa) and _weekday_end(b, fb)) or (_weekday_end(a, fa) and _day_end(b, fb)):
        return a, b  # "من الغد حتى الجمعة", "من الأحد حتى اليوم": resolve() puts the weekday beside the day
    if not fa or not fb:
        return None, b
    fill = {}
    for name in ("calendar", "year", "month"):
        if getattr(a, name) in (None, "gregorian") and getattr(b, name) not in (None,):
            if name == "month" and a.day is None or name == "calendar" and a.month is not None and a.year is not None:
                continue  # a start with its own month and year keeps its calendar: "6 يونيو 2016 - 1 رمضان 1437" is
                # no range (a numeric day and month, a bare year take the end's: "من الاثنين 11/9 إلى الأحد
                # 15/11/1436هـ", "من سنة 922 إلى سنة 928هـ")
            if name == "year" and a.direction is not None:
                continue  # "بين 22 كانون الأول المقبل و4 كانون الثاني 2016": the start has its own year
            fill[name] = getattr(b, name)
    if "year" in fill and a.calendar == b.calendar and _later_in_year(a, b):
        fill["year"] -= 1  # "بين 28 ديسمبر و3 يناير 2014": the start in the year before
    if a.rel_unit is None and b.rel_unit is not None and a.month is None and a.year is None:
        return None, b
    if a.year is not None and b.year is None and b.month is not None and a.month is not None \
            and a.calendar == b.calendar and b.direction is None and b.rel_unit is None and not b.narrative:
        # "من 1 مارس 2014 حتى 5 مارس": the end in the start's year (the next one across New Year, or
        # when both ends are the same month: "من يونيو 2014 حتى يونيو")
        b = amend(b, year=a.year + (not _later_in_year(b, a)))
    return amend(a, **fill), b


def _later_in_year(a: When, b: When) -> bool:
    """Whether ``a``'s month and day fall after ``b``'s in a year (both have a month)."""
    if a.month is None or b.month is None:
        return False
    return (a.month, a.day or 0) > (b.month, b.day or 0)


def _bracketed_names(found: list[Found], text: str, deictics: dict[str, int]) -> list[tuple[int, int]]:
    """Deictics alone in brackets are names (the newspaper: "لـ(اليوم)", "مع (اليوم)"), unless
    they follow a date they restate ("الأحد (اليوم)"). Quoted ones are in ``not_dates``."""
    out: list[tuple[int, int]] = []
    ends: set[int] | None = None
    for f in found:
        if f.parts != 1 or text[f.start:f.end] not in deictics:
            continue
        opener = _OPENER.search(text, max(0, f.start - 3), f.start)
        if opener is None or not _CLOSER.match(text, f.end):
            continue
        if ends is None:
            ends = {g.end for g in found}
        before = _APPOSED.search(text, max(0, opener.start() - 4), opener.start())
        if (before.start() if before else opener.start()) not in ends:
            out.append((opener.start(), f.end))
    return out


def _quoted_names(found: list[Found], text: str, deictics: dict[str, int]) -> list[tuple[int, int]]:
    """A deictic word that closes a quotation of two to :data:`_NAME_WORDS` words is the end of
    a name: a newspaper, a channel, a contest ("«المصري اليوم»", "“عين اليوم”", "«عدن الغد»",
    "\"السلام الآن\""); a longer quotation is speech, where the word keeps its meaning.
    Quotation marks are all '"' in the folded text."""
    out: list[tuple[int, int]] = []
    if '"' not in text:
        return out
    for f in found:
        if text[f.end:f.end + 1] != '"' or f.parts != 1:
            continue
        word = text[f.start:f.end]
        if word not in deictics and not (isinstance(f.meaning, Vague) and word.startswith("ال")) or " " in word:
            continue  # a definite noun ends a name in construct; an adverb ("«قريباً»") is speech
        quote = _QUOTED.search(text, max(0, f.start - 40), f.start)
        if quote is not None:
            out.append((quote.start("q"), f.end + 1))
    return out


_NAME_WORDS = 3
# an opening quote (at a word's start, maybe after a clitic: 'و"'), then one or two whole words
# before the deictic (the words of a name: no punctuation, no other quote)
_QUOTED = kept(r'(?:(?<![^\W_ـ])|(?<=(?<![^\W_ـ])' + clitic_prefixes().letter + r'))(?P<q>")(?:[^\W\d_]+\s+){1,%d}$' % (_NAME_WORDS - 1))
_OPENER = kept(r"\(\s*$")
_CLOSER = kept(r"\s*\)")
_APPOSED = kept(r"[\s,]+$")


def _bracketed(chosen: list[Found], text: str) -> list[Found]:
    """``chosen`` with each expression that closes a bracket it did not open ("35) عاماً")
    taking the one just before it: "(35) عاماً"."""
    previous_end = 0
    for i, f in enumerate(chosen):
        if text.find(")", f.start, f.end) != -1 and text.count(")", f.start, f.end) > text.count("(", f.start, f.end):
            bracket = _OPEN_BRACKET.search(text, max(previous_end, f.start - 3), f.start)
            if bracket is not None:
                chosen[i] = replace(f, start=bracket.start(), covered=f.covered + f.start - bracket.start())
        previous_end = f.end
    return chosen


def _day_range(f: Found, text: str) -> Found | None:
    """A full date told as the end of a range whose start is a bare day of the same month:
    "خلال الفترة من 2 ـ 4 / 6 / 1436هـ", "من 8 إلى 29/11/1433هـ"; or a day and a month of the
    same year, the end told with حتى/إلى: "من 6 / 11 حتى 1 / 12 / 1436 هـ"."""
    m = f.meaning
    if type(m) is not When or m.day is None or m.month is None or m.year is None or m.has_clock:
        return None
    until = not text[f.start:f.start + 1].isdigit()
    if until and _UNTIL_DATE.match(text, f.start) is None:
        return None
    low = (_LOW_DAY_MONTH if until else _LOW_DAY).search(text, max(0, f.start - 16), f.start)
    if low is None:
        return None
    day, month = int(low["d"]), int(low["m"]) if low["m"] else m.month
    if not (0 < day <= 31 and 0 < month <= 12 and (month, day) < (m.month, m.day)):  # type: ignore[operator]
        return None
    end = amend(m, mod=None) if until else m
    return Found(low.start(), f.end, Range(amend(end, month=month, day=day), end), "<from> .. <to>", f.priority,
                 f.covered + f.start - low.start(), f.parts)


_LOW_DAY = kept(r"(?<!\w)(?:من|بين)\s+(?P<d>\d{1,2})(?:\s*/\s*(?P<m>\d{1,2}))?\s*(?:(?:الي|حتي|و)\s*|[-–ـ]\s*)$")
# the start of a range told as a day and a month, its end after حتى/إلى told in full ("من 6 / 11 حتى
# 1 / 12 / 1436 هـ": the end was read with its حتى, a bound)
_LOW_DAY_MONTH = kept(r"(?<!\w)من\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*$")
_UNTIL_DATE = kept(r"(?:حتي|الي)\s*\d")
_UNTIL_WORDS = ("حتي", "الي")  # a cheap test before _UNTIL_DATE


def _amount_ranges(chosen: list[Found], text: str, lex: Lexicon) -> list[Found]:
    """``chosen`` with each amount told as the end of a range of amounts, the unit told once,
    widened over the range: "بين 25 و35 عاماً", "من ثلاث إلى عشر سنوات", "3-6 أشهر". Its value
    is the larger amount, at most (EQUAL_OR_LESS): TIMEX3 has no range of durations. Read on
    the chosen expressions only (a rule tried at every number cost 1% of a tag)."""
    previous_end = 0
    for i, f in enumerate(chosen):
        m = f.meaning
        if type(m) is When and f.start - previous_end > 4 and (text[max(0, f.start - 4):f.start].rstrip().endswith(_RANGE_ENDS)
                                                               or text.startswith(_UNTIL_WORDS, f.start)):
            widened = _day_range(f, text)
            if widened is not None:  # "من 8 إلى 29 / 11 / 1433هـ"
                chosen[i] = widened
        if type(m) is Duration and m.mod is None and len(m.parts) == 1 and m.parts[0][0] \
                and text[max(0, f.start - 4):f.start].rstrip().endswith(_RANGE_ENDS):
            low = _LOW_AMOUNT.search(text, max(previous_end, f.start - 32), f.start) \
                or _low_age(lex.age_nouns).search(text, max(previous_end, f.start - 40), f.start)
            if low is not None:
                told = low.groupdict()  # the age's pattern has "a" alone
                amount = lex.number(told.get("a") or told.get("d") or told["o"])
                start = low.start("o") if told.get("o") else low.start()  # "لأربع أو خمس سنوات": the amounts, not the ل
                before = text[max(0, start - 12):start]
                if amount is not None and 0 < amount < m.parts[0][0] and not _NOT_RANGE_BEFORE.search(before) \
                        and not (told.get("o") and " " not in text[f.start:f.end].strip()):  # not "سنة واحدة أو سنتين"
                    chosen[i] = replace(f, start=start, meaning=Duration(m.parts, mod="EQUAL_OR_LESS"),
                                        covered=f.covered + f.start - start)
        elif type(m) is Duration and m.mod is None and len(m.parts) == 1 and m.parts[0][0]:
            upper = _upper_unit(f, chosen[i + 1].start if i + 1 < len(chosen) else len(text), text, lex)
            if upper is not None:
                chosen[i] = upper
        previous_end = chosen[i].end
    return chosen


def _upper_unit(f: Found, next_start: int, text: str, lex: Lexicon) -> Found | None:
    """An amount opening a range whose end is a unit said alone, larger: "من ستة أشهر إلى سنة",
    "بين ثلاثة أسابيع وشهر" — that unit once, at most (as :func:`_amount_ranges`)."""
    opened = _RANGE_OPENER.search(text, max(0, f.start - 8), f.start)
    end = _UNIT_END.match(text, f.end) if opened is not None else None
    if end is None or end.end() > next_start or (opened["w"] == "بين") != (end["to"] == "و"):
        return None  # "من ... إلى", "بين ... و"
    unit = lex.lookup("units", end["u"])
    if unit is None or unit[1] is None:
        return None
    upper = Duration(((float(unit[1]), unit[0]),))
    if _days(upper) <= _days(f.meaning):  # type: ignore[arg-type]
        return None
    return replace(f, start=opened.start("w"), end=end.end(), meaning=Duration(upper.parts, mod="EQUAL_OR_LESS"),
                   covered=f.covered + f.start - opened.start("w") + end.end() - f.end)


_RANGE_OPENER = kept(r"(?<!\w)(?P<w>بين|من)\s+$")
_UNIT_END = kept(r"\s*(?P<to>الي|حتي|و)\s*(?P<u>[^\W\d_]+)(?!\w)")


# the smaller amount before a larger one: "بين 25 و", "من ثلاث إلى ", "ما بين 14-"; or digits and a dash
# with no opener: "3-"
_LOW_AMOUNT = kept(r"(?:(?<!\w)(?:بين|من)\s+(?P<a>\d{1,4}|[^\W\d_]+(?:\s+و\s*[^\W\d_]+)?)\s*(?:و\s*|(?:الي|حتي)\s+|[-–]\s*)"
                   r"|(?<![\w\-–/.])(?P<d>\d{1,4})\s*[-–]\s*|(?<![\w\-–/.])" + clitic_prefixes().conjunction_or("بل") + r"?(?P<o>\d{1,4}|(?!واحد|احد)[^\W\d_]+)\s+او\s+)$")
_RANGE_ENDS = ("و", "-", "–", "ـ", "الي", "حتي", "او")  # how the smaller amount's part ends (folded), checked first
# ("40 أو 50 يوماً": two amounts joined by أو are a range too)


@functools.cache
def _low_age(age_nouns: tuple[str, ...]) -> re.Pattern[str]:
    """The smaller age after a noun of age in construct (``age_words`` of periods.yaml, bare): "بين سن 41
    و", "من عمر 20 إلى ": a range of ages ("بين سن 41 و60 عاماً"), the noun inside its span."""
    nouns = "|".join(sorted(age_nouns, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:بين|من)\s+(?:ال)?(?:" + nouns + r")\s+(?P<a>\d{1,4})\s*(?:و\s*|(?:الي|حتي)\s+|[-–]\s*)$")


# "قبل 6 - 7 سنوات": a time ago, the larger amount's (the amount rule reads it whole); "تحت 13- 14 عاماً": an age category ("خلال 8-48
# ساعة" is a range of amounts: its "خلال" is left out of the span, the larger amount alone was no Within either)
_NOT_RANGE_BEFORE = kept(r"(?<!\w)(?:منذ|قبل|بعد|تحت)\s*\(?\s*$")


def _joined(found: list[Found], text: str, joins: Joins, source: NormalizedText | None = None) -> list[Found]:
    """``found`` and every join of neighbouring candidates (a small chart parser), in the order
    made (a new list). Each round only tries pairs with a candidate the previous round made."""
    items = list(found)
    seen = {(f.start, f.end, type(f.meaning)) for f in items}
    kinds = joins.read  # each gap read once (for all texts: bounded)
    if len(kinds) > _GAPS_KEPT:
        kinds.clear()
    fresh = items
    for round_ in range(4):
        by_start = sorted(items, key=_START)
        starts = [f.start for f in by_start]
        new: list[Found] = []

        def attempt(a: Found, b: Found) -> None:
            gap = text[a.end:b.start]
            g = kinds.get(gap, _UNREAD)
            if g is _UNREAD:
                g = kinds[gap] = joins.kind(gap)
            if g is None:
                return
            for joined in _join_pair(a, b, text, joins, g, source):
                key = (joined.start, joined.end, type(joined.meaning))
                if key not in seen:
                    seen.add(key)
                    new.append(joined)

        for a in fresh:
            end = a.end
            lo = bisect.bisect_left(starts, end)
            hi = bisect.bisect_right(starts, end + 24, lo)
            if lo == hi:
                continue  # no neighbour within reach: nothing to join
            for b in by_start[lo:hi]:
                attempt(a, b)
        if round_:
            fresh_ids = {id(f) for f in fresh}
            by_end = sorted(items, key=_END)
            ends = [f.end for f in by_end]
            for b in fresh:
                for a in by_end[bisect.bisect_left(ends, b.start - 24):bisect.bisect_right(ends, b.start)]:
                    if id(a) not in fresh_ids:
                        attempt(a, b)
        if not new:
            break
        items = items + new
        fresh = new
    return items


_UNREAD = Gap("", "", False, False, False, False)  # a gap not read yet (None: read, joins nothing)
_GAPS_KEPT = 20_000  # about 130 bytes each (the 5,000 corpus articles: 4,151 gaps, 0.5 MB)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


# A part of the day alone is an expression only in these forms, after "في" ("في المساء"),
# or as an adverb ("صباحاً"); "العصر" and "الفجر" alone are as often "the era", "the dawn of".
_PARTS_ALONE = frozenset(("الليله", "منتصف الليل", "منتصف-الليل", "منتصف الصباح", "منتصف-الصباح",
                          "منتصف-النهار", "الظهر", "بعد الظهر", "بعد الظهيره", "منتصف النهار", "الظهيره",
                          "وقت الظهيره", "وقت متاخر من الليل", "ساعه متاخره من الليل",
                          "ساعات متاخره من الليل", "اخر الليل", "اواخر الليل", "اول الليل", "اوائل الليل"))
_NEVER_ALONE = frozenset(("العصر", "الفجر"))
_SINCE_UNTIL = kept(fold_letters(r"^(?:منذ|حتى)\s+"))
_CLOCK_CUE = kept(r"(?:في|عند|حتى|منذ)\s*$")
_AT_CUE = kept(r"(?:عند)\s*$")
_EDGE_CUE = kept(r"(?<!\w)" + clitic_prefixes().conjunction + r"?(?:في|عند|مع|خلال)\s+$")


def _hour_after_future_verb(f: Found, text: str, lex: Lexicon) -> bool:
    """An hour alone right after a verb in the future: in words ("سأعود الحادية عشرة"), the verb
    places it, as في does (the lexicon's ``future_prefixes``); in digits after في ("سأعود في 7",
    which the clock rule takes only at a clause's end)."""
    m = f.meaning
    if not (isinstance(m, When) and m.hour is not None and m.minute is None and m.part is None
            and not m.has_date and m.weekday is None):
        return False
    digits = text[f.start:f.start + 1].isdigit()
    found = _future_verb(lex.future_prefixes, digits).search(text, max(0, f.start - 27), f.start)
    return found is not None


@functools.lru_cache(maxsize=8)
def _future_verb(prefixes: tuple[str, ...], before_fi: bool = False) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + clitic_prefixes().conjunction + r"?(?:" + "|".join(map(re.escape, prefixes)) + r")\w{2,}\s+"
                      + (r"في\s+$" if before_fi else "$"))


def _stands_alone(f: Found, text: str) -> bool:
    m = f.meaning
    if isinstance(m, (Marker, Slice)) or _bare_period(m):
        return False
    if isinstance(m, When) and (m.week_nth is not None or m.day == -1 or f.rule == "<nth> day of") \
            and m.month is None and m.rel_unit is None:
        return False  # "اليوم الأول" of a conference is no date until a month is named
    if f.rule == "first <n> months" and isinstance(m, Range) and m.first.rel_unit is None and m.first.year is None:
        return False  # "الأشهر الثلاثة الأولى" of a sentence are calendar months only "من العام"
    if isinstance(m, When) and m.part is not None and not m.has_date and not m.has_clock and m.weekday is None:
        word = _SINCE_UNTIL.sub("", text[f.start:f.end])  # "حتى منتصف الليل" stands as "منتصف الليل"
        if word in _PARTS_ALONE:
            return True
        if word in _NEVER_ALONE:
            return False
        return word.endswith("ا") or (word.startswith(("ال", "وقت ", "ساعه ", "ساعات ")) and text[max(0, f.start - 3):f.start] == "في ") \
            or (m.part.name.startswith(("early_", "late_")) and _EDGE_CUE.search(text, max(0, f.start - 7), f.start) is not None)
        # an edge of a part (day_parts.yaml edges: "أول الصباح", "وقت متأخر من المساء") after في, عند, مع or
        # خلال ("مع ساعات الفجر الأولى"); not from it, as no part alone ("منذ ساعات الصباح الأولى" is as often a habit)
    if isinstance(m, When) and m.has_clock and not m.has_date and m.part is None and m.minute is None \
            and m.weekday is None:
        word = text[f.start:f.end]
        return "الساعه" in word or "منتصف الليل" in word or m.tz is not None and find_zone(m.tz) is not None \
            or bool(_CLOCK_CUE.search(text, max(0, f.start - 6), f.start)) \
            and not word.isdigit() or bool(_AT_CUE.search(text, max(0, f.start - 6), f.start))
    return True


@functools.lru_cache(maxsize=None)
def load_grammar(code: str = "ar", programs: Path | None = USER_CACHE) -> Grammar:
    """Compile the rules of language ``code`` once. The compiled patterns are kept between
    runs in the folder ``programs`` (None: compile them every time; see
    :func:`timeline._programs.compile_all`)."""
    lex = load_lexicon(code)
    rule_sources = [rule_source(rule, lex) for rule in RULES]
    rule_bodies = [rule_body(rule, lex) for rule in RULES]  # routed: tried only where WORD_START holds (_plan)
    routes = _routes(tuple(zip(RULES, range(len(RULES)))), lex)  # rule indexes until the patterns are made
    words = {w for w in routes if not w.startswith("#") and " " not in w} | set(lex.name_heads)
    pairs = [w.split(" ") for w in routes if " " in w]
    weak = "|".join(f"{first}(?=[\\s\\-]+{trie_regex({second for f, second in pairs if f == first})}(?![^\\W\\d_]))"
                    for first in sorted({first for first, _ in pairs}))
    key = r"(?P<key>" + clitic_prefixes().letter + r"{0,2}(?:\d+|(?:" + trie_regex(words) + "|" + weak + r")(?![^\W\d_])))"
    cues = clitic_prefixes().conjunction + r"?(?:(?P<past>" + trie_regex(set(lex.past_cues)) + ")|" + trie_regex(set(lex.future_cues) | lex.future_adjectives) + "|" \
        + _future_shape(lex) + r")(?!\w)"
    *patterns, keys, keys_after, not_dates, probe, cues_at, cues_after = compile_all([
        *rule_sources, *rule_bodies, r"(?<!\w)" + key, r"\W" + key,
        _not_dates_pattern(lex.not_dates),
        trie_regex(set(lex.not_dates)) if lex.not_dates else r"(?!)",
        r"(?<!\w)" + cues, r"\W" + cues], programs)
    compiled = tuple(zip(RULES, patterns[:len(RULES)]))
    bodies = tuple(zip(RULES, patterns[len(RULES):]))
    rules_at = {w: tuple(bodies[i] for _, i in tried) for w, tried in routes.items()}
    place_months = frozenset(w for form in load_gazetteer(code).forms for w in form.split() if w in lex.months_in_context)
    name_spellings = frozenset(normalize(w).text for w in lex.names_as_written)
    clitic_names = frozenset(normalize(w).text for w in lex.names_with_clitic)
    follows = {rule.name: _follow_words(rule, lex) for rule in RULES if rule.follows}
    return Grammar(lex, compiled, rules_at, keys, keys_after, not_dates, Joins.of(lex.separators),
                   place_months, name_spellings, {}, probe, _phrase_heads(lex.not_dates, words), cues_at, cues_after,
                   follows, {}, *_number_follows(rules_at, follows, lex), {}, {},
                   key_scan(words, [(first, second) for first, second in pairs], programs), clitic_names)


_NUMBER_WORDS = ("cardinals", "ordinals")


def _number_follows(routes: dict[str, _Route], follows: dict[str, tuple[str, ...]],
                    lex: Lexicon) -> tuple[dict[str, int], dict[str, int]]:
    """For each number word a rule is routed at only as a number ("الخامس", "ثلاثة": a form of
    ``cardinals`` or ``ordinals`` in its ``starts``, no other item): how the word after it may
    begin, if the rule says so of its number (:attr:`Rule.follows`), or the number goes on
    ("والعشرين", "عشر" of "خمسة عشر", "-"). Not where a shorter number word inside it could end
    the number with the rest of the word beginning what follows ("ثلاثمائة" as "ثلاث" "مائة").
    Each rule of ``follows`` is a bit (in its order): the number words → the bits of the rules
    chosen there by what follows; each beginning → the bits of the rules that allow it."""
    numbers = {form for name in _NUMBER_WORDS for form in getattr(lex, name)}
    going_on = {"و", "-"} | {first.group() for form in numbers for word in re.split(r"[\s\-]+", form)[1:]
                               if (first := _BEGINNING.match(word)) is not None}
    other_words: dict[str, set[str]] = {}  # rule → its route words from items other than number words
    for rule in RULES:
        if rule.name in follows:
            other_words[rule.name] = {w for item in rule.starts.split() if item.strip("{}") not in _NUMBER_WORDS
                                      for w in _start_words(item, lex)}
    bits = {name: 1 << i for i, name in enumerate(follows)}
    chosen: dict[str, int] = {}
    for word, route in routes.items():
        if word not in numbers:
            continue
        rests = [word[i:] for i in range(1, len(word)) if word[:i] in numbers]  # after a shorter number word
        for rule, _ in route:
            if rule.name not in follows or word in other_words[rule.name]:
                continue
            begins = (*follows[rule.name], *going_on)
            if any(rest.startswith(begins) for rest in rests):
                continue
            chosen[word] = chosen.get(word, 0) | bits[rule.name]
    allowed: dict[str, int] = {}
    for name, begins in follows.items():
        for begin in (*begins, *going_on):
            allowed[begin] = allowed.get(begin, 0) | bits[name]
    if max(map(len, allowed), default=0) > _LONGEST_BEGINNING:
        raise LanguageDataError(f"a word after a number begins with more than {_LONGEST_BEGINNING} letters")
    return chosen, allowed


_LONGEST_BEGINNING = 24  # letters of the longest beginning a rule's ``follows`` names (Grammar.word_begins)


def _follow_words(rule: Rule, lex: Lexicon) -> tuple[str, ...]:
    """How the word after the rule's number may begin (:attr:`Rule.follows`): each literal
    (folded) or form of a word list cut to its first letters, or to its first character when
    it opens with no letter ("-", ")")."""
    if not any(item.startswith("#") or item.strip("{}") in _NUMBER_WORDS for item in rule.starts.split()):
        raise LanguageDataError(f"rule {rule.name!r} says what follows its number but starts with none")
    beginnings: set[str] = set()
    for item in rule.follows.split():
        forms = getattr(lex, item.strip("{}")) if item.startswith("{") else (fold_letters(item),)
        for form in forms:
            first = _BEGINNING.match(form)
            if first is None:
                raise LanguageDataError(f"rule {rule.name!r}: an empty form in what follows its number ({item})")
            beginnings.add(first.group())
    return tuple(sorted(beginnings))


_BEGINNING = re.compile(r"[^\W\d_]+|.", re.DOTALL)


def _future_shape(lex: Lexicon) -> str:
    """A verb in the future read from its shape (relative.yaml ``future_shape``; group "shape"):
    سـ, ستـ or سنـ before a present stem of three letters or more ("ستلتئم"), not a noun's
    ending (ة/ه, ات: "سيارة", "سنوات") nor one of the words or beginnings that are no verb
    ("سيطرت", "سياسي", "سيناء"); or a modal before a present verb ("قد يصادق": may ratify), a negated
    future ("لن تعقد": will not be held), or a
    let's before a verb right before the expression ("دعونا نجتمع الثلاثاء")."""
    words = trie_regex(set(lex.future_not_verbs)) + r"(?!\w)" if lex.future_not_verbs else r"(?!)"
    starts = trie_regex(set(lex.future_not_verb_starts)) if lex.future_not_verb_starts else r"(?!)"
    # "قد يكون غادر" (may have left) guesses at the past
    modal = "|(?:" + trie_regex(set(lex.future_modals)) + r")\s+ي(?!كون)\w{2,}" if lex.future_modals else ""
    # "دعونا نجتمع الثلاثاء": a let's with its verb, the expression (or its preposition) right after
    # (the cues are looked up up to the expression: ``$`` is its start)
    lets = "|(?:" + trie_regex(set(lex.future_lets)) + r")\s+ن\w{2,}(?=\s+(?:[^\W\d_]{1,3}\s+)?$)" \
        if lex.future_lets else ""
    # "لن تعقد الجلسة الأربعاء": a negated future before a present verb of any person, ahead all the same
    negated = "|(?:" + trie_regex(set(lex.future_negations)) + r")\s+[يتنا]\w{2,}" if lex.future_negations else ""
    # "سأتصل", "سألقاك" (folded "سا"): a first person's future, told apart from "ساعد", "سابقا" by its
    # hamza in the original text (:class:`timeline._tense.Tense`)
    first = r"|(?P<first>سا\w{2,}(?<![هة])(?<!ات))"
    # "سيحل", "سترد": a doubled root's future, two letters after its prefix
    doubled = "|س[يتن](?:" + trie_regex(set(lex.future_doubled)) + r")(?!\w)" if lex.future_doubled else ""
    return r"(?P<shape>(?=س[يتن])(?!" + words + "|" + starts + r")س[يتن]\w{3,}(?<![هة])(?<!ات)" + modal + negated + lets \
        + doubled + first + ")"


def _phrase_heads(phrases: tuple[str, ...], keys: set[str]) -> dict[str, tuple[int, ...]] | None:
    """The first word of each phrase → how many characters before it the phrase starts
    ('"اليوم"': 1), when every phrase's first word is a key word the key-word scan always
    reports (a whole word, not a weak one); else None."""
    heads: dict[str, set[int]] = {}
    for phrase in phrases:
        head = _LETTERS.search(phrase)
        if head is None or head.group() not in keys or head.group() in _WEAK_FIRST_WORDS \
                or _WORD_CHAR.search(phrase, 0, head.start()):
            return None
        heads.setdefault(head.group(), set()).add(head.start())
    return {head: tuple(sorted(before)) for head, before in heads.items()}


_LETTERS = kept(r"[^\W\d_]+")
_WORD_CHAR = kept(r"\w")


# Words too common to look at alone: a form that begins with one is keyed by its first
# two words ("في الماضي", "ما يقارب"), so plain "في" and "ما" cost nothing.
_WEAK_FIRST_WORDS = frozenset(("في", "ما", "علي"))


def _not_dates_pattern(phrases: tuple[str, ...]) -> str:
    """The not-date phrases as one regex, longest first, each a whole-word match (:func:`_whole`);
    those that begin with a letter share one :data:`WORD_START` (tried once, not per phrase)."""
    ordered = sorted(phrases, key=len, reverse=True)
    words = [_whole(p)[len(WORD_START):] for p in ordered if p[:1].isalnum()]
    others = [_whole(p) for p in ordered if not p[:1].isalnum()]
    branches = ([WORD_START + "(?:" + "|".join(words) + ")"] if words else []) + others
    return "|".join(branches) or r"(?!)"


def _whole(phrase: str) -> str:
    """``phrase`` as a regex that does not start or end inside a word (a clitic of
    :data:`WORD_START` may stick to its first word and stays outside the match)."""
    head = WORD_START if phrase[:1].isalnum() else ""  # a clitic may stick to it: "بالربيع العربي"
    tail = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return head + re.escape(phrase) + tail


_WORD_GAP = kept(r"[\s\-]+")


def _first_word(form: str) -> str:
    words = _WORD_GAP.split(form)
    if words[0] in _WEAK_FIRST_WORDS and len(words) > 1:
        return words[0] + " " + words[1]
    return words[0]


def _start_words(item: str, lex: Lexicon) -> set[str]:
    """The route words of one item of a rule's ``starts``."""
    if item.startswith("{"):
        return {_first_word(form) for form in getattr(lex, item.strip("{}"))}
    if item.startswith("ال{"):  # the definite forms of a list only: "ال{cardinals}" ("الثلاث", "الستة")
        return {_first_word(form) for form in getattr(lex, item[2:].strip("{}")) if form.startswith("ال")}
    if item == "#":
        return {"#/", "#_"}
    if item.startswith("#"):
        return {item}
    return {fold_letters(item.replace("_", " "))}  # a literal; "_" joins two words ("ما_تبقي" for "ما تبقى")


def _routes(compiled: tuple[tuple[Rule, P], ...], lex: Lexicon) -> dict[str, tuple[tuple[Rule, P], ...]]:
    """Map each word a match may begin with to the rules to try there."""
    routes: dict[str, list[int]] = {}
    words_of: dict[str, set[str]] = {}  # an item's words, made once: many rules start with "{ordinals}"
    for i, (rule, _) in enumerate(compiled):
        if not rule.starts:
            raise LanguageDataError(f"rule {rule.name!r} says no word it starts with")
        for item in rule.starts.split():
            if item not in words_of:
                words_of[item] = _start_words(item, lex)
            for word in words_of[item]:
                if i not in routes.setdefault(word, []):
                    routes[word].append(i)
    return {w: tuple(compiled[i] for i in ix) for w, ix in routes.items()}
