"""Layers: no module of the package imports itself back, directly or through others.

Every ``import`` of a ``timeline`` module counts, at module level or inside a function
(a lazy import is still a dependency), except those under ``if TYPE_CHECKING:`` (type
hints only, never run).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import timeline

PACKAGE = Path(timeline.__file__).parent

ALLOWED: dict[frozenset[str], str] = {
    frozenset({"timeline.published", "timeline.tagger"}): (
        "mutual use by design, both imports lazy (inside functions): read_published reads an "
        "Arabic date string ('25 كانون الثاني 2022') with tag(), and tag() accepts a string "
        "publication date, which it reads with read_published. Breaking it means splitting "
        "tag() into a datetime-only core module under both."),
}
"""Cycles left on purpose, each with its reason."""


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, module: str, modules: Iterable[str] = ()) -> set[str]:
    """The timeline modules ``module`` imports at run time (``from pkg import sub`` of a
    module in ``modules`` counts as importing ``sub`` alone)."""
    known = set(modules)
    found: set[str] = set()
    package = module if module == "timeline" else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "timeline")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            if base.split(".")[0] == "timeline":
                named = {f"{base}.{alias.name}" for alias in node.names}
                found.update(named & known)
                if not named <= known:
                    found.add(base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports."""
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return {name: {m for m in _imports(tree, name, modules) if m in modules and m != name}
            for name, tree in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return sorted(groups)


def test_the_checker_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    code = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from timeline.x import y\n" \
           "def f():\n    from timeline.z import w\n"
    assert _imports(ast.parse(code), "timeline.m") == {"timeline.z"}
    assert _imports(ast.parse("from timeline import a, b"), "timeline.m", ["timeline.a"]) == {
        "timeline.a", "timeline"}


def test_no_import_cycles() -> None:
    graph = import_graph()
    found = [group for group in cycles(graph) if frozenset(group) not in ALLOWED]
    assert not found, f"import cycles: {found}"
    stale = set(ALLOWED) - {frozenset(group) for group in cycles(graph)}
    assert not stale, f"allowed cycles that are gone (remove them from ALLOWED): {stale}"


def test_outputs_depend_on_frames_not_on_each_other() -> None:
    graph = import_graph()
    assert not graph["timeline.plot"] & {"timeline.export", "timeline.pipeline", "timeline.result"}
    assert not graph["timeline.export"] & {"timeline.plot", "timeline.pipeline", "timeline.result"}
    assert "timeline.result" in graph["timeline.pipeline"]
