"""A lead that tells its act done some days ago ("مؤخرا", "قبل أيام") is older news told as new: it
gets no report window, with or without ``inherit`` (timeline._lead_cut.told_earlier); "a moment ago",
"former" (سابقا), a period's span and an "earlier" of the act's object keep it (review68)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events
from timeline.leads import CANDIDATE_CONFIDENCE, LEAD_CONFIDENCE

PUBLISHED = dt.datetime(2024, 3, 12, 9)
TAIL = " وتناول الجانبان عددا من الملفات المشتركة بين البلدين."


def _windows(text: str, inherit: bool = False) -> list[float]:
    events = article_events("a", text, PUBLISHED, leads=not inherit, inherit=inherit)
    return [e.confidence for e in events if e.timex.text == ""]


@pytest.mark.parametrize("inherit", [False, True])
@pytest.mark.parametrize("lead", [
    "استقبل محافظ المدينة الساحلية مؤخرا وفدا من رجال الأعمال الهولنديين في مقر المحافظة.",
    "اعتمدت الهيئة العامة للنقل مؤخراً لائحة جديدة لتنظيم سيارات الأجرة في المدن الكبرى.",
    "وافقت البلدية قبل أيام على أكثر من مئتي رخصة بناء لسكان الأحياء الشمالية.",
    "ناقش مجلس الغرفة التجارية في الآونة الأخيرة خطة لدعم المشاريع الصغيرة في المحافظة.",
])
def test_a_lead_told_earlier_has_no_window(lead: str, inherit: bool) -> None:
    assert _windows(lead + TAIL, inherit) == []


@pytest.mark.parametrize("inherit", [False, True])
def test_the_same_lead_without_the_earlier_keeps_its_window(inherit: bool) -> None:
    lead = "استقبل محافظ المدينة الساحلية وفدا من رجال الأعمال الهولنديين في مقر المحافظة."
    assert _windows(lead + TAIL, inherit) == [LEAD_CONFIDENCE if inherit else CANDIDATE_CONFIDENCE]


def test_a_moment_ago_is_the_report_s_day() -> None:
    lead = "أعلنت إدارة الدفاع المدني قبل قليل إخماد حريق اندلع في مستودع للأخشاب جنوب المدينة."
    assert _windows(lead + TAIL) == [CANDIDATE_CONFIDENCE]


@pytest.mark.parametrize("lead", [
    "نفى متحدث باسم شركة الكهرباء ما تناقلته الحسابات خلال الأيام الماضية عن زيادة التعرفة للمنازل.",
    "أكد مدير المطار أن الحافلات التي وصلت مؤخرا ستنقل المسافرين بين الصالات الثلاث.",
    "أغلقت الأمانة ثلاثة مطاعم، تم ضبطها في جولة تفتيشية بالحي الجنوبي مؤخرا، لمخالفتها الاشتراطات.",
    "أعلنت الغرفة التجارية نتائج تقريرها عن أداء الأسواق خلال الفترة الماضية في المنطقة.",
    "بعث أمير المنطقة برقية عزاء إلى أسرة الفقيد سالم الدوسري مدير التعليم بالمحافظة سابقا.",
])
def test_an_earlier_of_the_act_s_object_keeps_the_window(lead: str) -> None:
    assert _windows(lead + TAIL) == [CANDIDATE_CONFIDENCE]
