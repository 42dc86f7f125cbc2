"""The fork server and a build's workers never import polars: the server's start is the
critical chain of a build's first batch, and polars' import was a third of it. The workers
send their events back as plain columns (``batches.batch_columns``), the build process makes
the frame (``frame.events_from_columns``): the same events as the frame made in one place."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import subprocess
import sys
import textwrap

import pytest

import timeline.events
from timeline._deferred import is_deferred
from timeline._types import Prefer
from timeline._workers import PRELOAD
from timeline.articles import Article
from timeline.batches import batch_columns, batch_events, ordered_map

needs_fork_server = pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods() or not os.path.isdir("/proc/self/task"),
    reason="fork server and /proc are Linux things")

PUBLISHED = dt.datetime(2021, 3, 9, 14, 30)

ARTICLES = (
    Article("rafah-1", "أعلنت بلدية رفح مساء أمس، الاثنين، إغلاق السوق الشعبي ثلاثة أيام بعد اندلاع حريق في مخازنه.",
            PUBLISHED, 1, title="حريق في سوق رفح", source="wire-a", url="https://example.org/a", place="رفح"),
    Article("rafah-2", "ويعقد المجلس البلدي اجتماعاً طارئاً الخميس المقبل في الساعة العاشرة صباحاً بتوقيت غرينتش.",
            PUBLISHED, 2, source="wire-b", prefer=Prefer.FUTURE, utc_offset=dt.timedelta(hours=2)),
    Article("rafah-3", "وكانت البلدية قد رممت السوق في كانون الثاني الماضي، بينما افتتح المبنى الجديد عام 2009.",
            PUBLISHED.replace(tzinfo=dt.timezone(dt.timedelta(hours=3))), 3),
    Article("rafah-4", "", PUBLISHED, 4),
)


def test_the_rows_are_those_the_articles_frame_gives() -> None:
    rows = list(timeline.events.article_rows(ARTICLES))
    assert rows  # dated clauses in three of the articles
    assert rows == list(timeline.events._rows(timeline.events.articles_frame(ARTICLES), False))
    assert list(timeline.events.article_rows(ARTICLES, inherit=True)) == \
        list(timeline.events._rows(timeline.events.articles_frame(ARTICLES), True))


def test_events_made_from_columns_equal_the_frame_made_in_one_place() -> None:
    from polars.testing import assert_frame_equal

    from timeline.frame import empty_events, events_from_columns

    for inherit in (False, True):
        columns, errors = batch_columns(ARTICLES, inherit=inherit)
        assert errors == ()
        expected = timeline.events.events_from_articles(ARTICLES, inherit=inherit)
        assert_frame_equal(events_from_columns(columns), expected)
        assert_frame_equal(batch_events(ARTICLES, inherit=inherit).events, expected)
    assert batch_columns([ARTICLES[3]]) == ({}, ())  # no events: no columns
    assert_frame_equal(events_from_columns({}), empty_events())
    some = events_from_columns({"event_id": ["x#0-0"], "expr": ["أمس"]})  # columns not given are null
    assert some.schema == empty_events().schema and some.row(0, named=True)["clause"] is None


def test_an_article_that_fails_is_its_row_error_and_the_others_keep_their_events(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = timeline.events.tag_counted  # the batch path's tagger (a piece's writer's day with it)

    def fragile(text: str, published: object, **kwargs: object) -> tuple[list, int]:
        if "اجتماعاً طارئاً" in text:
            raise RuntimeError("تعطل")
        return real(text, published, **kwargs)

    monkeypatch.setattr(timeline.events, "tag_counted", fragile)
    columns, errors = batch_columns(ARTICLES)
    assert [(e.row, e.id, e.field) for e in errors] == [(2, "rafah-2", "text")]
    assert "RuntimeError: تعطل" in errors[0].message
    kept = {event_id.split("#")[0] for event_id in columns["event_id"]}
    assert kept == {"rafah-1", "rafah-3"}


def test_an_article_value_the_frame_cannot_hold_is_its_row_error() -> None:
    """The build process makes the frame from the workers' columns: a title, text or place
    that is not text, or holds an unpaired surrogate, fails its article there (as when the
    workers made the frame), not the whole build."""
    from timeline.frame import events_from_columns

    sentence = "افتتحت الوزارة المعرض السنوي للكتاب صباح أمس الأحد في قاعة المدينة."
    bad = [Article("ktb-1", sentence, PUBLISHED, 1, title="معرض \udc80الكتاب"),
           Article("ktb-2", sentence + " \ud800", PUBLISHED, 2),
           Article("ktb-3", sentence, PUBLISHED, 3, place=2021),  # type: ignore[arg-type]
           Article("ktb-4", sentence, PUBLISHED, 4, source="وكالة")]
    columns, errors = batch_columns(bad)
    assert [(e.row, e.id, e.field) for e in errors] == [(1, "ktb-1", "text"), (2, "ktb-2", "text"), (3, "ktb-3", "text")]
    assert "surrogates" in errors[0].message and "int, not text" in errors[2].message
    assert set(events_from_columns(columns)["article_id"]) == {"ktb-4"}
    assert batch_columns([Article(7, sentence, PUBLISHED, 5)])[1] == ()  # type: ignore[arg-type] - an id is made text


def test_an_article_that_fails_after_some_of_its_events_keeps_none_of_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """All or nothing: an article whose second event cannot be made a row is its RowError,
    and its first event is not sent back beside it (as when each article made its frame)."""
    two = Article("port-2", "أغلقت السلطات الميناء صباح أمس، على أن يعاد فتحه يوم الخميس المقبل بعد الصيانة.",
                  PUBLISHED, 2)
    one = Article("port-1", "وصلت السفينة إلى الميناء مساء أمس بعد رحلة طويلة.", PUBLISHED, 1)
    real = timeline.events.Event.as_row

    def fragile(event: timeline.events.Event) -> dict:
        if event.article_id == "port-2" and "الخميس" in event.timex.text:  # its second event
            raise ValueError("لا صف")
        return real(event)

    assert [row["expr"] for row in timeline.events.article_rows([two])] == ["صباح أمس", "يوم الخميس المقبل"]
    monkeypatch.setattr(timeline.events.Event, "as_row", fragile)
    columns, errors = batch_columns([one, two])
    assert [(e.row, e.id) for e in errors] == [(2, "port-2")]
    assert {event_id.split("#")[0] for event_id in columns["event_id"]} == {"port-1"}


@needs_fork_server
def test_the_server_imports_leave_polars_unimported() -> None:
    probe = textwrap.dedent(f"""
        import importlib, sys
        for name in {PRELOAD!r}:
            importlib.import_module(name)
        import timeline.engine
        from timeline._deferred import is_deferred
        assert timeline.engine.load_grammar.cache_info().currsize == 1, "grammar not loaded"
        print(is_deferred("polars"), "polars" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]  # a stand-in only


