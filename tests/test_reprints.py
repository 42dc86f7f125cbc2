"""A reprint's dates counted from the writer's day: a sentence another outlet published word for
word on an earlier day keeps that first copy's «أمس»، «اليوم»، «الأسبوع الماضي» (:mod:`timeline.reprints`).
Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline import build_timeline
from timeline.reprints import MAX_GAP, date_reprints

_WIRE = ("وقالت هيئة الموانئ في بيان وزعته أمس إن الرافعات الجديدة في الرصيف الشمالي ستدخل الخدمة "
         "بعد انتهاء اختبارات السلامة التي يجريها فريق من المهندسين.")
_WEEK = ("وكانت لجنة التحكيم قد أعلنت الأسبوع الماضي أسماء الروايات العشر التي بلغت القائمة الطويلة "
         "للجائزة بعد قراءة أكثر من مئتي عمل.")


def _dates(articles: list[tuple[str, str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, expression) → (value, anchor), built from (id, published, text) rows."""
    frame = build_timeline(pl.DataFrame([{"id": i, "published": p, "text": t, "source": f"s{i}"}
                                         for i, p, t in articles]), merge=False).events
    return {(a, x): (v, n) for a, x, v, n in frame.select("article_id", "expr", "value", "anchor").iter_rows()}


def test_a_reprint_a_day_later_keeps_the_first_copys_yesterday() -> None:
    found = _dates([("wire", "2024-03-05T18:00", _WIRE), ("daily", "2024-03-06T20:30", _WIRE)])
    assert found[("wire", "أمس")] == ("2024-03-04", "published")
    assert found[("daily", "أمس")] == ("2024-03-04", "copy:wire")


def test_last_week_in_a_reprint_two_days_on_is_the_writers_week() -> None:
    found = _dates([("first", "2024-03-09T10:00", _WEEK), ("weekly", "2024-03-11T09:00", _WEEK)])
    assert found[("first", "الأسبوع الماضي")][0] == "2024-W09"
    assert found[("weekly", "الأسبوع الماضي")] == ("2024-W09", "copy:first")


def test_earliest_copy_wins_and_every_copy_gets_one_date() -> None:
    found = _dates([("late", "2024-03-07T08:00", _WIRE), ("first", "2024-03-05T18:00", _WIRE),
                    ("next", "2024-03-06T20:30", _WIRE)])
    assert {found[(a, "أمس")][0] for a in ("first", "next", "late")} == {"2024-03-04"}
    assert found[("late", "أمس")][1] == found[("next", "أمس")][1] == "copy:first"


def test_a_stock_phrase_is_no_copy() -> None:
    short = "وارتفع المؤشر العام اليوم بنسبة طفيفة."
    found = _dates([("mon", "2024-03-04T16:00", short), ("tue", "2024-03-05T16:00", short)])
    assert found[("mon", "اليوم")] == ("2024-03-04", "published")
    assert found[("tue", "اليوم")] == ("2024-03-05", "published")


def test_the_same_sentence_a_week_on_is_another_days() -> None:
    weekly = ("وعقد المجلس البلدي جلسته الاعتيادية بعد ظهر اليوم في مقره بالمدينة برئاسة نائب الرئيس "
              "وبحضور الأعضاء ومديري الإدارات المعنية.")
    found = _dates([("w1", "2024-03-04T19:00", weekly), ("w2", "2024-03-11T19:00", weekly)])
    assert found[("w2", "بعد ظهر اليوم")][0].startswith("2024-03-11")
    assert found[("w2", "بعد ظهر اليوم")][1] == "published"


def test_the_same_day_and_other_sentences_stay() -> None:
    own = "وأضاف المتحدث صباح اليوم أن العمل في الرصيف لن يتوقف خلال الاختبارات."
    found = _dates([("a", "2024-03-05T09:00", _WIRE), ("b", "2024-03-05T21:00", _WIRE + " " + own)])
    assert found[("b", "أمس")] == ("2024-03-04", "published")  # the same day: nothing to re-count
    found = _dates([("a", "2024-03-05T09:00", _WIRE), ("b", "2024-03-06T21:00", own + " " + _WIRE)])
    assert found[("b", "أمس")] == ("2024-03-04", "copy:a")
    assert found[("b", "صباح اليوم")] == ("2024-03-06TMO", "published")  # its own sentence: its own day


def test_an_absolute_date_is_never_re_counted() -> None:
    text = ("وأكدت الوزارة أن باب التسجيل في البرنامج التدريبي يفتح في 12 مارس 2024 ويستمر أسبوعين "
            "لجميع المتقدمين من خريجي الجامعات.")
    found = _dates([("a", "2024-03-01T09:00", text), ("b", "2024-03-03T09:00", text)])
    assert found[("a", "12 مارس 2024")] == found[("b", "12 مارس 2024")] == ("2024-03-12", "none")


def test_an_events_frame_without_copies_is_returned_as_it_is() -> None:
    frame = build_timeline(pl.DataFrame([{"id": "x", "published": "2024-03-05T09:00", "text": _WIRE}]),
                           merge=False).events
    assert date_reprints(frame) is frame
    assert date_reprints(frame.head(0)).height == 0
    assert dt.timedelta(days=7) > MAX_GAP


def test_each_copy_counts_from_the_earliest_copy_within_reach() -> None:
    found = _dates([("a", "2024-03-05T18:00", _WIRE), ("b", "2024-03-06T20:30", _WIRE),
                    ("a2", "2025-03-05T18:00", _WIRE), ("b2", "2025-03-06T20:30", _WIRE)])
    assert found[("b", "أمس")] == ("2024-03-04", "copy:a")
    assert found[("a2", "أمس")] == ("2025-03-04", "published")  # a year on: no copy of a
    assert found[("b2", "أمس")] == ("2025-03-04", "copy:a2")


_TWICE = ("وأعلن اتحاد كرة اليد الأحد أن المباراة النهائية للبطولة المحلية ستقام الأحد في الصالة المغطاة "
          "بحضور الجمهور بعد رفع القيود.")


def _alone(article: str, published: str, text: str) -> pl.DataFrame:
    """The events of one article built alone (no copy to re-count from)."""
    return build_timeline(pl.DataFrame([{"id": article, "published": published, "text": text, "source": article}]),
                          merge=False).events


def test_an_expression_twice_pairs_by_its_place_in_the_sentence_not_by_its_events() -> None:
    first = _alone("first", "2024-03-08T10:00", _TWICE)  # a Friday: «الأحد» the 3rd, then «ستقام الأحد» the 10th
    again = _alone("again", "2024-03-11T10:00", _TWICE)  # a Monday: the 10th, then the 17th
    assert first["value"].to_list() == ["2024-03-03", "2024-03-10"]
    assert again["value"].to_list() == ["2024-03-10", "2024-03-17"]
    both = date_reprints(pl.concat([first, again]))
    assert both.filter(pl.col("article_id") == "again")["value"].to_list() == ["2024-03-03", "2024-03-10"]
    # the reprint's first «الأحد» dates no event (as a dateline may not): its second still takes the second's day
    alone = date_reprints(pl.concat([first, again.slice(1)]))
    assert alone.filter(pl.col("article_id") == "again").select("value", "anchor").row(0) == ("2024-03-10",
                                                                                               "copy:first")
    # and the first copy's first dates none: the reprint's first has nothing to pair with
    gone = date_reprints(pl.concat([first.slice(1), again]))
    assert gone.filter(pl.col("article_id") == "again").select("value", "anchor").rows() == [
        ("2024-03-10", "published"), ("2024-03-10", "copy:first")]
