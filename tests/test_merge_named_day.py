"""Two reports of one day from two outlets naming NAMED_DAY places of the gazetteer both (merge._names_known)
need only the one-happening share of the same-day floor (merge.NAMED_DAY); rare words no data call names do
not (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _entries(first: str, second: str) -> list[int]:
    events = build_timeline(pl.DataFrame([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00", "text": first},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00", "text": second},
    ])).events
    return events.sort("article_id")["cluster"].to_list()


def test_a_voyage_told_in_other_words_by_its_ports_is_one_entry() -> None:
    # one voyage told as a boat's arrival and as the fishers' return: the four ports shared, little else
    entries = _entries("وصل أمس إلى الإسماعيلية قارب آت من الإسكندرية عبر بورسعيد ودمياط بعد إبحار دام ثلاثة "
                       "أيام وسط موج عال وريح شديدة.",
                       "عاد أمس إلى الإسماعيلية وفد شبان رحلة صيد بحر من الإسكندرية عبر بورسعيد ودمياط سالمين.")
    assert len(entries) == 2 and entries[0] == entries[1]


def test_rare_words_no_data_name_are_no_names() -> None:
    # the same wording, its ports made up: rare in the batch, but no place the gazetteer knows: apart
    entries = _entries("وصل أمس إلى الزعفرانية قارب آت من الشميساني عبر القرنفلية والكوكبانية بعد إبحار دام ثلاثة "
                       "أيام وسط موج عال وريح شديدة.",
                       "عاد أمس إلى الزعفرانية وفد شبان رحلة صيد بحر من الشميساني عبر القرنفلية والكوكبانية سالمين.")
    assert len(entries) == 2 and entries[0] != entries[1]
