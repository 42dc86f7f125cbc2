"""Who acts in a clause: the words naming its doers, read for any clause, whatever its happening's class.

Three places name a doer (``doers`` of ``lang/<code>/actors.yaml``):

- the subject after a verb (``أعلن تشاك شومر``، ``وافق مجلس النواب``, titles passed over: ``قالت السناتور
  كيرستن``; a quantifier or a demonstrative too, ``تسلل أحد المسلحين``، ``تعد هذه البطولة``, and an adverb or a
  pronoun after a preposition, ``أفاد أمس مسؤول``، ``تشرف عليه هيئة``), a clause's first word a verb by its shape
  or, glued to و/ف, a bare perfect the batch knows (``ومنح المدرب``، ``وكتب رفائيل``: :meth:`DoerReader.opens`);
- the subject between a complementizer and its verb, in reported speech (``قال الجبوري إن البرلمان وافق``);
- the owner after a verbal noun with no article (``لمعارضة شومر``، ``إعلان الحكومة``; its shapes:
  ``deed_nouns``, or a happening word).

A subject is a noun and what it is construct with, up to its first word with the article, or an office and the name
after it (``السيناتور هارولد بينسون``), at most :data:`DOER_WORDS` words; a word after a preposition with the
article, a function word (a time word too: ``أمس``، ``اليوم``), a pronoun, a noun carrying a pronoun, a verb or a
number ends it. A verb agrees with the subject read after it (:class:`AgreementMarks`, ``doers.agreement``): a verb
whose affix is its subject (``قتلوا``، ``يواصلون``، ``أكدنا``) has none after it, the noun there is its object; a
masculine verb takes no noun written with a feminine ending (``افتتح القاعة``: its object), but a given name
(``أسامة``); a feminine one no masculine plural. Still blind where the affixes tell nothing (``تفقد غرفة التحكم``:
he inspected, or she loses; ``بدأت`` folds to ``بدات``): on seeded samples of corpus clauses the main doer is among
the words read in about half (NOTES: who54, agree56; doer58, 47 of 80). The merge reads doers only for the few
pairs it asks about (:func:`timeline.merge._one_doer`).

A leading و/ف is split off a doer's word only when the batch knows the rest (:meth:`Wording.unclitic`, the
stems' rule: ``وزير``، ``فيصل`` stay whole); a word a preposition is split off the same way, leaving a stem of
:data:`GOVERNED_LETTERS` letters or more (``لاوباما``، ``بنسبه``), is governed by it and ends the subject.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from timeline._event_cues import _date_cues
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.happenings import TriggerLexicon, load_triggers
from timeline.lexicon import clitic_prefixes, load_lexicon, perfect_persons, unjoined
from timeline.normalize import fold, without_marks
from timeline.verbs import load_shapes, shape_letters
from timeline.wording import Wording, load_wording, measures_aside

DOER_WORDS = 3
"""How many content words name one doer (``مجلس النواب العراقي`` closes at its first word with the article)."""

GOVERNED_LETTERS = 4
"""How many letters the stem of what is left of a word after a preposition split off must have for the
word to be read as governed by it, no doer: with fewer, ``كبيرة``، ``بلادها``، ``لاعبين`` (``بير``، ``لاد``،
``اعب`` stems of the 5k corpus) were read as ك، ب، ل and a word (a third of the corpus clauses whose
doers the rule changed; fix55)."""

_WORDS = re.compile(r"\w+")


class Agreement(enum.Enum):
    """What a verb's affixes tell of its subject, or a noun's ending of its gender (:class:`AgreementMarks`)."""

    MASCULINE = enum.auto()  # أعلن، يعلن؛ a given name (أسامة)، المسؤولون
    FEMININE = enum.auto()  # أعلنت؛ الوزارة، القوات
    OWN = enum.auto()  # the verb's affix is its subject: قتلوا، يواصلون، أكدنا
    OPEN = enum.auto()  # not told: تفقد (he inspected, or she loses); a noun of no marked ending


class AgreementMarks(NamedTuple):
    """The affixes that tell a verb's person, gender and number and a noun's gender, folded (``doers.agreement``
    of ``actors.yaml``; the perfect's feminine and plural endings, the present's first letter and the
    future's prefix from ``verb_shapes`` of ``relative.yaml``)."""

    feminine_ending: str  # a perfect's feminine ending (ت: أعلنت) ...
    feminine_not_after: str  # ... not told after these letters (ا: مات، بات; بدأت folds to بدات)
    own_endings: tuple[str, ...]  # a perfect's subject endings: the plural's (وا) and the speaker's (نا)
    masculine_present: str  # a present's masculine first letters (ي)
    present_own: tuple[str, ...]  # a present's subject endings (ون، ان: يواصلون)
    future: str  # the future's prefix (س: سيعقد) ...
    future_before: str  # ... before these letters (ي، ت، ن)
    feminine_nouns: tuple[str, ...]  # a noun's feminine endings, as written (ة unfolded، ات)
    not_verb: tuple[str, ...]  # endings, as written, no verb has (ة: أنقرة، سيطرة)
    masculine_nouns: tuple[str, ...]  # a noun's masculine plural endings (ون)
    least: int  # the fewest letters left once an ending is off (a perfect's feminine stem)


class DoerSpec(NamedTuple):
    """``doers`` of ``lang/<code>/actors.yaml`` read (:func:`_deed_nouns`)."""

    nouns: re.Pattern[str]  # the verbal nouns' shapes (one pattern of a whole word)
    complementizers: frozenset[str]  # after which a subject and its verb come (إن، بأن)
    not_doers: frozenset[str]  # pronouns, relative pronouns, quantifiers
    owned: tuple[str, ...]  # the endings of a noun carrying a pronoun (نسبته)
    agreement: AgreementMarks  # a verb's and a noun's agreement marks
    passed: frozenset[str]  # before a subject's head: a quantifier or a demonstrative (عدد، أحد، هذه) ...
    partitive: frozenset[str]  # ... and the word of a part after a quantifier (من: عدد من)


def _words(spec: dict[str, object], key: str, where: str, *, folded: bool = True) -> tuple[str, ...]:
    """The list ``key`` of ``spec`` as strings (folded unless told not to)."""
    value = spec.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LanguageDataError(f"{where}: {key}: a list of words or endings, not {value!r}")
    return tuple(fold(v) if folded else v for v in value)


def _agreement(spec: object, code: str, where: str) -> AgreementMarks:
    """``doers.agreement`` of ``actors.yaml`` with ``verb_shapes`` of ``relative.yaml`` (the affixes written there)."""
    if not isinstance(spec, dict):
        raise LanguageDataError(f"{where}: doers: agreement: a mapping of own, present_own, feminine and masculine")
    shapes = load_language_yaml(code, "relative.yaml")["verb_shapes"]
    feminine, plural = shapes["perfect_feminine"], shapes["perfect_plural"]
    return AgreementMarks(fold(str(feminine["ending"])), shape_letters(feminine, "not_before"),
                          (fold(str(plural["ending"])), *_words(spec, "own", where)),
                          shape_letters(shapes["present"], "first"), _words(spec, "present_own", where),
                          fold(str(shapes["plan"]["future"])), shape_letters(shapes["plan"], "future_first"),
                          _words(spec, "feminine", where, folded=False), _words(spec, "not_verb", where, folded=False),
                          _words(spec, "masculine", where),
                          int(feminine["stem"]))


@functools.cache
def _deed_nouns(code: str = "ar") -> DoerSpec:
    """``doers`` of ``lang/<code>/actors.yaml``: the verbal nouns' shapes (one pattern), the
    complementizers after which a subject comes (no pronoun attached) and the words no doer is
    (pronouns, relative pronouns) and the endings of a noun carrying a pronoun (``نسبته``: its owner is
    another, no doer), and the agreement marks (:class:`AgreementMarks`)."""
    where = f"timeline.lang.{code}/actors.yaml"
    data = load_language_yaml(code, "actors.yaml")
    spec = data.get("doers") if isinstance(data, dict) else None
    if not isinstance(spec, dict) or not isinstance(spec.get("deed_nouns"), list) \
            or not all(isinstance(spec.get(key), list)
                       for key in ("complementizers", "not", "owned", "passed", "partitive")):
        raise LanguageDataError(f"{where}: doers: a mapping with deed_nouns, complementizers, not, owned, passed and "
                                "partitive (lists)")
    shapes = "|".join(f"(?:{fold(str(s))})" for s in spec["deed_nouns"])
    return DoerSpec(re.compile(rf"^(?:{shapes})$"), frozenset(fold(str(w)) for w in spec["complementizers"]),
                    frozenset(fold(str(w)) for w in spec["not"]), tuple(fold(str(w)) for w in spec["owned"]),
                    _agreement(spec.get("agreement"), code, where), frozenset(_words(spec, "passed", where)),
                    frozenset(_words(spec, "partitive", where)))


@functools.cache
def _given_names(code: str = "ar") -> frozenset[str]:
    """``doers.given_names`` of ``lang/<code>/actors.yaml``, folded: men's names written with a feminine ending."""
    spec = load_language_yaml(code, "actors.yaml")["doers"]
    return frozenset(_words(spec, "given_names", f"timeline.lang.{code}/actors.yaml"))


class Subject(NamedTuple):
    """A subject read (:meth:`DoerReader._subject`)."""

    words: list[str]  # its words, as a doer names them
    head: int  # the index of its first word in the clause (-1 for none)
    end: int  # the index of the clause's word after it


class DoerReader:
    """Reads the doers of folded clauses (:meth:`__call__`), its word lists loaded once."""

    def __init__(self, lexicon: TriggerLexicon | None = None, code: str = "ar") -> None:
        self.lexicon = lexicon or load_triggers()
        self.wording = load_wording(code)
        self.shapes = load_shapes(code)
        self.nouns, self.complementizers, not_doers, self.owned, self.marks, self.passed, \
            self.partitive = _deed_nouns(code)
        self.given_names = load_lexicon(code).surname_before | _given_names(code)
        cues = _date_cues()
        self.stops = cues.function_words | cues.complementizers | not_doers
        self.said = self.wording.stop - self.passed  # (a function or time word of the wording: أيضا، أمس، اليوم)
        stop = self.wording.stop  # (less the verbs it lists with another of their persons: كان beside كانت، كانوا)
        self.listed_verbs = frozenset(w for w in stop if any(f != w and f in stop and self.shapes.perfect(f)
                                                             for f in perfect_persons(w)))
        self.no_opening = (stop - self.listed_verbs) | measures_aside(code) | self.lexicon.attributions  # (بين، رغم، حسب)
        clitics = clitic_prefixes(code)
        self.article, self.prepositions = clitics.article, frozenset(clitics.prepositions)
        self.conjunctions = "".join(clitics.conjunctions)
        self.governed = re.compile(rf"^{clitics.conjunction}?(?:{clitics.preposition}{re.escape(clitics.article)}"
                                   rf"|{re.escape(clitics.lam_article)})")

    def verb(self, word: str) -> bool:
        """Whether ``word`` (folded) is a verb by its shape or the lexicon's forms, with its و/ف off or
        not (``وافق``)."""
        return self._verb(word) or self._verb(unjoined(word))

    def _verb(self, bare: str) -> bool:
        return (bare in self.lexicon.verbal or self.lexicon.is_plain(bare) or self.shapes.told_done(bare)
                or self.shapes.plan_verb(bare)) and not bare.startswith(self.article)

    def verb_at(self, words: Sequence[str], written: Sequence[str], k: int) -> bool:
        """Whether ``words[k]`` (folded; ``written``: the clause's words as written) is a verb (:meth:`verb`), not
        written with an ending no verb has (``not_verb``: ``أنقرة``، ``سيطرة`` fold to a verb's shape)."""
        return self.verb(words[k]) and not written[k].endswith(self.marks.not_verb)

    def opens(self, word: str, written: str, known: Collection[str]) -> bool:
        """Whether ``word`` (folded; ``written``: as written), a clause's first word, is a perfect of the simple form
        after a glued و/ف by its shape (``opening.conjoined`` letters after it, :meth:`Shapes.opening_verb`:
        ``ومنح``، ``ورفع``، ``وكتب``), where a clause that goes on from another mostly opens with its verb: the
        batch's stems ``known`` split the و/ف off (:meth:`Wording.unclitic`: not ``وزير``), and the rest is no
        function or time word of the wording (``وبين``، ``وغدا``) but a verb it lists beside another of its persons
        (``وكان``: ``كانت``، ``كانوا`` listed too; known whatever the batch), no preposition of ``measures_aside`` nor
        an attribution of the triggers (``ورغم``، ``وحسب``), no word of ``not_verbs`` (``ووقت``), none written with
        ``not_verb`` (``وقصة``)."""
        bare = unjoined(word)
        return bare != word and len(bare) == self.shapes.opening_conjoined and bare not in self.no_opening \
            and bare not in self.shapes.not_verbs and not written.endswith(self.marks.not_verb) \
            and (bare in self.listed_verbs or self.wording.unclitic(word, known, self.conjunctions) == bare)

    def deed(self, bare: str) -> bool:
        """Whether ``bare`` is a verbal noun with no article (its shape, after a preposition or none;
        or a happening word): what follows it may be its owner."""
        if bare.startswith(self.article):
            return False
        plain = bare[1:] if bare[:1] in self.prepositions and len(bare) > 4 else bare
        return self.nouns.fullmatch(plain) is not None or (
            len(plain) > 3 and self.lexicon.word_class(plain) is not None)

    def agreement(self, word: str, written: str = "") -> Agreement:
        """What the affixes of the verb ``word`` (folded; ``written``: as written, if known) tell of its subject
        (:class:`AgreementMarks`): its own (``قتلوا``، ``أكدنا``، ``يواصلون``), a man or a masculine body (``أعلن``،
        ``يعلن``، ``سيعقد``), a woman, a feminine body or a broken plural (``أعلنت``), or nothing told (``تفقد``:
        he inspected, or she loses; a noun written with a noun's feminine ending, ``سيطرة``, taken for a verb)."""
        marks = self.marks
        if written.endswith(marks.not_verb):
            return Agreement.OPEN
        bare = unjoined(word)
        rest = bare[len(marks.future):]
        if bare.startswith(marks.future) and rest[:1] in marks.future_before and len(rest) > marks.least + 1 \
                and not rest.endswith(marks.feminine_ending):  # (سيعقد; not سيطر، سيطرت)
            bare = rest
        carried = self.shapes.object_spec
        pronoun = next((p for p in carried.pronouns if bare.endswith(p) and len(bare) - len(p) > marks.least), "")
        if pronoun and pronoun not in marks.own_endings:  # a perfect carrying its object: وافته، زاروه، أبلغه
            stem = bare[:-len(pronoun)]
            if stem.endswith(carried.feminine):
                return Agreement.FEMININE
            if stem.endswith(carried.plural_before):
                return Agreement.OWN
        own = any(bare.endswith(e) and len(bare) - len(e) > marks.least for e in marks.present_own)  # (يكون: no ون)
        if bare[:1] in marks.masculine_present:
            return Agreement.OWN if own else Agreement.MASCULINE
        if any(bare.endswith(e) and len(bare) - len(e) >= marks.least for e in marks.own_endings):
            return Agreement.OWN
        ending = marks.feminine_ending
        if bare.endswith(ending) and len(bare) - len(ending) >= marks.least:  # (بدأت folds to بدات: not told)
            return Agreement.OPEN if bare[-len(ending) - 1] in marks.feminine_not_after else Agreement.FEMININE
        if bare.startswith(ending):  # a present of ت or a perfect of تفعّل
            return Agreement.OWN if own else Agreement.OPEN
        return Agreement.MASCULINE

    def gender(self, written: str, word: str) -> Agreement:
        """A subject's gender by its head's ending as ``written`` (unfolded; ``word`` folded): feminine (``الوزارة``،
        ``القوات``), masculine (a plural ``المسؤولون``, a given name: ``أسامة``) or not told."""
        if word in self.given_names or unjoined(word) in self.given_names:
            return Agreement.MASCULINE
        if written.endswith(self.marks.feminine_nouns):
            return Agreement.FEMININE
        bare = unjoined(word)
        bare = bare[len(self.article):] if bare.startswith(self.article) else bare
        if any(bare.endswith(e) and len(bare) - len(e) > self.marks.least for e in self.marks.masculine_nouns):
            return Agreement.MASCULINE  # (المسلحون، لاعبون; not الشؤون، عيون)
        return Agreement.OPEN

    @staticmethod
    def agree(verb: Agreement, noun: Agreement) -> bool:
        """Whether a verb of ``verb``'s agreement may take a subject of ``noun``'s gender."""
        return {verb, noun} != {Agreement.MASCULINE, Agreement.FEMININE}

    def kept(self, word: str, known: Collection[str]) -> str:
        """``word`` (folded) as a doer names it: after a conjunction before the article, the word with the
        article; else without the conjunction the batch's stems ``known`` tell (:meth:`Wording.unclitic`):
        ``وزير``، ``فيصل`` whole, ``ووليد`` → ``وليد``."""
        bare = unjoined(word)
        return bare if bare.startswith(self.article) else self.wording.unclitic(word, known, self.conjunctions)

    def governed_by_preposition(self, word: str, known: Collection[str]) -> bool:
        """Whether ``word`` (folded) is a word after a preposition (``لاوباما``، ``بنسبه``): the batch's stems
        ``known`` split one off (:meth:`Wording.unclitic`) and leave a stem of at least :data:`GOVERNED_LETTERS`
        letters (``كبيرة``، ``بلادها``، ``لاعبين`` keep their first letter, whatever the batch knows of ``بير``،
        ``لاد``، ``اعب``)."""
        rest = self.wording.unclitic(word, known)
        return len(self.wording.stem(rest)) >= GOVERNED_LETTERS and not self.prepositions.isdisjoint(word[:len(word) - len(rest)])

    def _subject(self, words: Sequence[str], start: int, known: Collection[str], *, passing: bool = True) -> Subject:
        """The doer's words from ``start``: titles passed over, construct up to the first word with the article
        (``مجلس النواب``), or a word with the article and the name after it (``السيناتور بيرني ويلكنز``);
        a word after a preposition (``لاوباما``: the batch knows ``اوباما``) ends it. With ``passing`` (a verb's or
        a complementizer's subject, not a verbal noun's owner: ``زيارة بعض المصانع`` is what is visited), a
        quantifier or a demonstrative (``passed``) before a word with the article or the ``partitive`` is passed
        over and is the head the verb agrees with (``قال أحد القضاة``)."""
        run: list[str] = []
        head = -1
        k = start
        adverb = False  # (a verb after one: حاليا أقرأ، لم تشهد; not after a title or a quantifier: كل من أحمد)
        while k < len(words) and len(run) < DOER_WORDS:
            word = words[k]
            bare, kept = unjoined(word), self.kept(word, known)
            if passing and not run and bare in self.passed and k + 1 < len(words) \
                    and (words[k + 1] in self.partitive or words[k + 1].startswith(self.article)
                         or unjoined(words[k + 1]) in self.passed):
                head = k if head < 0 else head  # (عدد من المسؤولين، أحد المسلحين، هذه المباراة: what it counts or shows; the verb agrees with it)
                k += 2 if words[k + 1] in self.partitive else 1
                continue
            if not run and passing and bare in self.said and bare not in self.stops:
                k, adverb = k + 1, True  # (an adverb or a pronoun after a preposition before the subject: أفاد أمس مسؤول)
                continue
            if not run and self.lexicon.is_title(bare):
                k += 1
                continue
            if (word in self.stops or bare in self.stops or word[1:] in self.stops or bare.isdigit() or bare in self.said
                    or bare.endswith(self.owned) or len(bare) < 3 or self.governed.match(word)
                    or ((run or adverb) and self.verb(word)) or self.deed(bare)
                    or self.governed_by_preposition(word, known)):
                break
            if self.lexicon.is_title(bare):
                k += 1
                continue
            if run and run[0].startswith(self.article) and bare.startswith(self.article):
                break  # (an office and the name after it: الرئيس باراك أوباما; no adjective after the name)
            run.append(kept)
            head = k if head < 0 else head
            if bare.startswith(self.article) and len(run) > 1:
                k += 1
                break
            k += 1
        return Subject(run, head, k)

    def __call__(self, clause: str, known: Collection[str] | None = None) -> tuple[str, ...]:
        """The doers' words of ``clause`` (folded or not), each once, in order; a proclitic split off a
        word only when the rest's stem is ``known`` (a batch's stems; by default the clause's own)."""
        words = _WORDS.findall(fold(clause))
        written = _WORDS.findall(without_marks(clause))  # (as written, for a noun's ة)
        written = written if len(written) == len(words) else words
        known = _stems(words, self.wording) if known is None else known
        found: list[str] = []
        for k, word in enumerate(words[:-1]):
            bare = unjoined(word)
            if (word in self.stops or bare in self.stops) and bare not in self.complementizers:
                continue
            if bare in self.complementizers:
                if self.verb_at(words, written, k + 1):
                    continue  # (the verb first: أن يستأنف النادي, read after the verb; so after a title: أن الفريق سيواصل)
                run, head, after = self._subject(words, k + 1, known)
                while run and run[-1].startswith(self.article) and after < len(words) - 1 \
                        and words[after].startswith(self.article) and after - head <= DOER_WORDS:
                    after += 1  # (a definite subject's adjectives: إن الشرطة السعودية اعتقلت)
                if run and after < len(words) and self.verb_at(words, written, after) \
                        and not self.verb_at(words, written, head) \
                        and self.agree(self.agreement(words[after], written[after]),
                                       self.gender(written[head], words[head])):
                    found += run
            elif self.verb_at(words, written, k) or (k == 0 and self.opens(word, written[k], known)):
                agreement = self.agreement(word, written[k])
                if agreement is Agreement.OWN:
                    continue  # (its subject is its affix: what follows is its object)
                run, head, _ = self._subject(words, k + 1, known, passing=self.nouns.fullmatch(bare) is None)  # (تحقيق عدد من)
                if run and self.agree(agreement, self.gender(written[head], words[head])):
                    found += run
            elif self.deed(bare):
                found += self._subject(words, k + 1, known, passing=False)[0]
        return tuple(dict.fromkeys(found))


@functools.cache
def doer_reader(code: str = "ar") -> DoerReader:
    """One :class:`DoerReader` per language (cached)."""
    return DoerReader(code=code)


def _stems(words: Sequence[str], wording: Wording) -> frozenset[str]:
    """The stems of ``words`` (folded): :meth:`Wording.plain`, :meth:`Wording.stem`."""
    return frozenset(wording.stem(p) for p in map(wording.plain, words) if p)


def doer_stems(clauses: Sequence[str], known: Collection[str] | None = None, code: str = "ar") -> list[frozenset[str]]:
    """For each clause, the content stems of its doers (:meth:`Wording.plain`, :meth:`Wording.stem`), a
    proclitic split off only when the rest's stem is ``known`` (a batch's; by default the clauses' own)."""
    reader, wording = doer_reader(code), load_wording(code)
    if known is None:
        known = _stems([w for clause in clauses for w in _WORDS.findall(fold(clause))], wording)
    plain = ((wording.plain(w) for w in reader(clause, known)) for clause in clauses)
    return [frozenset(wording.stem(w) for w in words if w) for words in plain]
