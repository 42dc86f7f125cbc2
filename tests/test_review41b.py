"""Bugs review41b found in this session's last merges (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 25, 10)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_a_time_after_a_closing_quote_is_no_title() -> None:
    # the title noun ends the quote («أجمل فيلم»): what follows the closing quote is no title
    assert _found("وقال المخرج «هذا أجمل فيلم» أمس خلال مؤتمر صحفي عن «المهرجان»") == [("أمس", "2022-01-24")]
    assert _found('وقال المخرج "هذا أجمل فيلم" يوم الأحد في حديث عن "المهرجان"') == [("يوم الأحد", "2022-01-23")]


def test_a_title_after_its_noun_still_holds_no_time() -> None:
    assert _found("وقال الناقد «العمل جميل» ثم شاهد فيلم «ليلة الخميس» أمس") == [("أمس", "2022-01-24")]
    assert _found("ونشر الكاتب مقاله بعنوان «أيام الشتاء» في الصحيفة") == []


def test_tonight_said_to_come_after_a_past_saying_is_tonight() -> None:
    # told at 10:00: a past verb of saying before a complementizer or a colon does not make the
    # night said to come the night gone
    assert _found("وأعلن الاتحاد أن المباراة تقام الليلة") == [("الليلة", "2022-01-25TNI")]
    assert _found("وقال المدرب: نلعب الليلة") == [("الليلة", "2022-01-25TNI")]


def test_tonight_told_done_is_still_the_night_gone() -> None:
    assert _found("وقالت الشرطة إن الرهينة جرى تحريرها الليلة") == [("الليلة", "2022-01-24TNI")]
    assert _found("وعاد الفريق الليلة إلى القاهرة") == [("الليلة", "2022-01-24TNI")]
