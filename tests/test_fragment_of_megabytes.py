"""A fragment that is the only short clause of its batch and runs to hundreds of thousands of
characters (a word of one letter repeated, as a broken feed writes it) borrows what follows it
as any other: the clause is looked for in its sentence by splitting, as a literal. polars
compiles a one-row column of patterns into a regex even when told it is literal, and one this
long passes the regex size limit (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import _lent

_CLAUSE = "وأعلنت الحكومة الاثنين " + "ن" * 300_000
_SAID = " أن أسعار الوقود والخبز والكهرباء ستنخفض في كل المحافظات اعتبارا من أول يوليو المقبل بنسبة كبيرة."


def test_a_fragment_of_hundreds_of_thousands_of_characters_borrows() -> None:
    frame = pl.DataFrame({"article_id": ["a"], "clause": [_CLAUSE], "sentence": [_CLAUSE + _SAID],
                          "clause_start": [0], "clause_end": [len(_CLAUSE)]})
    lent = _lent(frame).row(0, named=True)
    assert lent["own"] == len(_CLAUSE)
    assert lent["clause"] == _CLAUSE + " " + _SAID


def test_a_clause_not_in_its_sentence_borrows_nothing() -> None:
    frame = pl.DataFrame({"article_id": ["a"], "clause": [_CLAUSE + "ن"], "sentence": [_CLAUSE + _SAID],
                          "clause_start": [0], "clause_end": [len(_CLAUSE) + 1]})
    assert _lent(frame)["own"].to_list() == [None]


def test_its_article_is_merged() -> None:
    built = build_timeline(pl.DataFrame([{"id": "a", "published": "2024-06-11T09:00", "text": _CLAUSE + _SAID}]))
    assert built.events.height == 2
