"""A comparison's term dates no happening, even alone in its clause.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_the_term_of_a_comparison_told_outright_dates_nothing() -> None:
    assert _dated("وصعد مؤشر الأسهم 0.4 في المائة مقارنة بالشهر السابق.") == []
    assert _dated("وانخفضت مبيعات الشركة قياسا بالعام الماضي.") == []


def test_the_term_after_an_amount_and_an_from_dates_nothing() -> None:
    assert _dated("وبلغ عدد الزوار 40 ألفا بزيادة 12 في المائة عن العام الماضي.") == []


def test_the_period_a_report_is_about_stays() -> None:
    # عن without an amount before it: no comparison, the period the report is about
    assert _dated("ناقش المجلس تقرير اللجنة عن الربع الثاني 2015.") == [("الربع الثاني 2015", "2015-Q2")]
    # ... and the period profits are for is the results' period (period47): it dates nothing
    assert _dated("أوصى مجلس الإدارة بتوزيع أرباح نقدية عن الربع الثاني 2015.") == []


def test_against_a_currency_is_no_comparison() -> None:
    # مقابل is also "against": the euro fell yesterday
    assert _dated("وتراجع اليورو مقابل الدولار أمس.") == [("أمس", "2015-08-05")]


def test_the_predicates_date_stays_beside_the_term() -> None:
    assert _dated("وارتفعت الصادرات في يوليو بنسبة ثلاثة في المائة مقارنة بيونيو.") == [("يوليو", "2015-07")]


def test_the_same_period_a_year_before_dates_nothing() -> None:
    # the comparison word four words before the year: مقارنة بالفترة نفسها من العام الماضي
    assert _dated("وتراجعت مبيعات الشركة 4 في المائة مقارنة بالفترة نفسها من العام الماضي.") == []


def test_a_compared_amount_and_its_period_date_nothing() -> None:
    assert _dated("وبلغ عدد الصفقات 1.6 مليون صفقة مقابل 2.1 مليون صفقة تم تنفيذها خلال الشهر السابق.") == []
    assert _dated("وأنفق الزوار 88 ألف ليلة مقارنة بـ 94 ألف ليلة في النصف الأول من العام الماضي.") == []


def test_a_price_is_no_comparison() -> None:
    # مقابل with no figure before it in the clause: the fee the player joined for, last month
    assert _dated("وانضم اللاعب إلى النادي قادما من روما مقابل 30 مليون يورو الشهر الماضي.") == [
        ("الشهر الماضي", "2015-07")]


def test_compared_with_the_same_period_of_a_year() -> None:
    assert _dated("وارتفعت مبيعات الشركة بنسبة 12 في المائة مقارنة مع الفترة نفسها من العام 2014.") == []


def test_a_comparison_word_with_its_vowels_marked() -> None:
    assert _dated("وصعد مؤشر الأسهم 0.4 في المائة مُقارنةً بالشهر السابق.") == []


def test_a_decimal_figure_is_one_word_of_the_compared_amount() -> None:
    assert _dated("وبلغت مبيعات المتاجر 12,4 مليار ريال مقارنة مع 10,7 مليار ريال خلال الفترة نفسها من العام الماضي.") == []
    assert _dated("وسجلت الشركة أرباحا قدرها 3.25 مليون ريال مقابل 2.75 مليون ريال للفترة المماثلة من العام السابق.") == []


def test_a_price_far_before_the_date_is_no_term() -> None:
    # (no «في غضون 24 ساعة»: a present with a span to come is not dated by its report's day, attrib42)
    got = _dated("ويخضع اللاعب للفحص الطبي تمهيدا للانتقال إلى النادي الفرنسي مقابل 30 مليون يورو، وفقا لما ذكرته مصادر صحفية اليوم.")
    assert got == [("اليوم", "2015-08-06")]
