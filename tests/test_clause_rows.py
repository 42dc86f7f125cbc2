"""The consecutive-clause forms :mod:`timeline.wording` reads a clause's neighbouring words with
(a clause's words are consecutive rows, ``pos`` their place): equal to the windows over ``c``; and
the clauses numbered in order of first appearance, each row given its number back by row
(:func:`timeline.wording.clause_features`)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from timeline.events import article_events
from timeline.frame import conform_events, events_frame
from timeline.normalize import fold
from timeline._clause_rows import beside, row_in_clause
from timeline.wording import _after_phrases, _fill_in_clause, clause_features


def _positions(*clauses: str) -> pl.DataFrame:
    """One row per word of each clause, in order: ``c``, ``pos``, ``token``."""
    frame = pl.DataFrame({"c": list(range(len(clauses))), "token": [text.split() for text in clauses]},
                         schema={"c": pl.UInt32, "token": pl.List(pl.String)})
    return frame.explode("token").with_columns(row_in_clause().alias("pos"))


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_fill_in_clause_is_the_window_over_c(limit: int) -> None:
    values = ["عن", None, None, None, "في", None, None, "على", None, None, None, None]
    frame = pl.DataFrame({"c": [0, 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 3], "v": values},
                         schema={"c": pl.UInt32, "v": pl.String})
    got = frame.select(_fill_in_clause("v", limit))["v"]
    want = frame.select(pl.col("v").forward_fill(limit=limit).over("c"))["v"]
    assert got.to_list() == want.to_list()


def test_fill_in_clause_does_not_cross_into_the_next_clause() -> None:
    frame = pl.DataFrame({"c": [0, 0, 1, 1], "v": [None, "حول", None, None]}, schema={"c": pl.UInt32, "v": pl.String})
    assert frame.select(_fill_in_clause("v", 3))["v"].to_list() == [None, "حول", None, None]


def test_beside_is_the_shift_over_c() -> None:
    positions = _positions("قال المتحدث إن الحريق اندلع", "وصل الوفد مساء", "انتهى")
    for n in (1, -1):
        got = positions.select(beside("token", n).alias("t"))["t"].to_list()
        want = positions.select(pl.col("token").shift(n).over("c").alias("t"))["t"].to_list()
        assert got == want


def _phrases(*written: str) -> dict[int, list[tuple[int, bool]]]:
    texts = [fold(text) for text in written]
    clauses = pl.DataFrame({"c": list(range(len(texts))), "text": list(texts)},
                           schema={"c": pl.UInt32, "text": pl.String}).with_columns(pl.col("text").alias("folded"))
    phrases = _after_phrases(clauses, _positions(*texts))
    return {c: [(lo, aim) for _, lo, aim in phrases.filter(pl.col("c") == c).select("c", "lo", "aim").iter_rows()]
            for c in range(len(texts))}


def test_a_score_after_its_opener_is_no_aim() -> None:
    # بهدف then نظيف: a goal, no aim; the next clause's first word is not the word after it
    got = _phrases("فاز الفريق بهدف نظيف", "فاز الفريق بهدف", "نظيف اللعب كان")
    assert got[0] == []
    assert got[1] == [(2, True)]


def test_the_word_before_an_opener_is_its_clause_own() -> None:
    # أجل opens an aim only after من (من أجل); من ending the clause before does not count
    got = _phrases("اجتمع الوسطاء من أجل التهدئة", "اجتمع الوسطاء من", "أجل المجلس التصويت")
    assert got[0] == [(3, True)]
    assert got[1] == [] and got[2] == []


def test_running_sum_is_the_window_over_c() -> None:
    from timeline.happenings import _running_sum

    given = pl.DataFrame({"c": [3, 3, 3, 7, 7, 9], "pos": [0, 1, 2, 0, 1, 0], "v": [1, 0, 1, 1, None, 1]},
                         schema={"c": pl.UInt32, "pos": pl.Int64, "v": pl.Int64})
    # in order, then shuffled (the window itself then)
    for frame in (given, given[[4, 0, 5, 2, 1, 3]]):
        got = frame.with_columns(_running_sum(frame, "v"))
        want = frame.with_columns(pl.col("v").cum_sum().over("c", order_by="pos"))
        assert got.equals(want)


_TOLD = dt.datetime(2024, 3, 14, 8)  # a Thursday
_ARTICLES = {
    "a": "افتتح وزير النقل أمس الطريق الساحلي الجديد بين المدينتين. وقال الوزير إن الطريق يختصر الرحلة ساعة كاملة.",
    "b": "دشن وزير النقل يوم الأربعاء الطريق الساحلي الذي يربط المدينتين، على أن تبدأ الحافلات العمل الأحد المقبل.",
    "c": "أعلنت شرطة محافظة جدة صباح اليوم توقيف رجلين بعد سرقة متجر للذهب في حي الروضة مساء الثلاثاء.",
}


def test_each_row_reads_its_own_clauses_features_in_any_order_and_copy() -> None:
    # the clauses are numbered in order of first appearance and each row is given its number back
    # by row: a row shuffled elsewhere, or its wire copy in another article, reads the same features
    events = conform_events(events_frame(e.as_row() for k, text in _ARTICLES.items()
                                         for e in article_events(k, text, _TOLD)))
    twice = pl.concat([events, events.with_columns(pl.col("article_id") + "-copy")])
    features = clause_features(twice).events.drop("i")
    assert features.head(events.height).equals(features.tail(events.height))
    order = pl.Series(list(range(twice.height))).shuffle(seed=3)
    shuffled = clause_features(twice[order]).events.drop("i")
    back = shuffled.with_columns(order.alias("_at")).sort("_at").drop("_at")
    assert back.equals(features)
