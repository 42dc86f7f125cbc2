"""What real archives hold and earlier probes did not: Unix times, PostgreSQL offsets, zone
abbreviations, UTF-16 and compressed files, CSV with ``;`` or tabs, bytes in Parquet, two
builds on one output. Every row still ends up read or rejected by name; nothing is destroyed."""

from __future__ import annotations

import bz2
import codecs
import datetime as dt
import gzip
import json
import lzma
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from timeline.articles import Article, RowError, read_articles
from timeline.cli import main
from timeline.errors import InputError, OutputError, PublishedDateError
from timeline.published import read_published
from timeline.store import EventStore, remove_work_dir

from script_helpers import load_script

AUG6 = dt.datetime(2015, 8, 6)


# -- publication dates -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1438819200", "1438819200000", 1438819200, 1438819200000, "١٤٣٨٨١٩٢٠٠"])
def test_a_unix_time_is_utc_whatever_the_machine_zone(value: object) -> None:
    read = read_published(value)
    assert read.moment == AUG6 and read.utc_offset == dt.timedelta(0)


def test_a_unix_time_does_not_follow_the_tz_variable() -> None:
    code = "from timeline.published import read_published as r; print(r('1438819200').moment.isoformat())"
    for zone in ("UTC", "America/New_York", "Asia/Baghdad"):
        out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "TZ": zone}, capture_output=True,
                             text=True, check=True).stdout.strip()
        assert out == "2015-08-06T00:00:00", zone  # before: 2015-08-05T20:00 in New York


def test_an_offset_of_hours_alone_as_postgresql_writes_it() -> None:
    read = read_published("2015-08-06 10:00:00+03")
    assert read.moment == AUG6.replace(hour=10) and read.utc_offset == dt.timedelta(hours=3)


@pytest.mark.parametrize("value", ["2015-08-06 10:00 AST", "Aug 6, 2015 10:00 IST"])
def test_a_zone_abbreviation_gives_no_offset_but_a_notice(value: str) -> None:
    read = read_published(value)  # AST was UTC-4 (Atlantic), not Arabia's UTC+3
    assert read.moment == AUG6.replace(hour=10) and read.utc_offset is None
    assert read.warning is not None and "abbreviation" in read.warning


@pytest.mark.parametrize(("value", "hours"), [("Thu, 06 Aug 2015 10:00:00 +0300", 3),
                                              ("Thu, 06 Aug 2015 10:00:00 GMT", 0)])
def test_a_written_offset_is_kept(value: str, hours: int) -> None:
    read = read_published(value)
    assert read.utc_offset == dt.timedelta(hours=hours) and read.warning is None


# -- files: encodings, separators, compression -----------------------------------------------

ROWS = [
    {"id": "جسر", "text": "افتتح الوزير الجسر الجديد صباح أمس", "published": "2024-02-12"},
    {"id": "مطر", "text": "هطلت أمطار غزيرة على المدينة يوم الأحد الماضي", "published": "2024-02-12"},
]


def _jsonl_bytes(rows: list[dict] = ROWS) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _csv_text(sep: str = ",", rows: list[dict] = ROWS) -> str:
    return f"id{sep}text{sep}published\n" + "".join(f"{r['id']}{sep}{r['text']}{sep}{r['published']}\n" for r in rows)


def _read(path: Path) -> list[Article | RowError]:
    return list(read_articles(path, notice=lambda _: None))


def _ids(items: list[Article | RowError]) -> list[str]:
    return [a.id for a in items if isinstance(a, Article)]


