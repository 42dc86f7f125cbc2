"""Two reports of one day from two outlets sharing NAMED_DAY rare words the language data know as names (places of
the gazetteer, who acts) need only the one-happening share of the same-day floor (merge.NAMED_DAY); rare words
no data call names do not (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

FIRST = "حطت أمس في مطار عدن طائرة اليمنية آتية من القاهرة عبر جدة والمكلا بعد تحليق هادئ استمر ساعتين وسط سماء صافية."


def _entries(first: str, second: str) -> list[int]:
    events = build_timeline(pl.DataFrame([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00", "text": first},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00", "text": second},
    ])).events
    return events.sort("article_id")["cluster"].to_list()


def test_four_places_told_in_other_words_are_one_entry() -> None:
    # a landing told as the crew's welcome: four towns of the route shared, little else
    entries = _entries(FIRST, "استقبل العاملون بالزهور والأعلام أمس الركاب القادمين من القاهرة عبر جدة والمكلا "
                              "إلى عدن بعد انقطاع فرضته أعمال الترميم الشاملة.")
    assert len(entries) == 2 and entries[0] == entries[1]


def test_three_places_stay_apart() -> None:
    # the same wording with another stop: three places shared are not enough under the floor
    entries = _entries(FIRST, "استقبل العاملون بالزهور والأعلام أمس الركاب القادمين من القاهرة عبر جدة وسيئون "
                              "إلى عدن بعد انقطاع فرضته أعمال الترميم الشاملة.")
    assert len(entries) == 2 and entries[0] != entries[1]


def test_rare_words_no_data_name_are_no_names() -> None:
    # four rare words shared, none a place the gazetteer knows nor who acts: apart
    entries = _entries("حطت أمس طائرة الكوكبانية في الزعفرانية آتية من الشميساني عبر القرنفلية بعد تحليق هادئ "
                       "استمر ساعتين وسط سماء صافية.",
                       "استقبل العاملون بالزهور والأعلام أمس الركاب القادمين من الشميساني عبر القرنفلية "
                       "إلى الزعفرانية على متن الكوكبانية بعد انقطاع فرضته أعمال الترميم الشاملة.")
    assert len(entries) == 2 and entries[0] != entries[1]
