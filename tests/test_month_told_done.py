"""A month told with no year and no tense cue goes to its nearest occurrence, a coming
one counting twice as far; when its clause tells what was done (a perfect verb is its nearest verb, or an
"after" word stands before it with no present verb before that) it is the past one (relative.yaml
``done_before``). A saying's content, a present or a future verb keep the nearest."""

from __future__ import annotations

from timeline import tag

TOLD = "2015-08-06T09:00"


def _months(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD) if t.grain is not None]


def test_a_month_after_an_after_word_is_the_past_one() -> None:
    assert _months("وغيرت الجماعة اسمها إلى «جبهة الساحل» بعد مبايعتها التنظيم في تشرين الثاني/نوفمبر") \
        == [("تشرين الثاني/نوفمبر", "2014-11")]
    assert _months("وبدل الحزب قيادته إثر انشقاق نوابه عنه في أكتوبر") == [("أكتوبر", "2014-10")]
    assert _months("وتراجع نفوذ الفصيل منذ انسحابه من المدينة في سبتمبر") == [("سبتمبر", "2014-09")]


def test_a_month_after_a_perfect_verb_is_the_past_one() -> None:
    assert _months("وأعلنت الوزارة في نوفمبر عن خطة لإصلاح الطرق") == [("نوفمبر", "2014-11")]
    assert _months("واجتمعوا في العاصمة في ديسمبر لبحث الخلاف") == [("ديسمبر", "2014-12")]


def test_a_day_of_the_month_a_far_perfect_or_the_months_own_after_stay_the_nearest() -> None:
    assert _months("ووصلوا إلى الميناء في 15 أغسطس") == [("15 أغسطس", "2015-08-15")]
    assert _months("وصوتت اللجنة لصالح عقد مؤتمر عام استثنائي في سبتمبر") == [("سبتمبر", "2015-09")]
    assert _months("وبعد ذلك يصوت المجلس في نوفمبر") == [("نوفمبر", "2015-11")]
    assert _months("وتقرر تأجيل الاقتراع إلى ما بعد نوفمبر") == [("نوفمبر", "2015-11")]


def test_a_month_of_a_sayings_content_or_a_present_verb_stays_the_nearest() -> None:
    assert _months("وقالت اللجنة إن الاقتراع في نوفمبر") == [("نوفمبر", "2015-11")]
    assert _months("ويختتم المهرجان بعد عرض الأفلام في أكتوبر") == [("أكتوبر", "2015-10")]
    assert _months("الانتخابات البلدية في نوفمبر") == [("نوفمبر", "2015-11")]


def test_a_future_or_a_year_still_decides() -> None:
    assert _months("وستعلن اللجنة النتائج بعد فرز الأصوات في نوفمبر") == [("نوفمبر", "2015-11")]
    assert _months("وأعلنت الوزارة أنها ستفتتح الجسر في أكتوبر") == [("أكتوبر", "2015-10")]
    assert _months("وأعلنت الوزارة في نوفمبر 2013 عن الخطة") == [("نوفمبر 2013", "2013-11")]


def test_a_period_compared_after_a_figure_dates_nothing() -> None:
    import datetime as dt

    from timeline.events import article_events

    told = dt.datetime(2015, 8, 6, 12)
    compared = "وسجلت الهيئة تراجعا بنسبة 7% في عدد الحوادث بالنسبة إلى النصف الأول من العام 2014."
    assert article_events("a", compared, told) == []
    as_for = "أما بالنسبة للعام المقبل فإن الهيئة ستفتتح فرعا جديدا."
    assert [e.timex.value for e in article_events("b", as_for, told)] == ["2016"]


def test_since_a_month_or_a_day_with_no_year_is_a_past_one() -> None:
    assert _months("والجسر مغلق أمام الشاحنات منذ نوفمبر (تشرين الثاني)") == [("منذ نوفمبر (تشرين الثاني)", "2014-11")]
    assert _months("والمعبر مغلق منذ 12 أكتوبر") == [("منذ 12 أكتوبر", "2014-10-12")]
    assert _months("ويستمر إغلاق المعبر حتى نوفمبر") == [("حتى نوفمبر", "2015-11")]


def test_since_a_hijri_month_with_no_year_is_a_past_one() -> None:
    # told on 21 Shawwal 1436: the Dhu al-Qa'da since which something holds is 1435's, not the coming one
    assert _months("والطريق مغلق منذ ذي القعدة") == [("منذ ذي القعدة", "2014-08-27/2014-09-24")]
    assert _months("والطريق مغلق منذ 20 ذي القعدة") == [("منذ 20 ذي القعدة", "2014-09-15")]
    assert _months("والطريق مغلق منذ شوال") == [("منذ شوال", "2015-07-17/2015-08-15")]


