"""Two outlets' reports of one day both told ahead of it (a schedule: a court adjourned a case to
Monday; a registration opens on the 7th), one class of happening, each its clause's own predicate,
need only the one-happening floor (``ONE_HAPPENING_SHARE`` of the same-day share) and no strong link
(pair45): whoever set the day is repeated by every outlet in its own words. Two happenings of one
class set for one day stay apart (two cases adjourned to one Monday; a festival and a hospital opened
on one Wednesday in one town). Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import entry_of

ADJOURNED = ("أجلت محكمة الجنايات الكبرى في عمان اليوم النظر في قضية الاعتداء على دورية للشرطة في ماركا إلى "
             "جلسة الاثنين المقبل بعد تغيب محامي الدفاع عن المتهم الأول.")
ADJOURNED_TOO = ("وذكرت وكالة الأنباء الرسمية أن هيئة المحكمة قررت بعد مداولة قصيرة تأجيل جلسة محاكمة المتهمين "
                 "بالاعتداء على الدورية إلى الاثنين المقبل.")
OTHER_CASE = ("وذكرت وكالة الأنباء الرسمية أن هيئة المحكمة قررت بعد مداولة قصيرة تأجيل جلسة محاكمة المتهمين "
              "بتهريب الأسلحة عبر الحدود إلى الاثنين المقبل.")
FESTIVAL = "يفتتح أمير منطقة القصيم الأربعاء المقبل مهرجان التمور السنوي في مدينة بريدة بمشاركة أكثر من ألفي مزارع."
HOSPITAL = ("ويفتتح أمير منطقة القصيم الأربعاء المقبل مستشفى الولادة والأطفال الجديد في مدينة بريدة بسعة ثلاثمئة "
            "سرير.")


def _articles(first: str, second: str) -> list[dict[str, str]]:
    return [{"id": "a", "source": "صحيفة الشرق", "published": "2024-03-05T20:00", "text": first},
            {"id": "b", "source": "وكالة النهر", "published": "2024-03-06T08:00", "text": second}]


def test_a_hearing_adjourned_to_monday_told_by_two_outlets_is_one() -> None:
    entry = entry_of(_articles(ADJOURNED, ADJOURNED_TOO))
    assert entry["a"] == entry["b"]


def test_two_cases_adjourned_to_one_monday_stay_apart() -> None:
    entry = entry_of(_articles(ADJOURNED, OTHER_CASE))
    assert entry["a"] != entry["b"]


def test_a_festival_and_a_hospital_opened_on_one_day_in_one_town_stay_apart() -> None:
    # the same day and town, one class (an opening), both told ahead: what is opened tells two
    entry = entry_of(_articles(FESTIVAL, HOSPITAL))
    assert entry["a"] != entry["b"]
