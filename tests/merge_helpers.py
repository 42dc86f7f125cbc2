"""Helpers shared by the merge tests: what each clause's features hold, and which entry
each article ends in."""

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


def entry_of(articles: list[dict[str, str]]) -> dict[str, int]:
    """Each article's entry (cluster) in the build of ``articles``."""
    events = build_timeline(pl.DataFrame(articles)).events
    return dict(zip(events["article_id"], events["cluster"]))
