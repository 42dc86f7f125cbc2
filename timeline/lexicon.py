"""Load a language's word lists (YAML under ``lang/<code>/``) into typed lookup tables.

Every surface form is folded with :func:`timeline.normalize.fold` once, here, so rules
match the folded text and look meanings up by the folded matched string.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from timeline._programs import USER_CACHE, kept, source_stamp, stored
from timeline._types import ISO_WEEK, Week
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.normalize import fold

__all__ = ["COLONS", "COMMAS", "PHRASE_END", "SEMICOLONS", "SENTENCE_ENDS", "Clitics", "DayPart", "Holiday",
           "Lexicon", "MonthName", "Separators", "accusative", "after_lam", "after_words", "attached_pronouns", "clitic_prefixes", "conjoined",
           "construct", "definite", "dual", "feminine", "future_genders", "load_lexicon", "marks", "month_spellings",
           "oblique", "plural_feminine", "relative_pronoun", "relative_pronouns", "same", "trie_regex",
           "unjoined"]


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
    eve: bool = False  # before a feast or a Hijri day, the evening before it ("عشية عيد الميلاد")

    def pm_hour(self, hour: int) -> int:
        """A bare hour under 12 told with this after-noon part on the 24-hour clock: 12 hours
        later, unless the morning hour lies nearer the part's hours ("11 ظهراً" is 11:00, not
        23:00; "2 ظهراً" 14:00, "5 مساءً" 17:00)."""
        def gap(h: int) -> int:
            first, last = self.hours
            return max(first - h, h - last, 0)
        return hour if gap(hour) < gap(hour + 12) else hour + 12

    def holds(self, hour: int) -> bool:
        """Whether ``hour`` (0–35: past 23 is the next day's, as a night's hours run) lies in this
        part's hours; a part of one instant ("الظهر" 12–12) holds its hour."""
        first, last = self.hours
        return first <= hour < max(last, first + 1)


@dataclass(frozen=True, slots=True)
class Holiday:
    name: str
    calendar: str  # "hijri" | "gregorian" | "easter" | "weekday" (the nth weekday of a month)
    month: int = 0
    day: int = 0  # for "weekday": the ISO weekday; ``nth`` counts it in the month (-1: the last)
    days: int = 1
    also: tuple[tuple[int, int], ...] = ()  # other (month, day) it may be: "العيد" is either Eid
    needs_context: bool = False  # tagged only with a count or a cue ("ثالث أيام العيد")
    whole: bool = False  # the expression names all its days ("موسم الحج"), not its first
    nth: int = 0


class Separators(NamedTuple):
    """What stands between two neighbouring expressions (``separators.yaml``), folded.

    Built at import as a named tuple, not a dataclass (its generated methods cost ~1 ms of every
    start): immutable and compared field by field all the same; nothing hashes or copies it."""

    barrier: frozenset[str] = frozenset()
    glue_marks: tuple[str, ...] = ()
    glue_words: tuple[str, ...] = ()
    range_openers: tuple[str, ...] = ()
    dual_openers: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()
    range_words_after_opener: tuple[str, ...] = ()
    since_openers: tuple[str, ...] = ()
    since_range_words: tuple[str, ...] = ()
    range_dashes: tuple[str, ...] = ()
    apposition_marks: tuple[str, ...] = ()
    apposition_words: tuple[str, ...] = ()
    calendar_marks: tuple[str, ...] = ()  # barriers that join only one full day told in two calendars
    list_openers: tuple[str, ...] = ()  # before the first of listed days: "في 10 و12 و14 سبتمبر"
    list_words: tuple[str, ...] = ()  # between two listed days ("و", "،", "ثم")


_GAP = r"[\s\-]+"
_AFTER_LAM = "ل(?<=لل)"  # the article's lam after the preposition ل: "لخميس" of "للخميس"
_Trie = dict[str, "_Trie"]
_GAP_RE = kept(_GAP)


def _units(form: str, after_lam: bool) -> list[str]:
    """A folded form as regex pieces: one per letter, one gap piece for each run of spaces or
    hyphens, the article of each word as one piece, and the lam of ``after_lam`` forms as one
    piece that matches only right after a ل (so ``لخميس`` alone is no match)."""
    out: list[str] = []
    for i, word in enumerate(_GAP_RE.split(form)):
        if i:
            out.append(_GAP)
        if i == 0 and after_lam:
            out.append(_AFTER_LAM)
            word = word[1:]
        elif word.startswith(_ARTICLE):
            out.append(_ARTICLE)
            word = word[len(_ARTICLE):]
        # letters need no escape (one call for the word instead of one per letter)
        out.extend(word if re.escape(word) == word else map(re.escape, word))
    return out


# At the first letter a shorter shared part is written twice: sharing there costs the engine a
# second look at every word ("ال" tried with and without the shared part), which only pays
# when the part is long.
_WORTH_SHARING = 24


def _unit_order(unit: str) -> tuple[str, bool, str]:
    """Branches by first letter, the after-ل lam before the plain ل (as the letter trie had it)."""
    return unit[:1], unit != _AFTER_LAM, unit


TRIE_KEEP = 256
"""How many emitted word regexes a cache folder keeps (the newest): ~35 per version of the
word lists (the grammar's, the happening words', the gazetteer's)."""

_TRIE_PREFIX = "trie-"


def trie_regex(forms: set[str], after_lam: frozenset[str] = frozenset(), cache: Path | None = USER_CACHE) -> str:
    r"""One regex for many words, factored so the engine reads each letter once instead of
    trying every word in turn, and compiles a short pattern.

    The words are a prefix tree; at each branch the longer continuation is tried first, so
    the regex matches what an alternation sorted longest first would, in the same order.
    Two factorings keep it short without changing that: branches that differ only in their
    first letter share one tail (``س[بپ]تمبر``), and a piece whose branches repeat those of
    its parent becomes optional (``(?:ال|ل(?<=لل)|)ثالث``, ``ثلاث[\s\-]*مائه``,
    ``ثلاث(?:ه?[\s\-]+عشر...``), which is where generated forms (article, lam, ة, a
    gap or none) would otherwise copy whole subtrees.

    A form in ``after_lam`` (``لخميس``, the article's lam of ``للخميس``) matches only right
    after a ل, so the preposition stays outside the span.

    The regex is kept between runs in ``cache`` (None: never), in a file named by the hash
    of the words, this module's code and the Python version (``re.escape``): writing the ~35 regexes of a start costs ~0.03 s
    of CPU in the fork server, before any worker can start (:func:`_stored_trie`)."""
    if cache is None:
        return _trie_regex(forms, after_lam)
    return _stored_trie(forms, after_lam, cache)


def _stored_trie(forms: set[str], after_lam: frozenset[str], folder: Path) -> str:
    """:func:`trie_regex` kept in ``folder`` (:func:`timeline._programs.stored`)."""
    stamp = source_stamp(__file__)
    if stamp is None:
        return _trie_regex(forms, after_lam)
    return stored(folder, _TRIE_PREFIX, TRIE_KEEP, (stamp, sorted(forms), sorted(after_lam)),
                  lambda: _trie_regex(forms, after_lam), lambda v: isinstance(v, str))


def _trie_regex(forms: set[str], after_lam: frozenset[str]) -> str:
    """:func:`trie_regex`, written."""
    trie: _Trie = {}
    for form in forms:
        node = trie
        for unit in _units(form, form in after_lam):
            node = node.setdefault(unit, {})
        node[""] = {}
    return "(?:" + _Emitter(trie).emit(trie) + ")"


class _Emitter:
    """Writes a prefix tree as a regex (:func:`trie_regex`), each subtree once."""

    def __init__(self, root: _Trie) -> None:
        self._root = root
        self._done: dict[int, str] = {}

    def emit(self, node: _Trie) -> str:
        key = id(node)
        if key not in self._done:
            self._done[key] = self._emit(node)
        return self._done[key]

    def _emit(self, node: _Trie) -> str:
        if len(node) == 1 and "" not in node:  # one piece on, the commonest node: nothing to share
            ((unit, child),) = node.items()
            return unit + self.emit(child)
        end = "" in node
        kids = {unit: child for unit, child in node.items() if unit}
        if not kids:
            return ""
        tails = {unit: self.emit(child) for unit, child in kids.items()}
        order = sorted(kids, key=_unit_order)
        # a piece whose own branches repeat this node's: optional before the shared branches
        shares: dict[str, frozenset[str]] = {}
        for unit in order:
            shared = frozenset(v for v, grandchild in kids[unit].items()
                               if v and v != unit and v in kids and tails[v] == self.emit(grandchild))
            if shared and (node is not self._root
                           or sum(len(v) + len(tails[v]) for v in shared) >= _WORTH_SHARING):
                shares[unit] = shared
        if len(shares) > 1:  # a piece that is itself shared by another stays a branch
            for unit in list(shares):
                if any(unit in shared for other, shared in shares.items() if other != unit):
                    del shares[unit]
        groups: dict[frozenset[str], list[str]] = {}
        for unit, shared in shares.items():
            groups.setdefault(shared, []).append(unit)
        ordered = sorted(groups.items(), key=lambda group: _unit_order(group[1][0]))
        branches: list[str] = []
        for shared, units in ordered:  # first: the longer readings through the optional pieces
            after = _merged([(v, tails[v]) for v in order if v in shared])
            branches.append(_optional(units) + _alternation(after, False))
        for shared, units in ordered:  # then each optional piece's own other branches
            for unit in units:
                rest = {v: child for v, child in kids[unit].items() if v not in shared}
                if rest:
                    branches.append(unit + self._emit(rest))
        covered = set(shares).union(*groups)
        branches += _merged([(unit, tails[unit]) for unit in order if unit not in covered])
        return _alternation(branches, end)


def _merged(branches: list[tuple[str, str]]) -> list[str]:
    """``unit + tail`` for each branch; single letters with the same tail share it: ``[بپ]تمبر``."""
    longer = {unit[0] for unit, _ in branches if len(unit) > 1}  # "ل" stays apart from "ل(?<=لل)"
    letters: dict[str, list[str]] = {}
    for unit, tail in branches:
        if len(unit) == 1 and unit not in longer:
            letters.setdefault(tail, []).append(unit)
    out: list[str] = []
    for unit, tail in branches:
        if unit not in letters.get(tail, ()) or len(letters[tail]) == 1:
            out.append(unit + tail)
        elif letters[tail][0] == unit:
            out.append("[" + "".join(letters[tail]) + "]" + tail)
    return out


