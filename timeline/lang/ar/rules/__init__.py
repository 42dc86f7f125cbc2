"""The Arabic rules, one module per family of expressions, each beside its corpus of examples
(``dates.py`` and ``dates.yaml``...), as Duckling keeps ``Rules.hs`` beside ``Corpus.hs``.

Adjacent expressions are joined afterwards by :mod:`timeline.engine` ("مساء" + "أمس" +
"الاثنين"), whose examples are in ``joins.yaml``; ``negative.yaml`` lists sentences that hold
no expression at all.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from timeline._yaml import load_yaml
from timeline.lang.ar.rules import clock, dates, deictic, durations, holidays, numeric, operators, periods, sets
from timeline.lang.ar.rules.common import Ctx, Rule, compile_rule, rule_body, rule_source

__all__ = ["Ctx", "FAMILIES", "RULES", "Rule", "compile_rule", "family_corpus", "load_corpus", "rule_body", "rule_source"]

FAMILIES = (dates, numeric, periods, deictic, clock, durations, sets, holidays, operators)
RULES: tuple[Rule, ...] = tuple(rule for family in FAMILIES for rule in family.RULES)


def family_corpus(name: str) -> list[dict[str, Any]]:
    """The example groups of one family (``"dates"``: ``dates.yaml``) or of the joins."""
    text = resources.files(__name__).joinpath(name + ".yaml").read_text("utf-8")
    return list(load_yaml(text)["groups"])


def load_corpus() -> dict[str, Any]:
    """Every family's examples as one corpus: ``groups`` (each with its publication date and
    ``examples``) and the ``negative`` sentences."""
    names = [family.__name__.rsplit(".", 1)[1] for family in FAMILIES] + ["joins"]
    groups = [group for name in names for group in family_corpus(name)]
    text = resources.files(__name__).joinpath("negative.yaml").read_text("utf-8")
    return {"groups": groups, "negative": load_yaml(text)["negative"]}
