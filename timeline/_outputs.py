"""Writing outputs safely: never over an input, never half-written, in the format the name says.

- :func:`check_outputs` refuses an output that is (or, through a link, resolves to) an
  input or another output of the same run, and an extension the writer does not know.
- :class:`AtomicFile` / :func:`atomic_path` write to a temporary file in the target's own
  folder and ``os.replace`` it onto the target only when everything was written, so a
  failed run leaves the old file (or none), never a truncated one. A target that is a
  named pipe or a device is written in place: a rename would replace the pipe its reader
  waits on with a plain file.
- :func:`neutral_cell` / :func:`neutral_frame` put an apostrophe before every CSV cell
  that starts with ``= + - @``, a tab or a carriage return, so that no spreadsheet reads
  a clause or a title as a formula. Every CSV the project writes goes through them.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

import polars as pl

from timeline.errors import OutputError

__all__ = [
    "FORMULA_STARTS",
    "AtomicFile",
    "atomic_path",
    "check_outputs",
    "check_work_dir",
    "neutral_cell",
    "neutral_frame",
    "neutral_row",
    "output_format",
]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters a spreadsheet may read as the start of a formula."""

_NEW_FILE_MODE = 0o644


def neutral_cell(value: Any) -> Any:
    """``value`` with a leading apostrophe when it is a string a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutral_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """Every cell of a CSV row through :func:`neutral_cell`."""
    return {key: neutral_cell(value) for key, value in row.items()}


def neutral_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Every string column of ``frame`` through :func:`neutral_cell` (other columns as they are)."""
    pattern = "^[" + "".join("\\" + c if c in "-^]\\" else c for c in FORMULA_STARTS) + "]"
    strings = [name for name, dtype in frame.schema.items() if dtype == pl.String]
    return frame.with_columns(
        pl.when(pl.col(name).str.contains(pattern)).then(pl.lit("'") + pl.col(name)).otherwise(pl.col(name))
        .alias(name)
        for name in strings
    )


def output_format(path: str | os.PathLike[str], formats: Mapping[str, str], flag: str) -> str:
    """The format ``formats`` gives the extension of ``path``; an unknown one is an OutputError."""
    suffix = Path(path).suffix.lower()
    if suffix in formats:
        return formats[suffix]
    accepted = ", ".join(sorted(formats))
    shown = f"'{suffix}'" if suffix else "no extension"
    raise OutputError(f"{flag} {os.fspath(path)}: {shown} is not an output format here; use one of {accepted}")


def _same_file(a: Path, b: Path) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def check_outputs(
    outputs: Iterable[tuple[str, str | os.PathLike[str] | None]],
    inputs: Iterable[str | os.PathLike[str] | None],
) -> None:
    """Refuse an output (``(flag, path)``; None and ``"-"`` skipped) that is an input, or
    that another output of the run also writes; raise :class:`OutputError` naming both."""
    sources = [Path(p) for p in inputs if p is not None and os.fspath(p) != "-"]
    seen: list[tuple[str, Path]] = []
    for flag, raw in outputs:
        if raw is None or os.fspath(raw) == "-":
            continue
        path = Path(raw)
        for source in sources:
            if source.is_dir() and not path.is_dir():
                continue
            if _same_file(path, source):
                raise OutputError(
                    f"{flag} {path}: this is the input {source}; writing it would destroy it. "
                    "Choose another output name."
                )
        for other_flag, other in seen:
            if _same_file(path, other):
                raise OutputError(f"{flag} {path}: {other_flag} writes the same file; give each output its own name")
        if path.is_dir():
            raise OutputError(f"{flag} {path}: is a folder; give a file name")
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise OutputError(f"{flag} {path}: cannot write: no folder {folder}")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(f"{flag} {path}: cannot write: the folder {folder} is not writable")
        seen.append((flag, path))


def check_work_dir(
    flag: str, directory: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str] | None]
) -> None:
    """Refuse a work folder (whose ``part-*.parquet`` files a build removes) that holds an
    input or is one."""
    work = Path(os.path.realpath(directory))
    for raw in inputs:
        if raw is None or os.fspath(raw) == "-":
            continue
        source = Path(os.path.realpath(raw))
        if source == work or work in source.parents:
            raise OutputError(
                f"{flag} {os.fspath(directory)}: the input {os.fspath(raw)} is there; a build removes the "
                "part files of its work folder. Choose a folder of its own."
            )
        if work.is_file():
            raise OutputError(f"{flag} {os.fspath(directory)}: is a file, not a folder")


def _in_place(path: Path) -> bool:
    """Whether ``path`` is a named pipe or a device, which is written as it is (never renamed over)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _temporary(path: Path) -> tuple[int, Path]:
    try:
        handle, name = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.",
                                        suffix=".part")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    mode = path.stat().st_mode & 0o777 if path.exists() else _NEW_FILE_MODE
    with contextlib.suppress(OSError):
        os.chmod(name, mode)
    return handle, Path(name)


def _commit(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc


class AtomicFile:
    """A text file (or with ``binary``, a file of bytes) written under a temporary name and
    renamed onto ``path`` by :meth:`commit`.

    :meth:`discard` (or garbage, or an exception inside ``with``) removes the temporary
    file and leaves ``path`` as it was.
    """

    def __init__(self, path: str | os.PathLike[str], *, encoding: str = "utf-8", newline: str | None = "",
                 binary: bool = False) -> None:
        self.path = Path(path)
        self._done = False
        self._temporary: Path | None = None
        # binary: a stream of bytes (``encoding`` and ``newline`` unused)
        options: dict[str, Any] = {"mode": "wb"} if binary else {"mode": "w", "encoding": encoding, "newline": newline}
        if _in_place(self.path):
            try:
                self.stream: TextIO = open(self.path, **options)  # noqa: SIM115
            except OSError as exc:
                raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from exc
            return
        handle, self._temporary = _temporary(self.path)
        self.stream = open(handle, **options)  # noqa: SIM115

    def commit(self) -> None:
        """Close the stream and put the file in place."""
        if self._done:
            return
        self._done = True
        try:
            self.stream.close()
        except OSError as exc:
            if self._temporary is not None:
                self._temporary.unlink(missing_ok=True)
            raise OutputError(f"{self.path}: cannot write: {exc.strerror or exc}") from exc
        if self._temporary is not None:
            _commit(self._temporary, self.path)

    def discard(self) -> None:
        """Drop what was written; ``path`` stays as it was."""
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            self.stream.close()
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)

    def __enter__(self) -> TextIO:
        return self.stream

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that wants a name (polars); renamed
    onto ``path`` when the block ends without an exception, removed otherwise."""
    target = Path(path)
    if _in_place(target):
        yield target
        return
    handle, temporary = _temporary(target)
    os.close(handle)
    try:
        yield temporary
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _commit(temporary, target)