def _optional(units: list[str]) -> str:
    r"""Any of ``units`` or nothing, tried in that order: ``ه?``, ``[\s\-]*``, ``(?:ال|ل(?<=لل)|)``."""
    if units == [_GAP]:
        return _GAP[:-1] + "*"
    return units[0] + "?" if len(units) == 1 and len(units[0]) == 1 else _alternation(units, True)


def _alternation(branches: list[str], optional: bool) -> str:
    """The branches in order, then (``optional``) nothing: an empty last branch rather than
    ``(?:...)?``, which ``re`` runs through its slower general repeat."""
    if not branches:
        return ""
    if optional:
        return branches[0] + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + "|)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@dataclass(slots=True)
class Lexicon:
    """Folded surface form → meaning, one table per category."""

    months: dict[str, MonthName] = field(default_factory=dict)
    months_in_context: dict[str, MonthName] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    weekdays_bare: dict[str, int] = field(default_factory=dict)
    weekday_plurals: dict[str, int] = field(default_factory=dict)  # "الآحاد": after أيام only
    cardinals: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    fractions: dict[str, float] = field(default_factory=dict)
    fraction_plurals: dict[str, float] = field(default_factory=dict)  # "أرباع": after a count ("ثلاثة أرباع")
    score_words: tuple[str, ...] = ()  # "فاز 2/1": a score, not a day and month
    percent_before: frozenset[str] = frozenset()  # "في" before "المئة": per cent, no hundred of a unit
    range_to: tuple[str, ...] = ()  # separators.yaml's range words, with and after an opener: "{range_to}"
    units: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    unit_duals: dict[str, str] = field(default_factory=dict)  # "يومين", "الشهرين": derived from units.yaml
    year_duals: dict[str, int] = field(default_factory=dict)  # "عامي", "سنتي" (construct): derived from units.yaml
    # a `from_now` unit's plural (count None) and oblique dual (2), bare, with the article and after لل ("الأيام",
    # "للشهرين"), and its singular after digits (1: "ساعة", "يوماً", "يوم"): derived from units.yaml (:func:`_spans_from_now`)
    span_units: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    span_units_bare: dict[str, tuple[str, int | None]] = field(default_factory=dict)  # the bare ones: "آخر ثلاثة أيام"
    span_singulars: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    # the direction after such a span ("القادمة", "الماضيين", "الأخيرتين" → -1 or 1): each relative.yaml
    # ``span_directions`` adjective's feminine and its masculine and feminine oblique duals (:func:`_span_directions`)
    span_directions: dict[str, int] = field(default_factory=dict)
    # the same after a plural with no article ("قادمة", "سابقة"): the feminine without it (:func:`_span_directions`)
    span_directions_bare: dict[str, int] = field(default_factory=dict)
    # a unit whose bare singular is also another word ("عقد": a contract, a holding) → the words it may
    # stand before as a unit ("قبل عقد من الزمن"); before any other word it is no unit ("بعد عقد لجان")
    unit_bare_before: dict[str, frozenset[str]] = field(default_factory=dict)
    # a unit whose count is also a count of things signed ("عقود": contracts) → the words in a clause before
    # it after which a count with no opener is of those things ("أبرم ... خمسة عقود"), feminine past derived
    unit_signed_after: dict[str, frozenset[str]] = field(default_factory=dict)
    # a unit whose word is also a thing ("ساعة": a watch; "عقود": contracts) → the words right after which it is
    # the thing ("ساعة يد", "عقود برنت"): the article and an adjective's (ي) feminine, dual and plural derived
    unit_object_before: dict[str, frozenset[str]] = field(default_factory=dict)
    # a unit whose "آخر <n> <units>" in a sentence of a match is the match's ("آخر ثماني دقائق") → the words
    # (beginnings) that tell the match
    unit_played_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    day_parts: dict[str, DayPart] = field(default_factory=dict)
    part_homonyms: frozenset[str] = frozenset()  # "الظهر" (the back): a time only after a cue
    part_cues: tuple[str, ...] = ()
    future_prefixes: tuple[str, ...] = ()  # "سأعود": a verb in the future
    part_after_definite: frozenset[str] = frozenset()  # "المجلس البلدي الظهر": at noon
    part_generic_before: frozenset[str] = frozenset()  # "أوقات الظهيرة": any day's noon
    part_before_day_only: frozenset[str] = frozenset()  # "أمسية الخميس", not "أمسية شعرية"
    part_always: tuple[str, ...] = ()  # "ليلاً ونهاراً": night and day, no time
    rel_days: dict[str, int] = field(default_factory=dict)
    rel_inserted: dict[str, tuple[str, int]] = field(default_factory=dict)  # "(أول من) أمس": words → (deictic, offset)
    directions: dict[str, int] = field(default_factory=dict)
    this_decade_after: frozenset[str] = frozenset()  # "خلال هذا العقد": a decade, not a contract
    last_decade_after: frozenset[str] = frozenset()  # "في العقد الأخير": the last decade, not the last contract
    last_count_after: frozenset[str] = frozenset()  # "خلال آخر 24 ساعة": the last hours, not "شاب آخر 27 سنة"
    directions_of_another: frozenset[str] = frozenset()  # "العام السابق للغزو": before a happening, not now
    directions_of_two: frozenset[str] = frozenset()  # "الماضيين", "المقبلين": a direction shared by days listed before it
    future_cues: tuple[str, ...] = ()
    possibility_cues: frozenset[str] = frozenset()  # of future_cues, those of a possibility (no tense), folded
    possibility_ahead: frozenset[str] = frozenset()  # "أن" after a possibility: its verb is ahead, folded
    future_adjectives: frozenset[str] = frozenset()  # "المقبلة" on a noun: its clause is ahead, up to a comma
    future_adjective_stops: frozenset[str] = frozenset()  # "بعد", "خلال": "next" on a noun does not reach past them
    # words of a future verb's shape (سـ + a present stem) that are none, and beginnings of such words
    future_not_verbs: tuple[str, ...] = ()
    future_not_verb_starts: tuple[str, ...] = ()
    future_modals: tuple[str, ...] = ()  # "قد" before a present verb (يـ): what may come ("قد يصادق")
    future_lets: tuple[str, ...] = ()  # "دعونا" before a verb (نـ) right before the expression ("دعونا نجتمع الثلاثاء")
    future_negations: tuple[str, ...] = ()  # "لن" before a present verb: told ahead ("لن تعقد الجلسة الأربعاء")
    future_doubled: tuple[str, ...] = ()  # "حل": a doubled root, its future "سيحل" of two letters after سيـ
    purpose_verbs: frozenset[str] = frozenset()  # "ليخوض": the lam of purpose before a future cue's present
    past_cues: tuple[str, ...] = ()
    past_negations: tuple[str, ...] = ()  # "لم" before a present verb: told done ("لم يصل الوفد")
    negation_conditions: frozenset[str] = frozenset()  # ...but ahead after "إذا" ("إذا لم تستجب حتى 20 سبتمبر")
    negation_unless: frozenset[str] = frozenset()  # ...and no cue after "ما" ("ما لم": unless, or what not)
    was_before_future: frozenset[str] = frozenset()  # "كان" before a future cue: a plan of the past ("كان من المقرر")
    was_conditions: frozenset[str] = frozenset()  # ...but not after "إذا" ("ما إذا كان سيرفع": whether it will)
    later_forms: frozenset[str] = frozenset()  # "لاحقاً": FUTURE_REF unless its clause tells the past
    later_future_words: frozenset[str] = frozenset()  # words that keep a "later" in the future ("يتم")
    later_not_verbs: frozenset[str] = frozenset()  # words shaped like a perfect verb that are none ("وقت")
    later_past_words: frozenset[str] = frozenset()  # masculine perfects that put a "later" in the past ("توفي")
    present_not_verb_starts: tuple[str, ...] = ()  # "يوم", "يونيو": shaped like a present verb, none
    present_governing: frozenset[str] = frozenset()  # "في" right before a weekday: of its phrase, not the clause's words
    done_openers: frozenset[str] = frozenset()  # "بعد مبايعته … في نوفمبر": a yearless month told of what came before
    done_stops: frozenset[str] = frozenset()  # "قالت إن …": a saying's content, its tense not the saying's
    done_plans: frozenset[str] = frozenset()  # "حددت … عطلة عيد الأضحى": a perfect telling what is to come
    vague: dict[str, str] = field(default_factory=dict)
    narrative: dict[str, int] = field(default_factory=dict)
    narrative_tails: tuple[str, ...] = ()
    name_heads: frozenset[str] = frozenset()
    manner_openers: tuple[str, ...] = ()  # "بشكل يومي": a set's opening word, no time word (_tense._beyond)
    title_heads: tuple[str, ...] = ()  # "فيلم «...»": a time in the quoted title after one is none
    day_told_recalls: tuple[str, ...] = ()  # "ذكرى": a day told again in its sentence recurs, no year carried
    name_never_opens: frozenset[str] = frozenset()  # "لمدة", "أكثر": no name's second term opens so
    named_day_words: frozenset[str] = frozenset()
    not_dates: tuple[str, ...] = ()
    nowadays_before: frozenset[str] = frozenset()  # with the subject pronouns
    yesteryear_before: frozenset[str] = frozenset()  # "نجوم الأمس": former stars, the past
    yesteryear_after: frozenset[str] = frozenset()  # "الأمس القريب": the recent past
    tomorrow_era_before: frozenset[str] = frozenset()  # "جيل الغد": the future
    near_states: frozenset[str] = frozenset()  # "سيكون قريباً من": near to, after a future of being
    yesterday_states: frozenset[str] = frozenset()  # "بالأمس كانوا …، واليوم …": the past against the present
    pay_before: frozenset[str] = frozenset()  # "راتب شهر مايو": the month the pay is for, tense cues unread
    delivery_before: frozenset[str] = frozenset()  # "عقود برنت تسليم سبتمبر": a contract's month, this one or ahead
    habitual: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "year"/"day": words of a habit
    except_words: tuple[str, ...] = ()  # "باستثناء الجمعة": a weekday left out of a schedule, every such day
    nowadays_pronouns: frozenset[str] = frozenset()  # "وهو اليوم": these days (with the speakers, "وأنا اليوم", for the events)
    nowadays_state_on: frozenset[str] = frozenset()  # "ما أنا عليه اليوم": على + an attached pronoun
    nowadays_state_openers: frozenset[str] = frozenset()  # ما، الذي … before it (with ب/و/ف/ل)
    nowadays_states: frozenset[str] = frozenset()  # "تعد اليوم": these days (read by the events)
    nowadays_states_told: frozenset[str] = frozenset()  # the states the tagger reads alone (و/ف derived)
    nowadays_states_negated: frozenset[str] = frozenset()  # the others, read by the tagger after لم/لا
    nowadays_states_negations: frozenset[str] = frozenset()
    nowadays_compared: tuple[str, ...] = ()
    today_actions: frozenset[str] = frozenset()  # "وهو اليوم يزور المصنع": an action today, not nowadays
    today_action_subjects: frozenset[str] = frozenset()  # the pronouns before "اليوم" there (و/ف derived)
    today_opening_verbs: frozenset[str] = frozenset()  # "اليوم يصادف": a sentence's opening "اليوم" still the day
    today_opening_nouns: frozenset[str] = frozenset()  # "واليوم وفي الذكرى …": the same
    invocations: tuple[str, ...] = ()  # "إن شاء الله" after a date: hoped for, to come
    unannounced_nouns: frozenset[str] = frozenset()  # "مقتل … .. الأحد": a headline's day of a happening done
    # words that end the search for a comparison after "اليوم": what follows a complementizer is
    # what was said ("قال اليوم إن الوضع أفضل من أي وقت مضى"), with its attached pronouns (إنه، أنها)
    nowadays_compared_stops: frozenset[str] = frozenset()
    nowadays_expected: tuple[str, ...] = ()  # "أعلى مما كان متوقعاً": compared with an expectation
    general_before: frozenset[str] = frozenset()
    day_not_today_before: frozenset[str] = frozenset()  # "مرتين في اليوم": a day, not today
    day_in_habit_before: frozenset[str] = frozenset()  # "يومياً … خلال اليوم": any day, in a daily habit
    surname_before: frozenset[str] = frozenset()  # "أحمد الخميس": a family name, not Thursday
    day_before_name: frozenset[str] = frozenset()  # "في الخميس": the day, though a family name told
    names_as_written: frozenset[str] = frozenset()  # "آلان" (Alan), as written: folded it is "الان" (now)
    names_with_clitic: frozenset[str] = frozenset()  # "باول" (Powell), as written: folded it is ب + "اول" (first)
    other_years: frozenset[str] = frozenset()  # "العام الدراسي": a school year, not the calendar one
    term_breaks: frozenset[str] = frozenset()  # "إجازة منتصف العام": the school year's half-term
    ranked_nouns: frozenset[str] = frozenset()  # "القناة الإخبارية الثانية": a rank, folded, no article
    month_context_before: tuple[str, ...] = ()  # "في", "قبل": a month name that is also a word is the month after one
    month_context_not: tuple[str, ...] = ()  # "من قبل" ("by"): not such a word here
    month_context_at_end: tuple[str, ...] = ()  # "قبل", "بعد": the month only where its phrase ends ("قبل مارس.")
    month_phrase_goes_on: tuple[str, ...] = ()  # "من": after a month its phrase goes on ("آخر شعبان من كل عام")
    fuzzy: dict[str, tuple[str, float, float]] = field(default_factory=dict)
    approx: tuple[str, ...] = ()
    vague_amounts: tuple[str, ...] = ()  # "سنوات قليلة": a few of a unit
    seasons: dict[str, str] = field(default_factory=dict)
    seasons_alone: frozenset[str] = frozenset()  # tokens whose bare word ends a clause as a season
    season_look_alikes: frozenset[str] = frozenset()  # "وصيف": a runner-up, not و + summer
    season_names: tuple[str, ...] = ()  # "الربيع العربي": after it, "هذا الربيع" is the uprising
    decades: dict[str, int] = field(default_factory=dict)
    age_words: tuple[str, ...] = ()  # "العمر", "عمره", "سنها": a number beside one is an age
    year_marks: dict[str, str] = field(default_factory=dict)
    before_era: tuple[str, ...] = ()  # "قبل الميلاد", "ق.م": a year or century before the era, no date
    age_persons: tuple[str, ...] = ()  # "شاب": a decade after one and في is an age
    age_nouns: tuple[str, ...] = ()  # "عمر", "سن": bare, in construct before a range of ages ("بين سن 41 و60 عاماً")
    same_feminine: tuple[str, ...] = ()  # "نفسها", "ذاتها": "the same" after a feminine unit ("السنة نفسها")
    turn_of_year: tuple[str, ...] = ()  # "الجديد" after العام/السنة: the year at the turn (relative.yaml)
    this_glued: tuple[str, ...] = ()  # "ه" glued to a unit's article: "this" ("هالأسبوع": هذا الأسبوع)
    corresponding: tuple[str, ...] = ()  # "المماثل": the period last named, in the year told after it
    last_day_words: tuple[str, ...] = ()  # "سلخ": a month's last day ("سلخ رمضان")
    anniversary_nouns: tuple[str, ...] = ()  # "الذكرى": a number after it counts years ("الذكرى الخمسين")
    anniversary_years: tuple[str, ...] = ()  # "السنوية" between the noun and its number
    # "المئوية" → 100 (event_dates.yaml anniversary_numbers, with the article): the years an anniversary counts
    anniversary_counts: dict[str, int] = field(default_factory=dict)
    heat_before: tuple[str, ...] = ()  # "درجات الحرارة": a decade after one is of degrees, no time
    heat_after: tuple[str, ...] = ()  # "المئوية": a decade before one is of degrees
    heat_degrees: tuple[str, ...] = ()  # "درجة": after a number ("45 درجة"), as heat_before
    holidays: dict[str, Holiday] = field(default_factory=dict)
    week: Week = ISO_WEEK  # the day a week begins on, its weekend (week.yaml)
    separators: Separators = Separators()
    year_nouns: frozenset[str] = frozenset()
    year_adjectives: frozenset[str] = frozenset()  # "الشتوية 2022": a season's adjective, feminine derived
    year_adjective_next: frozenset[str] = frozenset()  # the words after such a year that end its phrase
    happening_heads: tuple[str, ...] = ()
    happenings: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) → year
    happening_months: dict[tuple[str, int], int] = field(default_factory=dict)  # (head, month) → year
    # per table, its forms that are the article's lam after the preposition ل ("للخميس" → "لخميس")
    after_lam: dict[str, frozenset[str]] = field(default_factory=dict)

    def alt(self, name: str) -> str:
        """A non-capturing regex alternation of every form in category ``name``,
        longest first, so the longest spelling wins."""
        return _alt(self, name)

    def behind(self, name: str) -> str:
        """:func:`after_words` of the words of ``name`` (a tuple of folded forms), each also with a
        conjunction glued before it (:func:`conjoined`: "وباستثناء الجمعة")."""
        return after_words(sorted(conjoined(getattr(self, name))))

    def number(self, phrase: str) -> int | None:
        """The value of a folded number phrase: digits, or words joined by و."""
        phrase = phrase.strip()
        if phrase.isdigit():  # more than nine digits count no time ("7777777777 يوماً" is noise)
            return int(phrase) if len(phrase) <= _MAX_DIGITS else None
        total, previous = 0, None
        for part in re.split(r"\s+و\s*|\s*\bو(?=\d)", phrase):
            part = part.strip()
            if not part:
                continue
            if part.isdigit():
                if len(part) > _MAX_DIGITS:
                    return None
                value = int(part)
            else:
                value = self.cardinals.get(part, self.ordinals.get(part))
                if value is None:
                    return None
            if previous is not None and not _joins(previous, value):
                return None  # "ثلاث وعشر سنوات", "ستة وثمانية أسابيع": two numbers (a range), not 13 or 14
            total, previous = total + value, value
        return total or None

    def lookup(self, name: str, surface: str) -> Any:
        """The meaning of a matched surface form (whitespace runs normalized)."""
        table = getattr(self, name)
        if surface in table:
            return table[surface]
        if surface.isalnum():  # one word (no space, no dash): its key is itself, not in the table
            return None
        key = _SPACES.sub(" ", surface.strip())
        if key in table:
            return table[key]
        return table[key.replace(" ", "-")] if key.replace(" ", "-") in table else None


