"""What an inherited or window date does not reach (Arabic written for these tests): a lead's report
window dates the report, not the earlier happening its relative clause or its since recalls; a clause
whose time is counted from a happening the article does not date inherits nothing; a claim of
responsibility is a later act that does not take the attack's day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2026, 3, 12, 18)  # a Thursday
BLAST = "قتل ثلاثة أشخاص أمس الأربعاء في انفجار عبوة في سوق المدينة"


def _window(text: str) -> str | None:
    """The clause of the lead's report window (confidence 0.4, empty expression), if any."""
    return next((e.clause.text for e in article_events("a", text, PUBLISHED, inherit=True)
                 if e.inherited and e.confidence == 0.4 and e.timex.text == ""), None)


def _inherited(text: str) -> list[str]:
    """The first words of the clauses that inherit a date from the narrative (0.5 / 0.7)."""
    return [" ".join(e.clause.text.split()[:2]) for e in article_events("a", text, PUBLISHED, inherit=True)
            if e.inherited and e.confidence in (0.5, 0.7)]


@pytest.mark.parametrize(("lead", "report"), [
    ("أكد مدير الدفاع المدني في المحافظة أنه لا توجد أي إصابات بين سكان القرى القريبة من الحرائق التي اندلعت "
     "في الغابات الشمالية، مشيرا إلى أن الفرق تواصل عملها.",
     "أكد مدير الدفاع المدني في المحافظة أنه لا توجد أي إصابات بين سكان القرى القريبة من الحرائق"),
    ("أعلن رئيس الاتحاد الإقليمي للسباحة دعمه لمرشح الشمال لرئاسة الاتحاد الدولي خلفا للرئيس الحالي الذي "
     "أعلن استقالته من منصبه.",
     "أعلن رئيس الاتحاد الإقليمي للسباحة دعمه لمرشح الشمال لرئاسة الاتحاد الدولي خلفا للرئيس الحالي"),
    ("أعلنت الشرطة اعتقال ثلاثة مشتبه بهم في ثاني حملة من نوعها منذ مقتل حارس المصنع في الضاحية الجنوبية.",
     "أعلنت الشرطة اعتقال ثلاثة مشتبه بهم في ثاني حملة من نوعها"),
])
def test_a_window_dates_the_report_not_what_it_recalls(lead: str, report: str) -> None:
    assert _window(lead + " وقال إن التحقيق مستمر.") == report


def test_a_relative_clause_in_the_present_stays_in_the_window() -> None:
    lead = "استقبل وزير الخارجية نظيرته الإسبانية التي تزور البلاد لبحث التعاون في مجال الطاقة."
    assert _window(lead + " وقال إن الزيارة مهمة.") == lead


def test_a_time_counted_from_an_undated_happening_inherits_nothing() -> None:
    # the bombs (dual) are not the bomb the article dates: four days after them is a time of its own
    told = "عندما أسقط الطيارون القنبلة على الميناء في 3 مارس 1944 التي قتلت ألف شخص كان الصياد بعيدا."
    assert _inherited(told + " وبعد مضي 4 أيام من إسقاط القنبلتين استسلمت الحامية.") == []
    assert _inherited(BLAST + ". وقتل في الانفجار أيضا شرطي.") == ["وقتل في"]


KIDNAP = "خطف مسلحون مساء أمس الأربعاء خمسة عناصر من فرقة تدربت في الخارج قرب الحدود"


@pytest.mark.parametrize("claim", [
    ". وتبنت جبهة مسلحة خطف العناصر متهمة إياهم بالعمالة.",
    ". وتبنى تنظيم متشدد خطف العناصر في بيان على الإنترنت.",
])
def test_a_claim_of_responsibility_does_not_take_the_attacks_day(claim: str) -> None:
    assert _inherited(KIDNAP + claim) == []
    assert _inherited(BLAST + ". وقتل في الانفجار أيضا شرطي.") == ["وقتل في"]


@pytest.mark.parametrize("lead", [
    # a relative clause inside the subject of what was said: its predicate (بلغ) is still to come
    "أعلنت شركة التأمين أن عدد الأسهم التي تم الاكتتاب بها في المرحلة الأولى بلغ مليون سهم.",
    # a relative clause of time (في الوقت الذي: while) recalls nothing
    "أعلنت البلدية إطلاق حملة واسعة لتنظيف الشواطئ في الوقت الذي بدأت فيه العطلة الصيفية للمدارس.",
])
def test_a_relative_clause_the_report_needs_stays(lead: str) -> None:
    assert _window(lead + " وقال إن العمل مستمر.") == lead


def test_the_since_of_a_time_is_the_reports_own() -> None:
    lead = "أعلن النادي الأهلي منذ لحظات قليلة تعيين المدرب الجديد للفريق الأول لكرة القدم."
    assert _window(lead + " وقال إن العقد لعامين.") == lead


def test_a_cut_window_keeps_the_place_of_its_whole_lead() -> None:
    lead = "أدانت الرابطة بشدة الجريمة النكراء التي استهدفت مسجدا في مدينة أبها وأسفرت عن سقوط ضحايا."
    window = next(e for e in article_events("a", lead + " وقالت إن الإرهاب لا دين له.", PUBLISHED, inherit=True)
                  if e.confidence == 0.4)
    assert window.clause.text == "أدانت الرابطة بشدة الجريمة النكراء"
    assert window.place is not None and "أبها" in window.place


@pytest.mark.parametrize("lead", [
    "ضبطت قوات الأمن التي داهمت المستودع كمية كبيرة من المواد المهربة في الميناء.",
    "عثرت الشرطة التي فتشت الشقة على أجهزة اتصال وأوراق مزورة في إحدى الغرف.",
])
def test_a_relative_clause_on_the_subject_does_not_cut_its_predicate(lead: str) -> None:
    # the verb, its subject, then the relative clause: the verb's complement is still to come
    assert _window(lead + " وقال إن التحقيق مستمر.") == lead


def test_a_relative_clause_after_the_object_is_cut() -> None:
    lead = "أدانت الحكومة الجريمة التي استهدفت المصلين في القرية الشمالية."
    assert _window(lead + " وقال إن التحقيق مستمر.") == "أدانت الحكومة الجريمة"
