"""Late at night runs past midnight: the night's late hours keep the night's grain and their
interval reaches the next morning (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag


def _one(text: str, published: str = "2015-08-10T10:00") -> tuple[str, str, tuple[dt.datetime, dt.datetime]]:
    found = tag(text, published)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.value, t.interval


def test_late_in_a_named_night_reaches_the_next_morning() -> None:
    text, value, interval = _one("واندلعت اشتباكات عنيفة في وقت متأخر من ليل السبت قرب الحدود.")
    assert (text, value) == ("وقت متأخر من ليل السبت", "2015-08-08TNI")
    assert interval == (dt.datetime(2015, 8, 8, 22), dt.datetime(2015, 8, 9, 5))


def test_late_last_night_and_the_end_of_the_night() -> None:
    assert _one("وقصفت المدفعية القرية في ساعة متأخرة من ليل أمس.")[2] == (
        dt.datetime(2015, 8, 9, 22), dt.datetime(2015, 8, 10, 5))
    # a forecast in the present told at ten: tonight's, whose end is tomorrow morning
    assert _one("وتنخفض الحرارة في آخر الليل على السواحل.")[2][1] == dt.datetime(2015, 8, 11, 5)
    assert _one("وانخفضت الحرارة في آخر الليل على السواحل.")[2][1] == dt.datetime(2015, 8, 10, 5)


def test_a_late_evening_still_ends_at_midnight() -> None:
    # the evening is not the night: its late half ends the day
    assert _one("وقع الحادث في وقت متأخر من مساء أمس.")[2] == (dt.datetime(2015, 8, 9, 21), dt.datetime(2015, 8, 10))
