"""What news45's reading of unseen kinds of news (a column of this day in history, forecasts, features on
the future, an obituary of a film-maker, a wheat tender, a court report) found (Arabic written for these
tests): the entries of a chronicle run on after a full stop and date what they tell, a weekday of a range
told again, and people or things of tomorrow."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 26, 10)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_an_entry_of_this_day_in_history_after_a_full_stop_is_headed_by_its_year() -> None:
    assert _found("1962- افتتاح أول جامعة في المدينة. 1971- غرق سفينة الركاب قرب الميناء.") == [
        ("1962", "1962"), ("1971", "1971")]
    assert _found("افتتاح الجسر الجديد. 1988 - انتخاب رئيس البلدية") == [("1988", "1988")]


def test_a_heading_year_before_1900_dates_its_entry() -> None:
    assert _found("1869 - افتتاح قناة السويس للملاحة") == [("1869", "1869")]
    assert _found("حصل على 1500 - ريال فقط") == []


def test_a_day_or_month_in_an_entry_is_of_its_year() -> None:
    assert _found("1974- توقيع اتفاق الهدنة الذي بدأت مفاوضاته في 18 يناير.") == [
        ("1974", "1974"), ("18 يناير", "1974-01-18")]
    assert _found("ذكرى الاستقلال. 1990- عودة الوفد الذي غادر البلاد في مارس بسبب الأزمة") == [
        ("1990", "1990"), ("مارس", "1990-03")]


def test_a_date_outside_an_entry_keeps_the_publication_year() -> None:
    assert _found("وفي عام 2008 زار الوزير المدينة، وعاد إليها في 18 يناير") == [
        ("عام 2008", "2008"), ("18 يناير", "2022-01-18")]
    assert _found("1990- عودة الوفد في مارس المقبل") == [("1990", "1990"), ("مارس المقبل", "2022-03")]


def test_a_day_before_a_full_stop_takes_no_year_of_the_next_entry() -> None:
    assert _found("1951 - تأميم شركة النفط التي أقر البرلمان قانونها في 15 مارس.\n1966- تشكيل حكومة جديدة") == [
        ("1951", "1951"), ("15 مارس", "1951-03-15"), ("1966", "1966")]
    assert _found("وبدأت المفاوضات في 15 مارس. 1966 كان عام الاتفاق") != [("15 مارس", "2022-03-15")]


def test_a_weekday_of_a_range_told_again_is_that_day() -> None:
    assert _found("وتشتد الحرارة يومي الأحد والاثنين إن شاء الله، وتظهر خرائط يوم الاثنين ارتفاعاً كبيراً") == [
        ("يومي الأحد والاثنين", "2022-01-30/2022-01-31"), ("يوم الاثنين", "2022-01-31")]  # alone: the 24th
    assert _found("ويتوقع أن تشتد الحرارة يومي الخميس والجمعة بإذن الله، وتظهر خرائط يوم الجمعة ارتفاعاً كبيراً") == [
        ("يومي الخميس والجمعة", "2022-01-27/2022-01-28"), ("يوم الجمعة", "2022-01-28")]
    assert _found("وأقيم المعرض يومي الأحد والاثنين، وزاره يوم الاثنين الوزير") == [
        ("يومي الأحد والاثنين", "2022-01-23/2022-01-24"), ("يوم الاثنين", "2022-01-24")]


def test_people_and_things_of_tomorrow_are_the_future() -> None:
    assert _found("وتهدف المبادرة إلى إعداد قادة الغد") == [("الغد", "FUTURE_REF")]
    assert _found("ويتعلم الطلاب مهارات وظائف الغد") == [("الغد", "FUTURE_REF")]
    assert _found("وتقام مباراة الغد على الملعب البلدي") == [("الغد", "2022-01-27")]
    assert _found("وسيناقش اجتماع الغد ميزانية الوزارة") == [("الغد", "2022-01-27")]


def test_a_season_of_a_year_with_its_gregorian_mark() -> None:
    assert _found("وافتتح الجسر في صيف عام 2019م بعد تأخير") == [("صيف عام 2019م", "2019-SU")]
    assert _found("وتوقفت المفاوضات منذ شتاء 2020 م") == [("منذ شتاء 2020 م", "2020-WI")]


def test_some_units_after_an_event_opening_with_alif_lam_nun_count_from_it() -> None:
    assert _found("وبعد عدة أشهر من الانتظار وصلت الشحنة") == [("بعد عدة أشهر", "PXM")]
    assert _found("وأعلنت اللجنة النتائج بعد أيام من الانتخابات") == [("بعد أيام", "PXD")]
    assert _found("وستعلن النتائج بعد أيام من الآن") == [("بعد أيام من الآن", "FUTURE_REF")]


def test_about_without_from() -> None:
    assert _found("وبني القصر قبل ما يقرب المائتي عام") == [("قبل ما يقرب المائتي عام", "1822")]
    assert _found("ويعود تاريخ المخطوطة إلى ما يقرب أربعة قرون") == [("ما يقرب أربعة قرون", "P400Y")]


def test_a_short_or_long_time_ago() -> None:
    assert _found("وكانت الشركة قد أعلنت قبل وقت قصير خطة جديدة") == [("قبل وقت قصير", "PAST_REF")]
    assert _found("ويعمل الفريق منذ وقت ليس بقصير على المشروع") == [("منذ وقت ليس بقصير", "PAST_REF")]


def test_a_relative_clause_told_in_the_present_is_out_of_a_past_cue() -> None:
    assert _found("وكان جدول الأعمال يشير إلى الاجتماعات التي تبدأ في 20 مارس") == [("20 مارس", "2022-03-20")]
    assert _found("وكان جدول الأعمال يشير إلى الاجتماعات التي بدأت في 20 مارس") == [("20 مارس", "2021-03-20")]
    assert _found("وكانت اللجنة قد زارت المدينة في مارس") == [("مارس", "2021-03")]