_MAX_DIGITS = 9
_SPACES = kept(r"[\s\-]+")  # a run of spaces or dashes, one space in a key (:meth:`Lexicon.lookup`)


def _joins(a: int, b: int) -> bool:
    """Whether number words ``a و b`` make one number: a larger order then a smaller one
    ("مائة وخمسة", "عشرين وخمسة"), or units then tens ("خمسة وعشرين")."""
    return (1 <= a <= 9 and b % 10 == 0 and 20 <= b <= 90) or (a >= 10 and b < a and (a >= 100 or b < 10))


@functools.lru_cache(maxsize=None)
def _alt_cached(lex_id: int, name: str, forms: tuple[str, ...], after_lam: frozenset[str]) -> str:
    return trie_regex(set(forms), after_lam)


def _alt(lex: Lexicon, name: str) -> str:
    table = getattr(lex, name)
    forms = tuple(table) if not isinstance(table, tuple) else table
    return _alt_cached(id(lex), name, forms, lex.after_lam.get(name, frozenset()))


def after_words(words: Iterable[str]) -> str:
    """A zero-width check that the text just before is one of ``words`` and a space, the word whole
    (nothing of a word glued before it: "عدا الجمعة", not "موعدا الجمعة"; a clitic is a form of its
    own, :func:`conjoined`). One look-behind for all the words of each length (a look-behind has one
    width), so a failing check costs a few look-behinds, not one per word; and none where no space
    is just before (a number after "(" or "/")."""
    by_length: dict[int, list[str]] = {}
    for w in words:
        by_length.setdefault(len(w), []).append(re.escape(w))
    return "(?<= )(?:" + "|".join(f"(?<=(?<![\\w])(?:{'|'.join(same)}) )" for _, same in sorted(by_length.items())) + ")"


# -- punctuation: each mark as written and as fold writes it (، ؛ ؟ → , ; ?), by the boundary it marks ---
COMMAS = "،,"
SEMICOLONS = "؛;"
COLONS = ":"
SENTENCE_ENDS = ".!?؟\n"
OPENING_QUOTES = "«\"“"  # what opens a quotation


