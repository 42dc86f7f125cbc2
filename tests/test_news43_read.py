"""What news43's reading of unseen kinds of news (obituaries, court reports, weather, schedules, religious
calendars) found, and review42b's two misreadings (Arabic written for these tests): a one-off act after a
sentence-opening "اليوم", a headline's weekday of a happening done, a family name told again alone, an
invocation of God's will after a date."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 26, 10)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_a_sitting_or_a_vote_after_a_sentence_opening_today_is_today() -> None:
    assert _found("وافقت اللجنة أمس على مسودة النظام الجديد للبلديات.\nاليوم يجتمع مجلس الشورى لمناقشة المسودة") == [
        ("أمس", "2022-01-25"), ("اليوم", "2022-01-26")]
    assert _found("مرت البلاد بسنوات صعبة من الخلاف.\nاليوم يصوت النواب على قانون الموازنة")[-1] == ("اليوم", "2022-01-26")


def test_a_state_after_a_sentence_opening_today_stays_nowadays() -> None:
    assert _found("كان الصيادون يبحرون بقوارب خشبية صغيرة.\nاليوم يعيش أغلبهم في المدينة")[-1] == ("اليوم", "PRESENT_REF")


def test_a_headline_weekday_after_a_death_or_a_killing_is_the_last_one() -> None:
    assert _found("مقتل ثلاثة حراس في هجوم على نقطة تفتيش.. الأحد") == [("الأحد", "2022-01-23")]
    assert _found("وفاة الشاعر الكبير في مستشفى العاصمة.. الاثنين") == [("الاثنين", "2022-01-24")]
    assert _found("قتل أربعة صيادين بانفجار لغم.. السبت") == [("السبت", "2022-01-22")]


def test_a_headline_weekday_of_an_announced_happening_is_still_ahead() -> None:
    assert _found("افتتاح معرض الخط العربي في الدمام.. الأحد") == [("الأحد", "2022-01-30")]
    assert _found("الأمم المتحدة: الاثنين تبدأ جولة جديدة من المحادثات") == [("الاثنين", "2022-01-31")]


def test_a_family_name_told_again_alone_is_no_weekday() -> None:
    text = ("وأوضح مدير الجمعية سعد الخميس أن الدورات مجانية للأعضاء. وأعلن الخميس أن التسجيل مفتوح، "
            "وكشف الخميس، عن برامج للأطفال")
    assert _found(text) == []


def test_a_weekday_after_a_family_name_of_its_own_still_dates() -> None:
    text = "وأوضح مدير الجمعية سعد الخميس أن الدورات تختتم مساء الخميس المقبل"
    assert _found(text) == [("مساء الخميس المقبل", "2022-01-27TEV")]
    assert _found("وقال سعد الخميس إن الحفل أقيم في الخميس الماضي") == [("الخميس الماضي", "2022-01-20")]
    assert _found("وقال سعد الخميس إن الحفل أقيم يوم الخميس") == [("يوم الخميس", "2022-01-20")]


def test_a_hijri_month_after_a_given_name_is_a_family_name() -> None:
    assert _found("وقال خبير الطقس عيسى رمضان إن الحرارة ترتفع") == []


def test_an_invocation_after_a_weekday_tells_it_to_come() -> None:
    assert _found("وقد تصل الحرارة إلى خمسين درجة يوم الأحد إن شاء الله") == [("يوم الأحد", "2022-01-30")]
    assert _found("وقال الخبير إن موجة باردة، يومي الأحد والاثنين، متوقعة بإذن الله") == [
        ("يومي الأحد والاثنين", "2022-01-30/2022-01-31")]


def test_a_weekday_far_from_an_invocation_keeps_its_past() -> None:
    assert _found("هطلت الأمطار الأحد على المنطقة الشرقية، وتستمر حتى نهاية الأسبوع بإذن الله")[0] == ("الأحد", "2022-01-23")
