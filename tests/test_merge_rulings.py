"""A release a court orders is its ruling (``أخلت المحكمة سبيل``، as ``قضت المحكمة``): outlets
telling a hearing by what the court decided there, and by the hearing itself, meet in one
entry; a release by another authority stays a release, and a court's release and an
authority's release of one day in one town stay apart (Arabic written for these tests)."""

from __future__ import annotations

import pytest
from merge_helpers import entry_of

from timeline.happenings import load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "cls"), [
    ("أخلت محكمة الجنايات سبيل خمسة متهمين بلا كفالة", "محاكمة"),
    ("وأخلى القاضي سبيل المتهمين الثلاثة", "محاكمة"),
    ("أخلت السلطات سبيل الصحفي بعد احتجازه يومين", "إفراج"),
    ("وأخلت الشرطة المبنى المجاور للسوق", None),
])
def test_a_release_a_court_orders_is_its_ruling(clause: str, cls: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == cls


def test_a_hearing_and_the_release_ordered_there_are_one_entry() -> None:
    entry = entry_of([
        {"id": "release", "source": "صدى الساحل", "published": "2024-05-16T20:00",
         "text": "أخلت محكمة الجنايات في المدينة، اليوم الخميس سبيل 7 متهمين من أصل 19 في قضية الاختلاس الكبرى، "
                 "بلا ضمان، مع منعهم من السفر."},
        {"id": "hearing", "source": "نشرة الوادي", "published": "2024-05-17T08:00",
         "text": "وقرر القاضي في الجلسة التي عقدت يوم أمس لاستكمال محاكمة المتهمين الـ19 في قضية الاختلاس "
                 "الكبرى إخلاء سبيل 7 متهمين بلا ضمان ومنعهم من السفر."},
    ])
    assert entry["release"] == entry["hearing"]


def test_a_courts_release_and_an_authoritys_release_in_one_town_stay_apart() -> None:
    entry = entry_of([
        {"id": "court", "source": "صدى الساحل", "published": "2024-05-16T20:00",
         "text": "أخلت محكمة الجنايات في بلدة الطيبة، اليوم الخميس سبيل 7 متهمين في قضية الاختلاس، بلا ضمان."},
        {"id": "court2", "source": "الأفق", "published": "2024-05-16T21:00",
         "text": "وأخلت محكمة الجنايات في بلدة الطيبة اليوم الخميس سبيل 7 متهمين في قضية الاختلاس بلا ضمان."},
        {"id": "police", "source": "نشرة الوادي", "published": "2024-05-16T22:00",
         "text": "وأخلت السلطات في بلدة الطيبة اليوم الخميس سبيل 7 صيادين احتجزتهم بعد عبورهم الحدود البحرية."},
    ])
    assert entry["court"] == entry["court2"] != entry["police"]


@pytest.mark.parametrize(("clause", "cls"), [
    ("تنظر محكمة الجنايات غدا قضية الاختلاس الكبرى", "محاكمة"),
    ("وقد رفع القاضي الجلسة بناء على طلب المحامين", "محاكمة"),
    ("وشهدت جلسة أمس تنحي محاميين عن الدفاع", "محاكمة"),
    ("كما أجلت المحكمة القضية إلى الأسبوع المقبل", "محاكمة"),
    ("وعقد مجلس الوزراء جلسته برئاسة الملك", None),
    ("وتنظر الوزارة في الطلبات المقدمة", None),
    ("ولم تحسم بعد قضية تأجيل البطولة", None),
])
def test_a_courts_procedure_is_its_hearing(clause: str, cls: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == cls


def test_a_hearing_previewed_and_told_the_day_after_is_one_entry() -> None:
    # the preview's predicate (تنظر المحكمة) tells the hearing, not the case it names (التفجير)
    entry = entry_of([
        {"id": "preview", "source": "صدى الساحل", "published": "2024-05-13T20:00",
         "text": "تنظر محكمة الجنايات في بلدة الطيبة غدا قضية أمن دولة «تفجير محطة الحافلات» والمتهم فيها 19 شخصا."},
        {"id": "hearing", "source": "نشرة الوادي", "published": "2024-05-15T08:00",
         "text": "وعقدت محكمة الجنايات في بلدة الطيبة أمس أولى جلسات محاكمة 19 شخصا في قضية أمن الدولة."},
    ])
    assert entry["preview"] == entry["hearing"]


def test_two_cases_heard_by_one_court_on_one_day_stay_apart() -> None:
    entry = entry_of([
        {"id": "bombing", "source": "صدى الساحل", "published": "2024-05-14T20:00",
         "text": "تنظر محكمة الجنايات في بلدة الطيبة اليوم قضية أمن دولة «تفجير محطة الحافلات» والمتهم فيها 19 شخصا."},
        {"id": "bombing2", "source": "الأفق", "published": "2024-05-14T21:00",
         "text": "وعقدت محكمة الجنايات في بلدة الطيبة اليوم أولى جلسات محاكمة 19 شخصا متهمين بتفجير محطة الحافلات."},
        {"id": "fraud", "source": "نشرة الوادي", "published": "2024-05-14T22:00",
         "text": "وحكمت محكمة الجنايات في بلدة الطيبة اليوم بسجن ثلاثة موظفين في البلدية خمس سنوات بتهمة اختلاس "
                 "أموال عامة."},
    ])
    assert entry["bombing"] == entry["bombing2"] != entry["fraud"]
