"""``timeline build``: articles in, an interactive HTML timeline (and event tables) out.

::

    timeline build examples/articles.jsonl -o timeline.html --events events.parquet

Exit status: 0 every row used, 2 some rows were rejected (reported on stderr, outputs
still written), 1 nothing could be built (unreadable input, unwritable output).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from timeline.errors import InputError, PublishedDateError

__all__ = ["register", "run"]


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
    p.add_argument("--timelinejs", metavar="PATH", help="also write TimelineJS JSON")
    p.add_argument("--lanes", default="source", help="lanes: source (default), place, cluster, story, none, or an event column")
    p.add_argument("--rtl", action="store_true", help="run time from right to left")
    p.add_argument("--cdn", action="store_true", help="load plotly.js from its CDN (small file, needs a network)")
    p.add_argument("--inherit", action="store_true", help="clauses without a date take the last date the narrative set")
    p.add_argument("--no-merge", dest="merge", action="store_false", help="do not group reports of the same happening")
    p.add_argument("--published", metavar="DATE", help="publication date of rows without one (needed for .txt)")
    p.add_argument("--title", help="title of the page")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build and write; returns the exit status."""
    from tqdm import tqdm

    from timeline.export import write_events, write_timelinejs
    from timeline.pipeline import build_timeline, count_articles

    for target in (args.events,):
        if target and Path(target).suffix.lower() not in (".parquet", ".csv"):
            return _fatal(f"--events {target}: use a .parquet or .csv file")
    shown = not args.quiet and sys.stderr.isatty()
    bar = tqdm(unit=" articles", file=sys.stderr, disable=not shown, desc="timeline build", leave=False,
               total=count_articles(args.articles) if shown else None)

    def stage(note: str) -> None:
        bar.set_description_str(f"timeline build: {note}")
        bar.refresh()

    try:
        timeline = build_timeline(
            args.articles,
            lanes=None if args.lanes == "none" else args.lanes,
            inherit=args.inherit,
            merge=args.merge,
            rtl=args.rtl,
            published=args.published,
            title=args.title,
            progress=bar.update,
            stage=stage,
        )
    except (InputError, PublishedDateError, ValueError) as exc:
        return _fatal(str(exc))
    finally:
        bar.close()
    stats = timeline.stats
    assert stats is not None
    for error in stats.errors:
        print(f"timeline build: {error}", file=sys.stderr)
    written = [args.output]
    if shown:
        print("timeline build: writing " + args.output, file=sys.stderr)
    try:
        timeline.to_html(args.output, include_plotlyjs="cdn" if args.cdn else True, title=args.title)
        if args.events:
            write_events(timeline.events, args.events)
            written.append(args.events)
        if args.timelinejs:
            write_timelinejs(timeline.events, args.timelinejs, title=args.title)
            written.append(args.timelinejs)
    except OSError as exc:
        return _fatal(f"{exc.filename}: cannot write: {exc.strerror}")
    if not args.quiet:
        print(stats.summary(), file=sys.stderr)
        print("wrote: " + ", ".join(written), file=sys.stderr)
    return 2 if stats.errors else 0


def _fatal(message: str) -> int:
    print(f"timeline build: {message}", file=sys.stderr)
    return 1
