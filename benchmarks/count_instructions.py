"""Count the instructions a ``tag()`` costs, under valgrind: a measure of speed that a busy
machine does not move (CPU times swing by 10-25% here from run to run; these counts by
under 1%).

    python benchmarks/count_instructions.py
    python benchmarks/count_instructions.py --corpus ../shared/corpus/news_sample.parquet
    python benchmarks/count_instructions.py --path /tmp/main-copy   # another checkout (a `git archive`)
    python benchmarks/count_instructions.py --fresh   # also the dense text never tagged before

Each figure is the difference of two runs of one process under ``valgrind --tool=cachegrind
--cache-sim=no`` with ``PYTHONHASHSEED=0`` (without a fixed seed the counts move by about a
million), so start-up, imports and loading the grammar cancel out. Their compiled-pattern cache
is filled first, untimed, by one process that tags both bench texts: the grammar's patterns and
those a rule compiles through ``compile_all`` on first use (``clock._before_patterns``,
``durations._and_amount``) are then read from it by every child alike (filled with the grammar's
alone, the first child compiled and stored the others, and the dense line took their cost off):

- dense: ``tag()`` of ``sample_ar.txt`` (one expression every ~56 characters), warmed by one
  call; (4 calls - 1 call) / 3;
- dense, first time (``--fresh``): ``tag()`` of ``sample_ar.txt`` once, after one of
  ``news_ar.txt`` (what the process keeps between texts, gaps, productions, resolutions, then
  holds nothing of it); that call minus none;
- corpus: the first ``--articles`` articles of the Parquet file not seen before (text and
  publication date of each), after ``--warm`` others; that pass minus no pass.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PUBLISHED = dt.datetime(2024, 11, 20, 9, 0)
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _child(kind: str, n: int, corpus: str, warm: int, articles: int) -> None:
    """What runs under valgrind: ``n`` dense tags, or the corpus pass when ``n`` is 1."""
    from timeline import tag

    if kind == "dense":
        text = (HERE / "sample_ar.txt").read_text(encoding="utf-8")
        tag(text, PUBLISHED)
        for _ in range(n):
            tag(text, PUBLISHED)
        return
    if kind == "fresh":  # the dense text once, after the news text: nothing of it met before
        tag((HERE / "news_ar.txt").read_text(encoding="utf-8"), PUBLISHED)
        if n:
            tag((HERE / "sample_ar.txt").read_text(encoding="utf-8"), PUBLISHED)
        return
    import polars as pl

    rows = pl.read_parquet(corpus).head(warm + articles).select("text", "published").rows()
    for text, published in rows[:warm]:
        tag(text or "", published)
    if n:
        for text, published in rows[warm:]:
            tag(text or "", published)


def _environment(args: argparse.Namespace, cache: str) -> dict[str, str]:
    """The children's environment: a fixed hash seed, the checkout asked for, and a compiled-pattern
    cache of their own (``XDG_CACHE_HOME``): the user's cache keeps only the newest few grammars, so
    other checkouts tagging meanwhile would make one child compile its patterns and the other not."""
    env = dict(os.environ, PYTHONHASHSEED="0", XDG_CACHE_HOME=cache)
    if args.path:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (args.path, env.get("PYTHONPATH"))))
    return env


def _count(args: argparse.Namespace, kind: str, n: int) -> int:
    """Instructions of one child process under cachegrind."""
    env = args.env
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, __file__, "--child", kind, str(n), "--corpus", args.corpus or "",
               "--warm", str(args.warm), "--articles", str(args.articles)]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    found = _REFS.search(done.stderr)
    if done.returncode != 0 or found is None:
        sys.exit(f"valgrind run failed ({kind}, {n}):\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="a Parquet file of articles (text, published): also count the corpus")
    parser.add_argument("--articles", type=int, default=100, help="articles counted (default 100)")
    parser.add_argument("--warm", type=int, default=200, help="articles tagged before them (default 200)")
    parser.add_argument("--path", help="a directory put first on PYTHONPATH: count that checkout's timeline")
    parser.add_argument("--fresh", action="store_true",
                        help="also count the dense text tagged once, after the news text only (what the process "
                             "keeps between texts met none of it)")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]), args.corpus, args.warm, args.articles)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    cache = tempfile.TemporaryDirectory(prefix="count-instructions-")
    args.env = _environment(args, cache.name)
    # the patterns compiled into the children's cache once, untimed: the grammar's, and those a rule compiles
    # through compile_all on first use (clock, durations): else the first child alone compiles and stores them
    subprocess.run([sys.executable, __file__, "--child", "fresh", "1", "--corpus", "", "--warm", "0",
                    "--articles", "0"], env=args.env, check=True)
    one, four = _count(args, "dense", 1), _count(args, "dense", 4)
    print(f"dense: {(four - one) / 3 / 1e6:.1f} M instructions a tag() of sample_ar.txt")
    if args.fresh:
        none, once = _count(args, "fresh", 0), _count(args, "fresh", 1)
        print(f"dense, first time: {(once - none) / 1e6:.1f} M instructions for sample_ar.txt never tagged before")
    if args.corpus:
        none, once = _count(args, "corpus", 0), _count(args, "corpus", 1)
        print(f"corpus: {(once - none) / 1e6:.1f} M instructions for {args.articles} unseen articles")


if __name__ == "__main__":
    main()
