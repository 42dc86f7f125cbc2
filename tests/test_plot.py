"""The plotly figure: points versus spans, lanes, hover cards, legend groups, WebGL, Jupyter."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import polars as pl
import pytest

from timeline.frame import events_frame
from timeline.merge import merge_events
from timeline.plot import gregorian_label, is_span, plot_timeline
from timeline.result import Timeline


def d(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)


def event(event_id: str, start: str, end: str, grain: str, source: str, clause: str,
          article: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"event_id": event_id, "start": d(start), "end": d(end), "grain": grain,
            "value": start[:10] if grain != "month" else start[:7], "clause": clause,
            "clause_start": 0, "clause_end": len(clause), "expr": "التاريخ", "expr_start": 0,
            "expr_end": 0, "article_id": article or event_id, "source": source,
            "published": d("2024-04-01"), "inherited": False, "hijri_label": "1 رمضان 1445 هـ",
            **extra}


EVENTS = events_frame([
    event("day", "2024-03-04", "2024-03-05", "day", "نشرة السهل", "افتتح المجلس جسراً جديداً"),
    event("evening", "2024-03-05T18:00", "2024-03-06", "part_of_day", "صدى الجبل",
          "اندلع حريق في سوق الخضار"),
    event("month", "2024-03-01", "2024-04-01", "month", "صدى الجبل", "بدأ موسم قطاف اللوز"),
    event("range", "2024-03-10", "2024-03-13", "day", "نشرة السهل", "استمر مهرجان الزهور ثلاثة أيام"),
    event("hostile", "2024-03-20", "2024-03-21", "day", "<b>الراصد</b>",
          'كتب أحدهم <script>alert(1)</script> و<img src=x onerror="alert(2)">'),
])


def traces_by_kind(fig: Any) -> tuple[list[Any], list[Any]]:
    points = [t for t in fig.data if t.mode == "markers"]
    spans = [t for t in fig.data if t.mode == "lines+markers"]
    return points, spans


def ids_in(traces: list[Any]) -> set[str]:
    return {i for t in traces for c in t.customdata if c for i in c.split()}


def test_point_and_span_rules() -> None:
    assert not is_span(d("2024-03-04"), d("2024-03-05"), "day")
    assert not is_span(d("2024-03-04T18:00"), d("2024-03-05"), "part_of_day")
    assert is_span(d("2024-03-01"), d("2024-04-01"), "month")
    assert is_span(d("2024-03-04"), d("2024-03-11"), "week")
    assert is_span(d("2024-03-10"), d("2024-03-13"), "day")  # a range of days
    assert not is_span(d("2024-03-04T21:00"), d("2024-03-04T22:00"), "hour")
    assert is_span(d("2024-03-04T13:05"), d("2024-03-05T13:05"), "hour")  # "خلال 24 ساعة"
    assert gregorian_label(d("2024-03-01"), d("2024-04-01"), "month") == "2024-03-01 – 2024-03-31"
    assert gregorian_label(d("2024-03-05T21:00"), d("2024-03-05T22:00"), "hour") == "2024-03-05 21:00"


def test_days_are_markers_and_coarse_events_are_segments_over_their_interval() -> None:
    fig = plot_timeline(merge_events(EVENTS))
    points, spans = traces_by_kind(fig)
    assert ids_in(points) == {"day", "evening", "hostile"}
    assert ids_in(spans) == {"month", "range"}
    month = next(t for t in spans if any(c and "month" in c for c in t.customdata))
    k = [c and "month" in c for c in month.customdata].index(True)
    xs = [x for x in month.x[k:k + 3]]
    assert (xs[0], xs[-1]) == (d("2024-03-01"), d("2024-04-01"))  # the whole month, not a day


def test_lanes_by_source_and_legend_groups() -> None:
    fig = plot_timeline(merge_events(EVENTS), lanes="source")
    groups = {t.legendgroup for t in fig.data}
    assert groups == {"نشرة السهل", "صدى الجبل", "<b>الراصد</b>"}
    assert sum(t.showlegend is not False for t in fig.data) == 3  # one legend item per source
    assert "&lt;b&gt;الراصد&lt;/b&gt;" in {t.name for t in fig.data}  # plotly would render <b>
    assert set(fig.layout.yaxis.ticktext) == {"نشرة السهل", "صدى الجبل", "&lt;b&gt;الراصد&lt;/b&gt;"}
    assert fig.layout.xaxis.rangeslider.visible


def test_lanes_none_and_cluster_and_unknown_column() -> None:
    merged = merge_events(EVENTS)
    single = plot_timeline(merged, lanes=None)
    assert single.layout.yaxis.visible is False
    by_cluster = plot_timeline(merged, lanes="cluster")
    assert len(by_cluster.layout.yaxis.ticktext) == merged["cluster"].n_unique()
    with pytest.raises(ValueError, match="lanes"):
        plot_timeline(merged, lanes="nowhere")


def test_hover_cards_are_rtl_escaped_and_complete() -> None:
    fig = plot_timeline(merge_events(EVENTS))
    hovers = [h for t in fig.data for h in t.hovertext if h]
    assert hovers and all(h.startswith('<span dir="rtl">') and h.endswith("</span>") for h in hovers)
    # bidi isolates (U+2066..U+2069) keep dates and names in order inside the SVG text
    day = re.sub("[\u2066-\u2069]", "", next(h for h in hovers if "افتتح المجلس" in h))
    for piece in ("الاثنين 4 آذار 2024", "هجري: 23 شعبان 1445 هـ", "الدقة: يوم", "المصادر: نشرة السهل", "«التاريخ»",
                  "TIMEX3: 2024-03-04"):
        assert piece in day
    hostile = next(h for h in hovers if "كتب أحدهم" in h)
    assert "<script>" not in hostile and "<img" not in hostile and "<b>الراصد" not in hostile
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile


def test_conflicts_show_every_outlet_date() -> None:
    rows = [
        event("a", "2024-03-03", "2024-03-04", "day", "نشرة السهل", "انهار جدار المدرسة القديمة في حي التين"),
        event("b", "2024-03-04", "2024-03-05", "day", "صدى الجبل", "انهار جدار المدرسة القديمة في حي التين"),
    ]
    fig = plot_timeline(merge_events(events_frame(rows)))
    hovers = [h for t in fig.data for h in t.hovertext if h]
    assert all("⚠" in h and "2024-03-03" in h and "2024-03-04" in h for h in hovers)
    assert {s for t in fig.data for s in t.marker.symbol} == {"diamond"}


def test_uncertain_dates_are_open_marks_and_say_so() -> None:
    events = events_frame([
        event("approx", "2024-03-04T19:00", "2024-03-04T20:00", "hour", "نشرة السهل",
              "سمع دوي انفجار في الحي الشرقي", mod="APPROX"),
        event("exact", "2024-03-06", "2024-03-07", "day", "نشرة السهل", "افتتح المجلس جسراً جديداً"),
    ])
    fig = plot_timeline(merge_events(events))
    (points,), _ = traces_by_kind(fig)
    symbols = dict(zip(points.customdata, points.marker.symbol))
    assert symbols == {"approx": "circle-open", "exact": "circle"}
    hover = dict(zip(points.customdata, points.hovertext))
    assert "تقريبي" in hover["approx"] and "تقريبي" not in hover["exact"]


def test_rtl_runs_time_right_to_left() -> None:
    fig = plot_timeline(merge_events(EVENTS), rtl=True)
    xaxis = fig.layout.xaxis
    assert xaxis.autorange == "reversed" or (xaxis.range and xaxis.range[0] > xaxis.range[1])
    assert fig.layout.yaxis.side == "right"
    plain = plot_timeline(merge_events(EVENTS))
    assert plain.layout.xaxis.autorange is True or plain.layout.xaxis.range[0] < plain.layout.xaxis.range[1]


def unique_words(i: int) -> str:
    """Three made-up words no other ``i`` shares, so that no two events merge."""
    letters = "بتثجحخدذرزسشصضطظعغفقكلمن"
    word = "".join(letters[int(c) + k] for k, c in enumerate(f"{i:04d}"))
    return f"{word}ا {word}و {word}ي"


def test_webgl_above_the_threshold() -> None:
    rows = [event(f"e{i}", (d("2024-01-01") + dt.timedelta(days=i % 300)).isoformat(),
                  (d("2024-01-02") + dt.timedelta(days=i % 300)).isoformat(), "day",
                  f"s{i % 4}", unique_words(i)) for i in range(1200)]
    merged = merge_events(events_frame(rows))
    fig = plot_timeline(merged)
    assert {type(t).__name__ for t in fig.data} == {"Scattergl"}
    assert len(ids_in(list(fig.data))) == 1200
    small = plot_timeline(merge_events(EVENTS))
    assert {type(t).__name__ for t in small.data} == {"Scatter"}


def test_timeline_object_shows_itself_in_jupyter() -> None:
    tl = Timeline.from_events(EVENTS)
    assert tl.events.height == 5 and tl.entries.height == 5 and tl.conflicts == 0
    bundle = tl._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert any(key in data for key in ("application/vnd.plotly.v1+json", "text/html"))
    assert "Timeline(5 events, 5 entries, 0 date conflicts)" == repr(tl)
    assert tl.to_timelinejs()["events"]
    unmerged = Timeline.from_events(pl.concat([EVENTS, EVENTS.with_columns(
        pl.col("event_id") + "-copy", pl.col("article_id") + "-copy")]), merge=False)
    assert unmerged.entries.height == 10


def test_the_page_does_not_draw_the_jupyter_figure() -> None:
    tl = Timeline.from_events(EVENTS)
    tl.to_html()
    assert "figure" not in tl.__dict__  # drawn on first use only
    assert tl.figure.data and "figure" in tl.__dict__
