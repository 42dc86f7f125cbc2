"""Outputs: the standalone right-to-left HTML page, Parquet/CSV of events, TimelineJS JSON.

All user text (clauses, titles, outlets, URLs) is escaped before it reaches HTML, and only
``http``/``https`` URLs become links; anything else (``javascript:``, ``data:``, broken
URLs) is shown as plain text or dropped. The page (built by :mod:`timeline.page`) is
``<html lang="ar" dir="rtl">`` with plotly.js embedded (works offline, about 5 MB) or
loaded from the CDN (``"cdn"``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import polars as pl

from timeline._outputs import AtomicFile, atomic_path, neutral_frame
from timeline._types import Grain
from timeline.frame import conform_events, write_parquet
from timeline.merge import timeline_entries, unmerged_events
from timeline.labels import gregorian_label
from timeline.page import page_data, safe_url, timeline_page

__all__ = ["safe_url", "timeline_html", "timelinejs", "write_events", "write_timelinejs"]

def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _source_links(row: dict[str, Any], events: list[dict[str, Any]]) -> str:
    """Each outlet of an entry, linked to its article when the URL is safe."""
    items = []
    seen: set[tuple[str, str | None]] = set()
    for event in events:
        name = event["source"] or event["article_id"]
        url = safe_url(event["url"])
        if (name, url) in seen:
            continue
        seen.add((name, url))
        label = _esc(name)
        if url is not None:
            label = (f'<a href="{_esc(url)}" rel="noopener noreferrer nofollow" '
                     f'target="_blank">{label}</a>')
        items.append(f"{label} <small>({_esc(event['article_id'])})</small>")
    return "، ".join(items)


def timeline_html(
    events: pl.DataFrame, *, lanes: str | None = "source", rtl: bool = False,
    include_plotlyjs: bool | str = True, title: str | None = None,
    outlet_names: Mapping[str, str] | None = None, month_names: str | None = None,
) -> str:
    """A complete HTML page of merged ``events``: the plot, search and filters, pinned
    cards and a paged table of entries with their sources (see :mod:`timeline.page`)."""
    data = page_data(events, lanes=lanes, outlet_names=outlet_names,
                     month_names=month_names, title=title, rtl=rtl)
    return timeline_page(data, include_plotlyjs=include_plotlyjs)


def write_events(events: pl.DataFrame, path: str | os.PathLike[str], *, fmt: str | None = None) -> None:
    """Write events as Parquet or CSV (``fmt`` or the extension: ``.parquet``/``.csv``)."""
    fmt = fmt or Path(path).suffix.lower().lstrip(".")
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"{path}: events are written as .parquet or .csv, not {fmt!r}")
    with atomic_path(path) as temporary:  # a failed write leaves no truncated file
        if fmt == "parquet":
            write_parquet(events, temporary)
        else:  # cells a spreadsheet would run as formulas get a leading apostrophe
            neutral_frame(conform_events(events)).write_csv(temporary)


def _tljs_date(moment: dt.datetime, grain: Grain, display: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"year": moment.year}
    if grain.rank <= Grain.SEASON.rank:
        out["month"] = moment.month
    if grain.rank <= Grain.DAY.rank:
        out["day"] = moment.day
    if grain.rank <= Grain.HOUR.rank:
        out["hour"] = moment.hour
        out["minute"] = moment.minute
    if display:
        out["display_date"] = display
    return out


def timelinejs(events: pl.DataFrame, *, title: str | None = None) -> dict[str, Any]:
    """TimelineJS JSON: one slide per entry, ``group`` = its first outlet, text escaped."""
    frame = conform_events(events)
    if frame["cluster"].null_count():
        frame = unmerged_events(frame)
    members: dict[int, list[dict[str, Any]]] = {}
    for row in frame.iter_rows(named=True):
        members.setdefault(row["cluster"], []).append(row)
    slides = []
    for entry in timeline_entries(frame).iter_rows(named=True):
        grain = Grain(entry["grain"]) if entry["grain"] else Grain.DAY
        start, end = entry["start"], entry["end"]
        label = f"{gregorian_label(start, end, grain)} · {entry['hijri_label']}"
        slide: dict[str, Any] = {
            "unique_id": f"entry-{entry['cluster']}",
            "start_date": _tljs_date(start, grain, label),
            "text": {
                "headline": _esc(entry["expr"]),
                "text": f'<p dir="rtl">{_esc(entry["clause"])}</p>'
                        f'<p dir="rtl">{_source_links(entry, members.get(entry["cluster"], []))}</p>',
            },
            "group": _esc(entry["sources"][0]) if entry["sources"] else "",  # TimelineJS sets it as HTML
        }
        if end - start > dt.timedelta(days=1) or grain.rank > Grain.DAY.rank:
            slide["end_date"] = _tljs_date(end - dt.timedelta(microseconds=1), grain)
        if entry["date_conflict"]:
            slide["text"]["text"] += '<p dir="rtl">⚠ المصادر مختلفة في التاريخ</p>'
        slides.append(slide)
    return {
        "title": {"text": {"headline": _esc(title or "الخط الزمني"), "text": ""}},
        "scale": "human",
        "events": slides,
    }


def write_timelinejs(events: pl.DataFrame, path: str | os.PathLike[str], *, title: str | None = None) -> None:
    """Write :func:`timelinejs` to ``path`` as UTF-8 JSON (through a temporary file)."""
    with AtomicFile(path) as out:
        json.dump(timelinejs(events, title=title), out, ensure_ascii=False, indent=1)
