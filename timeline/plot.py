"""The interactive plotly timeline, drawn from a frame of merged events.

Time runs along x. Events precise to a day or finer are markers; coarser or longer ones
(a week, a month, a year, a range of days) are horizontal segments covering their whole
interval, never pinned to a day. One mark is drawn per timeline entry and outlet, so an
entry several outlets report shows in each outlet's lane, and clicking an outlet in the
legend hides its marks. Lanes are the values of a column (``"source"``, ``"cluster"``,
any other event column) or one lane (``None``/``"none"``). Hover cards hold the Arabic
clause right to left (``<span dir="rtl">``, user text escaped), the expression, the
Gregorian and Hijri dates, the grain and the outlets; entries whose outlets disagree on
the date are drawn as diamonds and list each outlet's date; approximate dates and bounds (mod
APPROX, منذ, حتى) are open marks and say so. Above
:data:`WEBGL_THRESHOLD` marks the traces switch to WebGL (``Scattergl``).
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import polars as pl

from timeline._types import Grain
from timeline.frame import order_events
from timeline.labels import (
    GRAIN_NAMES,
    MOD_NAMES,
    DateWords,
    arabic_date,
    date_words,
    gregorian_label,
    hijri_text,
    most_used_family,
)
from timeline.merge import on_timeline, timeline_entries
from timeline.places import NO_PLACE_LABEL

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = ["GRAIN_NAMES", "MOD_NAMES", "WEBGL_THRESHOLD", "gregorian_label", "is_span", "plot_timeline"]

WEBGL_THRESHOLD = 1000
"""Above this many marks the traces are drawn with WebGL."""

_UNCERTAIN = frozenset(("APPROX", "ON_OR_AFTER", "ON_OR_BEFORE", "BEFORE", "AFTER"))

_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939", "#8c6d31", "#7b4173", "#3182bd",
    "#e6550d", "#31a354", "#756bb1", "#636363", "#9c9ede", "#e7969c", "#b5cf6b", "#e7ba52",
)  # fmt: skip  (24 outlets before a colour repeats)
_FONT = "Noto Naskh Arabic, Noto Sans Arabic, Amiri, Arial, sans-serif"
_WRAP = 70
_LABEL_CHARS = 32
_DAY = dt.timedelta(days=1)
_POINT_OFFSETS = (0.0, 0.08, 0.16, 0.24, 0.32, 0.4, -0.08)
_SPAN_OFFSETS = (-0.2, -0.3, -0.4, -0.5, -0.6)
# How long one unit of a fine grain lasts: an hour-grain interval of 24 hours ("خلال 24 ساعة")
# is a stretch of time, drawn as a segment; one of an hour is a point.
_UNIT_LENGTH = {Grain.SECOND: dt.timedelta(seconds=1), Grain.MINUTE: dt.timedelta(minutes=1),
                Grain.HOUR: dt.timedelta(hours=1), Grain.PART_OF_DAY: dt.timedelta(hours=12)}


def is_span(start: dt.datetime, end: dt.datetime, grain: str | Grain | None) -> bool:
    """True when an event is drawn as a segment: coarser than a day, longer than one, or
    longer than one unit of its own finer grain."""
    g = Grain(grain) if grain is not None else Grain.DAY
    return g.rank > Grain.DAY.rank or end - start > _UNIT_LENGTH.get(g, _DAY)


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _wrapped(text: str) -> str:
    lines = textwrap.wrap(" ".join(text.split()), _WRAP) or [""]
    return "\u2069<br>\u2067".join(_esc(line) for line in lines)


@dataclass(frozen=True, slots=True)
class _Mark:
    """One thing drawn: an entry as reported by one outlet."""

    source: str
    lane: str
    lane_label: str
    start: dt.datetime
    end: dt.datetime
    span: bool
    conflict: bool
    uncertain: bool  # the date is approximate or a bound (mod APPROX, منذ, حتى...)
    hover: str
    event_ids: str


def _ltr(text: str) -> str:
    """Isolate a left-to-right run (a date, a TIMEX3 value) inside right-to-left text."""
    return f"\u2066{text}\u2069"


def _name(text: str) -> str:
    """Isolate a name that may be Latin or Arabic (an outlet), escaped."""
    return f"\u2068{_esc(text)}\u2069"


def _hover(entry: dict[str, Any], event: dict[str, Any], members: list[dict[str, Any]], words: DateWords) -> str:
    """The hover card of one mark; every piece of user text is escaped.

    Plotly draws hover cards as SVG text, where the ``dir`` attribute is lost, so each line
    is also wrapped in Unicode right-to-left isolates (and dates in left-to-right ones).
    """
    grain = event["grain"]
    hijri, approx = hijri_text(event["start"], event["end"], grain)
    lines = [
        f"<b>{_wrapped(event['clause'] or '')}</b>",
        f"العبارة: «{_esc(event['expr'])}»" + (" (تاريخ موروث من السياق)" if event["inherited"] else "")
        + (f" (محسوب من حدث: «{_esc(event['anchor'][6:])}»)" if (event["anchor"] or "").startswith("event:") else ""),
        f"التاريخ: {_esc(arabic_date(event['start'], event['end'], grain, event['value'], event['mod'], words))}",
        f"هجري: {_esc(hijri)}",
        f"الدقة: {_esc(GRAIN_NAMES.get(Grain(grain), grain) if grain else '')}"
        + (f" ({MOD_NAMES[event['mod']]})" if event["mod"] in MOD_NAMES else ""),
        "المصادر: " + "، ".join(_name(s) for s in entry["sources"]),
        f"<i>TIMEX3: {_ltr(_esc(event['value']))} · {_ltr(_esc(gregorian_label(event['start'], event['end'], grain)))}</i>",
    ]
    if entry["date_conflict"]:
        lines.append("⚠ المصادر مختلفة في التاريخ:")
        dates = sorted({(m["source"] or m["article_id"], m["value"]) for m in members})
        lines.extend(f"– {_name(s)}: {_ltr(_esc(v))}" for s, v in dates)
    body = "<br>".join(f"\u2067{line}\u2069" for line in lines)
    return f'<span dir="rtl">{body}</span>'


def _short(text: str, size: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _marks(events: pl.DataFrame, lanes: str | None) -> list[_Mark]:
    words = date_words(most_used_family(events["expr"].to_list()))
    entries = {row["cluster"]: row for row in timeline_entries(events).iter_rows(named=True)}
    by_cluster: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in order_events(events).iter_rows(named=True):
        by_cluster[row["cluster"]].append(row)
    marks: list[_Mark] = []
    for cluster, entry in entries.items():
        members = by_cluster[cluster]
        per_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in members:
            per_source[row["source"] or row["article_id"]].append(row)
        for source, rows in per_source.items():
            best = min(rows, key=lambda r: (Grain(r["grain"]).rank, r["start"], r["end"]))
            if lanes is None:
                lane = label = ""
            elif lanes == "cluster":
                lane, label = f"{cluster:09d}", _short(entry["clause"] or "", _LABEL_CHARS)
            elif best[lanes] is None:  # no place (or other value) known: a last lane
                lane, label = "\U0010ffff", NO_PLACE_LABEL
            else:  # a story's label is its title: shown short, as clauses are
                lane = str(best[lanes])
                label = _short(lane, _LABEL_CHARS)
            marks.append(_Mark(
                source=source,
                lane=lane,
                lane_label=label,
                start=best["start"],
                end=best["end"],
                span=is_span(best["start"], best["end"], best["grain"]),
                conflict=bool(entry["date_conflict"]),
                uncertain=best["mod"] in _UNCERTAIN,
                hover=_hover(entry, best, members, words),
                event_ids=" ".join(r["event_id"] for r in rows),
            ))
    return marks


def _positions(marks: list[_Mark], lane_index: dict[str, int]) -> list[float]:
    """A y for each mark: its lane, nudged so equal days and overlapping spans stay apart."""
    same_day: dict[tuple[str, dt.date], int] = defaultdict(int)
    track_ends: dict[str, list[dt.datetime]] = defaultdict(list)
    order = sorted(range(len(marks)), key=lambda i: (marks[i].start, marks[i].end))
    y_of: dict[int, float] = {}
    for i in order:
        m = marks[i]
        base = float(lane_index[m.lane])
        if m.span:
            ends = track_ends[m.lane]
            track = next((t for t, e in enumerate(ends) if e < m.start), len(ends))
            if track == len(ends):
                ends.append(m.end)
            else:
                ends[track] = m.end
            y_of[i] = base + _SPAN_OFFSETS[track % len(_SPAN_OFFSETS)]
        else:
            k = same_day[(m.lane, m.start.date())]
            same_day[(m.lane, m.start.date())] += 1
            y_of[i] = base + _POINT_OFFSETS[k % len(_POINT_OFFSETS)]
    return [y_of[i] for i in range(len(marks))]


def _symbol(m: _Mark, shape: str) -> str:
    """Diamonds for dates the sources disagree on, open shapes for uncertain dates."""
    if m.conflict:
        return "diamond-open" if m.uncertain else "diamond"
    return f"{shape}-open" if m.uncertain else shape


def _traces(marks: list[_Mark], ys: list[float], webgl: bool) -> Iterator[Any]:
    import plotly.graph_objects as go

    scatter = go.Scattergl if webgl else go.Scatter
    size = 11 if len(marks) <= 300 else 8 if len(marks) <= 2000 else 6
    sources = sorted({m.source for m in marks})
    for n, source in enumerate(sources):
        color = _PALETTE[n % len(_PALETTE)]
        mine = [(m, y) for m, y in zip(marks, ys) if m.source == source]
        points = [(m, y) for m, y in mine if not m.span]
        spans = [(m, y) for m, y in mine if m.span]
        common = dict(legendgroup=source, name=_esc(source), hoverinfo="text",
                      hoverlabel=dict(align="right", font=dict(family=_FONT)))
        if points:
            yield scatter(
                x=[m.start for m, _ in points],
                y=[y for _, y in points],
                mode="markers",
                marker=dict(color=color, size=size, opacity=0.9,
                            symbol=[_symbol(m, "circle") for m, _ in points],
                            line=dict(width=1, color="#222")),
                hovertext=[m.hover for m, _ in points],
                customdata=[m.event_ids for m, _ in points],
                showlegend=True,
                **common,
            )
        if spans:
            xs: list[dt.datetime | None] = []
            yv: list[float | None] = []
            texts: list[str | None] = []
            data: list[str | None] = []
            sizes: list[int] = []
            for m, y in spans:
                xs += [m.start, m.start + (m.end - m.start) / 2, m.end, None]
                yv += [y, y, y, None]
                texts += [m.hover] * 3 + [None]
                data += [m.event_ids] * 3 + [None]
                sizes += [size // 2, size, size // 2, 0]
            yield scatter(
                x=xs, y=yv, mode="lines+markers",
                line=dict(color=color, width=max(3, size - 5)),
                opacity=0.6,
                marker=dict(color=color, size=sizes,
                            symbol=[_symbol(m, "square") for m, _ in spans
                                    for _ in range(4)]),
                hovertext=texts, customdata=data, connectgaps=False,
                showlegend=not points,
                **common,
            )


def _initial_window(marks: list[_Mark]) -> tuple[dt.datetime, dt.datetime] | None:
    """Open on where most events are when a few outliers (a year long ago) stretch the axis.

    The range slider still shows everything; None means "show it all".
    """
    if len(marks) < 5:
        return None
    starts = sorted(m.start for m in marks)
    q1, q3 = starts[len(starts) // 4], starts[(3 * len(starts)) // 4]
    spread = max(q3 - q1, dt.timedelta(days=7)) * 1.5  # Tukey's fences
    lo, hi = max(starts[0], q1 - spread), min(max(m.end for m in marks), q3 + spread)
    if (max(m.end for m in marks) - starts[0]) <= 2 * (hi - lo):
        return None
    return lo - dt.timedelta(days=1), hi + dt.timedelta(days=1)


def plot_timeline(
    events: pl.DataFrame,
    *,
    lanes: str | None = "source",
    rtl: bool = False,
    title: str | None = None,
    webgl: bool | None = None,
) -> go.Figure:
    """Draw merged events (see :func:`timeline.merge.merge_events`) as a plotly figure.

    ``lanes``: the column whose values are the lanes, ``"cluster"``, or None/``"none"``.
    ``rtl=True`` runs time from right to left. ``webgl`` defaults to True above
    :data:`WEBGL_THRESHOLD` marks.
    """
    import plotly.graph_objects as go

    lanes = None if lanes in (None, "none") else lanes
    frame = on_timeline(events)  # undated rows are in no entry
    if lanes is not None and lanes != "cluster" and lanes not in frame.columns:
        raise ValueError(f"lanes: no column {lanes!r}; use one of source, cluster, none, "
                         + ", ".join(frame.columns))
    marks = _marks(frame, lanes)
    labels = {m.lane: m.lane_label for m in marks}
    lane_names = sorted(labels)
    lane_index = {name: i for i, name in enumerate(lane_names)}
    ys = _positions(marks, lane_index)
    use_gl = len(marks) > WEBGL_THRESHOLD if webgl is None else webgl
    fig = go.Figure(list(_traces(marks, ys, use_gl)))
    label_width = min(240, 8 * max((len(labels[n]) for n in lane_names), default=0)) if lanes else 0
    height = max(420, min(2400, 160 + 100 * max(1, len(lane_names))))
    fig.update_layout(
        title=dict(text=_esc(title or "الخط الزمني"), x=0.5),
        hovermode="closest",
        height=height,
        font=dict(family=_FONT),
        legend=dict(title=dict(text="المصدر"), itemclick="toggle", itemdoubleclick="toggleothers",
                    # beside the plot, away from the lane labels: any number of outlets fits
                    orientation="v", x=-0.02 if rtl else 1.02, xanchor="right" if rtl else "left",
                    y=1.0, yanchor="top"),
        margin=dict(l=20 + (0 if rtl else label_width), r=20 + (label_width if rtl else 0),
                    t=70, b=40),
        plot_bgcolor="#fbfbf8",
    )
    window = _initial_window(marks)
    if window is None:
        x_range: dict[str, Any] = dict(autorange="reversed" if rtl else True)
    else:
        x_range = dict(range=list(reversed(window)) if rtl else list(window), autorange=False)
    fig.update_xaxes(
        type="date",
        rangeslider=dict(visible=True, thickness=0.08),
        rangeselector=dict(buttons=[
            dict(count=7, label="أسبوع", step="day", stepmode="backward"),
            dict(count=1, label="شهر", step="month", stepmode="backward"),
            dict(count=1, label="سنة", step="year", stepmode="backward"),
            dict(step="all", label="الكل"),
        ], x=1 if rtl else 0, xanchor="right" if rtl else "left", y=1.0, yanchor="bottom"),
        showgrid=True,
        **x_range,
    )
    fig.update_yaxes(
        tickvals=list(range(len(lane_names))),
        ticktext=[_esc(labels[name]) for name in lane_names],
        # first lane on top
        range=[len(lane_names) - 0.45, -0.75],
        side="right" if rtl else "left",
        showgrid=False,
        zeroline=False,
        fixedrange=True,
        visible=bool(lanes),
        automargin=True,
    )
    return fig
