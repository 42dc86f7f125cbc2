"""People a clause names, as the merge's evidence of one happening (:func:`timeline.merge._names_known`).

A person is the word after a name's opening: a common given name (``surname_before`` of
``lang/<code>/relative.yaml``: عادل، محمد، الشيخ، الدكتور) or a title (``titles`` of ``actors.yaml``:
الأمير، معالي، بن), further given names and titles passed over (``الشيخ محمد بن راشد`` → راشد is a given name
too: the chain ends at the first word that is neither, ``آل مكتوم`` → مكتوم). A family name is told once in
full and then alone (``وزير الخارجية عادل الجبير`` … ``الجبير``): two clauses share a person when either's
person is a word of the other. Words are compared bare (و/ف, a preposition and the article off, folded).

A person is also the name after an office (``offices`` of ``actors.yaml``, the feminine derived: رئيس، وزير،
متحدث…), further offices and words with the article passed over (the ministry, the country's adjective, at most
``office_words``): up to ``office_name_words`` words without the article, each a person (``الرئيس الأميركي باراك
أوباما`` → باراك، أوباما: a foreign given name no list holds, and the family name told alone elsewhere); a given
name or title there hands over to the chain above, and an office followed by no name leaves the words after it to
the chain as before. On the 5k corpus's clauses (split66) this reads 634 more names in 380 clauses, none lost:
the commonest are people (جون كيري، أوباما، حيدر، لافروف، هولاند، نتنياهو), about one reading in five is not
(a verb or a noun right after a one-word name, ``أوباما قوله``; a word with a preposition, ``لرعاية``).

No person is read after a noun named after one (``named_after`` of ``actors.yaml``: مجمع الأمير فيصل بن فهد
الأولمبي), nor in a word a preposition governs with the article (``للعلوم``). Kept out: a club's name (``clubs`` of ``actors.yaml``: a team named in both is no one person; names58 lost a
story's fixtures to one match by it), a place of the gazetteer (counted as a place), a function word, and a
bare word of fewer than :data:`NAME_LETTERS` letters. An opener loses only its clitics, a given name only و/ف
(``فيصل`` is no ``يصل``; ``العمر``، ``لصالح`` open nothing); ``persons.continuing`` words go on a name and open none
(عبد الواحد; اليوم الواحد، والله); ``persons.not_names`` (offices: معالي وزير، أمير منطقة), weekdays, months, a word
of a place and a country's adjective (العاهل المغربي) are no names (review62).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from timeline._yaml import load_language_yaml
from timeline.lexicon import clitic_prefixes, feminine, load_lexicon
from timeline.normalize import fold
from timeline.places import PlaceMention, countries_named_by_adjective, find_places
from timeline.wording import load_wording

NAME_LETTERS = 3
"""The fewest letters of a bare word read as a person's name (``علي`` folded is the preposition على)."""

_WORD = re.compile(r"\w+")


