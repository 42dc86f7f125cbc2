"""Every mosque has its Friday sermon, told in the same words: two preachers' sermons of one
Friday stay apart, one sermon told by two outlets joins (issue 6 item 1, merge19). Arabic
written for these tests."""

from __future__ import annotations

from merge_helpers import entry_of


def test_two_preachers_sermons_of_one_friday_stay_apart() -> None:
    entry = entry_of([
        {"id": "s1", "source": "صدى الساحل", "published": "2024-05-11T18:00",
         "text": "حذر إمام وخطيب الجامع الكبير الشيخ سالم العتيبي في خطبة الجمعة أمس من الشائعات."},
        {"id": "s2", "source": "الأفق", "published": "2024-05-11T20:00",
         "text": "وحذر إمام وخطيب الجامع الكبير الشيخ سالم العتيبي أمس الجمعة من خطر الشائعات على المجتمع."},
        {"id": "s3", "source": "المرصد", "published": "2024-05-11T20:00",
         "text": "وحذر إمام وخطيب جامع النور الشيخ فهد المطيري في خطبته أمس الجمعة من الشائعات وخطرها على "
                 "المجتمع."},
    ])
    assert entry["s1"] == entry["s2"]
    assert entry["s3"] != entry["s1"]


def test_one_protest_in_front_of_a_building_told_twice_is_one_entry() -> None:
    # folded, أمام (in front of) is إمام: a clause opening with it names where, told alike
    entry = entry_of([
        {"id": "p1", "source": "صدى الساحل", "published": "2024-05-11T18:00",
         "text": "وتظاهر أمام مقر وزارة الزراعة أمس الجمعة مئات المزارعين احتجاجا على رفع أسعار الأسمدة."},
        {"id": "p2", "source": "الأفق", "published": "2024-05-11T20:00",
         "text": "تظاهر مئات المزارعين أمس الجمعة أمام مقر وزارة الزراعة في العاصمة للمطالبة بخفض أسعار الأسمدة."},
    ])
    assert entry["p1"] == entry["p2"]
