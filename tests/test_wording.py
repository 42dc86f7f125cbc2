"""What the merge compares per clause (timeline.wording): the date spans cut from a clause, one
spelling of the hamza (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.normalize import fold
from timeline.wording import _spans, load_wording, spelled


def test_a_span_overlapping_an_earlier_one_of_its_clause_is_not_cut_and_clauses_stay_apart() -> None:
    # clause 0: [0, 5) cut, [3, 8) overlaps it (left in), [10, 12) cut; clause 1 starts
    # afresh: its [4, 20) is cut although clause 0 reached further before it
    events = pl.DataFrame({
        "c": pl.Series([0, 0, 0, 1, 2], dtype=pl.UInt32),
        "clause_start": [100, 100, 100, 0, 0],
        "expr_start": [100, 103, 110, 4, 1],
        "expr_end": [105, 108, 112, 20, 3],
        "inherited": [False, False, False, False, True],
    })
    clauses = pl.DataFrame({"c": pl.Series([0, 1, 2], dtype=pl.UInt32), "clause": ["ا" * 40, "ب" * 30, "ج" * 9]})
    spans = _spans(events, clauses)
    assert spans.select("c", "lo", "hi").rows() == [(0, 0, 5), (0, 10, 12), (1, 4, 20)]


def test_the_hamza_has_one_spelling_for_comparing_words() -> None:
    assert spelled(fold("طوارىء")) == spelled(fold("طوارئ")) == "طوارء"  # final ىء for ئ
    assert spelled(fold("مسئول")) == spelled(fold("مسؤول"))  # the seats ئ ؤ
    assert spelled(fold("شيء")) == spelled(fold("شئ"))
    assert spelled(fold("قرءان")) == fold("قرآن")  # ءا inside a word for آ
    assert spelled(fold("قراءات")) == "قراءات" and spelled(fold("جزءا")) == "جزءا"  # after ا, at the end: kept
    assert spelled("يءس") == "يءس"  # a ي opening the word stays


def test_stems_meet_across_hamza_spellings_and_inflections() -> None:
    words = fold("الطوارئ الطوارىء للطوارىء المسئولين مسؤول شيئا شيء القرءان القرآن").split()
    stems = load_wording().stems(words)
    stem = {word: stems[fold(word)] for word in ("الطوارئ", "الطوارىء", "للطوارىء", "المسئولين", "مسؤول",
                                                  "شيئا", "شيء", "القرءان", "القرآن")}
    assert stem["الطوارئ"] == stem["الطوارىء"] == stem["للطوارىء"]
    assert stem["المسئولين"] == stem["مسؤول"]
    assert stem["شيئا"] == stem["شيء"]
    assert stem["القرءان"] == stem["القرآن"]
