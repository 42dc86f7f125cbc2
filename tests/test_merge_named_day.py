"""Two reports of one day from two outlets sharing NAMED_DAY rare words that may name who or where need only
the one-happening share of the same-day floor (merge.NAMED_DAY; Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _entries(second: str) -> list[int]:
    events = build_timeline(pl.DataFrame([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00",
         "text": "حطت أمس طائرة الكوكبانية في الزعفرانية آتية من الشميساني عبر القرنفلية بعد تحليق هادئ استمر ساعتين وسط سماء صافية."},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00", "text": second},
    ])).events
    return events.sort("article_id")["cluster"].to_list()


def test_four_names_told_in_other_words_are_one_entry() -> None:
    # a landing told as the crew's welcome: the airline, two towns and the route shared, little else
    entries = _entries("استقبل العاملون بالزهور والأعلام أمس ركاب الكوكبانية القادمين من الشميساني عبر القرنفلية "
                       "إلى الزعفرانية بعد انقطاع فرضته أعمال الترميم الشاملة.")
    assert len(entries) == 2 and entries[0] == entries[1]


def test_three_names_stay_apart() -> None:
    # the same wording with another route: three names shared are not enough under the floor
    entries = _entries("استقبل العاملون بالزهور والأعلام أمس ركاب الكوكبانية القادمين من الشميساني عبر السنابلية "
                       "إلى الزعفرانية بعد انقطاع فرضته أعمال الترميم الشاملة.")
    assert len(entries) == 2 and entries[0] != entries[1]
