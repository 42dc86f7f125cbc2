"""Every example beside the rules (timeline/lang/ar/rules/*.yaml), and every rule exercised by one."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import Grain, tag
from timeline.lang.ar.rules import FAMILIES, RULES, family_corpus, load_corpus

CORPUS = load_corpus()
EXAMPLES = [(str(g["published"]), ex) for g in CORPUS["groups"] for ex in g["examples"]]


def _find(text: str, published: str, ex: dict):
    found = tag(text, published, prefer=ex.get("prefer"))
    hits = [t for t in found if t.text == ex["expect"]]
    assert hits, f"{ex['expect']!r} not found in {[(t.text, t.value) for t in found]}"
    return hits[0]


@pytest.mark.parametrize("published,ex", EXAMPLES, ids=[ex["expect"] for _, ex in EXAMPLES])
def test_corpus_example(published: str, ex: dict) -> None:
    t = _find(ex["text"], published, ex)
    assert t.value == str(ex["value"])
    assert ex["text"][t.start:t.end] == t.text
    if "type" in ex:
        assert t.type.value == ex["type"]
    if "mod" in ex:
        assert t.mod == ex["mod"]
    if "grain" in ex:
        assert t.grain is Grain(ex["grain"])
    if "anchor" in ex:
        assert t.anchor.value == ex["anchor"]
    assert bool(t.conflict) == bool(ex.get("conflict", False))


@pytest.mark.parametrize("text", CORPUS["negative"])
def test_negative_example(text: str) -> None:
    assert tag(text, "2022-01-25") == []


def test_every_rule_has_an_example() -> None:
    used: set[str] = set()
    for published, ex in EXAMPLES:
        t = _find(ex["text"], published, ex)
        used.update(part.strip() for part in t.rule.split(" + "))
        used.add(t.rule)
    missing = [r.name for r in RULES if r.name not in used]
    assert not missing, f"rules without a corpus example: {missing}"



def test_every_rule_has_an_example_beside_it() -> None:
    """Each family's rules take part in examples of its own file (dates.py beside dates.yaml)."""
    for family in FAMILIES:
        name = family.__name__.rsplit(".", 1)[1]
        used: set[str] = set()
        for group in family_corpus(name):
            for ex in group["examples"]:
                t = _find(ex["text"], str(group["published"]), ex)
                used.update(part.strip() for part in t.rule.split(" + "))
        missing = [r.name for r in family.RULES if r.name not in used]
        assert not missing, f"{name}.py: rules without an example in {name}.yaml: {missing}"

def test_intervals_are_half_open_and_ordered() -> None:
    for published, ex in EXAMPLES:
        t = _find(ex["text"], published, ex)
        if t.interval is not None:
            assert t.interval[0] < t.interval[1]
            assert isinstance(t.interval[0], dt.datetime)