def marks(*sets: str) -> str:
    """A regular expression for one character of the ``sets`` of marks (:data:`COMMAS` …)."""
    return "[" + re.escape("".join(sets)) + "]"


PHRASE_END = kept(marks(COMMAS, SEMICOLONS, COLONS, SENTENCE_ENDS))
"""Any mark that ends a phrase: a comma, a semicolon, a colon or a sentence's end (the tagger's
gap between two expressions, merge's happening phrase, anchors' recalled phrase)."""


# -- morphology: each word is written once in the YAML; these derive its other forms --------
_NO_TANWEEN_ALEF = ("ه", "ي", "ا", "ات")  # folded endings (ة ى ا ات) whose accusative takes no written alef
_NO_FEMININE = ("ة", "ى", "ه", "ا", "اء")  # written endings of words that take no feminine ة


def _multiword(form: str) -> bool:
    return " " in form or "-" in form


def accusative(form: str) -> list[str]:
    """The word and its indefinite accusative, written with an alef: "عام" → "عاماً"
    (folded "عاما"), "مساء" → "مساءً"/"مساءا"; "ساعة", "سنوات" take none. Folded forms."""
    form = fold(form)
    if _multiword(form) or form.startswith(_ARTICLE) or form.endswith(_NO_TANWEEN_ALEF):
        return [form]
    return [form, form + "ا"]


def definite(form: str) -> list[str]:
    """The word, with the article, and the article after the preposition ل ("للمساء": ل +
    "لمساء", the clitic staying outside the expression). Folded forms."""
    form = fold(form)
    if _multiword(form) or form.startswith(_ARTICLE):
        return [form]
    return [form, _ARTICLE + form, "ل" + form]


def after_lam(form: str) -> str | None:
    """The rest of a definite word after the preposition ل, which drops the article's alef:
    "الخميس" → "لخميس" (in "للخميس"); None when the word has no article or its stem starts
    with ل ("لليل": there the article vanishes and the stem itself follows). Folded."""
    form = fold(form)
    if not form.startswith(_ARTICLE) or form[len(_ARTICLE):len(_ARTICLE) + 1] in ("", "ل"):
        return None
    return form[1:]


def conjoined(forms: Iterable[str], code: str = "ar") -> frozenset[str]:
    """Each word as written alone and after a glued conjunction (:func:`clitic_prefixes`: و, ف:
    "قبيل" → "وقبيل", "فقبيل"), those :func:`timeline.lexicon.unjoined` strips. Folded forms."""
    return frozenset(c + fold(form) for form in forms for c in ("", *clitic_prefixes(code).conjunctions))


def dual(form: str) -> list[str]:
    """The dual of a singular noun, nominative and oblique: "يوم" → "يومان"/"يومين",
    "ساعة" → "ساعتان"/"ساعتين". Folded forms."""
    form = fold(form)
    stem = form[:-1] + "ت" if form.endswith("ه") else form
    return [stem + "ان", stem + "ين"]


def feminine(form: str) -> list[str]:
    """A number word or an adjective and its feminine, folded: "ثالث" → "ثالثه", "قبل
    الماضي" → "قبل الماضيه" (the last word agrees); an irregular feminine is written after a
    slash ("أول/أولى"); a word ending in ة ى ا or ه takes none."""
    if "/" in form:
        masculine, female = form.split("/", 1)
        return [fold(masculine), fold(female)]
    if form.endswith(_NO_FEMININE):
        return [fold(form)]
    return [fold(form), fold(form + "ة")]


def oblique(form: str) -> list[str]:
    """A sound masculine plural and its oblique case: "عشرون" → "عشرين", "سنون" → "سنين"."""
    form = fold(form)
    return [form, form[:-2] + "ين"] if form.endswith("ون") else [form]


def construct(form: str) -> list[str]:
    """A phrase ending in a definite noun, and the same noun in construct before another
    ("بعد الظهر" → "بعد ظهر" as in "بعد ظهر الأحد"). Folded forms."""
    form = fold(form)
    words = form.split(" ")
    if len(words) < 2 or not words[-1].startswith(_ARTICLE) or len(words[-1]) < 4:
        return [form]
    return [form, " ".join(words[:-1] + [words[-1][len(_ARTICLE):]])]


def future_genders(verb: str) -> list[str]:
    """A verb in the future, masculine, its feminine and its first persons: "سيعقد" →
    "ستعقد", "سأعقد", "سنعقد" (a plural, "سيقومون", or any other word stays as it is).
    Folded forms."""
    verb = fold(verb)
    if len(verb) < 5 or not verb.startswith("سي") or (verb.endswith("ون") and len(verb) >= 6):
        return [verb]
    return [verb] + [prefix + verb[2:] for prefix in ("ست", fold("سأ"), "سن")]


def _purpose_forms(futures: Iterable[str], lams: Iterable[str]) -> list[str]:
    """The presents of the masculine future verbs ``futures`` (folded, "سيخوض") after a lam of purpose
    of ``lams``: "ليخوض" (he), "لتخوض" (she), "ليخوضوا" (they). Folded forms; other cues give none."""
    stems = [f[2:] for f in futures if f.startswith("سي") and len(f) >= 5 and not f.endswith("ون")]
    return [fold(lam) + person + stem + plural for lam in lams for stem in stems
            for person, plural in (("ي", ""), ("ت", ""), ("ي", "وا"))]


def perfect_persons(verb: str) -> frozenset[str]:
    """A perfect verb written masculine ("حدد") and its other third persons, folded: "حددت" (she),
    "حددا", "حددتا" (the two), "حددوا" (they); a last ي or ا drops before the endings ("دعا": "دعت",
    "دعوا") and is also kept before ت ("توفيت")."""
    verb = fold(verb)
    stem = verb[:-1] if verb.endswith(("ي", "ا")) and len(verb) > 2 else verb
    return frozenset({verb, verb + "ت", stem + "ت", stem + "وا", stem + "تا", verb + "ا"})


def present_persons(verb: str) -> list[str]:
    """A present verb written masculine ("يزور") and its other persons: "تزور" (she), "نزور"
    (we), "أزور" (I), "يزورون"/"تزورون" (they, you), "يزوران"/"تزوران" (the two). Folded forms."""
    verb = fold(verb)
    if len(verb) < 3 or not verb.startswith("ي"):
        return [verb]
    stem = verb[1:]
    return [verb, "ت" + stem, "ن" + stem, fold("أ") + stem, verb + "ون", "ت" + stem + "ون", verb + "ان", "ت" + stem + "ان"]


def same(noun: str) -> list[str]:
    """"The same" definite ``noun`` in every wording, agreeing in gender (ة): "اليوم" →
    "اليوم نفسه", "اليوم ذاته", "في اليوم نفسه", "نفس اليوم", "ذات اليوم", "ذلك اليوم";
    "الليلة" → "الليلة نفسها", …, "تلك الليلة". Folded forms."""
    female = noun.endswith("ة")
    noun = fold(noun)
    after = [noun + " " + word + ("ها" if female else "ه") for word in ("نفس", "ذات")]
    return after + ["في " + form for form in after] + [f"{word} {noun}" for word in ("نفس", "ذات")] \
        + [("تلك " if female else "ذلك ") + noun]


def plural_feminine(form: str) -> list[str]:
    """A noun ending in ة and its sound feminine plural: "بداية" → "بدايات". Folded forms."""
    return [fold(form), fold(form[:-1] + "ات")] if form.endswith("ة") else [fold(form)]


def _adjective_forms(form: str) -> list[str]:
    """A word, and when it is a relative adjective (ending in ي) its feminine, dual and feminine
    plural: "استثماري" → "استثماريه", "استثماريان"/"استثماريين", "استثماريات". Folded forms."""
    form = fold(form)
    if not form.endswith("ي"):
        return [form]
    return [*feminine(form), *dual(form), *plural_feminine(form + "ة")[1:]]


def possessed(form: str, pronouns: Iterable[str]) -> list[str]:
    """A noun with the article and with each attached pronoun: "عمر" → "العمر", "عمره",
    "عمرهم"; "سن" → "السن", "سنها". Folded forms."""
    form = fold(form)
    return [_ARTICLE + form] + [form + fold(p) for p in pronouns]


def _articles(form: str) -> list[str]:
    """"(ال)أمس" → أمس, الأمس; any other form as written. Unfolded."""
    if form.startswith(_OPTIONAL_ARTICLE):
        bare = form[len(_OPTIONAL_ARTICLE):]
        return [bare, _ARTICLE + bare]
    return [form]


@dataclass(slots=True)
class _Filler:
    """Puts derived forms into the lexicon's tables, remembering the after-ل ones."""

    lex: Lexicon
    article: str  # the language's article (clitics of wording.yaml), folded: ال
    where: str = ""
    lam: dict[str, set[str]] = field(default_factory=dict)
    plain: dict[str, set[str]] = field(default_factory=dict)

    def put(self, name: str, form: str, meaning: Any, *, lam: bool = False) -> None:
        key = re.sub(r"[\s\-]+", " ", fold(str(form)).strip())
        if not key:
            raise LanguageDataError(f"{self.where}: empty form")
        getattr(self.lex, name)[key] = meaning
        (self.lam if lam else self.plain).setdefault(name, set()).add(key)

    def put_definite(self, name: str, form: str, meaning: Any) -> None:
        """The form, and when it has the article, its rest after the preposition ل."""
        self.put(name, form, meaning)
        rest = after_lam(form)
        if rest is not None:
            self.put(name, rest, meaning, lam=True)

    def put_all(self, name: str, entries: list[dict[str, Any]], meaning: Callable[[dict[str, Any]], Any],
                key: str = "forms") -> None:
        """Every form of every entry ("(ال)X" gives X and الX); ``meaning(entry)`` gives its value."""
        for entry in entries:
            value = meaning(entry)
            for form in entry.get(key, []):
                for f in _articles(str(form)):
                    self.put_definite(name, f, value)

    def finish(self) -> None:
        self.lex.after_lam = {name: frozenset(forms - self.plain.get(name, set()))
                              for name, forms in self.lam.items()}


