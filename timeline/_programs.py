"""Compiled regular expressions kept between runs, so that a grammar is compiled once per
Python and per grammar, not at every start.

Compiling the grammar's ~100 patterns (~180,000 characters: word lists written into every
rule) costs ~0.2 s of CPU at every start of a process that tags, nearly all of it in the
``re`` module's parser and code generator, which are written in Python. What they make is a
list of integers, the program the ``_sre`` engine runs. :func:`compile_all` stores those
programs in a file after the first compilation and hands them straight to ``_sre.compile``
at the next start: the same patterns (equal to ``re.compile``'s) in ~0.01 s.

That is the ``re`` module's private interface, so it is used with care:

- A file serves one exact interpreter (implementation, ``sys.version``, ``_sre.MAGIC`` and
  the engine's limits) and one exact list of sources: both are hashed into its name and
  stored in it, and compared when it is read. The file's contents follow their SHA-256,
  checked first: a program damaged on disk is never run.
- A program is stored only when the pattern ``_sre`` makes of it equals ``re.compile``'s
  (pattern equality compares the flags, the source and the program itself).
- Anything unexpected (no file, another interpreter, a damaged file, a private function
  that changed or is missing, a folder that cannot be written) falls back to
  ``re.compile``: the cache can make a start slower once, never a pattern different.
- Files are written whole or not at all (a temporary file in the same folder, then
  :func:`os.replace`), in the user's cache folder (:func:`user_cache_dir`) or the folder
  the caller names; only the few newest are kept.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["KEEP", "USER_CACHE", "compile_all", "kept", "store_kept", "user_cache_dir"]

KEEP = 28
"""How many program files a cache folder keeps (the newest): one per pattern list (the
grammar's, ~3.3 MB; the gazetteer's, ~60 KB; the happening words', the day parts', two
rules' and the clock rules' look-behinds built from word lists, a few KB each: seven per version), grammar version and
interpreter in use, so that switching between versions does not compile each time. With 4
(two lists), three checkouts of different grammars used by one account (or three
interpreters) evicted each other's files and every start compiled the grammar again
(~0.2 s); 28 holds four versions (~14 MB)."""

_FORMAT = 2  # 2: the payload follows its SHA-256
_DIGEST = 32
_PREFIX = "re-programs-"

T = TypeVar("T")

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the source: flags, code, groups, group index and names."""


def user_cache_dir() -> Path | None:
    """The user's cache folder for this program, as platformdirs would place it
    (``$XDG_CACHE_HOME/timeline`` or ``~/.cache/timeline`` on Linux,
    ``~/Library/Caches/timeline`` on macOS, ``%LOCALAPPDATA%\\timeline\\Cache`` on
    Windows); None when there is no home folder."""
    try:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
            return Path(base) / "timeline" / "Cache"
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / "timeline"
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "timeline"
    except (RuntimeError, KeyError):  # no home folder
        return None


USER_CACHE = user_cache_dir()
"""Where grammars keep their compiled patterns unless told otherwise (read once, at import)."""


def _private() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., re.Pattern[str]]] | None:
    """The ``re`` module's parser, its code generator and ``_sre.compile``, which
    ``re.compile`` chains; None where they are not there."""
    try:
        import _sre

        from re import _compiler, _parser  # type: ignore[attr-defined]

        return _parser.parse, _compiler._code, _sre.compile
    except (ImportError, AttributeError):
        return None


def _interpreter() -> tuple[Any, ...] | None:
    """What a stored program depends on besides its source; None where programs cannot be
    stored (not CPython, or an ``re`` without the pieces used here)."""
    try:
        import _sre

        if sys.implementation.name != "cpython" or _private() is None:
            return None
        return (_FORMAT, sys.implementation.cache_tag, sys.version, sys.hexversion, _sre.MAGIC, _sre.CODESIZE,
                _sre.MAXREPEAT, _sre.MAXGROUPS)
    except (ImportError, AttributeError):
        return None


