"""windows._shared_words: the words a candidate window shares with a told row on a day both
touch, once, for the pairs sharing two or more (numbered and counted on sorted integers: the
same pairs as a frame's ``unique`` and ``len().over``)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.windows import _SHARED, _days, _shared_words


def _rows(rows: list[tuple[int, str, dt.datetime, dt.datetime]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``(_row, word)`` of each clause's words and ``(_row, day)`` of its interval."""
    frame = pl.DataFrame(rows, schema={"_row": pl.UInt32, "clause": pl.String, "start": pl.Datetime("us"),
                                       "end": pl.Datetime("us")}, orient="row")
    words = frame.select("_row", pl.col("clause").str.split(" ").alias("word")).explode("word").unique()
    return words, _days(frame, "_row")


def _plain(mine, days, theirs, their_days) -> pl.DataFrame:
    """The same pairs the plain way (a frame's join, ``unique`` and ``len().over``)."""
    pairs = (mine.join(days, on="_row").join(theirs.join(their_days, on="_row"), on=["word", "day"], suffix="_told")
             .select("_row", "_row_told", "word").unique())
    return pairs.filter(pl.len().over("_row", "_row_told") >= _SHARED)


def _sorted(frame: pl.DataFrame) -> list[tuple]:
    return sorted(frame.select("_row", "_row_told", "word").rows())


D = dt.datetime
CANDIDATES = [
    (0, "افتتحت البلدية ممشى الكورنيش الجديد", D(2016, 3, 9), D(2016, 3, 11)),
    (1, "وزع الهلال الأحمر سلال الغذاء على الأسر", D(2016, 3, 9), D(2016, 3, 11)),
    (2, "دشن المحافظ مكتبة الحي الشمالي", D(1961, 5, 1), D(1961, 5, 3)),  # before 1970: days below zero
]
TOLD = [
    (5, "افتتحت البلدية ممشى الكورنيش مساء أمس", D(2016, 3, 9), D(2016, 3, 11)),  # two days shared with 0
    (6, "وزع الهلال سلال التمر", D(2016, 3, 10), D(2016, 3, 11)),
    (7, "قال المتحدث إن البلدية تدرس الطلب", D(2016, 3, 10), D(2016, 3, 11)),  # one word: no pair
    (8, "افتتحت البلدية ممشى جديدا", D(2016, 4, 2), D(2016, 4, 3)),  # no day shared
    (9, "دشن المحافظ مكتبة عامة", D(1961, 5, 2), D(1961, 5, 3)),
]


def test_the_shared_words_are_the_plain_ones_once_per_pair_of_two_or_more():
    mine, days = _rows(CANDIDATES)
    theirs, their_days = _rows(TOLD)
    got = _shared_words(mine, days, theirs, their_days)
    assert _sorted(got) == _sorted(_plain(mine, days, theirs, their_days))
    pairs = {(r, t) for r, t, _ in got.rows()}
    assert pairs == {(0, 5), (1, 6), (2, 9)}
    assert got.filter(pl.col("_row") == 0).height == 4  # each word once though both days are shared


def test_no_word_shared_gives_an_empty_frame():
    mine, days = _rows(CANDIDATES[:1])
    theirs, their_days = _rows(TOLD[3:4])
    got = _shared_words(mine, days, theirs, their_days)
    assert got.height == 0 and got.columns == ["_row", "_row_told", "word"]
