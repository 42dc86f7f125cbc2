"""Which step of the merge kept two reports of one happening apart: for every eligible happening not in
one entry (as :mod:`splits` finds them), each other entry holding a right-dated mention against the
happening's largest entry, and the step that kept the two entries apart. Not part of the test suite.

Usage (after ``run.sh``, whose OUTDIR holds the default-mode events and the articles):
    python benchmarks/stories/guards.py OUTDIR [STORY ...]        # SHARED=/path/to/shared if elsewhere
    python benchmarks/stories/guards.py OUTDIR STORY -v           # each union call between the two entries

The story's events are merged again with :func:`timeline.merge.cluster_events` (the merge's own code,
nothing copied), every call of ``_Components.union`` watched: its two reports, the phase (the links
in their order, then ``_attach_lone_reports``) and the guard it returned at, read from the line it
returned from (the ``if`` above that ``return`` in ``union``, named by the method or the variable it
tests). A pair of entries is then told by the nearest step that kept them apart:

- ``union:GUARD``: a link between the two entries' reports reached the union, which refused it at
  GUARD (``group``, ``town``, ``_sites_apart``, ``_core`` (grown entries whose telling words do not
  meet), ``_cases_apart``, ``_cohere``, ``_meet_apart``, ``_teams_apart``, ``span`` (the group's
  extent), ``fine span`` (its reports precise to a day), ``article days`` (one article dates the two
  apart), ``_one_text_apart``); the first refused link in the merge's order is the one told (the
  strongest), the count of each guard is listed with ``-v``;
- ``score`` / ``floor`` / ``class`` / ``none`` / ``candidate:WHY``: no link between them reached the union;
  the best pair of their mentions as :meth:`splits.Story.pair` reads it (``_scored``'s filters); a pair
  ``_candidates`` never made, with why (:meth:`splits.Story.no_candidate`: ``words``, ``blocks``,
  ``window``, ``cap``);
- ``after``: the merge run again joins them: a step after ``cluster_events`` (report windows, an
  anniversary re-dated) parted them; ``after:relink`` when a mention is a pending phrase (``anchor``
  ``event:…``) that :mod:`timeline.relink` dated and placed after the merge (never in X's own entry),
  while the run again, reading its date, merges it as a told row; ``lost``: a mention not in the run.

Each ``class`` / ``none`` pair also shows ``as-one``: what ``_scored`` gives were the outside mention of
the other's class (:meth:`splits.Story.as_one`: ``kept``, ``floor`` or ``score``), each ``candidate`` pair
what scoring it gives (had ``_candidates`` paired it); the last table tallies them. Every pair shows its
score's ``parts`` (:meth:`splits.Story.parts`: the score with no floor and no least score, the least score
its dates ask, the content words' ``similarity`` and each bonus or penalty; ``refused`` when a guard of
``_scored`` drops the pair whatever it scores).

The tally ends with each cause's pairs by how their dates agree (``day``, ``overlap``, ``next``,
``apart``, as :mod:`splits` reads them; ``-`` for a union guard or a step after the merge).
"""
from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

import polars as pl

from timeline import merge as M

sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import Story, split_stories  # noqa: E402

NAMES = {"ra": "same entry", "ga": "group", "ta": "town", "hi": "span", "fine_lo": "fine span",
         "days_a": "article days"}
"""The guards ``union`` tests inline, by the first of these variables its ``if`` reads."""
SKIP = {"_one_body", "_least", "_one_happening", "_found", "_started", "_woven"}
"""Methods an ``if`` calls to let a pair through (exceptions), never the guard's name."""


def guard_lines() -> dict[int, str]:
    """The guard each ``return`` line of ``_Components.union`` belongs to, by absolute line number."""
    source, first = inspect.getsourcelines(M._Components.union)
    tree = ast.parse(textwrap.dedent("".join(source)))
    found: dict[int, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.If) and node.body and isinstance(node.body[0], ast.Return)):
            continue
        called = [n.func.attr for n in ast.walk(node.test) if isinstance(n, ast.Call)
                  and isinstance(n.func, ast.Attribute) and n.func.attr.startswith("_") and n.func.attr not in SKIP]
        names = [n.id for n in ast.walk(node.test) if isinstance(n, ast.Name) and n.id in NAMES]
        label = called[0] if called else NAMES[names[0]] if names else ast.unparse(node.test)[:40]
        found[first - 1 + node.body[0].lineno] = label
    return found


