"""A futures contract's delivery month names the contract, not the day's trading.

Arabic written for these tests (market copy's shape: عقود … تسليم <month>).
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_the_delivery_month_dates_nothing() -> None:
    assert _dated("وتراجعت عقود النفط الخام تسليم أكتوبر 40 سنتا إلى 48 دولارا للبرميل.") == []
    assert _dated("وارتفعت عقود الذهب لتسليم ديسمبر 0.3 بالمئة.") == []


def test_the_trading_day_told_beside_it_dates_the_clause() -> None:
    assert _dated("وتراجعت عقود النفط الخام تسليم أكتوبر 40 سنتا أمس.") == [("أمس", "2015-08-05")]


def test_the_day_of_the_low_in_a_relative_clause_dates_no_rise() -> None:
    # the contract month and the low's day (a relative clause): the rise itself is not dated
    assert _dated("وصعدت عقود الخام تسليم أكتوبر 30 سنتا متعافية من أدنى مستوى الذي سجلته الإثنين الماضي.") == []


def test_a_delivery_told_two_words_before_its_day_is_dated() -> None:
    # only the word right before: here the jets were delivered on that Friday
    assert _dated("أعلنت واشنطن عن تسليم القاهرة الجمعة الماضية ثماني طائرات.") == [
        ("الجمعة الماضية", "2015-07-31")]


def test_the_month_a_salary_is_for_dates_nothing() -> None:
    # the payment is today; May is the month the salary is for
    assert _dated("وتودع إدارة النادي اليوم راتب شهر مايو للاعبين.") == [("اليوم", "2015-08-06")]
    assert _dated("وسيتم تسديد شهر يونيو للموظفين قريبا.") == []


def test_a_delivery_dated_right_after_the_word_is_dated() -> None:
    # only a month after تسليم names a contract: a day or yesterday is when the delivery happened
    assert _dated("ونُفّذ تسليم أمس 40 حافلة للبلدية.") == [("أمس", "2015-08-05")]
    assert _dated("وجرى تسليم الاثنين الماضي عشر مركبات إطفاء.") == [("الاثنين الماضي", "2015-08-03")]