def extracted_in_worker(index: int) -> tuple[bool, int, bool]:
    """Run in a worker: whether polars is still a stand-in before and after a batch's events."""
    before = is_deferred("polars")
    columns, _ = batch_columns(ARTICLES[index % 2:])
    return before, len(columns["event_id"]), is_deferred("polars")


@needs_fork_server
def test_workers_make_their_events_without_polars() -> None:
    results = list(ordered_map(extracted_in_worker, range(4), jobs=2))
    assert [n for _, n, _ in results] == [len(list(timeline.events.article_rows(ARTICLES[i % 2:]))) for i in range(4)]
    assert all(before and after for before, _, after in results)


def test_a_deferred_module_loads_on_its_first_attribute() -> None:
    probe = textwrap.dedent("""
        import sys
        from timeline._deferred import defer_import, is_deferred
        assert defer_import("colorsys") and is_deferred("colorsys")
        import colorsys as bound          # binding it reads nothing
        assert is_deferred("colorsys")
        hsv = bound.rgb_to_hsv(0.2, 0.4, 0.4)
        assert not is_deferred("colorsys") and type(sys.modules["colorsys"]).__name__ == "module"
        assert bound.rgb_to_hsv is sys.modules["colorsys"].rgb_to_hsv  # its names, read without a detour
        import colorsys
        assert colorsys.hsv_to_rgb(*hsv) == sys.modules["colorsys"].hsv_to_rgb(*hsv)
        assert not defer_import("colorsys")            # imported already
        assert not defer_import("no_such_module_here")  # not installed
        assert not defer_import("os.path")             # a submodule
        print("ok")
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"
