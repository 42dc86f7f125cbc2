"""windows._words: each distinct clause is read once and its words given to every row telling it
(wire copies); the words are those of each row read alone, once each."""

from __future__ import annotations

import polars as pl

from timeline.normalize import fold_expr
from timeline.windows import _MIN_LETTERS, _words
from timeline.wording import load_wording

COPY = "أعلنت وزارة الصحة افتتاح مستشفى الأطفال الجديد في المدينة"
ROWS = [
    ("a", COPY),
    ("b", COPY),  # another outlet's copy of the same clause
    ("c", "وصل وفد الوزارة إلى الميناء صباح الأحد"),
    ("d", None),  # no clause: no words
    ("e", "الوزارة الوزارة تفتتح المستشفى"),  # a word said twice: once
]


def _frame(rows: list[tuple[str, str | None]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"event_id": pl.String, "clause": pl.String}, orient="row")


def _alone(frame: pl.DataFrame) -> set[tuple[str, str]]:
    """Each row's words read from its own clause, the plain way."""
    tokens = (frame.select("event_id", fold_expr(pl.col("clause").fill_null("")).str.extract_all(r"\w+").alias("t"))
              .explode("t").drop_nulls("t"))
    plain = load_wording().plain_column(tokens["t"])
    return {(key, word) for key, word in zip(tokens["event_id"], plain)
            if word is not None and len(word) >= _MIN_LETTERS}


def test_copies_take_the_words_of_their_clause():
    frame = _frame(ROWS)
    words = _words(frame, "event_id")
    got = set(words.iter_rows())
    assert got == _alone(frame)
    assert words.height == len(got)  # once each
    by_row = words.group_by("event_id").agg(pl.col("word").sort())
    told = dict(zip(by_row["event_id"], by_row["word"].to_list()))
    assert told["a"] == told["b"] and told["a"]
    assert "d" not in told


def test_a_key_of_two_rows_holds_each_word_once():
    frame = _frame([("x", COPY), ("x", "افتتاح مستشفى الأطفال الجديد")])
    words = _words(frame, "event_id")
    assert words.height == words.unique().height
    assert set(words.iter_rows()) == _alone(frame)


def test_only_the_words_asked_for():
    frame = _frame(ROWS)
    every = _words(frame, "event_id")
    among = every.filter(pl.col("event_id") == "c")["word"]
    some = _words(frame, "event_id", among)
    assert set(some["word"]) == set(among)
    assert set(some.iter_rows()) == {r for r in every.iter_rows() if r[1] in set(among)}
