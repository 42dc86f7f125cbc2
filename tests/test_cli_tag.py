"""``timeline tag``: the scorer's JSONL contract, bad rows, exit status, tables for people."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from timeline import Prefer, Timex
from timeline.cli import main

ROWS: list[Any] = [
    {"id": "yesterday", "text": "وصل الوفد أمس إلى العاصمة", "published": "2022-01-25"},
    {"id": "no-date", "text": "نص"},
    "{broken",
    {"id": "year", "text": "اندلعت الاحتجاجات عام 2011", "published": "2022-01-25T08:00:00"},
    {"id": "num", "text": 7, "published": "2022-01-25"},
    {"id": "day", "text": "تبدأ القمة في 15 يناير 2024", "published": "2023-12-01", "prefer": "future"},
    {"text": "", "published": "2022-01-25"},
]
IDS = ["yesterday", "no-date", "row-3", "year", "num", "day", "row-7"]


def _write(path: Path, rows: list[Any]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: str) -> None:
    raw = io.BufferedReader(io.BytesIO(data.encode("utf-8")))  # type: ignore[arg-type]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="utf-8"))


def test_subprocess_contract_line_for_line(tmp_path: Path) -> None:
    src, out = _write(tmp_path / "in.jsonl", ROWS), tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "timeline", "tag", str(src), "-o", str(out)],
                          check=False, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    lines = _read(out)
    assert [line["id"] for line in lines] == IDS
    assert all(isinstance(line["timexes"], list) for line in lines)
    assert [line.get("error", {}).get("field") for line in lines] == [
        None,
        "published",
        "json",
        None,
        "text",
        None,
        None,
    ]
    assert lines[6]["timexes"] == []  # empty text: no expressions, no error
    stderr = [s for s in proc.stderr.splitlines() if "row " in s]
    assert len(stderr) == 3
    assert "row 2 (id 'no-date'), field 'published'" in stderr[0]
    assert "row 3, field 'json'" in stderr[1]
    errors = _read(tmp_path / "out.errors.jsonl")
    assert [(e["row"], e["id"], e["field"]) for e in errors] == [
        (2, "no-date", "published"),
        (3, None, "json"),
        (5, "num", "text"),
    ]


def test_contract_values_for_sure_expressions(tmp_path: Path) -> None:
    src, out = _write(tmp_path / "in.jsonl", ROWS), tmp_path / "out.jsonl"
    main(["tag", str(src), "-o", str(out)])
    by_id = {line["id"]: line for line in _read(out)}
    texts = {r["id"]: r["text"] for r in ROWS if isinstance(r, dict) and "id" in r}
    for ident, value, surface in [
        ("yesterday", "2022-01-24", "أمس"),
        ("year", "2011", "2011"),
        ("day", "2024-01-15", "15 يناير 2024"),
    ]:
        timexes = by_id[ident]["timexes"]
        hit = [t for t in timexes if t["value"] == value]
        assert hit, (ident, timexes)
        t = hit[0]
        assert surface in t["text"] and texts[ident][t["start"] : t["end"]] == t["text"]
        assert set(t) >= {"start", "end", "text", "type", "value", "interval"}
        assert t["type"] == "DATE"


def test_all_rows_fine_exit_zero_and_no_errors_file(tmp_path: Path) -> None:
    src, out = (
        _write(
            tmp_path / "in.jsonl",
            [r for r in ROWS if isinstance(r, dict) and "published" in r and isinstance(r["text"], str)],
        ),
        tmp_path / "out.jsonl",
    )
    stale = tmp_path / "out.errors.jsonl"
    stale.write_text("old\n", encoding="utf-8")
    assert main(["tag", str(src), "-o", str(out)]) == 0
    assert len(_read(out)) == 4
    assert not stale.exists()


def test_explicit_errors_file_and_stdout_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, errors = _write(tmp_path / "in.jsonl", ROWS), tmp_path / "errs.jsonl"
    assert main(["tag", str(src), "-o", "-", "--errors", str(errors)]) == 2
    lines = [json.loads(s) for s in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == IDS
    assert len(_read(errors)) == 3


def test_row_prefer_wins_over_the_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, dt.datetime, Prefer]] = []

    def fake_tag(text: str, published: dt.datetime, *, prefer: Prefer) -> list[Timex]:
        seen.append((text, published, prefer))
        return []

    monkeypatch.setattr("timeline._cli_tag.tag", fake_tag)
    src = _write(tmp_path / "in.jsonl", [
        {"id": "a", "text": "a", "published": "2022-01-25", "prefer": "past"},
        {"id": "b", "text": "b", "published": "2022-01-25"},
    ])  # fmt: skip
    assert main(["tag", str(src), "-o", str(tmp_path / "out.jsonl"), "--prefer", "future"]) == 0
    assert seen == [("a", dt.datetime(2022, 1, 25), Prefer.PAST), ("b", dt.datetime(2022, 1, 25), Prefer.FUTURE)]


def test_a_tagger_crash_costs_only_its_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fragile(text: str, published: dt.datetime, *, prefer: Prefer) -> list[Timex]:
        if text == "boom":
            raise RuntimeError("bad rule")
        return []

    monkeypatch.setattr("timeline._cli_tag.tag", fragile)
    src, out = (
        _write(tmp_path / "in.jsonl", [{"id": i, "text": i, "published": "2022-01-25"} for i in ("a", "boom", "c")]),
        tmp_path / "o.jsonl",
    )
    assert main(["tag", str(src), "-o", str(out)]) == 2
    lines = _read(out)
    assert [line["id"] for line in lines] == ["a", "boom", "c"]
    assert "bad rule" in lines[1]["error"]["message"]


def test_csv_and_parquet_in_and_out(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,text,published\na,وصل الوفد أمس,2022-01-25\nb,نص,\n", encoding="utf-8")
    assert main(["tag", str(src), "-o", str(tmp_path / "out.csv")]) == 2
    table = pl.read_csv(tmp_path / "out.csv")
    assert table.columns[:4] == ["id", "row", "start", "end"]
    assert table.filter(pl.col("id") == "b")["error_field"].to_list() == ["published"]
    assert set(table["id"]) == {"a", "b"}  # every input row appears

    pq = tmp_path / "in.parquet"
    pl.DataFrame({"id": ["a", "b"], "text": ["وصل الوفد أمس", "نص"], "published": ["2022-01-25", None]}).write_parquet(
        pq
    )
    assert main(["tag", str(pq), "-o", str(tmp_path / "out.parquet")]) == 2
    flat = pl.read_parquet(tmp_path / "out.parquet")
    assert flat.schema["start"] == pl.Int64 and flat.schema["value"] == pl.String
    assert set(flat["id"]) == {"a", "b"}
    assert main(["tag", str(pq), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert [line["id"] for line in _read(tmp_path / "out.jsonl")] == ["a", "b"]


def test_human_table_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "وصل الوفد أمس إلى العاصمة\n")
    assert main(["tag", "--published", "2022-01-25"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("── stdin · published 2022-01-25 (Tuesday)")
    assert "2022-01-24" in out and "أمس" in out
    assert "type" in out and "value" in out and "interval" in out


def test_json_flag_from_a_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text("اندلعت الاحتجاجات عام 2011", encoding="utf-8")
    assert main(["tag", str(path), "--published", "2022-01-25", "--json"]) == 0
    (line,) = [json.loads(s) for s in capsys.readouterr().out.splitlines()]
    assert line["id"] == "story"
    assert any(t["value"] == "2011" for t in line["timexes"])


def test_fatal_input_problems_exit_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text("نص", encoding="utf-8")
    assert main(["tag", str(path)]) == 1
    assert "--published" in capsys.readouterr().err
    assert main(["tag", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 1
    assert main(["tag", str(path), "--published", "someday"]) == 1
    assert "--published" in capsys.readouterr().err


def test_table_layout(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline import Anchor, Grain, TimexType

    def fake_tag(text: str, published: dt.datetime, *, prefer: Prefer) -> list[Timex]:
        start = text.index("أمس")
        day = dt.datetime(2022, 1, 24)
        return [Timex(start, start + 3, "أمس", TimexType.DATE, "2022-01-24", Grain.DAY, (day, day + dt.timedelta(days=1)),
                      anchor=Anchor.PUBLISHED, conflict="weekday says 2022-01-23", rule="أمس")]  # fmt: skip

    monkeypatch.setattr("timeline._cli_tag.tag", fake_tag)
    _stdin(monkeypatch, "وصل الوفد أمس")
    assert main(["tag", "--published", "2022-01-25"]) == 0
    header, columns, row, *_ = capsys.readouterr().out.splitlines()
    assert header == "── stdin · published 2022-01-25 (Tuesday) · 1 expression"
    assert columns.split() == ["span", "type", "value", "grain", "interval", "notes", "expression"]
    assert row.split()[:7] == ["10-13", "DATE", "2022-01-24", "day", "2022-01-24", "→", "2022-01-25"]
    assert "anchor=published; conflict: weekday says 2022-01-23" in row and row.endswith("أمس")
    assert columns.index("value") == row.index("2022-01-24")
