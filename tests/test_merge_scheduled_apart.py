"""Two outlets' reports of two happenings of one class set for one day, both told ahead (review45's
finding on pair45's schedule rule, sched45): two groups' strikes, one minister's two openings, two
unions' strikes, two chambers voting two bills, two courts in two towns adjourning to one Monday.
The pairs that stay apart guard them; the four that joined in a batch of two articles (sched45's
strict xfails) are parted by who does the happening or what its verb governs past its subject
(``actor``, ``governed`` of :func:`timeline.wording.clause_features`; who46). Arabic written for
these tests."""

from __future__ import annotations

from merge_helpers import told_rows

NURSES = "يضرب الممرضون في المستشفيات الحكومية عن العمل يوم الأحد القادم احتجاجا على تأخر صرف علاواتهم."
DRIVERS = "ويضرب سائقو الحافلات العامة عن العمل يوم الأحد القادم للمطالبة بتحسين ظروف عملهم."
HOSPITAL = "يفتتح وزير الصحة يوم الأربعاء القادم مستشفى النور التخصصي الذي يضم مئة وخمسين سريرا."
CENTRE = "ويفتتح وزير الصحة يوم الأربعاء القادم مركز الرعاية الأولية الجديد الذي يخدم عشرين ألف نسمة."
TANTA = "قررت محكمة الاستئناف في طنطا تأجيل محاكمة المتهم إلى جلسة يوم الاثنين القادم لسماع الشهود."
ASSIUT = "وقررت محكمة الجنح في أسيوط تأجيل محاكمة المتهم إلى جلسة يوم الاثنين القادم لضم التقارير الطبية."
SCHOOL = "يفتتح وزير التعليم الخميس المقبل مدرسة الأمل الثانوية بحضور عدد من المسؤولين."
LIBRARY = "ويفتتح وزير التعليم الخميس المقبل مكتبة عامة تضم عشرة آلاف كتاب."
ENGINEERS = "أعلنت نقابة المهندسين أنها ستنفذ إضرابا عاما يوم الأحد القادم رفضا لقانون التقاعد الجديد."
LAWYERS = "وأعلنت نقابة المحامين أنها ستنفذ إضرابا عاما يوم الأحد القادم احتجاجا على رسوم التقاضي."
NURSES_NOUN = "ينفذ الممرضون إضرابا عن العمل السبت المقبل في كل المستشفيات الحكومية."
DRIVERS_NOUN = "وينفذ سائقو سيارات الأجرة إضرابا عن العمل السبت المقبل رفضا لزيادة أسعار الوقود."
SENATE = "يصوت مجلس الشيوخ يوم الاثنين القادم على مشروع قانون الموازنة العامة للعام المقبل."
DEPUTIES = "ويصوت مجلس النواب يوم الاثنين القادم على مشروع قانون حماية البيانات الشخصية."


def _articles(first: str, second: str) -> list[dict[str, str]]:
    # both published on Tuesday 5 March 2024, so a weekday "القادم" names one day on both sides
    return [{"id": "a", "source": "صحيفة الشرق", "published": "2024-03-05T07:00", "text": first},
            {"id": "b", "source": "وكالة النهر", "published": "2024-03-05T15:00", "text": second}]


def _apart(first: str, second: str) -> bool:
    """Whether the two articles' dated-ahead events (their first) fall in two entries."""
    rows = told_rows(_articles(first, second))
    first_entry = {article: entry for article, _clause, _grain, entry in reversed(rows)}
    return first_entry["a"] != first_entry["b"]


def test_two_groups_striking_on_one_sunday_stay_apart() -> None:
    assert _apart(NURSES, DRIVERS)


def test_a_hospital_and_a_health_centre_opened_by_one_minister_on_one_day_stay_apart() -> None:
    assert _apart(HOSPITAL, CENTRE)


def test_two_courts_in_two_towns_adjourning_to_one_monday_stay_apart() -> None:
    assert _apart(TANTA, ASSIUT)


def test_a_school_and_a_library_opened_by_one_minister_on_one_day_stay_apart() -> None:
    assert _apart(SCHOOL, LIBRARY)


def test_two_groups_striking_on_one_saturday_told_with_the_noun_stay_apart() -> None:
    assert _apart(NURSES_NOUN, DRIVERS_NOUN)


def test_two_unions_striking_on_one_sunday_stay_apart() -> None:
    assert _apart(ENGINEERS, LAWYERS)


def test_two_chambers_voting_two_bills_on_one_monday_stay_apart() -> None:
    assert _apart(SENATE, DEPUTIES)
