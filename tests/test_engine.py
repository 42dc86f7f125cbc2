"""The engine's shortcut (rules tried only at the words that can begin them) finds exactly
what running every rule over the whole text finds."""

from __future__ import annotations

import json
import re
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


def test_the_same_text_finds_the_same_after_the_caches_fill() -> None:
    """Plans and gaps are kept across texts (made on first use): a text finds what it found
    before they were filled, digits after clitics ("وفي 12 و13 آذار") included."""
    grammar = load_grammar()
    text = normalize("وصل الوفد في 12 و13 آذار 2021، وبعد 3 أيام غادر مساء الخميس").text
    grammar.plans.clear()
    grammar.joins.read.clear()
    first = [(f.start, f.end, f.rule) for f in grammar.find(text)]
    assert first and grammar.joins.read
    assert {w for w in grammar.plans if w[-1].isdigit()} == {"0", "و0"}  # "12", "2021", "3"; "و13"
    assert [(f.start, f.end, f.rule) for f in grammar.find(text)] == first
    assert [(f.start, f.end, f.rule) for f in grammar.find(text, exhaustive=True)] == first


def test_per_lexicon_builds_once_per_lexicon():
    """What productions build from a lexicon's word lists is made on first use and kept for
    that lexicon (not rebuilt at every match); another lexicon gets its own."""
    from timeline.lang.ar.rules.common import per_lexicon
    from timeline.lexicon import load_lexicon

    made: list[int] = []

    @per_lexicon
    def pattern(lex):
        made.append(id(lex))
        return re.compile(lex.alt("weekdays"))

    lex = load_lexicon("ar")
    first = pattern(lex)
    assert pattern(lex) is first and len(made) == 1
    assert first.fullmatch("الخميس")
