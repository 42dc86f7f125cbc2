"""Where events happen: a gazetteer of place names read from ``lang/<code>/places.yaml``.

The gazetteer is data: each entry has a canonical Arabic name, a kind (``country``,
``city``, ``region``) and the spellings that name it. All forms are folded with
:func:`timeline.normalize.fold` and compiled into one prefix-factored regex
(:func:`timeline.lexicon.trie_regex`), matched on the folded text. A match must stand as
a whole word, optionally after attached clitics (``و ف`` then ``ب ك ل``; ``ل`` + ``ال``
is written ``لل``: ``للقاهرة``) and after ``في``. Phrases listed under ``not_places``
(``مسقط رأسه``, ``صلاة المغرب``) are matched first so the place inside them is skipped.

A mention preceded by ``في`` or the clitic ``ب``, or by them and a place word (``بمحافظة
العيص``), is *locative* (``في دمشق``, ``بالقاهرة``): it says where something happened rather
than where someone went, and :func:`pick_place` prefers it. A place told after an institution,
a body or an office (``owners`` of the yaml: ``اللجنة المحلية للانتخابات البلدية بمحافظة جدة``,
``أمير منطقة عسير``) is *owned*: it tells which one. A region's office's place is not where
its happening was, so :func:`pick_place` passes over it; two like happenings of two
institutions of two towns of one region stay apart in the merge.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

from timeline._programs import USER_CACHE, compile_all, kept
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.lexicon import clitic_prefixes, load_lexicon, trie_regex
from timeline.normalize import NormalizedText, fold, normalize, without_marks

__all__ = [
    "KINDS",
    "NO_PLACE_LABEL",
    "Gazetteer",
    "Place",
    "PlaceMention",
    "Whereabouts",
    "canonical_place",
    "countries_named",
    "country_of",
    "find_places",
    "load_gazetteer",
    "place_adjectives",
    "body_country",
    "pick_place",
    "preload", "region_of",
    "regions",
    "whereabouts",
]

KINDS = ("country", "city", "region")
"""The kinds of place the gazetteer knows."""

NO_PLACE_LABEL = "غير محدد"
"""The lane label for events whose place is unknown (``place`` is null)."""

_GAP = kept(r"[\s\-]+")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: its canonical Arabic name, its kind and the country it lies in
    (its own name for a country; None for a region wider than one country or a name two
    countries share) and the administrative region it lies in, or is (None when not given)."""

    name: str
    kind: str  # one of KINDS
    country: str | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text; ``start``/``end`` are offsets in the original text."""

    start: int
    end: int
    text: str
    place: Place
    locative: bool  # introduced by في or the clitic ب
    owned: bool = False  # told after an institution or an office (Owners): whose, not where
    regional: bool = False  # owned as a region's (أمير منطقة عسير، أمانة منطقة مكة المكرمة): whose, not where
    broad: bool = False  # locative only through a region word (بمنطقة جازان): a town's locative comes first
    holds: bool = False  # locative right after a town, holding it (مدينة سيئون بمحافظة حضرموت)
    worded: bool = False  # locative only through في/ب + a place word (في مدينة ميلانو), not في/ب on the name
    toward: bool = False  # a destination, after إلى (إلى جدة، إلى مدينة دبي)


@dataclass(frozen=True, slots=True)
class Whereabouts:
    """Where a text tells its happenings are: ``fine``, the places finer than a country it names
    (towns, provinces, districts: ``تعز``، ``بلوشستان``) that hold none other it names; ``within``,
    those and every place and country it names or they lie in (not a country only its adjective
    tells: ``الشعب المصري`` is no place; but, when it names none, the country of a state's body it tells by
    its adjective: ``البرلمان العراقي``, :func:`body_country`); ``countries``, the countries it names, holds
    places in or whose adjective it holds. Empty when it names none."""

    fine: frozenset[str] = frozenset()
    within: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()

    def apart(self, other: Whereabouts) -> bool:
        """Whether two texts tell places that cannot be one: each names a place finer than a country
        and neither's lies in, or is, a place the other names (Baluchistan and eastern Congo, a
        district of Taiz and Shabwa, Unaizah and Buraydah); or one names only countries, none the
        other's places lie in (an area of no known country is in none). Never when either names no
        place."""
        if self.fine and other.fine:
            return not (self.fine & other.within) and not (other.fine & self.within)
        if self.fine or other.fine:
            side, only = (self, other) if self.fine else (other, self)
            return bool(only.countries) and not (side.countries & only.countries)
        return bool(self.countries) and bool(other.countries) and not (self.countries & other.countries)

    def meets(self, other: Whereabouts) -> bool:
        """Whether two texts name one place: a place or country both name or hold, and none apart
        (:meth:`apart`)."""
        return bool(self.within & other.within) and not self.apart(other)


@dataclass(frozen=True, slots=True)
class Owners:
    """What makes a town an institution's own (``owners`` of ``places.yaml``): ``nouns`` finds an
    institution's noun; ``tail`` is what may follow it up to the town's mention (its ``في`` or
    clitics): up to ``reach`` words (group ``between``), a region word last (group ``region``:
    the region's body tells no town apart); ``loose`` of the words between may be other than
    definite words, numbers, place words and في/من."""

    nouns: re.Pattern[str]
    tail: re.Pattern[str]
    loose: int
    place_words: frozenset[str]
    general: frozenset[str] = frozenset()  # right after the noun, a region's body (الإدارة العامة): none

    def owns(self, text: str, start: int) -> str | None:
        """Whether the folded ``text`` before a place's mention at ``start`` ends with an
        institution whose place it names:
        ``"town"``, ``"region"`` (after a region word: a region's body) or None (also for a
        general directorate, ``الإدارة العامة للدفاع المدني بالمدينة المنورة``: the region's, at
        its seat, where what it reports did not happen). The nearest noun within reach decides."""
        hit = None
        for end in reversed([n.end() for n in self.nouns.finditer(text, max(0, start - _OWNER_CHARS), start)]):
            hit = self.tail.fullmatch(text, end, start)
            if hit is not None:
                break
        if hit is None:
            return None
        loose = 0
        for word in hit.group("between").split():
            bare = _CLITICS.sub("", word)
            if not (_DEFINITE.match(word) or _COUNT.match(word) or word in _PARTICLES or bare in self.place_words):
                loose += 1
        if loose > self.loose:
            return None
        first = hit.group("between").split()[:1]
        if first and first[0] in self.general:
            return None
        return "region" if hit.group("region") is not None else "town"


_CONJ, _PREP = clitic_prefixes().conjunction, clitic_prefixes().preposition  # [وف], [بلك]
_CLITICS = kept("^" + _CONJ + "?" + _PREP + "?")
_ADJECTIVE_ENDINGS = "ةهىـ"  # what ends an adjective after a town word, as written (مدينة متكاملة، أخرى; ة as ه)
_DEFINITE = kept("^" + _CONJ + "?" + _PREP + "?ال|^" + _CONJ + "?[بك]?لل")  # الدوره، للانتخابات، بالمنطقه
_COUNT = kept(r"^[0-9٠-٩]+ه?$|^/$")  # 1436، 1437ه، /
_PARTICLES = frozenset(("في", "من"))
_OWNER_CHARS = 160  # how far before a town its institution is looked for
_PLACED_CHARS = 24  # how far before a town في/ب and its place word are looked for (وفي المديرية )


class Gazetteer(NamedTuple):
    """Folded surface form → place, the one regex that finds every form, and what makes a
    town an institution's own (None when the yaml has no ``owners``).

    Built at import as a named tuple, not a dataclass (its generated methods cost ~1 ms of every
    start): immutable and compared field by field all the same; nothing hashes or copies it."""

    forms: Mapping[str, Place]
    pattern: re.Pattern[str]
    owners: Owners | None = None
    region_forms: frozenset[str] = frozenset()  # forms opened by a region word (منطقة حولي)
    placed: re.Pattern[str] | None = None  # ends with في or ب and a place word: بمحافظة العيص
    gap: re.Pattern[str] | None = None  # between a place and the place holding it: " بمحافظة "
    worded: frozenset[str] = frozenset()  # forms opened by a place or region word (محافظة صبيا)
    toward: re.Pattern[str] | None = None  # ends with إلى, maybe with a place word: إلى مدينة 
    towns: re.Pattern[str] | None = None  # a town word and a name no form covers: في بلدة سيفاري
    not_names: frozenset[str] = frozenset()  # folded words no such name is: function, time, number words
    town_stems: tuple[str, ...] = ()  # the town words without their last letter: a cheap look first (مدين)
    areas: re.Pattern[str] | None = None  # an area word and a name no form covers: إقليم بلوشستان
    not_areas: frozenset[str] = frozenset()  # folded words after an area word that are no name: الجزاء

    def whereabouts(self, text: str) -> Whereabouts:
        """Where ``text`` tells its happenings are (:class:`Whereabouts`): the places it names that
        are not an institution's (:attr:`PlaceMention.owned`), nor wider than one country (الخليج،
        أوروبا), the areas it names after an area word (``area_words`` of the yaml: ``إقليم
        بلوشستان``), and the countries it names, holds places in, or whose adjective it holds; naming none, the
        country of a state's body told by its adjective (:func:`body_country`)."""
        norm = normalize(text)
        mentions = [m for m in self.find(text, norm) if not m.owned]
        named: list[str] = []
        holders: set[str] = set()
        countries: set[str] = set()
        for k, m in enumerate(mentions):
            place = m.place
            if place.kind == "country":
                countries.add(place.name)
                continue
            if place.kind != "city" and place.country is None:  # a region of several countries
                continue
            named.append(place.name)
            holders.update(h for h in (place.country, place.region) if h is not None and h != place.name)
            if place.country is not None:
                countries.add(place.country)
            if m.holds and k > 0:  # مدينة سيئون بمحافظة حضرموت: حضرموت holds سيئون
                holders.add(place.name)
        if self.areas is not None:
            for m in self.areas.finditer(norm.text):
                name = m.group("place")
                if (name in self.not_names or name.removeprefix("ال") in self.not_names or name in self.forms
                        or name in self.not_areas):
                    continue
                start, end = norm.to_original(m.start("place"), m.end("place"))
                surface = text[start:end]
                # an indefinite word in ة or ى is an adjective (منطقة عسكرية); a definite one a name
                adjective = surface[-1] in _ADJECTIVE_ENDINGS and not name.startswith("ال")
                if adjective or any(k.start < end and start < k.end for k in mentions):
                    continue
                named.append(fold(without_marks(surface)))
        fine = frozenset(n for n in named if n not in holders)
        if not named and not countries:  # البرلمان العراقي: a state's body sits in its country (body_country)
            body = body_country(text)
            if body is not None:
                countries.add(body)
        within = frozenset(named) | holders | countries
        return Whereabouts(fine, within, frozenset(countries | countries_named_by_adjective(text)))

    def find(self, text: str, norm: NormalizedText | None = None) -> list[PlaceMention]:
        """Every place named in ``text``, in text order (``norm``: ``normalize(text)``, when the
        caller has it already)."""
        if norm is None:
            norm = normalize(text)
        mentions: list[PlaceMention] = []
        last, town = -1, False  # where the mention before ends (folded), and whether it is a town
        for m, key, place, o_start, o_end in self._known(norm):
            mentions.append(self._read(norm.text, m, key, place, text[o_start:o_end], o_start, o_end, last, town))
            # a town a list ends with is not held alone (مدينتي أبها وخميس مشيط بمنطقة عسير)
            last, town = m.end(), place.kind == "city" and not m.group("clitics").startswith("و")
        if self.towns is not None and any(stem in norm.text for stem in self.town_stems):
            mentions = self._new_towns(text, norm, mentions)
        return mentions

    def owned_towns(self, text: str, norm: NormalizedText | None = None) -> set[str]:
        """The names of the towns ``text`` tells as an institution's own: of :meth:`find`'s
        mentions, the cities ``owned`` and not ``regional`` (the same, without reading the rest
        of every mention: :meth:`_read`)."""
        owners = self.owners
        if owners is None:
            return set()
        if norm is None:
            norm = normalize(text)
        found, spans = set(), []
        for m, key, place, start, end in self._known(norm):
            spans.append((start, end))
            if place.kind == "city" and key not in self.region_forms and owners.owns(norm.text, m.start()) == "town":
                found.add(place.name)
        if self.towns is not None and any(stem in norm.text for stem in self.town_stems):
            found.update(place.name for m, place, _, _ in self._unknown_towns(text, norm, spans)
                         if owners.owns(norm.text, m.start()) == "town")
        return found

    def _known(self, norm: NormalizedText) -> Iterator[tuple[re.Match[str], str, Place, int, int]]:
        """Each known form ``norm`` names, in text order: its match, its key (the form as found:
        ل + ال written لل given its alif back), its place, and where it stands in the text as told."""
        for m in self.pattern.finditer(norm.text):
            if m.group("skip") is not None:
                continue
            elided = m.group("elided")
            if elided is not None:  # ل + ال written لل: the article's alif is gone
                key, start, end = "ا" + elided, m.start("elided"), m.end("elided")
            else:
                key, start, end = m.group("place"), m.start("place"), m.end("place")
            place = self.forms.get(_GAP.sub(" ", key))
            if place is None:  # cannot happen: the regex holds only known forms
                continue
            o_start, o_end = norm.to_original(start, end)
            yield m, key, place, o_start, o_end

    def _new_towns(self, text: str, norm: NormalizedText, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """``mentions`` with the towns the gazetteer does not know that ``text`` names after a
        town word (``town_words`` of the yaml: ``في بلدة سيفاري``): each a city of no known
        country, named as written (its marks dropped), in text order."""
        found = []
        for m, place, start, end in self._unknown_towns(text, norm, [(k.start, k.end) for k in mentions]):
            opener, clitic = m.group("fi"), m.group("clitic")
            locative = (opener is not None and opener.lstrip(clitic_prefixes().joined) == "في") or (clitic or "").endswith("ب")
            owner = None if self.owners is None else self.owners.owns(norm.text, m.start())
            found.append(PlaceMention(start, end, text[start:end], place, locative, owned=owner is not None,
                                      regional=owner == "region", worded=locative))
        return sorted(mentions + found, key=lambda k: k.start) if found else mentions

    def _unknown_towns(self, text: str, norm: NormalizedText,
                       spans: list[tuple[int, int]]) -> Iterator[tuple[re.Match[str], Place, int, int]]:
        """The towns of :meth:`_new_towns` (overlapping none of ``spans``, the known mentions as
        told), in text order: the match after the town word, the town, where it stands as told."""
        assert self.towns is not None
        for m in self.towns.finditer(norm.text):
            name = m.group("place")
            if name in self.not_names or name in self.forms or name[0] in "بل" and name[1:] in self.not_names:
                continue  # (بالقرب، بريف: a word placing the town, ب or ل glued)
            start, end = norm.to_original(m.start("place"), m.end("place"))
            surface = text[start:end]
            if surface[-1] in _ADJECTIVE_ENDINGS or any(s < end and start < e for s, e in spans):
                continue
            yield m, Place(without_marks(surface), "city"), start, end

    def _read(self, folded: str, m: re.Match[str], key: str, place: Place, surface: str, start: int, end: int,
              last: int, town: bool) -> PlaceMention:
        """What the words around one match in the ``folded`` text tell of the place it names
        (``last``: where the mention before ends; ``town``: whether that one is a town)."""
        locative = m.group("fi") is not None or m.group("clitics").endswith("ب")
        broad = worded = False
        if not locative and not m.group("clitics") and self.placed is not None and place.country is not None:
            word = self.placed.search(folded, max(0, m.start() - _PLACED_CHARS), m.start())
            locative, broad = word is not None, word is not None and word.group("region") is not None
            worded = locative
        owner = None if self.owners is None or place.kind == "country" else self.owners.owns(folded, m.start())
        regional = owner == "region" or (owner is not None and (place.kind != "city" or key in self.region_forms))
        between = (self.gap.fullmatch(folded, last, m.start()) if locative and town and self.gap is not None
                   and m.start() - last <= _OWNER_CHARS else None)
        # a town holds another only through its place word (سفير طهران في عمّان: two capitals)
        holds = between is not None and (place.kind != "city" or between.group("word") is not None
                                         or key in self.worded)
        toward = (self.toward is not None and m.group("fi") is None and not m.group("clitics")
                  and self.toward.search(folded, max(0, m.start() - _PLACED_CHARS), m.start()) is not None)
        return PlaceMention(start, end, surface, place, locative, owned=owner is not None, regional=regional,
                            broad=broad, holds=holds, worded=worded, toward=toward)

    def canonical(self, name: str) -> str | None:
        """The canonical name when ``name`` is exactly a known form, else ``name`` trimmed
        (None when empty)."""
        name = name.strip()
        if not name:
            return None
        place = self.forms.get(_GAP.sub(" ", fold(name)))
        return place.name if place is not None else name


def _key(form: object, where: str) -> str:
    key = _GAP.sub(" ", fold(str(form)).strip())
    if not key:
        raise LanguageDataError(f"{where}: empty form")
    return key


def _group(name: str, forms: set[str]) -> str:
    """A named group matching any of ``forms`` (never matching when there are none)."""
    return f"(?P<{name}>{trie_regex(forms) if forms else '(?!)'})"


def _compile(forms: set[str], not_places: set[str]) -> re.Pattern[str]:
    """One regex: optional في, optional clitics, then a not-place, a place, or (after the
    clitic ل) a place whose article lost its alif; always a whole word. Its program is kept
    between runs (:func:`timeline._programs.compile_all`: ~0.02 s of every start)."""
    elided = {form[1:] for form in forms if form.startswith("ال")}
    return compile_all([
        r"(?<!\w)"
        r"(?:(?P<fi>" + _CONJ + r"?في)\s+)?"
        r"(?P<clitics>" + _CONJ + "?" + _PREP + "?)"
        f"(?:{_group('skip', not_places)}|{_group('place', forms)}|(?<=ل){_group('elided', elided)})"
        r"(?!\w)"
    ], USER_CACHE)[0]


@functools.lru_cache(maxsize=None)
def place_adjectives(code: str = "ar") -> frozenset[str]:
    """The masculine nisba of each one-word place of the gazetteer, folded: its article dropped and
    ي added (اليمن → يمني، اليابان → ياباني), which a word-shape test may take for a present verb."""
    forms = (fold(f) for f in load_gazetteer(code).forms if " " not in f)
    return frozenset((f[2:] if f.startswith("ال") else f) + "ي" for f in forms)


def load_gazetteer(code: str = "ar") -> Gazetteer:
    """Read and check ``lang/<code>/places.yaml`` (cached: read and compiled once per process,
    however it is called: ``load_gazetteer()`` and ``load_gazetteer("ar")`` share one copy)."""
    return _load_gazetteer(code)


@functools.lru_cache(maxsize=None)
def _load_gazetteer(code: str) -> Gazetteer:
    where = f"timeline.lang.{code}/places.yaml"
    data: Any = load_language_yaml(code, "places.yaml")
    forms: dict[str, Place] = {}
    try:
        for entry in data["places"]:
            kind, within, region = str(entry["kind"]), entry.get("in"), entry.get("region")
            place = Place(str(entry["name"]), kind,
                          str(entry["name"]) if kind == "country" else (None if within is None else str(within)),
                          None if region is None else str(region))
            if place.kind not in KINDS:
                raise LanguageDataError(f"{where}: {place.name}: kind {place.kind!r} is not one of {KINDS}")
            if place.region is not None and (kind == "country" or place.country is None or not place.region.strip()):
                raise LanguageDataError(f"{where}: {place.name}: a region is given only for a place in one country")
            for form in entry["forms"]:
                key = _key(form, where)
                if key in forms and forms[key] != place:
                    raise LanguageDataError(f"{where}: form {form!r} names both {forms[key].name} and {place.name}")
                forms[key] = place
        not_places = {_key(phrase, where) for phrase in data.get("not_places") or ()}
        countries = {p.name for p in forms.values() if p.kind == "country"}
        for p in forms.values():
            if p.country is not None and p.country not in countries:
                raise LanguageDataError(f"{where}: {p.name}: in {p.country!r}, which is no country of the gazetteer")
    except (KeyError, TypeError) as exc:
        raise LanguageDataError(f"{where}: malformed entry: {exc!r}") from exc
    owners = _owners(data.get("owners"), where)
    region_forms = frozenset(f for f in forms if owners is not None and f.split(" ")[0] in owners[1])
    placed = toward = None
    if owners is not None:  # في/ب + a place word + the town is locative too (بمحافظة العيص)
        words = "|".join(map(re.escape, sorted(sorted(owners[0].place_words), key=len, reverse=True)))  # ties in one order: one source at every run
        regions = "|".join(map(re.escape, sorted(sorted(owners[1]), key=len, reverse=True))) or "(?!)"
        placed = kept(r"(?:(?<!\w)" + _CONJ + r"?في\s+" + _CONJ + r"?|(?<!\w)" + _CONJ + r"?ب)(?:ال)?(?:" + words + "|(?P<region>" + regions
                      + r"))\s+$")
        toward = kept(r"(?<!\w)" + _CONJ + r"?الي\s+(?:(?:ال)?(?:" + words + r")\s+)?$")
        # a place, maybe one adjective (مديرية لودر الاستراتيجية), then في/ب (here or on the
        # holding place), maybe with a place word: بريدة بمنطقة القصيم، سيئون بمحافظة حضرموت
        gap = kept(r"\s+(?:ال\w+\s+)?(?:" + _CONJ + r"?في\s+)?(?:" + _CONJ + r"?ب?(?:ال)?(?P<word>" + words + "|" + regions + r")\s+)?")
    worded = frozenset(f for f in forms if owners is not None
                       and f.split(" ")[0] in owners[0].place_words | owners[1])
    # a word of a known form is that place's, not a new town's (مدينة عسير: the region)
    words_known = {w for form in forms for w in form.split()}
    towns, not_names = _town_names(data.get("town_words"), data.get("town_openers") or [],
                                   data.get("not_town_names"), words_known, code, where)
    return Gazetteer(MappingProxyType(forms), _compile(set(forms), not_places),
                     None if owners is None else owners[0], region_forms, placed, gap, worded, toward,
                     towns, not_names, tuple(sorted({_key(w, where)[:-1] for w in data.get("town_words") or ()})),
                     _area_names(data.get("area_words"), where),
                     frozenset(_key(w, where) for w in data.get("not_area_names") or ()))


def _area_names(words: Any, where: str) -> re.Pattern[str] | None:
    """The pattern of an area word (``area_words`` of the yaml) not definite, after و or ف, a
    preposition's clitic or في, and the one word after it, with the article or not (group
    ``place``: three letters or more, not ending in a pronoun); None without ``area_words``."""
    if not words:
        return None
    if not isinstance(words, list):
        raise LanguageDataError(f"{where}: area_words: a list of words, not {words!r}")
    written = "|".join(sorted(sorted({_key(w, where) for w in words}), key=len, reverse=True))
    return kept(r"(?<!\w)(?:" + _CONJ + r"?في\s+)?" + _CONJ + "?" + _PREP + "?(?:" + written + r")\s+"
                r"(?P<place>\w{3,}(?<!ها)(?<!هم)(?<!هن))(?!\w)")


def _town_names(words: Any, openers: Any, not_town: Any, known: set[str], code: str,
                where: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The pattern of a town word (``town_words`` of the yaml) after a preposition (one of
    ``town_openers`` with و or ف or not, group ``fi``; or the clitic ب or ل, group ``clitic``)
    and the one word after it (group ``place``: no article, three letters or more, not ending in
    a pronoun), and the folded words that are no town's name: the function and time words of
    ``wording.yaml``, ``not_town_names``, the cardinals and the words of ``known`` forms (None,
    empty without ``town_words``)."""
    if not words:
        return None, frozenset()
    if not isinstance(words, list) or not isinstance(openers, list):
        raise LanguageDataError(f"{where}: town_words, town_openers: lists of words, not {words!r}, {openers!r}")
    written = "|".join(sorted(sorted({_key(w, where) for w in words}), key=len, reverse=True))
    opened = "|".join(sorted(sorted({_key(w, where) for w in openers}), key=len, reverse=True)) or "(?!)"
    pattern = kept(r"(?<!\w)(?:(?P<fi>" + _CONJ + "?(?:" + opened + r"))\s+" + _CONJ + "?|(?P<clitic>" + _CONJ + "?[بل]))"
                   r"(?:" + written + r")\s+(?P<place>(?!ال)\w{3,}(?<!ها)(?<!هم)(?<!هن))(?!\w)")
    wording = load_language_yaml(code, "wording.yaml")
    try:
        stop = {fold(str(w)) for key in ("function_words", "time_words") for w in wording[key]}
    except (KeyError, TypeError) as exc:
        raise LanguageDataError(f"timeline.lang.{code}/wording.yaml: {exc!r}") from exc
    not_names = {_key(w, where) for w in not_town or ()}
    return pattern, frozenset(stop | not_names | set(load_lexicon(code).cardinals) | set(known))


def _owners(data: Any, where: str) -> tuple[Owners, frozenset[str]] | None:
    """``owners`` of the yaml as :class:`Owners`, and its folded region words (None when absent)."""
    if data is None:
        return None
    try:
        nouns = sorted({_key(w, where) for w in data["nouns"]}, key=len, reverse=True)
        regions = frozenset(_key(w, where) for w in data.get("region_words") or ())
        place_words = frozenset(_key(w, where) for w in data.get("place_words") or ())
        # and their duals in construct (محافظتي الخليل وسلفيت، مدينتي)
        place_words |= {w[:-1] + end for w in place_words if w.endswith("ه") for end in ("تي", "تا")}
        general = frozenset(_key(w, where) for w in data.get("general_words") or ())
        reach, loose = int(data["reach"]), int(data["loose"])
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(f"{where}: owners: {exc!r}") from exc
    if not nouns or reach < 0 or loose < 0:
        raise LanguageDataError(f"{where}: owners: nouns, and a reach and loose of 0 or more, are needed")
    region = "|".join(map(re.escape, sorted(regions, key=len, reverse=True))) or "(?!)"
    # the nouns with their clitics and article, one prefix tree (read once per letter)
    clitics = clitic_prefixes()
    written = {c + b + a + n for c in ("", *clitics.conjunctions) for b in ("", *clitics.prepositions)
               for a in ("", clitics.article) for n in nouns}
    nouns_found = kept(r"(?<!\w)(?:" + trie_regex(written) + r")(?=\s)")
    tail = kept(r"(?P<between>(?:\s+[^\s،,.؛;:()«»\"'!?؟\-–]+){0," + str(reach) + "}?)"
                r"\s+(?:" + _CONJ + "?" + _PREP + "?(?P<region>" + region + r")\s+)?")
    return Owners(nouns_found, tail, loose, place_words, general), regions


def country_of(name: str | None, code: str = "ar") -> str | None:
    """The country a place of the gazetteer (by its canonical name) lies in, or is: None for
    an unknown name, a region wider than one country, or a name two countries share."""
    if name is None:
        return None
    return _countries(code).get(name)


@functools.lru_cache(maxsize=None)
def _countries(code: str) -> dict[str, str]:
    return {p.name: p.country for p in load_gazetteer(code).forms.values() if p.country is not None}


def region_of(name: str | None, code: str = "ar") -> str | None:
    """The administrative region a place of the gazetteer (by its canonical name) lies in,
    or is (``الحناكية`` → ``المدينة المنورة``, as for the city of that name): None when the
    gazetteer gives none. Two towns of one region are no clash in the merge."""
    if name is None:
        return None
    return regions(code).get(name)


@functools.lru_cache(maxsize=None)
def regions(code: str = "ar") -> dict[str, str]:
    """Each place's canonical name → its region, for the places the gazetteer gives one."""
    return {p.name: p.region for p in load_gazetteer(code).forms.values() if p.region is not None}


def find_places(text: str, code: str = "ar") -> list[PlaceMention]:
    """Every place of the ``code`` gazetteer named in ``text``, in text order."""
    return load_gazetteer(code).find(text)


def countries_named(text: str, code: str = "ar") -> frozenset[str]:
    """The countries ``text`` names: those of its places (``القاهرة`` → مصر; a region wider than
    one country tells none) and those whose adjective it holds (``الكويتية``، ``المصريين``:
    ``adjectives`` of ``lang/<code>/places.yaml``)."""
    found = {m.place.country for m in find_places(text, code) if m.place.country is not None}
    return frozenset(found) | countries_named_by_adjective(text, code)


def countries_named_by_adjective(text: str, code: str = "ar") -> frozenset[str]:
    """The countries whose adjective ``text`` holds (``الكويتية``، ``المصريين``: ``adjectives`` of
    ``lang/<code>/places.yaml``)."""
    countries = _adjectives(code)[1]
    return frozenset(countries[m["stem"]] for m in _adjective_matches(text, code)[1])


def _adjective_matches(text: str, code: str) -> tuple[str, list[re.Match[str]]]:
    """``text`` folded as the countries' adjectives are read in it, and their matches there (none when the
    language has no adjectives)."""
    pattern, _, written, nouns = _adjectives(code)
    if pattern is None:
        return "", []
    if written is not None:  # اليمنى (the right), مجرى (a channel): folded, an adjective
        text = written.sub(" ", without_marks(text))
    folded = fold(text)
    if nouns is not None:  # المجري الملاحي (a channel written with ي): a noun before such a word
        folded = nouns.sub(" ", folded)
    return folded, list(pattern.finditer(folded))


def countries_of_unnamed(text: str, code: str = "ar") -> frozenset[str]:
    """:func:`countries_named_by_adjective` but for an adjective with the article right after a word without it
    (``أولمبيك مارسيليا الفرنسي``، ``ريال مدريد الإسباني``, ``سامي خضيرة الألماني``): an adjective agrees with its
    noun in definiteness, so there it follows a name (a club's, a person's), which is definite with no article,
    and tells that name's nationality, carried wherever it plays or goes, not where a happening is (``القوات
    المصرية``، ``كأس السوبر الفرنسية``، ``وزير الخارجية الأمريكي``، ``من اليمنيين`` still count). Names as a day's
    evidence (:func:`timeline.merge._names_known`)."""
    return _adjectives_read(text, code)[0]


def nationalities(text: str, code: str = "ar") -> frozenset[str]:
    """The countries ``text`` tells only as a name's nationality: by an adjective right after a name
    (:func:`countries_of_unnamed` leaves those out: ``أمام أولمبيك مارسيليا الفرنسي``), never by another adjective,
    by the country's name or by a place of it."""
    others, after_names = _adjectives_read(text, code)
    told = after_names - others
    if not told:
        return told
    return told - {n for m in find_places(text, code) for n in (m.place.name, m.place.country)}


_WORD_BEFORE = 40  # characters before an adjective read for the word it follows


def _adjectives_read(text: str, code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries whose adjective ``text`` holds (:func:`countries_named_by_adjective`) other than right after a
    name, and those it holds right after a name (the adjective with the article, the word before it without it,
    no number nor function word: :func:`countries_of_unnamed`); one read of ``text``."""
    countries = _adjectives(code)[1]
    folded, matches = _adjective_matches(text, code)
    definite = _definite(code)
    others, after_names = set(), set()
    for m in matches:
        before = folded[max(0, m.start() - _WORD_BEFORE):m.start()]
        word = before.split()[-1] if before[-1:].isspace() and before.split() else ""
        word = word if word.isalnum() else ""
        if not word or not definite.match(m.group(0)) or definite.match(word) or word[0].isdigit() \
                or word in _function_words(code):
            others.add(countries[m["stem"]])
        else:
            after_names.add(countries[m["stem"]])
    return frozenset(others), frozenset(after_names)


def adjective_stems(code: str = "ar") -> Mapping[str, str]:
    """Each stem of a country's adjective and name (folded, ``فرنس``) with its country (one country's only)."""
    return MappingProxyType(_adjectives(code)[1])


@functools.lru_cache(maxsize=None)
def _function_words(code: str) -> frozenset[str]:
    """``function_words`` of ``lang/<code>/wording.yaml``, folded: a word no name (``من اليمنيين``)."""
    data: Any = load_language_yaml(code, "wording.yaml")
    return frozenset(fold(str(w)) for w in data.get("function_words") or [])


@functools.lru_cache(maxsize=None)
def _definite(code: str) -> re.Pattern[str]:
    """A folded word with the article after its clitics (``الفرنسي``، ``وبالقوات``، ``للمنتخب``)."""
    return re.compile(clitic_prefixes(code).definite())


def body_country(text: str, code: str = "ar") -> str | None:
    """The one country whose adjective ``text`` tells right after a state's body (``adjectives.bodies`` of
    ``lang/<code>/places.yaml``: ``البرلمان العراقي``، ``الحكومة اللبنانية``), where that body sits and acts;
    None when it tells none or two, or when ``text`` tells another country's head (``adjectives.hosts``) too, its
    host (``استقبل الرئيس المصري وفدا من البرلمان الأردني``: in Egypt, not Jordan; review51)."""
    pattern, countries = _bodies(code)
    if pattern is None:
        return None
    _, _, written, nouns = _adjectives(code)
    if written is not None:
        text = written.sub(" ", without_marks(text))
    found = {countries[m["stem"]] for m in pattern.finditer(fold(text))}
    hosts, _ = _bodies(code, "hosts")
    if len(found) != 1 or hosts is not None and not {countries[m["stem"]] for m in hosts.finditer(fold(text))} <= found:
        return None
    return found.pop()


@functools.lru_cache(maxsize=None)
def _bodies(code: str, key: str = "bodies") -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The regex of a state's body (``key``: ``bodies``; or a head of state, ``hosts``) and a country's adjective
    right after it (group ``stem``), and the country of each stem (:func:`_adjectives`)."""
    pattern, countries, _, _ = _adjectives(code)
    data: Any = load_language_yaml(code, "places.yaml")
    bodies = sorted({fold(str(w)) for w in (data.get("adjectives") or {}).get(key) or []}, key=lambda w: (-len(w), w))
    if pattern is None or not bodies:
        return None, {}
    article = re.escape(clitic_prefixes().article)
    heads = "|".join(r"\s+".join(map(re.escape, b.split())) for b in bodies)  # (the article in ``loose``)
    adjective = pattern.pattern.removeprefix(r"(?<!\w)" + clitic_prefixes().loose)
    return re.compile(r"(?<!\w)" + clitic_prefixes().loose + "(?:" + heads + r")\s+" + article + adjective), countries


def whereabouts(text: str, code: str = "ar") -> Whereabouts:
    """Where ``text`` tells its happenings are (:meth:`Gazetteer.whereabouts`)."""
    return load_gazetteer(code).whereabouts(text)


@functools.lru_cache(maxsize=None)
def _adjectives(code: str) -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None,
                                    re.Pattern[str] | None]:
    """The regex of the countries' adjectives (its group ``stem``: the adjective's stem), the
    country of each stem (stems two countries share left out), the regex of the words
    as written that fold to one but are none (``not``: ``اليمنى``), and that of the folded adjectives
    that are nouns before some words (``not_before``: ``المجري الملاحي``)."""
    where = f"timeline.lang.{code}/places.yaml"
    data: Any = load_language_yaml(code, "places.yaml")
    rules = data.get("adjectives") or {}
    if not isinstance(rules, dict):
        raise LanguageDataError(f"{where}: adjectives: a mapping of drop and endings, not {rules!r}")
    drop, endings = (sorted({fold(str(w)) for w in rules.get(key) or []}, key=lambda w: (-len(w), w))
                     for key in ("drop", "endings"))
    if not endings:
        return None, {}, None, None
    written = sorted({str(w) for w in rules.get("not") or []}, key=lambda w: (-len(w), w))
    not_pattern = re.compile(r"(?<!\w)" + clitic_prefixes().loose + "(?:" + "|".join(map(re.escape, written)) + r")(?!\w)") \
        if written else None
    nouns_pattern = _nouns_before(rules.get("not_before") or {}, where)
    stems: dict[str, set[str]] = {}
    for form, place in load_gazetteer(code).forms.items():
        if place.kind != "country" or " " in form:
            continue
        stem = form[2:] if form.startswith("ال") else form
        stem = next((stem[:-len(d)] for d in drop if stem.endswith(d) and len(stem) - len(d) >= 3), stem)
        stems.setdefault(stem, set()).add(place.name)
    countries = {stem: next(iter(names)) for stem, names in stems.items() if len(names) == 1}
    if not countries:
        return None, {}, None, None
    pattern = re.compile(r"(?<!\w)" + clitic_prefixes().loose + "(?P<stem>" + "|".join(sorted(countries, key=lambda w: (-len(w), w)))
                         + ")(?:" + "|".join(endings) + r")(?!\w)")
    return pattern, countries, not_pattern, nouns_pattern


