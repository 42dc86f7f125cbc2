"""A mention of a week holding the day other outlets give (``الأسبوع الماضي``) joins their entry
when it tells the same happening; another happening of that week stays apart (issue 6 item 1,
merge18). Arabic written for these tests."""

from __future__ import annotations

import polars as pl

from merge_helpers import entry_holding, told_rows

from timeline.pipeline import build_timeline

DAY_A = ("عثر صيادون أمس الأربعاء على حطام زورق الصيد المفقود قبالة شاطئ جزيرة المرجان الشمالية بعد "
         "أيام من البحث.")
DAY_B = ("وعثر صيادون أمس الأربعاء على حطام زورق الصيد المفقود على شاطئ جزيرة المرجان، وقالت "
         "السلطات إن فرق الغوص تواصل البحث عن البحارة.")
WEEK = ("وتفحص لجنة فنية حطام الزورق الذي عثر عليه الأسبوع الماضي على شاطئ جزيرة المرجان لتحديد "
        "هوية مالكه.")
OTHER = ("وعثرت الشرطة الأسبوع الماضي على مخزن أسلحة مهربة في كهف قرب شاطئ جزيرة المرجان "
         "الشمالية.")


def test_a_last_week_mention_joins_the_day_entry_of_its_happening() -> None:
    rows = told_rows([
        {"id": "d1", "source": "صدى الساحل", "published": "2024-05-09T18:00", "text": DAY_A},
        {"id": "d2", "source": "الأفق", "published": "2024-05-09T20:00", "text": DAY_B},
        {"id": "w1", "source": "المرصد", "published": "2024-05-14T10:00", "text": WEEK},
    ])
    assert {g for art, _, g, _ in rows if art == "w1"} == {"week"}
    day = entry_holding(rows, "d1", "حطام زورق")
    assert entry_holding(rows, "d2", "حطام زورق") == day
    assert entry_holding(rows, "w1", "الزورق الذي") == day
    entries = build_timeline(pl.DataFrame([
        {"id": "d1", "source": "صدى الساحل", "published": "2024-05-09T18:00", "text": DAY_A},
        {"id": "d2", "source": "الأفق", "published": "2024-05-09T20:00", "text": DAY_B},
        {"id": "w1", "source": "المرصد", "published": "2024-05-14T10:00", "text": WEEK},
    ])).entries
    joined = entries.filter(pl.col("n_sources") == 3)
    # the entry keeps the day its sources give, and the week holding it is no conflict
    assert joined.height == 1 and joined["grain"][0] == "day" and not joined["date_conflict"][0]


def test_another_happening_of_that_week_stays_apart() -> None:
    rows = told_rows([
        {"id": "d1", "source": "صدى الساحل", "published": "2024-05-09T18:00", "text": DAY_A},
        {"id": "d2", "source": "الأفق", "published": "2024-05-09T20:00", "text": DAY_B},
        {"id": "o1", "source": "المرصد", "published": "2024-05-14T10:00", "text": OTHER},
    ])
    assert entry_holding(rows, "o1", "مخزن أسلحة") != entry_holding(rows, "d1", "حطام زورق")


def test_a_deadline_is_no_day_a_month_mention_joins() -> None:
    # "حتى 20 مايو" bounds the vote (a deadline): the month's vote is not held by that day
    rows = told_rows([
        {"id": "m1", "source": "المرصد", "published": "2024-05-02T10:00",
         "text": "وقال رئيس البرلمان إن النواب سيصوتون على الموازنة الجديدة هذا الشهر في جلسة علنية."},
        {"id": "b1", "source": "صدى الساحل", "published": "2024-05-06T10:00",
         "text": "وأمام النواب مهلة حتى 20 مايو للتصويت على الموازنة الجديدة أو ردها إلى الحكومة."},
        {"id": "b2", "source": "الأفق", "published": "2024-05-06T12:00",
         "text": "ويتعين على البرلمان التصويت على الموازنة الجديدة حتى 20 مايو الجاري وفق الدستور."},
    ])
    assert entry_holding(rows, "b1", "مهلة") == entry_holding(rows, "b2", "يتعين")
    assert entry_holding(rows, "m1", "سيصوتون") != entry_holding(rows, "b1", "مهلة")
