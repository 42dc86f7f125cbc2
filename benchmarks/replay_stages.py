"""The tagger's CPU time by stage, from replays: each stage's recorded calls run again alone, in seconds.

    python benchmarks/replay_stages.py                        # dense text (sample_ar.txt)
    python benchmarks/replay_stages.py --work news
    python benchmarks/replay_stages.py --work corpus --articles 300
    python benchmarks/replay_stages.py --path /tmp/base       # another checkout (a `git archive`)

``stage_profile.py`` counts a stage's instructions under callgrind (minutes, exact, no seconds);
this gives its CPU time in seconds, in a few seconds, and holds under load (medians of replays
alternated with an empty loop over the same calls). One pass of ``tag()`` over the work is
recorded with every call of these stages and their arguments, then each stage's calls are
replayed, ``--repeat`` times, alone:

- ``Grammar.normalized`` (fold, deletion and the key scan), per text;
- the rule tries: every routed ``pattern.match`` (the engine's plans are made again with the
  recording patterns, then again without them);
- the productions: every ``Rule.produce`` with its match and context;
- ``_join_pair`` (with ``_join_glued``, ``combine``, the new candidates);
- ``_best``'s own work: the sort and the overlap test, the recorded ``keep`` answers given back;
- ``FutureAt.__call__`` (the tense of each candidate, its start read once: the cache emptied
  before each pass) and inside it ``Tense.at``;
- ``resolve`` as the tagger calls it (in the selection and in its loop).

The rest (find's key loop and ``take``, the joins' loop, the keep tests, the tagger's loop,
``Told``, the lists) is ``tag()`` less the disjoint stages above. A replay runs with warm caches
(the same calls again and again), so its stage is a lower bound and the rest an upper one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PUBLISHED = dt.datetime(2024, 11, 20, 9, 0)
Work = list[tuple[str, object]]


def works(args: argparse.Namespace) -> tuple[Work, Work]:
    """The texts timed (with their publication dates) and those tagged first, untimed."""
    if args.work in ("dense", "news"):
        text = (HERE / ("sample_ar.txt" if args.work == "dense" else "news_ar.txt")).read_text(encoding="utf-8")
        return [(text, PUBLISHED)], [(text, PUBLISHED)]
    import polars as pl

    rows = pl.read_parquet(args.corpus).select("text", "published").rows()
    return rows[:args.articles], rows[args.warm_from:args.warm_from + args.warm]


def cpu(run: Callable[[], object], repeat: int) -> float:
    """The median CPU seconds of ``run``."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


Call = tuple[Callable[..., object], tuple[object, ...], dict[str, object]]  # a function, its arguments


def replayed(calls: list[Call], repeat: int,
             before: Callable[[], None] = lambda: None) -> float:
    """CPU seconds of one pass over ``calls``, less the same loop calling nothing."""
    def run() -> None:
        before()
        for fn, a, kw in calls:
            try:
                fn(*a, **kw)
            except Exception:  # as in tag(): a candidate that does not resolve
                pass

    def empty() -> None:
        before()
        for _fn, a, kw in calls:
            try:
                _nothing(*a, **kw)
            except Exception:
                pass

    spent, idle = [], []
    for _ in range(repeat):  # alternated, so both see the same machine
        spent.append(cpu(run, 1))
        idle.append(cpu(empty, 1))
    return max(0.0, statistics.median(spent) - statistics.median(idle))


def _nothing(*a: object, **kw: object) -> None:
    return None


