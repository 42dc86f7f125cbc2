"""A report of a day's grain whose interval spans more days than the merge holds an entry's
day-precise reports within (a range of days, an amount told as a bound: «قبل أكثر من أسبوعين»)
is a coarse date: two outlets' copies of it join, a day inside it told of another happening does
not (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import entry_of

WIRE = ("وكانت القوات الحكومية قد استعادت السيطرة على ميناء الغدير الشمالي قبل أكثر من أسبوعين "
        "بعد معارك عنيفة مع المسلحين.")


def test_two_copies_of_more_than_two_weeks_ago_join() -> None:
    entry = entry_of([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-20T10:00", "text": WIRE},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-20T14:00", "text": WIRE},
    ])
    assert entry["a"] == entry["b"]


def test_two_reports_of_a_festival_told_as_a_range_of_days_join() -> None:
    entry = entry_of([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-02T10:00",
         "text": "وتقام فعاليات مهرجان التمور السنوي في بلدة الغدير من 10 إلى 15 مارس الجاري بمشاركة مئة مزارع."},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-03T09:00",
         "text": "ينطلق مهرجان التمور السنوي في بلدة الغدير من 10 إلى 15 مارس الجاري بمشاركة مزارعي المنطقة."},
    ])
    assert entry["a"] == entry["b"]


def test_a_range_of_days_does_not_take_another_happening_of_a_day_inside_it() -> None:
    # a camp told as a range of days and a dinner on one evening of it: two happenings
    entry = entry_of([
        {"id": "camp", "source": "نشرة الوادي", "published": "2024-03-09T10:00",
         "text": "يقيم منتخب الشباب لكرة اليد معسكرا تدريبيا في مدينة الغدير من 10 إلى 20 مارس الجاري استعدادا "
                 "للبطولة القارية."},
        {"id": "dinner", "source": "صدى الساحل", "published": "2024-03-15T09:00",
         "text": "أقامت السفارة مساء أمس حفل عشاء لبعثة منتخب الشباب لكرة اليد في مدينة الغدير بحضور السفير."},
    ])
    assert entry["camp"] != entry["dinner"]
