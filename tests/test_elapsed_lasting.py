"""A count followed by a lasting activity or state («بعد عشرين عاما من الخدمة») is its length, not the
time since a happening: the dated clause's count dates no happening (``lasting_nouns`` of
``lang/ar/event_dates.yaml``, read by timeline._elapsed). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline._elapsed import _lasting
from timeline.events import article_events

_PUBLISHED = dt.datetime(2015, 8, 13, 9, 0)  # a Thursday


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(r["expr"], r["value"], r["anchor"]) for r in (e.as_row() for e in article_events("a", text, _PUBLISHED))]


@pytest.mark.parametrize("text", [
    "ورحل الممثل القدير مساء أمس بعد خمسين عاما من العطاء على خشبة المسرح.",
    "وأحيل العقيد إلى التقاعد يوم الأحد الماضي بعد خمسة وعشرين عاما من الخدمة في سلاح الجو.",
    "ووقع الجانبان أمس الاتفاق النهائي بعد ستة أشهر من المفاوضات الشاقة.",
    "وغادر الرئيس الحكم أمس بعد اثنين وعشرين عاما من حكمه للبلاد.",
    "وعاد الحارس إلى التشكيلة الأساسية أمس بعد أربعة أشهر من الغياب بسبب الإصابة.",
    "وتمكنت فرق الإنقاذ أمس من انتشال الناجين بعد ثلاثة أيام من البحث تحت الأنقاض.",
    "وخرج اللاعب من المستشفى أمس بعد شهرين من العلاج.",
    "وكرمت النقابة الشاعر الراحل أمس بعد أربعين عاما من عطائه للأدب.",
])
def test_a_length_of_an_activity_or_a_state_dates_no_happening(text: str) -> None:
    rows = _rows(text)
    assert all(not (anchor or "").startswith("event:") for _, _, anchor in rows), rows
    assert [r[2] for r in rows] == ["published"]  # the clause keeps its own date


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a happening still counts: a departure, a halt, an injury
    ("وعاد المهاجم أمس إلى فريقه الأول بعد ستة أعوام من رحيله إلى أوروبا.", "بعد ستة أعوام من رحيله", "2009"),
    ("وهبطت أمس أول طائرة ركاب في المطار بعد خمسة أشهر من توقف الملاحة.", "بعد خمسة أشهر من توقف", "2015-03"),
    ("وتوفي الشاب أمس في المستشفى بعد شهرين من إصابته برصاصة.", "بعد شهرين من إصابته", "2015-06"),
    # a closure is an act (as توقف), whose state lasts up to the clause: counted back, the day it began
    # (tense49, the corpus's two: a bourse reopened "after five weeks of closure", its closing day right)
    ("وأعادت البورصة فتح أبوابها أمس بعد أربعة أسابيع من الإغلاق.", "بعد أربعة أسابيع من الإغلاق", "2015-07-15"),
    ("وعاد التلاميذ إلى المدرسة أمس بعد ثلاثة أسابيع من إغلاقها.", "بعد ثلاثة أسابيع من إغلاقها", "2015-07-22"),
    # digging ended by the dated opening: counted back, the year it began (the corpus's one: a canal's, right)
    ("وافتتحت القناة للملاحة عام 1890 بعد ثماني سنوات من الحفر.", "بعد ثماني سنوات من الحفر", "1882"),
])
def test_a_happening_after_the_count_is_still_dated(text: str, expr: str, value: str) -> None:
    assert any(e == expr and v == value and a.startswith("event:") for e, v, a in _rows(text))


@pytest.mark.parametrize(("word", "lasting"), [
    ("الخدمة", True), ("خدمته", True), ("خدمتها", True), ("حكمه", True), ("الانتظار", True),
    ("المفاوضات", True), ("غيابه", True),
    # a final hamza takes its seat before the pronoun, as happenings.noun_forms derives it
    ("عطائه", True), ("عطاؤهم", True), ("معاناتهم", True),
    ("رحيله", False), ("الهجوم", False), ("توقف", False), ("إصابته", False), ("الحصار", False),
])
def test_lasting_forms_are_derived_from_one_entry(word: str, lasting: bool) -> None:
    assert _lasting(word) is lasting


@pytest.mark.parametrize(("text", "expr", "value"), [
    # a lasting noun made an act by the word after it (lasting_acts): a sentence passed, an attack
    ("وأفرج عن الناشط أمس بعد عامين من الحكم عليه بالسجن.", "بعد عامين من الحكم", "2013"),
    ("ونفذ حكم الإعدام في السجين أمس بعد ثلاثة أعوام من الحكم بإعدامه.", "بعد ثلاثة أعوام من الحكم", "2012"),
    ("واعتقل المتهم أمس بعد عام من العمل الإرهابي الذي نفذه في المدينة.", "بعد عام من العمل", "2014"),
])
def test_a_lasting_noun_made_an_act_by_the_next_word_is_dated(text: str, expr: str, value: str) -> None:
    assert any(e == expr and v == value and a.startswith("event:") for e, v, a in _rows(text)), _rows(text)


@pytest.mark.parametrize(("word", "following", "lasting"), [
    ("الحكم", "عليه", False), ("الحكم", "بالسجن", False), ("الحكم", "في", True), ("حكمه", "للبلاد", True),
    ("العمل", "الإرهابي", False), ("العمل", "المتواصل", True), ("العمل", "على", True),
])
def test_the_word_after_decides_an_act(word: str, following: str, lasting: bool) -> None:
    assert _lasting(word, following) is lasting
