"""The tagger's instructions by stage, under callgrind: where a ``tag()`` spends, per rule and per step.

    python benchmarks/stage_profile.py                      # dense text: 5 calls of sample_ar.txt after 2
    python benchmarks/stage_profile.py --work corpus --articles 300
    python benchmarks/stage_profile.py --path /tmp/base     # another checkout (a `git archive`)
    python benchmarks/stage_profile.py --extra timeline._tense:_clause_start,timeline.resolve:_Resolver.when

CPython 3.11 shows every Python function to callgrind as the interpreter's loop, so each stage is
called through a C function of its own (``stage_<i>`` of a small extension built here with gcc: one
``PyObject_Vectorcall`` of its first argument) and callgrind's inclusive cost of that C function is
the stage's. Wrapped: every rule's try (its routed ``pattern.match``) and production, the engine's
passes (joins, the selection, the keep tests, the lists), the tagger's per-expression helpers, the
``Told`` methods and ``Tense.at``; ``resolve`` and ``FutureAt.__call__`` are told apart inside the
selection (``sel:``) and in the tagger's loop (``loop:``); ``--extra`` wraps more (``module:function`` or
``module:Class.method``; a generator function's stage holds only its creation). Counted: the work
only (``--collect-atstart=no``, toggled around it), with ``PYTHONHASHSEED=0`` and the collector off.
Function wrappers are ``functools.partial`` (no Python frame); methods go through a small lambda, whose
frame (~1-2 k instructions a call) lands in the caller's own share. Needs valgrind (with
``valgrind/callgrind.h``) and gcc. Stages overlap (inclusive costs); the groups printed after the
table subtract what each holds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = 256
ENGINE = ("_longest_per_end", "_joined", "_join_pair", "_join_glued", "_best", "_stands_alone", "_hour_after_future_verb",
          "_amount_ranges", "_bracketed", "listed_days", "listed_sets", "_same_sense", "_unshadow",
          "_bracketed_names", "_quoted_names", "_door_not_month", "_plan_of")
TAGGER = ("made_timex", "told_ahead", "told_in_past", "clock_alone", "in_publication_time", "_anchor_of", "_titles",
          "counts_hijri_months", "_clock_of_day", "_in_number", "_listed_direction", "_shared_direction",
          "weekend_told", "Tense", "Told", "FutureAt", "clock_day", "told_after")
GRAMMAR = ("normalized", "_inside_clitic_name", "_written_name", "_place_not_month")
FIND_INNER = ("engine._joined", "engine._best", "engine.listed_days", "engine._amount_ranges", "Grammar._inside_clitic_name",
              "engine._longest_per_end", "engine._bracketed_names", "engine._bracketed", "engine.listed_sets",
              "engine._same_sense", "engine._unshadow", "engine._quoted_names", "engine._plan_of")
KEEP_TESTS = ("engine._stands_alone", "Grammar._written_name", "engine._door_not_month", "Grammar._place_not_month",
              "engine._hour_after_future_verb")


def build_module(folder: Path) -> Path:
    """Write and compile the extension ``stagemod`` (``stage_0`` … and ``toggle``) in ``folder``."""
    lines = ["#define PY_SSIZE_T_CLEAN", "#include <Python.h>", "#include <valgrind/callgrind.h>"]
    lines += [f"__attribute__((noinline)) static PyObject* stage_{i}(PyObject *self, PyObject *const *args, "
              f"Py_ssize_t nargs, PyObject *kw) {{ return PyObject_Vectorcall(args[0], args + 1, nargs - 1, kw); }}"
              for i in range(STAGES)]
    lines.append("static PyObject* toggle(PyObject *self, PyObject *noargs) { CALLGRIND_TOGGLE_COLLECT; Py_RETURN_NONE; }")
    lines.append("static PyMethodDef methods[] = {")
    lines += [f'  {{"stage_{i}", (PyCFunction)(void(*)(void))stage_{i}, METH_FASTCALL | METH_KEYWORDS, NULL}},'
              for i in range(STAGES)]
    lines.append('  {"toggle", toggle, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};')
    lines.append('static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "stagemod", NULL, -1, methods};')
    lines.append("PyMODINIT_FUNC PyInit_stagemod(void) { return PyModule_Create(&mod); }")
    (folder / "stagemod.c").write_text("\n".join(lines) + "\n")
    out = folder / ("stagemod" + sysconfig.get_config_var("EXT_SUFFIX"))
    subprocess.run(["gcc", "-O1", "-shared", "-fPIC", "-I" + sysconfig.get_paths()["include"],
                    str(folder / "stagemod.c"), "-o", str(out)], check=True)
    return out


def child(args: argparse.Namespace) -> None:
    """What runs under callgrind: wrap the stages, warm up, then tag the work between two toggles."""
    import datetime as dt
    import functools
    import gc
    import importlib

    import stagemod  # type: ignore[import-not-found]

    import timeline._tense as tense_module
    import timeline._told as told_module
    import timeline.engine as engine
    import timeline.tagger as tagger
    from timeline.engine import load_grammar

    names: list[str] = []

    def stage(name: str):  # type: ignore[no-untyped-def]
        names.append(name)
        return getattr(stagemod, f"stage_{len(names) - 1}")

    def method(cls: type, name: str, label: str) -> None:
        s, orig = stage(label), getattr(cls, name)
        setattr(cls, name, lambda self, *a, **k: s(orig, self, *a, **k))

    published = dt.datetime(2024, 11, 20, 9, 0)
    grammar = load_grammar("ar")
    tagger.tag("الساعة 5 مساء أمس", published)
    rule_stages: dict[str, tuple[object, object]] = {}
    for key, tries in list(grammar.routes.items()):
        wrapped = []
        for rule, pattern in tries:
            if rule.name not in rule_stages:
                rule_stages[rule.name] = (stage("try " + rule.name), stage("prod " + rule.name))
                object.__setattr__(rule, "produce", functools.partial(rule_stages[rule.name][1], rule.produce))
            wrapped.append((rule, _Try(functools.partial(rule_stages[rule.name][0], pattern.match), pattern.pattern)))
        grammar.routes[key] = tuple(wrapped)
    grammar.after_digits.clear()
    grammar.after_numbers.clear()
    grammar.plans.clear()
    for module, functions in ((engine, ENGINE), (tagger, TAGGER)):
        for f in functions:
            setattr(module, f, functools.partial(stage(f"{module.__name__.split('.')[-1]}.{f}"), getattr(module, f)))
    for f in GRAMMAR:
        method(engine.Grammar, f, f"Grammar.{f}")
    for f in [m for m in vars(told_module.Told) if callable(getattr(told_module.Told, m)) and not m.startswith("__")]:
        method(told_module.Told, f, f"Told.{f}")
    method(tense_module.Tense, "at", "Tense.at")
    for item in filter(None, args.extra.split(",")):
        module_name, qualified = item.split(":")
        module = importlib.import_module(module_name)
        if "." in qualified:
            cls_name, f = qualified.split(".")
            method(getattr(module, cls_name), f, f"x {qualified}")
        else:
            setattr(module, qualified, functools.partial(stage(f"x {module_name.split('.')[-1]}.{qualified}"),
                                                         getattr(module, qualified)))
    future_call, resolve = tense_module.FutureAt.__call__, tagger.resolve
    in_selection, in_loop = stage("sel: future_at"), stage("loop: future_at")
    resolve_selection, resolve_loop = stage("sel: resolve"), stage("loop: resolve")
    current = [in_loop]
    tense_module.FutureAt.__call__ = lambda self, *a, **k: current[0](future_call, self, *a, **k)
    tagger.resolve = functools.partial(resolve_loop, resolve)
    find, find_stage, accept_stage = engine.Grammar.find, stage("find (all)"), stage("sel: accept")

    def staged_find(self, text, **kw):  # type: ignore[no-untyped-def]
        kw["accept"] = functools.partial(accept_stage, kw["accept"])
        current[0], tagger.resolve = in_selection, functools.partial(resolve_selection, resolve)
        try:
            return find_stage(find, self, text, **kw)
        finally:
            current[0], tagger.resolve = in_loop, functools.partial(resolve_loop, resolve)

    engine.Grammar.find = staged_find
    tag = functools.partial(stage("ALL tag()"), tagger.tag)
    if args.work == "dense":
        text = (HERE / "sample_ar.txt").read_text(encoding="utf-8")
        warm, work = [(text, published)] * 2, [(text, published)] * args.calls
    else:
        import polars as pl

        rows = pl.read_parquet(args.corpus).select("text", "published").rows()
        warm = [(t or "", p) for t, p in rows[args.warm_from:args.warm_from + args.warm]]
        work = [(t or "", p) for t, p in rows[:args.articles]]
    for t, p in warm:
        tag(t, p)
    Path(args.names).write_text(json.dumps(names))
    gc.collect()
    gc.disable()
    stagemod.toggle()
    for t, p in work:
        tag(t, p)
    stagemod.toggle()
    gc.enable()


class _Try:
    """A routed pattern whose ``match`` is a stage."""

    __slots__ = ("match", "pattern")

    def __init__(self, match: object, pattern: str) -> None:
        self.match, self.pattern = match, pattern


def table(out: Path, names: list[str]) -> dict[str, int]:
    """Inclusive instructions of each stage, and the window's total, from a callgrind file."""
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                          capture_output=True, text=True, check=True).stdout
    costs = {"(window total)": int(re.search(r"([\d,]+) \(100.0%\)\s+PROGRAM TOTALS", text)[1].replace(",", ""))}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+.*:stage_(\d+) ", line + " ")
        if m:
            costs[names[int(m[2])]] = int(m[1].replace(",", ""))
    return costs