def test_a_month_in_a_quoted_saying_stays_the_nearest() -> None:
    # the saying's verb before a colon or an opening quote is not the quoted clause's verb
    assert _months("وقال الوزير: الاقتراع في نوفمبر") == [("نوفمبر", "2015-11")]
    assert _months("وأكد الوزير «الاقتراع في نوفمبر»") == [("نوفمبر", "2015-11")]
    assert _months('وذكر المصدر "التصويت في نوفمبر"') == [("نوفمبر", "2015-11")]
    # a closed quote (a name) leaves the verb before it its month's
    assert _months("وأعلنت «الجبهة» في نوفمبر حل نفسها") == [("نوفمبر", "2014-11")]
    assert _months('وأعلنت "الجبهة" في نوفمبر حل نفسها') == [("نوفمبر", "2014-11")]
    # a clock's colon opens no saying
    assert ("نوفمبر", "2014-11") in _months("ووصل الوفد الساعة 10:30 في نوفمبر")


def test_regarding_after_a_figure_is_no_comparison_of_a_later_date() -> None:
    import datetime as dt

    from timeline.events import article_events

    told = dt.datetime(2015, 8, 6, 12)

    def values(text: str) -> list[str]:
        return [e.timex.value for e in article_events("c", text, told)]

    # «بالنسبة لـ» + a noun that is no period: "as for, regarding"; the date after is the clause's own
    assert values("وعينت الوزارة 14 موظفا جديدا بالنسبة لمكاتب البريد في يوليو.") == ["2015-07"]
    assert values("ووزعت البلدية 40 خيمة، وبالنسبة للنازحين فقد وصلوا في يوليو.") == ["2015-07"]
    # the term of a comparison: the period itself, or "the same" period, right after it
    assert values("وتراجعت الحوادث 9% بالنسبة للفترة نفسها من العام الماضي.") == []
    assert values("وتراجعت الحوادث 9% بالنسبة إلى الربع الأول من العام الماضي.") == []


def test_a_month_in_a_relative_clause_of_a_perfect_is_the_past_one() -> None:
    # (today58) the relative clause's verb right after its pronoun, however far from the month
    assert _months("وقصفت الطائرات مواقع المسلحين الذين سيطروا على المطار الدولي القديم في سبتمبر") \
        == [("سبتمبر", "2014-09")]
    assert _months("وكرم القائد الجنود الذين شاركوا في العملية العسكرية الواسعة في ديسمبر") == [("ديسمبر", "2014-12")]


def test_a_month_in_a_relative_clause_of_a_plan_or_a_future_stays_the_nearest() -> None:
    assert _months("وهو الموعد الذي حددته اللجنة العليا للانتخابات في نوفمبر") == [("نوفمبر", "2015-11")]
    assert _months("وقال إن المقاتلين الذين سيطروا على البلدة سيغادرونها في سبتمبر") == [("سبتمبر", "2015-09")]
    assert _months("وتشارك الفرق التي تأهلت للنهائيات في البطولة التي تقام في نوفمبر") == [("نوفمبر", "2015-11")]


def test_a_month_after_a_relative_perfect_carrying_its_objects_pronoun_is_the_past_one() -> None:
    # (past61) a feminine perfect with an object pronoun, read as one right after a relative pronoun only
    assert _months("وناقش المجلس الشروط التي وضعتها الهيئة المستقلة لتنظيم السوق في نوفمبر") == [("نوفمبر", "2014-11")]
    assert _months("وألغت المحكمة القرار الذي اتخذته البلدية بشأن الأسواق الشعبية في أكتوبر") == [("أكتوبر", "2014-10")]
    # a plural perfect with its object's pronoun, by its shape anywhere (نفذوها: نفذوا)
    assert _months("وتحدث الضباط عن المداهمة التي نفذوها بحثا عن المطلوبين في نوفمبر") == [("نوفمبر", "2014-11")]
    assert _months("وروى الشهود تفاصيل الهجمات التي شاهدوها في القرى الحدودية في أكتوبر") == [("أكتوبر", "2014-10")]


def test_a_plans_perfect_or_a_noun_with_a_pronoun_after_a_relative_stays_the_nearest() -> None:
    assert _months("وهو الموعد الذي حددته اللجنة العليا للانتخابات في نوفمبر") == [("نوفمبر", "2015-11")]
    # a plan's perfect with its object's pronoun is still a plan's (أعلنتها: أعلنت; it read as a perfect before)
    assert _months("وهي الجولة التي أعلنتها الرابطة لبطولة الأندية في نوفمبر") == [("نوفمبر", "2015-11")]
