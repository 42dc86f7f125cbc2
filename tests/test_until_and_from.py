"""Beside another date of its clause, a date after "until" ends a span or sets a deadline, and
the date of the amount a change started from (من + a figure) dates nothing: the other date is the
happening's. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_until_after_a_start_ends_the_span() -> None:
    assert _dated("وبدأ الفريق أمس معسكرا في النمسا يستمر حتى 20 أغسطس الجاري.") == [("أمس", "2015-08-05")]
    assert [e for e, _ in _dated("ويشهد مسرح المدينة، الليلة وحتى السبت، عرض مسرحية عن البطالة.")] == ["الليلة"]


def test_until_after_the_day_of_a_renewal_is_the_contract_end() -> None:
    assert _dated("وجدد النادي اليوم الخميس عقد حارسه حتى عام 2018.") == [("اليوم الخميس", "2015-08-06")]


def test_until_alone_stays() -> None:
    assert _dated("وظل الطريق مغلقا حتى مساء أمس.") != []


def test_until_before_the_other_date_stays() -> None:
    dated = _dated("وبقي المعتقلون في السجن حتى الأحد الماضي ثم أفرج عنهم في 5 أغسطس.")
    assert ("حتى الأحد الماضي", "2015-08-02") in dated or any(v == "2015-08-02" for _, v in dated)


def test_the_date_a_change_started_from_dates_nothing() -> None:
    assert _dated("وارتفعت الصادرات إلى 40 مليار ريال في 2014 من تسعة مليارات في 2009.") == [("2014", "2014")]
    assert _dated("وتراجع عدد الزوار من 120 ألفا عام 2012 إلى 90 ألفا عام 2014.") == [("عام 2014", "2014")]
    assert _dated("وتستوعب المحطة 300 شاحنة عام 2020 بدلا من 80 شاحنة عام 2013.") == [("عام 2020", "2020")]


def test_more_than_a_figure_is_no_start() -> None:
    dated = _dated("وهبطت الأسهم أكثر من 2% يوم الاثنين بعد أن ارتفعت في يوليو.")
    assert ("يوم الاثنين", "2015-08-03") in dated


def test_a_span_from_one_day_to_another_stays() -> None:
    assert _dated("وتقام الدورة في الفترة من 9 أغسطس إلى 14 أغسطس.") != []


def test_a_from_written_with_a_vowel_or_a_tatweel_is_still_from() -> None:
    # the "from" (changed_from) is read folded: a kasra or a tatweel in it changes nothing
    for written in ("مِن", "مـن"):
        text = f"وارتفع إنتاج المصنع إلى 100 ألف طن عام 2014 {written} 55 ألف طن عام 1998."
        assert _dated(text) == [("عام 2014", "2014")], written