class PersonReader:
    """The people a clause names, by their bare family (or last) name."""

    def __init__(self, code: str = "ar") -> None:
        actors = load_language_yaml(code, "actors.yaml")
        clitics = clitic_prefixes(code)
        self._bare = re.compile("^" + clitics.loose)
        self._joined = re.compile("^" + clitics.conjunction + "?")
        self.stop = load_wording(code).stop
        persons = actors.get("persons") or {}
        self.continuing = frozenset(fold(str(w)) for w in persons.get("continuing") or [])
        given = {fold(str(w)) for w in load_lexicon(code).surname_before}
        self.given = frozenset(w for w in given if len(w) > 1 and w not in self.stop and not w.startswith(clitics.article))
        self.given |= frozenset(fold(str(w)) for w in persons.get("name_parts") or [])
        titles = {fold(str(w)) for w in actors["titles"]} | {w.removeprefix(clitics.article) for w in given
                                                              if w.startswith(clitics.article) and w not in self.continuing}
        self.titles = frozenset(w for w in titles if len(w) > 1 and w not in self.stop)
        self.openers = self.given | self.titles
        self._passed = self.continuing | self.titles  # as written or with clitics off
        lexicon = load_lexicon(code)
        self.not_names = frozenset(self.bare(fold(str(w))) for w in (*(persons.get("not_names") or []), *lexicon.weekdays,
                                                                      *lexicon.weekdays_bare, *lexicon.months))
        self.named_after = frozenset(fold(str(w)) for w in persons.get("named_after") or [])
        self.article = clitics.article
        self.governed = (clitics.lam_article, *(p + clitics.article for p in clitics.prepositions))
        clubs = (actors.get("clubs") or {}).get("names") or {}
        self.clubs = frozenset(self.bare(fold(str(f))) for key, forms in clubs.items() for f in [key, *forms])
        # each office and its feminine (وزيرة، المتحدثة), derived
        self.offices = frozenset(f for w in persons.get("offices") or [] for f in feminine(fold(str(w))))
        self.office_words = int(persons.get("office_words") or 0)
        self.office_name_words = int(persons.get("office_name_words") or 0)
        self.verb_letters = tuple(fold(str(w)) for w in persons.get("verb_letters") or [])
        self.not_after_office = frozenset(fold(str(w)) for w in persons.get("not_after_office") or [])
        deeds = "|".join(f"(?:{fold(str(s))})" for s in (actors.get("doers") or {}).get("deed_nouns") or [])
        self.deed = re.compile(rf"(?:{deeds})") if deeds else None  # a verbal noun's shape (تمديد، إعلان)

    def opens(self, word: str) -> bool:
        """Whether a folded word is a name's opener: a title, or a title after و/ف, a preposition and the
        article (``والأمير``); a given name as written or after و/ف (``وفيصل``; not ``الصالح``, ``لصالح``).
        Only the clitics are taken off: ``فيصل`` is no ``يصل`` nor ``فريق`` a ``ريق``."""
        return self._clitic_off(word, self._passed) or self.given_name(word)

    def function_word(self, word: str) -> bool:
        """Whether a folded word is a function word (:attr:`stop`), as written or after its clitics (``والذي``،
        ``وهو``، ``ومن``: no names)."""
        return self._clitic_off(word, self.stop)

    def _clitic_off(self, word: str, words: frozenset[str]) -> bool:
        """Whether ``word`` is one of ``words`` as written or with some of its clitics off (و/ف, a preposition,
        the article: ``والله``، ``بالله``), never a letter more (``فيصل`` is no ``يصل``)."""
        prefix = self._bare.match(word)
        return any(word[i:] in words for i in range(len(prefix.group()) + 1 if prefix else 1))

    def given_name(self, word: str) -> bool:
        """Whether a folded word is a given name (:meth:`opens`), as written or after و/ف."""
        joined = self._joined.match(word)
        return any(word[i:] in self.given for i in range(len(joined.group()) + 1 if joined else 1))

    def bare(self, word: str) -> str:
        """A folded word with و/ف, a preposition and the article off (``والجبير`` → جبير)."""
        rest = self._bare.sub("", word)
        return rest if len(rest) >= NAME_LETTERS else word

    def words(self, clause: str) -> frozenset[str]:
        """Every bare word of ``clause``."""
        return frozenset(self.bare(w) for w in _WORD.findall(fold(clause)))

    def __call__(self, clause: str) -> frozenset[str]:
        """The bare names of the people ``clause`` names (see the module)."""
        return self.read(clause)[0]

    def read(self, clause: str, mentions: Sequence[PlaceMention] | None = None) -> tuple[frozenset[str], frozenset[str]]:
        """The bare names of the people ``clause`` names (see the module), and the countries whose adjective is
        a family name there (``منصور التركي``، ``فيصل بن تركي``: after a given name, no Turkey told). A name that is
        a country's adjective is no person (``العاهل المغربي`` / ``المغربي``: two adjectives are no name shared,
        :func:`timeline.merge._known`). ``mentions``: the places of the gazetteer ``clause`` names
        (:func:`timeline.places.find_places`), when the caller has read them already."""
        matches = list(_WORD.finditer(fold(clause)))
        folded = [m.group() for m in matches]
        # the words a punctuation mark stands before (an office's name ends there)
        marked = frozenset(n for n in range(1, len(matches))
                           if matches[n].string[matches[n - 1].end():matches[n].start()].strip())
        if mentions is None:
            mentions = find_places(clause)
        places = {self.bare(w) for m in mentions for w in _WORD.findall(fold(m.text))}  # أبو ظبي: ظبي
        found: set[str] = set()
        surnamed: set[str] = set()
        k = 0
        while k < len(folded):
            if folded[k] not in self.stop and self._office(folded[k]):
                k = self._after_office(folded, k + 1, marked, places, found)
                continue
            if folded[k] in self.stop or not self.opens(folded[k]) or self._clitic_off(folded[k], self.continuing):
                k += 1
                continue
            named_after = k > 0 and self.bare(folded[k - 1]) in self.named_after
            given = False
            while k < len(folded) and self.opens(folded[k]):
                given = given or self.given_name(folded[k])
                k += 1
            if k < len(folded) and not named_after and not folded[k].startswith(self.governed):
                name = self.bare(folded[k])
                countries = countries_named_by_adjective(folded[k])
                if given:
                    surnamed |= countries
                if (len(name) >= NAME_LETTERS and name not in self.stop and not self.function_word(folded[k])
                        and name not in self.clubs and name not in places and name not in self.not_names
                        and not name.isdigit() and not countries):
                    found.add(name)
            k += 1
        return frozenset(found), frozenset(surnamed)

    def _office(self, word: str) -> bool:
        """Whether a folded word is an office's noun (``والوزير``، ``وزيرة``)."""
        return word in self.offices or self.bare(word) in self.offices

    def _with_article(self, word: str) -> bool:
        """Whether a folded word has the article, after و/ف (``والأمريكي``)."""
        return self._joined.sub("", word).startswith(self.article)

    def _after_office(self, folded: list[str], k: int, marked: frozenset[int], places: set[str],
                      found: set[str]) -> int:
        """Read the name after an office word ending before ``folded[k]`` into ``found`` (each of its words);
        where to go on. Further offices and words with the article are passed over first (``office_words``); a
        given name, a title or a name's part there or inside the name hands over to the chain (``رامي عبد الرحمن``);
        when no name is read, on from ``k`` as if no office stood there (``قائد الفريق ياسر``: the title's chain)."""
        start = k
        passed = 0
        while (k < len(folded) and k not in marked and passed < self.office_words and folded[k] not in self.stop
               and (self._with_article(folded[k]) or self._office(folded[k]))):
            k += 1
            passed += 1
        if k < len(folded) and k not in marked and self.opens(folded[k]):
            return k  # a given name or a title: the chain reads the name
        told = 0
        while (k < len(folded) and k not in marked and told < self.office_name_words and not self.opens(folded[k])
               and self._name_word(folded[k], places)):
            found.add(self.bare(folded[k]))  # (compared with the other clause's bare words: باراك as اراك in both)
            k += 1
            told += 1
        return k if told else start

    def _name_word(self, word: str, places: set[str]) -> bool:
        """Whether a folded word after an office may be a word of its holder's name (read as written, و/ف off:
        ``باراك``، ``بنيامين`` open with no preposition): no function word, article (nor one after a preposition:
        ``بالوزارة``), verb's letter, office, verbal noun's shape (``deed_nouns`` of the doers of ``actors.yaml``:
        ``قرر رئيس الجمهورية تمديد حالة الطوارئ``), word of :attr:`not_after_office` or :attr:`not_names`, club,
        place, number or country's adjective."""
        name = self.bare(word)
        own = self._joined.sub("", word)
        return (len(own) >= NAME_LETTERS and word not in self.stop and name not in self.stop
                and not word.startswith(self.governed) and not self._with_article(word)
                and not own.startswith(self.verb_letters) and not self._office(word)
                and (self.deed is None or self.deed.fullmatch(own) is None)
                and not {name, word} & (self.not_after_office | self.not_names) and name not in self.clubs
                and name not in places and not name.isdigit() and not countries_named_by_adjective(word))


@functools.lru_cache(maxsize=None)
def person_reader(code: str = "ar") -> PersonReader:
    """The :class:`PersonReader` of ``code`` (read once)."""
    return PersonReader(code)


def persons_shared(one: str, other: str, code: str = "ar") -> int:
    """How many people both clauses name: a person of either that is a word of the other."""
    reader = person_reader(code)
    return people_in_both(reader(one), reader.words(one), reader(other), reader.words(other))


def people_in_both(people: frozenset[str], words: frozenset[str], other_people: frozenset[str],
                   other_words: frozenset[str]) -> int:
    """:func:`persons_shared` of two clauses read already: each one's people (:meth:`PersonReader.read`) and
    bare words (:meth:`PersonReader.words`), so that a clause in many pairs is read once."""
    return len(_shared(people, other_words) | _shared(other_people, words))


def _shared(names: Iterable[str], words: frozenset[str]) -> set[str]:
    return {n for n in names if n in words}