def groups(c: dict[str, int]) -> dict[str, int]:
    """The stages less what they hold: tries, productions, find's own loop, the joins' and selection's own."""
    tries = sum(v for k, v in c.items() if k.startswith("try "))
    productions = sum(v for k, v in c.items() if k.startswith("prod "))
    get = c.get
    return {"rule tries": tries, "productions": productions,
            "find's own loop": get("find (all)", 0) - tries - productions - sum(get(k, 0) for k in FIND_INNER),
            "_joined's own": get("engine._joined", 0) - get("engine._join_pair", 0),
            "_best's own": get("engine._best", 0) - get("sel: accept", 0) - sum(get(k, 0) for k in KEEP_TESTS),
            "accept's own": get("sel: accept", 0) - get("sel: resolve", 0) - get("sel: future_at", 0)
            - get("tagger._in_number", 0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", choices=("dense", "corpus"), default="dense")
    parser.add_argument("--calls", type=int, default=5, help="dense: calls counted (after 2 untimed)")
    parser.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus" / "news_sample.parquet"))
    parser.add_argument("--articles", type=int, default=300, help="corpus: the first N articles are counted")
    parser.add_argument("--warm", type=int, default=100, help="corpus: articles tagged first, untimed")
    parser.add_argument("--warm-from", type=int, default=1000, help="corpus: where the warm-up articles start")
    parser.add_argument("--path", default="", help="the checkout to import timeline from")
    parser.add_argument("--extra", default="", help="more stages: module:function or module:Class.method, commas")
    parser.add_argument("--keep", default="", help="a folder to keep the callgrind file and the stage names in")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--names", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="stage_profile_"))
    folder.mkdir(parents=True, exist_ok=True)
    build_module(folder)
    out, names = folder / "stages.cg", folder / "stages.names.json"
    env = dict(os.environ, PYTHONHASHSEED="0")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (args.path, str(folder), env.get("PYTHONPATH"))))
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--names", str(names), "--work", args.work,
               "--calls", str(args.calls), "--corpus", args.corpus, "--articles", str(args.articles),
               "--warm", str(args.warm), "--warm-from", str(args.warm_from), "--extra", args.extra]
    subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--callgrind-out-file={out}", *command],
                   env=env, check=True, capture_output=True)
    costs = table(out, json.loads(names.read_text()))
    total = costs["(window total)"]
    for name, value in sorted(costs.items(), key=lambda kv: -kv[1]):
        print(f"{value / 1e6:10.1f} M {value / total:6.1%}  {name}")
    print()
    for name, value in groups(costs).items():
        print(f"{value / 1e6:10.1f} M {value / total:6.1%}  {name}")


if __name__ == "__main__":
    main()
