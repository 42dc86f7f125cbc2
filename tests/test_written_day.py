"""The day a piece was written, read off a deictic told with its weekday and date (today58)."""

from __future__ import annotations

from timeline import tag

PUB = "2015-08-06T01:04"  # a Thursday, printed just after midnight


def values(text: str, published: str = PUB) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_a_hijri_date_beside_today_says_the_day_written() -> None:
    # "اليوم الأربعاء 20/10/1436هـ" is Wednesday 5 August: the other bare deictics count from it
    assert values("أعلنت الهيئة اليوم نتائج التحقيق. وجرى التوقيع اليوم الأربعاء 20 / 10 / 1436هـ في مدينة أبها "
                  "بعد أن وصل الوفد أمس.") == [
        ("اليوم", "2015-08-05"), ("اليوم الأربعاء 20 / 10 / 1436هـ", "2015-08-05"), ("أمس", "2015-08-04")]


def test_a_hijri_date_of_the_publication_day_moves_nothing() -> None:
    assert values("أعلنت الهيئة اليوم نتائج التحقيق. وجرى التوقيع اليوم الخميس 21 / 10 / 1436هـ في مدينة أبها.") == [
        ("اليوم", "2015-08-06"), ("اليوم الخميس 21 / 10 / 1436هـ", "2015-08-06")]


def test_a_hijri_date_whose_weekday_disagrees_moves_nothing() -> None:
    found = values("أعلنت الهيئة اليوم نتائج التحقيق. وجرى التوقيع اليوم الأحد 20 / 10 / 1436هـ في مدينة أبها.")
    assert found[0] == ("اليوم", "2015-08-06")


TUESDAY = "2015-08-11T13:00"


def test_a_yesterday_with_the_weekday_before_moves_no_other_deictic() -> None:
    # "أمس (الأحد)" in Tuesday's paper is as often a mistyped "أول أمس": the bare "اليوم" stay
    text = ("وكان اللاعب قد غاب عن الرحلة أمس (الأحد) بسبب الإصابة. ويخوض الفريق اليوم حصته الأخيرة، "
            "وأجرى تدريبه أمس (الاثنين) على الملعب الرئيسي.")
    found = values(text, TUESDAY)
    assert ("اليوم", "2015-08-11") in found
