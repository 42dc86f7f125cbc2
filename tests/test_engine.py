"""The engine's shortcut (rules tried only at the words that can begin them) finds exactly
what running every rule over the whole text finds."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.engine import load_grammar
from timeline.lang.ar.rules import load_corpus
from timeline.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    corpus = load_corpus()
    texts = [ex["text"] for g in corpus["groups"] for ex in g["examples"]] + corpus["negative"]
    texts += [json.loads(line)["text"] for line in (ROOT / "examples" / "articles.jsonl").open(encoding="utf-8")]
    texts.append((ROOT / "benchmarks" / "sample_ar.txt").read_text(encoding="utf-8"))
    return texts


def test_routed_matching_equals_exhaustive_matching() -> None:
    grammar = load_grammar()
    for text in _texts():
        folded = normalize(text).text
        fast = [(f.start, f.end, f.rule) for f in grammar.find(folded)]
        slow = [(f.start, f.end, f.rule) for f in grammar.find(folded, exhaustive=True)]
        assert fast == slow, text[:80]


def test_every_rule_says_where_it_starts() -> None:
    grammar = load_grammar()
    routed = {rule.name for entries in grammar.routes.values() for rule, _ in entries}
    assert routed == {rule.name for rule, _ in grammar.rules}
