"""What news46's reading of unseen kinds of news (an interview of a singer, market reports, a columnist's
memoir, an airport's complaint, a ban with its exceptions) found (Arabic written for these tests): «ما يزيد
على» opens an amount, an amount counted from an event keeps its bound, two seasons joined by و are any
year's, what one "is upon" today is the present, and a weekday left out of a rule is every such day."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 26, 10)  # a Wednesday


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, TOLD)]


def test_more_than_opens_an_amount() -> None:
    assert _found("وظل الطريق مغلقاً ما يزيد على عام") == [("ما يزيد على عام", "P1Y", "MORE_THAN")]
    assert _found("وعمل المهندس في الشركة لما يزيد عن عشرين عاماً") == [
        ("ما يزيد عن عشرين عاماً", "P20Y", "MORE_THAN")]
    assert _found("وحضر الحفل ما يزيد على 500 شخص") == []


def test_an_amount_counted_from_an_event_keeps_its_bound() -> None:
    assert _found("وعاد الهدوء بعد أقل من ساعة على اندلاع الحريق") == [("بعد أقل من ساعة", "PT1H", "LESS_THAN")]
    assert _found("ووقع الاتفاق بعد أكثر من عامين من المفاوضات") == [("بعد أكثر من عامين", "P2Y", "MORE_THAN")]
    assert _found("وانطلقت القافلة بعد نحو أسبوع من وصول المساعدات") == [("بعد نحو أسبوع", "P1W", "APPROX")]


def test_about_after_the_amount_is_kept_with_a_direction() -> None:
    assert _found("وقد غادر الوفد قبل ثلاثة أيام تقريباً") == [("قبل ثلاثة أيام تقريباً", "2022-01-23", "APPROX")]
    assert _found("وصل الوفد قبل ثلاثة أيام") == [("قبل ثلاثة أيام", "2022-01-23", None)]


def test_two_seasons_joined_are_any_years() -> None:
    assert _found("ويزور الصيادون البحيرة في الخريف والشتاء") == [
        ("الخريف", "XXXX-FA", None), ("الشتاء", "XXXX-WI", None)]
    assert _found("وزار الوفد المدينة في صيف 2019 وشتاء 2020") == [
        ("صيف 2019", "2019-SU", None), ("شتاء 2020", "2020-WI", None)]
    assert _found("وتنتهي أعمال الصيانة في الشتاء المقبل") == [("الشتاء المقبل", "2022-WI", None)]


def test_what_one_is_upon_today_is_the_present() -> None:
    assert _found("وأنا فخور بما نحن عليه اليوم") == [("اليوم", "PRESENT_REF", None)]
    assert _found("وتغيرت المدينة حتى صارت إلى الشكل الذي هي عليه اليوم") == [("اليوم", "PRESENT_REF", None)]
    assert _found("وقد حكم القاضي عليه اليوم بالسجن") == [("اليوم", "2022-01-26", None)]


def test_a_weekday_left_out_is_every_such_day() -> None:
    assert _found("وتعمل العيادة طوال الأسبوع عدا الجمعة") == [
        ("طوال الأسبوع", "P1W", None), ("الجمعة", "XXXX-WXX-5", None)]
    assert _found("ويمنع الصيد باستثناء يوم السبت") == [("يوم السبت", "XXXX-WXX-6", None)]
    assert _found("وتغلق المحال أبوابها باستثناء الجمعة المقبلة") == [("الجمعة المقبلة", "2022-01-28", None)]


def test_our_time_told_with_a_word_of_now_is_the_present() -> None:
    assert _found("وما زال الحرفيون يصنعون السيوف حتى زمننا الحاضر") == [("زمننا الحاضر", "PRESENT_REF", None)]
    assert _found("وقلّ من يقرأ الصحف الورقية في أيامنا الحالية") == [("أيامنا الحالية", "PRESENT_REF", None)]
    assert _found("وتعد القراءة نادرة في عصرنا هذا") == [("عصرنا هذا", "PRESENT_REF", None)]


def test_the_day_of_a_daily_habit_is_not_today() -> None:
    assert _found("ويعمل الحارس ثماني ساعات يومياً ويرتاح خلال اليوم مرتين") == [
        ("ثماني ساعات", "PT8H", None), ("يومياً", "P1D", None)]
    assert _found("ويقطع المزارع الحقل كل يوم فينسى تعب اليوم") == [("كل يوم", "P1D", None)]
    assert _found("وشهدت المدينة خلال اليوم أمطاراً ستتكرر يومياً") == [
        ("اليوم", "2022-01-26", None), ("يومياً", "P1D", None)]