def _nouns_before(rules: Any, where: str) -> re.Pattern[str] | None:
    """The regex of ``adjectives.not_before``: a folded adjective (after the clitics and the article) and the
    word after it, which begins (its article dropped) with one of the adjective's listed beginnings."""
    if not isinstance(rules, dict):
        raise LanguageDataError(f"{where}: adjectives.not_before: a mapping of adjectives to words, not {rules!r}")
    alternatives = []
    for word, after in sorted(rules.items()):
        if not isinstance(after, list) or not after:
            raise LanguageDataError(f"{where}: adjectives.not_before: {word}: a list of words, not {after!r}")
        begins = "|".join(sorted({re.escape(fold(str(w))) for w in after}, key=lambda w: (-len(w), w)))
        alternatives.append(re.escape(fold(str(word))) + r"\s+(?:" + re.escape(clitic_prefixes().article) + ")?(?:"
                            + begins + ")")
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)" + clitic_prefixes().loose + "(?:" + "|".join(alternatives) + ")")


def canonical_place(name: str | None, code: str = "ar") -> str | None:
    """A place given as a field (an article's ``place``): its canonical name when the
    gazetteer knows it (``"القاهره"`` → ``"القاهرة"``), else the trimmed value."""
    return None if name is None else load_gazetteer(code).canonical(name)


