"""The deed a clause tells of a date when it names no happening word: the nearest verb before the
date told done by its shape (:meth:`timeline.verbs.Shapes.told_done`: ``دربت``، ``مولت``، ``قتلوا``,
a masculine one listed in ``past_words``; not a speech verb, ``speech_verbs``: a statement's
deed is what it says) and what it governs (the content words right after it, up to
:data:`GOVERNS` of them, none when a function word comes first: ``طاردت في مناورة`` governs nothing
read), read on demand for the few pairs the merge asks about.

Two reports of one past year that name no happening word, no copies of one another (the pairs
:func:`timeline.merge._scored` asks about), are told by who and where; when each tells
its own deed, one the other clause does not hold, and one of them governs a word the other clause lacks
(``دربت النرويج خفر السواحل… عام 2009`` / ``مولت النرويج بناء ميناء…``: the building), they tell two acts
of one actor, however many names they share. Two verbs of one act on one thing (``طاردت في مناورة
القراصنة`` / ``أبعد خلال تدريب القراصنة``) stay one: neither is read governing a word the other lacks."""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

from timeline._event_cues import _WORD, _date_cues
from timeline.lexicon import unjoined
from timeline.normalize import fold
from timeline.verbs import load_shapes, nearest_first
from timeline.wording import content_words

__all__ = ["GOVERNS", "Deeds"]

GOVERNS = 3
"""The words after a deed's verb read as what it governs (up to a function word)."""


class _Deed(NamedTuple):
    """One clause's deed: its verb (bare, folded; ``None`` for none), what it governs and the
    clause's words (bare folded words, and stems)."""

    verb: str | None
    governs: frozenset[str]
    words: frozenset[str]
    stems: frozenset[str]


class Deeds:
    """Each event's deed (:class:`_Deed`), read once per event on demand."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self._frame = frame
        self._read: dict[int, _Deed] = {}

    def _read_rows(self, rows: list[int]) -> None:
        """Read the rows not read yet."""
        new = sorted(set(rows) - self._read.keys())
        if not new:
            return
        shapes, speech = load_shapes(), _date_cues().speech_verbs
        told = self._frame.select(pl.col("clause").gather(new),
                                  (pl.col("expr_start") - pl.col("clause_start")).gather(new))
        read: list[tuple[int, str | None, list[str], str, list[str]]] = []  # row, verb, after it, clause, words
        for row, (clause, date_at) in zip(new, told.iter_rows()):
            folded = fold(clause or "")
            tokens = _WORD.findall(folded)
            before = _WORD.findall(folded[:date_at]) if date_at is not None and date_at >= 0 else tokens
            at = next((i for i, _, bare, passed in nearest_first(before)
                       if not passed and shapes.told_done(bare)), None)
            verb = unjoined(before[at]) if at is not None else None
            if verb in speech:  # a statement's verb: what it says is the deed, not read here
                at = verb = None
            read.append((row, verb, tokens[at + 1:at + 1 + GOVERNS] if at is not None else [], folded, tokens))
        # the stems in two calls for all the rows (a call costs ~1 ms): each word after a verb, each clause
        after = content_words([word for _, _, words, _, _ in read for word in words])
        clauses = content_words([folded for _, _, _, folded, _ in read])
        at = 0
        for (row, verb, words, _, tokens), stems in zip(read, clauses):
            governs: list[str] = []
            for stem in after[at:at + len(words)]:
                if not stem:  # a function word: what follows is no object of the verb
                    break
                governs.append(stem)
            at += len(words)
            self._read[row] = _Deed(verb, frozenset(governs), frozenset(unjoined(w) for w in tokens),
                                    frozenset(stems.split()))

    def apart(self, i: pl.Series, j: pl.Series) -> pl.Series:
        """Whether each pair (rows ``i``, ``j``) tells two deeds: each clause's verb one the other
        clause does not hold, and one governing a word the other clause lacks."""
        a, b = i.to_list(), j.to_list()
        self._read_rows(a + b)

        def two(x: _Deed, y: _Deed) -> bool:
            return (x.verb is not None and y.verb is not None and x.verb not in y.words and y.verb not in x.words
                    and bool(x.governs - y.stems or y.governs - x.stems))

        return pl.Series([two(self._read[x], self._read[y]) for x, y in zip(a, b)], dtype=pl.Boolean)
