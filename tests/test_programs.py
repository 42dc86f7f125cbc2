"""Compiled patterns kept between runs (:mod:`timeline._programs`): the same patterns as
``re.compile``'s whatever the folder holds, and a damaged or foreign file only costs a
compilation."""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import _programs
from timeline._programs import KEEP, compile_all
from timeline.engine import load_grammar
from timeline.tagger import tag

SOURCES = [
    r"(?<!\w)(?P<day>\d{1,2})\s+(?P<month>آب|أيلول|تشرين\s+الأول)(?:\s+(?P<year>\d{4}))?(?!\w)",
    r"(?:مساء|صباح)\s+(?:أمس|اليوم|غدا)",
    r"(?i)gmt|utc",
]
TEXT = "وصل الوفد مساء أمس، وسيعود في 15 أيلول 2015 عند الخامسة GMT، لا في 3 آب."


def _programs_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("re-programs-*.marshal"))


def _same(patterns: list[re.Pattern[str]], sources: list[str]) -> None:
    for pattern, source in zip(patterns, sources, strict=True):
        expected = re.compile(source)
        assert pattern == expected  # flags, source and the engine's program
        assert (pattern.groups, dict(pattern.groupindex), pattern.flags) == \
            (expected.groups, dict(expected.groupindex), expected.flags)
        assert [m.span() + m.groups() for m in pattern.finditer(TEXT)] == \
            [m.span() + m.groups() for m in expected.finditer(TEXT)]


def test_second_compilation_reads_the_stored_programs(tmp_path: Path) -> None:
    first = compile_all(SOURCES, tmp_path)
    _same(first, SOURCES)
    (stored,) = _programs_in(tmp_path)
    written = stored.stat().st_mtime_ns
    again = compile_all(SOURCES, tmp_path)
    _same(again, SOURCES)
    assert [p is q for p, q in zip(first, again)] == [False] * len(SOURCES)  # made from the file, not re's cache
    assert stored.stat().st_mtime_ns == written and _programs_in(tmp_path) == [stored]
    assert [m.group("month") for m in again[0].finditer(TEXT)] == ["أيلول", "آب"]


def test_without_a_folder_nothing_is_written(tmp_path: Path) -> None:
    _same(compile_all(SOURCES, None), SOURCES)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("damage", [b"", b"not marshal", None])
def test_a_damaged_or_foreign_file_is_compiled_again(tmp_path: Path, damage: bytes | None) -> None:
    compile_all(SOURCES, tmp_path)
    (stored,) = _programs_in(tmp_path)
    if damage is None:  # a whole file, for other sources, under this name
        other = tmp_path / "other"
        compile_all(SOURCES[:2], other)
        damage = _programs_in(other)[0].read_bytes()
    else:
        damage = stored.read_bytes()[:len(damage) * 50] or damage
    stored.write_bytes(damage)
    _same(compile_all(SOURCES, tmp_path), SOURCES)
    assert stored.read_bytes() != damage  # written again, whole
    _same(compile_all(SOURCES, tmp_path), SOURCES)



def test_a_program_damaged_on_disk_is_never_run(tmp_path: Path) -> None:
    compile_all(SOURCES, tmp_path)
    (stored,) = _programs_in(tmp_path)
    data = bytearray(stored.read_bytes())
    data[-31] ^= 0x01  # one bit of the last program's code: the file still loads, the pattern differs
    stored.write_bytes(bytes(data))
    _same(compile_all(SOURCES, tmp_path), SOURCES)
    assert stored.read_bytes() != bytes(data)  # written again, whole

def test_another_source_list_is_another_file_and_only_the_newest_stay(tmp_path: Path) -> None:
    lists = [SOURCES[:1] + [rf"(?:{n})\s+يوما"] for n in range(KEEP + 2)]
    for sources in lists:
        _same(compile_all(sources, tmp_path), sources)
    assert len(_programs_in(tmp_path)) == KEEP
    _same(compile_all(lists[-1], tmp_path), lists[-1])
    assert len(_programs_in(tmp_path)) == KEEP