def _spans_from_now(fill: _Filler, entry: dict[str, Any]) -> None:
    """The forms of a units.yaml ``from_now`` unit in a span from now (:attr:`Lexicon.span_units`,
    :attr:`Lexicon.span_singulars`): each plural and the oblique of each singular's dual, bare, with
    the article and after the preposition ل (the bare ones also in :attr:`Lexicon.span_units_bare`); the
    singular and its accusative ("يوم", "يوماً"; "ساعة" has none)."""
    unit = entry["unit"]
    counted = [(form, None) for form in entry.get("plural", [])] + [(dual(form)[1], 2) for form in entry["singular"]]
    for form, count in counted:
        bare = fold(form)
        rest = after_lam(fill.article + bare)
        for f in (bare, fill.article + bare, *(["ل" + rest] if rest is not None else [])):
            fill.put("span_units", f, (unit, count))
        fill.put("span_units_bare", bare, (unit, count))
    for form in entry["singular"]:
        for f in accusative(form):  # "12 شهراً" and, as news often writes it, "12 شهر"
            fill.put("span_singulars", f, (unit, 1))


def _span_directions(fill: _Filler, entry: dict[str, Any]) -> None:
    """The forms of a relative.yaml ``span_directions`` adjective after a span from now
    (:attr:`Lexicon.span_directions`): its feminine ("الماضية", after a plural) and the oblique dual of
    either gender ("الماضيين", "الماضيتين"); not the masculine singular. Unless ``indefinite`` is false, the
    feminine without the article too (:attr:`Lexicon.span_directions_bare`: "ماضية")."""
    for form in entry["adjectives"]:
        masculine, female = feminine(form)
        for f in (female, dual(masculine)[1], dual(female)[1]):
            fill.put("span_directions", f, int(entry["direction"]))
        if entry.get("indefinite", True):
            fill.put("span_directions_bare", female.removeprefix(fill.article), int(entry["direction"]))


def load_lexicon(code: str = "ar") -> Lexicon:
    """Read and check the word lists of language ``code`` (cached: read once per process,
    however it is called: ``load_lexicon()`` and ``load_lexicon("ar")`` share one copy)."""
    return _load_lexicon(code)


