"""Nothing destroyed, nothing lost: outputs never over an input, written whole or not at
all, in the format their name says, with CSV cells a spreadsheet cannot run; and no row
(however hostile) takes a run down."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

from timeline._outputs import (
    AtomicFile,
    check_outputs,
    neutral_cell,
    neutral_frame,
    output_format,
)
from timeline.cli import main
from timeline.errors import OutputError
from timeline.pipeline import build_timeline

from script_helpers import load_script

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

    def broken(rows, prefer, **options):  # type: ignore[no-untyped-def]
        yield from list(real(rows, prefer, **options))[:1]
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
    # "قال" is a word of the clause but none the merge compares (wording.yaml): no words at all
    source = _jsonl(tmp_path / "a.jsonl", [{"id": "س", "text": "قال أمس", "published": "2023-03-08"},
                                          {"id": "ص", "text": "أمس", "published": "2023-03-08"}])
    tl = build_timeline(source)
    assert tl.stats is not None and tl.stats.articles_used == 2
    assert tl.events["article_id"].to_list() == ["س"]  # a date alone tells no happening


def test_no_stray_temporary_files(articles: Path) -> None:
    assert main(["build", str(articles), "-o", str(articles.with_name("p.html")), "-q"]) == 0
    assert not [p for p in os.listdir(articles.parent) if p.endswith(".part")]


# -- hostile rows: each becomes its own error, the others go on -------------------------------------


def _hostile(path: Path) -> Path:
    good = {"id": "جيد", "text": "وصل الوفد أمس إلى المدينة", "published": "2023-03-08"}
    lines = [
        "[" * 100_000,
        json.dumps(good, ensure_ascii=False),
        '{"id": ' + "7" * 5000 + ', "text": "نص", "published": "2023-03-08"}',
        '{"id": "طويل", "text": "نص", "published": ' + "9" * 5000 + "}",
        '{"id": "مائة", "text": "نص", "published": "2023-03-08", "prefer": ' + "1" * 5000 + "}",
        '{"id": "عميق", "text": ' + "[" * 5000 + "]" * 5000 + ', "published": "2023-03-08"}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_tag_survives_hostile_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, out = _hostile(tmp_path / "in.jsonl"), tmp_path / "out.jsonl"
    assert main(["tag", str(source), "-o", str(out)]) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 6  # one output line per input line
    assert [("error" in line) for line in lines] == [True, False, True, True, True, True]
    assert lines[1]["timexes"][0]["value"] == "2023-03-07"
    err = capsys.readouterr().err
    assert "Traceback" not in err and "6 rows read, 1 tagged, 5 failed" in err


def test_build_survives_hostile_lines(tmp_path: Path) -> None:
    tl = build_timeline(_hostile(tmp_path / "in.jsonl"))
    assert tl.stats is not None
    assert (tl.stats.articles_read, tl.stats.articles_used, tl.stats.articles_rejected) == (6, 1, 5)
    assert {e.row for e in tl.stats.errors} == {1, 3, 4, 5, 6}


def test_a_tagger_crash_is_one_rows_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline import _cli_tag

    real = _cli_tag.tag

    def fragile(text, published, **kwargs):  # type: ignore[no-untyped-def]
        if "انفجر" in text:
            raise ZeroDivisionError("خلل")
        return real(text, published, **kwargs)

    monkeypatch.setattr(_cli_tag, "tag", fragile)
    source = _jsonl(tmp_path / "in.jsonl", [
        {"id": "1", "text": "انفجر الإطار أمس", "published": "2023-03-08"},
        {"id": "2", "text": "وصل القطار أمس", "published": "2023-03-08"},
    ])  # fmt: skip
    out = tmp_path / "out.jsonl"
    assert main(["tag", str(source), "-o", str(out)]) == 2
    first, second = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert first["error"]["field"] == "text" and second["timexes"]


# -- plain text on stdin ---------------------------------------------------------------------------


def test_plain_text_on_stdin_asks_for_published(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    raw = io.BufferedReader(io.BytesIO("أعلنت البلدية أمس إغلاق الشارع\n".encode()))  # type: ignore[arg-type]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    assert main(["tag"]) == 1
    err = capsys.readouterr().err
    assert "--published" in err and "plain text" in err and "broken JSON" not in err


# -- columns in the CLI and the API ------------------------------------------------------------------


def test_build_a_csv_with_other_column_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,body,date\n1,وصلت الباخرة إلى الميناء أمس,08/03/2023\n", encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "p.html"), "--events", str(tmp_path / "e.csv")]) == 0
    err = capsys.readouterr().err
    assert err.count("note:") == 1 and "text=body" in err
    (row,) = _no_formula(tmp_path / "e.csv")
    assert row["start"].startswith("2023-03-07")


def test_build_a_table_without_text_fails_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,kalam,date\n" + "".join(f"{i},نص,2023-03-08\n" for i in range(50)), encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "p.html"), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'kalam'" in err and "--columns" in err
    assert main(["build", str(source), "-o", str(tmp_path / "p.html"), "-q", "--columns", "text=kalam"]) == 0


def test_build_timeline_on_a_renamed_frame() -> None:
    frame = pl.DataFrame({"المعرف": ["ع1"], "النص": ["اشتعلت النيران في المستودع مساء أمس"], "التاريخ": ["08/03/2023"]})
    with pytest.warns(UserWarning, match="text=النص"):
        tl = build_timeline(frame)
    assert tl.events.height == 1 and tl.events["article_id"][0] == "ع1"
    renamed = pl.DataFrame({"kalam": ["اشتعلت النيران أمس"], "yawm": ["2023-03-08"]})
    with pytest.raises(Exception, match="kalam"):
        build_timeline(renamed)
    tl = build_timeline(renamed, columns={"text": "kalam", "published": "yawm"})
    assert tl.events.height == 1


def test_build_timeline_on_a_pandas_frame() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": ["ف1", "ف2"], "text": ["انطلق السباق صباح أمس", None], "published": ["2023-03-08"] * 2})
    tl = build_timeline(frame)
    assert tl.stats is not None and (tl.stats.articles_read, tl.stats.articles_used) == (2, 1)


def test_build_timeline_on_dicts_and_lazy_frames() -> None:
    rows = [{"text": "انطلق السباق صباح أمس", "published": "2023-03-08"}, {"text": 5, "published": "2023-03-08"}]
    tl = build_timeline(rows)
    assert tl.stats is not None and (tl.stats.articles_read, tl.stats.articles_rejected) == (2, 1)
    tl = build_timeline(pl.DataFrame(rows[:1]).lazy())
    assert tl.events.height == 1


def test_date_order_flag(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", [{"id": "1", "text": "وصل الوفد أمس", "published": "03/08/2023"}])
    out = tmp_path / "out.jsonl"
    assert main(["tag", str(source), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["timexes"][0]["value"] == "2023-08-02"
    assert main(["tag", str(source), "-o", str(out), "--date-order", "mdy"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["timexes"][0]["value"] == "2023-03-07"


def test_work_dir_may_not_hold_an_input(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    part = data / "part-000001.parquet"  # named like the build's own part files
    pl.DataFrame(ROWS).write_parquet(part)
    before = part.read_bytes()
    for work in (data, tmp_path):
        assert main(["build", str(part), "-o", str(tmp_path / "p.html"), "--work-dir", str(work), "-q"]) == 1
    assert part.read_bytes() == before
    assert main(["build", str(part), "-o", str(tmp_path / "p.html"), "--work-dir", str(tmp_path / "w"), "-q"]) == 0
    assert part.read_bytes() == before


# -- the probe of hostile inputs, in this process --------------------------------------------------

_QUICK = ("deep-json", "huge-int", "only-yesterday", "nul-bytes", "nul-csv", "bom-crlf-csv", "wrong-types",
          "empty-csv", "folder-no-txt", "missing-file", "binary-jsonl", "binary-parquet", "unclosed-quote",
          "no-text-column", "txt-folder", "formulas", "stdin-plain-text", "stdin-jsonl")


def _probe_module() -> ModuleType:
    return load_script("benchmarks/probe_bad_inputs.py", "probe_bad_inputs", register=True)


def test_probe_of_hostile_inputs(tmp_path: Path) -> None:
    probe = _probe_module()
    chosen = [c for c in probe.cases() if c.name in _QUICK]
    assert len(chosen) == len(_QUICK)
    problems = {c.name: probe.probe(c, tmp_path, probe.run_in_process) for c in chosen}
    assert {name: found for name, found in problems.items() if found} == {}
