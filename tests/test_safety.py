"""Nothing destroyed, nothing lost: outputs never over an input, written whole or not at
all, in the format their name says, with CSV cells a spreadsheet cannot run; and no row
(however hostile) takes a run down."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import polars as pl
import pytest

from timeline._outputs import AtomicFile, check_outputs, neutral_cell, neutral_frame, output_format
from timeline.cli import main
from timeline.errors import OutputError
from timeline.pipeline import build_timeline

ROWS = [
    {"id": "=HYPERLINK(\"http://x\")", "text": "=1+2 اجتمع المجلس البلدي أمس في القاعة الكبرى", "published": "2023-03-08"},
    {"id": "زيت", "text": "+ارتفع سعر زيت الزيتون الأسبوع الماضي", "published": "2023-03-08", "title": "@العنوان"},
    {"id": "ثلج", "text": "-تساقط الثلج صباح اليوم على القرى الجبلية", "published": "2023-03-08",
     "source": "\tنشرة", "place": "-حلب"},
]


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    return _jsonl(tmp_path / "in.jsonl", ROWS)


# -- never over an input -------------------------------------------------------------------


def test_tag_refuses_to_write_over_its_input(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = articles.read_bytes()
    assert main(["tag", str(articles), "-o", str(articles)]) == 1
    assert "is the input" in capsys.readouterr().err
    assert articles.read_bytes() == before


def test_tag_refuses_an_output_linked_to_its_input(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = articles.with_name("link.jsonl")
    link.symlink_to(articles)
    before = articles.read_bytes()
    assert main(["tag", str(articles), "-o", str(link)]) == 1
    assert main(["tag", str(articles), "-o", str(articles.with_name("x.jsonl")), "--errors", str(link)]) == 1
    assert articles.read_bytes() == before


def test_tag_refuses_an_input_reached_by_another_spelling(articles: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(articles.parent)
    before = articles.read_bytes()
    assert main(["tag", "in.jsonl", "-o", "./sub/../in.jsonl"]) == 1
    assert articles.read_bytes() == before


@pytest.mark.parametrize("flag", ["-o", "--events", "--timelinejs"])
def test_build_refuses_to_write_over_an_input(tmp_path: Path, flag: str) -> None:
    source = _jsonl(tmp_path / "a.jsonl", ROWS)
    csv_input = tmp_path / "b.csv"
    pl.DataFrame(ROWS[:1]).write_csv(csv_input)
    before = (source.read_bytes(), csv_input.read_bytes())
    target = {"-o": tmp_path / "page.html", "--events": csv_input, "--timelinejs": tmp_path / "t.json"}
    args = ["build", str(source), str(csv_input), "-o", str(target["-o"]), "-q"]
    if flag == "-o":
        page = tmp_path / "page.html"
        page.symlink_to(source)
    else:
        args += [flag, str(target[flag])]
        if flag == "--timelinejs":
            (tmp_path / "t.json").symlink_to(source)
    assert main(args) == 1
    assert (source.read_bytes(), csv_input.read_bytes()) == before


def test_two_outputs_may_not_share_a_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="same file"):
        check_outputs([("-o", tmp_path / "x.csv"), ("--events", tmp_path / "x.csv")], [])


# -- formats by extension -------------------------------------------------------------------


def test_an_unknown_output_extension_is_refused(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(articles), "-o", str(articles.with_name("page.png")), "-q"]) == 1
    err = capsys.readouterr().err
    assert ".png" in err and ".html" in err
    assert not articles.with_name("page.png").exists()
    assert main(["tag", str(articles), "-o", str(articles.with_name("out.png"))]) == 1
    assert ".jsonl" in capsys.readouterr().err
    with pytest.raises(OutputError, match=".parquet"):
        output_format("events.xlsx", {".parquet": "parquet", ".csv": "csv"}, "--events")


def test_unwritable_events_path_is_named(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = articles.parent / "no-such-folder" / "events.parquet"
    assert main(["build", str(articles), "-o", str(articles.with_name("p.html")), "--events", str(target), "-q"]) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "None" not in err


# -- written whole or not at all -----------------------------------------------------------------


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("السطر القديم\n", encoding="utf-8")
    with pytest.raises(RuntimeError), AtomicFile(target) as out:
        out.write("نصف سطر")
        raise RuntimeError("انقطع")
    assert target.read_text(encoding="utf-8") == "السطر القديم\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_tag_run_stopped_halfway_leaves_no_truncated_output(
    articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = articles.with_name("out.jsonl")
    out.write_text("قديم\n", encoding="utf-8")
    from timeline import _cli_tag

    real = _cli_tag.tag_rows

    def broken(rows, prefer):  # type: ignore[no-untyped-def]
        yield from list(real(rows, prefer))[:1]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_cli_tag, "tag_rows", broken)
    assert main(["tag", str(articles), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "قديم\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["in.jsonl", "out.jsonl"]


# -- CSV cells a spreadsheet would run ---------------------------------------------------------


def test_neutral_cell() -> None:
    for cell in ("=SUM(A1)", "+٣", "-حلب", "@ref", "\tنص", "\rنص"):
        assert neutral_cell(cell) == "'" + cell
    for cell in ("حلب", "2023-03-08", "", None, 5, -3):
        assert neutral_cell(cell) == cell
    frame = neutral_frame(pl.DataFrame({"a": ["=1", "ب"], "n": [-1, 2]}))
    assert frame.to_dicts() == [{"a": "'=1", "n": -1}, {"a": "ب", "n": 2}]


def _no_formula(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (path, cell)
    return rows


def test_tag_csv_output_is_neutralised(articles: Path) -> None:
    out = articles.with_name("out.csv")
    assert main(["tag", str(articles), "-o", str(out)]) == 0
    rows = _no_formula(out)
    assert rows[0]["id"] == "'=HYPERLINK(\"http://x\")"


def test_build_events_csv_is_neutralised(articles: Path) -> None:
    out = articles.with_name("events.csv")
    assert main(["build", str(articles), "-o", str(articles.with_name("p.html")), "--events", str(out), "-q"]) == 0
    rows = _no_formula(out)
    assert {r["article_id"] for r in rows} >= {"'=HYPERLINK(\"http://x\")"}
    assert any(r["place"] == "'-حلب" for r in rows)
    assert any(r["source"] == "'\tنشرة" for r in rows)


# -- rows that used to take the run down -------------------------------------------------------


def test_a_clause_without_content_words_builds(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "a.jsonl", [{"id": "س", "text": "أمس", "published": "2023-03-08"}])
    tl = build_timeline(source)
    assert tl.stats is not None and tl.stats.articles_used == 1
    assert tl.events.height == 1


def test_no_stray_temporary_files(articles: Path) -> None:
    assert main(["build", str(articles), "-o", str(articles.with_name("p.html")), "-q"]) == 0
    assert not [p for p in os.listdir(articles.parent) if p.endswith(".part")]