@functools.lru_cache(maxsize=None)
def _load_lexicon(code: str) -> Lexicon:
    package = f"timeline.lang.{code}"
    lex = Lexicon()
    fill = _Filler(lex, clitic_prefixes(code).article)
    try:
        fill.where = "numbers.yaml"
        numbers = load_language_yaml(code, "numbers.yaml")
        lex.score_words = tuple(fold(f) for f in numbers["score_words"])
        lex.percent_before = frozenset(fold(f) for f in numbers.get("percent_before", ()))
        lex.last_day_words = tuple(fold(f) for f in numbers.get("last_day", ()))
        _load_numbers(fill, numbers)
        fill.where = "months.yaml"
        _load_months(fill, load_language_yaml(code, "months.yaml"))
        fill.where = "weekdays.yaml"
        for entry in load_language_yaml(code, "weekdays.yaml"):  # written with the article: "الخميس"
            for form in entry["forms"]:
                for spelling in [form] + ([form[:-1]] if form.endswith("اء") else []):  # "الثلاثا"
                    fill.put_definite("weekdays", spelling, int(entry["weekday"]))
                    fill.put("weekdays_bare", spelling[len(fill.article):], int(entry["weekday"]))
            for form in entry.get("plural", []):
                fill.put("weekday_plurals", form, int(entry["weekday"]))
        lex.week = _load_week(load_language_yaml(code, "week.yaml"))
        fill.where = "units.yaml"
        for entry in load_language_yaml(code, "units.yaml"):  # each word once: accusative and dual derived
            for form in entry.get("singular", []):
                for f in accusative(form):
                    fill.put("units", f, (entry["unit"], 1))
                for f in dual(form):
                    fill.put("units", f, (entry["unit"], 2))
                    for d in (f, fill.article + f):
                        fill.put("unit_duals", d, entry["unit"])
                if entry["unit"] == "year":  # "عامي 2018 و2019", "سنتي": the oblique dual in construct
                    fill.put("year_duals", dual(form)[1][:-1], 2)
            for form in entry.get("plural", []):
                for f in accusative(form):
                    fill.put("units", f, (entry["unit"], None))
            for form in entry.get("sound_plural", []):  # "سنون" gives "سنين"
                for f in (a for o in oblique(form) for a in accusative(o)):
                    fill.put("units", f, (entry["unit"], None))
            if entry.get("from_now"):
                _spans_from_now(fill, entry)
            if "bare_before" in entry:
                lex.unit_bare_before[entry["unit"]] = frozenset(fold(w) for w in entry["bare_before"])
            if "signed_after" in entry:
                lex.unit_signed_after[entry["unit"]] = frozenset(
                    f for w in entry["signed_after"] for f in (fold(w), fold(w) + "ت"))
            if "object_before" in entry:
                lex.unit_object_before[entry["unit"]] = frozenset(
                    a + f for w in entry["object_before"] for f in _adjective_forms(w) for a in ("", fill.article))
            if "played_in" in entry:
                lex.unit_played_in[entry["unit"]] = tuple(fold(w) for w in entry["played_in"])
        fill.where = "day_parts.yaml"
        day_parts = load_language_yaml(code, "day_parts.yaml")
        lex.part_cues = tuple(fold(f) for f in day_parts["cues"])
        lex.future_prefixes = tuple(fold(f) for f in day_parts["future_prefixes"])
        lex.part_after_definite = frozenset(fold(f) for f in day_parts["after_definite"])
        lex.part_generic_before = frozenset(fold(f) for f in day_parts["generic_before"])
        lex.part_before_day_only = frozenset(fold(f) for f in day_parts.get("before_day_only", ()))
        lex.part_always = tuple(fold(f) for f in day_parts.get("always", ()))
        lex.part_homonyms = frozenset(fold(f) for e in day_parts["parts"] for f in e.get("homonyms", ()))
        edged: list[tuple[str, DayPart]] = []
        for entry in day_parts["parts"]:  # "صباح" gives "الصباح", "صباحاً"
            part = DayPart(entry["part"], entry["token"], tuple(entry["hours"]), bool(entry["pm"]),
                           bool(entry.get("noon")), bool(entry.get("midnight")), bool(entry.get("eve")))
            for form in entry["forms"]:
                for f in construct(form):
                    _put_noun(fill, "day_parts", f, part)
            start, end = part.hours
            if part.noon or part.midnight or end > 24:
                continue
            for edge in day_parts.get("edges", ()):  # "في وقت مبكر من الصباح", "ساعة متأخرة من مساء"
                mid = start + (end - start) // 2
                hours = (start, mid) if edge["half"] == 0 else (mid, end)
                half = DayPart(f"{edge['edge']}_{part.name}", part.token, hours, part.pm)
                for form in entry["forms"]:
                    if " " not in fold(form):
                        the = fill.article + form  # "الصباح"
                        edged += [(f"{w} {g}", half) for w in edge["words"] for g in (form, the)]
                        edged += [(f"{the} {w}", half) for w in edge.get("after", ())]
                        edged += [(f"{w} {the}", half) for w in edge.get("definite", ())]  # "أول الصباح", not
                        # "أول صباح بعد العيد" (the first morning)
                        edged += [(f"{a} {the} {b}", half) for a, b in edge.get("around", ())]  # "ساعات الفجر الأولى"
        for form, half in edged:  # after the listed forms, which win ("وقت متأخر من الليل")
            if fold(form) not in lex.day_parts:
                fill.put("day_parts", form, half)
        fill.where = "relative.yaml"
        rel = load_language_yaml(code, "relative.yaml")
        for entry in rel["days"]:  # "(ال)غد" gives "غد", "الغد"; "للغد" is "for the future"
            for form in entry["forms"]:
                for f in _articles(str(form)):
                    for g in accusative(f) if entry.get("accusative") else [f]:  # "غداً"
                        fill.put("rel_days", g, int(entry["offset"]))
        for entry in rel.get("inserted", ()):  # "يوم (أول من) أمس": the correction in brackets
            for words in entry["words"]:
                fill.put("rel_inserted", words, (fold(str(entry["before"])), int(entry["offset"])))
        for entry in rel.get("span_directions", ()):  # "الماضي" gives "الماضية", "الماضيين", "الماضيتين"
            _span_directions(fill, entry)
        for entry in rel["directions"]:  # "الماضي" gives "الماضية", and "الماضيين" after two days
            for form in entry.get("forms", []):
                fill.put("directions", form, int(entry["direction"]))
            for word in entry.get("same", []):  # "نفس" gives "نفسه" (العام نفسه); "نفسها" only after a feminine
                fill.put("directions", word + "ه", int(entry["direction"]))  # unit ("السنة نفسها"; not "إب نفسها")
                lex.same_feminine += (fold(word + "ها"),)
            for form in entry.get("adjectives", []):
                for f in feminine(form):
                    fill.put("directions", f, int(entry["direction"]))
                    for d in dual(f) if " " not in f else ():
                        fill.put("directions", d, int(entry["direction"]))
                        lex.directions_of_two |= {fold(d)}
            step = int(entry["direction"])
            for form in entry.get("adjectives", []) if step in (-1, 1) else ():  # "قبل المنصرم", "بعد الآتي"
                for f in feminine(("قبل " if step < 0 else "بعد ") + form):
                    fill.put("directions", f, 2 * step)
        lex.this_glued = tuple(fold(str(w)) for w in rel.get("this_glued", ()))
        lex.turn_of_year = tuple(dict.fromkeys(f for w in rel.get("turn_of_year", ()) for f in feminine(w)))
        lex.this_decade_after = conjoined(rel.get("this_decade_after", ()), code)
        lex.last_decade_after = conjoined(rel.get("last_decade_after", ()), code)
        lex.last_count_after = conjoined(rel.get("last_count_after", ()), code)
        lex.corresponding = tuple(dict.fromkeys(f for w in rel.get("corresponding", ()) for f in feminine(w)))
        lex.directions_of_another = frozenset(f for w in rel.get("directions_of_another", ()) for f in feminine(w))
        lex.future_cues = tuple(dict.fromkeys(f for cue in (*rel["future_cues"], *rel.get("possibility_cues", ()))
                                              for f in future_genders(cue)))
        lex.possibility_cues = frozenset(fold(cue) for cue in rel.get("possibility_cues", ()))
        lex.possibility_ahead = frozenset(fold(w) for w in rel.get("possibility_ahead", ()))
        lex.future_adjectives = frozenset(fold(f) for w in rel.get("future_adjectives", ()) for f in feminine(w))
        lex.future_adjective_stops = frozenset(fold(f) for f in rel.get("future_adjective_stops", ()))
        lex.past_cues = tuple(fold(f) for f in rel["past_cues"])
        lex.past_negations = tuple(fold(f) for f in rel.get("past_negations", ()))
        lex.negation_conditions = frozenset(fold(f) for f in rel.get("negation_conditions", ()))
        lex.negation_unless = frozenset(fold(f) for f in rel.get("negation_unless", ()))
        lex.future_not_verbs = tuple(fold(f) for f in rel["future_shape"]["not_verbs"])
        lex.future_not_verb_starts = tuple(fold(f) for f in rel["future_shape"]["not_verb_starts"])
        lex.future_modals = tuple(fold(f) for f in rel["future_shape"].get("modals", ()))
        lex.future_lets = tuple(fold(f) for f in rel["future_shape"].get("lets", ()))
        lex.future_negations = tuple(fold(f) for f in rel["future_shape"].get("negations", ()))
        lex.future_doubled = tuple(fold(f) for f in rel["future_shape"].get("doubled", ()))
        lex.purpose_verbs = frozenset(_purpose_forms(lex.future_cues, rel["future_shape"].get("purpose", ())))
        lex.was_before_future = frozenset(fold(f) for f in rel.get("was_before_future", ()))
        lex.was_conditions = frozenset(fold(f) for f in rel.get("was_conditions", ()))
        later = rel["later"]
        lex.later_forms = frozenset(fold(f) for f in later["forms"])
        lex.later_future_words = frozenset(fold(f) for f in later["future_words"])
        lex.later_not_verbs = frozenset(fold(f) for f in later["not_verbs"])
        lex.later_past_words = frozenset(fold(f) for f in later["past_words"])
        lex.present_not_verb_starts = tuple(fold(f) for f in rel["present_shape"]["not_verb_starts"])
        lex.present_governing = frozenset(fold(f) for f in rel["present_shape"].get("governing", ()))
        done = rel.get("done_before", {})
        lex.done_openers = frozenset(fold(f) for f in done.get("openers", ()))
        lex.done_stops = frozenset(fold(f) for f in done.get("stops", ()))
        lex.done_plans = frozenset(form for f in done.get("plans", ()) for form in perfect_persons(str(f)))
        for entry in rel["vague"]:
            for form in entry["forms"]:
                fill.put_definite("vague", form, entry["value"])  # "للفترة المقبلة"
        ours_now = rel.get("present_ours", {})
        suffix = str(rel.get("nowadays_ours_suffix", ""))
        for plural, nouns in ((False, ours_now.get("nouns", ())), (True, ours_now.get("plurals", ()))):
            for noun in nouns:  # "عصرنا الحاضر", "أيامنا هذه": our time, now
                for now in ours_now.get("now", ()):
                    fill.put("vague", fold(f"{noun}{suffix} {feminine(now)[-1 if plural else 0]}"), "PRESENT_REF")
        for entry in rel["narrative"]:
            for form in entry.get("forms", []):  # "اليوم التالي", after ل "لليوم التالي"
                fill.put_definite("narrative", form, int(entry["offset"]))
            for noun in entry.get("same", []):  # "الليلة" gives "الليلة نفسها", "تلك الليلة"...
                for form in same(noun):  # not after ل: "لليوم ذاته من عام 1435" compares, dates nothing
                    fill.put("narrative", form, int(entry["offset"]))
        lex.narrative_tails = tuple(fold(f) for f in rel["narrative_tails"])
        lex.name_heads = frozenset(fold(f) for f in rel["name_heads"])
        lex.manner_openers = tuple(fold(f) for f in rel.get("manner_openers", ()))
        lex.title_heads = tuple(fold(f) for f in rel.get("title_heads", ()))
        lex.day_told_recalls = tuple(fold(f) for f in rel.get("day_told_recalls", ()))
        lex.name_never_opens = frozenset(fold(f) for f in rel.get("name_never_opens", ()))
        lex.named_day_words = frozenset(fold(f) for f in rel["named_day_words"])
        lex.not_dates = tuple(fold(f) for f in rel["not_dates"])
        subjects = frozenset(fold(f) for f in rel["nowadays_pronouns"])
        lex.nowadays_pronouns = subjects | {fold(f) for f in rel["nowadays_speakers"]}
        on = fold(str(rel.get("nowadays_state_on", "")))
        lex.nowadays_state_on = frozenset(on + p for p in attached_pronouns(code)) if on else frozenset()
        lex.nowadays_state_openers = frozenset(c + fold(w) for w in rel.get("nowadays_state_openers", ())
                                               for c in ("", *clitic_prefixes(code).conjunctions,
                                                         *clitic_prefixes(code).prepositions))
        lex.nowadays_states = frozenset(fold(f) for f in rel["nowadays_states"])
        ambiguous = {fold(f) for f in rel.get("nowadays_states_ambiguous", ())}
        lex.nowadays_states_told = conjoined((f for f in lex.nowadays_states if f not in ambiguous), code)
        lex.nowadays_states_negated = frozenset(ambiguous & lex.nowadays_states)
        lex.nowadays_states_negations = conjoined(rel.get("nowadays_states_negations", ()), code)
        ours = fold(str(rel.get("nowadays_ours_suffix", "")))  # "مجتمعنا اليوم": our society nowadays
        lex.nowadays_before = frozenset(fold(f) for f in rel["nowadays_before"]) | subjects \
            | {fold(f) + ours for f in rel.get("nowadays_ours", ()) if ours} \
            | {fold(f) for f in rel.get("nowadays_we_see", ())} \
            | {fold(f[:-1] + "ا" if f.endswith("ى") else f) + fold(o)
               for f in rel.get("nowadays_we_see", ()) for o in rel.get("nowadays_we_see_objects", ())}
        lex.pay_before = frozenset(fold(f) for f in rel.get("pay_before", ()))
        lex.delivery_before = frozenset(fold(f) for f in rel.get("delivery_before", ()))
        lex.yesteryear_before = frozenset(fold(f) for f in rel.get("yesteryear_before", ()))
        lex.yesteryear_after = frozenset(fold(f) for f in rel.get("yesteryear_after", ()))
        lex.tomorrow_era_before = frozenset(fold(f) for f in rel.get("tomorrow_era_before", ()))
        lex.yesterday_states = frozenset(fold(f) for f in rel.get("yesterday_states", ()))
        lex.near_states = frozenset(f for v in rel.get("near_states", ()) for f in present_persons(v))
        habit = rel.get("habitual", {})
        lex.habitual = {span: tuple(dict.fromkeys(fold(str(f)) for f in (*habit.get("any", ()), *habit.get(span, ()))))
                        for span in ("year", "day")}
        lex.except_words = tuple(fold(str(f)) for f in rel.get("except_words", ()))
        lex.nowadays_compared = tuple(fold(f) for f in rel.get("nowadays_compared", ()))
        actions = rel.get("today_actions", {})
        lex.today_actions = frozenset(f for v in actions.get("verbs", ()) for f in present_persons(v))
        lex.today_opening_verbs = frozenset(f for v in rel.get("today_opening_verbs", ()) for f in present_persons(v))
        lex.today_opening_nouns = frozenset(fold(w) for w in rel.get("today_opening_nouns", ()))
        lex.invocations = tuple(fold(w) for w in rel.get("invocations", ()))
        lex.unannounced_nouns = frozenset(fold(w) for w in rel.get("unannounced_nouns", ()))
        own = (*rel["nowadays_pronouns"], *rel["nowadays_speakers"], *actions.get("more_subjects", ()))
        lex.today_action_subjects = conjoined(own, code)
        lex.nowadays_compared_stops = frozenset(fold(w + p) for w in rel.get("nowadays_compared_stops", ())
                                                for p in ("", *attached_pronouns(code)))
        lex.nowadays_expected = tuple(fold(f) for f in rel.get("nowadays_expected", ()))
        lex.general_before = frozenset(fold(f) for f in rel["general_before"])
        lex.surname_before = frozenset(fold(f) for f in rel["surname_before"])
        lex.day_before_name = frozenset(fold(f) for f in rel.get("day_before_name", ()))
        lex.names_as_written = frozenset(rel.get("names_as_written", ()))
        lex.names_with_clitic = frozenset(rel.get("names_with_clitic", ()))
        lex.day_not_today_before = frozenset(fold(f) for f in rel["day_not_today_before"])
        lex.day_in_habit_before = conjoined(rel.get("day_in_habit_before", ()), code)
        lex.other_years = frozenset(f for w in rel["other_years"] for f in feminine(w))
        lex.term_breaks = frozenset(fold(w) for w in rel.get("term_breaks", ()))
        lex.ranked_nouns = frozenset(fold(f) for f in rel.get("ranked_nouns", ()))
        lex.month_context_before = tuple(fold(f) for f in rel.get("month_context_before", ()))
        lex.month_context_not = tuple(fold(f) for f in rel.get("month_context_not", ()))
        lex.month_context_at_end = tuple(fold(f) for f in rel.get("month_context_at_end", ()))
        lex.month_phrase_goes_on = tuple(fold(f) for f in rel.get("month_phrase_goes_on", ()))
        fill.where = "modifiers.yaml"
        mods = load_language_yaml(code, "modifiers.yaml")
        for entry in mods["parts"]:  # "بداية" gives "بدايات"
            fraction = (entry["mod"], entry["part"][0] / 10, entry["part"][1] / 10)
            for form in entry["forms"]:
                for f in plural_feminine(form):
                    fill.put("fuzzy", f, fraction)
        lex.approx = tuple(fold(f) for f in mods["approx"])
        lex.vague_amounts = tuple(fold(f) for f in mods["vague_amounts"])
        fill.where = "periods.yaml"
        periods = load_language_yaml(code, "periods.yaml")
        for entry in periods["seasons"]:  # "صيف" gives "الصيف", "صيفاً", "للصيف"
            for form in entry["forms"]:
                _put_noun(fill, "seasons", form, entry["token"])
        lex.seasons_alone = frozenset(e["token"] for e in periods["seasons"] if e.get("alone"))
        lex.season_look_alikes = frozenset(fold(f) for f in periods.get("season_look_alikes", ()))
        lex.season_names = tuple(fold(f) for f in periods.get("season_names", ()))
        for tens, value in _tens(numbers):  # "ثمانين" gives "الثمانينيات", "الثمانينات"
            if value >= 20:
                for suffix in periods["decade_suffixes"]:
                    fill.put("decades", tens[:-2] + "ين" + suffix, value)
                    fill.put_definite("decades", fill.article + tens[:-2] + "ين" + suffix, value)
        lex.age_words = tuple(sorted({f for entry in periods["age_words"]
                                      for f in possessed(entry["noun"], attached_pronouns(code))
                                      + ([fold(entry["noun"])] if entry.get("bare") else [])}))
        lex.before_era = tuple(fold(f) for f in periods.get("before_era", ()))
        lex.age_persons = tuple(fold(f) for f in periods.get("age_persons", ()))
        lex.age_nouns = tuple(fold(entry["noun"]) for entry in periods["age_words"])
        lex.anniversary_nouns = tuple(f for w in periods.get("anniversary_nouns", ()) for f in definite(w)[1:])
        lex.anniversary_years = tuple(f for w in periods.get("anniversary_years", ()) for f in definite(w)[1:])
        lex.anniversary_counts = {fill.article + fold(str(w)): int(years) for w, years in  # not definite(): "ألفية" is ال…
                                  load_language_yaml(code, "event_dates.yaml")["anniversary_numbers"].items()}
        heat = periods.get("heat", {})
        lex.heat_before = tuple(fold(f) for f in heat.get("before", ()))
        lex.heat_after = tuple(fold(f) for f in heat.get("after", ()))
        lex.heat_degrees = tuple(fold(f) for f in heat.get("degrees", ()))
        for entry in periods["year_marks"]:  # "هجري" gives "هجرية"
            for form in entry.get("forms", []):
                fill.put("year_marks", form, entry["calendar"])
            for form in entry.get("adjectives", []):
                for f in feminine(form):
                    fill.put("year_marks", f, entry["calendar"])
        fill.where = "holidays.yaml"
        for entry in load_language_yaml(code, "holidays.yaml"):  # "المولد النبوي" gives "للمولد النبوي"
            holiday = Holiday(entry["name"], entry["calendar"], int(entry.get("month", 0)), int(entry.get("day", 0)),
                              int(entry.get("days", 1)), tuple((int(m), int(d)) for m, d in entry.get("also", ())),
                              bool(entry.get("needs_context", False)), bool(entry.get("whole", False)),
                              int(entry.get("nth", 0)))
            for form in entry["forms"]:
                for f in _articles(str(form)):
                    for g in [f] + [f"{f} {epithet}" for epithet in entry.get("epithets", [])]:
                        fill.put_definite("holidays", g, holiday)
        fill.finish()
        happenings = load_language_yaml(code, "happenings.yaml")
        lex.year_nouns = frozenset(fold(f) for f in happenings["year_nouns"])
        lex.year_adjectives = frozenset(g for f in happenings.get("year_adjectives", ()) for g in feminine(f))
        lex.year_adjective_next = frozenset(fold(f) for f in happenings.get("year_adjective_next", ()))
        lex.happening_heads = tuple(fold(f) for f in happenings["heads"])
        lex.happenings = {(int(e["month"]), int(e["day"])): int(e["year"]) for e in happenings["named"]}
        by_month: dict[tuple[str, int], set[int]] = {}
        for e in happenings["named"]:
            for head in e.get("by_month", ()):
                by_month.setdefault((fold(head), int(e["month"])), set()).add(int(e["year"]))
        lex.happening_months = {key: years.pop() for key, years in by_month.items() if len(years) == 1}
        seps = load_language_yaml(code, "separators.yaml")
        lex.separators = Separators(**{
            name: (frozenset if name == "barrier" else tuple)(fold(str(x)) if x.strip() else x for x in seps[name])
            for name in Separators._fields
        })
        # a word that both glues and restates ("الموافق") agrees with two days told twice: its dual ("يومي الخميس
        # والجمعة الموافقين 13 و14 أغسطس"), derived
        told = lex.separators
        duals = tuple(d for w in told.apposition_words if w in told.glue_words and " " not in w for d in dual(w))
        lex.separators = told._replace(glue_words=(*told.glue_words, *duals), apposition_words=(*told.apposition_words, *duals))
        lex.range_to = (*lex.separators.range_words, *lex.separators.range_words_after_opener)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, LanguageDataError):
            raise
        raise LanguageDataError(f"{package}: malformed entry: {exc!r}") from exc
    return lex


