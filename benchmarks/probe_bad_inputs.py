"""Probe ``timeline tag`` and ``timeline build`` with hostile inputs; exit 1 if any check fails.

    python benchmarks/probe_bad_inputs.py [-v]

For every input made here (deep JSON, 5,000-digit numbers, NUL bytes, BOM and CRLF, a
huge line, wrong types, empty files, folders, missing files, duplicate ids, binary
files, an unclosed CSV quote, renamed or missing columns, outputs named like inputs...)
it runs both commands as a user would and checks:

- no traceback, and an exit status of 0, 1 (nothing done, one clear message) or 2;
- no lost row: ``tag`` writes one output line per input row, ``build`` reports
  ``N read`` with ``used + rejected = read``, N the rows the case holds;
- no destroyed file: every input is byte for byte what it was;
- CSV outputs hold no cell a spreadsheet would run;
- the case's own check, when it has one: rows that must be tagged (not only counted: an
  archive in UTF-16, compressed or with ``;`` was once all errors), the errors' wording,
  offsets (``text[start:end]`` is the expression) on text full of marks a scraper leaves.

The archive cases (UTF-16, ``;``/tab CSV, gzip/xz/zstd, JSON arrays, Unix times read under
another ``TZ``, binary Parquet, mixed ids, invisible marks) came with the ninth session's
audit.
"""

from __future__ import annotations

import argparse
import bz2
import contextlib
import csv
import gzip
import hashlib
import io
import json
import lzma
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ANY = -1
GOOD = {"id": "ok", "text": "افتتح الوزير الجسر الجديد صباح أمس", "published": "2024-02-12"}


def _line(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)


def _jsonl(*rows: dict | str) -> bytes:
    return ("\n".join(r if isinstance(r, str) else _line(r) for r in rows) + "\n").encode("utf-8")


@dataclass
class Case:
    """Files to make, the input argument, the rows it holds (None: the run must refuse it;
    ANY: unknown, but ``tag`` and ``build`` must count the same rows)."""

    name: str
    files: dict[str, bytes | None]  # None: a folder; b"->target": a symbolic link
    source: str
    rows: int | None
    extra_tag: list[str] = field(default_factory=list)
    extra_build: list[str] = field(default_factory=list)
    stdin: bytes | None = None
    check: Callable[[Path], str | None] | None = None  # after the runs, in the case's folder
    env: dict[str, str] = field(default_factory=dict)  # set while the commands run (TZ...)


TWO = [dict(GOOD, id="جسر"), dict(GOOD, id="مطر", text="هطلت أمطار غزيرة على المدينة يوم الأحد الماضي")]
MARKS = [
    "<p>افتتح الوزير الجسر <b>أمس</b> و&nbsp;سيعود يوم الأحد المقبل</p>",
    "افْتَتَحَ الوَزِيرُ الجِسْرَ يَوْمَ الأَحَدِ المَاضِي وَ أَمْسِ",
    "وصل\u200f الوفد\u200e يوم\u200f الأحد\u200f الماضي",
    "وصل الوفد يو\u200dم الأح\u200cد الماضي أمس",
    "😀 وصل الوفد 🇸🇾 يوم الأحد الماضي 👍 أمس",
    "وصل الوفد یوم الأحد الماضی وکان أمس",
    "\u202bوصل الوفد يوم 5 آب 2015\u202c\u00a0الساعة ١٠:٣٠",
    "وصل الوفد\r\nيوم الأحــد\r\nالماضي\x00 أمس",
]


def _csv(rows: list[dict], sep: str = ",") -> str:
    return f"id{sep}text{sep}published\n" + "".join(sep.join((r["id"], r["text"], r["published"])) + "\n" for r in rows)


def _parquet(columns: dict[str, list]) -> bytes:
    import polars as pl

    out = io.BytesIO()
    pl.DataFrame(columns).write_parquet(out)
    return out.getvalue()


def _tagged_lines(where: Path) -> list[dict]:
    return [json.loads(line) for line in (where / "out/tagged.jsonl").read_text(encoding="utf-8").splitlines()]


def tagged(count: int, *, values: dict[str, str] | None = None) -> Callable[[Path], str | None]:
    """A check: ``count`` rows tagged without error (and, for ``values``, the first expression
    of the row with that id has that value)."""

    def check(where: Path) -> str | None:
        lines = _tagged_lines(where)
        ok = [line for line in lines if "error" not in line]
        if len(ok) != count:
            errors = [line["error"]["message"][:80] for line in lines if "error" in line][:2]
            return f"{len(ok)} rows tagged, not {count} ({errors})"
        for ident, value in (values or {}).items():
            got = next((line["timexes"][0]["value"] for line in ok if line["id"] == ident and line["timexes"]), None)
            if got != value:
                return f"row {ident}: value {got}, not {value}"
        return None

    return check


