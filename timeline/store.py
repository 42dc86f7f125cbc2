"""Events kept on disk as they are made: a Parquet dataset with a manifest.

A work directory holds one Parquet part file per finished batch (``part-000012.parquet``)
and ``manifest.json``, which names the run (its inputs and options) and, for every finished
batch, its rows and row errors. Each part file is written to a temporary name and renamed,
then the manifest is replaced the same way, so a batch is either wholly finished or absent:
an interrupted run resumes from the batches the manifest lists.

:meth:`EventStore.scan` reads the dataset back lazily (polars), in batch order, so ordering
and joining can run without holding every event in Python objects.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from timeline.articles import RowError
from timeline.frame import EVENT_SCHEMA, conform_events

__all__ = ["EventStore", "FinishedBatch", "remove_work_dir"]

_MANIFEST = "manifest.json"
_FORMAT = 1


@dataclass(frozen=True, slots=True)
class FinishedBatch:
    """What the manifest keeps of a finished batch."""

    index: int
    rows: int
    events: int
    errors: tuple[RowError, ...]


class EventStore:
    """The Parquet dataset of one run in ``directory``; ``run`` (JSON-able) names the run's
    inputs and options. Open one with :meth:`open`."""

    def __init__(self, directory: Path, run: Mapping[str, Any], batches: dict[int, FinishedBatch]) -> None:
        self.directory = directory
        self.run = dict(run)
        self._batches = batches

    @classmethod
    def open(cls, directory: str | os.PathLike[str], run: Mapping[str, Any], *, resume: bool = True) -> EventStore:
        """The store in ``directory``: its finished batches are kept when ``resume`` and the
        manifest describes the same ``run``; otherwise its parts are removed and it starts empty."""
        path = Path(directory)
        path.mkdir(exist_ok=True)
        batches: dict[int, FinishedBatch] = {}
        manifest = path / _MANIFEST
        if resume and manifest.exists():
            try:
                data = json.loads(manifest.read_text("utf-8"))
            except (OSError, ValueError):
                data = {}
            if data.get("format") == _FORMAT and data.get("run") == json.loads(json.dumps(dict(run))):
                batches = {int(k): _finished(int(k), v) for k, v in data.get("batches", {}).items()
                           if (path / _part_name(int(k))).exists()}
        store = cls(path, run, batches)
        if not batches:
            store.clear()
        return store

    def clear(self) -> None:
        """Remove every part file and the manifest."""
        for part in self.directory.glob("part-*.parquet*"):
            part.unlink()
        (self.directory / _MANIFEST).unlink(missing_ok=True)
        self._batches = {}

    def finished(self, index: int) -> FinishedBatch | None:
        """The finished batch ``index``, or None when it still has to be made."""
        return self._batches.get(index)

    @property
    def batches(self) -> list[FinishedBatch]:
        """The finished batches, in input order."""
        return [self._batches[k] for k in sorted(self._batches)]

    def add(self, index: int, events: pl.DataFrame, rows: int, errors: Iterable[RowError]) -> FinishedBatch:
        """Write batch ``index``'s events, then record it in the manifest."""
        part = self.directory / _part_name(index)
        temporary = part.with_suffix(".parquet.tmp")
        conform_events(events).write_parquet(temporary)
        os.replace(temporary, part)
        batch = FinishedBatch(index, rows, events.height, tuple(errors))
        self._batches[index] = batch
        self._write_manifest()
        return batch

    def _write_manifest(self) -> None:
        data = {
            "format": _FORMAT,
            "run": self.run,
            "batches": {str(b.index): {"rows": b.rows, "events": b.events,
                                       "errors": [e.to_dict() for e in b.errors]} for b in self.batches},
        }
        temporary = self.directory / (_MANIFEST + ".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        os.replace(temporary, self.directory / _MANIFEST)

    def parts(self) -> list[Path]:
        """The part files of the finished batches, in input order."""
        return [self.directory / _part_name(b.index) for b in self.batches]

    def scan(self, columns: Iterable[str] | None = None) -> pl.LazyFrame:
        """The stored events, lazily, in input order (every column unless ``columns``)."""
        parts = self.parts()
        names = list(EVENT_SCHEMA) if columns is None else list(columns)
        if not parts:
            return pl.LazyFrame(schema={n: EVENT_SCHEMA[n] for n in names})
        return pl.scan_parquet(parts).select(names)

    def remove(self) -> None:
        """Delete the part files and the manifest, then the directory if nothing else is in it."""
        self.clear()
        try:
            self.directory.rmdir()
        except OSError:
            pass  # it holds files that are not ours


def _part_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


def _finished(index: int, data: Mapping[str, Any]) -> FinishedBatch:
    errors = tuple(RowError(e["row"], e["id"], e["field"], e["message"], e.get("path"))
                   for e in data.get("errors", ()))
    return FinishedBatch(index, int(data["rows"]), int(data["events"]), errors)


def remove_work_dir(directory: str | os.PathLike[str]) -> None:
    """Remove a finished run's part files and manifest, and ``directory`` when that empties it."""
    path = Path(directory)
    if path.is_dir():
        EventStore(path, {}, {}).remove()
