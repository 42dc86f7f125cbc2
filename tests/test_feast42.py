"""feast42 (Arabic written for these tests): a perfect of announcing, setting, deciding, preparing or
calling for (``done_before.plans`` of relative.yaml) tells what is still to come, so a feast or a Hijri
month it names keeps its nearest, not the last one a perfect of a done happening gives it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag
from timeline.lexicon import perfect_persons

_MAY = dt.datetime(2025, 5, 10, 9, 30)  # Eid al-Adha 2025-06-06 is near, the last one (2024-06-16) far
_JANUARY = dt.datetime(2026, 1, 20, 9, 30)  # Ramadan 1447 opens in February 2026, the last one in March 2025


def _found(text: str, published: dt.datetime = _MAY) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, published)]


@pytest.mark.parametrize("text", [
    "حددت الوزارة عطلة عيد الأضحى بخمسة أيام للموظفين",
    "أعلن مجلس الوزراء إجازة عيد الأضحى للقطاع العام",
    "وأقرت الحكومة إجازة عيد الأضحى",
    "استعدت المخابز لعيد الأضحى بكميات إضافية من الطحين",
    "جهزت البلدية المصليات لعيد الأضحى",
    "وخصصت الجمعية مبلغا لكسوة عيد الأضحى",
    "طالبوا بتمديد عطلة عيد الأضحى",
    "وجهت الوزارة المساجد بشأن عيد الأضحى",
    # a perfect of planning far from the feast told nothing before either (the four-word reach)
    "وقررت البلدية إغلاق السوق القديم في عيد الأضحى",
    "حذرت إدارة المرور السائقين من الازدحام في عطلة عيد الأضحى",
])
def test_a_feast_announced_or_prepared_for_is_the_coming_one(text: str) -> None:
    assert ("عيد الأضحى", "2025-06-06") in _found(text)


def test_a_hijri_month_called_for_is_the_coming_one() -> None:
    found = _found("ناشدت الجمعية المحسنين التبرع للفقراء في رمضان", _JANUARY)
    assert [value[:7] for text, value in found if text == "رمضان"] == ["2026-02"]


@pytest.mark.parametrize("text", [
    "احتفلت العائلات بعيد الأضحى في الحدائق",
    "أمضت العائلة عطلة عيد الأضحى في المخيم",
])
def test_a_feast_of_a_done_happening_stays_the_last_one(text: str) -> None:
    assert ("عيد الأضحى", "2024-06-16") in _found(text)


def test_a_perfect_has_its_other_persons() -> None:
    assert perfect_persons("حدد") >= {"حدد", "حددت", "حددا", "حددوا", "حددتا"}
    assert {"دعت", "دعوا"} <= perfect_persons("دعا")


@pytest.mark.parametrize(("text", "want"), [
    ("تعمل الفرق الطبية خلال موسم الحج الحالي", ("موسم الحج الحالي", "2025-06-04/2025-06-09")),
    ("وتنتهي العطلة بعد عيد الأضحى الحالي", ("عيد الأضحى الحالي", "2025-06-06")),
    ("ارتفعت أسعار المواشي قبيل عيد الأضحى هذا", ("عيد الأضحى هذا", "2025-06-06")),
])
def test_this_feast_is_the_one_of_this_hijri_year(text: str, want: tuple[str, str]) -> None:
    # "الحالي"/"هذا" on a Hijri feast: this Hijri year's, still to come or just gone (as "شوال الجاري")
    assert want in _found(text)
    assert want in _found(text, dt.datetime(2025, 6, 20, 9, 30))
