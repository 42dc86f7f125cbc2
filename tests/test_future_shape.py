"""A verb in the future that no list names is read from its shape (سـ/ستـ/سنـ before a present
stem): a bare weekday or month after it is the coming one; nouns and names of that shape, a
relative clause or another time word between leave the tense alone (Arabic written for these
tests; relative.yaml ``future_shape``)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_TUESDAY = dt.datetime(2015, 8, 4)  # a Tuesday


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, _TUESDAY)]


@pytest.mark.parametrize(("text", "want"), [
    ("وستلتئم اللجنة الخميس لمواصلة النظر في الطعون.", "2015-08-06"),
    ("وسينعقد المجلس الخميس في مقره.", "2015-08-06"),
    ("واستأنفنا التدريبات الخميس", "2015-07-30"),  # no سـ: the nearest Thursday, the past one
    # no سـ, but a present of نـ and four letters more opening the clause: the coming one (verbs.Shapes.long_present)
    ("ونستأنف التدريبات الخميس", "2015-08-06"),
])
def test_an_unlisted_future_verb_gives_the_coming_weekday(text: str, want: str) -> None:
    assert _values(text) == [("الخميس", want)]


@pytest.mark.parametrize("text", [
    "وسيطرت القوات على البلدة الخميس بعد معارك عنيفة.",  # a perfect: took control
    "وزار الوفد سيناء الخميس.",
    "وقال ستيفن إن الفريق تدرب الخميس.",
    "وتحطمت طائرة من طراز سيسنا الخميس قرب الساحل.",
    "وتبلغ أبعاد اللوحة 40 سنتمترا وقد عرضت الخميس.",
])
def test_nouns_and_names_of_that_shape_are_no_future(text: str) -> None:
    assert ("الخميس", "2015-07-30") in _values(text)


def test_a_relative_clause_after_the_future_keeps_its_own_tense() -> None:
    text = "وستعادل خسائره هذا العام الخسائر التي تكبدها في مارس."
    assert ("مارس", "2015-03") in _values(text)


def test_the_future_reaches_its_first_time_word_only() -> None:
    text = "وأعلن النادي أنه سيودع الأسبوع المقبل رواتب شهر مايو المتأخرة."
    values = _values(text)
    assert ("الأسبوع المقبل", "2015-W33") in values
    assert ("شهر مايو", "2015-05") in values


def test_a_future_within_days_starts_at_the_publication() -> None:
    [t] = tag("وقال القائد إن القوات ستستعيد المدينة خلال ثلاثة أيام.", _TUESDAY)
    assert t.interval is not None and t.interval[0].date() == _TUESDAY.date()
