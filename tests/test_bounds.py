"""A date right after قبل/بعد/عقب (left outside the expression) bounds the happening: it does
not date it. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_a_deadline_is_not_the_day_of_the_happening() -> None:
    assert _dated("ويتعين على البرلمان إقرار الاتفاق قبل 20 أغسطس.") == []
    assert _dated("وتأمل الحكومة توقيع العقود قبل ديسمبر المقبل.") == []


def test_a_start_is_not_the_day_of_the_happening() -> None:
    assert _dated("وتحكم الأحزاب البلاد بنظام المحاصصة بعد عام 2003.") == []


def test_the_hour_after_midnight_is_the_happenings() -> None:
    assert _dated("واستهدف انتحاري مركزا للشرطة بعد منتصف ليل الأحد.")[0][1].startswith("2015-08-03")


def test_an_amount_before_is_no_bound() -> None:
    assert _dated("ووصل الوفد إلى المدينة قبل يومين.") == [("قبل يومين", "2015-08-04")]


def test_a_target_is_not_the_day_of_the_happening() -> None:
    assert _dated("وتتوقع الشركة أن يتضاعف إنتاجها من الإسمنت بحلول عام 2025.") == []
    assert _dated("ويتعين على الطرفين توقيع الاتفاق النهائي بحلول نهاية الشهر الجاري.") == []
    assert _dated("ومن المقرر أن تكتمل أعمال الطريق الدائري بحلول 30 سبتمبر المقبل.") == []


def test_a_price_by_an_hour_keeps_its_time() -> None:
    dated = _dated("وارتفع سعر الفضة إلى 15 دولارا للأوقية بحلول الساعة 0930 بتوقيت جرينتش.")
    assert len(dated) == 1 and dated[0][1].startswith("2015-08-06T09:30")
