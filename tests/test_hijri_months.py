"""A text that counts in Hijri months (it names a day or a month of the Hijri month under way or the next
one, in the Hijri calendar, not as a gloss of a Gregorian date) counts "the month under way" and "next
month" in Hijri too (period47, ``Told.hijri_months``). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline import tag


def _read(text: str, published: str, expression: str) -> tuple[str, dt.date, dt.date]:
    """(value, first day, day after) of ``expression`` in ``text`` told on ``published``."""
    found = [t for t in tag(text, published) if t.text == expression]
    assert found, [t.text for t in tag(text, published)]
    t = found[0]
    assert t.interval is not None
    return t.value, t.interval[0].date(), t.interval[1].date()


def test_the_end_of_the_month_under_way_is_the_hijri_one() -> None:
    # told on 23 Shawwal 1436 (8 August 2015): the end of Shawwal, 15 August, not of August
    value, _, end = _read("وأعلنت الجوازات تمديد المهلة حتى 30 شوال الجاري، على أن تغلق المكاتب بنهاية الشهر الحالي.",
                          "2015-08-08", "نهاية الشهر الحالي")
    assert value == "2015-07-17/2015-08-15" and end == dt.date(2015, 8, 16)


def test_next_month_is_the_next_hijri_one_even_named_after_it() -> None:
    # the Hijri date told after it: Dhu al-Qa'da begins on 16 August 2015
    _, start, _ = _read("وتنطلق المرحلة الأولى مطلع الشهر القادم، إذ يبدأ قيد الناخبين يوم الأحد 1/11/1436هـ.",
                        "2015-08-03", "مطلع الشهر القادم")
    assert start == dt.date(2015, 8, 16)


def test_a_dateline_gloss_or_a_past_hijri_month_leaves_the_gregorian_month() -> None:
    # a Hijri date glossed by its Gregorian one (a wire dateline): the text counts in Gregorian months
    assert _read("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nوتنطلق البطولة الشهر المقبل في جدة.",
                 "2015-08-10", "الشهر المقبل")[0] == "2015-09"
    # a Hijri month gone by says nothing of the month under way
    assert _read("وأقيم المهرجان في رمضان الماضي، ويعود الشهر المقبل بنسخة جديدة.", "2015-08-10",
                 "الشهر المقبل")[0] == "2015-09"


def test_a_day_of_the_month_under_way_stays_gregorian() -> None:
    # told on 17 Shawwal: the 15th of Shawwal is gone, the coming one is 15 August
    assert _read("وينطلق الدوري يوم 6 ذي القعدة، فيما تنطلق الكأس يوم 15 من الشهر الحالي.", "2015-08-02T23:41",
                 "يوم 15 من الشهر الحالي")[0] == "2015-08-15"


def test_a_text_naming_gregorian_months_keeps_them() -> None:
    # a coming day glossed by its Hijri date, in a text that names Gregorian months: next month is March
    text = ("وكانت اللجنة قد حددت موعد الافتتاح في 3 شباط/فبراير، وسيوقع الطرفان الأحد المقبل، الموافق الأول من شعبان "
            "1445 هـ، الاتفاقية. ومن المقرر أن تجتمع اللجنة الشهر المقبل.")
    assert _read(text, "2024-02-05T12:00", "الشهر المقبل")[0] == "2024-03"
