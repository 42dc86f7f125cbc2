"""The bundled example (articles written for the project) tells five threads in one province: water
talks, a flood, an evacuation, a port strike and a festival. Its stories keep the strike apart from
the water talks, whatever the digest article that names both."""

from __future__ import annotations

from pathlib import Path

from timeline import build_timeline

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"


def test_the_strike_and_the_water_talks_are_two_stories() -> None:
    events = build_timeline(EXAMPLE, lanes=None).events
    story_of: dict[str, set[int]] = {}
    for article, story in events.select("article_id", "story").iter_rows():
        story_of.setdefault(article, set()).add(story)
    strike = story_of["al-mirsad-002"] | story_of["wakalat-al-shimal-002"] | story_of["sahil-003"]
    talks = story_of["sahil-001"] | story_of["al-mirsad-001"]
    flood = story_of["nahar-alwadi-001"]
    assert strike.isdisjoint(talks)
    assert strike.isdisjoint(flood) and talks.isdisjoint(flood)
