"""A bare اليوم that means "these days" dates no happening.

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_after_a_pronoun_standing_for_the_subject() -> None:
    assert _dated("تأسس المصرف قبل قرن، وهو اليوم أكبر مصرف في البلاد.")[-1:] != [("اليوم", "2015-08-06")]
    assert _dated("ها هي المدينة القديمة، ها هي اليوم تعيش أزمة مياه خانقة.") == []


def test_until_today_is_up_to_now() -> None:
    assert _dated("ورغم مرور ثلاث سنوات فإن نتائج التحقيق لم تنشر إلى اليوم.") == []


def test_with_a_verb_of_state() -> None:
    assert _dated("وتعد الشركة اليوم أكبر مصدر للتمور في المنطقة.") == []
    assert _dated("إن المدينة اليوم باتت أكثر أمنا من ذي قبل.") == []


def test_what_shares_its_day_shares_nothing_then() -> None:
    # the clause opened by فيما shared the "nowadays" day before
    assert _dated("وتعد الهيئة اليوم أكبر مستثمر في القطاع، فيما تبلغ صادراتها ثلث صادرات البلاد.") == []


def test_a_happening_of_the_day_keeps_it() -> None:
    assert _dated("وأعلنت الشركة اليوم أرباحها الفصلية.") == [("اليوم", "2015-08-06")]
    assert _dated("وهو اليوم يشارك في افتتاح المعرض يوم 15 أغسطس.") == [("يوم 15 أغسطس", "2015-08-15")]


def test_until_today_inside_the_expression() -> None:
    assert _dated("وما يزال المقهى القديم يستقبل زبائنه حتى اليوم.") == []
