"""Reports a day apart that name no happening (plain clauses) are one entry only when they copy
one report: two days' market, weather or training reports told in like words stay apart
(Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import entry_of


def test_plain_reports_a_day_apart_stay_apart_unless_copies() -> None:
    # two sessions of one market, told in like words on consecutive days: two happenings;
    # one wire report printed a day apart (the second outlet dates it a day later): one entry
    entry = entry_of([
        {"id": "sunday", "source": "نشرة الوادي", "published": "2024-03-10T16:00",
         "text": "أغلق مؤشر سوق الأسهم اليوم الأحد وسط تداولات نشطة على أسهم المصارف وشركات الاتصالات والإسمنت "
                 "في السوق الموازية."},
        {"id": "monday", "source": "صدى الساحل", "published": "2024-03-11T16:00",
         "text": "أغلق مؤشر سوق الأسهم اليوم الاثنين وسط تداولات هادئة على أسهم المصارف وشركات الاتصالات "
                 "والتأمين في السوق الموازية."},
        {"id": "wire-1", "source": "نشرة الوادي", "published": "2024-03-10T12:00",
         "text": "أغلقت البلدية اليوم الأحد الطريق الساحلي أمام الشاحنات لصيانة الجسر الشمالي قرب بلدة الغدير."},
        {"id": "wire-2", "source": "صدى الساحل", "published": "2024-03-11T12:00",
         "text": "أغلقت البلدية اليوم الاثنين الطريق الساحلي أمام الشاحنات لصيانة الجسر الشمالي قرب بلدة الغدير."},
    ])
    assert entry["sunday"] != entry["monday"]
    assert entry["wire-1"] == entry["wire-2"]


def test_template_reports_with_other_counts_stay_apart() -> None:
    # one market's closing told in one template on consecutive days: the words are copies,
    # the counts all differ: two sessions; the same session reprinted a day later keeps its
    # counts and joins
    sunday = ("وارتفعت في السوق الموازية اليوم أسهم 41 شركة مقابل تراجع أسهم 27 شركة، وبلغت قيمة الصفقات "
              "المنفذة في الجلسة 212 مليون دينار.")
    monday = ("وارتفعت في السوق الموازية اليوم أسهم 18 شركة مقابل تراجع أسهم 63 شركة، وبلغت قيمة الصفقات "
              "المنفذة في الجلسة 175 مليون دينار.")
    entry = entry_of([
        {"id": "sunday", "source": "نشرة الوادي", "published": "2024-03-10T16:00", "text": sunday},
        {"id": "monday", "source": "صدى الساحل", "published": "2024-03-11T16:00", "text": monday},
    ])
    assert entry["sunday"] != entry["monday"]
    entry = entry_of([
        {"id": "sunday", "source": "نشرة الوادي", "published": "2024-03-10T16:00", "text": sunday},
        {"id": "reprint", "source": "مرآة الجنوب", "published": "2024-03-11T08:00", "text": sunday},
    ])
    assert entry["sunday"] == entry["reprint"]


def test_plain_reports_days_apart_stay_apart_unless_copies() -> None:
    # two days' forecasts in like words (not copies), two days apart: two forecasts
    entry = entry_of([
        {"id": "sunday", "source": "نشرة الوادي", "published": "2024-03-10T07:00",
         "text": "توقع المركز الوطني للأرصاد في نشرته لهذا اليوم سماء غائمة جزئيا مع فرصة لهطول أمطار رعدية "
                 "على المرتفعات الجنوبية ورياح نشطة مثيرة للأتربة على المناطق الشمالية والساحلية."},
        {"id": "tuesday", "source": "صدى الساحل", "published": "2024-03-12T07:00",
         "text": "توقع المركز الوطني للأرصاد في نشرته لهذا اليوم سماء صافية إلى غائمة جزئيا مع فرصة لتكون "
                 "الضباب على المرتفعات الجنوبية ورياح نشطة مثيرة للأتربة على المناطق الشمالية."},
    ])
    assert entry["sunday"] != entry["tuesday"]
