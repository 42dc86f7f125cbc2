"""What news42's reading of unseen sections (sport, economy, culture, local, opinion) found (Arabic
written for these tests): hours after every weekday or every week, a quarter before "من حيث", a range
of ages after سن/عمر, "ما بعد المقبل", "تم" telling the past before "لاحقاً"."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 25, 10)  # a Tuesday


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, TOLD)]


def test_hours_after_every_weekday_are_of_each_such_day() -> None:
    found = _found("وتفتح السوق الشعبية كل يوم جمعة وسبت من بعد صلاة المغرب حتى الحادية عشرة ليلا")
    assert found[0] == ("كل يوم جمعة", "XXXX-WXX-5", None)
    assert found[-1][1].startswith("XXXX-XX-XXT")


def test_hours_after_every_week_are_of_no_one_day() -> None:
    assert _found("ويجتمع أعضاء النادي أسبوعياً الساعة الثامنة مساءً")[-1][1] == "XXXX-XX-XXT20"


def test_hours_after_an_amount_of_weeks_keep_their_day() -> None:
    assert _found("واستمر البحث أسبوعين ثم عثروا عليه الساعة الثامنة مساء أمس")[-1] == ("الساعة الثامنة مساء أمس", "2022-01-24T20", None)


def test_a_quarter_before_in_terms_of_is_of_the_year() -> None:
    assert _found("وجاءت المبيعات في الربع الثالث أقل من الربع الثاني من حيث العدد") == [
        ("الربع الثالث", "2022-Q3", None), ("الربع الثاني", "2022-Q2", None)]
    assert _found("وكانت الشركة الأولى في النصف الأول من حيث الأرباح")[0][:2] == ("النصف الأول", "2022-H1")


def test_a_quarter_of_a_month_stays_no_quarter_of_the_year() -> None:
    assert ("الربع الأول", "2022-Q1", None) not in _found("وهطلت الأمطار في الربع الأول من الشهر")


def test_a_range_of_ages_after_a_noun_of_age() -> None:
    assert _found("ويستهدف البرنامج الشباب بين سن 18 و25 عاماً في المدن") == [("بين سن 18 و25 عاماً", "P25Y", "EQUAL_OR_LESS")]
    assert _found("ويقبل النادي اللاعبين من عمر 12 إلى 16 سنة") == [("من عمر 12 إلى 16 سنة", "P16Y", "EQUAL_OR_LESS")]
    assert _found("وتتراوح بين أعمار 30 و45 عاماً")[0][0] == "بين أعمار 30 و45 عاماً"


def test_the_week_after_next_with_ma() -> None:
    assert _found("ويعود اللاعبون إلى التدريبات الأسبوع ما بعد المقبل") == [("الأسبوع ما بعد المقبل", "2022-W06", None)]
    assert _found("وارتفعت الأسعار في الشهر ما قبل الماضي") == [("الشهر ما قبل الماضي", "2021-11", None)]


def test_was_done_later_is_the_past() -> None:
    assert _found("وكتب قصة قصيرة تم نشرها لاحقاً في كتاب") == [("لاحقاً", "PAST_REF", None)]
    assert _found("وعلى أن يتم نشرها لاحقاً في كتاب") == [("لاحقاً", "FUTURE_REF", None)]


def test_a_headline_announces_its_bare_weekday() -> None:
    assert _found("الجامعة: السبت آخر موعد للتسجيل") == [("السبت", "2022-01-29", None)]
    assert _found("فرقة الشباب تقدم عرضها الأول.. الخميس") == [("الخميس", "2022-01-27", None)]


def test_a_headline_with_its_day_in_the_clause_keeps_the_past() -> None:
    assert _found("الوزير زار المصنع الأحد") == [("الأحد", "2022-01-23", None)]
    assert _found("مقتل خمسة في انفجار الخميس") == [("الخميس", "2022-01-20", None)]



def test_today_opening_a_later_sentence_is_nowadays() -> None:
    text = "وكان الصيادون يبيعون السمك على الشاطئ قبل ثلاثين عاماً. اليوم، تبيعه شركات كبرى في الأسواق.\nوقال أحدهم إن المهنة تغيرت"
    assert ("اليوم", "PRESENT_REF", None) in _found(text)
    assert ("اليوم", "PRESENT_REF", None) in _found("ولم تكن في المدينة جامعة.\nاليوم فيها ثلاث جامعات")


def test_a_noun_shaped_like_a_future_after_an_opening_today_is_no_future() -> None:
    # review42b: "سيارة", "سياحة" begin as سيـ but end as nouns (future_shape): nowadays all the same
    assert ("اليوم", "PRESENT_REF", None) in _found("وكانت الدراجات وسيلة التنقل الوحيدة في الحي.\nاليوم سيارة أمام كل باب")
    assert ("اليوم", "PRESENT_REF", None) in _found("وكان الصيد مورد الجزيرة الأول.\nاليوم سياحة الغوص مصدر دخلها")
    assert _found("وتأهل الفريقان إلى النهائي.\nواليوم سيلتقيان على الملعب الكبير")[0] == ("اليوم", "2022-01-25", None)


def test_today_opening_a_sentence_keeps_the_day_when_what_follows_dates_it() -> None:
    assert _found("وتأهل الفريقان إلى النهائي.\nاليوم ستقام المباراة على الملعب الكبير")[0] == ("اليوم", "2022-01-25", None)
    assert _found("وتأهل الفريقان إلى النهائي.\nاليوم مساء تقام المباراة")[0][1] == "2022-01-25TEV"
    assert _found("اليوم يفتتح الوزير المعرض في قاعة المدينة الكبرى")[0] == ("اليوم", "2022-01-25", None)
    assert _found("الهلال والنصر في النهائي.. اليوم") == [("اليوم", "2022-01-25", None)]


def test_and_today_opening_a_sentence_is_nowadays_too() -> None:
    assert ("اليوم", "PRESENT_REF", None) in _found("وكان الطب يعتمد على الأعشاب.\nواليوم تحاول الجامعات إحياء هذه المعرفة")


def test_an_anniversary_after_an_opening_today_keeps_the_day() -> None:
    assert ("اليوم", "2022-01-25", None) in _found("وانتهت الحرب قبل عشرين عاماً.\nواليوم وفي الذكرى العشرين للحرب تعيد الصحيفة نشر المقال")
