"""What news47's reading of unseen kinds of news (court and police reports, Hajj logistics, official news
with Hijri and Gregorian dates, results with quarters, sport calendars) found (Arabic written for these
tests): a comparison's term, the same or the corresponding month or quarter in another year, is that
month of that year; "later" reads the words after it in its clause when none before says a tense; "since
early on" and "long ago" are the past."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 26, 10)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_the_same_month_of_last_year_is_that_month_a_year_back() -> None:
    assert _found("وبلغت الصادرات في نوفمبر 2021 نحو مليار ريال مقارنة بالشهر نفسه من العام الماضي") == [
        ("نوفمبر 2021", "2021-11"), ("الشهر نفسه من العام الماضي", "2020-11")]
    assert _found("وتراجع عدد الزوار في ديسمبر مقارنة بنفس الشهر قبل سنة") == [
        ("ديسمبر", "2021-12"), ("نفس الشهر قبل سنة", "2020-12")]
    # a year to come, and ل on the year
    assert _found("وتقام البطولة في مارس المقبل، ثم في نفس الشهر من العام المقبل") == [
        ("مارس المقبل", "2022-03"), ("نفس الشهر من العام المقبل", "2023-03")]
    assert _found("وارتفع الإنتاج في أكتوبر 2021 مقارنة بالشهر نفسه للعام الماضي") == [
        ("أكتوبر 2021", "2021-10"), ("الشهر نفسه للعام الماضي", "2020-10")]


def test_the_same_quarter_and_the_corresponding_one() -> None:
    assert _found("وربح المصرف في الربع الثالث من 2021 أربعين مليونا مقابل ثلاثين في الربع نفسه من العام الماضي") == [
        ("الربع الثالث من 2021", "2021-Q3"), ("الربع نفسه من العام الماضي", "2020-Q3")]
    assert _found("وخسرت الشركة في الربع الثاني 2021 مقارنة مع الربع المماثل من العام السابق") == [
        ("الربع الثاني 2021", "2021-Q2"), ("الربع المماثل من العام السابق", "2020-Q2")]
    assert _found("وهبطت مبيعات الأسمدة في أكتوبر 2021 عن الشهر المقابل لعام 2019") == [
        ("أكتوبر 2021", "2021-10"), ("الشهر المقابل لعام 2019", "2019-10")]


def test_a_year_by_its_number_after_the_same_month() -> None:
    assert _found("وزادت الإيجارات في يناير 2021 بنسبة 4% مقارنة بالشهر نفسه لعام 2019") == [
        ("يناير 2021", "2021-01"), ("الشهر نفسه لعام 2019", "2019-01")]
    assert _found("وبلغت الأرباح في يونيو 2021 ضعف أرباح نفس الشهر من عام 2018") == [
        ("يونيو 2021", "2021-06"), ("نفس الشهر من عام 2018", "2018-06")]


def test_with_no_month_named_outright_the_year_alone() -> None:
    # no month invented: the month compared is not told (or is a Hijri one)
    assert _found("وارتفعت أسعار الخبز 5% مقارنة بالشهر نفسه من العام الماضي") == [
        ("الشهر نفسه من العام الماضي", "2021")]
    assert _found("وزادت المبيعات في رمضان 10% مقارنة بالشهر المقابل من العام الماضي") == [
        ("رمضان", "2021-04-13/2021-05-12"), ("الشهر المقابل من العام الماضي", "2021")]
    assert _found("وتراجعت الأرباح مقارنة بالشهر نفسه لعام 2019") == [("الشهر نفسه لعام 2019", "2019")]


def test_corresponding_alone_is_no_time() -> None:
    assert _found("وسجل الربع المماثل تراجعاً في المبيعات") == []
    assert _found("وتراجعت المبيعات عن الفترة المماثلة") == []
    # a week is no unit a comparison counts in years here: the year alone
    assert _found("وقل عدد الركاب عن الأسبوع المماثل من العام الماضي") == [("العام الماضي", "2021")]
    # the same month told with this year: the month last named, as before
    assert _found("وافتتح المعرض في مايو 2021، وفي الشهر نفسه من العام الحالي") == [
        ("مايو 2021", "2021-05"), ("الشهر نفسه", "2021-05"), ("العام الحالي", "2022")]


def test_later_reads_the_words_after_it_in_its_clause() -> None:
    assert _found("ووجه رئيس مجلس إدارة النادي خطاب شكر لجميع أعضاء الجهاز الفني لاحقا قال فيه إن الموسم كان "
                  "ناجحا") == [("لاحقا", "PAST_REF")]
    assert _found("وأصيبت في المباراة لاعبة الوسط الدولية صاحبة القميص رقم عشرة، تبين لاحقاً أنها كسرت ساقها") == [
        ("لاحقاً", "PAST_REF")]
    # not across the end of its clause: what comes after a comma or a full stop is another's
    assert _found("وتساعد هذه الدروس الطلاب في سنوات الدراسة الجامعية لاحقاً، وأضافت المعلمة أنها مفيدة") == [
        ("لاحقاً", "FUTURE_REF")]
    assert _found("وهذه الخطة تعرض على مجلس الإدارة في اجتماعه الدوري لاحقا حسب اللائحة") == [
        ("لاحقا", "FUTURE_REF")]


def test_since_early_on_and_long_ago_are_the_past() -> None:
    assert _found("وبدأت اللجنة الاستعداد للانتخابات منذ وقت مبكر") == [("منذ وقت مبكر", "PAST_REF")]
    assert _found("ونفذت الجمعية منذ فترة مبكرة ورشة للمتطوعين") == [("منذ فترة مبكرة", "PAST_REF")]
    # the whole phrase, not «منذ زمن» alone
    assert _found("وعرف أهل الواحة زراعة النخيل منذ زمن بعيد") == [("منذ زمن بعيد", "PAST_REF")]
    assert _found("وتنبه المعلمون لهذا الأمر منذ وقت بعيد") == [("منذ وقت بعيد", "PAST_REF")]
