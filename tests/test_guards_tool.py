"""benchmarks/stories/guards.py: the union guards it names by the line ``_Components.union`` returns
at, and its watch of the merge run again (Arabic written for these tests)."""

from __future__ import annotations

from types import ModuleType

import polars as pl

from timeline.pipeline import build_timeline

from script_helpers import load_script



def _module() -> ModuleType:
    return load_script("benchmarks/stories/guards.py", "story_guards", beside=True)


def test_every_guard_of_the_union_is_named() -> None:
    labels = set(_module().guard_lines().values())
    # the guards union tests inline, by name, and those it asks a method
    assert {"same entry", "group", "town", "span", "fine span", "article days"} <= labels
    assert {"_core", "_cohere", "_cases_apart", "_sites_apart", "_one_text_apart"} <= labels
    assert all(label.startswith("_") or " " in label or label.isalpha() for label in labels)


def test_the_watch_sees_the_links_the_build_joined() -> None:
    reports = [
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00",
         "text": "افتتح وزير الزراعة أمس معرض التمور الدولي الخامس في مدينة الواحة بمشاركة مئة عارض."},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00",
         "text": "افتتح وزير الزراعة أمس معرض التمور الدولي الخامس في مدينة الواحة بمشاركة مئة عارض من المنطقة."},
    ]
    events = build_timeline(pl.DataFrame(reports)).events
    assert events["cluster"].n_unique() == 1
    guards = _module()
    watch = guards.Watch()
    watch.run(events)
    assert watch.frame is not None and watch.frame.height == events.height
    assert [call[3] for call in watch.calls if call[0] == "links"][:1] == ["joined"]
    assert len(set(guards._partition(watch).values())) == 1
