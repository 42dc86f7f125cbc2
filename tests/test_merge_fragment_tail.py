"""A fragment standing inside its sentence (``بينما أعلنت الحكومة الاثنين``, cut at بينما and
before what it says, which has its own date) borrows what follows it there (``أنها ستخفض أسعار
الوقود``), read at its place in characters, not bytes (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import _lent, clause_features

_TEXT = "وتراجعت أسواق الأسهم يوم الأحد بينما أعلنت الحكومة الاثنين أنها ستخفض أسعار الوقود اعتبارا من أول يوليو."


def _events() -> pl.DataFrame:
    return build_timeline(pl.DataFrame([{"id": "a", "published": "2024-06-11T09:00", "text": _TEXT}]),
                          merge=False).events


def test_a_fragment_inside_its_sentence_borrows_what_follows_it() -> None:
    events = _events()
    row = events["clause"].to_list().index("بينما أعلنت الحكومة الاثنين")
    lent = _lent(events).row(row, named=True)
    assert " ".join(lent["clause"].split()) == "بينما أعلنت الحكومة الاثنين أنها ستخفض أسعار الوقود اعتبارا من أول يوليو."
    assert lent["own"] == len("بينما أعلنت الحكومة الاثنين")


def test_its_words_are_those_of_what_it_says() -> None:
    events = _events()
    features = clause_features(events)
    stems = dict(zip(features.words["word"], features.words["stem"]))
    row = events["clause"].to_list().index("بينما أعلنت الحكومة الاثنين")
    assert {"وقود", "حكوم"} <= {stems[w] for w in features.events["words"][row]}
