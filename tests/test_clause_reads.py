"""The merge's clause text reads kept from one batch of pairs to the next (:mod:`timeline._clause_reads`):
each read equals the clause read alone, and a clause met again (a wire copy, a clause paired in two ranges of
weeks) is not read again. Arabic written for these tests."""

from __future__ import annotations

import pytest

import timeline._clause_reads as clause_reads
from timeline._clause_reads import ClauseReads
from timeline._doers import doer_stems
from timeline._persons import person_reader
from timeline.places import countries_of_unnamed, find_places, nationalities

MINISTER = "وأعلن الوزير سليم حداد أمس في عمان افتتاح الجسر الجديد"
POLICE = "وقالت الشرطة المصرية إن اللاعب الفرنسي غادر القاهرة"
CLUB = "وسجل أولمبيك مارسيليا الفرنسي هدفين في الشوط الثاني"


def test_doers_are_those_of_each_clause_read_alone_and_a_clause_met_again_is_not_read_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    stems = frozenset({"وزير", "شرط"})
    asked: list[list[str]] = []

    def counted(clauses: list[str], known: frozenset[str]) -> list[frozenset[str]]:
        asked.append(list(clauses))
        return doer_stems(clauses, known)

    monkeypatch.setattr(clause_reads, "doer_stems", counted)
    reads = ClauseReads(stems)
    first = reads.doers([MINISTER, POLICE, MINISTER])
    second = reads.doers([POLICE, CLUB])
    assert first == [*doer_stems([MINISTER, POLICE], stems), doer_stems([MINISTER], stems)[0]]
    assert second == doer_stems([POLICE, CLUB], stems)
    assert {"سليم", "حداد"} <= first[0]
    assert asked == [[MINISTER, POLICE], [CLUB]]  # each distinct clause once, in one call per batch
    assert reads.doers([MINISTER, CLUB]) == [first[0], second[1]] and len(asked) == 2


def test_names_are_those_the_merge_read_of_the_clause_alone() -> None:
    reads = ClauseReads(frozenset())
    for clause in (MINISTER, POLICE, CLUB):
        names = reads.names(clause)
        mentions = find_places(clause)
        people, surnamed = person_reader().read(clause, mentions)
        assert names.places == frozenset(m.place.name for m in mentions)
        assert names.adjectives == countries_of_unnamed(clause) - surnamed
        assert names.people == people and names.words == person_reader().words(clause)
        assert reads.names(clause) is names  # kept, not read again
    assert reads.names(MINISTER).people == {"سليم", "حداد"}
    assert "مصر" in reads.names(POLICE).adjectives  # الشرطة المصرية: a country by its adjective


def test_nationalities_are_read_once_a_clause() -> None:
    reads = ClauseReads(frozenset())
    assert reads.nationalities(CLUB) == nationalities(CLUB) == {"فرنسا"}  # a club's nationality
    assert reads.nationalities(POLICE) == nationalities(POLICE)
    assert reads.nationalities(CLUB) is reads.nationalities(CLUB)