def errors_say(words: str) -> Callable[[Path], str | None]:
    """A check: every row error's message contains ``words``."""

    def check(where: Path) -> str | None:
        messages = [line["error"]["message"] for line in _tagged_lines(where) if "error" in line]
        wrong = [m for m in messages if words not in m]
        return f"errors without {words!r}: {wrong[:2]}" if wrong or not messages else None

    return check


def offsets_kept(where: Path) -> str | None:
    """A check: every expression's ``text`` is its row's ``text[start:end]``."""
    texts = {}
    for line in (where / "in/in.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        texts[row["id"]] = row["text"]
    for line in _tagged_lines(where):
        for t in line["timexes"]:
            if texts[line["id"]][t["start"]:t["end"]] != t["text"]:
                return f"row {line['id']}: [{t['start']}:{t['end']}] is not {t['text']!r}"
    return None


def cases() -> list[Case]:
    """The hostile inputs."""
    many = [dict(GOOD, id=f"n{i}") for i in range(200)]
    cut = gzip.compress(_jsonl(*[dict(GOOD, id=f"g{i}") for i in range(40)]))[:-4]  # its trailer lost
    return [
        Case("deep-json", {"in.jsonl": _jsonl("[" * 100_000, GOOD)}, "in.jsonl", 2),
        Case("deep-json-value", {"in.jsonl": _jsonl('{"id": "x", "text": ' + "[" * 3000 + "]" * 3000 + "}", GOOD)},
             "in.jsonl", 2),
        Case("huge-int", {"in.jsonl": _jsonl('{"id": ' + "1" * 5000 + ', "text": "نص", "published": "2024-02-12"}',
                                             '{"id": "a", "text": "نص", "published": ' + "2" * 5000 + "}", GOOD)},
             "in.jsonl", 3),
        Case("only-yesterday", {"in.jsonl": _jsonl(dict(GOOD, text="أمس"))}, "in.jsonl", 1),
        Case("nul-bytes", {"in.jsonl": _jsonl(dict(GOOD, text="نص\x00مع صفر أمس"), "{\"id\": \"z\"\x00}", GOOD)},
             "in.jsonl", 3),
        Case("nul-csv", {"in.csv": "id,text,published\na,نص\x00أمس,2024-02-12\nb,نص,2024-02-12\n".encode()},
             "in.csv", 2),
        Case("bom-crlf", {"in.jsonl": b"\xef\xbb\xbf" + _jsonl(GOOD, dict(GOOD, id="b")).replace(b"\n", b"\r\n")},
             "in.jsonl", 2),
        Case("bom-crlf-csv", {"in.csv": "\ufeffid,text,published\r\na,وصل أمس,2024-02-12\r\nb,غادر اليوم,2024-02-12\r\n"
                              .encode()}, "in.csv", 2),
        Case("huge-line", {"in.jsonl": _jsonl(dict(GOOD, text="كلام " * 1_000_000 + "أمس"), GOOD)}, "in.jsonl", 2),
        Case("wrong-types", {"in.jsonl": _jsonl(
            dict(GOOD, text=5), dict(GOOD, published=["2024"]), dict(GOOD, id={"a": 1}), dict(GOOD, prefer=3),
            dict(GOOD, place=7), dict(GOOD, title=9, id="t"), "null", "17", '"نص"', "[]", "{broken")},
             "in.jsonl", 11),
        Case("empty-jsonl", {"in.jsonl": b""}, "in.jsonl", 0),
        Case("blank-jsonl", {"in.jsonl": b"\n\n  \n"}, "in.jsonl", 0),
        Case("empty-csv", {"in.csv": b""}, "in.csv", 0),
        Case("header-only-csv", {"in.csv": b"id,text,published\n"}, "in.csv", 0),
        Case("empty-folder", {"dir": None}, "dir", None),
        Case("folder-no-txt", {"dir": None, "dir/a.md": b"x"}, "dir", None),
        Case("missing-file", {}, "nope.jsonl", None),
        Case("duplicate-ids", {"in.jsonl": _jsonl(GOOD, GOOD, dict(GOOD, id="b"))}, "in.jsonl", 3),
        Case("binary-jsonl", {"in.jsonl": bytes(range(256)) * 40}, "in.jsonl", ANY),
        Case("binary-csv", {"in.csv": b"id,text,published\n" + bytes(range(256)) * 4}, "in.csv", ANY),
        Case("binary-parquet", {"in.parquet": bytes(range(256)) * 4}, "in.parquet", None),
        Case("unknown-extension", {"in.docx": b"PK\x03\x04"}, "in.docx", None),
        Case("unclosed-quote", {"in.csv": 'id,text,published\na,"بدأ الإضراب أمس,2024-02-12\nb,انتهى الإضراب اليوم,2024-02-12\n'
                                          "c,عاد العمال الأحد,2024-02-12\n".encode()}, "in.csv", 3),
        Case("renamed-columns", {"in.csv": "المعرف,النص,تاريخ النشر\nا,وصل الوفد أمس,12/02/2024\n".encode()}, "in.csv", 1),
        Case("no-text-column", {"in.csv": ("id,words,date\n" + "a,نص,2024-02-12\n" * 50).encode()}, "in.csv", None),
        Case("columns-flag", {"in.csv": ("id,words,date\n" + "a,نص أمس,2024-02-12\n" * 5).encode()}, "in.csv", 5,
             ["--columns", "text=words"], ["--columns", "text=words"]),
        Case("hijri-looking", {"in.jsonl": _jsonl(dict(GOOD, published="1445-08-02"), dict(GOOD, id="h",
                                                  published="02/08/1445 هـ"))}, "in.jsonl", 2),
        Case("txt-folder", {"dir": None, "dir/2024-02-12_a.txt": "وصل الوفد أمس".encode(),
                            "dir/20240213-b.txt": "غادر اليوم".encode(), "dir/c.txt": b"->gone.txt",
                            "dir/bad.txt": b"\xff\xfe", "dir/x.pdf": b"%PDF"}, "dir", 4),
        Case("formulas", {"in.jsonl": _jsonl(dict(GOOD, id="=cmd|' /C calc'!A0", text="=1+1 أمس", title="@x",
                                                  source="+s", place="-p"))}, "in.jsonl", 1),
        Case("many-rows", {"in.jsonl": _jsonl(*many)}, "in.jsonl", 200),
        Case("stdin-plain-text", {}, "-", None, stdin="وصل الوفد أمس\n".encode()),
        Case("stdin-jsonl", {}, "-", 2, stdin=_jsonl(GOOD, "{oops")),
        # archives as users keep them (ninth session)
        Case("utf16-excel-csv", {"in.csv": _csv(TWO, "\t").encode("utf-16")}, "in.csv", 2, check=tagged(2)),
        Case("utf16-jsonl", {"in.jsonl": _jsonl(*TWO).decode().encode("utf-16")}, "in.jsonl", 2, check=tagged(2)),
        Case("semicolon-csv", {"in.csv": _csv(TWO, ";").encode()}, "in.csv", 2, check=tagged(2)),
        Case("tsv", {"in.tsv": _csv(TWO, "\t").encode()}, "in.tsv", 2, check=tagged(2)),
        Case("excel-sep-line", {"in.csv": ("sep=;\r\n" + _csv(TWO, ";")).encode()}, "in.csv", 2, check=tagged(2)),
        Case("gzip-jsonl", {"in.jsonl.gz": gzip.compress(_jsonl(*TWO))}, "in.jsonl.gz", 2, check=tagged(2)),
        Case("gzip-cut-short", {"in.jsonl.gz": cut}, "in.jsonl.gz", 41, check=tagged(40)),
        Case("xz-csv", {"in.csv.xz": lzma.compress(_csv(TWO).encode())}, "in.csv.xz", 2, check=tagged(2)),
        Case("bz2-under-plain-name", {"in.csv": bz2.compress(_csv(TWO, ";").encode())}, "in.csv", 2,
             check=tagged(2)),
        Case("zstd", {"in.jsonl.zst": b"\x28\xb5\x2f\xfd" + bytes(40)}, "in.jsonl.zst", None),
        Case("windows-1256-csv", {"in.csv": _csv(TWO).encode("cp1256")}, "in.csv", 2,
             check=errors_say("Windows-1256")),
        Case("json-array", {"in.json": json.dumps([*TWO, 7], ensure_ascii=False, indent=1).encode()}, "in.json", 3,
             check=tagged(2)),
        Case("unix-times", {"in.jsonl": _jsonl(dict(GOOD, id="s", text="أمس", published=1707696000),
                                               dict(GOOD, id="ms", text="أمس", published="1707696000000"),
                                               dict(GOOD, id="pg", text="أمس", published="2024-02-12 10:00:00+03"))},
             "in.jsonl", 3, check=tagged(3, values={"s": "2024-02-11", "ms": "2024-02-11", "pg": "2024-02-11"}),
             env={"TZ": "America/New_York"}),
        Case("parquet-as-other-tools-write", {"in.parquet": _parquet({
            "id": [1.0, 2.0, None], "text": [t["text"].encode() for t in (*TWO, GOOD)],
            "published": ["2024-02-12", "12/02/2024", "2024-02-12T09:00:00Z"]})}, "in.parquet", 3, check=tagged(3)),
        Case("mongoexport", {"in.jsonl": _jsonl(
            '{"_id": {"$oid": "55c2f1a0e4b0a1b2c3d4e5f6"}, "text": "أمس", "published": {"$date": {"$numberLong": '
            '"1707696000000"}}}', '{"_id": {"$oid": "55c2f1a0e4b0a1b2c3d4e5f7"}, "text": "أمس", "published": '
            '{"$date": "2024-02-12T09:00:00Z"}}')}, "in.jsonl", 2, check=tagged(2)),
        Case("folders-by-date", {"dir": None, "dir/2024/02/11/a.txt": "وصل الوفد أمس".encode(),
                                 "dir/2024/02/12/a.txt": "غادر الوفد اليوم".encode(), "dir/.git/x.txt": b"x"},
             "dir", 2, check=tagged(2)),
        Case("mixed-ids", {"in.jsonl": _jsonl(dict(GOOD, id=1), dict(GOOD, id="1"), dict(GOOD, id=1.0),
                                              dict(GOOD, id=True), dict(GOOD, id=None), dict(GOOD, id=""))},
             "in.jsonl", 6),
        Case("invisible-marks", {"in.jsonl": _jsonl(*[dict(GOOD, id=f"m{i}", text=t) for i, t in enumerate(MARKS)])},
             "in.jsonl", len(MARKS), check=offsets_kept),
        Case("quoted-newlines-csv", {"in.csv": ('id,text,published,title\n"a,1","قال الوزير، ""نعم""\nأمس, وافتتح '
                                                'الجسر",2024-02-12,"=عنوان\nثان"\nb,غادر اليوم,2024-02-12,\n').encode()},
             "in.csv", 2, check=tagged(2)),
    ]


def _digest(root: Path) -> dict[str, str]:
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


Runner = Callable[[list[str], Path, "bytes | None"], "subprocess.CompletedProcess[str]"]


def run_in_process(args: list[str], cwd: Path, stdin: bytes | None) -> subprocess.CompletedProcess[str]:
    """Run ``timeline`` in this process (for tests): an exception that escapes is a traceback."""
    import contextlib
    import io
    import traceback

    from timeline.cli import main as timeline_main

    err = io.StringIO()
    saved_cwd, saved_stdin = os.getcwd(), sys.stdin
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(stdin or b"")), encoding="utf-8")  # type: ignore[arg-type]
    try:
        os.chdir(cwd)
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                status = timeline_main(args)
            except SystemExit as exc:
                status = int(exc.code or 0)
            except BaseException:  # noqa: BLE001 - what a user would see as a traceback
                err.write("Traceback (most recent call last):\n" + traceback.format_exc())
                status = 99
    finally:
        os.chdir(saved_cwd)
        sys.stdin = saved_stdin
    return subprocess.CompletedProcess(args, status, "", err.getvalue())