def pick_place(mentions: Sequence[PlaceMention], start: int, end: int) -> str | None:
    """The place of the span ``[start, end)``: its first locative mention (``في دمشق``,
    ``بالقاهرة``) that is not a region's office's (:attr:`PlaceMention.regional`: ``أمير منطقة
    عسير``; an institution's own town is most often where it acts: ``بمقر الأمانة بالرياض``),
    one placed by a town's word before one placed by a region's (``بمنطقة الرياض``), else its
    first mention, else None. A locative holding the town named right before it gives way to
    it (``مدينة سيئون بمحافظة حضرموت`` → سيئون)."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    locative = [i for i, m in enumerate(inside) if m.locative and not m.regional]
    chosen = next((i for i in locative if not inside[i].broad), locative[0] if locative else None)
    if chosen is None:
        return inside[0].place.name if inside else None
    if inside[chosen].worded:
        # a destination before it, in another country, is where the happening is: «تعود البعثة إلى جدة
        # بعد المعسكر في مدينة ميلانو» → جدة (not «وصل إلى ماليزيا … في مدينة كوالالمبور»: the town in it)
        there = inside[chosen].place.country
        to = next((m for m in inside[:chosen] if m.toward and m.place.country not in (None, there)), None)
        if to is not None and there is not None:
            return to.place.name
    if inside[chosen].holds and chosen > 0:
        return inside[chosen - 1].place.name
    return inside[chosen].place.name


def preload() -> None:
    """Build now what the merge builds on first use, called as it calls it (see
    :func:`timeline.wording.preload`)."""
    place_adjectives("ar")
    regions()
    regions("ar")
    _adjectives("ar")
