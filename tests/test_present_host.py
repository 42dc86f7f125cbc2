"""The date that belongs to the happening: an "after" phrase governing a noun (بعد، عقب، إثر، على خلفية)
that holds the sentence's only date, gone by, told after a predicate in the present or the future, dates
the happening it names, not the predicate: a state now or a plan after a happening of the past
(timeline/_clauses.py, ``_present_apart``). Every Arabic sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 10, 12)


def _events(text: str) -> list[tuple[str, str]]:
    """(value, clause) of every event of ``text`` published on :data:`PUBLISHED`."""
    return [(r["value"], r["clause"]) for r in (e.as_row() for e in article_events("ex-1", text, PUBLISHED))]


@pytest.mark.parametrize(("text", "value", "clause"), [
    # a state now after a happening of the past: the clause is the phrase's
    ("ويعاني قطاع السياحة في البلاد من ركود عقب سيطرة المسلحين على الميناء في مارس 2014.",
     "2014-03", "عقب سيطرة المسلحين على الميناء في مارس 2014."),
    ("ويخضع المدافع حاليا لبرنامج تأهيل بعد إجرائه جراحة في الركبة في يونيو الماضي.",
     "2015-06", "بعد إجرائه جراحة في الركبة في يونيو الماضي."),
    # a plan after a happening gone by
    ("وسيغيب الحارس عن اللقاء المقبل بسبب طرده في مباراة الأسبوع الماضي.",
     "2015-W32", "بسبب طرده في مباراة الأسبوع الماضي."),
    # a framing present ("comes after")
    ("ويأتي القرار بعد انهيار جسر المشاة في المدينة أمس الأحد.",
     "2015-08-09", "بعد انهيار جسر المشاة في المدينة أمس الأحد."),
])
def test_a_past_after_phrase_dates_its_own_happening(text: str, value: str, clause: str) -> None:
    assert _events(text) == [(value, clause)]


@pytest.mark.parametrize(("text", "value"), [
    # a perfect predicate: most often the same day, the sentence stays whole
    ("وتوج الفريق بالكأس إثر فوزه على منافسه بهدفين أمس.", "2015-08-09"),
    # the phrase's date is today or ahead: the predicate's time too
    ("وتبدأ الدورة الجديدة عقب انتهاء التسجيل يوم الخميس المقبل.", "2015-08-13"),
    # a comma between the phrase and its date
    ("ويواصل المعرض استقبال زواره بعد افتتاحه، أمس، في قاعة البلدية.", "2015-08-09"),
    # "before" keeps the sentence whole (a figure's term: أرباح قبل الزكاة)
    ("يليها مصنع الأسمدة محققا أرباحا قبل الضريبة قدرها 90 مليون ريال بنهاية الربع الثاني من 2015.", None),
])
def test_the_sentence_stays_whole(text: str, value: str | None) -> None:
    events = _events(text)
    assert all(clause == text for _, clause in events)
    if value is not None:
        assert [v for v, _ in events] == [value]


@pytest.mark.parametrize(("text", "clause"), [
    # «عن بعد» (remote) is a noun: the phrase opens at the "after" word beyond it
    ("ويعمل موظفو البلدية عن بعد عقب إغلاق مبنى الإدارة في يوليو الماضي.", "عقب إغلاق مبنى الإدارة في يوليو الماضي."),
    ("ويتلقى المتدربون دروسهم عن بعد رغم تجديد القاعات في مارس الماضي.", None),
])
def test_after_as_a_noun_opens_no_phrase(text: str, clause: str | None) -> None:
    assert [c for _, c in _events(text)] == [clause or text]