@pytest.mark.parametrize(("name", "data"), [
    ("excel-unicode.csv", _csv_text("\t").encode("utf-16")),  # Excel's "Unicode text": UTF-16, tabs
    ("utf16be.csv", codecs.BOM_UTF16_BE + _csv_text().encode("utf-16-be")),
    ("utf16.jsonl", _jsonl_bytes().decode().encode("utf-16")),
    ("utf32.jsonl", _jsonl_bytes().decode().encode("utf-32")),
    ("semicolons.csv", _csv_text(";").encode()),
    ("tabs.tsv", _csv_text("\t").encode()),
    ("pipes.csv", _csv_text("|").encode()),
    ("in.jsonl.gz", gzip.compress(_jsonl_bytes())),
    ("in.csv.bz2", bz2.compress(_csv_text().encode())),
    ("in.csv.xz", lzma.compress(_csv_text(";").encode())),
    ("gzip-inside.jsonl", gzip.compress(_jsonl_bytes())),  # compressed, under a plain name
])
def test_an_archive_file_reads_every_row(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = _read(path)
    assert _ids(items) == ["جسر", "مطر"] and len(items) == 2  # before: refused, or every row an error
    assert items[0].text == ROWS[0]["text"]  # type: ignore[union-attr]


def test_a_comma_inside_quotes_does_not_choose_the_separator(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text('id;"text, body";published\nجسر;افتتح الوزير الجسر أمس;2024-02-12\n', encoding="utf-8")
    items = list(read_articles(path, columns={"text": "text, body"}))
    assert _ids(items) == ["جسر"]


def test_a_compressed_file_cut_short_keeps_the_rows_before(tmp_path: Path) -> None:
    rows = [dict(ROWS[0], id=f"n{i}", text=ROWS[0]["text"] + " " + "ب" * (i % 97) + str(i)) for i in range(400)]
    whole = gzip.compress(_jsonl_bytes(rows))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = _read(path)
    last = items[-1]
    assert isinstance(last, RowError) and last.field == "file" and "cut short" in last.message
    assert _ids(items) == [f"n{i}" for i in range(len(items) - 1)] and 50 < len(items) < 400
    path.write_bytes(whole[:-4])  # only the trailer lost: every row kept
    assert len(_ids(_read(path))) == 400


def test_zstd_is_refused_with_the_command_that_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.zst"
    path.write_bytes(b"\x28\xb5\x2f\xfd" + bytes(32))
    with pytest.raises(InputError, match="zstd -d"):
        _read(path)


def test_windows_1256_rows_say_how_to_convert(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(_csv_text().encode("cp1256"))
    items = _read(path)
    assert [type(i) for i in items] == [RowError, RowError]
    assert all("Windows-1256" in i.message and "iconv" in i.message for i in items)  # type: ignore[union-attr]


def test_utf16_cut_in_a_character_keeps_the_rows_before(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl_bytes().decode().encode("utf-16") + b"\x41")
    items = _read(path)
    assert _ids(items) == ["جسر", "مطر"] and isinstance(items[-1], RowError) and items[-1].field == "file"


# -- Parquet as other tools write it ----------------------------------------------------------


def test_parquet_text_as_binary_ids_as_floats_dates_as_unix_times(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pl.DataFrame({
        "id": [1.0, 2.0, None, 4.5],  # pandas: integers beside a missing value become floats
        "text": [r.encode() for r in ("وصل الوفد أمس", "غادر الوفد اليوم", "عاد الوفد", "سافر الوفد")],
        "published": [1707696000, 1707696000000, 1707696000, 1707696000],
    }).write_parquet(path)
    items = _read(path)
    assert _ids(items) == ["1", "2", "row-3"]
    assert items[0].text == "وصل الوفد أمس" and items[1].published == dt.datetime(2024, 2, 12)  # type: ignore[union-attr]
    assert isinstance(items[3], RowError) and items[3].field == "id"


def test_parquet_bytes_that_are_not_utf8_name_their_field(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pl.DataFrame({"id": ["a", "b"], "text": ["وصل الوفد أمس".encode(), "وصل الوفد أمس".encode("cp1256")],
                  "published": ["2024-02-12"] * 2}).write_parquet(path)
    good, bad = _read(path)
    assert isinstance(good, Article) and isinstance(bad, RowError)
    assert bad.field == "text" and bad.row == 2 and "Windows-1256" in bad.message


# -- two builds, one output; Ctrl-C ----------------------------------------------------------


def test_a_work_folder_holds_one_run(tmp_path: Path) -> None:
    first = EventStore.open(tmp_path / "w", {"source": 1})
    with pytest.raises(OutputError, match="another build"):
        EventStore.open(tmp_path / "w", {"source": 2})
    remove_work_dir(tmp_path / "w")  # another run's folder is left alone
    assert (tmp_path / "w" / "manifest.json").exists()
    first.remove()
    assert not (tmp_path / "w").exists()
    EventStore.open(tmp_path / "w", {"source": 2}).remove()  # free again


def test_a_second_build_on_the_same_output_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl_bytes())
    page = tmp_path / "page.html"
    running = EventStore.open(tmp_path / "page.html.work", {"source": "the other build"})
    marker = running.directory / "part-000000.parquet"
    marker.write_bytes(b"the other build's events")
    assert main(["build", str(source), "-o", str(page), "--cdn", "-q", "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert "another build" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert marker.read_bytes() == b"the other build's events" and not page.exists()
    running.remove()
    assert main(["build", str(source), "-o", str(page), "--cdn", "-q", "-j", "1"]) == 0


def test_ctrl_c_while_starting_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import timeline.cli as cli

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert cli.main(["tag", "-"]) == 130
    assert capsys.readouterr().err == "interrupted\n"


# -- outputs ----------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_output_is_written_not_replaced(tmp_path: Path) -> None:
    import threading

    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl_bytes())
    pipe = tmp_path / "out.jsonl"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    assert main(["tag", str(source), "-o", str(pipe), "-j", "1"]) == 0
    reader.join(10)
    assert pipe.is_fifo()  # before: renamed over, the pipe gone and its reader waiting forever
    assert [json.loads(line)["id"] for line in got[0].decode().splitlines()] == ["جسر", "مطر"]


def test_a_json_array_file_is_read_as_its_items(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps([*ROWS, 5], ensure_ascii=False, indent=2), encoding="utf-8")
    items = _read(path)  # before: the extension refused; as .jsonl, every line an error
    assert _ids(items) == ["جسر", "مطر"] and isinstance(items[2], RowError) and items[2].row == 3


def test_a_jsonl_file_whose_first_line_is_an_array_stays_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"[1, 2]\n" + _jsonl_bytes())
    items = _read(path)
    assert isinstance(items[0], RowError) and items[0].row == 1 and _ids(items) == ["جسر", "مطر"]


def test_a_broken_json_array_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(ROWS, ensure_ascii=False, indent=2)[:-5], encoding="utf-8")
    with pytest.raises(InputError, match=r"does not read: .* \(line 11, column 1\)"):
        _read(path)


def test_excel_sep_line_names_the_separator(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("sep=;\r\n" + _csv_text(";").replace("\n", "\r\n"), encoding="utf-8")
    assert _ids(_read(path)) == ["جسر", "مطر"]


# -- the probe's archive cases, in this process ------------------------------------------------

_ARCHIVE_CASES = ("utf16-excel-csv", "utf16-jsonl", "semicolon-csv", "tsv", "excel-sep-line", "gzip-jsonl",
                  "gzip-cut-short", "xz-csv", "bz2-under-plain-name", "zstd", "windows-1256-csv", "json-array",
                  "unix-times", "parquet-as-other-tools-write", "mongoexport", "folders-by-date", "mixed-ids", "invisible-marks", "quoted-newlines-csv")


def test_probe_of_archive_inputs(tmp_path: Path) -> None:
    probe = load_script("benchmarks/probe_bad_inputs.py", "probe_bad_inputs_archives", register=True)
    chosen = [c for c in probe.cases() if c.name in _ARCHIVE_CASES]
    assert len(chosen) == len(_ARCHIVE_CASES)
    problems = {c.name: probe.probe(c, tmp_path, probe.run_in_process) for c in chosen}
    assert {name: found for name, found in problems.items() if found} == {}


def test_a_folder_of_notepad_files_and_a_semicolon_sidecar(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_bytes("افتتح الوزير الجسر أمس".encode("utf-16"))  # Notepad's "Unicode"
    (folder / "b.txt").write_bytes("هطلت أمطار غزيرة أمس".encode("cp1256"))
    (folder / "published.csv").write_text("file;published;title\na.txt;2024-02-12;جسر\nb.txt;2024-02-12;مطر\n",
                                          encoding="utf-8")
    a, b = _read(folder)
    assert isinstance(a, Article) and a.text == "افتتح الوزير الجسر أمس" and a.title == "جسر"
    assert isinstance(b, RowError) and b.field == "encoding" and "Windows-1256" in b.message


@pytest.mark.parametrize(("value", "hours"), [("2015-08-06 10:00 Asia/Beirut", 3), ("2015-01-06 10:00 Asia/Beirut", 2),
                                              ("06/08/2015 10:00 Asia/Baghdad", 3)])
def test_a_zone_name_gives_its_offset_at_that_date(value: str, hours: int) -> None:
    read = read_published(value)  # before: a row error
    assert read.moment.hour == 10 and read.utc_offset == dt.timedelta(hours=hours)


def test_an_unknown_zone_name_is_the_rows_error() -> None:
    with pytest.raises(PublishedDateError, match="no time zone named 'Mars/Olympus'"):
        read_published("2015-08-06 10:00 Mars/Olympus")


def test_mongoexport_ids_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"_id": {"$oid": "55c2f1a0e4b0a1b2c3d4e5f6"}, "text": "وصل الوفد أمس", '
        '"published": {"$date": {"$numberLong": "1438819200000"}}}\n'
        '{"_id": {"$oid": "55c2f1a0e4b0a1b2c3d4e5f7"}, "text": "غادر الوفد", "published": {"$date": "2015-08-06T10:00:00Z"}}\n',
        encoding="utf-8")
    first, second = _read(path)  # before: every row an error ('expected a string or an integer, got an object')
    assert isinstance(first, Article) and first.id == "55c2f1a0e4b0a1b2c3d4e5f6" and first.published == AUG6
    assert isinstance(second, Article) and second.published == AUG6.replace(hour=10)


def test_two_objects_on_one_line_say_why(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(_jsonl_bytes().replace(b"\n", b"", 1))
    (error,) = _read(path)
    assert isinstance(error, RowError) and "lacked its last newline" in error.message


@pytest.mark.skipif(sys.platform != "linux", reason="ps --sid, /proc")
def test_sigterm_stops_like_ctrl_c(tmp_path: Path) -> None:
    import signal
    import time

    rows = [dict(ROWS[i % 2], id=f"n{i}", text=ROWS[i % 2]["text"] * 30) for i in range(12000)]
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl_bytes(rows))
    out = tmp_path / "out.jsonl"
    out.write_text("the last run's output\n", encoding="utf-8")
    command = [sys.executable, "-c", "import sys; from timeline.cli import main; sys.argv[0] = 'timeline'; "
               "sys.exit(main())", "tag", str(source), "-o", str(out), "-j", "2"]
    proc = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.part")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(1.5)  # the workers started (one stopped while starting may print its own traceback)
    proc.send_signal(signal.SIGTERM)
    err = proc.communicate(timeout=60)[1]
    if proc.returncode == 0:
        pytest.skip("the run ended before the signal")
    assert proc.returncode == 143 and "stopped (SIGTERM)" in err.strip().splitlines() and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "the last run's output\n" and not list(tmp_path.glob("*.part"))
    time.sleep(1)
    left = subprocess.run(["ps", "-o", "pid=,stat=", "--sid", str(proc.pid)], capture_output=True, text=True).stdout
    assert [line for line in left.splitlines() if "Z" not in line.split()[1]] == []  # before: workers waited forever


def test_a_work_folder_of_someone_elses_files_is_refused_untouched(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl_bytes())
    data = tmp_path / "data"
    (data / "scratch").mkdir(parents=True)
    spark = data / "part-00000-1234-c000.snappy.parquet"
    spark.write_bytes(b"someone's events")
    (data / "scratch" / "keep").write_bytes(b"x")
    with pytest.raises(OutputError, match="holds files a build did not make"):
        EventStore.open(data, {"source": 1})
    assert main(["build", str(source), "-o", str(tmp_path / "p.html"), "--work-dir", str(data), "-q", "-j", "1"]) == 1
    assert spark.read_bytes() == b"someone's events" and (data / "scratch" / "keep").exists()  # before: deleted
    assert sorted(p.name for p in data.iterdir()) == ["part-00000-1234-c000.snappy.parquet", "scratch"]


def test_a_csv_naming_its_text_column_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("id,text,text,published,x,x\nجسر,افتتح الوزير الجسر أمس,غادر,2024-02-12,1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"'text' more than once \(columns 2, 3\)"):
        _read(path)  # before: the second column's text, the first dropped unseen


def test_a_folder_of_folders_by_date(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    for day, text in (("06", "وصل الوفد أمس"), ("07", "غادر الوفد اليوم")):
        (folder / "2015" / "08" / day).mkdir(parents=True)
        (folder / "2015" / "08" / day / "a.txt").write_text(text, encoding="utf-8")
    (folder / ".cache").mkdir()
    (folder / ".cache" / "x.txt").write_text("نسخة", encoding="utf-8")
    (folder / "top.txt").write_text("جاء الوفد", encoding="utf-8")
    items = list(read_articles(folder, published="2015-08-01", notice=lambda _: None))
    assert _ids(items) == ["2015/08/06/a", "2015/08/07/a", "top"]  # before: 'top' alone, the days unseen
    assert [a.published.day for a in items] == [6, 7, 1]  # type: ignore[union-attr]
