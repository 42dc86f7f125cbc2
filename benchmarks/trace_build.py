"""A wall-clock trace of one ``timeline build``: ``bench_scale.py trace`` runs this file.

    python benchmarks/trace_build.py TRACE.jsonl build ARTICLES -o x.html ...

runs ``timeline.cli.main`` on the arguments after TRACE.jsonl and appends one JSON line per
moment to TRACE.jsonl: the build process (modules imported, each step begun and ended, the
batches received), the fork server (its preloads) and each worker (each batch begun and
ended), with ``time.monotonic()`` (one clock for every process on Linux) and the process's
CPU seconds. Nothing is imported before the command line would import it: modules are
wrapped by an import hook as they load. The fork server imports this file first (it is put
in front of ``timeline._workers.PRELOAD``; Python 3.11's fork server does not take the
parent's ``sys.path``, so ``PYTHONPATH`` must name this folder) and finds the trace file in
``TRACE_ENV``.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import inspect
import json
import os
import sys
import time
from typing import Any

TRACE_ENV = "TIMELINE_BENCH_TRACE"

WATCHED = ("polars", "plotly", "yaml", "timeline.pipeline", "timeline.result", "timeline.page",
           "timeline.merge", "timeline.relink", "timeline.stories", "timeline.events", "timeline._cli_build")
"""Modules whose import is marked (begin and end)."""

WRAPPED: dict[str, tuple[str, ...]] = {
    "timeline._workers": ("start_early",),
    "timeline.cli": ("build_parser",),
    "timeline._cli_build": ("run",),
    "timeline.pipeline": ("build_timeline", "iter_articles", "extract_into", "count_articles", "run_description",
                          "_load_word_lists"),
    "timeline.merge": ("clause_features", "assign_stories"),
    "timeline.relink": ("merge_events", "cluster_events", "place_windows", "window_moves", "moved_windows",
                        "date_from_entries", "anniversaries_to_the_day"),
    "timeline.batches": ("ordered_map",),
    "timeline.store": ("EventStore.add", "EventStore.open", "EventStore.scan", "EventStore.remove"),
    "timeline.result": ("Timeline.from_events", "Timeline.to_html", "Timeline.write_html", "merge_with_anchors",
                        "timeline_entries", "page_data", "timeline_page", "write_page", "conform_events",
                        "undated_phrases"),
    "timeline.windows": ("merge_events",),
    "timeline.export": ("write_events",),
    "timeline._outputs": ("AtomicFile.__exit__",),
    "concurrent.futures.process": ("ProcessPoolExecutor.submit",),
}
"""Functions marked at each call (begin and end; a generator at its first item and its end), where the
module has them."""


def mark(what: str, **extra: Any) -> None:
    """Append one moment to the trace file."""
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    line = json.dumps({"t": time.monotonic(), "cpu": time.process_time(), "pid": os.getpid(), "what": what, **extra})
    with open(path, "a", encoding="utf-8") as out:
        out.write(line + "\n")


def _wrap(fn: Any, name: str) -> Any:
    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def generator(*args: Any, **kwargs: Any) -> Any:
            mark(name + " >")
            first = True
            for item in fn(*args, **kwargs):
                if first:
                    mark(name + " first")
                    first = False
                yield item
            mark(name + " <")
        return generator

    @functools.wraps(fn)
    def plain(*args: Any, **kwargs: Any) -> Any:
        mark(name + " >")
        try:
            return fn(*args, **kwargs)
        finally:
            mark(name + " <")
    return plain


def _label(module: str, dotted: str) -> str:
    """How a wrapped function's marks name it: its name, or with its module's when another
    module's function of that name is wrapped too (``windows.merge_events``)."""
    named = sum(dotted in names for names in WRAPPED.values())
    return dotted if named == 1 else f"{module.removeprefix('timeline.')}.{dotted}"


def _patch(module: Any) -> None:
    for dotted in WRAPPED.get(module.__name__, ()):
        owner: Any = module
        *path, last = dotted.split(".")
        for part in path:
            owner = getattr(owner, part)
        if hasattr(owner, last):  # (a function another version of the code may not have)
            setattr(owner, last, _wrap(getattr(owner, last), _label(module.__name__, dotted)))


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:  # get_data, get_resource_reader...: the real loader's
        return getattr(self.inner, name)

    def create_module(self, spec: Any) -> Any:
        return self.inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        watched = module.__name__ in WATCHED
        if watched:
            mark("import " + module.__name__ + " >")
        self.inner.exec_module(module)
        if watched:
            mark("import " + module.__name__ + " <")
        _patch(module)
        if module.__name__ == "timeline._workers":
            module.PRELOAD = ("trace_build", *module.PRELOAD)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name not in WATCHED and name not in WRAPPED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def _in_fork_server() -> None:
    """The fork server imports this module before the others: mark each preload, then make
    every worker mark its batches."""
    import importlib

    mark("server: preload >")
    from timeline import _workers

    for name in _workers.PRELOAD:
        importlib.import_module(name)
        mark("server: imported " + name)
    from timeline import batches

    made = batches._made

    def traced(batch: Any, **kwargs: Any) -> Any:
        mark("worker: batch >", index=batch.index, rows=batch.rows)
        try:
            return made(batch, **kwargs)
        finally:
            mark("worker: batch <", index=batch.index)

    batches._made = traced  # type: ignore[assignment]


if __name__ == "__main__":
    os.environ[TRACE_ENV] = os.path.abspath(sys.argv[1])
    mark("parent: python started")
    sys.meta_path.insert(0, _Finder())
    from timeline.cli import main

    sys.argv = [sys.argv[0], *sys.argv[2:]]
    status = main()  # as the program runs it (see timeline.cli.main)
    mark("parent: exit")
    sys.exit(status)
elif __name__ == "trace_build" and os.environ.get(TRACE_ENV):  # not as the workers' __mp_main__
    _in_fork_server()
