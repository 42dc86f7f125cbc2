"""``timeline build``: articles in, an interactive HTML timeline (and event tables) out.

::

    timeline build examples/articles.jsonl -o timeline.html --events events.parquet

Exit status: 0 every row used, 2 some rows were rejected (reported on stderr, outputs
still written), 1 nothing could be built (unreadable input, unwritable output).
"""

from __future__ import annotations

import argparse
import gc
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline._cli_common import add_reading_options, reading_options
from timeline._outputs import check_outputs, check_work_dir, output_format
from timeline.errors import InputError, OutputError, PublishedDateError

if TYPE_CHECKING:
    from timeline.pipeline import Stage

__all__ = ["EVENTS_FORMATS", "PAGE_FORMATS", "TIMELINEJS_FORMATS", "register", "run"]

PAGE_FORMATS = {".html": "html", ".htm": "html"}
EVENTS_FORMATS = {".parquet": "parquet", ".csv": "csv"}
TIMELINEJS_FORMATS = {".json": "json", ".html": "html", ".htm": "html"}


def register(sub: Any) -> None:
    """Add the ``build`` subcommand to the ``timeline`` parser."""
    p = sub.add_parser(
        "build",
        help="build an interactive timeline from articles",
        description="Tag articles, turn their clauses into dated events, merge reports of the "
        "same happening and write a standalone HTML timeline.",
        epilog="Example: timeline build examples/articles.jsonl -o timeline.html --events events.parquet",
    )
    p.add_argument("articles", nargs="+", help="JSONL/CSV/Parquet files, .txt files or folders")
    p.add_argument("-o", "--output", default="timeline.html", help="HTML file to write (default: timeline.html)")
    p.add_argument("--events", metavar="PATH", help="also write the events as .parquet or .csv")
    p.add_argument("--undated", metavar="PATH",
                   help="also write, as .parquet or .csv, the clauses dated only from a happening "
                   "that nothing dates (kept undated, anchored to it: never dated from the publication)")
    p.add_argument("--timelinejs", metavar="PATH",
                   help="also write TimelineJS JSON (.json), or a TimelineJS page (.html; loads TimelineJS "
                   "from the Knight Lab CDN, so it needs a network)")
    p.add_argument("--timelinejs-html", metavar="FILE",
                   help="also write a TimelineJS page (loads TimelineJS from the Knight Lab CDN)")
    p.add_argument("--lanes", default="source", help="lanes: source (default), place, cluster, story, none, or an event column")
    p.add_argument("--rtl", action="store_true", help="run time from right to left")
    p.add_argument("--cdn", action="store_true", help="load plotly.js from its CDN (small file, needs a network)")
    p.add_argument("--inherit", action=argparse.BooleanOptionalAction, default=False,
                   help="clauses without a date take the day the narrative last set, and an undated lead "
                        "reporting a past happening the publication's day or the day before, marked as "
                        "inherited (off by default: on the corpus two in three narrative dates are the happening's "
                        "day and one in seven is wrong; a lead's window is seldom checkable)")
    p.add_argument("--no-merge", dest="merge", action="store_false", help="do not group reports of the same happening")
    p.add_argument("--published", metavar="DATE", help="publication date of rows without one (needed for .txt)")
    p.add_argument("--title", help="title of the page")
    p.add_argument("--outlet-names", metavar="FILE",
                   help="YAML or JSON mapping of source values (slugs) to the outlet names shown on the page")
    p.add_argument("--months", choices=("levantine", "egyptian-gulf", "maghrebi"),
                   help="month names on the page (default: the family the articles use most)")
    p.add_argument("--corrections", metavar="FILE",
                   help="a historian's corrections (CSV or JSONL keyed by event_id: new date or grain, "
                   "not_event, split, merge), applied after merging and marked on the page")
    add_reading_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("-j", "--jobs", type=_positive, metavar="N",
                   help="processes extracting events (default: every core; 1: this process)")
    p.add_argument("--batch-size", type=_positive, metavar="N", help="articles per batch (default: 256)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local processes (default) or Ray Data (pip install 'timeline[ray]')")
    p.add_argument("--ray-address", metavar="ADDRESS",
                   help="join this Ray cluster (default with --engine ray: start a local Ray)")
    p.add_argument("--work-dir", metavar="DIR",
                   help="keep the events of finished batches here (default: OUTPUT.work, removed "
                   "after a successful run); a rerun on the same inputs picks up where it stopped")
    p.add_argument("--resume", action="store_true",
                   help="reuse the batches an interrupted run finished in the work directory")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build and write; returns the exit status."""
    from timeline.batches import BATCH_SIZE
    from timeline.pipeline import build_timeline, count_articles
    from timeline.store import remove_work_dir

    outputs = [("-o", args.output), ("--events", args.events), ("--timelinejs", args.timelinejs),
               ("--timelinejs-html", args.timelinejs_html), ("--undated", args.undated)]
    try:
        for (flag, target), formats in zip(outputs, (PAGE_FORMATS, EVENTS_FORMATS, TIMELINEJS_FORMATS,
                                                     PAGE_FORMATS, EVENTS_FORMATS)):
            if target is not None:
                output_format(target, formats, flag)
        check_outputs(outputs, args.articles)
        check_work_dir("--work-dir", args.work_dir or args.output + ".work", args.articles)
    except OutputError as exc:
        return _fatal(str(exc))
    shown = not args.quiet and sys.stderr.isatty()
    bar = _Progress(shown, count_articles(args.articles) if shown else None)

    work_dir = Path(args.work_dir) if args.work_dir else Path(args.output + ".work")
    try:
        outlet_names = _outlet_names(args.outlet_names) if args.outlet_names else None
    except OSError as exc:
        return _fatal(f"--outlet-names {args.outlet_names}: cannot read: {exc.strerror or exc}")
    except (UnicodeDecodeError, ValueError) as exc:
        return _fatal(f"--outlet-names {args.outlet_names}: {' '.join(str(exc).split())}")
    corrections = None
    if args.corrections:
        from timeline.corrections import read_corrections

        try:
            corrections = read_corrections(args.corrections)
        except OSError as exc:
            return _fatal(f"--corrections {args.corrections}: cannot read: {exc.strerror or exc}")
    try:
        timeline = build_timeline(
            args.articles,
            lanes=None if args.lanes == "none" else args.lanes,
            inherit=args.inherit,
            merge=args.merge,
            rtl=args.rtl,
            published=args.published,
            title=args.title,
            progress=bar.update if shown else None,
            stage=_freezing(bar.stage) if getattr(args, "program", False) else bar.stage,
            jobs=args.jobs,
            engine=args.engine,
            ray_address=args.ray_address,
            workdir=work_dir,
            resume=args.resume or args.work_dir is not None,
            batch_size=args.batch_size or BATCH_SIZE,
            corrections=corrections,
            **reading_options(args, "build"),
        )
    except (InputError, PublishedDateError, ValueError, ImportError) as exc:
        failed: str | None = str(exc)
    except OSError as exc:  # the work directory (polars' errors name no file)
        failed = f"{exc.filename or work_dir}: cannot write: {exc.strerror or exc}"
    except BaseException:  # Ctrl-C, a crash
        bar.close()
        raise
    else:
        failed = None
    # an interrupted run (Ctrl-C, a crash) keeps its work directory for --resume; a finished
    # or failed one removes it (a finished one on the outputs' thread, while the page is made)
    if failed is not None:
        bar.close()
        if not args.work_dir:
            remove_work_dir(work_dir)
        return _fatal(failed)
    stats = timeline.stats
    assert stats is not None
    report = timeline.corrections
    written = [args.output]
    bar.note("writing " + args.output)
    from timeline.export import write_events, write_timelinejs  # not before: see build_timeline's word-list thread

    side = [(path, writer) for path, writer in (
        (args.events, lambda: write_events(timeline.events, args.events)),
        (args.undated, lambda: write_events(timeline.undated, args.undated)),
        (args.timelinejs, lambda: write_timelinejs(timeline.events, args.timelinejs, title=args.title)),
        (args.timelinejs_html, lambda: write_timelinejs(timeline.events, args.timelinejs_html, title=args.title)),
    ) if path]
    # the other outputs are written on another thread while the page is made (polars
    # writes without the GIL; the page's compression runs beside it)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="outputs") as pool:
        futures = [(path, pool.submit(writer)) for path, writer in side]
        removed = pool.submit(remove_work_dir, work_dir) if not args.work_dir else None
        try:
            timeline.write_html(args.output, include_plotlyjs="cdn" if args.cdn else True, title=args.title,
                                outlet_names=outlet_names, month_names=args.months)
            for path, future in futures:
                future.result()
                written.append(path)
            if removed is not None:
                removed.result()
        except OutputError as exc:
            return _fatal(str(exc))
        except OSError as exc:
            return _fatal(f"{exc.filename or args.output}: cannot write: {exc.strerror or exc}")
        finally:
            for _, future in futures:
                future.cancel()
            bar.close()
    for error in stats.errors:
        print(f"timeline build: {error}", file=sys.stderr)
    if report is not None:
        for error in (*report.errors, *report.unknown):
            print(f"timeline build: --corrections {error}", file=sys.stderr)
    if not args.quiet:
        print(stats.summary(), file=sys.stderr)
        if stats.undated and not args.undated:
            print("  (--undated FILE writes them, each anchored to its happening)", file=sys.stderr)
        if report is not None:
            print(report.summary(), file=sys.stderr)
        print("wrote: " + ", ".join(written), file=sys.stderr)
    return 2 if stats.errors or (report is not None and (report.errors or report.unknown)) else 0



class _Progress:
    """The progress bar on stderr: articles (rate and time left) while events are
    extracted, then the steps after extraction against their estimated time (see
    :class:`timeline.pipeline.Stage`), ticking every half second. Not shown (``--quiet``,
    or stderr is no terminal), it does nothing and does not import tqdm (~0.01 s of the
    build process's start)."""

    def __init__(self, shown: bool, total: int | None) -> None:
        self.bar: Any = None
        if shown:
            from tqdm import tqdm

            self.bar = tqdm(unit=" articles", file=sys.stderr, desc="timeline build", leave=False, total=total)
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def update(self, rows: int) -> None:
        if self.bar is not None:
            self.bar.update(rows)

    def stage(self, step: Stage) -> None:
        """The steps after extraction begin: a bar of their elapsed and estimated time."""
        self.note(step.note)
        if step.seconds is None or self.bar is None:
            return
        self.bar.bar_format = "{desc}: {elapsed} elapsed, about {remaining} left |{bar:20}|"
        self.bar.reset(total=max(step.seconds, 1.0))
        began = time.monotonic()

        def tick() -> None:
            while not self._stop.wait(0.5):
                self.bar.n = min(time.monotonic() - began, 0.99 * self.bar.total)
                self.bar.refresh()

        self._ticker = threading.Thread(target=tick, daemon=True)
        self._ticker.start()

    def note(self, text: str) -> None:
        if self.bar is not None:
            self.bar.set_description_str(f"timeline build: {text}")
            self.bar.refresh()

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        if self.bar is not None:
            self.bar.close()


def _freezing(stage: Callable[[Stage], object]) -> Callable[[Stage], None]:
    """``stage``, after the garbage collector is told to leave alone everything the program
    holds when extraction ends (:func:`gc.freeze`: modules, word lists, the events read back), so
    that the collections of the one-core steps after it walk only what those steps make (at
    5,000 articles ~0.07 s of that tail's CPU, most of it one older-generation collection).
    Only when the command line runs as the program, which ends soon after (see
    :func:`timeline.cli.main`): a caller's own objects are never frozen."""

    def freeze_then(step: Stage) -> None:
        gc.freeze()
        stage(step)

    return freeze_then


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def _outlet_names(path: str) -> dict[str, str]:
    """Read a ``{source: name}`` mapping (YAML, of which JSON is a subset)."""
    import yaml

    from timeline._yaml import load_yaml

    with open(path, encoding="utf-8") as handle:
        try:
            data = load_yaml(handle)
        except yaml.YAMLError as exc:
            raise ValueError(f"not YAML or JSON: {' '.join(str(exc).split())}") from exc
    if not isinstance(data, dict):
        raise ValueError("expected a mapping of source values to names")
    return {str(k): str(v) for k, v in data.items()}


def _fatal(message: str) -> int:
    print(f"timeline build: {message}", file=sys.stderr)
    return 1
