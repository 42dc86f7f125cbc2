"""Scale: long articles, many cores, batches on disk, resumed runs.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

import timeline.batches as batches_module
import timeline.events as events_module
from timeline import _clauses, _sentences, build_timeline
from timeline._spans import SpanIndex
from timeline.cli import main
from timeline.events import article_events
from timeline.store import EventStore

SENTENCES = (
    "وصل وزير الخارجية إلى القاهرة مساء أمس، الاثنين، في زيارة تستمر ثلاثة أيام.",
    "وقال المتحدث إن الاجتماع سيعقد الخميس المقبل في مقر الجامعة، ثم يعود الوفد في 15 آذار.",
    "وكانت الحكومة قد أعلنت في كانون الثاني الماضي عن خطة للنقل، بينما افتتح الجسر عام 2019.",
    "وشهدت حلب صباح اليوم أمطاراً غزيرة أغلقت الطرق الرئيسية",
    "ومنذ ثلاثة أسابيع يطالب السكان بإصلاح الكهرباء، فيما وعدت البلدية بالبدء مطلع العام المقبل.",
)
PUBLISHED = dt.datetime(2022, 1, 25)


def long_article(n_sentences: int) -> str:
    """``n_sentences`` of the sentences above, one after the other."""
    return " ".join(SENTENCES[i % len(SENTENCES)] for i in range(n_sentences))


# -- the span index answers as a scan of every span would ---------------------------------

T = TypeVar("T")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


class _ScanIndex(Generic[T]):
    """What SpanIndex replaced: a scan of every span for every question."""

    def __init__(self, items: Any) -> None:
        self._items = list(items)

    def starting_in(self, start: int, end: int) -> list[T]:
        return [t for t in self._items if start <= t.start < end]

    def count_starting_in(self, start: int, end: int) -> int:
        return len(self.starting_in(start, end))

    def touching(self, start: int, end: int) -> list[T]:
        return [t for t in sorted(self._items, key=lambda t: t.start) if t.end > start and t.start < end]

    def touches(self, start: int, end: int) -> bool:
        return bool(self.touching(start, end))

    def covers(self, pos: int) -> bool:
        return any(t.start < pos < t.end for t in self._items)


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda p: _Span(p[0], p[0] + p[1])), max_size=25
)


@settings(max_examples=200, deadline=None)
@given(spans, st.integers(-5, 80), st.integers(0, 30))
def test_span_index_answers_as_a_scan(items: list[_Span], start: int, width: int) -> None:
    fast, slow = SpanIndex(items), _ScanIndex[_Span](items)
    end = start + width
    assert fast.starting_in(start, end) == slow.starting_in(start, end)
    assert fast.count_starting_in(start, end) == slow.count_starting_in(start, end)
    assert fast.covers(start) == slow.covers(start)
    assert fast.touches(start, end) == bool(slow.touching(start, end))
    # touching keeps start order, then the items' own order, as the stable sort did
    assert fast.touching(start, end) == [items[i] for i in sorted(
        (i for i, t in enumerate(items) if t.end > start and t.start < end), key=lambda i: (items[i].start, i))]


@settings(max_examples=200, deadline=None)
@given(spans, st.integers(-5, 80), st.integers(0, 30))
def test_span_index_of_items_in_start_order_answers_as_a_scan(items: list[_Span], start: int, width: int) -> None:
    """Items that come by start (ties kept in their order) are answered by slices: the same answers."""
    items = sorted(items, key=lambda t: t.start)
    fast, slow = SpanIndex(items), _ScanIndex[_Span](items)
    end = start + width
    assert fast.starting_in(start, end) == slow.starting_in(start, end)
    assert fast.count_starting_in(start, end) == slow.count_starting_in(start, end)
    assert fast.covers(start) == slow.covers(start)
    assert fast.touching(start, end) == slow.touching(start, end)
    assert fast.touches(start, end) == bool(slow.touching(start, end))
    if items:  # the answer is a list of its own: changing it changes no later answer
        fast.starting_in(0, 100).clear()
        assert fast.starting_in(0, 100) == items


def test_long_article_same_events_as_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    text = long_article(60)
    fast = article_events("a", text, PUBLISHED, place="دمشق", inherit=True)
    for module in (events_module, _sentences, _clauses):  # each module of the reading that builds one
        monkeypatch.setattr(module, "SpanIndex", _ScanIndex)
    slow = article_events("a", text, PUBLISHED, place="دمشق", inherit=True)
    assert len(fast) > 60
    assert [e.as_row() for e in fast] == [e.as_row() for e in slow]
    assert {e.place for e in fast} >= {"القاهرة", "حلب"}


# -- every core: the same output as one process -------------------------------------------


SOURCES = ("الوادي", "الساحل", "الشرق")


def articles(n: int) -> pl.DataFrame:
    """``n`` articles of two to four of the sentences above, from three outlets and days."""
    rows = []
    for i in range(n):
        chosen = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(2 + i % 3)]
        rows.append({"id": f"a{i:03d}", "text": " ".join(chosen),
                     "published": (PUBLISHED + dt.timedelta(days=i % 4)).isoformat(),
                     "source": SOURCES[i % 3]})
    return pl.DataFrame(rows)


def test_jobs_two_gives_the_same_timeline_as_one() -> None:
    frame = articles(30)
    one = build_timeline(frame, jobs=1, batch_size=4)
    two = build_timeline(frame, jobs=2, batch_size=4)
    assert one.events.height > 30
    assert_frame_equal(one.events, two.events)
    assert_frame_equal(one.entries, two.entries)
    assert one.stats == two.stats


def test_cli_jobs_two_writes_the_same_events(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    rows = articles(24).to_dicts() + [{"id": "late", "text": "وصل الوفد أمس."}]  # a row error
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    written = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}"
        out.mkdir()
        status = main(["build", str(source), "-o", str(out / "t.html"), "--events", str(out / "e.parquet"),
                       "--jobs", jobs, "--batch-size", "5", "-q"])
        assert status == 2  # the row without a date
        assert not (out / "t.html.work").exists()  # removed after a run that finished
        written[jobs] = pl.read_parquet(out / "e.parquet")
    assert written["1"].height > 24
    assert_frame_equal(written["1"], written["2"])



def test_command_line_in_its_own_process_writes_the_same_events(tmp_path: Path) -> None:
    """``timeline build`` as a fresh process (its workers then come from a fork of the
    command line, see :func:`timeline._workers.start_early`) writes the events of one process."""
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in articles(24).to_dicts()) + "\n", "utf-8")
    events = tmp_path / "e.parquet"
    subprocess.run([sys.executable, "-m", "timeline", "build", str(source), "-o", str(tmp_path / "t.html"),
                    "--events", str(events), "--jobs", "2", "--batch-size", "5", "-q"], check=True, timeout=300)
    assert_frame_equal(pl.read_parquet(events), build_timeline(source, jobs=1).events)

def test_tag_jobs_two_writes_the_same_lines(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    rows = articles(150).to_dicts()
    rows.insert(70, {"id": "late", "text": "وصل الوفد أمس."})  # a row error in the middle
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"tags{jobs}.jsonl"
        assert main(["tag", str(source), "-o", str(out), "--jobs", jobs, "-q"]) == 2
        outputs[jobs] = out.read_text("utf-8")
    lines = outputs["1"].splitlines()
    assert len(lines) == 151 and json.loads(lines[70])["error"]["field"] == "published"
    assert outputs["1"] == outputs["2"]


# -- an interrupted run resumes ------------------------------------------------------------


class Interrupted(Exception):
    """Stands for Ctrl-C or a crash in the middle of a run."""


def test_interrupted_run_resumes_without_redoing_finished_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frame = articles(30)
    whole = build_timeline(frame, jobs=1, batch_size=4)  # 8 batches
    work = tmp_path / "work"
    real_add = EventStore.add

    def add_then_fail(self: EventStore, index: int, *args: Any, **kwargs: Any) -> Any:
        if index == 3:
            raise Interrupted
        return real_add(self, index, *args, **kwargs)

    monkeypatch.setattr(EventStore, "add", add_then_fail)
    with pytest.raises(Interrupted):
        build_timeline(frame, jobs=1, batch_size=4, workdir=work)
    monkeypatch.setattr(EventStore, "add", real_add)
    assert sorted(p.name for p in work.glob("part-*")) == [f"part-00000{i}.parquet" for i in range(3)]

    made = _count_batches(monkeypatch)
    resumed = build_timeline(frame, jobs=1, batch_size=4, workdir=work)
    assert len(made) == 5 and sum(made) == 30 - 3 * 4  # batches 3 to 7 only
    assert_frame_equal(whole.events, resumed.events)
    assert whole.stats == resumed.stats
    again = build_timeline(frame, jobs=1, batch_size=4, workdir=work, resume=False)  # start afresh
    assert len(made) == 5 + 8
    assert_frame_equal(whole.events, again.events)


def test_another_run_in_the_same_work_dir_starts_afresh(tmp_path: Path) -> None:
    work = tmp_path / "work"
    first = build_timeline(articles(12), jobs=1, batch_size=4, workdir=work)
    other = articles(20).with_columns(pl.col("text").str.replace("أمس", "اليوم"))
    second = build_timeline(other, jobs=1, batch_size=4, workdir=work)
    assert_frame_equal(second.events, build_timeline(other, jobs=1, batch_size=4).events)
    assert first.events.height != second.events.height


def test_cli_resume_after_an_interruption(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in articles(20).to_dicts()) + "\n",
                      "utf-8")
    out = tmp_path / "t.html"
    command = ["build", str(source), "-o", str(out), "--events", str(tmp_path / "e.parquet"),
               "--jobs", "1", "--batch-size", "4", "-q"]
    real_add = EventStore.add

    def add_then_stop(self: EventStore, index: int, *args: Any, **kwargs: Any) -> Any:
        if index == 2:
            raise KeyboardInterrupt
        return real_add(self, index, *args, **kwargs)

    monkeypatch.setattr(EventStore, "add", add_then_stop)
    assert main(command) == 130
    assert len(list((tmp_path / "t.html.work").glob("part-*.parquet"))) == 2  # kept for --resume
    monkeypatch.setattr(EventStore, "add", real_add)
    assert main([*command, "--resume"]) == 0
    assert not (tmp_path / "t.html.work").exists()
    assert_frame_equal(pl.read_parquet(tmp_path / "e.parquet"),
                       build_timeline(source, jobs=1).events)


def test_store_log_survives_a_line_cut_short(tmp_path: Path) -> None:
    """Each finished batch is one appended log line; a line a crash cut short is dropped on
    resume (its batch made again) and the lines appended after it stay readable."""
    run = {"source": "written for this test"}
    events = extract_events_of(2)
    store = EventStore.open(tmp_path, run)
    store.add(0, events, 4, [])
    store.add(1, events, 4, [])
    log = tmp_path / "batches.jsonl"
    assert len(log.read_text("utf-8").splitlines()) == 2
    with log.open("a", encoding="utf-8") as f:
        f.write('{"index": 2, "rows": 4, "ev')  # the crash
    (tmp_path / "part-000002.parquet").write_bytes(b"")  # its part was renamed in
    store.close()  # the crashed run lets go of its folder
    again = EventStore.open(tmp_path, run)
    assert [b.index for b in again.batches] == [0, 1]
    again.add(2, events, 4, [])
    again.close()
    third = EventStore.open(tmp_path, run)
    assert [b.index for b in third.batches] == [0, 1, 2]
    assert third.scan().collect().height == 3 * events.height
    third.close()
    assert EventStore.open(tmp_path, {"source": "another run"}).batches == []


def extract_events_of(n: int) -> pl.DataFrame:
    """The events of the first ``n`` test articles."""
    return build_timeline(articles(n), jobs=1).events


def test_a_run_cut_otherwise_is_not_resumed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The smallest tapered batch is part of the run description: with another one the
    batches of a work directory no longer line up with the new cut, so none is reused."""
    frame = articles(30)
    work = tmp_path / "work"
    build_timeline(frame, jobs=1, batch_size=8, workdir=work)  # 8, 8, 8, 6: no taper below 16 rows
    monkeypatch.setattr(batches_module, "SMALLEST_BATCH", 1)
    made = _count_batches(monkeypatch)
    again = build_timeline(frame, jobs=1, batch_size=8, workdir=work)
    assert sum(made) == 30  # every row made again
    assert_frame_equal(again.events, build_timeline(frame, jobs=1, batch_size=8).events)


