"""A relative clause opening on a long present تـ (``timeline.verbs.Shapes.long_present``: تنتهي، تنطلق،
تستأنف) tells its bare weekday ahead, as a clause opening on one does ("رئيس الأركان الذي تنتهي مدة خدمته
يوم الجمعة" told on a Thursday is the coming Friday); a present يـ after the pronoun describes ("الذي يخضع
للدراسة"، "الذي يصادف يوم سبت") and a perfect or a present holding its object's pronoun ("الذي تنظمه")
keep the past reading (Arabic written for these tests; ``_tense._weekday_ahead``)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_THURSDAY = dt.datetime(2015, 8, 6, 20, 0)


def _value(text: str, expression: str) -> str:
    found = [t.value for t in tag(text, _THURSDAY) if t.text == expression]
    assert len(found) == 1, tag(text, _THURSDAY)
    return str(found[0])


@pytest.mark.parametrize(("text", "expression", "want"), [
    ("وقال الوزير إن رئيس الأركان الذي تنتهي مدة خدمته يوم الجمعة سيبقى في منصبه.", "يوم الجمعة", "2015-08-07"),
    ("ويشارك المنتخب في البطولة التي تنطلق الأحد في الدوحة.", "الأحد", "2015-08-09"),
    ("وتنتظر الحكومة نتائج المفاوضات التي تستأنف يوم الأحد في جنيف.", "يوم الأحد", "2015-08-09"),
])
def test_a_relative_clause_opening_on_a_long_present_is_ahead(text: str, expression: str, want: str) -> None:
    assert _value(text, expression) == want


@pytest.mark.parametrize(("text", "expression", "want"), [
    ("وتعرض المشروع الذي يناقشه البرلمان لانتقاد حاد يوم الثلاثاء.", "يوم الثلاثاء", "2015-08-04"),
    ("ويحل موعد السداد في الأول من الشهر الذي يصادف يوم سبت.", "يوم سبت", None),
    ("وتعرض الفريق الذي تعاقد مع المدرب الجديد لخسارة ثقيلة يوم الثلاثاء.", "يوم الثلاثاء", "2015-08-04"),
    ("وحضر الأمير الحفل الذي تنظمه الجمعية مساء الثلاثاء.", "مساء الثلاثاء", "2015-08-04TEV"),
    ("واطلع المجلس على الدراسة التي تتضمن نتائج الاستطلاع الذي أجري الثلاثاء.", "الثلاثاء", "2015-08-04"),
    # a feminine perfect of تفعّل after the pronoun (its shape is a long present's too): a past
    ("وقالت الشرطة إن الحافلة التي تعرضت لإطلاق نار يوم الثلاثاء كانت فارغة.", "يوم الثلاثاء", "2015-08-04"),
    ("وذكر المصدر أن الاحتجاجات التي تسببت في إغلاق الطرق الثلاثاء انتهت.", "الثلاثاء", "2015-08-04"),
])
def test_what_keeps_the_past_reading(text: str, expression: str, want: str | None) -> None:
    if want is None:  # a weekday of no date named: whatever it is, not the coming one read from the verb
        assert all(str(t.value) != "2015-08-08" for t in tag(text, _THURSDAY) if t.text == expression)
    else:
        assert _value(text, expression) == want
