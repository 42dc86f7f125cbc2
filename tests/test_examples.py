"""The bundled examples resolve as `examples/README.md` says ("Intended resolutions") and
its look-alikes stay untagged: the README's table is the test's data, so the two cannot drift."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline import tag
from timeline.normalize import fold

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = {a["id"]: a for a in map(json.loads, (EXAMPLES / "articles.jsonl").read_text("utf-8").splitlines())}


def intended() -> list[tuple[str, str, str]]:
    """(article id, expression, TIMEX3 value) for every row of the README's table."""
    readme = (EXAMPLES / "README.md").read_text("utf-8")
    table = readme.split("## Intended resolutions", 1)[1].split("\n\n## ", 1)[0]
    rows: list[tuple[str, str, str]] = []
    article = ""
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[1] in ("expression", "---"):
            continue
        named = re.match(r"`([\w-]+)`", cells[0])
        article = named.group(1) if named else article
        expressions = [e.strip() for e in cells[1].split(" / ")]
        values = [re.split(r"[\s,]+", v.strip().removeprefix("SET "))[0] for v in cells[2].split(" / ")]
        if len(values) == 1:
            values *= len(expressions)  # "(both)"
        rows.extend((article, e, v) for e, v in zip(expressions, values))
    return rows


ROWS = intended()


def test_the_table_covers_every_article() -> None:
    assert len(ROWS) > 60
    assert {a for a, _, _ in ROWS} == set(ARTICLES)


@pytest.mark.parametrize(("article", "expression", "value"), ROWS, ids=[f"{a}:{e}" for a, e, _ in ROWS])
def test_example_expression_resolves_as_intended(article: str, expression: str, value: str) -> None:
    a = ARTICLES[article]
    found = tag(a["text"], a["published"])
    wanted = fold(expression)
    hits = [t for t in found if wanted in fold(t.text) or fold(t.text) in wanted]
    assert hits, f"{expression!r} not found in {[t.text for t in found]}"
    assert value in [t.value for t in hits], [(t.text, t.value) for t in hits]