@dataclass(frozen=True, slots=True)
class Clitics:
    """What may stick to a word's start (``clitics`` of ``lang/<code>/wording.yaml``), folded: a
    conjunction, then a preposition, then the article; the preposition ل before the article is
    written ``lam_article`` (ل + المقابلة: للمقابلة)."""
    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    article: str
    lam_article: str

    @property
    def letters(self) -> str:
        """The conjunctions' and prepositions' letters, in order (و ف ب ل ك)."""
        return "".join(self.conjunctions + self.prepositions)

    @property
    def joined(self) -> str:
        """The conjunctions' letters, in order (و ف): for ``str.lstrip`` and its like."""
        return "".join(self.conjunctions)

    @property
    def conjunction(self) -> str:
        """A regular expression for one conjunction (``[وف]``; ``[وف]?`` one or none)."""
        return "[" + "".join(map(re.escape, self.conjunctions)) + "]"

    @property
    def preposition(self) -> str:
        """A regular expression for one preposition (``[بلك]``)."""
        return "[" + "".join(map(re.escape, self.prepositions)) + "]"

    @property
    def letter(self) -> str:
        """A regular expression for one conjunction or preposition (``[وفبلك]``)."""
        return self.conjunction_or("".join(self.prepositions))

    def conjunction_or(self, letters: str) -> str:
        """A regular expression for one conjunction or one of ``letters`` (``[وفبل]`` for ``بل``;
        ``[وفبلك]`` for :attr:`letters`' prepositions)."""
        return "[" + "".join(map(re.escape, self.conjunctions)) + re.escape(letters) + "]"

    @property
    def loose(self) -> str:
        """A regular expression for what a token may begin with, read loosely: a conjunction or
        none, a preposition or none, then the article or ``lam_article`` or neither
        (``[وف]?[بلك]?(?:ال|لل)?``; :meth:`pattern` is the strict one)."""
        return (self.conjunction + "?" + self.preposition + "?(?:" + re.escape(self.article) + "|"
                + re.escape(self.lam_article) + ")?")

    def unjoined(self, word: str, least: int = 4) -> str:
        """``word`` (folded) without one leading conjunction when it has at least ``least``
        letters (``وكان`` → ``كان``; at 4, ``وقف`` and ``فاز`` stay)."""
        return word[1:] if len(word) >= least and word[:1] in self.conjunctions else word

    def reads(self, word: str, words: Container[str], least: int = 2) -> bool:
        """Whether ``word`` (folded) is one of ``words``, or one after a conjunction when it has at
        least ``least`` letters (``ولكن`` as ``لكن``)."""
        return word in words or (len(word) >= least and word[:1] in self.conjunctions and word[1:] in words)

    @functools.lru_cache(maxsize=None)  # made once: a few frozen instances, one a language
    def prefixes(self, article: bool = True) -> frozenset[str]:
        """Every prefix a word may carry, "" included: a conjunction or none, a preposition or
        none, then (``article``) the article or none, ``lam_article`` for ل and the article
        (وللمقابلة, never ولالمقابلة)."""
        lam = self.lam_article[:1]
        return frozenset(c + (self.lam_article if p == lam and a else p + a)
                         for c in ("", *self.conjunctions) for p in ("", *self.prepositions)
                         for a in (("", self.article) if article else ("",)))

    @functools.lru_cache(maxsize=None)
    def pattern(self, article: bool = True) -> str:
        """A regular expression for one of :meth:`prefixes` (maybe none), to put before a word's."""
        conj = _one_of(self.conjunctions)
        if not article:
            return conj + _one_of(self.prepositions)
        lam = self.lam_article[:1]
        others = _one_of(p for p in self.prepositions if p != lam)
        return (conj + "(?:" + others + "(?:" + re.escape(self.article) + ")?|" + re.escape(lam) + "|"
                + re.escape(self.lam_article) + ")")

    def unglued(self, word: str, article: bool = True) -> set[str]:
        """``word`` (folded) with each of :meth:`prefixes` it starts with taken off, itself included
        (``وبالتفجير`` → ``بالتفجير``، ``التفجير``، ``تفجير``)."""
        return {word[len(p):] for p in self.prefixes(article) if word.startswith(p)}

    @functools.lru_cache(maxsize=None)
    def definite(self) -> str:
        """A regular expression for one of :meth:`prefixes` that ends in the article, at a word's start:
        a conjunction or none, then a preposition or none and the article, or ``lam_article``
        (``وبال``، ``كال``، ``ال``، ``لل``; not ``لال``: ل + a word in أ or إ, ``لألمانيا``)."""
        lam = self.lam_article[:1]
        others = _one_of(p for p in self.prepositions if p != lam)
        return ("^" + _one_of(self.conjunctions) + "(?:" + others + re.escape(self.article) + "|"
                + re.escape(self.lam_article) + ")")


def _one_of(letters: Iterable[str]) -> str:
    """A regular expression for one of ``letters`` or none ("" for no letters: "[]" is no class)."""
    chars = "".join(map(re.escape, letters))
    return "[" + chars + "]?" if chars else ""


def clitic_prefixes(code: str = "ar") -> Clitics:
    """``clitics`` of ``lang/<code>/wording.yaml``, folded (read once): the one source of the
    prefixes a listed word is read after (events' venues and editions, wording's listed words,
    the sensed forms of happenings, wording's proclitics)."""
    return _clitics(code)  # one cache entry per language, however it is called


