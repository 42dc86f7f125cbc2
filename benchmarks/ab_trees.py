"""The CPU cost of a change to the tagger, base against branch, alternated in one process.

    python benchmarks/ab_trees.py --base /tmp/NAME/base --swap timeline.engine:_joined
    python benchmarks/ab_trees.py --base /tmp/NAME/base --swap timeline.engine:Grammar.find --work corpus
    python benchmarks/ab_trees.py --base /tmp/NAME/base --swap timeline.engine:_best,timeline.tagger:_tag \\
        --work news --rounds 20

Run from the branch's checkout (``PYTHONPATH`` set to it): ``timeline`` is the branch. ``--base`` is
another checkout (a ``git archive`` of the base commit); each module named in ``--swap`` is loaded from
it a second time, as a module of its own (``_base_timeline_engine``), whose functions see that copy's
globals and the branch's other modules. Each ``module:attribute`` (a function, or a class's method as
``Grammar.find``) is then set to the base's or the branch's value before each timed pass: base and
branch run in turns over the same work (dense: ``sample_ar.txt``, news: ``news_ar.txt``, each three
times a pass; corpus: the first ``--articles`` articles), the order swapped every round, and each
prints the median CPU time of its passes (``time.process_time``) and in how many rounds the branch
was the faster. Both outputs are first checked equal (a speed change must not change what is found).

Why: on a shared machine wall times are noise, and instruction counts miss the cuts that only make
the processor's caches work better (tspeed51's two passes in ``Grammar.find``: +0.8% instructions,
-5% CPU); passes of base and branch alternated in one process see the same machine state. Swap the
outermost function whose body changed (the base's copy calls its own module's helpers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
PUBLISHED = dt.datetime(2024, 11, 20, 9, 0)
Work = list[tuple[str, object]]
Swap = tuple[object, str, object]  # the object holding the attribute, its name, the value to set


def base_module(base: Path, name: str) -> ModuleType:
    """Module ``name`` of the checkout ``base``, loaded as a module of its own (``_base_`` + its name)."""
    alias = "_base_" + name.replace(".", "_")
    if alias in sys.modules:
        return sys.modules[alias]
    path = base / (name.replace(".", "/") + ".py")
    spec = importlib.util.spec_from_file_location(alias, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no module {name} in {base}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    return module


def swaps(base: Path, names: list[str]) -> tuple[list[Swap], list[Swap]]:
    """For each ``module:attribute``, (where it lives in the branch, its name, the base's value) and the
    same with the branch's value."""
    to_base: list[Swap] = []
    to_branch: list[Swap] = []
    for item in names:
        module_name, _, dotted = item.partition(":")
        live, old = importlib.import_module(module_name), base_module(base, module_name)
        *path, attribute = dotted.split(".")
        for part in path:
            live, old = getattr(live, part), getattr(old, part)
        to_base.append((live, attribute, getattr(old, attribute)))
        to_branch.append((live, attribute, getattr(live, attribute)))
    return to_base, to_branch


def use(settings: list[Swap]) -> None:
    for holder, attribute, value in settings:
        setattr(holder, attribute, value)


def work_of(name: str, corpus: str, articles: int) -> Work:
    if name in ("dense", "news"):
        text = (HERE / ("sample_ar.txt" if name == "dense" else "news_ar.txt")).read_text(encoding="utf-8")
        return [(text, PUBLISHED)] * 3
    import polars as pl

    return list(pl.read_parquet(corpus).select("text", "published").rows()[:articles])


def alternate(work: Work, to_base: list[Swap], to_branch: list[Swap], rounds: int) -> dict[str, list[float]]:
    """Each side's CPU seconds a pass over ``work``, ``rounds`` passes each, alternated (outputs checked equal
    first; the branch's values are set again at the end)."""
    from timeline import tag

    def one_pass() -> list[object]:
        return [tag(text, published) for text, published in work]  # type: ignore[arg-type]

    sides = {"base": to_base, "branch": to_branch}
    outputs = {}
    try:
        for side, settings in sides.items():
            use(settings)
            one_pass()
            outputs[side] = one_pass()
        if outputs["base"] != outputs["branch"]:
            raise SystemExit("base and branch find different expressions: not a speed change")
        times: dict[str, list[float]] = {"base": [], "branch": []}
        for r in range(rounds):
            for side in ("base", "branch") if r % 2 == 0 else ("branch", "base"):
                use(sides[side])
                gc.collect()
                start = time.process_time()
                one_pass()
                times[side].append(time.process_time() - start)
    finally:
        use(to_branch)
    return times


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the base checkout (a git archive of the base commit)")
    parser.add_argument("--swap", required=True, help="module:attribute[,module:attribute...] to switch")
    parser.add_argument("--work", choices=("dense", "news", "corpus"), default="dense")
    parser.add_argument("--corpus", default=str(Path(os.environ.get("SHARED", HERE.parent.parent / "shared"))
                                                / "corpus" / "news_sample.parquet"), help="default: $SHARED/corpus/...")
    parser.add_argument("--articles", type=int, default=150, help="corpus: the first N articles")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)
    to_base, to_branch = swaps(Path(args.base), args.swap.split(","))
    times = alternate(work_of(args.work, args.corpus, args.articles), to_base, to_branch, args.rounds)
    base, branch = statistics.median(times["base"]), statistics.median(times["branch"])
    lower = sum(b < a for a, b in zip(times["base"], times["branch"]))
    line = (f"{args.work}: {args.rounds} rounds, base {base * 1e3:.2f} ms, branch {branch * 1e3:.2f} ms a pass "
            f"(CPU medians), change {100 * (branch / base - 1):+.1f}%, branch lower in {lower}/{args.rounds}")
    print(line)
    return line


if __name__ == "__main__":
    main()
