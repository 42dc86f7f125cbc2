"""What a clause reports: its happening word (trigger) and the counts it gives.

The trigger lexicon is ``lang/<code>/triggers.yaml``: classes of happening words
(``تفجير``: انفجار، فجر، ناسف...; ``استقالة``; ``فيضان``...) in groups of kinds that may
describe one happening (an attack and its casualties are both ``نزاع``). A clause's
happening word is a trigger that does not follow a subordinating word
(``أثناء الصلاة``، ``موقع التفجير``، ``مسؤوليته عن الهجوم`` are background), else any
trigger: the first one; with the position of the clause's date, the nearest such trigger (the date
modifies its own predicate). Words are folded (:func:`timeline.normalize.fold`) and matched after the
conjunction, a preposition and the article are stripped. Some words name a happening only
with what follows them, and which one (``senses``: ``تبنى قرارا`` adopts a resolution,
``تبنى الهجوم`` claims an attack, ``تبنى فكرة`` tells none); others keep a class of their
own unless a word around them tells another sense (``لقاء`` a meeting, ``لقاء الفريق`` a
match: none). Verbs are written once (third person masculine perfect) and their other
persons derived (:func:`verb_forms`); nouns are written once with no pronoun, and their forms with
each attached pronoun derived (:func:`noun_forms`: ``محادثاتهم``، ``زيارته``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import polars as pl

from timeline._clause_rows import clause_starts, sum_in_clause
from timeline._listed import listed as as_series
from timeline._programs import USER_CACHE, compile_all, kept, source_stamp, stored
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.lexicon import clitic_prefixes, dual, trie_regex, unjoined
from timeline.normalize import fold

__all__ = ["DATELINE_CHARS", "OPENING_WORDS", "PLAIN", "Sense", "TriggerLexicon", "clause_numbers", "load_triggers",
           "noun_forms", "thread_breaks", "verb_forms"]

_WORD = kept(r"\w+")
_LAST_WORD = kept(r"(?P<word>\w+)\W*$")
_NUMBER = kept(r"(?<![\d.:/-])\d{1,6}(?![\d.:/-])")
_YEARS = frozenset(range(1300, 1501)) | frozenset(range(1900, 2101))
_MIN_PREFIX = 3
OPENING_WORDS = 2
"""A reaction word among a clause's first words (its predicate, Arabic news putting the
verb first) names its happening."""
DATELINE_CHARS = 80
"""How far into a clause the colon closing a dateline (``واس - الرياض :``) may stand."""
_SENSED = "?"  # in a memo of word classes: a word whose class what follows tells
_WORD_CHARS = 16  # characters read per word around a sensed word (its cues' reach)
NAMING_BETWEEN = 3  # most words of `naming_between` between a naming word and the happening it names
_TITLE_ROOM = 3  # how many times its reach a sensed word reads, titles passed over (صاحب السمو الملكي الأمير)
_CLITICS = kept("^" + clitic_prefixes().loose)  # stripped before a word is looked up among the titles
_NONE = "none"  # in a sense's cues: the class of a word that names no happening
PLAIN = ""
"""The class :meth:`TriggerLexicon.in_context` gives a plain predicate (:attr:`TriggerLexicon.plain`):
a wall between a clause's date and the happening words before it, never a clause's class."""


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense of a word whose happening what follows tells: its class (None: the word
    names no happening) and the folded cue words that tell it, whole (``exact``) or by
    their beginning (``prefixes``)."""

    cls: str | None
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    until: frozenset[str] = frozenset()  # if any: its cues tell it only after the form's subject, before these

    def told_by(self, word: str) -> bool:
        """Whether a folded word (clitics stripped as for happening words) is a cue of this sense."""
        return _told_by(self.exact, self.prefixes, word)


@functools.lru_cache(maxsize=2**16)
def _told_by(exact: frozenset[str], prefixes: tuple[str, ...], word: str) -> bool:
    """:meth:`Sense.told_by` (cached: the words around a sensed word recur, and each is read
    for every sense, at every distance)."""
    return any(bare in exact or bare.startswith(prefixes) for bare in _bare_forms(word))