def test_a_folder_that_cannot_be_written_is_left_alone(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file, not a folder")
    _same(compile_all(SOURCES, blocked / "cache"), SOURCES)
    assert blocked.read_text() == "a file, not a folder"


def test_a_changed_private_interface_compiles_as_usual(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parse, generate, make = _programs._private()  # type: ignore[misc]

    def broken(*args: object) -> object:
        raise TypeError("changed")

    def elsewhere(parsed: object, flags: int) -> object:  # a valid program, of another pattern
        return generate(parse(r"\d+", 0), flags)

    for private in ((broken, generate, make), (parse, elsewhere, make), (parse, generate, broken)):
        monkeypatch.setattr(_programs, "_private", lambda private=private: private)
        _same(compile_all(SOURCES, tmp_path), SOURCES)
        assert _programs_in(tmp_path) == []  # nothing stored that does not give re.compile's patterns
    monkeypatch.undo()
    compile_all(SOURCES, tmp_path)
    monkeypatch.setattr(_programs, "_private", lambda: (parse, generate, broken))  # stored, then the reading fails
    _same(compile_all(SOURCES, tmp_path), SOURCES)
    monkeypatch.setattr(_programs, "_interpreter", lambda: None)  # not CPython
    _same(compile_all(SOURCES, tmp_path), SOURCES)


def test_the_grammar_from_stored_programs_is_the_same(tmp_path: Path) -> None:
    load = load_grammar.__wrapped__  # type: ignore[attr-defined] # each call loads it anew
    plain = load("ar", None)
    compiled = load("ar", tmp_path)
    assert len(_programs_in(tmp_path)) == 1
    stored = load("ar", tmp_path)
    assert len(_programs_in(tmp_path)) == 1
    assert not any(p is q for (_, p), (_, q) in zip(compiled.rules, stored.rules))  # made from the file
    for grammar in (compiled, stored):
        assert grammar == plain  # every pattern equal (programs included), the routes, the word lists
        assert [(rule.name, pattern) for word in plain.routes for rule, pattern in plain.routes[word]] == \
            [(rule.name, pattern) for word in grammar.routes for rule, pattern in grammar.routes[word]]
    # the tagger's own grammar (the user's cache folder) reads the same
    assert [t.text for t in tag(TEXT, "2015-08-03")] == ["مساء أمس", "15 أيلول 2015 عند الخامسة GMT", "3 آب"]


def test_the_user_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(_programs.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _programs.user_cache_dir() == tmp_path / "timeline"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert _programs.user_cache_dir() == tmp_path / "home" / ".cache" / "timeline"


def _kept_in(folder: Path) -> list[Path]:
    return sorted(folder.glob(_programs.KEPT_PREFIX + "*.marshal"))


def test_import_time_patterns_are_made_from_their_stored_programs(tmp_path: Path) -> None:
    first = _programs._Kept(tmp_path)
    made = [first.get(source) for source in SOURCES]
    _same(made, SOURCES)
    assert _kept_in(tmp_path) == []  # nothing written until asked
    first.store()
    (stored,) = _kept_in(tmp_path)
    written = stored.read_bytes()
    second = _programs._Kept(tmp_path)
    again = [second.get(source) for source in SOURCES]
    _same(again, SOURCES)
    assert second.new == {} and second.used == set(SOURCES)  # every one from the file
    second.store()
    assert stored.read_bytes() == written  # nothing new: not written again
    third = _programs._Kept(tmp_path)
    other = r"(?:قبل|بعد)\s+(?P<n>\d+)\s+أيام"
    _same([third.get(SOURCES[0]), third.get(other)], [SOURCES[0], other])
    third.store()  # the new source added to those stored
    assert _programs._Kept(tmp_path).programs.keys() == set(SOURCES) | {other}
    assert _programs._Kept(None).get(other) == re.compile(other)


@pytest.mark.parametrize("damage", ["bit", "empty", "other"])
def test_a_damaged_or_foreign_kept_file_compiles(tmp_path: Path, damage: str) -> None:
    kept = _programs._Kept(tmp_path)
    [kept.get(source) for source in SOURCES]
    kept.store()
    (stored,) = _kept_in(tmp_path)
    data = stored.read_bytes()
    if damage == "bit":  # one bit of the last program's code: the file still loads, the pattern differs
        data = data[:-31] + bytes([data[-31] ^ 0x01]) + data[-30:]
    elif damage == "empty":
        data = b""
    else:  # whole and checked, but another interpreter's
        payload = marshal.dumps(((0, "another"), {SOURCES[0]: (0, [], 0, {}, ())}))
        data = hashlib.sha256(payload).digest() + payload
    stored.write_bytes(data)
    read = _programs._Kept(tmp_path)
    assert read.programs == {}
    _same([read.get(source) for source in SOURCES], SOURCES)


def test_past_the_limit_only_the_programs_used_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_programs, "KEPT_MOST", 3)
    old = _programs._Kept(tmp_path)
    [old.get(source) for source in SOURCES]
    old.store()
    edited = _programs._Kept(tmp_path)  # a module edited: one pattern the same, one new
    new = r"منذ\s+(?P<n>\d+)\s+أعوام"
    _same([edited.get(SOURCES[1]), edited.get(new)], [SOURCES[1], new])
    edited.store()
    assert _programs._Kept(tmp_path).programs.keys() == {SOURCES[1], new}


def test_past_the_limit_a_source_with_no_program_stores_the_rest(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # a source whose program is not kept (its remade pattern would differ) is noted as used: a later
    # store past the limit must still write the others (review41: it failed on a KeyError, never written)
    monkeypatch.setattr(_programs, "KEPT_MOST", 2)
    made = _programs._program
    monkeypatch.setattr(_programs, "_program", lambda source, pattern: None if source == SOURCES[0] else made(source, pattern))
    kept = _programs._Kept(tmp_path)
    [kept.get(source) for source in SOURCES[:2]]
    kept.store()
    new = r"منذ\s+(?P<n>\d+)\s+أعوام"
    kept.get(new)
    kept.get(SOURCES[2])
    kept.store()
    assert _programs._Kept(tmp_path).programs.keys() == {SOURCES[1], SOURCES[2], new}


CHILD = """
import sys
from timeline import _programs
import timeline.tagger, timeline.events
print(len(_programs._kept().new), len(_programs._kept().used))
_programs.store_kept()
"""


def test_a_second_start_compiles_none_of_the_import_time_patterns(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    (first_new, first_used), (second_new, second_used) = (map(int, run.stdout.split()) for run in runs)
    assert first_new > 50 and first_used == 0  # compiled, then stored
    assert second_new == 0 and second_used == first_new  # all made from the file
    assert len(_kept_in(tmp_path / "timeline")) == 1
