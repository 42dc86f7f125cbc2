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


def test_plural_units_with_no_article_before_or_to_come() -> None:
    assert _found("وسبق أن تعاملت الهيئة مع حالات مماثلة في سنوات سابقة") == [("سنوات سابقة", "PAST_REF")]
    assert _found("ويكفي المخزون لأشهر قادمة") == [("أشهر قادمة", "FUTURE_REF")]


def test_counted_units_before_an_adjective_stay_an_amount() -> None:
    assert _found("ووقع اللاعب عقداً لمدة ثلاث سنوات قادمة") == [("لمدة ثلاث سنوات", "P3Y")]
    assert _found("ولا تزال هناك عقود سابقة لم تنفذ") == []


def test_a_range_of_weekdays_opening_on_the_day_told_opens_today() -> None:
    text = "وتغطي السحب سماء المنطقة اليوم وتمتد إلى الساحل يومي الأربعاء والخميس"
    assert _found(text)[-1] == ("يومي الأربعاء والخميس", "2022-01-26/2022-01-27")
    assert _found("ويستمر المعرض من الأربعاء إلى الجمعة") == [("من الأربعاء إلى الجمعة", "2022-01-26/2022-01-28")]


def test_a_range_of_weekdays_opening_on_the_day_told_done_is_last_week() -> None:
    assert _found("أقيم المهرجان يومي الأربعاء والخميس في الحديقة") == [("يومي الأربعاء والخميس", "2022-01-19/2022-01-20")]


def test_the_small_hours_of_a_night_told_are_the_next_day() -> None:
    text = "وخرج الحارس ليلة الخميس، وفي حدود الساعة الواحدة إلا ربعاً سمع صوت الانفجار"
    assert _found(text) == [("ليلة الخميس", "2022-01-20TNI"), ("الساعة الواحدة إلا ربعاً", "2022-01-21T00:45")]
    assert _found("ووقع الحادث ليلة الأحد، وعند الساعة الثالثة فجراً وصلت فرق الإنقاذ")[-1] == (
        "عند الساعة الثالثة فجراً", "2022-01-24T03")


def test_a_bare_hour_after_an_evening_stays_that_afternoon() -> None:
    text = "ويستقبل النادي الناشئين من السادسة حتى الثامنة من مساء يوم الاثنين، وفي الساعة الرابعة يستقبل الشباب"
    assert ("الساعة الرابعة", "2022-01-24T04") not in _found(text)


def test_a_range_of_days_of_every_year_is_a_set() -> None:
    assert _found("ويكثر الجراد في المنطقة ما بين 5 مارس و20 أبريل من كل عام") == [
        ("بين 5 مارس و20 أبريل من كل عام", "XXXX-03-05/XXXX-04-20")]
    assert _found("وتغلق المدارس بين يونيو وأغسطس من كل عام") == [("بين يونيو وأغسطس من كل عام", "XXXX-06/XXXX-08")]


def test_a_range_of_this_years_days_stays_dated() -> None:
    assert _found("وأقيم المعرض من 5 إلى 9 يناير")[0] == ("من 5 إلى 9 يناير", "2022-01-05/2022-01-09")
