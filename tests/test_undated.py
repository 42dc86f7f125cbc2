"""Dates told from a happening that nothing dates are kept undated, apart from the events
(``Timeline.undated``; Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import polars as pl

from timeline import Grain
from timeline.corrections import Action, Correction
from timeline.export import csv_events, timelinejs
from timeline.merge import timeline_entries
from timeline.page import page_data
from timeline.pipeline import build_timeline

# a market fire dated by one outlet; another outlet tells the shops reopening "three days
# after the flood": no article and no entry dates a flood
FIRE = {"id": "f-1", "source": "نشرة الوادي", "published": "2024-05-06T08:00",
        "text": "اندلع حريق كبير في سوق الخضار بمدينة الرمان مساء السبت الماضي والتهم عشرات المحال."}
SHOPS = {"id": "f-2", "source": "صدى الساحل", "published": "2024-05-07T08:00",
         "text": "أعلنت بلدية الرمان أمس خطة لإصلاح الطرق. "
                 "وأعاد التجار فتح محالهم في الحي الشرقي بعد ثلاثة أيام على الفيضان."}
WAITING = "event:فيضان+P3D"


def _timeline():  # type: ignore[no-untyped-def]
    return build_timeline(pl.DataFrame([FIRE, SHOPS]), jobs=1)


def test_the_row_is_kept_anchored_to_its_happening_in_no_entry() -> None:
    timeline = _timeline()
    undated = timeline.undated
    row = undated.row(0, named=True)
    assert undated.height == 1
    assert (row["value"], row["anchor"], row["expr"]) == (WAITING, "event:فيضان", "بعد ثلاثة أيام على الفيضان")
    assert SHOPS["text"][row["expr_start"]:row["expr_end"]] == row["expr"]
    assert row["clause"].startswith("وأعاد التجار فتح محالهم")
    assert row["start"] is None and row["cluster"] is None and row["story"] is None
    assert row["date_confidence"] is None
    # the events, entries and page hold the dated events only
    assert timeline.events["start"].null_count() == 0
    assert row["event_id"] not in timeline.events["event_id"].to_list()
    assert timeline.stats is not None and timeline.stats.undated == 1
    assert "undated: 1" in timeline.stats.summary()
    # the CSV writer keeps it with an empty date
    csv = csv_events(undated).row(0, named=True)
    assert csv["value"] == WAITING and csv["start_date"] is None and csv["date_label"] is None
    # the page lists it under the table, with the happening it waits for
    listed = page_data(timeline.events, entries=timeline.entries, undated=undated)["undated"]
    assert (listed["x"], listed["an"], listed["o"]) == (["بعد ثلاثة أيام على الفيضان"], ["فيضان"], ["صدى الساحل"])
    assert page_data(timeline.events)["undated"]["id"] == []
    # functions over event frames take a table holding both
    both = pl.concat([timeline.events, undated])
    assert len(page_data(both)["events"]["id"]) == timeline.events.height
    assert len(timelinejs(both)["events"]) == timeline.entries.height
    assert timeline_entries(both).height == timeline.entries.height


def test_the_build_writes_them_apart(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in (FIRE, SHOPS)), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "timeline", "build", str(source), "-o", str(tmp_path / "t.html"),
                          "--events", str(tmp_path / "e.parquet"), "--undated", str(tmp_path / "u.csv"),
                          "--jobs", "1"], capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0, run.stderr
    assert pl.read_parquet(tmp_path / "e.parquet")["start"].null_count() == 0
    assert pl.read_csv(tmp_path / "u.csv")["value"].to_list() == [WAITING]
    assert "undated: 1 told from a happening nothing dates" in run.stderr
    assert "--undated FILE" not in run.stderr  # the hint only when they are not written


def test_without_merging_the_row_is_kept_too() -> None:
    timeline = build_timeline(pl.DataFrame([FIRE, SHOPS]), merge=False, jobs=1)
    assert timeline.undated["value"].to_list() == [WAITING]
    assert timeline.events["cluster"].to_list() == list(range(timeline.events.height))


def test_a_historian_dates_it_and_it_takes_an_entry_of_its_own() -> None:
    timeline = _timeline()
    undated = timeline.undated["event_id"].item()
    fixed = timeline.correct([Correction(undated, Action.DATE, value="2024-05-02", note="الفيضان في 29 نيسان")])
    row = fixed.events.filter(pl.col("event_id") == undated).row(0, named=True)
    assert (row["start"], row["grain"], row["value"]) == (dt.datetime(2024, 5, 2), "day", "2024-05-02")
    assert row["corrected"] and row["cluster"] is not None
    assert fixed.undated.height == 0 and fixed.stats is not None and fixed.stats.undated == 0
    assert fixed.entries.height == timeline.entries.height + 1
    assert fixed.events["cluster"].to_list() == sorted(fixed.events["cluster"].to_list())


def test_an_undated_row_cannot_be_merged_or_coarsened_before_it_is_dated() -> None:
    timeline = _timeline()
    undated = timeline.undated["event_id"].item()
    fire = timeline.events.filter(pl.col("article_id") == "f-1")["event_id"][0]
    fixed = timeline.correct([Correction(undated, Action.MERGE, other=fire),
                              Correction(fire, Action.MERGE, other=undated),
                              Correction(undated, Action.DATE, grain=Grain.MONTH),
                              Correction(undated, Action.DATE, value="2024-05")])
    assert fixed.corrections is not None
    assert [(e.row, e.field) for e in fixed.corrections.errors] == [(1, "action"), (2, "action"), (3, "value")]
    assert "has no date" in fixed.corrections.errors[0].message
    # the month correction applies: the row is on the timeline at month grain
    assert fixed.events.filter(pl.col("event_id") == undated)["value"].item() == "2024-05"
