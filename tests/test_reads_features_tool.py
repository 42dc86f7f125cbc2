"""benchmarks/stories/reads_features.py: the features of a read join, found in a batch by its members' article and
expression offsets (Arabic written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import polars as pl

from timeline.pipeline import build_timeline

from script_helpers import load_script


def _module() -> ModuleType:
    return load_script("benchmarks/stories/reads_features.py", "reads_features", beside=True)


def _joined(tmp_path: Path, texts: list[str], verdict: str) -> tuple[pl.DataFrame, int]:
    """The read join of the first two reports' entries (judged ``verdict``) in the batch of all the reports."""
    events = build_timeline(pl.DataFrame([
        {"id": f"a{k}", "source": f"صحيفة {k}", "published": "2024-03-05T09:00", "text": text}
        for k, text in enumerate(texts)])).events.sort("article_id")
    members = [[[r["article_id"], r["expr_start"], r["expr_end"]]] for r in events.head(2).iter_rows(named=True)]
    reads = tmp_path / "reads.jsonl"
    reads.write_text(json.dumps({"read_by": "test", "change": "MIN_SHARED_WEIGHT[0] test", "verdict": verdict,
                                 "entries": members}, ensure_ascii=False) + "\n", encoding="utf-8")
    tool = _module()
    return tool.joins(tool._Batch(events), reads)


def test_a_read_join_gets_who_where_and_how_many(tmp_path: Path) -> None:
    found, missing = _joined(tmp_path, [
        "قتل 14 شخصا أمس في هجوم شنه مسلحون على سوق مدينة حمص وقال المحافظ إن القتلى من المدنيين.",
        "أعلن محافظ حمص أمس مقتل 14 مدنيا حين هاجم مسلحون سوقا شعبية وسط المدينة.",
        "افتتح وزير الزراعة أمس معرض التمور في مدينة الواحة."], "one happening")
    assert missing == 0 and found.height == 1
    join = found.row(0, named=True)
    assert join["one"] and join["day"] and join["num"] and join["num10"] and join["places"]
    assert not join["num_mis"] and not join["people"]


def test_a_read_join_not_in_the_batch_is_counted_missing(tmp_path: Path) -> None:
    events = build_timeline(pl.DataFrame([
        {"id": "x", "source": "صحيفة", "published": "2024-03-05T09:00", "text": "افتتح الوزير أمس معرض التمور."}])).events
    reads = tmp_path / "reads.jsonl"
    reads.write_text(json.dumps({"read_by": "test", "change": "c", "verdict": "two happenings",
                                 "entries": [[["nowhere", 0, 3]], [["x", 999, 1003]]]}) + "\n", encoding="utf-8")
    tool = _module()
    found, missing = tool.joins(tool._Batch(events), reads)
    assert found.height == 0 and missing == 1
