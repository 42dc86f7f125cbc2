"""The Ray engine gives the local engine's events (on a local Ray with 2 CPUs).

Skipped when Ray is not installed (``pip install -e ".[ray]"``). Every Arabic sentence
here was written for these tests (see ``test_scale.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from polars.testing import assert_frame_equal

from test_scale import articles
from timeline import build_timeline

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_events_equal_the_local_engine(local_ray: None, tmp_path: Path) -> None:
    frame = articles(40)
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in frame.to_dicts()) + "\n", "utf-8")
    local = build_timeline(source, jobs=1, batch_size=8)
    remote = build_timeline(source, engine="ray", batch_size=8)
    assert local.events.height > 40
    assert_frame_equal(local.events, remote.events)
    assert_frame_equal(local.entries, remote.entries)
    assert local.stats == remote.stats
    from_frame = build_timeline(frame, engine="ray", batch_size=16)  # a polars frame goes to Ray too
    assert_frame_equal(local.events, from_frame.events)
