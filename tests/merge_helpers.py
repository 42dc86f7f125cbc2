"""Helpers shared by the merge tests: what each clause's features hold, which entry each
article ends in, and which entry the clause of an article holding some words ends in."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import clause_features


def clause_rows(texts: list[str]) -> dict[str, dict]:
    """The features of each article's clauses (one article per text, ids ``c-0``, ``c-1``...),
    its ``object`` as sorted stems."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame)
    stems = dict(zip(features.words["word"], features.words["stem"]))
    rows = features.events.with_columns(frame["article_id"]).to_dicts()
    return {row["article_id"]: {**row, "object": sorted(stems[w] for w in row["object"])} for row in rows}


def two_outlets(first: str, second: str, published: str) -> list[dict[str, str]]:
    """Two outlets' articles: ``first`` published at ``published``, ``second`` at 21:00 that day."""
    return [{"id": "a", "source": "صحيفة الشرق", "published": published, "text": first},
            {"id": "b", "source": "وكالة النهر", "published": published[:-5] + "21:00", "text": second}]


def entry_of(articles: list[dict[str, str]]) -> dict[str, int]:
    """Each article's entry (cluster) in the build of ``articles``."""
    events = build_timeline(pl.DataFrame(articles)).events
    return dict(zip(events["article_id"], events["cluster"]))


Told = tuple[str, str, str, int]
"""A told event: its article, clause, grain and entry (cluster)."""


def told_rows(articles: list[dict[str, str]]) -> list[Told]:
    """Each told event's (article, clause, grain, entry) in the build of ``articles``."""
    events = build_timeline(pl.DataFrame(articles)).events
    return list(zip(events["article_id"], events["clause"], events["grain"], events["cluster"]))


def entry_holding(rows: list[Told], article: str, words: str) -> int:
    """The entry of the clauses of ``article`` holding ``words`` (all in one entry)."""
    found = {entry for art, clause, _, entry in rows if art == article and words in clause}
    assert len(found) == 1, (article, words, rows)
    return found.pop()
