"""Report leads read since round 68: a lead dated only by a later piece's relative clause told ahead, and protests
and a force's posture opening a lead (leads.yaml)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events
from timeline.leads import ahead_relative

PUBLISHED = dt.datetime(2022, 3, 10, 18, 30)


def _events(text: str, inherit: bool = True):
    return article_events("a", text, PUBLISHED, inherit=inherit)


def test_a_statement_dated_only_by_the_match_it_names_gets_its_window() -> None:
    # the coach's statement is undated; «اليوم» is the match's day, told ahead in a relative clause
    text = ("أكد مدرب الوحدة خالد السالم أن المهاجم ماركوس غير جاهز للمشاركة مع التشكيلة التي ستواجه النصر "
            "في افتتاح الدوري اليوم. وكان اللاعب قد غاب عن التدريبات.")
    events = _events(text)
    dates = sorted((e.timex.value, e.timex.text) for e in events if e.clause.sentence_index == 0)
    assert ("2022-03-10", "اليوم") in dates  # the match keeps its own day
    window = [e for e in events if e.timex.text == ""]
    assert len(window) == 1 and window[0].timex.value == "2022-03-09/2022-03-10"
    assert window[0].clause.text.startswith("أكد مدرب الوحدة")
    assert "اليوم" not in window[0].clause.text
    t = window[0].timex
    assert text[t.start:t.end] == ""


def test_a_match_played_today_in_a_later_piece_leaves_the_statement_undated() -> None:
    text = ("أكد مدرب الوحدة خالد السالم أن المهاجم ماركوس سيغيب عن القائمة التي ستلعب مباراة الافتتاح اليوم. "
            "وكان اللاعب قد غاب عن التدريبات.")
    assert [e.timex.value for e in _events(text) if e.timex.text == ""] == ["2022-03-09/2022-03-10"]
    # without inherit the window is a candidate, for the merge to keep or drop
    assert [e.confidence for e in article_events("a", text, PUBLISHED, leads=True) if e.timex.text == ""] == [0.3]


def test_a_relative_date_inside_the_uncut_lead_clause_still_dates_it() -> None:
    # not cut off (no happening word after the pronoun): the clause is dated by «اليوم», no window (a limit)
    text = ("أوضح مدرب الوحدة أن المهاجم البرازيلي ماركوس لن يشارك مع المجموعة التي ستخوض نهائي الكأس اليوم. "
            "وكان اللاعب قد غاب عن التدريبات.")
    assert [e for e in _events(text) if e.timex.text == ""] == []


def test_a_fair_held_today_leaves_the_undated_decision_its_window() -> None:
    text = ("قررت اللجنة المنظمة تمديد ساعات الزيارة في المعرض الذي يقام اليوم في قاعة المؤتمرات بمدينة الدمام. "
            "وقال رئيس اللجنة إن الإقبال فاق التوقعات.")
    events = _events(text)
    assert [e.timex.value for e in events if e.timex.text == ""] == ["2022-03-09/2022-03-10"]


def test_a_relative_clause_told_done_still_dates_the_lead() -> None:
    # «الذي عقد أمس» is past: the lead's sentence is dated, no window is made (as before)
    text = ("أكد وزير التجارة خلال المؤتمر الصحفي الذي عقد أمس في مقر الوزارة أن الأسعار ستبقى مستقرة "
            "حتى نهاية العام. وأضاف أن الرقابة ستشتد.")
    assert [e for e in _events(text) if e.timex.text == ""] == []


def test_a_date_of_the_lead_clause_itself_keeps_it_dated() -> None:
    text = "أعلن المجلس البلدي أمس إغلاق الحديقة العامة التي ستفتتح مجددا الأسبوع المقبل بعد صيانتها."
    assert [e for e in _events(text) if e.timex.text == ""] == []


def test_ahead_relative_reads_the_verb_after_the_pronoun() -> None:
    from timeline._sentences import Clause

    text = "المباراة التي ستقام اليوم"
    clause = Clause(0, len(text), text, 0, 0, len(text))
    assert ahead_relative(text, clause, text.index("اليوم"))
    past = "المباراة التي أقيمت أمس"
    assert not ahead_relative(past, Clause(0, len(past), past, 0, 0, len(past)), past.index("أمس"))
    plain = "في افتتاح الموسم اليوم"
    assert not ahead_relative(plain, Clause(0, len(plain), plain, 0, 0, len(plain)), plain.index("اليوم"))


def test_a_protest_or_a_force_s_posture_opens_a_report_lead() -> None:
    # protests and a force's posture: acts a paper reports on the day (leads.yaml)
    for text in (
        "احتج مئات الصيادين أمام مبنى البلدية على قرار منع الصيد في الخليج الشمالي. وطالبوا بتعويضات عاجلة.",
        "عززت قوات حرس الحدود انتشارها على الشريط الساحلي الجنوبي بعد محاولات تهريب متكررة. وأكد قائد القوة أن الوضع هادئ.",
        "وتظاهر عشرات الطلاب في ساحة الجامعة رفضا لزيادة الرسوم الدراسية على الطلاب الجدد.",
    ):
        assert [e.timex.value for e in _events(text) if e.timex.text == ""] == ["2022-03-09/2022-03-10"], text


def test_a_protest_told_with_its_day_keeps_it() -> None:
    text = "اعتصم عشرات العمال أمس أمام مقر الشركة مطالبين بصرف رواتبهم المتأخرة منذ أشهر."
    assert [(e.timex.value, e.timex.text) for e in _events(text)][:1] == [("2022-03-09", "أمس")]
