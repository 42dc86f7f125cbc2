"""The Ray engine gives the local engine's events (on a local Ray with 2 CPUs).

Skipped when Ray is not installed (``pip install -e ".[ray]"``). Every Arabic sentence
here was written for these tests (see ``test_scale.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import polars as pl
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


def test_ray_reads_archives_as_the_local_engine_does(local_ray: None, tmp_path: Path) -> None:
    import gzip

    rows = articles(16).to_dicts()
    array = tmp_path / "first.json"  # one JSON array of articles
    array.write_text(json.dumps(rows[:8], ensure_ascii=False), "utf-8")
    packed = tmp_path / "second.jsonl.gz"
    packed.write_bytes(gzip.compress(("\n".join(json.dumps(r, ensure_ascii=False) for r in rows[8:]) + "\n").encode()))
    local = build_timeline([array, packed], jobs=1, batch_size=8)
    remote = build_timeline([array, packed], engine="ray", batch_size=8)
    assert local.stats.articles_read == 16 and not local.stats.errors
    assert_frame_equal(local.events, remote.events)


def test_ray_rows_in_error_are_named_as_the_local_engine_names_them(local_ray: None, tmp_path: Path) -> None:
    rows = articles(30).to_dicts()
    rows[5]["published"] = "ليس تاريخا"
    rows[9]["id"] = rows[8]["id"]  # a duplicate in the same batch
    rows[20]["id"] = rows[3]["id"]  # and in a later one
    lines = [json.dumps(r, ensure_ascii=False) for r in rows[:24]]
    lines[12] = lines[12][:-7]  # a broken line must not stop the run
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(lines) + "\n", "utf-8")
    second = tmp_path / "second.parquet"  # another file, another kind, one id read before
    pl.DataFrame(rows[24:] + [{**rows[0], "text": "وصل الوفد أمس إلى عمّان."}]).write_parquet(second)
    local = build_timeline([first, second], jobs=1, batch_size=8)
    remote = build_timeline([first, second], engine="ray", batch_size=8)
    assert [str(e) for e in remote.stats.errors] == [str(e) for e in local.stats.errors]
    assert {(e.row, e.field) for e in local.stats.errors} == {(6, "published"), (10, "id"), (13, "json"),
                                                              (21, "id"), (7, "id")}
    assert_frame_equal(local.events, remote.events)
    assert local.stats == remote.stats


class Interrupted(Exception):
    """Stands for Ctrl-C or a lost driver after Ray wrote its parts."""


def test_an_interrupted_ray_run_resumes_without_redoing_what_ray_wrote(local_ray: None, tmp_path: Path) -> None:
    frame = articles(40)
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in frame.to_dicts()) + "\n", "utf-8")
    local = build_timeline(source, jobs=1, batch_size=8)
    work = tmp_path / "work"

    def interrupt(_: int) -> None:
        raise Interrupted

    with pytest.raises(Interrupted):
        build_timeline(source, engine="ray", batch_size=8, workdir=work, progress=interrupt)
    parts = sorted((work / "scratch").glob("attempt-0/*.parquet"))
    assert len(parts) >= 2, parts  # Ray writes a part per block of batches
    lost = parts[len(parts) // 2:]  # as if the run had stopped before Ray wrote these
    kept = parts[:len(parts) // 2]
    made = sum(pl.read_parquet(p, columns=["done"])["done"].drop_nulls().len() for p in kept)
    for part in lost:
        part.unlink()
    (kept or parts)[0].parent.joinpath("cut-short.parquet").write_bytes(b"PAR1 no footer")  # a part cut short

    calls: list[int] = []
    resumed = build_timeline(source, engine="ray", batch_size=8, workdir=work, progress=calls.append)
    assert made and calls[0] == made  # the rows Ray had made count as done...
    assert sum(calls) == 40 and calls[-1] == 40 - made  # ...and only the others are made again
    assert_frame_equal(local.events, resumed.events)
    assert_frame_equal(local.entries, resumed.entries)
    assert local.stats == resumed.stats
    assert not (work / "scratch").exists()
