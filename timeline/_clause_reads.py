"""What the merge's pair rules read of a clause's text, each distinct clause read once a merge.

:func:`timeline.merge._scored` runs once per range of weeks (:func:`timeline.merge._candidates`); the few
pairs whose rules read the clauses' text (who acts: :func:`timeline._doers.doer_stems`; the names the data
know: :func:`timeline.places.find_places`, :class:`timeline._persons.PersonReader`; the nationalities:
:func:`timeline.places.nationalities`) meet the same clauses again in other ranges: a wire text's copies
told on other days, a clause paired across two ranges. Each read depends on the clause's text alone (and
the merge's stems, fixed for one merge), so :class:`ClauseReads` keeps it for the merge's next batches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from timeline._doers import doer_stems
from timeline._persons import person_reader
from timeline.places import countries_of_unnamed, find_places, nationalities


class Names(NamedTuple):
    """The names a clause gives that the data know (:func:`timeline.merge._names_known`)."""

    places: frozenset[str]  # the gazetteer's places it names, by the place
    adjectives: frozenset[str]  # countries told by an adjective, but not a name's nor a family name's
    people: frozenset[str]  # the bare names of the people it names (PersonReader.read)
    words: frozenset[str]  # its bare words (PersonReader.words)


class ClauseReads:
    """The text reads of one merge's clauses, each distinct clause read once. ``stems``: the merge's stems
    (a proclitic is split off a doer's word only when the rest's stem is one: :func:`doer_stems`)."""

    def __init__(self, stems: frozenset[str]) -> None:
        self.stems = stems
        self._doers: dict[str, frozenset[str]] = {}
        self._names: dict[str, Names] = {}
        self._nationalities: dict[str, frozenset[str]] = {}

    def doers(self, clauses: Sequence[str]) -> list[frozenset[str]]:
        """The content stems of each clause's doers (:func:`timeline._doers.doer_stems`)."""
        new = [c for c in dict.fromkeys(clauses) if c not in self._doers]
        if new:  # one call for the clauses not read yet (a call has a fixed cost)
            self._doers.update(zip(new, doer_stems(new, self.stems)))
        return [self._doers[c] for c in clauses]

    def names(self, clause: str) -> Names:
        """The names ``clause`` gives that the data know (see :class:`Names`)."""
        names = self._names.get(clause)
        if names is None:
            mentions = find_places(clause)  # read once: for the places and the people
            reader = person_reader()
            people, surnamed = reader.read(clause, mentions)  # (family-name countries: not المصري a family name)
            names = self._names[clause] = Names(frozenset(m.place.name for m in mentions),
                                                countries_of_unnamed(clause) - surnamed, people, reader.words(clause))
        return names

    def nationalities(self, clause: str) -> frozenset[str]:
        """The countries ``clause`` tells only as a name's nationality (:func:`timeline.places.nationalities`)."""
        told = self._nationalities.get(clause)
        if told is None:
            told = self._nationalities[clause] = nationalities(clause)
        return told
