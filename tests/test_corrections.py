"""A historian's corrections (timeline.corrections) on Arabic articles written for these tests."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from timeline import Grain, build_timeline
from timeline.corrections import Action, Correction, apply_corrections, parse_date, read_corrections
from timeline.page import decode_block

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles.csv"

# ids are article id # clause start - expression start: the same in every build
BRIDGE_WADI, BRIDGE_SAHEL = "wadi-01#0-53", "sahel-01#0-40"
SCHOOLS, STORM, RETURN = "wadi-02#0-51", "sahel-02#0-35", "wadi-02#99-113"
FESTIVAL, FESTIVAL_LASTS, NEXT_FESTIVAL = "wadi-03#0-49", "wadi-03#76-92", "sahel-03#61-87"


@pytest.fixture(scope="module")
def built():  # type: ignore[no-untyped-def]
    return build_timeline(ARTICLES, jobs=1)


def entry_of(timeline, event_id: str) -> dict:  # type: ignore[no-untyped-def]
    rows = timeline.entries.filter(pl.col("event_ids").list.contains(event_id))
    assert rows.height == 1
    return rows.row(0, named=True)


def test_event_ids_are_stable_offsets_not_row_order(built) -> None:  # type: ignore[no-untyped-def]
    ids = set(built.events["event_id"])
    assert {BRIDGE_WADI, BRIDGE_SAHEL, SCHOOLS, STORM, FESTIVAL, NEXT_FESTIVAL} <= ids
    # the same articles in reverse order and in another batch size give the same ids
    articles = pl.read_csv(ARTICLES)
    again = build_timeline(articles.reverse(), jobs=1, batch_size=2)
    assert set(again.events["event_id"]) == ids
    text = articles.filter(pl.col("id") == "wadi-01")["text"][0]
    clause_start, expr_start = (int(x) for x in BRIDGE_WADI.split("#")[1].split("-"))
    assert text[expr_start:].startswith("يوم الثلاثاء 11 آذار 2025") and clause_start == 0


def test_date_correction_changes_date_and_grain_and_marks_the_entry(built) -> None:  # type: ignore[no-untyped-def]
    fixed = built.correct([Correction(NEXT_FESTIVAL, Action.DATE, value="2026-05-18", note="موعد اللجنة المعلن")])
    row = fixed.events.filter(pl.col("event_id") == NEXT_FESTIVAL).row(0, named=True)
    assert (row["start"], row["end"], row["grain"], row["value"]) == (
        dt.datetime(2026, 5, 18), dt.datetime(2026, 5, 19), "day", "2026-05-18")
    assert row["corrected"] and row["correction_note"] == "موعد اللجنة المعلن"
    assert row["hijri_label"] and row["mod"] is None
    entry = entry_of(fixed, NEXT_FESTIVAL)
    assert entry["corrected"] and entry["value"] == "2026-05-18"
    assert fixed.corrections is not None and len(fixed.corrections.applied) == 1
    # the original is untouched, other events are not marked
    assert built.events.filter(pl.col("event_id") == NEXT_FESTIVAL)["value"][0] == "2026-05"
    assert fixed.events.filter(pl.col("corrected")).height == 1


def test_grain_alone_coarsens_and_never_refines(built) -> None:  # type: ignore[no-untyped-def]
    fixed = built.correct([Correction(FESTIVAL, Action.DATE, grain=Grain.MONTH)])
    row = fixed.events.filter(pl.col("event_id") == FESTIVAL).row(0, named=True)
    assert (row["grain"], row["value"], row["start"], row["end"]) == (
        "month", "2025-05", dt.datetime(2025, 5, 1), dt.datetime(2025, 6, 1))
    refined = fixed.correct([Correction(FESTIVAL, Action.DATE, grain=Grain.DAY),
                             Correction(FESTIVAL, Action.DATE, grain=Grain.SEASON)])
    assert [(e.row, e.field) for e in refined.corrections.errors] == [(1, "grain"), (2, "grain")]
    assert refined.events.filter(pl.col("event_id") == FESTIVAL)["grain"][0] == "month"


def test_parse_date_forms() -> None:
    assert parse_date("2025") == (dt.datetime(2025, 1, 1), dt.datetime(2026, 1, 1), Grain.YEAR, "2025")
    assert parse_date("2025-04-02T07:30")[2:] == (Grain.MINUTE, "2025-04-02T07:30")
    start, end, grain, value = parse_date("2025-03-01/2025-03-10")
    assert (start, end, grain, value) == (dt.datetime(2025, 3, 1), dt.datetime(2025, 3, 11), Grain.DAY,
                                          "2025-03-01/2025-03-10")
    assert parse_date("2025-03-05", Grain.MONTH)[3] == "2025-03"
    assert parse_date("2025-03/2025-04-10") == (dt.datetime(2025, 3, 1), dt.datetime(2025, 5, 1), Grain.MONTH,
                                                "2025-03/2025-04")
    for bad, field in (("آذار 2025", "value"), ("2025-02-30", "value"), ("2025-03-10/2025-03-01", "value")):
        with pytest.raises(ValueError, match=f"^{field}:"):
            parse_date(bad)
    with pytest.raises(ValueError, match="^grain:"):
        parse_date("2025-03", Grain.DAY)


def test_not_event_removes_it_and_reports_it(built) -> None:  # type: ignore[no-untyped-def]
    fixed = built.correct([Correction(RETURN, Action.NOT_EVENT, note="خطة لا حدث")])
    assert RETURN not in set(fixed.events["event_id"])
    assert fixed.events.height == built.events.height - 1
    assert fixed.entries.height == built.entries.height - 1
    assert fixed.corrections.removed == (RETURN,)
    assert fixed.stats is not None and fixed.stats.events == fixed.events.height


def test_split_takes_the_event_out_of_its_entry(built) -> None:  # type: ignore[no-untyped-def]
    assert entry_of(built, SCHOOLS)["cluster"] == entry_of(built, STORM)["cluster"]  # the machine merged them
    fixed = built.correct([Correction(SCHOOLS, Action.SPLIT, note="إغلاق المدارس غير العاصفة")])
    schools, storm = entry_of(fixed, SCHOOLS), entry_of(fixed, STORM)
    assert schools["cluster"] != storm["cluster"]
    assert schools["event_ids"] == [SCHOOLS] and schools["n_sources"] == 1 and schools["corrected"]
    assert storm["n_sources"] == 1 and not storm["corrected"]
    assert fixed.entries.height == built.entries.height + 1
    # clusters stay numbered in timeline order
    firsts = fixed.events.group_by("cluster", maintain_order=True).first()
    assert firsts["cluster"].to_list() == list(range(fixed.entries.height))


def test_merge_joins_two_entries_and_recomputes_conflict(built) -> None:  # type: ignore[no-untyped-def]
    fixed = built.correct([Correction(NEXT_FESTIVAL, Action.MERGE, other=FESTIVAL, note="المهرجان نفسه")])
    entry = entry_of(fixed, FESTIVAL)
    assert set(entry["event_ids"]) == {FESTIVAL, NEXT_FESTIVAL}
    assert entry["n_sources"] == 2 and entry["corrected"] and entry["correction_note"] == "المهرجان نفسه"
    assert entry["date_conflict"]  # two outlets, May 2025 against May 2026
    assert fixed.conflicts == 1 and fixed.entries.height == built.entries.height - 1


def test_a_corrections_file_survives_a_rebuild(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "corrections.csv"
    path.write_text(
        "\ufeffevent_id,action,value,grain,other,note\n"
        f"{SCHOOLS},split,,,,قرار إداري\n"
        f"{NEXT_FESTIVAL},date,2026-05-18,,,موعد معلن\n"
        f"{RETURN},not_event,,,,\n", encoding="utf-8")
    first = built.correct(path)
    second = build_timeline(pl.read_csv(ARTICLES).reverse(), jobs=1, corrections=path)
    assert len(first.corrections.applied) == len(second.corrections.applied) == 3
    assert not second.corrections.unknown and not second.corrections.errors
    columns = ["event_id", "cluster", "start", "end", "grain", "value", "corrected", "correction_note"]
    assert first.events.select(columns).sort("event_id").equals(second.events.select(columns).sort("event_id"))
    assert first.entries.drop("story", "story_label").equals(second.entries.drop("story", "story_label"))


def test_unknown_ids_and_bad_rows_are_reported_with_row_and_field(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "corrections.jsonl"
    rows = [
        {"event_id": "wadi-99#0-1", "action": "split"},
        {"event_id": FESTIVAL, "action": "date", "value": "أيار 2025"},
        {"event_id": FESTIVAL, "action": "move"},
        {"event_id": FESTIVAL, "action": "merge", "other": "sahel-77#3-4"},
        {"event_id": FESTIVAL, "action": "date", "grain": "fortnight"},
        {"action": "split"},
        {"event_id": BRIDGE_WADI, "action": "date", "value": "2025-03-10", "note": "تصحيح"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n", encoding="utf-8")
    items = read_corrections(path)
    assert len(items) == 8
    fixed = built.correct(path)
    report = fixed.corrections
    assert [(e.row, e.field) for e in report.errors] == [(2, "value"), (3, "action"), (5, "grain"),
                                                         (6, "event_id"), (8, "json")]
    assert [(e.row, e.field) for e in report.unknown] == [(1, "event_id"), (4, "other")]
    assert "wadi-99#0-1" in str(report.unknown[0]) and str(path) in str(report.errors[0])
    assert [c.event_id for c in report.applied] == [BRIDGE_WADI]  # the rest went on
    assert fixed.events.filter(pl.col("event_id") == BRIDGE_WADI)["value"][0] == "2025-03-10"


def test_csv_without_event_id_column_and_with_extra_cells(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,action\nx,split\n", encoding="utf-8")
    assert [(e.row, e.field) for e in read_corrections(path)] == [(1, "event_id")]
    path.write_text(f"event_id,action\n{FESTIVAL},split,زائد\n{FESTIVAL},split\n", encoding="utf-8")
    items = read_corrections(path)
    assert getattr(items[0], "field", None) == "csv" and isinstance(items[1], Correction)


def test_apply_corrections_is_pure(built) -> None:  # type: ignore[no-untyped-def]
    before = built.events.clone()
    events, entries, report = apply_corrections(built.events, built.entries,
                                                [Correction(SCHOOLS, Action.SPLIT)])
    assert built.events.equals(before)
    assert events.height == before.height and entries.height == built.entries.height + 1
    assert report.summary().startswith("corrections: 1 applied")


def test_page_block_marks_corrected_entries(built) -> None:  # type: ignore[no-untyped-def]
    fixed = built.correct([Correction(FESTIVAL, Action.DATE, grain=Grain.MONTH, note="اليوم غير مؤكد")])
    data = decode_block(fixed.to_html())
    ev = data["events"]["id"].index(FESTIVAL)
    entry = data["events"]["en"][ev]
    assert data["entries"]["r"][entry] == 1 and data["entries"]["rn"][entry] == "اليوم غير مؤكد"
    assert sum(data["entries"]["r"]) == 1


def test_cli_build_with_corrections(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text(f"event_id,action,note\n{SCHOOLS},split,قرار إداري\nghost#1-2,split,\n", encoding="utf-8-sig")
    out = tmp_path / "timeline.html"
    done = subprocess.run([sys.executable, "-m", "timeline", "build", str(ARTICLES), "-o", str(out),
                           "--events", str(tmp_path / "events.parquet"), "--corrections", str(path), "-j", "1"],
                          capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert done.returncode == 2, done.stderr  # an unknown id is reported; the rest is written
    assert "ghost#1-2" in done.stderr and "field 'event_id'" in done.stderr
    assert "corrections: 1 applied, 1 with unknown ids" in done.stderr
    events = pl.read_parquet(tmp_path / "events.parquet")
    assert events.filter(pl.col("corrected"))["event_id"].to_list() == [SCHOOLS]
    data = decode_block(out.read_text(encoding="utf-8"))
    assert data["entries"]["rn"].count("قرار إداري") == 1
    missing = subprocess.run([sys.executable, "-m", "timeline", "build", str(ARTICLES), "-o", str(out),
                              "--corrections", str(tmp_path / "none.csv")],
                             capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert missing.returncode == 1 and "--corrections" in missing.stderr
