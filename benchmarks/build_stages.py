"""A build's instructions by stage, under callgrind: extraction (the tagger and its helpers apart), the
frame, ``date_reprints``, the merge, the entries, the page — one process, for any checkout.

    python benchmarks/build_stages.py --path /tmp/base                  # 300 corpus articles from 2000
    python benchmarks/build_stages.py --path /tmp/base --articles 100 --offset 0 --threads 1
    python benchmarks/build_stages.py --path /tmp/base --events ev.parquet   # the tail alone, on fixed events

``count_instructions.py`` counts ``tag()`` and ``stage_profile.py`` the tagger's own stages; this counts what a
``timeline build -j 1`` does with a batch of articles, as a worker and the build process do it:
``batch_columns`` (a worker's job), ``events_from_columns`` (the build process makes the frame),
``date_reprints`` (when the checkout has :mod:`timeline.reprints`: a module the checkout lacks is not taken
from the installed package), ``Timeline.from_events`` (``merge_with_anchors``, ``timeline_entries``,
``undated_phrases`` inside) and ``write_html``. Inside extraction the helpers ``article_events`` calls
(:data:`EVENTS_INNER`: ``tag``, ``split_clauses``, ``_dating``, ``find_places`` …) are stages of their own, so
"extraction less tag" is the event extraction proper. With ``--events`` only the tail runs, on that frame
(the same input for every checkout). ``--extra module:function,…`` wraps more (a function another module
imported by name is wrapped where it is looked up: name that module).

The whole build runs once, untimed, on ``--warm`` other articles first (first-use loading and compiled
patterns out of the count), then the counted pass runs between two toggles
(``--collect-atstart=no``), with ``PYTHONHASHSEED=0``, the collector off and a compiled-pattern cache of the
folder's own (``XDG_CACHE_HOME``), filled by one native run of the same work first. Stages are C functions of
the extension ``stage_profile.build_module`` makes (CPython 3.11 shows every Python function to callgrind as
the interpreter's loop); each wrapper's frame (~1-2 k instructions a call) lands in its caller. Polars' own
threads are counted too: ``--threads 1`` (``POLARS_MAX_THREADS``) gives counts that repeat exactly.
Needs valgrind (with ``valgrind/callgrind.h``) and gcc. Several minutes for 300 articles on a quiet core.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "news_sample.parquet"
EVENTS_INNER = ("tag", "split_clauses", "anchor_to_happenings", "find_places", "_dating", "_as_reported",
                "recalled_happening", "elapsed_happenings", "may_recall", "commemoration", "_quoted_today",
                "_told_weekdays", "_same_thread", "_lead_event", "recalled_this_year")
"""The helpers of ``timeline.events.article_events`` counted as stages (those a checkout lacks are skipped)."""
TAIL_INNER = ("merge_with_anchors", "timeline_entries", "undated_phrases")
"""What ``Timeline.from_events`` calls, looked up in ``timeline.result``."""
STEPS = ("extract", "frame", "reprints", "from_events", "page")

Call = Callable[..., Any]


def own_module(name: str, path: str) -> Any | None:
    """The module ``name`` of the checkout at ``path``, or None when the checkout has none (an editable
    install would give the installed package's own instead)."""
    try:
        module = importlib.import_module(name)
    except ImportError:
        return None
    where = getattr(module, "__file__", None) or ""
    return module if not path or Path(where).resolve().is_relative_to(Path(path).resolve()) else None


def wrap(module: Any, name: str, stage: Call) -> bool:
    """Route ``module.name`` through ``stage`` (a C function that calls its first argument); False when
    the module has no such function."""
    function = getattr(module, name, None)
    if not callable(function):
        return False
    setattr(module, name, lambda *args, **kwargs: stage(function, *args, **kwargs))
    return True


def build_steps(articles: Any, call: Callable[..., Any], folder: Path, path: str = "") -> tuple[int, int, int]:
    """One ``-j 1`` build of ``articles`` (a polars frame of corpus rows), each step through
    ``call(step, function, *args)``: (articles, events, entries)."""
    from timeline.batches import batch_columns
    from timeline.frame import events_from_columns
    from timeline.pipeline import iter_articles

    reprints = own_module("timeline.reprints", path)
    read = [a for a in iter_articles(articles) if hasattr(a, "text")]
    columns, _ = call("extract", batch_columns, read)
    events = call("frame", events_from_columns, columns)
    if reprints is not None:
        events = call("reprints", reprints.date_reprints, events)
    return (len(read), *tail_steps(events, call, folder)[1:])  # type: ignore[return-value]


def tail_steps(events: Any, call: Callable[..., Any], folder: Path) -> tuple[int, int, int]:
    """The merge and the page of an events frame, each through ``call``: (0, events, entries)."""
    from timeline.result import Timeline

    made = call("from_events", Timeline.from_events, events)
    call("page", made.write_html, str(folder / "page.html"))
    return 0, events.height, made.entries.height


def plain(step: str, function: Call, *args: Any, **kwargs: Any) -> Any:
    """``call`` for an uncounted run."""
    return function(*args, **kwargs)


def child(args: argparse.Namespace) -> None:
    """What runs under callgrind: wrap the stages, warm up, then the counted pass between two toggles."""
    import gc

    import polars as pl
    import stagemod  # type: ignore[import-not-found]

    names: list[str] = []

    def stage(name: str) -> Call:
        names.append(name)
        return getattr(stagemod, f"stage_{len(names) - 1}")  # type: ignore[no-any-return]

    events_module = importlib.import_module("timeline.events")
    result_module = importlib.import_module("timeline.result")
    for name in EVENTS_INNER:
        if callable(getattr(events_module, name, None)):
            wrap(events_module, name, stage("x:" + name))
    for name in TAIL_INNER:
        wrap(result_module, name, stage("m:" + name))
    for spec in filter(None, args.extra.split(",")):
        module, name = spec.split(":")
        if callable(getattr(importlib.import_module(module), name, None)):
            wrap(importlib.import_module(module), name, stage(spec))
    scratch = tempfile.TemporaryDirectory(prefix="build_stages_")  # the pages written: removed at the end
    folder = Path(scratch.name)
    steps = {step: stage(step) for step in STEPS}

    def counted(step: str, function: Call, *a: Any, **k: Any) -> Any:
        return steps[step](function, *a, **k)

    if args.events:
        events = pl.read_parquet(args.events)
        first = events["article_id"].unique(maintain_order=True).head(args.warm).implode()
        tail_steps(events.filter(pl.col("article_id").is_in(first)), plain, folder)
        gc.collect()
        gc.disable()
        stagemod.toggle()
        sizes = tail_steps(events, counted, folder)
    else:
        corpus = pl.read_parquet(args.corpus)
        build_steps(corpus.slice(args.warm_from, args.warm), plain, folder, args.path)
        gc.collect()
        gc.disable()
        stagemod.toggle()
        sizes = build_steps(corpus.slice(args.offset, args.articles), counted, folder, args.path)
    stagemod.toggle()
    scratch.cleanup()
    Path(args.names).write_text(json.dumps({"names": names, "sizes": sizes}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", default="", help="the checkout to import timeline from (a `git archive`)")
    parser.add_argument("--out", default="", help="a folder for the extension, the cache and the callgrind file "
                        "(kept; without it a temporary folder, removed once the table is printed)")
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--offset", type=int, default=2000, help="the first counted article")
    parser.add_argument("--warm", type=int, default=40, help="articles (or the events' first articles) run first")
    parser.add_argument("--warm-from", type=int, default=4500)
    parser.add_argument("--events", default="", help="count the tail alone on this events frame (Parquet)")
    parser.add_argument("--threads", type=int, default=0, help="POLARS_MAX_THREADS (0: polars' default)")
    parser.add_argument("--extra", default="", help="more stages: module:function, commas")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--names", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    sys.path.insert(0, str(HERE))
    from stage_profile import build_module, table

    folder = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="build_stages_"))
    folder.mkdir(parents=True, exist_ok=True)
    if not list(folder.glob("stagemod*.so")):
        build_module(folder)
    env = dict(os.environ, PYTHONHASHSEED="0", XDG_CACHE_HOME=str(folder / "xdg"))
    if args.threads:
        env["POLARS_MAX_THREADS"] = str(args.threads)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (args.path, str(folder))))
    names = folder / "names.json"
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--names", str(names)]
    for option in ("path", "corpus", "articles", "offset", "warm", "warm_from", "events", "extra"):
        command += [f"--{option.replace('_', '-')}", str(getattr(args, option))]
    subprocess.run(command, env=env, check=True, capture_output=True)  # the pattern cache filled, natively
    out = folder / "stages.cg"
    subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--callgrind-out-file={out}", *command],
                   env=env, check=True, capture_output=True)
    meta = json.loads(names.read_text())
    costs = table(out, meta["names"])
    (folder / "costs.json").write_text(json.dumps({"costs": costs, "sizes": meta["sizes"]}))
    print(f"{args.path or 'installed'}: articles, events, entries {meta['sizes']}")
    for name, value in sorted(costs.items(), key=lambda kv: -kv[1]):
        print(f"{value / 1e6:10.1f} M  {name}")
    if "extract" in costs and "x:tag" in costs:
        print(f"{(costs['extract'] - costs['x:tag']) / 1e6:10.1f} M  extraction less tag")
    if not args.out:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