def _run(args: list[str], cwd: Path, stdin: bytes | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args], cwd=cwd, input=(stdin or b"").decode("utf-8", "replace"),
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def _csv_formulas(path: Path) -> str | None:
    csv.field_size_limit(2**31 - 1)
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.reader(stream):
            for cell in row:
                if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
                    return f"{path.name}: formula-like cell {cell[:30]!r}"
    return None


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """``values`` in the environment (and the C library's zone read again) while the block runs."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    _tzset()
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        _tzset()


def _tzset() -> None:
    import time

    if hasattr(time, "tzset"):
        time.tzset()


def _run_all(case: Case, runs: dict[str, list[str]], where: Path, inputs: Path, run: Runner,
             problems: list[str], counted: dict[str, int]) -> None:
    """Run each command of ``runs`` on the case; note its problems and the rows it counted."""
    for label, args in runs.items():
        if case.source == "-" and label.endswith("over-input"):
            continue
        if label == "build" and case.source == "-":
            continue  # build reads files, not stdin
        proc = run(args, where, case.stdin)
        err = proc.stderr
        if "Traceback" in err or proc.returncode not in (0, 1, 2):
            problems.append(f"{label}: status {proc.returncode}, {err.strip().splitlines()[-1:] if err else ''}")
            continue
        if label.endswith("over-input"):
            if case.source not in ("-",) and proc.returncode != 1 and (inputs / case.source).is_file():
                problems.append(f"{label}: status {proc.returncode}, an input was accepted as output")
            continue
        if case.rows is None:
            if proc.returncode != 1:
                problems.append(f"{label}: expected a refusal (status 1), got {proc.returncode}")
            elif len(err.strip().splitlines()) != 1:
                problems.append(f"{label}: refusal in {len(err.strip().splitlines())} lines, not one")
            continue
        if proc.returncode == 1:
            problems.append(f"{label}: refused a readable input: {err.strip()[:200]}")
            continue
        if label == "tag":
            lines = (where / "out/tagged.jsonl").read_text(encoding="utf-8").splitlines()
            counted["tag"] = len(lines)
            if case.rows != ANY and len(lines) != case.rows:
                problems.append(f"tag: {len(lines)} output lines for {case.rows} rows")
        elif label == "tag-csv":
            problems.extend(p for p in [_csv_formulas(where / "out/tagged.csv")] if p)
        elif label == "build":
            found = re.search(r"articles: (\d+) read, (\d+) used, (\d+) rejected", err)
            if found is None:
                problems.append(f"build: no summary ({err.strip()[-200:]})")
            else:
                read, used, rejected = map(int, found.groups())
                counted["build"] = read
                if (case.rows != ANY and read != case.rows) or used + rejected != read:
                    problems.append(f"build: {read} read ({used} used + {rejected} rejected) for {case.rows} rows")
            events = where / "out/events.csv"
            if events.exists():
                problems.extend(p for p in [_csv_formulas(events)] if p)


def probe(case: Case, root: Path, run: Runner = _run) -> list[str]:
    """Every problem found with ``case`` (an empty list when it is handled)."""
    where = root / case.name
    where.mkdir()
    inputs = where / "in"
    inputs.mkdir()
    for name, data in case.files.items():
        path = inputs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            path.mkdir(exist_ok=True)
        elif data.startswith(b"->"):
            path.symlink_to(path.parent / data[2:].decode())
        else:
            path.write_bytes(data)
    before = _digest(inputs)
    source = case.source if case.source == "-" else f"in/{case.source}"
    problems: list[str] = []
    counted: dict[str, int] = {}
    runs = {
        "tag": ["tag", source, "-o", "out/tagged.jsonl", *case.extra_tag],
        "tag-csv": ["tag", source, "-o", "out/tagged.csv", *case.extra_tag],
        "build": ["build", source, "-o", "out/page.html", "--events", "out/events.csv", "--cdn", *case.extra_build],
        "tag-over-input": ["tag", source, "-o", source, *case.extra_tag],
        "build-over-input": ["build", source, "-o", "out/p.html", "--events", source, "--cdn"],
    }
    (where / "out").mkdir()
    with _environment(case.env):
        _run_all(case, runs, where, inputs, run, problems, counted)
    if case.check is not None and (where / "out/tagged.jsonl").exists():
        problems.extend(p for p in [case.check(where)] if p)
    if len(set(counted.values())) > 1:
        problems.append(f"tag and build count different rows: {counted}")
    if _digest(inputs) != before:
        problems.append("an input file changed")
    leftovers = [p.name for p in where.rglob("*.part")]
    if leftovers:
        problems.append(f"temporary files left: {leftovers}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case")
    parser.add_argument("-k", dest="only", help="run only cases whose name contains this")
    args = parser.parse_args()
    failed = 0
    chosen = [c for c in cases() if not args.only or args.only in c.name]
    with tempfile.TemporaryDirectory(prefix="timeline-probe-") as tmp:
        for case in chosen:
            problems = probe(case, Path(tmp))
            failed += bool(problems)
            if problems or args.verbose:
                print(f"{'FAIL' if problems else 'ok  '} {case.name}")
            for problem in problems:
                print(f"     {problem}")
    print(f"{len(chosen) - failed} of {len(chosen)} hostile inputs handled (no traceback, no lost row, no destroyed file)")
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