def compile_all(sources: Sequence[str], folder: Path | None) -> list[re.Pattern[str]]:
    """``[re.compile(s) for s in sources]``, from the programs stored in ``folder`` when it
    holds them for these sources and this interpreter; else compiled, and stored there for
    the next time. ``folder=None`` compiles without any file."""
    sources = list(sources)
    interpreter = _interpreter() if folder is not None else None
    if folder is None or interpreter is None:
        return [re.compile(s) for s in sources]
    # the sources' UTF-8, not their repr (~70 instructions a character, ~0.4 M of them for the grammar's):
    # two lists that joined the same (a source holding "\0") share a name, and _read tells them apart
    digest = hashlib.sha256(repr(interpreter).encode("utf-8", "surrogatepass") + b"\0"
                            + "\0".join(sources).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    path = folder / f"{_PREFIX}{digest}.marshal"
    patterns = _read(path, interpreter, sources)
    if patterns is not None:
        return patterns
    patterns = [re.compile(s) for s in sources]
    programs = [_program(s, p) for s, p in zip(sources, patterns)]
    if all(p is not None for p in programs):
        payload = marshal.dumps((interpreter, sources, programs))
        _write(path, hashlib.sha256(payload).digest() + payload)
    return patterns


def _read(path: Path, interpreter: tuple[Any, ...], sources: list[str]) -> list[re.Pattern[str]] | None:
    """The patterns stored in ``path`` for exactly these sources and this interpreter, or None."""
    try:
        private = _private()
        data = path.read_bytes()
        digest, payload = data[:_DIGEST], data[_DIGEST:]
        if hashlib.sha256(payload).digest() != digest:  # damaged on disk: compile instead
            return None
        stored, stored_sources, programs = marshal.loads(payload)
        if private is None or stored != interpreter or stored_sources != sources or len(programs) != len(sources):
            return None
        make = private[2]
        return [make(source, *program) for source, program in zip(sources, programs)]
    except Exception:  # noqa: BLE001 - missing, damaged, or another interpreter's: compile instead
        return None


def _program(source: str, pattern: re.Pattern[str]) -> Program | None:
    """What ``_sre.compile`` needs to make ``pattern`` again without parsing ``source``, as
    ``re._compiler.compile`` makes it; None unless the result equals ``pattern`` (flags,
    source and program; and its groups)."""
    private = _private()
    if private is None:
        return None
    parse, generate, make = private
    try:
        parsed = parse(source, 0)
        code = [int(c) for c in generate(parsed, 0)]  # named constants are ints to marshal
        names: list[str | None] = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            names[index] = name
        program: Program = (int(parsed.state.flags), code, parsed.state.groups - 1, dict(parsed.state.groupdict),
                            tuple(names))
        made = make(source, *program)
        same = made == pattern and made.groups == pattern.groups and made.groupindex == pattern.groupindex
        return program if same else None
    except Exception:  # noqa: BLE001 - a private interface that changed: do without the cache
        return None


def _write(path: Path, data: bytes) -> None:
    """Write a program file (:func:`write_cached`, the :data:`KEEP` newest kept)."""
    write_cached(path, data, _PREFIX, KEEP)


def write_cached(path: Path, data: bytes, prefix: str, keep: int) -> None:
    """Write ``data`` to ``path`` whole or not at all, then keep the ``keep`` newest files
    named ``prefix*.marshal`` in its folder; a folder that cannot be written is left alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".marshal")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        stored = sorted(path.parent.glob(prefix + "*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in stored[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


KEPT_PREFIX = "re-kept-"
"""The file of the patterns modules compile as they are imported (:func:`kept`)."""

KEPT_FILES = 4
"""How many such files a cache folder keeps: one per interpreter in use."""

KEPT_MOST = 2048
"""Past this many stored programs (old sources of edited modules pile up), a file is written
again with only those its process used."""


class _Kept:
    """The programs of :func:`kept`'s patterns stored in one file per interpreter, keyed by
    source; and the sources this process compiled that the file lacks."""

    def __init__(self, folder: Path | None) -> None:
        self.interpreter = _interpreter() if folder is not None else None
        self.path: Path | None = None
        self.programs: dict[str, Program] = {}
        self.used: set[str] = set()
        self.new: dict[str, re.Pattern[str]] = {}
        if folder is None or self.interpreter is None:
            return
        name = hashlib.sha256(repr(self.interpreter).encode()).hexdigest()[:32]
        self.path = folder / f"{KEPT_PREFIX}{name}.marshal"
        try:
            data = self.path.read_bytes()
            if hashlib.sha256(data[_DIGEST:]).digest() == data[:_DIGEST]:
                stored, programs = marshal.loads(data[_DIGEST:])
                if stored == self.interpreter and isinstance(programs, dict):
                    self.programs = programs
        except Exception:  # noqa: BLE001 - missing, damaged or foreign: compile instead
            pass

    def get(self, source: str) -> re.Pattern[str]:
        """``re.compile(source)``, from its stored program when there is one."""
        program = self.programs.get(source)
        private = _private() if program is not None else None
        if program is not None and private is not None:
            try:
                made = private[2](source, *program)
                self.used.add(source)
                return made
            except Exception:  # noqa: BLE001 - a program _sre does not take: compile it
                pass
        made = re.compile(source)
        if self.path is not None:
            self.new[source] = made
        return made

    def store(self) -> None:
        """Write the file again when this process compiled sources it lacked."""
        new = list(self.new.items())
        if self.path is None or not new:
            return
        programs = {source: program for source, pattern in new
                    if (program := _program(source, pattern)) is not None}
        retained = self.programs if len(self.programs) + len(programs) <= KEPT_MOST else {
            source: self.programs[source] for source in list(self.used) if source in self.programs}  # not those
        # compiled with no program kept (noted as used all the same)
        merged = {**retained, **programs}
        payload = marshal.dumps((self.interpreter, merged))
        write_cached(self.path, hashlib.sha256(payload).digest() + payload, KEPT_PREFIX, KEPT_FILES)
        self.programs = merged
        for source, _ in new:
            self.new.pop(source, None)
            self.used.add(source)


@functools.cache
def _kept() -> _Kept:
    """This process's stored programs of :func:`kept`'s patterns (read once)."""
    return _Kept(USER_CACHE)


def kept(source: str) -> re.Pattern[str]:
    """``re.compile(source)`` for a pattern a module compiles as it is imported: made from its
    program stored in the user's cache folder (one file per interpreter, the programs of every
    such pattern of the package, ~0.2 MB), not parsed again at every start (~0.02 s of each
    process's imports). A program is stored only when it makes a pattern equal to
    ``re.compile``'s, and used only for its own source; without the file, compiled. New sources
    are written there by :func:`store_kept`. Not for patterns built from a run's data (each
    would be stored)."""
    return _kept().get(source)


def store_kept() -> None:
    """Store the programs of :func:`kept`'s patterns this process compiled (the fork server
    after its preload, the build process once its word lists are loaded); nothing when none
    was new. Never fails (a folder that cannot be written is left alone)."""
    try:
        _kept().store()
    except Exception:  # noqa: BLE001 - the cache can make a start slower, never fail a run
        pass


@functools.cache
def source_stamp(module_file: str) -> bytes | None:
    """The SHA-256 of a module's source (``__file__``), None when it cannot be read: part of
    the name of what that module's code makes and keeps (:func:`stored`)."""
    try:
        return hashlib.sha256(Path(module_file).read_bytes()).digest()
    except OSError:
        return None


def stored(folder: Path | None, prefix: str, keep: int, key: object, make: Callable[[], T],
           valid: Callable[[object], bool]) -> T:
    """``make()`` kept between runs in ``folder`` (None: never) as marshal data, in a file
    named by the SHA-256 of ``repr(key)`` (``key`` holds all ``make`` reads: the code's
    :func:`source_stamp`, the words) and ``sys.version``, its contents following their
    SHA-256, checked before they are read, then ``valid``; anything unexpected (no file, a
    damaged one, a folder that cannot be written) makes it anew, the ``keep`` newest files of
    ``prefix`` kept: the cache can make a start slower, never what it holds different."""
    if folder is None:
        return make()
    name = hashlib.sha256(repr((key, sys.version)).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    path = folder / f"{prefix}{name}.marshal"
    try:
        data = path.read_bytes()
        if hashlib.sha256(data[_DIGEST:]).digest() == data[:_DIGEST]:
            value = marshal.loads(data[_DIGEST:])
            if valid(value):
                return value  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = make()
    payload = marshal.dumps(value)
    write_cached(path, hashlib.sha256(payload).digest() + payload, prefix, keep)
    return value
