"""The places finer than a town a text names: a district, a quarter, a market, a street, a
checkpoint, a camp (``في حي الدورة``، ``بسوق الخضار``، ``قرب حاجز الأنصار``، ``مخيم الزعتري``).

Read after a site word (``site_words`` of ``lang/<code>/places.yaml``: حي، منطقة، سوق، شارع …)
that is not definite (``الحي`` tells back, it names none), with و or ف and a preposition's
clitic or not: the one word after it is the site's name when it is a name. Refused (what the
yaml and the gazetteer say is no name): a word of a place the gazetteer knows (``منطقة عسير``:
the region; ``حي`` of a known town is that town), a function, time or number word, a word
``not_site_names`` or ``not_area_names`` lists (what a market, a square or an area is *of*:
``سوق العمل``، ``ساحة المعركة``، ``منطقة اليورو``), a word with a preposition or a conjunction
glued before its article (``سوق للخضار``: a market of vegetables), a word not definite ending,
folded, in one of ``site_adjective_endings`` (``سوق شعبي``، ``منطقة سكنية``: an adjective) or one of
``site_adjectives`` (``سوق مزدحم``، ``حي مجاور``: a masculine adjective), a present verb by its shape
(``شارع يمتد``: :mod:`timeline.verbs`), and a word not definite opened by
و or ف (``بث حي ومباشر``: a conjunction's word; a name so opened, ``حي فيصل``, is lost: no site is
safer than a wrong one) or ending in an attached pronoun of two letters (``منطقة يرتادها``: a verb). After a town word (``مدينة``،
``بلدة``، ``قرية``) only a definite name is a site (``مدينة الصدر``): a name without the article is a
town (:mod:`timeline.places`, ``town_words``).

The merge (:mod:`timeline.merge`) keeps two reports apart when both name sites and neither names
any the other names: two attacks of one day in one city, in two of its districts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from timeline._programs import kept
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.lexicon import attached_pronouns, clitic_prefixes
from timeline.normalize import fold
from timeline.places import load_gazetteer
from timeline.verbs import load_shapes

__all__ = ["SiteWords", "site_words", "sites"]

_WORD = kept(r"\w+")
_NAME = kept(r"[^\W\d_]{3,}")  # letters only, three or more (not a count: حاجز 45)


@dataclass(frozen=True, slots=True)
class SiteWords:
    """What tells a site (folded): ``markers``, each site word as a token may write it (with و or
    ف and ب، ل or ك, or none) → the site word; ``towns``, the site words that are town words (a
    site after them only when definite); ``refused``, the words that are no site's name."""

    markers: dict[str, str]
    towns: frozenset[str]
    refused: frozenset[str]
    glued: tuple[str, ...] = ()  # a clitic before the article (بال، لل، وال): no construct's name
    joined: tuple[str, ...] = ()  # و، ف: a word not definite opened by one is most often joined (حي ومباشر)
    pronouns: tuple[str, ...] = ()  # attached pronouns: a word not definite ending in one is a verb's or a noun's
    article: str = "ال"
    adjective_endings: tuple[str, ...] = ()  # folded: a word not definite ending so is an adjective (سوق شعبي)
    adjectives: frozenset[str] = frozenset()  # folded: a masculine adjective, not definite (سوق مزدحم)
    spots: frozenset[str] = frozenset()  # the site words naming a spot in a district (سوق، شارع): no district's

    def spot(self, marker: str) -> bool:
        """Whether the site word token ``marker`` (folded) names a spot inside a district (a market, a
        street: ``site_spots``), not a district."""
        return self.markers.get(marker) in self.spots

    def named(self, marker: str, name: str) -> bool:
        """Whether the token ``name`` after the site word token ``marker`` (both folded) is a
        site's name."""
        word = self.markers.get(marker)
        if word is None or _NAME.fullmatch(name) is None or name in self.refused:
            return False
        if name.startswith(self.glued):
            return False
        if not name.startswith(self.article):  # a town (after a town word), an adjective (شعبي، سكنيه), a joined word
            return (word not in self.towns and not name.endswith(self.adjective_endings) and name not in self.adjectives
                    and not name.startswith(self.joined) and not name.endswith(self.pronouns)
                    and not load_shapes().is_present(name, noun_endings=True))  # شارع يمتد: a verb
        return name[len(self.article):] not in self.refused

    def sites(self, text: str) -> frozenset[str]:
        """The names of the sites ``text`` names (folded, as written)."""
        tokens = _WORD.findall(fold(text))
        return frozenset(name for marker, name in zip(tokens, tokens[1:]) if self.named(marker, name))


def site_words(code: str = "ar") -> SiteWords:
    """``site_words`` and ``not_site_names`` of ``lang/<code>/places.yaml``, with the gazetteer's
    words that are no town's name (cached: one copy however it is called)."""
    return _site_words(code)


@functools.lru_cache(maxsize=None)
def _site_words(code: str) -> SiteWords:
    where = f"timeline.lang.{code}/places.yaml"
    data: Any = load_language_yaml(code, "places.yaml")
    words, refused, towns, endings, adjectives, spots = (data.get(key) or [] for key in
                                                         ("site_words", "not_site_names", "town_words",
                                                          "site_adjective_endings", "site_adjectives", "site_spots"))
    if not all(isinstance(v, list) for v in (words, refused, towns, endings, adjectives, spots)):
        raise LanguageDataError(f"{where}: site_words, not_site_names, town_words, site_adjective_endings, site_adjectives, "
                                "site_spots: lists of words")
    clitics = clitic_prefixes(code)
    bases = {fold(str(w)).strip() for w in words}
    if "" in bases:
        raise LanguageDataError(f"{where}: site_words: an empty word")
    # the site word with و or ف and a preposition's clitic (وبحي، لسوق), never the article
    markers = {c + p + w: w for w in bases for c in ("", *clitics.conjunctions) for p in ("", *clitics.prepositions)}
    gazetteer = load_gazetteer(code)
    # a word with a clitic before its article (للخضار، بالقرب) is no construct's name
    glued = {c + p + clitics.article for c in ("", *clitics.conjunctions) for p in ("", *clitics.prepositions)} \
        | {c + clitics.lam_article for c in ("", *clitics.conjunctions)}
    glued.discard(clitics.article)
    no_name = {fold(str(w)).strip() for w in refused} | gazetteer.not_names | gazetteer.not_areas
    return SiteWords(markers, frozenset(fold(str(w)) for w in towns) & bases, frozenset(no_name),
                     tuple(sorted(glued, key=len, reverse=True)), clitics.conjunctions,
                     tuple(p for p in attached_pronouns(code) if len(p) > 1), clitics.article,
                     tuple(sorted({fold(str(e)).strip() for e in endings} - {""})),
                     frozenset(fold(str(a)).strip() for a in adjectives), frozenset(fold(str(w)).strip() for w in spots) & bases)


def sites(text: str, code: str = "ar") -> frozenset[str]:
    """The names of the sites ``text`` names (:meth:`SiteWords.sites`)."""
    return site_words(code).sites(text)