def _count_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the batches made from now on (``batches.batch_columns``, what a local
    build's workers run, counted)."""
    made: list[int] = []
    real_batch_columns = batches_module.batch_columns

    def counted(articles: Any, **kwargs: Any) -> Any:
        made.append(len(articles))
        return real_batch_columns(articles, **kwargs)

    monkeypatch.setattr(batches_module, "batch_columns", counted)
    return made


def test_a_run_resumed_after_the_engine_changed_is_made_again(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine's own files are part of the run description: batches an older engine made (an
    upgrade, an edited word list in between) are not mixed with the new one's."""
    import timeline.pipeline as pipeline_module

    frame = articles(12)
    work = tmp_path / "work"
    build_timeline(frame, jobs=1, batch_size=4, workdir=work)
    made = _count_batches(monkeypatch)
    build_timeline(frame, jobs=1, batch_size=4, workdir=work)
    assert made == []  # the same engine: every finished batch kept
    monkeypatch.setattr(pipeline_module, "engine_stamp", lambda: "another engine")
    again = build_timeline(frame, jobs=1, batch_size=4, workdir=work)
    assert sum(made) == 12  # every row made again
    assert_frame_equal(again.events, build_timeline(frame, jobs=1, batch_size=4).events)


def test_the_engine_stamp_reads_the_package_once() -> None:
    from timeline.pipeline import engine_stamp

    assert engine_stamp() == engine_stamp() and len(engine_stamp()) == 16
