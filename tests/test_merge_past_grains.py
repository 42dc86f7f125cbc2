"""A past happening told as background by several outlets, each with its own grain (the day,
the month, the year) and its own details, ends in one entry: links between finer dates are
taken first, so a month's mention meets the day's entry before the year's mentions grow apart
from it (issue 6 item 1, merge21). Two happenings of one class on one day by one port stay
apart, the month's mention with the one it tells.
Arabic written for these tests."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

DAY_A = ("وكانت سفينة الأبحاث «الموجة» قد اختفت في 14 فبراير 2024 وعلى متنها 31 بحارا بعد ساعتين "
         "من إبحارها من ميناء الصخيرات متجهة إلى الجزر الجنوبية.")
DAY_B = ("واختفت السفينة في 14 فبراير 2024 وعلى متنها 31 بحارا بعد ساعتين تقريبا من مغادرتها "
         "ميناء الصخيرات.")
MONTH = ("وكانت سفينة معهد علوم البحار ورقم تسجيلها ص.م 17 قد اختفت في فبراير العام الماضي وهي في "
         "طريقها من الصخيرات إلى الجزر الجنوبية وعلى متنها 31 بحارا.")
YEAR = "وهي من طراز سفينة معهد علوم البحار رقم (ص.م 17) التي اختفت العام الماضي."
OTHER_DAY = ("وكان قارب صيد قد اختفى في 14 فبراير 2024 قرب ميناء الصخيرات وعلى متنه أربعة صيادين "
             "خرجوا فجرا.")
OTHER_DAY_B = "واختفى قارب الصيد في 14 فبراير 2024 وعلى متنه أربعة صيادين قرب ميناء الصخيرات."


def _rows(texts: dict[str, str]) -> list[tuple[str, str, str, int]]:
    """Each told event's (article, clause, grain, entry); each article its own outlet."""
    articles = [{"id": k, "source": f"outlet-{k}", "published": "2025-03-10T09:00", "text": t}
                for k, t in texts.items()]
    events = build_timeline(pl.DataFrame(articles)).events
    return list(zip(events["article_id"], events["clause"], events["grain"], events["cluster"]))


def _entry(rows: list[tuple[str, str, str, int]], article: str) -> int:
    found = {entry for art, _, _, entry in rows if art == article}
    assert len(found) == 1, (article, rows)
    return found.pop()


def test_a_past_happening_told_at_three_grains_is_one_entry() -> None:
    rows = _rows({"d1": DAY_A, "d2": DAY_B, "m1": MONTH, "y1": YEAR, "y2": YEAR})
    assert {art: g for art, _, g, _ in rows} == {"d1": "day", "d2": "day", "m1": "month", "y1": "year",
                                                 "y2": "year"}
    assert len({_entry(rows, art) for art in ("d1", "d2", "m1", "y1", "y2")}) == 1, rows


def test_two_happenings_of_one_class_on_one_day_by_one_port_stay_apart() -> None:
    rows = _rows({"d1": DAY_A, "d2": DAY_B, "m1": MONTH, "o1": OTHER_DAY, "o2": OTHER_DAY_B})
    assert _entry(rows, "d1") == _entry(rows, "d2") == _entry(rows, "m1")
    assert _entry(rows, "o1") == _entry(rows, "o2")
    assert _entry(rows, "o1") != _entry(rows, "d1")
