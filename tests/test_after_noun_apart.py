"""Beside the predicate's own date, a phrase opened by "after" or "before" that governs a noun and
holds a date of its own tells another happening at its own time, whatever its words: the clause is
cut there, each part with its own date (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

_PUBLISHED = dt.datetime(2015, 8, 7, 7, 0)


def _events(text: str) -> list[tuple[str, str]]:
    return [(str(e.timex.value), e.clause.text) for e in article_events("a", text, _PUBLISHED)]


def test_a_price_move_after_an_earlier_fall() -> None:
    text = "وارتفع سعر الذهب 5 دولارات بحلول الساعة 06:30 بتوقيت جرينتش بعد تراجعه أكثر من 2% يوم الأربعاء."
    assert _events(text) == [
        ("2015-08-07T06:30", "وارتفع سعر الذهب 5 دولارات بحلول الساعة 06:30 بتوقيت جرينتش"),
        ("2015-08-05", "بعد تراجعه أكثر من 2% يوم الأربعاء."),
    ]


def test_a_before_phrase_keeps_its_own_day() -> None:
    text = "وأجرى المهاجم في وقت سابق من الأسبوع الجاري فحصا طبيا في لندن قبل سفره إلى مدريد أمس الأول."
    assert _events(text) == [
        ("2015-W32", "وأجرى المهاجم في وقت سابق من الأسبوع الجاري فحصا طبيا في لندن"),
        ("2015-08-05", "قبل سفره إلى مدريد أمس الأول."),
    ]


def test_a_return_after_a_camp_told_ahead() -> None:
    text = "يلعب المنتخب مباراته الودية الأخيرة غدا السبت قبل العودة إلى العاصمة يوم الاثنين المقبل."
    assert [value for value, _ in _events(text)] == ["2015-08-08", "2015-08-10"]
    assert _events(text)[1][1] == "قبل العودة إلى العاصمة يوم الاثنين المقبل."


def test_not_after_a_complementizer() -> None:
    # the phrase belongs to what is planned after على أن: the sentence is not cut at بعد
    # (with «يفتتح للسيارات» the opening's trigger word cuts it anyway, _tells_apart, since main 93d237e)
    text = "ويتوقع أن ينتهي بناء الجسر نهاية عام 2017 على أن يتم تشغيله بعد إجراء اختبارات الأمان في عام 2018."
    clauses = {clause for _, clause in _events(text)}
    assert not any(clause.startswith("بعد") for clause in clauses)


def test_not_a_demonstrative_nor_a_date_right_after() -> None:
    # بعد ذلك names no happening of its own; a date one or two words on is dropped, not cut off
    text = "وعاد الوزير إلى مكتبه اليوم بعد ذلك بيومين من مغادرة العاصمة الأحد الماضي."
    assert all(not clause.startswith("بعد") for _, clause in _events(text))
    assert _events("واستأنف الفريق تدريباته اليوم بعد فوزه أمس.") == [
        ("2015-08-07", "واستأنف الفريق تدريباته اليوم بعد فوزه أمس.")]


def test_offsets_hold() -> None:
    text = "وتراجع الدولار اليوم الجمعة بعد صدور بيانات ضعيفة عن التوظيف مطلع الأسبوع."
    for e in article_events("a", text, _PUBLISHED):
        assert text[e.clause.start:e.clause.end] == e.clause.text
        assert text[e.timex.start:e.timex.end] == e.timex.text


def test_not_when_a_verb_stands_between_the_noun_and_its_date() -> None:
    # the date is the decision's content (يقضي بـ...), not the announcement's: the sentence is not cut at بعد
    text = "وأصدرت الهيئة قرارا اليوم بعد إعلان نتائج الشركة يقضي باستئناف تداول أسهمها ابتداء من جلسة الغد."
    clauses = {clause for _, clause in _events(text)}
    assert not any(clause.startswith("بعد") for clause in clauses)