def record(work: Work) -> dict[str, list[Call]]:
    """One pass of ``tag()`` over ``work`` with each stage's calls recorded (function, arguments)."""
    from timeline import _tense, engine, tagger
    from timeline.engine import load_grammar

    grammar = load_grammar("ar")
    calls: dict[str, list[Call]] = {
        k: [] for k in ("tries", "productions", "join_pair", "best", "future_at", "tense_at", "resolve")}

    class Try:  # a routed pattern that records its tries
        __slots__ = ("pattern",)

        def __init__(self, pattern: object) -> None:
            self.pattern = pattern

        def match(self, text: str, pos: int) -> object:
            calls["tries"].append((self.pattern.match, (text, pos), {}))  # type: ignore[attr-defined]
            return self.pattern.match(text, pos)  # type: ignore[attr-defined]

    def recording(name: str, fn: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*a: object, **kw: object) -> object:
            calls[name].append((fn, a, kw))
            return fn(*a, **kw)
        return wrapper

    def best(found: list[object], size: int, keep: Callable[[object], bool]) -> list[object]:
        kept: dict[int, bool] = {}

        def told(f: object) -> bool:
            kept[id(f)] = keep(f)
            return kept[id(f)]
        items = list(found)
        chosen = best_fn(found, size, told)
        calls["best"].append((lambda items=items, kept=kept: best_fn(list(items), size, lambda f: kept[id(f)]), (), {}))
        return chosen

    routes = dict(grammar.routes)
    rules = {rule for route in routes.values() for rule, _ in route} | {rule for rule, _ in grammar.rules}
    productions = {rule: rule.produce for rule in rules}
    saved = (engine._join_pair, engine._best, _tense.FutureAt.__call__, _tense.Tense.at, tagger.resolve)
    best_fn = engine._best

    def fresh_plans() -> None:
        for cache in (grammar.plans, grammar.after_digits, grammar.after_numbers):
            cache.clear()

    try:
        grammar.routes.update({k: tuple((rule, Try(p)) for rule, p in route) for k, route in routes.items()})
        fresh_plans()
        for rule, produce in productions.items():
            object.__setattr__(rule, "produce", recording("productions", produce))
        engine._join_pair = recording("join_pair", saved[0])  # type: ignore[assignment]
        engine._best = best  # type: ignore[assignment]
        _tense.FutureAt.__call__ = recording("future_at", saved[2])  # type: ignore[method-assign]
        _tense.Tense.at = recording("tense_at", saved[3])  # type: ignore[method-assign]
        tagger.resolve = recording("resolve", saved[4])  # type: ignore[assignment]
        for text, published in work:
            tagger.tag(text, published)  # type: ignore[arg-type]
    finally:
        grammar.routes.update(routes)
        fresh_plans()
        for rule, produce in productions.items():
            object.__setattr__(rule, "produce", produce)
        engine._join_pair, engine._best = saved[0], saved[1]  # type: ignore[assignment]
        _tense.FutureAt.__call__, _tense.Tense.at, tagger.resolve = saved[2:]  # type: ignore[method-assign, assignment]
    calls["normalized"] = [(grammar.normalized, (text,), {}) for text, _ in work]
    return calls


STAGES = (("normalized", "Grammar.normalized (fold + key scan)"), ("tries", "rule tries (routed pattern.match)"),
          ("productions", "productions (Rule.produce)"), ("join_pair", "_join_pair (joins made)"),
          ("best", "_best's own (sort, overlaps)"), ("future_at", "FutureAt.__call__ (tense)"),
          ("tense_at", "  of it Tense.at (cues before)"), ("resolve", "resolve (selection and loop)"))


def measure(timed: Work, repeat: int) -> tuple[float, dict[str, int], dict[str, float]]:
    """``tag()``'s CPU seconds a pass over ``timed`` (already tagged once), and each stage's calls and
    replayed CPU seconds a pass."""
    from timeline import tag

    total = cpu(lambda: [tag(text, published) for text, published in timed], repeat)  # type: ignore[arg-type]
    calls = record(timed)
    futures = calls["future_at"]

    def forget_tenses() -> None:  # each start's tense is read once a pass, as in tag()
        for _, (future_at, *_), _ in futures:
            future_at.tenses.clear()  # type: ignore[attr-defined]

    seconds = {name: replayed(calls[name], repeat, forget_tenses if name == "future_at" else lambda: None)
               for name, _ in STAGES}
    return total, {name: len(c) for name, c in calls.items()}, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", choices=("dense", "news", "corpus"), default="dense")
    parser.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus" / "news_sample.parquet"))
    parser.add_argument("--articles", type=int, default=300, help="corpus: the first N articles are timed")
    parser.add_argument("--warm", type=int, default=100, help="corpus: articles tagged first, untimed")
    parser.add_argument("--warm-from", type=int, default=1000, help="corpus: where the warm-up articles start")
    parser.add_argument("--repeat", type=int, default=9, help="replays of each stage (and of tag()); medians")
    parser.add_argument("--path", default="", help="the checkout to import timeline from")
    args = parser.parse_args()
    if args.path:
        sys.path.insert(0, args.path)
    from timeline import tag

    timed, warm = works(args)
    for text, published in warm + timed:
        tag(text, published)  # type: ignore[arg-type]
    total, calls, seconds = measure(timed, args.repeat)
    timexes = sum(len(tag(text, published)) for text, published in timed)  # type: ignore[arg-type]
    print(f"{args.work}: {len(timed)} text(s), {sum(len(t) for t, _ in timed):,} characters, {timexes:,} timexes; "
          f"tag() {total * 1e3:.2f} ms a pass (median of {args.repeat}, CPU)")
    for name, label in STAGES:
        print(f"  {label:40s} {calls[name]:7,} calls {seconds[name] * 1e3:8.2f} ms {seconds[name] / total:6.1%}")
    rest = total - sum(v for k, v in seconds.items() if k != "tense_at")
    print(f"  {'the rest (loops, keep tests, Told, lists)':40s} {'':13s} {rest * 1e3:8.2f} ms {rest / total:6.1%}")


if __name__ == "__main__":
    main()