class TriggerLexicon(NamedTuple):
    """Happening words by class, the group of each class, the subordinating words, the
    groups of reactions to a happening, the subordinators after which a reaction word
    is what a clause tells, the classes whose object tells little, those counting victims
    and the words that name no object of a happening word (who did it, how).

    Built at import as a named tuple, not a dataclass (its generated methods cost ~1 ms of every
    start): immutable and compared field by field all the same; nothing hashes or copies it."""

    exact: dict[str, str]
    prefixes: dict[str, str]
    groups: dict[str, str]
    subordinators: frozenset[str]
    pattern: re.Pattern[str]  # finds the words that may be triggers (then checked one by one)
    reactions: frozenset[str] = frozenset()  # groups of reactions to a happening (own class only)
    voiced: frozenset[str] = frozenset()  # subordinators after which a reaction word is no background
    loose_objects: frozenset[str] = frozenset()  # classes whose object does not make candidates
    tolls: frozenset[str] = frozenset()  # classes counting victims: another happening word names it
    not_objects: tuple[str, ...] = ()  # folded beginnings of words that name no object (who, how)
    lead_ins: frozenset[str] = frozenset()  # words before a predicate that still opens its clause
    dateline_words: int = 0  # most words of a dateline before a colon opening a clause
    titles: frozenset[str] = frozenset()  # honorifics: what a happening word governs passes them over
    senses: Mapping[str, tuple[Sense, ...]] = MappingProxyType({})  # folded word -> its senses, in order
    sense_reach: int = 0  # how many words after a sensed word its cues may stand
    sensed_tokens: frozenset[str] = frozenset()  # the sensed forms with the clitics they may take
    sense_defaults: Mapping[str, str] = MappingProxyType({})  # sensed form -> its class with no cue
    sense_before: Mapping[str, int] = MappingProxyType({})  # sensed form -> words before it read for cues
    timing: frozenset[str] = frozenset()  # subordinators that tell when: what follows still happened then
    naming: frozenset[str] = frozenset()  # subordinators naming a case or a place: what follows is never told
    verbal: frozenset[str] = frozenset()  # forms derived from `verbs:`: a verb never takes the article
    plain: frozenset[str] = frozenset()  # predicates of speech and report: a date after them is theirs
    negations: frozenset[str] = frozenset()  # words that deny what follows (لم، لن، عدم، دون، نفى)
    not_negating: frozenset[str] = frozenset()  # words after لا that deny nothing (لا يزال، لا سيما)
    negation_reach: int = 0  # how many words before a happening word a negation may stand
    attributions: frozenset[str] = frozenset()  # words before a plain predicate that make it an attribution
    negation_ends: frozenset[str] = frozenset()  # words that end what a negation denies (في، حتى، إلا)
    done_verbs: frozenset[str] = frozenset()  # denied verbs whose subject is what is denied (لم تتم السيطرة)
    derived: frozenset[str] = frozenset()  # forms derived from `nouns:` with a pronoun (محادثاتهم), none listed
    sense_after: Mapping[str, int] = MappingProxyType({})  # sensed form -> words after it read, if not sense_reach
    naming_between: frozenset[str] = frozenset()  # words between a naming word and what it names (في، هذا)
    naming_through: frozenset[str] = frozenset()  # of those, words never right before what is named (به)
    kinds: Mapping[str, str] = MappingProxyType({})  # class -> its kind's first class (`kinds`: one happening's words)
    announced: frozenset[str] = frozenset()  # classes no background after a voiced word (أعلنت عن وفاة)
    joint: frozenset[tuple[str, str]] = frozenset()  # class pairs of two groups told of one happening, both ways
    asking: frozenset[str] = frozenset()  # reaction classes that ask for what follows (a call): never dated by it
    asked_for: frozenset[str] = frozenset()  # prepositions before what a call asks for (glued ب، ل; إلى)
    negation_through: frozenset[str] = frozenset()  # words after which an ending word still denies (الحق في)

    def reach_of(self, form: str) -> int:
        """How many words after a sensed form its cues may stand (its own ``reach``, else
        :attr:`sense_reach`)."""
        return self.sense_after.get(form, self.sense_reach)

    def kind(self, cls: str | None) -> str | None:
        """The class the merge reads for ``cls``: its kind's first class (``kinds`` of
        triggers.yaml: ``تفجير`` is an ``هجوم``), else the class itself (None for None)."""
        return None if cls is None else self.kinds.get(cls, cls)

    def voices(self, cls: str | None) -> bool:
        """Whether a word of class ``cls`` right after a :attr:`voiced` word is what its clause
        tells: a reaction (``أعرب عن إدانته``) or an :attr:`announced` class (``أعلنت عن وفاة``)."""
        return self.is_reaction(cls) or cls in self.announced

    def asks(self, cls: str | None) -> bool:
        """Whether a class names a reaction that asks for what follows it (``asking``: a call, a
        demand, an appeal)."""
        return cls is not None and cls in self.asking

    def asked(self, word: str, before: str) -> bool:
        """Whether the happening word ``word`` (folded), after the folded word ``before``, is what a call
        asks for: glued to a preposition of ``asking: for`` (``بإقالة``، ``بمحاسبة``; not ``بدء``, whose ب
        is its own: a happening word that is none without it) or right after one that is a word
        (``إلى الإفراج``)."""
        bare, prior = unjoined(word), unjoined(before) if before else ""
        glued = len(bare) > 3 and bare[0] in self.asked_for and (  # بدء: its ب is its own
            self.happening(bare) is None or self.happening(bare[1:]) is not None)
        return glued or prior in self.asked_for

    def is_reaction(self, cls: str | None) -> bool:
        """Whether a class names a reaction to a happening (its group is a reaction group)."""
        return cls is not None and self.groups.get(cls) in self.reactions

    def background(self, before: str, cls: str) -> bool:
        """Whether a happening word of class ``cls`` after the folded word ``before`` is
        background (``موقع التفجير``); a reaction or an :attr:`announced` class after a
        :attr:`voiced` word is not (``أعرب عن إدانته``، ``أعلنت عن وفاة``)."""
        for word in (before, before[1:]):
            if word in self.subordinators:
                return not (word in self.voiced and self.voices(cls))
        return False

    def names_no_happening(self, before: str, cls: str) -> bool:
        """Whether a happening word of class ``cls`` after the folded word ``before`` tells
        no happening of its report's day: background after a subordinator that does not
        tell when (``المتهمين بتفجير``، ``موقع التفجير``; not ``خلال لقائه``)."""
        return self.background(before, cls) and not ({before, before[1:]} & self.timing)

    def names_case(self, before: str) -> bool:
        """Whether a happening word after the folded word ``before`` names a case or a place
        (:attr:`naming`: ``متهمي تفجير المحطة``، ``موقع التفجير``): never its clause's happening."""
        return bool({before, before[1:]} & self.naming)

    def accused_of(self, folded: str, start: int) -> bool:
        """Whether the happening word at character ``start`` of a folded clause is what someone is
        accused of: a word of :attr:`naming` before it with only words of :attr:`naming_between` between
        (``محاكمة 29 متهما في هذا الاعتداء``، ``المشتبه به في تفجير``): a case named, never told."""
        words = _WORD.findall(folded, max(0, start - _WORD_CHARS * (NAMING_BETWEEN + 1)), start)
        if words and {words[-1], words[-1][1:]} & self.naming_through:
            return False  # the suspect's own act (المشتبه به هاجم الحراس)
        for word in reversed(words[-(NAMING_BETWEEN + 1):]):
            if not {word, word[1:]} & self.naming_between:
                return self.names_case(word)
        return False

    def lead_in(self, word: str) -> bool:
        """Whether a folded word is a lead-in (``lang/<code>/actors.yaml``: إلى ذلك، من
        جانبها، كما), with or without a leading و or ف."""
        return clitic_prefixes().reads(word, self.lead_ins)

    def dateline(self, folded: str) -> int:
        """How many words a folded clause's dateline holds (``واس - الرياض :``): the words
        before a colon among its first :attr:`dateline_words` words (and
        :data:`DATELINE_CHARS` characters); 0 without one."""
        colon = folded.find(":", 0, DATELINE_CHARS)
        if colon < 0:
            return 0
        words = len(_WORD.findall(folded[:colon]))
        return words if words <= self.dateline_words else 0

    def opens(self, before: str) -> bool:
        """Whether a word after the folded text ``before`` (the start of its clause) opens
        the clause: fewer than :data:`OPENING_WORDS` words before it, lead-ins and a
        dateline not counted."""
        words = _WORD.findall(before)[self.dateline(before):]
        return sum(not self.lead_in(word) for word in words) < OPENING_WORDS

    def is_title(self, word: str) -> bool:
        """Whether a folded word is a title (:attr:`titles`: صاحب، السمو، الأمير، معالي), with a
        conjunction, a preposition or the article before it or not."""
        return _is_title(self.titles, word)

    def is_plain(self, word: str) -> bool:
        """Whether a folded word is a plain predicate (:attr:`plain`: قال، أكد، أعلن), after و or ف or not."""
        return clitic_prefixes().reads(word, self.plain, least=3)

    def negates(self, word: str, following: str = "") -> bool:
        """Whether a folded word denies what follows it (:attr:`negations`: ولم، لن، عدم، بدون، نفت), but
        for لا before a word that denies nothing (:attr:`not_negating`: لا يزال، لا سيما)."""
        return word in self.negations and not (word.lstrip(clitic_prefixes().joined) == "لا" and following in self.not_negating)

    def _within(self, words: Sequence[str], reach: int) -> list[str]:
        """The first ``words`` up to the ``reach``-th that is no title, and the titles after it
        (titles tell rank, not what happened: they do not count in a sense's reach)."""
        out: list[str] = []
        counted = 0
        titles = self.titles
        for word in words:
            counted += not _is_title(titles, word)  # is_title, without the method call per word
            if counted > reach:
                break
            out.append(word)
        return out

    def _lookups(self, word: str) -> tuple[str, ...]:
        """The forms a folded word is looked up as (:func:`_bare_forms`), but for a verb's form
        reached by stripping the article: a verb never takes it (الصوت a sound, الكشف عن هويته
        a disclosure, الصادق a name, الدخل an income: no vote, reveal, approval or entry)."""
        forms = _bare_forms(word)
        if not self.verbal or not any(bare in self.verbal for bare in forms[1:]):
            return forms
        return tuple(bare for bare in forms if bare not in self.verbal or not _articled(word, bare))

    def sensed(self, word: str) -> str | None:
        """The form of a folded word (clitics stripped) whose happening what follows it
        tells (:attr:`senses`), or None."""
        return next((bare for bare in self._lookups(word) if bare in self.senses), None)

    def word_class(self, word: str, after: Sequence[str] = (), before: Sequence[str] = ()) -> str | None:
        """The class of one folded word (clitics stripped), or None. For a word whose
        happening what follows tells, the class of the sense of the nearest cue among the
        folded words ``after`` it (up to :attr:`sense_reach`) and, for a form that reads
        them (:attr:`sense_before`), the last words ``before`` it; at one distance the word
        after first, then the senses in order. Titles do not count in the reach (``وقف صاحب
        السمو الملكي الأمير فيصل… على موقع``: a visit). Without a cue, its default
        (:attr:`sense_defaults`: ``لقاء``) or none (``تبنى فكرة``)."""
        form = self.sensed(word) if self.senses else None
        if form is not None:
            told = self.sense_cue(form, after, before)
            if told is not None and told[0] is not None and before and unjoined(word) != word \
                    and self.sensed(unjoined(word)) == form:
                # a conjunct of its own (و/ف glued): the words before tell it no other happening ("تمديد حالة
                # الطوارئ واعتقال 20 مشتبها": an arrest), though they may still tell it none ("القيادة والسيطرة")
                told = self.sense_cue(form, after)
            return told[0] if told is not None else self.sense_defaults.get(form)
        for bare in self._lookups(word):
            found = self.exact.get(bare)
            if found is None:
                for size in range(len(bare), _MIN_PREFIX - 1, -1):
                    found = self.prefixes.get(bare[:size])
                    if found is not None:
                        break
            if found is not None:
                return found
        return None

    def sense_cue(self, form: str, after: Sequence[str] = (), before: Sequence[str] = (),
                  reach: int | None = None) -> tuple[str | None] | None:
        """For a sensed form (:meth:`sensed`), the class its nearest cue among the folded words
        ``after`` and ``before`` it tells, as a 1-tuple (None inside: no happening), or None
        when no cue tells it (its default is only a guess): see :meth:`word_class`. ``reach``:
        how many words after it are read (default :attr:`sense_reach`). A sense read after the
        subject (:attr:`Sense.until`) is not read in the words opening what follows the form (its
        subject: ``وصل نحو 800 نازح``), nor after a word that opens another clause (``حيث استقبله ألفا
        مشجع``), nor before the form."""
        senses = self.senses[form]
        back = self.sense_before.get(form, 0)
        preceding = self._within(list(reversed(before)), back) if back else []
        following = self._within(after, self.reach_of(form) if reach is None else reach)
        cues = _cues(senses)
        held = any(sense.until for sense in senses)
        state = _SUBJECT  # of the senses read after the subject (held), where the next word stands
        for k in range(max(len(following), len(preceding))):
            for side in (following, preceding):
                if k < len(side):
                    near = side[k]
                    if held:
                        told = _cue(senses, near, False)
                        if side is following:
                            full = _cue(senses, near, True)
                            state = _held_state(senses, near, state, full != told)
                            if state == _OPEN:
                                told = full
                    else:
                        told = cues.get(near, _UNREAD)
                        if told is _UNREAD:
                            if len(cues) >= _CUES_KEPT:
                                cues.clear()
                            told = cues[near] = _cue(senses, near)
                    if told is not None:
                        return told
        return None

    def happening(self, folded: str, at: int | None = None,
                  memo: dict[str, str | None] | None = None) -> str | None:
        """The class of the happening word of a folded clause (:meth:`happening_word`), or None."""
        found = self.happening_word(folded, at, memo)
        return None if found is None else found[0]

    def happening_word(self, folded: str, at: int | None = None,
                       memo: dict[str, str | None] | None = None) -> tuple[str, int] | None:
        """The class and start (a character of ``folded``) of the happening word of a folded
        clause (dates cut), or None: the trigger nearest before character ``at`` (where the clause's date stood: Arabic news puts
        the predicate first), else the nearest after it (default: the first trigger);
        one that follows a subordinating word only when no other is found (never one after a
        word naming a case or a place: :attr:`naming`), then a toll
        (``قتل 5 أشخاص في انهيار أرضي`` is the landslide) only when no other; one right after
        another qualifies it (``توقيف انتحاري``) and is passed over. A reaction among the
        clause's first :data:`OPENING_WORDS` words (lead-ins and a dateline not counted:
        :meth:`opens`), or right after a :attr:`voiced` word
        (``أعربت الكويت عن إدانتها``), is what it tells, whatever it reacts to
        (``أدانت مصر التفجير الذي استهدف أمس المسجد``: a condemnation, not the bombing);
        then the clause's first reaction that is no background tells it (``تلقى اتصالا هاتفيا
        من… أعرب خلاله عن إدانته``: the call).
        A word whose happening what follows tells (:attr:`senses`) takes the class the
        words around it give (:meth:`word_class`).
        ``memo`` keeps the class of every word looked up (pass one dict per batch)."""
        memo = {} if memo is None else memo
        best: tuple[int, int, int, int, str, int] | None = None
        position = 0 if at is None else at
        last_end = -2
        last_found = -1
        wall = self._wall(folded, at) if at is not None and self.plain else -1
        first_reaction: tuple[str, int] | None = None
        for m in self.pattern.finditer(folded):
            word = m.group()
            found = memo.get(word, "")
            if found == "":
                found = memo[word] = _SENSED if self.senses and self.sensed(word) else self.word_class(word)
            if found == _SENSED:
                room = _WORD_CHARS * _TITLE_ROOM
                form = self.sensed(word) or ""
                following = _WORD.findall(folded, m.end(), m.end() + room * self.reach_of(form))
                back = self.sense_before.get(form, 0)
                preceding = _WORD.findall(folded[:m.start()], max(0, m.start() - room * back)) if back else []
                found = self.word_class(word, following, preceding)
            if found is None:
                continue
            denied = self._denied(folded, m.start(), last_found) if self.negations else False
            if denied is not None:
                last_found = m.start()  # a negation denies the first happening word after it
            if denied:
                continue
            # a happening word right after another qualifies it (توقيف انتحاري، تفجير انتحاري):
            # the noun before names the happening
            follows, last_end = folded[last_end:m.start()].isspace(), m.end()
            if follows or (m.start() < wall and not self.is_reaction(found)):
                continue
            previous = _LAST_WORD.search(folded, max(0, m.start() - 24), m.start())
            before = previous.group("word") if previous else ""
            background = self.background(before, found)
            if background and self.names_case(before) or self.naming_between and self.accused_of(folded, m.start()):
                continue  # a case or a place named (متهمي تفجير المحطة): no fallback to it
            if not background and self.is_reaction(found):
                first_reaction = first_reaction or (found, m.start())
                if before in self.voiced or self.opens(folded[:m.start()]):
                    # a reaction opening the clause, or voiced (أعرب عن إدانته): the clause's
                    # first reaction is what it tells (تلقى اتصالا… أعرب خلاله عن إدانته: the call)
                    return first_reaction
            after = at is not None and m.start() > position
            key = (int(background), int(found in self.tolls), int(after), abs(m.start() - position), found, m.start())
            if best is None or key[:4] < best[:4]:
                best = key
        return None if best is None else (best[4], best[5])

    def _denied(self, folded: str, start: int, since: int) -> bool | None:
        """Whether a negation among the :attr:`negation_reach` words before character ``start`` of a
        folded clause, after character ``since`` (the happening word before: a negation denies the
        first one after it) and with no word of :attr:`negation_ends` between (but one right after a word
        of :attr:`negation_through`: بدون الحق في إطلاق سراح), denies the word there;
        None when that word is the subject of the denied verb (:func:`_subject`: لم يسفر الانفجار عن
        إصابات), which the negation passes over."""
        words = list(_WORD.finditer(folded, max(0, start - _WORD_CHARS * self.negation_reach), start))
        words = words[-self.negation_reach:]
        following = _WORD.match(folded, start)
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            if word.start() <= since:
                return False
            if word.group() in self.negation_ends and not (k and words[k - 1].group() in self.negation_through):
                return False
            after = words[k + 1].group() if k + 1 < len(words) else (following.group() if following else "")
            if self.negates(word.group(), after):
                subject = (k == len(words) - 2 and following is not None and _subject(following.group())
                           and words[-1].group() not in self.done_verbs)
                return None if subject else True
        return False

    def _wall(self, folded: str, at: int) -> int:
        """Where the last plain predicate (:attr:`plain`) before character ``at`` of a folded clause
        starts, not one right after an attribution (حسبما أعلن، الذي أعلن); -1 without one."""
        wall, previous = -1, ""
        for m in _WORD.finditer(folded, 0, at):
            if self.is_plain(m.group()) and previous not in self.attributions:
                wall = m.start()
            previous = m.group()
        return wall

    def group(self, cls: str | None) -> str | None:
        """The group of a class (None for None)."""
        return None if cls is None else self.groups.get(cls)

    def in_context(self, positions: pl.DataFrame, classes: Mapping[str, str]) -> pl.DataFrame:
        """``(c, pos, trigger)``: the happening words of the clauses given as ``positions``
        (``c``, ``pos`` and the folded ``token``, in order): each token of ``classes`` (its
        :meth:`word_class`) with its class, and each word whose happening what follows
        tells (:attr:`senses`) with the class the words around it give, when they give one; none
        a negation denies (:meth:`_not_denied`); and the plain predicates, of class :data:`PLAIN`
        (:meth:`_told_plainly`)."""
        schema = {"c": positions.schema["c"], "pos": positions.schema["pos"], "trigger": pl.String}
        positions = positions.select("c", "pos", "token")  # what is read: filters copy no more
        sensed = as_series(self.sensed_tokens)
        listed = positions.filter(~pl.col("token").is_in(sensed)).join(
            pl.DataFrame({"token": list(classes), "trigger": list(classes.values())},
                         schema={"token": pl.String, "trigger": pl.String}), on="token",
        ).select(list(schema))
        at = positions.filter(pl.col("token").is_in(sensed)).select("c", "pos", "token")
        found = listed if at.is_empty() else pl.concat([listed, self._sensed_in_context(positions, at, schema)])
        return self._told_plainly(positions, self._not_denied(positions, found)).sort("c", "pos")

    def _not_denied(self, positions: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
        """``found`` but the happening words a negation among the :attr:`negation_reach` words before
        denies (لم تعلن أي جهة مسؤوليتها، لم يسفر عن إصابات، نفى وقوع انفجار، دون وقوع إصابات): the first
        one after it, with no word of :attr:`negation_ends` between them (دون تغيير في اجتماعها: the
        meeting was held)."""
        if not self.negations or found.is_empty():
            return found
        denying = positions.filter(pl.col("token").is_in(as_series(self.negations))).select("c", "pos", "token")
        if denying.is_empty():
            return found
        tokens = positions.select("c", "pos", "token")
        # لا before a word that denies nothing (لا يزال، لا سيما) is no negation
        idle = (
            denying.filter(pl.col("token").str.strip_chars_start(clitic_prefixes().joined) == "لا")
            .select("c", (pl.col("pos") + 1).alias("pos"))
            .join(tokens, on=["c", "pos"]).filter(pl.col("token").is_in(as_series(self.not_negating)))
            .select("c", (pl.col("pos") - 1).alias("pos"))
        )
        denying = denying.join(idle, on=["c", "pos"], how="anti").select("c", pl.col("pos").alias("at"))
        pairs = (
            found.select("c", "pos").join(denying, on="c")
            .filter(pl.col("at") < pl.col("pos"), pl.col("at") >= pl.col("pos") - self.negation_reach)
        )
        if pairs.is_empty():
            return found
        # the subject of the denied verb is passed over (لم يسفر الانفجار عن إصابات: _subject), but
        # not after a verb of doing (لم تتم السيطرة: done_verbs)
        near = pairs.filter(pl.col("pos") - pl.col("at") == 2)
        if near.height:
            subjects = (
                near.join(tokens, on=["c", "pos"])
                .filter(pl.col("token").str.strip_chars_start(clitic_prefixes().joined).str.starts_with("ال"))
                .join(tokens.filter(pl.col("token").is_in(as_series(self.done_verbs)))
                      .select("c", (pl.col("pos") + 1).alias("pos")), on=["c", "pos"], how="anti")
                .select("c", "pos", "at")
            )
            pairs = pairs.join(subjects, on=["c", "pos", "at"], how="anti")
        # what a word such as في or حتى begins is no longer denied (دون تغيير في اجتماعها), but after
        # a word of negation_through it is (بدون الحق في إطلاق سراح: no release)
        through = (tokens.filter(pl.col("token").is_in(as_series(self.negation_through)))
                   .select("c", (pl.col("pos") + 1).alias("pos")))
        ends = (tokens.filter(pl.col("token").is_in(as_series(self.negation_ends)))
                .join(through, on=["c", "pos"], how="anti")
                .select("c", pl.col("pos").alias("end")))
        ended = (
            pairs.join(ends, on="c").filter(pl.col("at") < pl.col("end"), pl.col("end") < pl.col("pos"))
            .select("c", "pos", "at")
        )
        denied = (
            pairs.join(ended, on=["c", "pos", "at"], how="anti")
            # a negation denies the first happening word after it, not what that one governs (لم تعلن
            # مسؤوليتها عن هجوم: the attack happened)
            .group_by("c", "at").agg(pl.col("pos").min())
            .select("c", "pos").unique()
        )
        return found.join(denied, on=["c", "pos"], how="anti")

    def _told_plainly(self, positions: pl.DataFrame, found: pl.DataFrame) -> pl.DataFrame:
        """``found`` and the plain predicates (:attr:`plain`) of the clauses, of class :data:`PLAIN`: a
        date after one is its own, not a happening word's before it (انتهت المحادثات الأسبوع الماضي
        وأكد الوزير اليوم أن العلاقات متينة: no talks today). Left out: one right before or at a
        happening word (أكد مقتل: what it says is the happening, and a word right after another is
        passed over) and one right after an attribution or a relative pronoun (:attr:`attributions`)."""
        if not self.plain:
            return found
        told = as_series(self.plain | {c + word for c in clitic_prefixes().conjunctions for word in self.plain})  # as is_plain reads them
        words = (
            positions.filter(pl.col("token").is_in(told))
            .select("c", "pos", pl.lit(PLAIN, pl.String).alias("trigger"))
            .join(found.select("c", (pl.col("pos") - 1).alias("pos")), on=["c", "pos"], how="anti")
            .join(found.select("c", "pos"), on=["c", "pos"], how="anti")
            # an attribution (حسبما أعلن مسؤولون اليوم، بحسب ما أفاد) dates the telling, not the predicate
            .join(positions.filter(pl.col("token").is_in(as_series(self.attributions)))
                  .select("c", (pl.col("pos") + 1).alias("pos")), on=["c", "pos"], how="anti")
        )
        return pl.concat([found, words.cast(found.schema)])

    def _sensed_in_context(self, positions: pl.DataFrame, at: pl.DataFrame, schema: Mapping[str, pl.DataType],
                           ) -> pl.DataFrame:
        """``(c, pos, trigger)`` of the sensed words ``at`` (:meth:`in_context`) that the words around tell."""
        back = max(self.sense_before.values(), default=0)
        ahead = max(self.sense_after.values(), default=self.sense_reach)
        # words that are no title, counted along each clause: a sense's reach passes titles over
        # (word_class trims each window to its reach)
        titles = as_series(self.titles)
        counted = (
            positions.filter(pl.col("c").is_in(at["c"].implode()))
            .with_columns((~(pl.col("token").is_in(titles) | pl.col("token").str.replace(_CLITICS.pattern, "")
                             .is_in(titles))).cast(pl.Int64).alias("rank"))
        )
        counted = counted.with_columns(_running_sum(counted, "rank"))
        at = at.join(counted.select("c", "pos", "rank"), on=["c", "pos"])
        # each sensed word's window: the clause's words of ranks rank - back - 1 … rank + reach, a
        # run of rows of ``counted`` in (c, pos) order (ranks grow along a clause), found by
        # searching (clause, rank) keys: no sensed word × every word of its clause is made (memory)
        counted = counted.sort("c", "pos")
        keys = counted.select(_clause_rank(pl.col("c"), pl.col("rank")))["key"]
        bounds = at.select(_clause_rank(pl.col("c"), (pl.col("rank") - back - 1).clip(0)).alias("lo"),
                           _clause_rank(pl.col("c"), pl.col("rank") + max(ahead, self.sense_reach)).alias("hi"))
        lo, hi = keys.search_sorted(bounds["lo"], "left"), keys.search_sorted(bounds["hi"], "right")
        window = at.select("c", "pos", "token", pl.int_ranges(lo, hi).alias("row")).explode("row")
        rows = window["row"]
        around = (  # the sensed word itself is in its window, so none is lost
            window.select("c", "pos", "token", counted["pos"].gather(rows).alias("near"),
                          counted["token"].gather(rows).alias("word"))
            .sort("c", "pos", "near")
            .group_by("c", "pos", maintain_order=True)
            .agg(pl.col("token").first(), pl.col("word").filter(pl.col("near") > pl.col("pos")).alias("after"),
                 pl.col("word").filter(pl.col("near") < pl.col("pos")).alias("before"))
        )
        read: dict[tuple[str, tuple[str, ...], tuple[str, ...]], str | None] = {}  # wire copies repeat
        classes: list[str | None] = []
        for token, after, before in around.select("token", "after", "before").iter_rows():
            key = (token, tuple(after), tuple(before))
            classes.append(read[key] if key in read else read.setdefault(key, self.word_class(token, after, before)))
        told = around.select("c", "pos").with_columns(pl.Series("trigger", classes, pl.String)).cast(dict(schema))
        return told.drop_nulls("trigger")


_RANKS = 2**32
"""Past any word's rank in its clause: ``(c, rank)`` as one integer key, in the order of the pair."""


def _clause_rank(clause: pl.Expr, rank: pl.Expr) -> pl.Expr:
    """``key``: a clause's number and a rank in it as one integer (:data:`_RANKS`)."""
    return (clause.cast(pl.Int64) * _RANKS + rank.cast(pl.Int64)).alias("key")


def _running_sum(frame: pl.DataFrame, column: str) -> pl.Expr:
    """``column``'s running sum within each clause ``c`` of ``frame``, in ``pos`` order:
    ``cum_sum().over("c", order_by="pos")``; without the window when the rows already stand
    clause by clause in ``pos`` order (as a clause's words are given), the sum at each clause's
    first row less what came before it."""
    starts = clause_starts()
    if not frame.select((starts | (pl.col("pos") > pl.col("pos").shift(1))).all()).item() \
            or frame["c"].n_unique() != frame.select(starts.sum()).item():
        return pl.col(column).cum_sum().over("c", order_by="pos").alias(column)
    return sum_in_clause(pl.col(column)).alias(column)


_UNREAD = object()
_CUES_KEPT = 2**14
"""The most words :func:`_cues` keeps for one sensed form (emptied when full)."""


@functools.lru_cache(maxsize=None)
def _cues(senses: tuple[Sense, ...]) -> dict[str, tuple[str | None] | None]:
    """:func:`_cue` of the words read so far around one sensed form (``senses``, its senses):
    the words around sensed words recur, and each is read at every distance; keyed by the word
    alone, so ``senses`` (dataclasses, hashed field by field) are hashed once per sensed word,
    not once per word around it."""
    return {}


def _cue(senses: tuple[Sense, ...], word: str, held: bool = True) -> tuple[str | None] | None:
    """The class of the first of ``senses`` a folded word is a cue of, as a 1-tuple (its class
    may be None: a cue of no happening), or None when it is a cue of none (kept by
    :func:`_cues`). The word's bare forms are read once for all senses (what
    :meth:`Sense.told_by` reads for one). A sense read only after the subject (:attr:`Sense.until`)
    is passed over unless ``held``."""
    forms = _bare_forms(word)
    for sense in senses:
        if sense.until and not held:
            continue
        exact, prefixes = sense.exact, sense.prefixes
        for bare in forms:  # a plain loop: any() over a generator per sense costs more than the test
            if bare in exact or bare.startswith(prefixes):
                return (sense.cls,)
    return None


_SUBJECT, _OPEN, _CLOSED = "subject", "open", "closed"  # where a word after a sensed form stands


def _held_state(senses: tuple[Sense, ...], word: str, state: str, held_cue: bool) -> str:
    """Where the folded ``word`` after a sensed form stands for its senses read only after the
    subject (:meth:`TriggerLexicon.sense_cue`), the word before it at ``state``: a figure or such a
    cue (``held_cue``: the word reads otherwise with those senses than without) opening what follows
    the form is the subject's (``وصل نحو 800 نازح``); any other word opens them (``وصلت قيمة
    الصادرات إلى 50 ألفا``), until one of their :attr:`Sense.until` closes them (``حيث``، ``التي``)."""
    if state == _CLOSED or any(word in sense.until for sense in senses):
        return _CLOSED
    if state == _SUBJECT and (word.isdigit() or held_cue):
        return _SUBJECT
    return _OPEN


@functools.lru_cache(maxsize=2**16)
def _is_title(titles: frozenset[str], word: str) -> bool:
    """:meth:`TriggerLexicon.is_title` (cached: the words around sensed words recur)."""
    return word in titles or _CLITICS.sub("", word) in titles


def _subject(word: str) -> bool:
    """Whether a folded word right after a denied verb is its subject, not its object: it carries the
    article (لم يسفر الانفجار عن إصابات; not لم تعلن مسؤوليتها، نفى وقوع انفجار)."""
    return word.lstrip(clitic_prefixes().joined).startswith("ال")


def _articled(word: str, bare: str) -> bool:
    """Whether ``bare`` is what remains of ``word`` once the article (ال، لل) is stripped."""
    return word.endswith("ال" + bare) or word.endswith("لل" + bare)


@functools.lru_cache(maxsize=2**16)
def _bare_forms(word: str) -> tuple[str, ...]:
    """``word`` and what remains after stripping و/ف, then ب/ل/ك, then the article (cached:
    a sensed word's cues are read once per sense, and words recur)."""
    out = [word]
    stems = [word]
    if len(word) > 3 and word[0] in clitic_prefixes().conjunctions:
        stems.append(word[1:])
    for stem in list(stems):
        if len(stem) > 3 and stem[0] in clitic_prefixes().prepositions:
            stems.append(stem[1:])
        if stem.startswith("لل") and len(stem) > 4:
            stems.append(stem[2:])
    for stem in stems:
        if stem.startswith("ال") and len(stem) > 4:
            out.append(stem[2:])
        if stem is not word:
            out.append(stem)
    return tuple(out)


def perfect_forms(verb: str) -> set[str]:
    """The perfect persons of a folded verb written once, third person masculine (``صوت``:
    ``صوتت، صوتا، صوتوا، صوتتا``; a final ي drops before ت and وا: ``تبنت، تبنوا``)."""
    stem = verb[:-1] if verb.endswith("ي") else verb
    return {verb, stem + "ت", stem + "وا", verb + "ا", stem + "تا"}


def thread_breaks(data: Mapping[str, Any]) -> list[str]:
    """The openings of another thread of ``lang/<code>/event_dates.yaml`` (its mapping ``data``):
    ``thread_breaks`` as written and the forms of ``thread_break_verbs``, folded: the perfect persons
    (:func:`perfect_forms`) of each ``perfect`` verb (``تبنى``: ``تبنت، تبنوا``), the perfect and present
    persons (:func:`verb_forms`, not the future's) of each ``present`` one (``هدف``: ``هدفت، يهدف، تهدف``),
    less the forms of ``not`` (``هدف``: a goal)."""
    verbs = data["thread_break_verbs"]
    nouns = {fold(str(w)) for w in verbs.get("not", ())}
    forms = {form for verb in verbs.get("perfect", ()) for form in perfect_forms(fold(str(verb)))}
    forms |= {form for verb in verbs.get("present", ()) for form in verb_forms(fold(str(verb))) if not form.startswith("س")}
    return [*map(str, data["thread_breaks"]), *sorted(forms - nouns)]


def verb_forms(verb: str) -> set[str]:
    """The forms of a folded verb written once, third person masculine perfect (``صوت``،
    ``تبني`` for تبنى): its perfect persons (``صوتت، صوتا، صوتوا``; a final ي drops before
    ت and وا: ``تبنت، تبنوا``) and its imperfect (``يصوت، تصوت، يصوتون``, a first ا
    dropped: ``اعتمد`` → ``يعتمد``), also with the future's س (``سيصوت``)."""
    perfect = perfect_forms(verb)
    bare = verb[1:] if verb.startswith("ا") else verb
    bare_stem = bare[:-1] if bare.endswith("ي") else bare
    present = {person + form for person in "يت" for form in (bare, bare_stem + "ون", bare_stem + "وا", bare + "ان")}
    return perfect | present | {"س" + form for form in present}


def load_triggers(code: str = "ar") -> TriggerLexicon:
    """Read and check ``lang/<code>/triggers.yaml`` and the lead-ins of ``actors.yaml``
    (cached: read once per process, however it is called: ``load_triggers()`` and
    ``load_triggers("ar")`` share one copy; ``load_triggers.__wrapped__`` reads anew)."""
    return _load_triggers(code)


@functools.lru_cache(maxsize=None)
def _load_triggers(code: str) -> TriggerLexicon:
    where = f"timeline.lang.{code}/triggers.yaml"
    data = load_language_yaml(code, "triggers.yaml")
    exact: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    groups: dict[str, str] = {}
    for entry in data["triggers"]:
        cls, group = str(entry["class"]), str(entry["group"])
        groups[cls] = group
        for key in _entry_forms(entry, f"{where}: class {cls}"):
            if key.endswith("*"):
                prefixes[key[:-1]] = cls
            else:
                exact[key] = cls
    # the nouns' forms with a pronoun (محادثاتهم): a form written in some class keeps it
    pronouns = [fold(str(p)).strip() for p in _listed(data, "noun_pronouns", where)]
    if not all(pronouns):
        raise LanguageDataError(f"{where}: noun_pronouns: an empty pronoun")
    listed = set(exact)
    for entry in data["triggers"]:
        for key in _entry_forms({"nouns": entry.get("nouns", [])}, f"{where}: class {entry['class']}", pronouns):
            exact.setdefault(key, str(entry["class"]))
    derived = frozenset(exact.keys() - listed)
    senses, defaults, before, after = _load_senses(data, groups, where, pronouns)
    subordinators = frozenset(fold(str(w)) for w in data.get("subordinators", []))
    pattern = compile_all([r"(?<!\w)(?:" + clitic_prefixes().loose + ")(?:" + trie_regex(set(exact) | set(prefixes) | set(senses))
                           + r")\w*"], USER_CACHE)[0]  # its program kept between runs: ~0.013 s of every start
    reactions = frozenset(str(g) for g in data.get("reactions", []))
    if not reactions <= set(groups.values()):
        raise LanguageDataError(f"{where}: reactions: unknown groups {sorted(reactions - set(groups.values()))}")
    voiced = frozenset(fold(str(w)) for w in data.get("voiced", []))
    if not voiced <= subordinators:
        raise LanguageDataError(f"{where}: voiced: not subordinators {sorted(voiced - subordinators)}")
    timing = frozenset(fold(str(w)) for w in data.get("timing", []))
    if not timing <= subordinators:
        raise LanguageDataError(f"{where}: timing: not subordinators {sorted(timing - subordinators)}")
    naming = frozenset(fold(str(w)) for w in data.get("naming", []))
    if not naming <= subordinators - timing:
        raise LanguageDataError(f"{where}: naming: not subordinators or timing {sorted(naming - (subordinators - timing))}")
    naming_between = frozenset(fold(str(w)).strip() for w in _listed(data, "naming_between", where))
    naming_through = frozenset(fold(str(w)).strip() for w in _listed(data, "naming_through", where))
    if not naming_through <= naming_between:
        raise LanguageDataError(f"{where}: naming_through: not naming_between {sorted(naming_through - naming_between)}")
    loose = frozenset(str(c) for c in data.get("loose_objects", []))
    if not loose <= set(groups):
        raise LanguageDataError(f"{where}: loose_objects: unknown classes {sorted(loose - set(groups))}")
    tolls = frozenset(str(c) for c in data.get("tolls", []))
    if not tolls <= set(groups):
        raise LanguageDataError(f"{where}: tolls: unknown classes {sorted(tolls - set(groups))}")
    not_objects = tuple(sorted(fold(str(w)) for w in data.get("not_objects", [])))
    actors = load_language_yaml(code, "actors.yaml")
    try:
        lead_ins = frozenset(fold(str(w)) for w in actors["lead_ins"])
        dateline_words = int(actors["dateline_words"])
        titles = frozenset(fold(str(w)) for w in actors["titles"])
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(f"timeline.lang.{code}/actors.yaml: {exc}") from exc
    try:
        reach = int(data.get("sense_reach", 0))
    except (TypeError, ValueError) as exc:
        raise LanguageDataError(f"{where}: sense_reach: {exc}") from exc
    if senses and reach < 1:
        raise LanguageDataError(f"{where}: sense_reach: senses need at least one word to read, not {reach}")
    verbal = frozenset(form for entry in [*data["triggers"], *_listed(data, "senses", where)]
                       if isinstance(entry, dict)
                       for verb in _listed(entry, "verbs", where) for form in verb_forms(fold(str(verb)).strip()))
    sensed_tokens = _stored_sensed(frozenset(senses), verbal, USER_CACHE)
    plain = frozenset(fold(str(w)).strip() for w in _listed(data, "plain", where))
    negation = data.get("negation") or {}
    if not isinstance(negation, dict):
        raise LanguageDataError(f"{where}: negation: words, not_before and reach, not {negation!r}")
    negations = frozenset(fold(str(w)).strip() for w in _listed(negation, "words", f"{where}: negation"))
    not_negating = frozenset(fold(str(w)).strip() for w in _listed(negation, "not_before", f"{where}: negation"))
    denied_reach = negation.get("reach", 0)
    if not isinstance(denied_reach, int) or isinstance(denied_reach, bool) or denied_reach < 0:
        raise LanguageDataError(f"{where}: negation: reach: a count of words, not {denied_reach!r}")
    attributions = frozenset(fold(str(w)).strip() for w in _listed(data, "attributions", where))
    negation_ends = frozenset(fold(str(w)).strip() for w in _listed(negation, "until", f"{where}: negation"))
    done_verbs = frozenset(fold(str(w)).strip() for w in _listed(negation, "done", f"{where}: negation"))
    negation_through = frozenset(fold(str(w)).strip() for w in _listed(negation, "through", f"{where}: negation"))
    if clash := sorted(plain & (set(exact) | set(senses))):
        raise LanguageDataError(f"{where}: plain: happening words {clash}")
    kinds = _load_kinds(data, groups, (loose, tolls), reactions, where)
    announced = frozenset(str(c) for c in _listed(data, "announced", where))
    if not announced <= set(groups) - tolls:
        raise LanguageDataError(f"{where}: announced: not classes or tolls {sorted(announced - (set(groups) - tolls))}")
    asking_data = data.get("asking", {})
    if not isinstance(asking_data, Mapping):
        raise LanguageDataError(f"{where}: asking: a mapping of classes and for")
    asking = frozenset(str(c) for c in _listed(asking_data, "classes", f"{where}: asking"))
    if unknown := sorted(c for c in asking if groups.get(c) not in reactions):
        raise LanguageDataError(f"{where}: asking: not reaction classes {unknown}")
    asked_for = frozenset(fold(str(w)).strip() for w in _listed(asking_data, "for", f"{where}: asking"))
    return TriggerLexicon(exact, prefixes, groups, subordinators, pattern, reactions, voiced, loose, tolls,
                          not_objects, lead_ins, dateline_words, titles, senses, reach, sensed_tokens,
                          defaults, before, timing, naming, verbal, plain, negations, not_negating, denied_reach,
                          attributions, negation_ends, done_verbs, derived, after, naming_between,
                          naming_through, MappingProxyType(kinds), announced,
                          _load_joint(data, groups, reactions, where), asking, asked_for, negation_through)


def _load_kinds(data: Mapping[str, object], groups: Mapping[str, str], marked: Sequence[frozenset[str]],
                reactions: frozenset[str], where: str) -> dict[str, str]:
    """Each class of a ``kinds`` entry (a list of classes whose words tell one happening, of one
    group or of two: a festival's start and its opening) mapped to the entry's first class. A class
    is in one kind at most; a kind's classes are all or none of each list of ``marked`` classes
    (loose objects, tolls), and none a reaction's."""
    kinds: dict[str, str] = {}
    for entry in _listed(data, "kinds", where):
        classes = [str(c) for c in entry] if isinstance(entry, list) else []
        if len(classes) < 2:
            raise LanguageDataError(f"{where}: kinds: a list of two classes or more, not {entry!r}")
        if unknown := sorted(set(classes) - set(groups)):
            raise LanguageDataError(f"{where}: kinds: unknown classes {unknown}")
        if again := sorted(set(classes) & set(kinds)):
            raise LanguageDataError(f"{where}: kinds: classes in two kinds {again}")
        if any(groups[c] in reactions for c in classes):
            raise LanguageDataError(f"{where}: kinds: {classes} hold a reaction's class")
        if any(len({c in m for c in classes}) > 1 for m in marked):
            raise LanguageDataError(f"{where}: kinds: {classes} are not all loose objects or tolls alike")
        kinds.update((c, classes[0]) for c in classes)
    return kinds


def _load_joint(data: Mapping[str, object], groups: Mapping[str, str], reactions: frozenset[str],
                where: str) -> frozenset[tuple[str, str]]:
    """The ``joint`` pairs of classes (two known classes of two groups, neither a reaction's), each
    both ways round."""
    found: set[tuple[str, str]] = set()
    for entry in _listed(data, "joint", where):
        pair = [str(c) for c in entry] if isinstance(entry, list) else []
        if len(pair) != 2:
            raise LanguageDataError(f"{where}: joint: a pair of classes, not {entry!r}")
        if unknown := sorted(set(pair) - set(groups)):
            raise LanguageDataError(f"{where}: joint: unknown classes {unknown}")
        first, second = pair
        if groups[first] == groups[second]:
            raise LanguageDataError(f"{where}: joint: {pair} are of one group (a class pair already)")
        if groups[first] in reactions or groups[second] in reactions:
            raise LanguageDataError(f"{where}: joint: {pair} hold a reaction's class")
        found.update({(first, second), (second, first)})
    return frozenset(found)


load_triggers.__wrapped__ = _load_triggers.__wrapped__  # type: ignore[attr-defined] # as when it was the cache


def _sensed_tokens(senses: frozenset[str], verbal: frozenset[str]) -> frozenset[str]:
    """The sensed forms with every clitic they may take (:func:`timeline.lexicon.clitic_prefixes`: و/ف,
    ب/ل/ك, the article, لل), as the text writes them: those :func:`_bare_forms` strips back to the form; a verb's form never
    with the article."""
    return frozenset(t for form in senses for t in (c + form for c in clitic_prefixes().prefixes())
                     if form in _bare_forms(t) and not (form in verbal and _articled(t, form)))


SENSED_KEEP = 16
"""How many stored sets of sensed tokens a cache folder keeps (the newest; ~0.1 MB each)."""

_SENSED_PREFIX = "sensed-"


def _stored_sensed(senses: frozenset[str], verbal: frozenset[str], folder: Path | None) -> frozenset[str]:
    """:func:`_sensed_tokens` kept between runs in ``folder`` (None: never), in a file named by
    the hash of the forms, the clitics, this module's code and the Python version, which holds the
    SHA-256 of its data, checked before it is read: trying ~14,000 candidates costs ~0.025 s of every
    start, in the fork server before any worker can start. Anything unexpected (no file, a
    damaged one, a folder that cannot be written) makes them anew: the cache can make a start
    slower, never the tokens different."""
    stamp = source_stamp(__file__)
    if stamp is None:
        return _sensed_tokens(senses, verbal)
    key = (stamp, sorted(senses), sorted(verbal), sorted(clitic_prefixes().prefixes()))  # wording.yaml's too
    return stored(folder, _SENSED_PREFIX, SENSED_KEEP, key,
                  lambda: _sensed_tokens(senses, verbal),
                  lambda v: isinstance(v, frozenset) and all(isinstance(t, str) for t in v))


def noun_forms(noun: str, pronouns: Sequence[str], duals: bool = False) -> set[str]:
    """A folded noun written once and its forms with each attached pronoun (``محادثات`` →
    ``محادثاتهم``): a final ة (folded ه) is written ت before it (``زياره`` → ``زيارته``), a final
    hamza sits on its seat (``اختفاء`` → ``اختفائه``، ``اختفاؤه``، ``اختفاءه``). With ``duals``, a
    masculine noun (no final ه) also gives its nominative dual alone, in construct and with each
    pronoun (``والدان``، ``والدا``، ``والداه``); not the oblique dual (``والدين``, also و + ``الدين``)."""
    if noun.endswith("ه"):
        stems = [noun[:-1] + "ت"]
    elif noun.endswith("ء"):
        stems = [noun[:-1] + seat for seat in "ئؤء"]
    else:
        stems = [noun]
    forms = {noun} | {stem + pronoun for stem in stems for pronoun in pronouns}
    if duals and not noun.endswith("ه"):
        nominative = dual(noun)[0]  # والدان, in construct والدا
        forms |= {nominative, nominative[:-1]} | {nominative[:-1] + pronoun for pronoun in pronouns}
    return forms


def _entry_forms(entry: Mapping[str, object], where: str, pronouns: Sequence[str] = ()) -> list[str]:
    """The folded forms of a trigger or sense entry: its ``forms``, the forms of its ``verbs``
    and those of its ``nouns`` (:func:`noun_forms`, with ``pronouns``)."""
    forms = [fold(str(form)).strip() for form in _listed(entry, "forms", where)]
    for noun in _listed(entry, "nouns", where):
        key = fold(str(noun)).strip()
        if not key or not key.isalpha():
            raise LanguageDataError(f"{where}: bad noun {noun!r}")
        forms.extend(sorted(noun_forms(key, pronouns)))
    for verb in _listed(entry, "verbs", where):
        key = fold(str(verb)).strip()
        if not key or not key.isalpha():
            raise LanguageDataError(f"{where}: bad verb {verb!r}")
        forms.extend(sorted(verb_forms(key)))
    for key in forms:
        if not key.rstrip("*") or " " in key or "*" in key[:-1]:
            raise LanguageDataError(f"{where}: bad form {key!r}")
    return forms


def _listed(entry: Mapping[str, object], name: str, where: str) -> list[object]:
    """The list ``entry[name]`` (empty when absent); an error naming the entry otherwise."""
    value = entry.get(name, [])
    if not isinstance(value, list):
        raise LanguageDataError(f"{where}: {name} is not a list")
    return value


def _sense(cls: object, keys: list[str], until: frozenset[str] = frozenset()) -> Sense:
    """A :class:`Sense` of class ``cls`` (``none``: no happening) told by the folded ``keys`` (one
    ending in ``*``: a beginning)."""
    return Sense(None if str(cls) == _NONE else str(cls), frozenset(key for key in keys if not key.endswith("*")),
                 tuple(key[:-1] for key in keys if key.endswith("*")), until)


def _load_senses(data: Mapping[str, object], groups: Mapping[str, str], where: str, pronouns: Sequence[str] = (),
                 ) -> tuple[dict[str, tuple[Sense, ...]], dict[str, str], dict[str, int], dict[str, int]]:
    """The ``senses`` of triggers.yaml: each folded form (whole words: no ``*``) with its
    senses, in the order written (a cue is a folded word, ``*`` ending a beginning; the
    class ``none`` names no happening), its ``default`` class, how many words ``before`` it
    its cues may stand and, for a form whose cues reach further than ``sense_reach``, how
    many after it (``reach``). ``after_subject`` (cues by class, and ``until``: words opening
    another clause) gives senses whose cues tell them only after the form's subject, up to such a
    word (``وصل عدد … إلى 50 ألفا``: an amount reached; ``وصل ألفا لاجئ``، ``وصل … حيث استقبله
    ألفا مشجع``: who arrived; :meth:`TriggerLexicon.sense_cue`). A sense's ``nouns`` give their forms with each of ``pronouns``
    too (``تحرير`` → ``تحريرها``), read by the same cues."""
    senses: dict[str, tuple[Sense, ...]] = {}
    defaults: dict[str, str] = {}
    befores: dict[str, int] = {}
    afters: dict[str, int] = {}
    for k, entry in enumerate(_listed(data, "senses", where)):
        at = f"{where}: senses[{k}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("cues"), dict):
            raise LanguageDataError(f"{at}: needs forms or verbs, and cues by class")
        told = []
        for cls in entry["cues"]:
            if str(cls) != _NONE and str(cls) not in groups:
                raise LanguageDataError(f"{at}: unknown class {cls!r}")
            keys = [fold(str(cue)).strip() for cue in _listed(entry["cues"], cls, at)]
            if not all(keys):
                raise LanguageDataError(f"{at}: class {cls}: an empty cue")
            told.append(_sense(cls, keys))
        later = entry.get("after_subject")
        if later is not None:
            if not isinstance(later, dict) or not isinstance(later.get("cues"), dict):
                raise LanguageDataError(f"{at}: after_subject: needs cues by class and until")
            until = frozenset(fold(str(w)).strip() for w in _listed(later, "until", at))
            if not until:
                raise LanguageDataError(f"{at}: after_subject: until names no word")
            for cls in later["cues"]:
                if str(cls) != _NONE and str(cls) not in groups:
                    raise LanguageDataError(f"{at}: after_subject: unknown class {cls!r}")
                keys = [fold(str(cue)).strip() for cue in _listed(later["cues"], cls, at)]
                told.append(_sense(cls, keys, until))
        default = entry.get("default")
        if default is not None and str(default) not in groups:
            raise LanguageDataError(f"{at}: default: unknown class {default!r}")
        before = entry.get("before", 0)
        if not isinstance(before, int) or isinstance(before, bool) or before < 0:
            raise LanguageDataError(f"{at}: before: a count of words, not {before!r}")
        reach = entry.get("reach", 0)
        if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
            raise LanguageDataError(f"{at}: reach: a count of words, not {reach!r}")
        for key in _entry_forms(entry, at, pronouns):
            if key.endswith("*"):
                raise LanguageDataError(f"{at}: a sensed form is a whole word: {key!r}")
            senses[key] = tuple(told)
            if default is not None:
                defaults[key] = str(default)
            if before:
                befores[key] = before
            if "reach" in entry:  # (reach: 0, no cue after it: على مسرح مهرجان)
                afters[key] = reach
    return senses, defaults, befores, afters


def clause_numbers(folded: Sequence[str]) -> list[frozenset[int]]:
    """The counts each folded clause (dates cut) gives: numbers from 2 up, years left out."""
    out = []
    for text in folded:
        values = {int(m) for m in _NUMBER.findall(text)}
        out.append(frozenset(v for v in values if v >= 2 and v not in _YEARS))
    return out
