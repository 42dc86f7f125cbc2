"""One happening told in other words by two outlets is one entry; two acts of one doer on one day in one town
are two (issue 6 item 1, para70: the guard any paraphrase rule of the merge must keep). Arabic written for these
tests."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _entries(first: str, second: str) -> list[int]:
    events = build_timeline(pl.DataFrame([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00", "text": first},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00", "text": second},
    ])).events
    return events.sort("article_id")["cluster"].to_list()


def test_a_march_and_a_demonstration_of_one_town_and_day_are_one_entry() -> None:
    # a protest told as «مسيرة» by one outlet and as «تظاهر» by the other: one class, one town
    entries = _entries("خرج مئات من سكان بلدة الصفصاف أمس في مسيرة سلمية جابت شوارعها احتجاجا على انقطاع المياه "
                       "منذ أسبوعين.",
                       "تظاهر المئات أمس في الصفصاف مطالبين بإعادة ضخ المياه إلى أحيائهم بعد انقطاع طويل.")
    assert len(entries) == 2 and entries[0] == entries[1]


def test_a_trial_and_its_sitting_told_by_two_outlets_are_one_entry() -> None:
    # the court's day told as «محاكمة» continued and as the judge adjourning «جلسة» of the case (its adjournment's
    # own day, «الأسبوع المقبل», is another row)
    entries = _entries("واصلت محكمة الجنايات أمس محاكمة المتهمين الثلاثة في قضية سرقة مصرف الوادي واستمعت إلى "
                       "شهود الادعاء.",
                       "رفع القاضي أمس جلسة قضية سرقة مصرف الوادي إلى الأسبوع المقبل بعد الاستماع إلى شاهدين.")
    assert len(entries) == 3 and entries[0] == entries[1]


def test_two_openings_of_one_governor_in_one_district_on_one_day_stay_apart() -> None:
    # one doer, one town and district, one day: a school opened, a hospital's first stone laid
    entries = _entries("افتتح محافظ الصفصاف أمس مدرسة البنات الثانوية الجديدة في حي الزيتون بحضور مديري التعليم.",
                       "وضع محافظ الصفصاف أمس حجر الأساس لمستشفى الولادة في حي الزيتون بتكلفة عشرين مليونا.")
    assert len(entries) == 2 and entries[0] != entries[1]


def test_a_market_closed_and_another_opened_by_one_governor_on_one_day_stay_apart() -> None:
    # one doer, one town, one day, one word shared (سوق): the livestock market closed, the vegetable market opened
    entries = _entries("أعلن محافظ الصفصاف أمس إغلاق سوق الماشية في البلدة لأسبوع بسبب تفشي الحمى.",
                       "افتتح محافظ الصفصاف أمس سوق الخضار الجديد في البلدة بعد أشهر من الانتظار.")
    assert len(entries) == 2 and entries[0] != entries[1]
