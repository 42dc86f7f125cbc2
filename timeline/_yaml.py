"""Reading YAML: libyaml's safe loader when PyYAML was built with it, the pure-Python one otherwise.

Both build the same objects; libyaml reads the language files about 16 times faster, which
every worker process pays once when it loads the grammar. What a language file holds is
also kept between runs (:func:`load_language_yaml`): PyYAML builds its objects in Python
(~0.03 s for the files a build reads, at every start of the fork server and of the build).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import os
import sys
from importlib import resources
from pathlib import Path
from typing import IO, Any

from timeline._programs import USER_CACHE, write_cached
from timeline.errors import LanguageDataError

__all__ = ["load_cached_yaml", "load_language_yaml", "load_yaml"]

KEEP = 512
"""How many parsed language files a cache folder keeps (the newest). A file's key names
the PyYAML it was parsed with (its path), so every environment (virtualenv) has its own
~25 files per version of the language data: with 64, three environments used by one
account evicted each other's files and every start parsed the YAML again (the fork
server's preload 2,216M → 2,557M instructions, +15%). The files are small (~4 MB for 512)."""

_PREFIX = "yaml-"
_DIGEST = 32


def load_yaml(text: str | IO[str]) -> Any:
    """The objects of one YAML document (safe: plain data only)."""
    import yaml  # here: a start whose language files are all in the cache never loads PyYAML (~0.012 s)

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


def load_cached_yaml(text: str, cache: Path | None = USER_CACHE) -> Any:
    """:func:`load_yaml` of ``text``, kept between runs in ``cache`` as the language files are
    (for a package file outside ``lang/<code>/``: ``lang/columns.yaml``)."""
    return _parsed(text, cache)


def load_language_yaml(code: str, name: str, cache: Path | None = USER_CACHE) -> Any:
    """The objects of ``timeline/lang/<code>/<name>``; a file that is missing or not YAML
    raises :class:`LanguageDataError` naming it. They are read from ``cache`` (None: never)
    when it holds them for this very text, this Python and this PyYAML (its files), else
    parsed and stored there."""
    try:
        text = resources.files(f"timeline.lang.{code}").joinpath(name).read_text(encoding="utf-8")
        return _parsed(text, cache)
    except Exception as exc:
        yaml = sys.modules.get("yaml")  # imported by the parse that failed, if any
        if isinstance(exc, (OSError, ModuleNotFoundError)) or (yaml is not None and isinstance(exc, yaml.YAMLError)):
            raise LanguageDataError(f"timeline.lang.{code}/{name}: {exc}") from exc
        raise


@functools.cache
def _parser_stamp() -> str | None:
    """What parsing depends on besides the text, without importing PyYAML: its package's
    ``__init__`` (path, size, time: another PyYAML is another stamp); None when not found."""
    try:
        spec = importlib.util.find_spec("yaml")
        origin = spec.origin if spec is not None else None
        if origin is None:
            return None
        info = os.stat(origin)
        return f"{origin}:{info.st_size}:{info.st_mtime_ns}"
    except (OSError, ImportError, ValueError):
        return None


def _parsed(text: str, folder: Path | None) -> Any:
    """``load_yaml(text)``, through a file of ``folder`` named by the hash of the text and of
    what the parsing depends on. The file holds the SHA-256 of its marshal data, checked
    before the data is read (marshal must not read damaged data); anything unexpected (no
    file, a damaged one, a folder that cannot be written, objects marshal does not hold,
    such as dates) parses the text: the cache can make a start slower, never the data
    different."""
    stamp = _parser_stamp()
    if folder is None or stamp is None:
        return load_yaml(text)
    payload = _payload(text, folder, stamp)
    if payload is not None:
        try:
            return marshal.loads(payload)
        except (ValueError, EOFError, TypeError):  # not this marshal's data after all
            pass
    return load_yaml(text)


@functools.lru_cache(maxsize=64)
def _payload(text: str, folder: Path, stamp: str) -> bytes | None:
    """The marshal data of ``load_yaml(text)`` (:func:`_parsed`), from its file of ``folder`` or
    parsed and stored there; None when marshal does not hold its objects. Kept for the texts
    read again in one process (``event_dates.yaml`` is read by ~40 loaders, 22 of them in the
    fork server's preload): each read then costs the unmarshalling alone, fresh objects as
    before. The file's name is the hash of the interpreter, the parser and the text's UTF-8
    (the text's ``repr`` cost ~70 instructions a character)."""
    header = repr((sys.version, marshal.version, stamp)).encode("utf-8", "surrogatepass")
    key = hashlib.sha256(header + b"\0" + text.encode("utf-8", "surrogatepass"))  # no \0 in a repr
    path = folder / f"{_PREFIX}{key.hexdigest()[:32]}.marshal"
    try:
        stored = path.read_bytes()
        if hashlib.sha256(stored[_DIGEST:]).digest() == stored[:_DIGEST]:
            return stored[_DIGEST:]
    except OSError:
        pass
    try:
        payload = marshal.dumps(load_yaml(text))
    except ValueError:  # an object marshal does not hold
        return None
    _write(path, hashlib.sha256(payload).digest() + payload)
    return payload


def _write(path: Path, data: bytes) -> None:
    """Write a parsed file (:func:`timeline._programs.write_cached`, the :data:`KEEP` newest kept)."""
    write_cached(path, data, _PREFIX, KEEP)
