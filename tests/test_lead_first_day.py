"""The first day the sentences after an undated lead tell decides whether the lead is older
news (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2022, 3, 10, 18, 30)  # a Thursday
LEAD = "أعلنت وزارة الداخلية تفكيك خلية إرهابية كانت تخطط لتنفيذ هجمات على منشآت أمنية في العاصمة. "
OTHER = "وأوضحت الوزارة أن عناصر الخلية كانوا يتواصلون مع جماعات في الخارج. "


def _window(text: str) -> list[str]:
    """The values of the lead's report window (an empty expression), if one is made."""
    return [e.timex.value for e in article_events("a", text, PUBLISHED, inherit=True) if e.timex.text == ""]


def test_a_day_before_the_window_in_the_third_sentence_makes_older_news() -> None:
    text = LEAD + OTHER + "وتضم الخلية ستة عناصر. وقالت الوزارة في بيان يوم الاثنين إن التحقيقات مستمرة."
    assert _window(text) == []


def test_a_first_day_inside_the_window_confirms_the_lead() -> None:
    text = (LEAD + "جاء ذلك في بيان أصدرته الوزارة مساء أمس. "
            "وكشفت التحقيقات أن الخلية شاركت في الهجوم الذي استهدف مركز الشرطة في المدينة يوم الاثنين الماضي.")
    assert _window(text) == ["2022-03-09/2022-03-10"]


def test_a_day_of_what_will_be_done_confirms_nothing() -> None:
    text = (LEAD + "وقال المتحدث إن التحقيق مع الموقوفين سيبدأ اليوم الخميس. "
            "وقالت الوزارة إن قوات الأمن داهمت مقر الخلية يوم الاثنين الماضي.")
    assert _window(text) == []


def test_a_date_told_as_background_says_nothing_of_the_lead() -> None:
    text = LEAD + "الجدير بالذكر أن الوزارة أعلنت يوم الاثنين عن حملة لمكافحة الإرهاب."
    assert _window(text) == ["2022-03-09/2022-03-10"]


@pytest.mark.xfail(strict=True, reason="review68: a week or month of a later sentence wholly before the window is "
                   "skipped (day grain or finer only); counting it dropped 14 corpus windows, about 10 wrongly (a "
                   "background Ramadan, last year, a monthly report's month, a 'since' week): not landed")
def test_a_week_wholly_before_the_window_makes_older_news() -> None:
    assert _window(LEAD + "وجرت عملية المداهمة الأسبوع الماضي في حي شعبي.") == []
