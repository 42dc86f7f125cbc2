"""What a clause reports: its happening word (trigger) and the counts it gives.

The trigger lexicon is ``lang/<code>/triggers.yaml``: classes of happening words
(``تفجير``: انفجار، فجر، ناسف...; ``استقالة``; ``فيضان``...) in groups of kinds that may
describe one happening (an attack and its casualties are both ``نزاع``). A clause's
happening word is a trigger that does not follow a subordinating word
(``أثناء الصلاة``، ``موقع التفجير``، ``مسؤوليته عن الهجوم`` are background), else any
trigger: the first one; with the position of the clause's date, the nearest such trigger (the date
modifies its own predicate). Words are folded (:func:`timeline.normalize.fold`) and matched after the
conjunction, a preposition and the article are stripped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.lexicon import trie_regex
from timeline.normalize import fold

__all__ = ["DATELINE_CHARS", "OPENING_WORDS", "TriggerLexicon", "clause_numbers", "load_triggers"]

_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"(?P<word>\w+)\W*$")
_NUMBER = re.compile(r"(?<![\d.:/-])\d{1,6}(?![\d.:/-])")
_YEARS = frozenset(range(1300, 1501)) | frozenset(range(1900, 2101))
_MIN_PREFIX = 3
OPENING_WORDS = 2
"""A reaction word among a clause's first words (its predicate, Arabic news putting the
verb first) names its happening."""
DATELINE_CHARS = 80
"""How far into a clause the colon closing a dateline (``واس - الرياض :``) may stand."""


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    """Happening words by class, the group of each class, the subordinating words, the
    groups of reactions to a happening, the subordinators after which a reaction word
    is what a clause tells, the classes whose object tells little, those counting victims
    and the words that name no object of a happening word (who did it, how)."""

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

    def is_reaction(self, cls: str | None) -> bool:
        """Whether a class names a reaction to a happening (its group is a reaction group)."""
        return cls is not None and self.groups.get(cls) in self.reactions

    def background(self, before: str, cls: str) -> bool:
        """Whether a happening word of class ``cls`` after the folded word ``before`` is
        background (``موقع التفجير``); a reaction after a :attr:`voiced` word is not
        (``أعرب عن إدانته``)."""
        for word in (before, before[1:]):
            if word in self.subordinators:
                return not (word in self.voiced and self.is_reaction(cls))
        return False

    def lead_in(self, word: str) -> bool:
        """Whether a folded word is a lead-in (``lang/<code>/actors.yaml``: إلى ذلك، من
        جانبها، كما), with or without a leading و or ف."""
        return word in self.lead_ins or (len(word) > 1 and word[0] in "وف" and word[1:] in self.lead_ins)

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

    def word_class(self, word: str) -> str | None:
        """The class of one folded word (clitics stripped), or None."""
        for bare in _bare_forms(word):
            found = self.exact.get(bare)
            if found is None:
                for size in range(len(bare), _MIN_PREFIX - 1, -1):
                    found = self.prefixes.get(bare[:size])
                    if found is not None:
                        break
            if found is not None:
                return found
        return None

    def happening(self, folded: str, at: int | None = None,
                  memo: dict[str, str | None] | None = None) -> str | None:
        """The class of the happening word of a folded clause (dates cut): the trigger
        nearest before character ``at`` (where the clause's date stood: Arabic news puts
        the predicate first), else the nearest after it (default: the first trigger);
        one that follows a subordinating word only when no other is found, then a toll
        (``قتل 5 أشخاص في انهيار أرضي`` is the landslide) only when no other; one right after
        another qualifies it (``هجوم انتحاري``) and is passed over. A reaction among the
        clause's first :data:`OPENING_WORDS` words (lead-ins and a dateline not counted:
        :meth:`opens`), or right after a :attr:`voiced` word
        (``أعربت الكويت عن إدانتها``), is what it tells, whatever it reacts to
        (``أدانت مصر التفجير الذي استهدف أمس المسجد``: a condemnation, not the bombing);
        then the clause's first reaction that is no background tells it (``تلقى اتصالا هاتفيا
        من… أعرب خلاله عن إدانته``: the call).
        ``memo`` keeps the class of every word looked up (pass one dict per batch)."""
        memo = {} if memo is None else memo
        best: tuple[int, int, int, str] | None = None
        position = 0 if at is None else at
        last_end = -2
        first_reaction: str | None = None
        for m in self.pattern.finditer(folded):
            word = m.group()
            found = memo.get(word, "")
            if found == "":
                found = memo[word] = self.word_class(word)
            if found is None:
                continue
            # a happening word right after another qualifies it (هجوم انتحاري، تفجير ارهابي):
            # the noun before names the happening
            follows, last_end = folded[last_end:m.start()].isspace(), m.end()
            if follows:
                continue
            previous = _LAST_WORD.search(folded, max(0, m.start() - 24), m.start())
            before = previous.group("word") if previous else ""
            background = self.background(before, found)
            if not background and self.is_reaction(found):
                first_reaction = first_reaction or found
                if before in self.voiced or self.opens(folded[:m.start()]):
                    # a reaction opening the clause, or voiced (أعرب عن إدانته): the clause's
                    # first reaction is what it tells (تلقى اتصالا… أعرب خلاله عن إدانته: the call)
                    return first_reaction
            after = at is not None and m.start() > position
            key = (int(background), int(found in self.tolls), int(after), abs(m.start() - position), found)
            if best is None or key[:4] < best[:4]:
                best = key
        return None if best is None else best[4]

    def group(self, cls: str | None) -> str | None:
        """The group of a class (None for None)."""
        return None if cls is None else self.groups.get(cls)


def _bare_forms(word: str) -> list[str]:
    """``word`` and what remains after stripping و/ف, then ب/ل/ك, then the article."""
    out = [word]
    stems = [word]
    if len(word) > 3 and word[0] in "وف":
        stems.append(word[1:])
    for stem in list(stems):
        if len(stem) > 3 and stem[0] in "بلك":
            stems.append(stem[1:])
        if stem.startswith("لل") and len(stem) > 4:
            stems.append(stem[2:])
    for stem in stems:
        if stem.startswith("ال") and len(stem) > 4:
            out.append(stem[2:])
        if stem is not word:
            out.append(stem)
    return out


@functools.lru_cache(maxsize=None)
def load_triggers(code: str = "ar") -> TriggerLexicon:
    """Read and check ``lang/<code>/triggers.yaml`` and the lead-ins of ``actors.yaml``
    (cached: read once)."""
    where = f"timeline.lang.{code}/triggers.yaml"
    data = load_language_yaml(code, "triggers.yaml")
    exact: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    groups: dict[str, str] = {}
    for entry in data["triggers"]:
        cls, group = str(entry["class"]), str(entry["group"])
        groups[cls] = group
        for form in entry["forms"]:
            key = fold(str(form)).strip()
            if not key or " " in key:
                raise LanguageDataError(f"{where}: class {cls}: bad form {form!r}")
            if key.endswith("*"):
                prefixes[key[:-1]] = cls
            else:
                exact[key] = cls
    subordinators = frozenset(fold(str(w)) for w in data.get("subordinators", []))
    pattern = re.compile(r"(?<!\w)(?:[وف]?[بلك]?(?:ال|لل)?)(?:" + trie_regex(set(exact) | set(prefixes))
                         + r")\w*")
    reactions = frozenset(str(g) for g in data.get("reactions", []))
    if not reactions <= set(groups.values()):
        raise LanguageDataError(f"{where}: reactions: unknown groups {sorted(reactions - set(groups.values()))}")
    voiced = frozenset(fold(str(w)) for w in data.get("voiced", []))
    if not voiced <= subordinators:
        raise LanguageDataError(f"{where}: voiced: not subordinators {sorted(voiced - subordinators)}")
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
    return TriggerLexicon(exact, prefixes, groups, subordinators, pattern, reactions, voiced, loose, tolls,
                          not_objects, lead_ins, dateline_words, titles)


def clause_numbers(folded: Sequence[str]) -> list[frozenset[int]]:
    """The counts each folded clause (dates cut) gives: numbers from 2 up, years left out."""
    out = []
    for text in folded:
        values = {int(m) for m in _NUMBER.findall(text)}
        out.append(frozenset(v for v in values if v >= 2 and v not in _YEARS))
    return out
