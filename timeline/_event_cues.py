"""The words and patterns the cutting of clauses and their dating share.

The cue lists of ``lang/ar/event_dates.yaml`` as extraction reads them (:func:`_date_cues`,
folded, with the patterns built from them), the words whose first ``و`` is the root's
(:func:`_root_waw`), the clitic letters and the small patterns every reader uses (a word, a
digit, a comma, a definite word), and the article text folded once, read in windows
(:func:`_fold_window`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from timeline._programs import kept
from timeline._yaml import load_language_yaml
from timeline.happenings import noun_forms, perfect_forms, thread_breaks, verb_forms
from timeline.leads import perfect_forms as perfect_persons
from timeline.lexicon import (COMMAS, SENTENCE_ENDS, attached_pronouns, clitic_prefixes, feminine, load_lexicon, marks,
                              relative_pronoun, relative_pronouns, trie_regex)
from timeline.normalize import FoldedText, fold, fold_text


_CONJ = clitic_prefixes().conjunction  # [وف]
_PREP = clitic_prefixes().preposition  # [بلك]
# before a complementizer (``complementizers`` of event_dates.yaml: أن، إن، بأن، أنه...)
# that may open what a dated saying says (أعلن المتحدث أمس أن القوات سيطرت على البلدة
# السبت): not in بعد أن، قبل أن، على أن، إلى أن، كما أن... (the spaces and the complementizer
# are looked for first, these words behind them only where they stand)
_NOT_SAID = r"(?<!\s)(?<!بعد)(?<!قبل)(?<!منذ)(?<!على)(?<!إلى)(?<!الى)(?<!حتى)(?<!كما)"
_DIGIT = kept(r"[0-9\u0660-\u0669]")
# a relative pronoun just before the و: the clause goes on
_WORD = kept(r"\w+")
# the last article text folded whole (its windows are read from it: :func:`_fold_window`): the text,
# its folded copy when folding deleted nothing (a window is then the same slice of it), the folded text
_FOLDED: list[tuple[str, str | None, FoldedText]] = []


def _fold_window(text: str, start: int, end: int) -> str:
    """``fold(text[start:end])`` (``0 <= start``) read from ``text`` folded once: the rules read
    about a dozen windows around each expression of one article (``text`` is always the article's,
    so the one text kept is the one being read)."""
    held = _FOLDED[0] if _FOLDED else None
    if held is None or held[0] is not text:
        folded = fold_text(text)  # one to one but for the deleted marks: the same length when none is
        held = (text, folded.folded if len(folded.folded) == len(text) else None, folded)
        _FOLDED[:] = [held]
    plain = held[1]
    return plain[start:end] if plain is not None else held[2].window(start, end)
_COMMA = kept(marks(COMMAS))
# a definite word (folded), with a conjunction or a preposition glued before the article
_DEFINITE_WORD = kept(r"^(?:" + _CONJ + r"?" + _PREP + r"?ال|" + _CONJ + r"?لل)(?=\w\w)")


def _naive(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=None) if value.tzinfo is not None else value


def _second_waw(verbs: Iterable[object]) -> re.Pattern[str]:
    """A word-initial و before a letter that, folded, begins one of ``verbs`` (a quick test)."""
    firsts = {fold(str(v))[0] for v in verbs}
    letters = sorted(c for c in map(chr, range(0x0621, 0x064B)) if fold(c) in firsts)  # the Arabic letters
    return re.compile(r"(?<=\s)و(?=[" + "".join(letters) + "])")


def _second_told(forms: Iterable[str]) -> re.Pattern[str]:
    """A folded word و + one of ``forms`` (folded past persons): read on a sentence folded once,
    it tells whether :func:`_second_happenings` has anything to read there."""
    return kept(r"و(?<!\wو)(?:"  # the و first: re scans for it (8x faster than a look-behind first)
                + trie_regex(set(forms), cache=None) + r")(?!\w)")  # (a trie: -30%)


def _cue_pattern(kind: str, words: Iterable[object], after: str, then: str = "") -> str:
    """A connective among ``words`` (optionally after و) as group ``<kind>_cue``, preceded by
    ``after`` and followed by ``then``, the whole as group ``kind``."""
    phrases = sorted((str(w) for w in words), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in phrases)
    return (f"(?P<{kind}>" + after + f"(?P<{kind}_cue>و?(?:" + alternatives + "))" + then
            + r"(?=[\s،,]))")


_NONE: Mapping[str, Any] = MappingProxyType({})  # an empty table that stays empty


class _DateCues(NamedTuple):
    """The cue lists of ``event_dates.yaml`` as extraction reads them (:func:`_date_cues`). A named
    tuple, not a dataclass: nothing compares, hashes or prints it, and a dataclass of its ~70
    fields costs ~4 ms at every start to build (its generated methods), a tenth of that."""

    background: frozenset[str]
    since: frozenset[str]
    cut_off: frozenset[str]
    for_duration: frozenset[str]
    units: frozenset[str]
    not_simultaneous: frozenset[str]
    background_openers: frozenset[str]
    connectives: re.Pattern[str]  # since / after / apart / aside / while: see _happening_cuts
    reported_past_openers: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()  # with their derived endings
    complementizers: frozenset[str] = frozenset()  # with their attached pronouns
    prayer: frozenset[str] = frozenset()
    # a clause opening with one of these (after و or ف) starts another thread
    thread_break: re.Pattern[str] = kept(r"(?!)")
    nowadays: frozenset[str] = frozenset()
    subordinate: frozenset[str] = frozenset()
    comparison: frozenset[str] = frozenset()
    compared_from: frozenset[str] = frozenset()
    said_break: re.Pattern[str] = kept(r"(?!)")  # where what a saying says may start
    year_words: frozenset[str] = frozenset()  # before "(2014)", the year is the clause's
    tally: frozenset[str] = frozenset()  # a count a "since" opens (عدد القتلى منذ…)
    relative: re.Pattern[str] = kept(r"(?!)")  # a relative pronoun, a whole word
    not_antecedents: frozenset[str] = frozenset()  # nouns a relative clause of time follows
    occasions: frozenset[str] = frozenset()  # before an antecedent: the main happening's occasion
    quantifiers: frozenset[str] = frozenset()  # heading an antecedent's construct: احدى، كافة
    construct_stops: frozenset[str] = frozenset()  # open a phrase, no construct's noun: قرب، بدل
    verb_occasions: frozenset[str] = frozenset()  # the same, when relative_verbs alone tell it
    relative_verbs: frozenset[str] = frozenset()  # tell a happening right after a relative pronoun
    auxiliaries: frozenset[str] = frozenset()  # may come before them (الذي كان قد انطلق)
    contract: frozenset[str] = frozenset()  # right before a futures contract's delivery month
    founding_verbs: frozenset[str] = frozenset()  # relative verbs of a founding: no occasion after في
    pay: frozenset[str] = frozenset()  # right before the month a salary is for (راتب شهر مايو)
    recurring: frozenset[str] = frozenset()  # right before a date that recurs (كل يوليو، يوميا)
    citation_dates: frozenset[str] = frozenset()  # right before a cited document's date (وتاريخ)
    citation_numbers: frozenset[str] = frozenset()  # before it, the document's number (رقم)
    compared: frozenset[str] = frozenset()  # a comparison told outright (مقارنة، قياسا)
    compared_after_figure: frozenset[str] = frozenset()  # the same after a figure of its clause (بالنسبة)
    compared_to: frozenset[str] = frozenset()  # its preposition (إلى، ل)
    same_period: frozenset[str] = frozenset()  # after a period's noun: the same one (الفترة نفسها)
    same_period_of: frozenset[str] = frozenset()  # after it, what the period is of (نفس الفترة من العام الماضي)
    comparison_stems: tuple[str, ...] = ()  # the first letters of the comparison words: a quick test
    aside_prepositions: frozenset[str] = frozenset()  # before a date alone between commas (، في 3 أغسطس،)
    expected_stops: frozenset[str] = frozenset()  # a time set between an expected act's noun and its date (المقرر)
    averted_purpose: frozenset[str] = frozenset()  # open a denied purpose (كي لا، لئلا، حتى لا): one or two words
    averted_ends: frozenset[str] = frozenset()  # end a denied purpose before a new clause of the sentence (ثم)
    nowadays_after: frozenset[str] = frozenset()  # before "nowadays" (إلى اليوم، وهو اليوم): until, pronouns
    season_nouns: frozenset[str] = frozenset()  # before a season named alone (فصل الصيف)
    bounds: frozenset[str] = frozenset()  # right before a date it bounds (قبل 20 أغسطس)
    targets: frozenset[str] = frozenset()  # right before a date a target is set for (بحلول 2030)
    superlatives: frozenset[str] = frozenset()  # before a since that measures a record (أدنى مستوى منذ)
    since_ongoing: frozenset[str] = frozenset()  # before a since + amount: a state goes on (المستمرة منذ)
    nowadays_states: frozenset[str] = frozenset()  # verbs of state beside "nowadays" (تعد اليوم)
    changed_from: frozenset[str] = frozenset()  # before the amount a change started from (من 55 ألف طن)
    changed_to: frozenset[str] = frozenset()  # after it, a span's "to" (من 13 يناير إلى 2 فبراير)
    holidays_after: frozenset[str] = frozenset()  # right after a day declared off (أعلن الخميس إجازة)
    holiday_grants: frozenset[str] = frozenset()  # before it, the declaring or granting word
    restating: frozenset[str] = frozenset()  # between a date and the date restating it (والموافق)
    holidays_deemed: frozenset[str] = frozenset()  # after it, before the holiday word (سيتم اعتباره)
    predicate_openers: frozenset[str] = frozenset()  # open a subject's predicate (هو، كان، لم)
    held_prepositions: frozenset[str] = frozenset()  # govern the word after them (قرب، بين)
    present_prefixes: Mapping[str, str] = _NONE  # التي: ت, الذي: ي
    resumptive: Mapping[str, str] = _NONE  # التي: ها, الذي: ه
    resumptive_prepositions: frozenset[str] = frozenset()  # إليها، فيه: a preposition holding such a pronoun
    resumptive_adverbs: frozenset[str] = frozenset()  # لديه، عندها: a word of no verb holding such a pronoun
    disagreeing: Mapping[str, tuple[str, ...]] = _NONE  # الذي: (ه, ات, ين, ون)
    state: re.Pattern[str] = kept(r"(?!)")  # background_state before a verb in the present
    own_time: frozenset[str] = frozenset()  # الماضي، المقبلة: a time of the clause's own, read or not
    second_verbs: frozenset[str] = frozenset()  # past verbs that after و may open a second happening
    second_waw: re.Pattern[str] = kept(r"(?!)")  # a و before a letter one of them starts with
    second_told: re.Pattern[str] = kept(r"(?!)")  # a folded و + one of them: the sentence's quick test
    means_adjectives: frozenset[str] = frozenset()  # name a means (ناسفة، مفخخة): no happening of their own
    # after_happening or subordinate_clauses (بعد، إثر، بعد أن) after a space: a background phrase's opening
    background_after: re.Pattern[str] = kept(r"(?!)")
    after_nouns: frozenset[str] = frozenset()  # the last words of after_happening and before_happening (بعد، قبل)
    before_nouns: frozenset[str] = frozenset()  # the last words of before_happening (قبل)
    after_as_noun: frozenset[tuple[str, str]] = frozenset()  # (preposition, "after") of after_as_noun (عن بعد)
    plan_openers: tuple[tuple[str, ...], ...] = ()  # open a plan after a past predicate (على أن), folded words
    plan_frames: frozenset[str] = frozenset()  # masculine perfects a plan is told after (اتفق، قرر)
    edition_nouns: frozenset[str] = frozenset()  # name an edition or a plan a year follows (كأس، رؤية)
    edition_adjectives: frozenset[str] = frozenset()  # or end its name: a season's (الشتوية 2018), lexicon's year_adjectives
    edition_objects: frozenset[str] = frozenset()  # right before one, make it an object (حقوق، منح)
    edition_held: frozenset[str] = frozenset()  # tell the edition held (ستقام، استضافت), every form
    edition_breaks: frozenset[str] = frozenset()  # end an edition's name going back (في، التي)
    edition_year_words: frozenset[str] = frozenset()  # between the name and the figure (لعام)
    edition_in: frozenset[str] = frozenset()  # right before the name: done in the edition (في)
    edition_amounts: frozenset[str] = frozenset()  # right before the noun: a currency (مليون يورو)
    figure_openers: frozenset[str] = frozenset()  # open what a clause's move follows (بعد، متأثرا، مع)
    term_nouns: frozenset[str] = frozenset()  # a term an "until" ends (عقد، رئاسة), with pronouns and duals
    figure_releases: frozenset[str] = frozenset()  # a release: nouns with pronouns, verbs' forms (صدور، قالت)
    function_words: frozenset[str] = frozenset()  # carry no happening by themselves (في، ذلك، العام، الماضي)
    figure_release_nouns: frozenset[str] = frozenset()  # what is released (بيانات، مسح), with pronouns
    figure_showing: frozenset[str] = frozenset()  # right after or before one: what it shows (تظهر، أظهر), every form
    figure_nouns: frozenset[str] = frozenset()  # what figures measure (أرباح، مبيعات، نمو), with pronouns
    expected_nouns: frozenset[str] = frozenset()  # an expected act's nouns (توقعات، احتمال), with pronouns
    results_nouns: frozenset[str] = frozenset()  # results a period is covered by (أرباح، خسائرها، ربحا)
    results_statements: frozenset[str] = frozenset()  # the same before results_adjectives (قوائمها المالية)
    results_adjectives: frozenset[str] = frozenset()  # after them (مالية، المالية)
    results_through: frozenset[str] = frozenset()  # a word governing the period (خلال، في، عن)
    results_glued: str = ""  # a letter governing it, glued (لعام 2014، بنهاية النصف الأول)
    results_period_ends: frozenset[str] = frozenset()  # before في and a day: the period's end (المنتهية)
    results_period_nouns: frozenset[str] = frozenset()  # between the preposition and the period (خلال فترة)
    results_stems: tuple[str, ...] = ()  # the first letters of results_nouns and results_statements: a quick test
    witness_verbs: frozenset[str] = frozenset()  # saw, sparked, followed (شهدت، أشعل): every perfect person
    witnessed: frozenset[str] = frozenset()  # witnessed_nouns, with the article or a pronoun (مقتله، الشغب)


class _RootWaw(NamedTuple):
    starts: tuple[str, ...]  # beginnings of words whose و is the root's (وزير، وصل)
    words: frozenset[str]  # whole words whose و is the root's (والد، والدته, every form)


@functools.lru_cache(maxsize=None)
def _root_waw(code: str = "ar") -> _RootWaw:
    """The words whose first letter و belongs to the root (``root_waw_starts``, and
    ``root_waw_nouns`` with their derived forms, of ``lang/<code>/event_dates.yaml``), folded."""
    data = load_language_yaml(code, "event_dates.yaml")
    pronouns = [fold(str(p)) for key in ("attached_pronouns", "first_person_pronouns") for p in data[key]]
    words = {form for noun in data["root_waw_nouns"] for form in noun_forms(fold(str(noun)), pronouns, duals=True)}
    return _RootWaw(tuple(fold(str(w)) for w in data["root_waw_starts"]), frozenset(words))


# the cue lists of event_dates.yaml read as sets of folded words, one field of _DateCues each
_FOLDED_CUES = (
    "prayer", "nowadays", "subordinate", "comparison", "compared_from", "year_words", "tally",
    "not_antecedents", "occasions", "quantifiers", "construct_stops", "verb_occasions", "relative_verbs", "auxiliaries", "contract",
    "founding_verbs", "pay", "recurring", "citation_dates", "citation_numbers", "compared", "compared_after_figure",
    "compared_to", "same_period", "same_period_of",
    "season_nouns", "bounds", "targets", "superlatives", "since_ongoing", "changed_from", "changed_to", "holidays_after",
    "holiday_grants", "restating", "predicate_openers", "held_prepositions", "means_adjectives", "plan_frames",
    "edition_nouns", "edition_objects", "edition_breaks", "edition_year_words", "edition_in", "edition_amounts",
    "figure_openers", "function_words", "aside_prepositions", "expected_stops", "averted_purpose", "averted_ends",
)


@functools.lru_cache(maxsize=None)
def _date_cues(code: str = "ar") -> _DateCues:
    """The cue words of ``lang/<code>/event_dates.yaml`` (read once)."""
    data = load_language_yaml(code, "event_dates.yaml")
    words = [frozenset(fold(str(w)) for w in data[key])
             for key in ("background", "since", "cut_off", "for_duration", "units", "not_simultaneous",
                         "background_openers")]
    relative = "|".join(sorted(relative_pronouns(code)))
    second_verbs = frozenset(form for v in data["second_happening_verbs"] for form in perfect_forms(fold(str(v))))
    # every connective follows a space or a comma: that test comes first, once, after a look at the
    # letter it starts with (a position holding none of them fails at once)
    cue_words = [str(w) for key in ("since", "after_happening", "subordinate_clauses", "aside", "meanwhile",
                                    "simultaneous") for w in data[key]]
    connectives = _starting_with(cue_words) + r"(?<=[\s،,])(?:" + "|".join((
        _cue_pattern("since", data["since"], r"(?<=\s)"),
        _cue_pattern("after", data["after_happening"], r"(?<=\s)", r"\s+(?:[^\s،,.]+\s+){1,3}(?:" + relative + ")"),
        _cue_pattern("apart", data["subordinate_clauses"], r"(?<=\s)"),
        _cue_pattern("aside", [*data["aside"], *data["meanwhile"]], r"(?:(?<=[،,])|(?<=[،,]\s))"),
        _cue_pattern("while", data["simultaneous"], ""),
    )) + ")"
    verbs = [fold(str(w)) for w in data["speech_verbs"]]
    pronouns = attached_pronouns(code)

    def nouns(key: str) -> frozenset[str]:  # a list's nouns with their pronouns and duals (والداه)
        return frozenset(form for n in data[key] for form in noun_forms(fold(str(n)), pronouns, duals=True))

    def results(key: str) -> frozenset[str]:  # ... and the accusative of a masculine (أرباحا، ربحا)
        return nouns(key) | frozenset(fold(str(n)) + "ا" for n in data[key] if not fold(str(n)).endswith("ه"))

    complementizers = [fold(str(w)) for w in data["complementizers"]]
    return _DateCues(
        *words, kept(connectives),
        reported_past_openers=frozenset(fold(str(w)) for w in data["reported_past_openers"]),
        speech_verbs=frozenset(v + e for v in verbs for e in ["", *map(str, data["verb_endings"])]),
        complementizers=frozenset(c + p for c in complementizers
                                  for p in ["", *attached_pronouns(code)]),
        relative=relative_pronoun(_starting_with(relative_pronouns(code)) + r"(?<=[\s،,])و?", r"(?=\s)", code),
        comparison_stems=tuple(sorted({fold(str(w))[:4] for w in [*data["comparison"],
                                                                   *data.get("compared_after_figure", ())]})),
        present_prefixes={fold(str(k)): fold(str(v)) for k, v in data["present_prefixes"].items()},
        resumptive={fold(str(k)): fold(str(v)) for k, v in data["resumptive_pronouns"].items()},
        resumptive_prepositions=frozenset(fold(str(w)) + fold(str(p)) for w in data["resumptive_prepositions"]
                                          for p in data["resumptive_pronouns"].values()),
        resumptive_adverbs=frozenset(fold(str(w)) + fold(str(p)) for w in data["resumptive_adverbs"]
                                     for p in data["resumptive_pronouns"].values()),
        disagreeing={fold(str(k)): tuple(fold(str(e)) for e in v) for k, v in data["disagreeing_endings"].items()},
        plan_openers=tuple(sorted({tuple(_WORD.findall(fold(str(w)))) for w in data["plan_openers"]})),
        holidays_deemed=_deemed_forms(data["holidays_deemed"], data["holidays_deemed_by"]),
        **{key: frozenset(fold(str(w)) for w in data[key]) for key in _FOLDED_CUES},
        # a season's adjective ends an edition's name (happenings.yaml year_adjectives: «الشتوية 2018»)
        edition_adjectives=load_lexicon().year_adjectives,
        # "up to now" (حتى اليوم) is the events' own; "these days" cues are relative.yaml's (the tagger's)
        nowadays_after=frozenset(fold(str(w)) for w in data["nowadays_until"]) | load_lexicon().nowadays_pronouns,
        nowadays_states=load_lexicon().nowadays_states,
        said_break=kept(r"(?=\s+(?:" + "|".join(sorted(sorted(  # one source at every run
            {form for c in map(str, data["complementizers"]) for p in ["", *map(str, data["attached_pronouns"])]
             for form in (c + p, fold(c + p))}),  # also written without hamza: ان، بانه
            key=len, reverse=True)) + r")\s)" + _NOT_SAID + r"\s+"),
        thread_break=_opening([*data["background_openers"], *thread_breaks(data), *data["aside"],
                               *data["meanwhile"]]),
        # ، في وقت يستمر القصف: a verb in the present after it (ي، ت), not في وقت سابق، في وقت متأخر; a
        # pattern of its own, its words first (re scans for them: a third of an alternative's cost)
        state=kept("(?:" + "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in data["background_state"])
                   + r")(?=\s+[يت][\u0621-\u064a]{2,}[\s،,.])"),
        own_time=frozenset(form for w in data["own_time"] for form in feminine(str(w))),
        second_verbs=second_verbs,
        edition_held=frozenset(form for v in data["edition_held"] for form in verb_forms(fold(str(v))))
        | frozenset(p + form for v in data["edition_held_present"] for form in (fold(str(v)), "ت" + fold(str(v))[1:])
                    for p in ("", "س")),
        witness_verbs=frozenset(form for v in data["witness_verbs"] for form in perfect_persons(fold(str(v)))),
        figure_releases=nouns("figure_release_nouns")
        | frozenset(form for v in data["figure_release_verbs"] for form in verb_forms(fold(str(v)))),
        figure_release_nouns=nouns("figure_release_nouns"),
        figure_showing=frozenset(form for v in data["figure_showing"] for form in verb_forms(fold(str(v))))
        | frozenset(form for v in data["figure_showing_present"] for form in (fold(str(v)), "ت" + fold(str(v))[1:])),
        figure_nouns=nouns("figure_nouns"),
        expected_nouns=nouns("expected_nouns"),
        results_nouns=results("results_nouns"),
        results_statements=results("results_statements"),
        results_adjectives=frozenset(a for w in data["results_adjectives"] for a in (fold(str(w)), "ال" + fold(str(w)))),
        results_through=frozenset(fold(str(w)) for w in data["results_through"] if len(str(w)) > 1),
        results_glued="".join(sorted(fold(str(w)) for w in data["results_through"] if len(str(w)) == 1)),
        results_period_ends=frozenset(fold(str(w)) for w in data["results_period_ends"]),
        results_period_nouns=frozenset(fold(str(w)) for w in data["results_period_nouns"]),
        results_stems=tuple(sorted({fold(str(w))[:4] for key in ("results_nouns", "results_statements")
                                    for w in data[key]})),
        term_nouns=nouns("term_nouns"),
        witnessed=nouns("witnessed_nouns") | frozenset(fold("ال" + str(n)) for n in data["witnessed_nouns"]),
        second_waw=_second_waw(data["second_happening_verbs"]),
        second_told=_second_told(second_verbs),
        background_after=kept(r"(?<=\s)و?(?:" + "|".join(sorted(
            (r"\s+".join(map(re.escape, str(w).split()))
             for key in ("after_happening", "before_happening", "subordinate_clauses")
             for w in data[key]), key=len, reverse=True)) + r")(?=\s)"),
        after_nouns=frozenset(fold(str(w)).split()[-1] for key in ("after_happening", "before_happening")
                              for w in data[key]),
        before_nouns=frozenset(fold(str(w)).split()[-1] for w in data["before_happening"]),
        after_as_noun=frozenset((p[0], p[-1]) for p in (fold(str(w)).split() for w in data["after_as_noun"])
                                if len(p) == 2),
    )


def _deemed_forms(verbs: Iterable[object], auxiliaries: Iterable[object]) -> frozenset[str]:
    """The forms of the verbs deeming a day a holiday (``holidays_deemed``: a past ``اعتبر`` gives
    ``اعتبرت``, its present ``يعتبر``، ``تعتبر`` and future ``سيعتبر``، ``ستعتبر``; a verbal noun
    ``اعتبار`` gives ``اعتباره``، ``اعتبارها``) and of the passive auxiliaries before them
    (``holidays_deemed_by``: ``تم`` gives ``يتم``، ``سيتم``), folded."""
    forms: set[str] = set()
    for word in map(fold, map(str, verbs)):
        if word[-2:-1] == "ا":  # a verbal noun, اعتبار
            forms.update((word, word + "ه", word + "ها"))
        else:  # a past of the eighth form, اعتبر: its present drops the ا
            forms.update((word, word + "ت", *(p + word[1:] for p in ("ي", "ت", "سي", "ست"))))
    forms.update(p + fold(str(a)) for a in auxiliaries for p in ("", "ي", "سي"))
    return frozenset(forms)


def _starting_with(phrases: Iterable[str]) -> str:
    """A lookahead for the first letter of one of ``phrases`` or of و (which may be glued before
    them): put first in a pattern whose every match starts so, it lets a position fail at once."""
    letters = sorted({"و", *(p.split()[0][0] for p in phrases)})
    return "(?=[" + "".join(map(re.escape, letters)) + "])"


def _opening(phrases: Iterable[object]) -> re.Pattern[str]:
    """A folded clause opening with one of ``phrases`` (folded; after و or ف), a whole word."""
    folded = sorted(sorted({fold(str(p)) for p in phrases}), key=len, reverse=True)  # one source at every run
    return kept(_CONJ + r"?(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in folded)
                + r")(?!\w)")


_SENTENCE_END = kept(marks(SENTENCE_ENDS))