@functools.lru_cache(maxsize=None)
def _clitics(code: str) -> Clitics:
    """:func:`clitic_prefixes`, read and checked."""
    where = f"timeline.lang.{code}/wording.yaml: clitics"
    data = load_language_yaml(code, "wording.yaml")
    spec = data.get("clitics") if isinstance(data, dict) else None
    if not isinstance(spec, dict):
        raise LanguageDataError(f"{where}: a mapping of conjunctions, prepositions, article and lam_article")
    lists = [spec.get(k) for k in ("conjunctions", "prepositions")]
    if not all(isinstance(v, list) and all(isinstance(x, str) and len(fold(x)) == 1 for x in v) for v in lists):
        raise LanguageDataError(f"{where}: conjunctions, prepositions: lists of single letters, not {lists!r}")
    words = [spec.get(k) for k in ("article", "lam_article")]
    if not all(isinstance(w, str) and w for w in words):
        raise LanguageDataError(f"{where}: article, lam_article: words, not {words!r}")
    conj, prep = (tuple(fold(x) for x in v) for v in lists)
    if fold(words[1])[:1] not in prep:
        raise LanguageDataError(f"{where}: lam_article: a preposition and the article, not {words[1]!r}")
    return Clitics(conj, prep, fold(words[0]), fold(words[1]))


_CONJUNCTIONS = clitic_prefixes().joined  # و ف: unjoined's default, read once
_ARTICLE = clitic_prefixes().article  # ال: the article of the derivations without a language code, read once
_OPTIONAL_ARTICLE = f"({_ARTICLE})"  # a YAML form "(ال)غد" is written with or without the article


def unjoined(word: str, letters: str | None = None) -> str:
    """A folded word without a leading conjunction (:func:`clitic_prefixes`: ``وكان`` → ``كان``) or,
    given ``letters``, one of them (``لصلاه`` → ``صلاه``); words of three letters stay (``وقف``, ``فاز``)."""
    return word[1:] if word[0] in (letters or _CONJUNCTIONS) and len(word) > 3 else word


@functools.lru_cache(maxsize=None)
def attached_pronouns(code: str = "ar") -> tuple[str, ...]:
    """``attached_pronouns`` of ``lang/<code>/event_dates.yaml``, folded, the longest first (read once):
    the one source of the pronouns the tagger, the anchors and the events strip or add."""
    pronouns = {fold(str(p)) for p in load_language_yaml(code, "event_dates.yaml")["attached_pronouns"]}
    return tuple(sorted(pronouns, key=lambda p: (-len(p), p)))


@functools.lru_cache(maxsize=None)
def relative_pronouns(code: str = "ar") -> frozenset[str]:
    """``relative_pronouns`` of ``lang/<code>/event_dates.yaml``, folded (read once): the one source
    of the tagger's, the anchors' and the events' relative pronouns."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["relative_pronouns"])


@functools.lru_cache(maxsize=None)
def relative_pronoun(before: str, after: str, code: str = "ar") -> re.Pattern[str]:
    r"""A relative pronoun (:func:`relative_pronouns`) between the look-arounds ``before`` and ``after``,
    which say where its reader finds one. The tagger (``(?<!\w)[وف]?``, ``(?!\w)``, on the folded
    text) ends a future verb's reach at any pronoun, a whole word, و or ف glued (``التي``، ``والتي``);
    the events (``(?<=[\s،,])و?``, ``(?=\s)``, on the original text, where these words are written as
    folded) cut a clause where a pronoun opens a relative clause: after a space or a comma, و glued
    (``، والذي افتتح``; ``فالذي`` opens a sentence), words after it (not before punctuation)."""
    return kept(before + "(?:" + "|".join(sorted(relative_pronouns(code))) + ")" + after)


def _load_week(data: dict[str, Any]) -> Week:
    """week.yaml: the ISO weekday a week begins on and its weekend's weekdays."""
    first, weekend = data["first_day"], tuple(data["weekend"])
    if any(not isinstance(d, int) or isinstance(d, bool) or not 1 <= d <= 7 for d in (first, *weekend)) or not weekend:
        raise LanguageDataError(f"week.yaml: first_day and weekend are ISO weekdays 1-7, got {first!r}, {list(weekend)!r}")
    return Week(first, weekend)


def _put_noun(fill: _Filler, name: str, form: str, meaning: Any) -> None:
    """A noun written bare: itself, its accusative, and with the article (then also after ل)."""
    for f in accusative(form):
        fill.put(name, f, meaning)
    forms = definite(form)
    if len(forms) > 1:  # a bare single word: "الصيف", and "لصيف" after ل ("للصيف")
        fill.put_definite(name, forms[1], meaning)
        if after_lam(forms[1]) is None:  # "لليل": ل and a stem in ل, the article unwritten
            fill.put(name, forms[2], meaning)


def _first(forms: list[str]) -> str:
    return fold(str(forms[0]).split("/")[0])


def _tens(data: dict[str, Any]) -> list[tuple[str, int]]:
    """Twenty to ninety from the units ("ثلاث" → "ثلاثون" = 30; "عشر" → "عشرون" = 20), folded."""
    stems = [(_first(data["ten"]["cardinal"]), 20)]
    stems += [(_first(e["cardinal"]), int(e["value"]) * 10) for e in data["units"] if int(e["value"]) >= 3]
    return [(stem + "ون", value) for stem, value in stems]


def _load_numbers(fill: _Filler, data: dict[str, Any]) -> None:
    """Cardinals and ordinals, each with the article ("الثالث"), after ل ("للثالث"), and the
    units with the teens ("الثالث عشر", "ثلاث عشرة")."""
    teens = feminine(data["teen"])

    def put(name: str, forms: list[str], value: int, teen: bool) -> None:
        for form in forms:  # "ألف" has no article: only "الألف" gives "للألف"
            for f, put in ((form, fill.put), (fill.article + form, fill.put_definite)):
                put(name, f, value)
                for suffix in teens if teen else ():
                    put(name, f"{f} {suffix}", value + 10)

    for entry in data["units"]:
        value = int(entry["value"])
        cardinals = [f for w in entry.get("cardinal", []) for f in feminine(w)]
        cardinals += [fold(stem) + end for stem in entry.get("dual", []) for end in ("ان", "ين", "ا", "ي")]
        put("cardinals", cardinals, value, True)
        put("ordinals", [f for w in entry["ordinal"] for f in feminine(w)], value, True)
        put("cardinals", [f for w in entry.get("cardinal", []) if value >= 3 or w == "واحد"  # "أربعاً وعشرين", "ستاً",
                          for f in accusative(w.split("/")[0])[1:]], value, False)  # "واحداً وعشرين" (not "أحداً": anyone)
        put("cardinals", [fold(w) + "ا" for w in entry.get("cardinal", []) if fold(w).endswith("ي")], value, False)
        # a defective noun keeps its ي in the accusative: "ثمانياً وأربعين"
    put("cardinals", [f for w in data["ten"]["cardinal"] for f in feminine(w)], 10, False)
    put("ordinals", [f for w in data["ten"]["ordinal"] for f in feminine(w)], 10, False)
    for form, value in _tens(data):  # "ثلاثون", "ثلاثين"
        put("cardinals", oblique(form), value, False)
    hundreds = [fold(h) for h in data["hundred"]]
    put("cardinals", hundreds + [fold(h) for h in data.get("hundred_alone", [])], 100, False)
    put("cardinals", [f for h in hundreds for f in dual(h) + [h[:-1] + "تا", h[:-1] + "تي"]], 200, False)
    for entry in data["units"]:  # "ثلاثمائة", "ثلاث مئة"
        if int(entry["value"]) >= 3:
            stem = _first(entry["cardinal"])
            put("cardinals", [stem + sep + h for h in hundreds for sep in ("", " ")], int(entry["value"]) * 100, False)
    thousands = [fold(t) for t in data["thousand"]]
    put("cardinals", thousands, 1000, False)
    put("cardinals", [f for t in thousands for f in dual(t) + [t + "ي"]], 2000, False)  # "ألفين", "ألفي عام"
    for entry in data["fractions"]:  # "ربع" gives "ربعاً"; its dual "ربعين", "ثلثي" (two of them)
        for form in entry["forms"]:
            for f in accusative(form):
                fill.put("fractions", f, float(entry["value"]))
            for f in (dual(form) + [dual(form)[1][:-1]]) if entry.get("dual") else []:
                # "ثلثان", "ثلثين", construct "ثلثي" (not "ثلثا": the accusative "ثلثاً" folds to it)
                fill.put("fractions", f, 2 * float(entry["value"]))
        for form in entry.get("plural") or []:  # "ثلاثة أرباع"
            fill.put("fraction_plurals", fold(form), float(entry["value"]))


def _load_months(fill: _Filler, months: list[dict[str, Any]]) -> None:
    for entry in months:
        month = MonthName(entry["calendar"], int(entry["month"]))
        for key, tables in (("forms", ("months", "months_in_context")), ("needs_context", ("months_in_context",))):
            for form in entry.get(key) or []:
                for f in month_spellings(fill.lex, str(form), entry):
                    for table in tables:
                        fill.put_definite(table, f, month)


def month_spellings(lex: Lexicon, form: str, entry: dict[str, Any]) -> list[str]:
    """A month name's spellings: "(ال)محرم" with and without the article; ذو in its three
    cases ("ذو القعدة", "ذي القعدة", "ذا القعدة"); a trailing ordinal in either gender when
    the entry says ``either_gender`` ("جمادى الأولى", "جمادى الأول"), without its article
    ("ربيع أول") and, when the entry is ``numbered``, in digits ("كانون 2", "كانون2"); each with an
    epithet of the entry's ``epithets`` after it ("رمضان المبارك")."""
    out: list[str] = []
    for name in _articles(form):
        name = fold(name)
        heads = [name] + ([case + name[2:] for case in ("ذي", "ذا")] if name.startswith("ذو ") else [])
        for head in heads:
            *first, last = head.split(" ")
            lasts = [last]
            if entry.get("either_gender") and last.endswith(("ه", "ي")) and len(first) == 1:
                lasts.append(last[:-1])  # folded ة and ى: "الاولي" → "الاول", "الثانيه" → "الثاني"
            for word in lasts:
                out.append(" ".join(first + [word]))
                out += [" ".join(first + [word, fold(e)]) for e in entry.get("epithets", ())]  # "رمضان المبارك"
                n = lex.ordinals.get(word) if first and word.startswith(_ARTICLE) else None
                if n is not None and n <= 2:
                    out.append(" ".join(first + [word[len(_ARTICLE):]]))
                    if entry.get("numbered"):
                        out += [" ".join(first) + " " + str(n), " ".join(first) + str(n)]
    return out