class Watch:
    """The merge run again with every union call recorded as (phase, first, second, guard):
    guard ``joined`` when it joined, ``None`` never (a call ends at a return or the end)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int, str]] = []
        self.frame: pl.DataFrame | None = None
        self.phase = "links"
        self.lines = guard_lines()

    def run(self, events: pl.DataFrame) -> pl.DataFrame:
        code = M._Components.union.__code__
        union, attach, features = M._Components.union, M._attach_lone_reports, M.clause_features
        watch = self

        def traced(this: Any, a: int, b: int, copy: bool = False, alike: bool = False) -> None:
            last = [0]

            def local(frame: FrameType, event: str, arg: Any) -> Any:
                if event == "line":
                    last[0] = frame.f_lineno
                elif event == "return":
                    last[0] = frame.f_lineno
                return local

            def calls(frame: FrameType, event: str, arg: Any) -> Any:
                return local if frame.f_code is code else None

            sys.settrace(calls)
            try:
                union(this, a, b, copy, alike)
            finally:
                sys.settrace(None)
            watch.calls.append((watch.phase, a, b, watch.lines.get(last[0], "joined")))

        def lone(components: Any, table: pl.DataFrame) -> None:
            watch.phase = "lone"
            attach(components, table)

        def kept(frame: pl.DataFrame, **given: Any) -> Any:
            watch.frame = frame
            return features(frame, **given)

        M._Components.union, M._attach_lone_reports, M.clause_features = traced, lone, kept  # type: ignore[method-assign]
        try:
            return M.cluster_events(events).frame
        finally:
            M._Components.union, M._attach_lone_reports, M.clause_features = union, attach, features  # type: ignore[method-assign]


def main(out: Path, only: list[str], verbose: bool) -> None:
    table: Counter[str] = Counter()
    dates: dict[str, Counter[str]] = {}  # each cause's pairs by how their dates agree (splits.Story.pair)
    nearest: dict[str, list[str]] = {}  # each happening under the nearest cause of its entries (STEPS)
    would: dict[str, Counter[str]] = {}  # class, none and candidate pairs by what scoring them as one would give
    for name, path, todo in split_stories(out, only):
        events = pl.read_parquet(path)
        story = Story(events)
        watch = Watch()
        watch.run(events)
        assert watch.frame is not None
        index = {e: k for k, e in enumerate(watch.frame["event_id"].to_list())}
        ids = story.frame["event_id"].to_list()
        at = [index.get(e) for e in ids]  # each output row's index in the merge run again
        sources, clusters = story.frame["source"].to_list(), story.frame["cluster"].to_list()
        members: dict[int, set[int]] = {}
        for r, c in enumerate(clusters):
            if at[r] is not None:
                members.setdefault(c, set()).add(at[r])  # type: ignore[arg-type]
        joined = _partition(watch)
        same, told = _reproduced(story, joined, at)
        print(f"# {name}: the merge run again gives {same} of the build's {told} entries of told rows")
        for hid, merged, mentions in todo:
            rows = [r for article, day, expr, clause in mentions for r in story.rows(article, expr, day, clause)]
            entries: dict[int, set[str]] = {}
            for r in rows:
                entries.setdefault(clusters[r], set()).add(sources[r])
            largest = max(entries, key=lambda c: len(entries[c]))
            inside = [r for r in rows if clusters[r] == largest]
            print(f"## {name} {hid} {merged}: largest entry {largest} {sorted(entries[largest])}")
            found: list[str] = []
            for other in sorted(set(entries) - {largest}):
                if entries[other] <= entries[largest]:
                    continue  # its outlets are in the largest entry already: no split of outlets
                outside = [r for r in rows if clusters[r] == other]
                cause, detail = _cause(story, watch, joined, members, at, inside, outside, sources, verbose)
                table[cause] += 1
                found.append(cause)
                agreed = detail.split()[1] if detail.startswith("dates ") else "-"
                dates.setdefault(cause, Counter())[agreed] += 1
                if " as-one " in detail:
                    would.setdefault(cause, Counter())[detail.split(" as-one ")[1].split()[0]] += 1
                print(f"  {cause:22} entry {other} {sorted(entries[other] - entries[largest])}: {detail}")
            if found:
                nearest.setdefault(min(found, key=_rank), []).append(hid)
    print("happenings by their nearest cause (each once):")
    for cause in sorted(nearest, key=_rank):
        print(f"  {len(nearest[cause]):4}  {cause:22} {' '.join(nearest[cause])}")
    print("entries kept apart from their happening's largest entry, by cause:")
    for cause, count in table.most_common():
        print(f"  {count:4}  {cause}  {' '.join(f'{d}:{n}' for d, n in dates[cause].most_common())}")
    print("class and none pairs scored as one class, candidate pairs scored as candidates (kept: would link;"
          " floor: only without the floor; score: not even then):")
    for cause, counts in sorted(would.items()):
        print(f"  {sum(counts.values()):4}  {cause}  {' '.join(f'{w}:{n}' for w, n in counts.most_common())}")


STEPS = ("after", "union", "kept", "floor", "score", "candidate", "class", "none", "one", "lost")
"""The causes from the nearest to joining to the farthest (a union's pair already links; a class pair
must first be read as one class): a happening's nearest cause is the first of these its entries show."""


