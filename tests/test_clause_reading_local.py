"""The per-clause part of the tail's reading of happenings (issue 8, tail63): what a future move of it
out of the one-core tail (into the batches, as they arrive) rests on. ``TriggerLexicon.in_context`` — the
largest piece of ``wording._read_happenings`` that needs nothing across articles — reads each clause alone,
and a word's class (``word_class`` of one word) depends on nothing but the word, so the batch's answer is
the union of its clauses' answers, each read with the classes of its own words only. (Arabic written for
these tests.)"""

from __future__ import annotations

import polars as pl

from timeline._clause_rows import row_in_clause
from timeline.happenings import load_triggers
from timeline.normalize import fold_expr
from timeline.wording import _TOKEN, _pattern_words

_CLAUSES = (
    "نفت مديرية الأمن وقوع انفجار قرب محطة القطار صباح اليوم",
    "والتقى وزير الخارجية نظيره الإيطالي لبحث ملف الهجرة",
    "أعلن الجيش مقتل أربعة مسلحين في اشتباك على الحدود الشرقية",
    "وصل نحو 300 نازح إلى المخيم بعد أن فروا من القصف",
    "نفت مديرية الأمن وقوع انفجار قرب محطة القطار صباح اليوم",  # a copy: read once in the tail, twice here
)


def _positions(clauses: tuple[str, ...]) -> pl.DataFrame:
    """``(c, token, pos)``: the clauses' folded words in order, as ``clause_features`` makes them."""
    return (
        pl.DataFrame({"c": pl.Series(range(len(clauses)), dtype=pl.UInt32), "text": list(clauses)})
        .select("c", fold_expr(pl.col("text")).str.extract_all(_TOKEN).alias("token"))
        .explode("token").with_columns(row_in_clause().alias("pos"))
    )


def _classes(tokens: pl.Series) -> dict[str, str]:
    """The happening class of each word of ``tokens`` that has one, as ``clause_features`` reads them."""
    lexicon = load_triggers()
    vocabulary = tokens.drop_nulls().unique()
    return {w: c for w in _pattern_words(vocabulary, lexicon.pattern).to_list()
            if lexicon.pattern.fullmatch(w) and (c := lexicon.word_class(w)) is not None}


def test_in_context_reads_each_clause_alone() -> None:
    lexicon = load_triggers()
    positions = _positions(_CLAUSES)
    whole = lexicon.in_context(positions, _classes(positions["token"]))
    assert whole.height >= 3  # the test reads something: a killing, a meeting, an arrival…
    alone = []
    for c in range(len(_CLAUSES)):
        own = positions.filter(pl.col("c") == c)
        alone.append(lexicon.in_context(own, _classes(own["token"])))
    assert pl.concat(alone).sort("c", "pos").equals(whole)


def test_a_words_class_is_the_words_alone() -> None:
    positions = _positions(_CLAUSES)
    everything = _classes(positions["token"])
    for c in range(len(_CLAUSES)):
        own = _classes(positions.filter(pl.col("c") == c)["token"])
        assert own == {w: everything[w] for w in own}
