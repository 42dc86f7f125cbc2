"""What news41's reading of unseen outlets and sections found (Arabic written for these tests): a
Hijri month before a year marked م, a feminine ordinal that ranks the word before it, "عدة" after a
plural unit, a day and month told again with the year they were told with first."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 25, 10)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_a_hijri_month_before_a_year_marked_gregorian_stays_hijri() -> None:
    assert _found("وعرضت القناة المسلسل في رمضان 2021م وحقق نجاحاً") == [("رمضان 2021م", "2021-04-13/2021-05-12")]
    assert _found("ويصوم أهل القرية شهر رمضان عام 2020م كله") == [("شهر رمضان عام 2020م", "2020-04-24/2020-05-23")]


def test_a_gregorian_month_keeps_its_mark() -> None:
    assert _found("وتراجعت المبيعات في مارس 2021م بنسبة كبيرة") == [("مارس 2021م", "2021-03")]


def test_an_ordinal_after_a_noun_with_a_pronoun_is_its_rank() -> None:
    assert _found("وينطلق المهرجان في دورته السابعة مساء غد") == [("مساء غد", "2022-01-26TEV")]


def test_an_ordinal_after_an_adjective_of_relation_is_its_rank() -> None:
    assert _found("ويلعب المنتخب مواجهته التجريبية الرابعة مساء اليوم") == [("مساء اليوم", "2022-01-25TEV")]


def test_an_hour_after_a_place_or_a_short_noun_stays_an_hour() -> None:
    assert _found("وهبطت الطائرة بجدة الخامسة فجراً") == [("الخامسة فجراً", "2022-01-25T05")]
    assert _found("وعاد المسافر إلى بيته العاشرة مساء أمس") == [("العاشرة مساء أمس", "2022-01-24T22")]


def test_several_after_a_plural_unit() -> None:
    assert _found("وتوقفت الرحلات منذ أسابيع عدة بسبب العاصفة") == [("منذ أسابيع عدة", "PAST_REF")]
    assert _found("وبقي الجرحى في الشارع ساعات عدة") == [("ساعات عدة", "PTXH")]


def test_a_day_told_again_takes_the_year_it_was_told_with() -> None:
    text = ("وامتد الإضراب من 2 مارس 2019 حتى 20 أبريل من العام نفسه.\nوقالت النقابة إن مطالبها لم تتحقق.\n"
            "وأنهت الشرطة الإضراب يوم 20 أبريل بالقوة")
    assert _found(text)[-1] == ("يوم 20 أبريل", "2019-04-20")
    assert _found("وولد الشاعر في 9 مايو 1950، وفي 9 مايو من كل عام يحتفل أهله")[0] == ("9 مايو 1950", "1950-05-09")


def test_a_chronology_line_is_dated_on_its_own() -> None:
    text = "وسقطت الحكومة في 5 يناير 2019.\n- 5 يناير: الرئيس يستقبل الوزراء"
    assert _found(text)[-1] == ("5 يناير", "2022-01-05")


def test_a_time_word_in_a_quoted_title_is_no_time() -> None:
    assert _found("وصدرت روايته \"ربيع الأمس\" في طبعة جديدة") == []
    assert _found("وتعرض القناة برنامج “مساء الجمعة” منذ سنوات") == [("منذ سنوات", "PAST_REF")]


def test_a_quoted_title_with_a_year_keeps_it() -> None:
    assert _found("وتنظم الجمعية معرض «كتاب 2021» في مارس المقبل") == [("2021", "2021"), ("مارس المقبل", "2022-03")]


def test_a_quoted_saying_keeps_its_times() -> None:
    assert _found("وقال المدير: «نبدأ العمل يوم الأحد»") == [("يوم الأحد", "2022-01-23")]


def test_tonight_told_in_the_past_before_night_is_last_night() -> None:
    told = dt.datetime(2022, 1, 25, 15)
    assert [(t.text, t.value) for t in tag("وقالت الوزارة إن المخطوف جرى إطلاقه الليلة", told)] == [
        ("الليلة", "2022-01-24TNI")]


def test_tonight_told_ahead_or_at_night_is_tonight() -> None:
    assert [(t.text, t.value) for t in tag("ويلتقي الفريقان الليلة في العاصمة", dt.datetime(2022, 1, 25, 15))] == [
        ("الليلة", "2022-01-25TNI")]
    assert [(t.text, t.value) for t in tag("وقالت الوزارة إن المخطوف جرى إطلاقه الليلة", dt.datetime(2022, 1, 25, 23))] == [
        ("الليلة", "2022-01-25TNI")]
