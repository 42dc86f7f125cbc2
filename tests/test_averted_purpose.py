"""A date in a denied purpose clause (``averted_purpose`` of lang/ar/event_dates.yaml: كي لا، لكي لا، كيلا، لئلا، حتى
لا) is the time of an act the clause's own is done or needed to avert, which may not happen: it dates nothing
(prec50's «سيتطلب … تدهورا كبيرا … كي لا يؤيد رفع أسعار الفائدة في سبتمبر», a remark of 5 August placed in
September). A date before the particle, a comma between, or a purpose not denied (لكي يحضر) keep theirs. Every
Arabic sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 10, 12)


def _dated(text: str) -> list[str]:
    """The value of every event of ``text`` published on :data:`PUBLISHED`."""
    return [e.as_row()["value"] for e in article_events("ex-1", text, PUBLISHED)]


@pytest.mark.parametrize(("text", "dated"), [
    # the averted act's month or day: no happening's
    ("وقال محافظ المصرف إن الاقتصاد يحتاج إلى تباطؤ حاد كي لا يدعم رفع الفائدة في أكتوبر.", []),
    ("وأجلت الرابطة مباريات الجولة حتى لا تتعارض مع نهائي الكأس يوم الجمعة المقبل.", []),
    ("ونقلت الشركة موظفيها إلى مقر مؤقت لكيلا تتوقف أعمالها خلال أعمال الصيانة في سبتمبر.", []),
    ("وطالبت النقابة بزيادة الأجور لئلا يضرب العمال في نوفمبر.", []),
    ("ودعا الخبير إلى خفض الإنفاق ولكي لا يتفاقم العجز في العام المقبل.", []),
    # the clause's own date, before the particle, stays
    ("وغادر الشاهد البلاد قبل شهرين كي لا يستدعى للتحقيق.", ["2015-06"]),
    ("وأغلقت البلدية الطريق أمس حتى لا تتكرر الحوادث في الشتاء.", ["2015-08-09"]),
    # a comma ends the purpose: what follows is told again
    ("وتراجع الذهب حتى لا يبقى فوق مستواه، في تعاملات الأربعاء الماضي.", ["2015-08-05"]),
    # a purpose not denied is a plan: its date stays
    ("وسافر الوزير لكي يحضر الاجتماع الوزاري يوم الخميس المقبل.", ["2015-08-13"]),
])
def test_a_denied_purposes_date_dates_nothing(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated
