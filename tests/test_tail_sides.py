"""benchmarks/tail_sides.py: the tail's background pairs run side after side, measured, output unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import polars as pl

from script_helpers import load_script
from timeline import _background
from timeline.events import extract_events
from timeline.result import Timeline


def _module() -> ModuleType:
    return load_script("benchmarks/tail_sides.py", "tail_sides")


def _events() -> pl.DataFrame:
    texts = ["اندلع حريق أمس الثلاثاء في مستودع للأخشاب شرقي مدينة حمص، وقال الدفاع المدني إن فرقه أخمدته بعد ساعتين.",
             "أخمدت فرق الدفاع المدني أمس حريقاً في مستودع أخشاب بحمص، من دون أن يصاب أحد، بحسب مصدر محلي.",
             "يعقد مجلس المحافظة اجتماعاً يوم الخميس المقبل لبحث تعويض أصحاب المستودعات المتضررة."]
    published = [dt.datetime(2022, 11, 16, 8), dt.datetime(2022, 11, 16, 11), dt.datetime(2022, 11, 16, 13)]
    return extract_events(pl.DataFrame({"id": ["a", "b", "c"], "text": texts, "source": ["one", "two", "one"],
                                        "published": published}))


def test_every_pair_is_measured_and_the_tail_is_the_same(tmp_path: Path) -> None:
    module = _module()
    events = _events()
    assert events.height >= 2
    plain = Timeline.from_events(events)
    record: list = []
    with module.deferred_pairs(record):
        deferred = module.tail(events, tmp_path / "page.html")
    names = [side.name for side in record]
    assert "_aside" in names and "_read_happenings" in names  # clause_features' two pairs
    assert all(side.caller >= 0 and side.background >= 0 and not side.threaded for side in record)  # 3 articles: inline
    assert deferred.events.equals(plain.events) and deferred.entries.equals(plain.entries)
    assert (tmp_path / "page.html").stat().st_size > 0


def test_the_modules_get_their_in_background_back() -> None:
    module = _module()
    import timeline.relink as relink
    import timeline.wording as wording

    with module.deferred_pairs([]):
        assert wording.in_background is not _background.in_background
        assert relink.in_background is not _background.in_background
    assert wording.in_background is _background.in_background and relink.in_background is _background.in_background


def test_the_report_adds_the_ceilings_of_the_outermost_pairs_only() -> None:
    module = _module()
    side = module.Side
    runs = [[side("placed_windows/_aside", 0.2, 0.1, False), side("placed_windows", 0.3, 0.5, False),
             side("_offsets", 0.05, 0.02, False)]]
    lines = module.report([1.0], runs)
    assert lines[-1].startswith("sum of the ceilings (outermost pairs): 0.320 s")  # 0.3 + 0.02, not the 0.1 inside
    assert "0.680" in lines[-1]


def test_first_articles_keeps_the_frames_first_articles() -> None:
    module = _module()
    frame = pl.DataFrame({"article_id": ["x", "x", "y", "z"], "n": [1, 2, 3, 4]})
    assert module.first_articles(frame, 2)["n"].to_list() == [1, 2, 3]
    assert module.first_articles(frame, None).height == 4


def test_the_tail_by_thread_counts_the_main_thread(tmp_path: Path) -> None:
    module = _module()
    split = module.by_thread(_events(), tmp_path / "page.html", runs=1)
    assert split["main thread"] > 0
    assert abs(sum(v for k, v in split.items() if k != "total") - split["total"]) < 1e-9
