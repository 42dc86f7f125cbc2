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
- CSV outputs hold no cell a spreadsheet would run.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
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
    check: Callable[[Path], str | None] | None = None


def cases() -> list[Case]:
    """The hostile inputs."""
    many = [dict(GOOD, id=f"n{i}") for i in range(200)]
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