def _rank(cause: str) -> int:
    return next((k for k, step in enumerate(STEPS) if cause.startswith(step)), len(STEPS))


def _reproduced(story: Story, joined: dict[int, int], at: list[int | None]) -> tuple[int, int]:
    """How many of the build's entries (their rows not dated from another happening, ``anchor``
    ``event:…``) the merge run again gives as they are, of how many."""
    frame = story.frame
    kept = [r for r in range(frame.height) if at[r] is not None
            and not (frame["anchor"][r] or "").startswith("event:")]
    built: dict[int, set[int]] = {}
    again: dict[int, set[int]] = {}
    for r in kept:
        built.setdefault(int(frame["cluster"][r]), set()).add(r)
        again.setdefault(joined.get(at[r], at[r]), set()).add(r)  # type: ignore[arg-type]
    ours = {frozenset(g) for g in again.values()}
    return sum(frozenset(g) in ours for g in built.values()), len(built)


def _partition(watch: Watch) -> dict[int, int]:
    """Each index's group after the merge run again (the joined calls, in order)."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    for _, a, b, guard in watch.calls:
        if guard == "joined":
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in parent}


def _cause(story: Story, watch: Watch, joined: dict[int, int], members: dict[int, set[int]], at: list[int | None],
           inside: list[int], outside: list[int], sources: list[str], verbose: bool) -> tuple[str, str]:
    """The nearest step that kept the entries of ``inside`` and ``outside`` (output rows) apart."""
    if any(at[r] is None for r in inside + outside):
        return "lost", "a mention not in the merge run again"
    group = lambda i: joined.get(i, i)  # noqa: E731
    if {group(at[r]) for r in inside} & {group(at[r]) for r in outside}:  # type: ignore[arg-type]
        relinked = [r for r in inside + outside if (story.frame["anchor"][r] or "").startswith("event:")]
        return ("after:relink" if relinked else "after"), (
            f"the merge run again joins them; {len(relinked)} of the mentions dated from another happening "
            "(a pending phrase, placed by timeline.relink after the merge)" if relinked else
            "the merge run again joins them (a step after cluster_events parted them)")
    side_a = {i for r in inside for i in members.get(_cluster(story, r), set())}
    side_b = {i for r in outside for i in members.get(_cluster(story, r), set())}
    refused = [(phase, a, b, guard) for phase, a, b, guard in watch.calls
               if (a in side_a and b in side_b) or (a in side_b and b in side_a)]
    if refused:
        phase, a, b, guard = refused[0]
        counts = Counter(g for _, _, _, g in refused)
        detail = f"{len(refused)} link(s) {dict(counts)}; first {phase} {a}-{b}"
        if verbose:
            frame = watch.frame
            assert frame is not None
            for phase, a, b, guard in refused:
                detail += f"\n      {phase} {guard:14} {frame['source'][a]} «{(frame['clause'][a] or '')[:60]}» / " \
                          f"{frame['source'][b]} «{(frame['clause'][b] or '')[:60]}»"
        return f"union:{guard}", detail
    tried = [story.pair(r, k) for r in outside for k in inside if sources[k] != sources[r]]
    if not tried:
        return "one outlet", ""
    best = max(tried, key=lambda p: (p["kept"], p["no_floor"] is not None, p["candidate"], p["share"]))
    cause = best["cause"] if best["cause"] != "union" else "kept, not linked"
    if cause == "candidate":  # and why (splits.Story.no_candidate: words, blocks, window, cap)
        cause = f"candidate:{best['why']}"
    # what scoring would give were the two of one class (a class pair, ``as-one``) or a candidate pair
    # (its own reading: a candidate pair's ``kept``, ``floor`` with a score once the floor is 0, else ``score``)
    found = best["as_one"] if cause in ("class", "none") else (
        "kept" if best["kept"] else "floor" if best["no_floor"] is not None else "score")
    parts = story.parts(best["a"], best["b"])  # the score's parts (splits.Story.parts), None: a guard of _scored
    told = "refused" if parts is None else " ".join(f"{k}:{v:g}" for k, v in parts.items())
    return cause, (f"dates {best['agreement']} class {best['trig']} share {best['share']} "
                   f"similarity {best['similarity']} no-floor {best['no_floor']} as-one {found} "
                   f"parts {told} shared {best['shared'][:80]}")


def _cluster(story: Story, row: int) -> int:
    return int(story.frame["cluster"][row])


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(Path(args[0]), args[1:], "-v" in sys.argv[1:])
