"""The calendar week as Arabic news counts it: from Sunday (الأحد, "the first") to Saturday.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag
from timeline._types import ISO_WEEK, Week
from timeline.errors import LanguageDataError
from timeline.lexicon import _load_week, load_lexicon

SATURDAY = dt.datetime(2015, 8, 8, 10)
SUNDAY = dt.datetime(2015, 8, 9, 10)


def _only(text: str, published: dt.datetime) -> tuple[str, dt.date, dt.date]:
    (t,) = tag(text, published=published)
    assert t.interval is not None
    return t.value, t.interval[0].date(), t.interval[1].date()


def test_told_on_a_sunday_last_week_ended_yesterday_and_this_week_begins_today() -> None:
    assert _only("أغلقت السوق تداولات الأسبوع الماضي على ارتفاع", SUNDAY) == \
        ("2015-W32", dt.date(2015, 8, 2), dt.date(2015, 8, 9))
    assert _only("تنحسر موجة الحر هذا الأسبوع", SUNDAY) == ("2015-W33", dt.date(2015, 8, 9), dt.date(2015, 8, 16))


def test_told_on_a_saturday_next_week_begins_tomorrow() -> None:
    value, start, end = _only("يعقد المجلس جلسته مطلع الأسبوع المقبل", SATURDAY)
    assert value == "2015-W33" and start == dt.date(2015, 8, 9) and end <= dt.date(2015, 8, 12)
    assert _only("خاض الفريق مباراتين خلال الأسبوع الجاري", SATURDAY)[1:] == (dt.date(2015, 8, 2), dt.date(2015, 8, 9))


def test_the_weekend_holds_friday_to_sunday_so_no_reading_is_lost() -> None:
    assert _only("سافر الوزير في عطلة نهاية الأسبوع الماضي", dt.datetime(2015, 8, 11)) == \
        ("2015-W32-WE", dt.date(2015, 8, 7), dt.date(2015, 8, 10))


def test_a_weekday_of_a_week_keeps_the_iso_count_of_the_peer_suites() -> None:
    # Sunday is the one weekday the two counts put in different weeks
    assert _only("عاد الوفد يوم الأحد من الأسبوع الماضي", dt.datetime(2015, 8, 11))[1] == dt.date(2015, 8, 9)
    assert _only("عاد الوفد يوم الخميس من الأسبوع الماضي", dt.datetime(2015, 8, 11))[1] == dt.date(2015, 8, 6)


def test_the_week_is_language_data() -> None:
    assert load_lexicon("ar").week == Week(first=7, weekend=(5, 6, 7))
    assert ISO_WEEK.start(dt.date(2015, 8, 9)) == dt.date(2015, 8, 3)
    assert Week(first=7).start(dt.date(2015, 8, 9)) == dt.date(2015, 8, 9)
    for bad in ({"first_day": 0, "weekend": [5, 6]}, {"first_day": 7, "weekend": []},
                {"first_day": 7, "weekend": ["الجمعة"]}, {"first_day": True, "weekend": [6]}):
        with pytest.raises(LanguageDataError, match="week.yaml"):
            _load_week(bad)
