"""A coarse date told of a happening («الشهر الماضي») linking to reports of two days of it meets the day
most of those reports give, not one outlet's other day that would shut the rest out (guard49, ir-R01;
Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

_MONTH = ("m", "وكالة النهر", "2024-08-10T09:00",
          "وكان قد تم توقيع اتفاق الهدنة بين الحكومة ومتمردي الجنوب الشهر الماضي في مدينة أروشا التنزانية.")
_OTHER_DAY = ("a", "صحيفة الضفة", "2024-08-10T10:00",
              "ويرفض المعارضون اتفاق الهدنة الذي وقع في أول يوليو بين الحكومة ومتمردي الجنوب في مدينة أروشا.")
_DAY = [
    ("b", "إذاعة السهل", "2024-08-10T11:00", "وينص اتفاق الهدنة الموقع في أروشا يوم 14 يوليو على انسحاب متمردي الجنوب من المدن."),
    ("c", "بوابة الوادي", "2024-08-11T08:00", "وكانت الحكومة ومتمردو الجنوب قد وقعوا اتفاق الهدنة في 14 يوليو برعاية تنزانية."),
    ("d", "نشرة الصباح", "2024-08-11T09:00", "ورحب الاتحاد الإفريقي باتفاق الهدنة الذي وقع يوم 14 يوليو في أروشا بين الطرفين."),
]


def _july(reports: list[tuple[str, str, str, str]]) -> pl.DataFrame:
    frame = pl.DataFrame([{"id": i, "source": s, "published": p, "text": t} for i, s, p, t in reports])
    return build_timeline(frame).events.filter(pl.col("start").dt.month() == 7)


def test_the_coarse_date_meets_the_day_most_reports_give() -> None:
    july = _july([_MONTH, _OTHER_DAY, *_DAY])
    cluster = dict(zip(july["article_id"], july["cluster"]))
    assert cluster["m"] == cluster["b"] == cluster["d"]
    assert cluster["a"] != cluster["m"]


def test_the_coarse_date_meets_the_one_day_it_links_to() -> None:
    july = _july([_MONTH, _OTHER_DAY])
    assert july["cluster"].n_unique() == 1
