"""A relative clause told by تم + a verbal noun (was done), or by a relative verb after كان قد,
tells its antecedent's happening: its date is cut off with the antecedent, the main clause keeps
none. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _clauses(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["clause"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_done_tells_the_antecedents_happening() -> None:
    got = _clauses("وسلمت البلدية السكان إنذارات بالإخلاء بحجة ملكيتها للأرض التي تم شراؤها قبل 50 عاما.")
    assert got == [("للأرض التي تم شراؤها قبل 50 عاما.", "1965")]
    got = _clauses("ودافع الرئيس في خطابه عن الاتفاق الذي تم التوصل إليه يوم 14 يوليو مع القوى الكبرى.")
    assert [c.split()[0] for c, _ in got] == ["الاتفاق"]


def test_a_relative_verb_after_kana_qad() -> None:
    got = _clauses("وأنهت الجمعية المرحلة الأخيرة من البرنامج الصحي الذي كان قد انطلق منتصف العام الماضي في المخيم.")
    assert [c.split()[0] for c, _ in got] == ["البرنامج"]


def test_a_habit_is_no_happening() -> None:
    got = _clauses("وأطلقت الشركة الصندوق الذي يتم تداوله في البورصة في مارس 2012.")
    assert [c.split()[0] for c, _ in got] == ["وأطلقت"]


def test_ala_athar_written_with_the_hamza_above() -> None:
    got = _clauses("وأعلن المدرب استقالته على أثر الهزيمة التي تلقاها الفريق أواخر يوليو الماضي أمام منافسه.")
    assert [c.split()[:2] for c, _ in got] == [["على", "أثر"]]


def test_issuing_and_ending_tell_the_antecedents_happening() -> None:
    got = _clauses("وينتظر النادي وصول المهاجم بعد فراغه من فريقه الحالي الذي ينتهي عقده معه غدا، لإجراء الفحص الطبي.")
    assert [c.split()[0] for c, _ in got] == ["فريقه"]
    got = _clauses("ولم تعلق الحكومة حتى الآن على الأحكام التي صدرت يوم الأحد.")
    assert [c.split()[0] for c, _ in got] == ["الأحكام"]
