"""The Hijri calendar's two seams, where the Umm al-Qura table (1343–1500 AH) meets the
arithmetic one: every Gregorian day has one Hijri day and back (review58)."""

import datetime as dt

from timeline.calendars import gregorian_to_hijri, hijri_month_length, hijri_to_gregorian


def test_the_last_month_of_the_table_has_its_own_length():
    # Dhu al-Hijja 1500 starts on Umm al-Qura's day and runs 30 days: its 30th exists
    # (2077-11-16 was read as 30 Dhu al-Hijja 1500 but could not be written back)
    assert hijri_month_length(1500, 12) == 30
    assert hijri_to_gregorian(1500, 12, 30) == dt.date(2077, 11, 16)
    assert gregorian_to_hijri(dt.date(2077, 11, 16)) == (1500, 12, 30)
    assert hijri_to_gregorian(1501, 1, 1) == dt.date(2077, 11, 17)


def test_days_round_trip_across_the_end_of_the_table():
    day = dt.date(2077, 9, 1)
    while day < dt.date(2078, 2, 1):
        assert hijri_to_gregorian(*gregorian_to_hijri(day)) == day
        day += dt.timedelta(days=1)
    for year in (1500, 1501):
        for month in range(1, 13):
            last = hijri_to_gregorian(year, month, hijri_month_length(year, month))
            assert gregorian_to_hijri(last) == (year, month, hijri_month_length(year, month))
