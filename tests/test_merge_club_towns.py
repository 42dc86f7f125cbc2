"""A club named after its city (باريس سان جيرمان، ريال مدريد) places nothing in that city, so a
report of a transfer told by the club's name is not kept from another outlet's report placing it
where it happened (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of


def test_a_club_named_after_its_city_gives_its_clause_no_town() -> None:
    rows = clause_rows(["أعلن نادي باريس سان جيرمان أمس أن الجناح كارلوس مندوزا اجتاز الفحص الطبي",
                        "هبطت طائرة الوفد في باريس أمس بعد رحلة طويلة"])
    assert rows["c-0"]["town"] is None
    assert rows["c-1"]["town"] == "باريس"


def test_one_medical_told_by_the_club_and_by_the_town_is_one_entry() -> None:
    entry = entry_of([
        {"id": "doha", "source": "صدى الساحل", "published": "2024-05-12T20:00",
         "text": "اجتاز الجناح الأرجنتيني كارلوس مندوزا أمس الفحص الطبي في مستشفى أسبيتار بالدوحة "
                 "تمهيدا لانتقاله من نادي فالنسيا إلى باريس سان جيرمان."},
        {"id": "club", "source": "نشرة الوادي", "published": "2024-05-12T21:00",
         "text": "أعلن نادي باريس سان جيرمان أمس أن الجناح الأرجنتيني كارلوس مندوزا اجتاز الفحص الطبي "
                 "في مستشفى أسبيتار تمهيدا لانتقاله من فالنسيا."},
    ])
    assert entry["doha"] == entry["club"]


def test_two_medicals_of_one_day_in_one_town_stay_apart() -> None:
    entry = entry_of([
        {"id": "mendoza", "source": "صدى الساحل", "published": "2024-05-12T20:00",
         "text": "اجتاز الجناح الأرجنتيني كارلوس مندوزا أمس الفحص الطبي في مستشفى أسبيتار بالدوحة "
                 "تمهيدا لانتقاله من نادي فالنسيا إلى باريس سان جيرمان."},
        {"id": "mendoza2", "source": "الأفق", "published": "2024-05-12T21:00",
         "text": "أعلن نادي باريس سان جيرمان أمس أن الجناح الأرجنتيني كارلوس مندوزا اجتاز الفحص الطبي "
                 "في مستشفى أسبيتار تمهيدا لانتقاله من فالنسيا."},
        {"id": "okafor", "source": "نشرة الوادي", "published": "2024-05-12T22:00",
         "text": "خضع المدافع النيجيري صامويل أوكافور أمس في الدوحة لفحوص طبية قبل توقيعه عقدا "
                 "لأربعة مواسم مع ريال مدريد قادما من بورتو."},
    ])
    assert entry["mendoza"] == entry["mendoza2"] != entry["okafor"]
