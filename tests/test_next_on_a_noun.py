""""Next" on a noun that is no time word ("البطولة المقبلة", "المؤتمر المقبل") tells that its clause
speaks of what is ahead: a month or a day with no year after it in that clause is the coming one, up to
a comma only (relative.yaml ``future_adjectives``; ``_tense.Tense.at``). Arabic written for these tests;
the first shape is one of tests/data/recognizers_new.jsonl's wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_NOVEMBER = dt.datetime(2016, 11, 7, 9, 0)  # a Monday


def _value(text: str, expression: str) -> str:
    found = [t.value for t in tag(text, _NOVEMBER) if t.text == expression]
    assert len(found) == 1, tag(text, _NOVEMBER)
    return str(found[0])


@pytest.mark.parametrize(("text", "expression", "want"), [
    ("يبدأ شهر رمضان المقبل في أواخر أيار", "أواخر أيار", "2017-05"),
    ("وتنطلق النسخة المقبلة من المعرض في شباط بمشاركة عشرين دولة.", "شباط", "2017-02"),
    ("وتُجرى الجولة المقبلة من المحادثات في 14 مارس في جنيف.", "14 مارس", "2017-03-14"),
    ("ويستضيف البلد القمة العربية المقبلة في أبريل.", "أبريل", "2017-04"),
    ("والاجتماع المقبل للجنة في منتصف يونيو.", "منتصف يونيو", "2017-06"),
])
def test_next_on_a_noun_tells_the_coming_month(text: str, expression: str, want: str) -> None:
    assert _value(text, expression) == want


@pytest.mark.parametrize(("text", "expression", "want"), [
    # a comma ends its reach: another clause's day or month keeps the past reading
    ("وتوقع المصرف تباطؤ النمو في المرحلة المقبلة، وقالت الوزارة، الأحد، إن العجز تراجع.", "الأحد", "2016-11-06"),
    ("ويستعد الفريق للمباراة المقبلة، وكان قد خسر في مارس أمام منافسه.", "مارس", "2016-03"),
    # no "next": the nearest, past month
    ("وتُجرى الجولة الثانية من المحادثات في مارس.", "مارس", "2016-03"),
    # "next" after the month is another's ("في مارس" is the signing's)
    ("وُقّع الاتفاق في مارس وتنطلق مرحلته المقبلة قريبا.", "مارس", "2016-03"),
])
def test_next_reaches_its_clause_only(text: str, expression: str, want: str) -> None:
    assert _value(text, expression) == want


@pytest.mark.parametrize(("text", "expression", "want"), [
    # another happening's time or cause between "next" and the date: that happening's past month or day
    ("ويشارك الفريق في البطولة المقبلة بعد فوزه في أبريل بلقب الدوري.", "أبريل", "2016-04"),
    ("وبحث الوزيران الخطوات المقبلة خلال لقائهما الأحد في الرياض.", "الأحد", "2016-11-06"),
    ("وقال المدرب إن المباراة المقبلة صعبة لأن الفريق خسر في أكتوبر أمام المنافس نفسه.", "أكتوبر", "2016-10"),
    # too far from its noun to be its date
    ("وتعهد الحزب بالفوز في الانتخابات المقبلة وأكد رئيسه الذي انتخب في يونيو تماسك صفوفه.", "يونيو", "2016-06"),
    # on a time word "next" is its own expression's direction, no cue for the clause
    ("وناقش المجلس خطة السنوات المقبلة في اجتماعه يوم الخميس.", "يوم الخميس", "2016-11-03"),
    ("ويزور الرئيس باريس الأسبوع المقبل بعد زيارته لندن في أكتوبر.", "أكتوبر", "2016-10"),
])
def test_next_reaches_its_own_nouns_date_only(text: str, expression: str, want: str) -> None:
    assert _value(text, expression) == want
