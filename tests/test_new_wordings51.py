"""General gaps that new wordings of our own found (gen51, issue 9): a day in words of "(من) الجاري",
"يوم" before the day it names, the weekly rest with a direction, "وقت سابق/لاحق" of a day or a part of one,
an ordinal that counts weeks in "... من كل شهر". Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_REF = dt.datetime(2022, 1, 25, 10, 0)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _REF)]


@pytest.mark.parametrize(("text", "expect", "value"), [
    ("وتُستأنف الدروس في الحادي والثلاثين من الجاري", "الحادي والثلاثين من الجاري", "2022-01-31"),
    ("ويعود المنتخب إلى التدريب يوم الثامن والعشرين الجاري", "يوم الثامن والعشرين الجاري", "2022-01-28"),
    ("ويُغلق باب الترشح حتى التاسع والعشرين من الحالي", "حتى التاسع والعشرين من الحالي", "2022-01-29"),
    ("وانقطعت الكهرباء طيلة يوم الأحد عن الأحياء", "يوم الأحد", "2022-01-23"),
    ("ويبقى الجسر مغلقاً طوال يوم غد أمام السيارات", "يوم غد", "2022-01-26"),
    ("وتنظم البلدية سوقاً شعبية في العطلة الأسبوعية المقبلة", "العطلة الأسبوعية المقبلة", "2022-W05-WE"),
    ("وأعلنت الوزارة في وقت سابق من اليوم تعليق الرحلات", "وقت سابق من اليوم", "2022-01-25"),
    ("وكان الوفد قد وصل في وقت لاحق من مساء الأحد", "وقت لاحق من مساء الأحد", "2022-01-23TEV"),
    ("ونفت الشركة في وقت سابق أمس أن تكون قد باعت أسهمها", "وقت سابق أمس", "2022-01-24"),
    ("وستصل الحافلات إلى الساحة في الـ7 مساء", "الـ7 مساء", "2022-01-25T19"),
    ("وتراجعت المبيعات من بداية العام حتى الآن بنسبة الثلث", "من بداية العام حتى الآن", "2022-01-01/2022-01-25"),
    ("وارتفعت الإصابات منذ الأحد الماضي وحتى الآن", "منذ الأحد الماضي وحتى الآن", "2022-01-23/2022-01-25"),
    ("وتبقى الأسعار مرتفعة من أكتوبر إلى الآن", "من أكتوبر إلى الآن", "2021-10-01/2022-01-25"),
    ("وهنأ المجلس الأمة بحلول العام الهجري الجديد 1444", "العام الهجري الجديد 1444", "2022-07-30/2023-07-18"),
])
def test_found(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("واحتل الفريق المركز الثالث الحالي في الترتيب", "الثالث"),  # a rank before الحالي, no day
    ("وارتفعت المبيعات في الربع الثاني الحالي", "2022-01-02"),
    ("وتلتقي اللجنة في الأسبوع الأول من كل شهر", "XXXX-XX-01"),  # a week counted, not the first day
    ("وتصدر النشرة في الأسبوعين الأخيرين من كل شهر", "XXXX-XX-02"),
    ("وافتتحت الجمعية دورتها الـ23 صباح الخميس", "2022-01-20T23"),  # a rank before a part of the day
    ("وافتتحت الجمعية دورتها الـ9 صباح الخميس", "2022-01-20T09"),  # no preposition before it: a rank
])
def test_not_found(text: str, wrong: str) -> None:
    assert all(wrong not in (t, v) for t, v in _found(text)), _found(text)


def test_alone_stays() -> None:
    """Alone, "في وقت سابق" is still the past, and "طيلة يوم" an amount."""
    assert ("في وقت سابق", "PAST_REF") in _found("وقال المتحدث في وقت سابق إن الاتفاق قريب")
    assert ("طيلة يوم", "P1D") in _found("واستمر البحث طيلة يوم كامل دون نتيجة") or \
        any(v == "P1D" for _, v in _found("واستمر البحث طيلة يوم كامل دون نتيجة"))
