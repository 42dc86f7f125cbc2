"""A stock sentence printed day after day (:func:`timeline.reprints.date_reprints`): each copy
counts from its own first copy within :data:`~timeline.reprints.MAX_GAP`, never through a chain of
copies; one as-of join finds it, however many days the sentence runs. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline import build_timeline
from timeline.reprints import MAX_GAP, date_reprints

_NOTICE = ("وذكرت إدارة المرور في نشرتها أمس أن الطريق الساحلي بين المدينتين سيبقى مغلقا أمام الشاحنات "
           "حتى اكتمال أعمال الصيانة في الجسر القديم.")
_START = dt.datetime(2024, 5, 1, 7, 30)


def _one_day(k: int, hour: int = 7) -> pl.DataFrame:
    """The notice's events as printed ``k`` days after the first, at ``hour`` (built alone)."""
    when = _START.replace(hour=hour) + dt.timedelta(days=k)
    return build_timeline(pl.DataFrame([{"id": f"d{k:02}", "published": when.isoformat(), "text": _NOTICE,
                                         "source": "traffic"}]), merge=False).events


def _yesterday(frame: pl.DataFrame) -> dict[str, tuple[str, str]]:
    return {a: (v, n) for a, v, n in frame.filter(pl.col("expr") == "أمس")
            .select("article_id", "value", "anchor").iter_rows()}


def test_each_daily_copy_counts_from_the_first_copy_within_the_gap() -> None:
    days = [_one_day(k) for k in range(12)]
    found = _yesterday(date_reprints(pl.concat(days)))
    reach = MAX_GAP.days  # the same hour every day: the copy exactly MAX_GAP before is within reach
    for k in range(12):
        first = max(0, k - reach)
        anchor = "published" if k == 0 else f"copy:d{first:02}"
        assert found[f"d{k:02}"] == ((_START + dt.timedelta(days=first - 1)).date().isoformat(), anchor)


def test_an_hour_later_each_day_the_reach_is_a_day_shorter() -> None:
    # printed an hour later every day: the copy MAX_GAP days before is MAX_GAP and some hours before, out of reach
    days = [_one_day(k, hour=7 + k) for k in range(9)]
    found = _yesterday(date_reprints(pl.concat(days)))
    assert found["d08"] == ((_START + dt.timedelta(days=3)).date().isoformat(), "copy:d04")  # d03: 5 days 5 hours
    assert found["d01"] == ((_START - dt.timedelta(days=1)).date().isoformat(), "copy:d00")


def test_two_copies_at_one_moment_the_first_article_id_is_the_first_copy() -> None:
    first = _one_day(0)
    twin = first.with_columns(pl.lit("c00").alias("article_id"))  # another outlet, the same minute
    later = _one_day(2)
    found = _yesterday(date_reprints(pl.concat([first, twin, later])))
    assert found["d02"][1] == "copy:c00"
    assert found["d00"][1] == found["c00"][1] == "published"
