"""Outputs: the standalone right-to-left HTML page, Parquet/CSV of events, TimelineJS JSON
and a TimelineJS page.

The events CSV opens in Excel with its Arabic intact (UTF-8 with a BOM) and has readable
date columns beside the exclusive ``end``: ``start_date``, ``last_day`` (the last day
covered, inclusive) and ``date_label`` (the date in Arabic words).

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
from timeline.merge import on_timeline, timeline_entries
from timeline.labels import arabic_date, date_words, gregorian_label, happening_label, most_used_family
from timeline.page import page_data, safe_url, timeline_page

__all__ = [
    "TIMELINEJS_CDN",
    "csv_events",
    "safe_url",
    "timeline_html",
    "timelinejs",
    "timelinejs_html",
    "write_events",
    "write_timelinejs",
]

TIMELINEJS_CDN = "https://cdn.knightlab.com/libs/timeline3/latest"
"""Where the TimelineJS page loads TimelineJS (MPL-2.0, Knight Lab) from: it is not one of
our dependencies, so that page needs the network; the JSON file works with any copy."""

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
            neutral_frame(csv_events(events)).write_csv(temporary, include_bom=True)


def csv_events(events: pl.DataFrame) -> pl.DataFrame:
    """The events as the CSV holds them: every event column, with ``start_date``,
    ``last_day`` (ISO ``YYYY-MM-DD``; the last day the interval covers, inclusive, where
    ``end`` is exclusive) and ``date_label`` (the date in Arabic words) after ``end``."""
    frame = conform_events(events)
    words = date_words(most_used_family(frame["expr"].to_list()))
    labels = [arabic_date(row["start"], row["end"], row["grain"], row["value"], row["mod"], words)
              if row["start"] is not None and row["end"] is not None else None
              for row in frame.select("start", "end", "grain", "value", "mod").iter_rows(named=True)]
    last = pl.when(pl.col("end") > pl.col("start")).then(pl.col("end") - pl.duration(microseconds=1)) \
        .otherwise(pl.col("start"))
    dates = [pl.col("start").dt.strftime("%Y-%m-%d").alias("start_date"),
             last.dt.strftime("%Y-%m-%d").alias("last_day"),
             pl.Series("date_label", labels, dtype=pl.String)]
    columns = frame.columns
    at = columns.index("end") + 1
    return frame.with_columns(dates).select([*columns[:at], "start_date", "last_day", "date_label", *columns[at:]])


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


def _headline(event: dict[str, Any]) -> str:
    """The happening's label (as the page labels a mark), never the time phrase."""
    clause_start, expr_start = event.get("clause_start"), event.get("expr_start")
    at = expr_start - clause_start if clause_start is not None and expr_start is not None else None
    return happening_label(event["clause"], event["expr"], expr_at=at, title=event.get("title"))


def timelinejs(events: pl.DataFrame, *, title: str | None = None) -> dict[str, Any]:
    """TimelineJS JSON: one slide per entry, headed by its happening (the page's label
    for it), its sentence and linked sources as text, ``group`` = its first outlet; all
    user text escaped."""
    frame = on_timeline(events)  # undated rows are in no entry
    members: dict[int, list[dict[str, Any]]] = {}
    for row in frame.iter_rows(named=True):
        members.setdefault(row["cluster"], []).append(row)
    slides = []
    for entry in timeline_entries(frame).iter_rows(named=True):
        grain = Grain(entry["grain"]) if entry["grain"] else Grain.DAY
        start, end = entry["start"], entry["end"]
        label = f"{gregorian_label(start, end, grain)} · {entry['hijri_label']}"
        group = members.get(entry["cluster"], [])
        told = next((m for m in group if m["clause"] == entry["clause"]), group[0] if group else entry)
        slide: dict[str, Any] = {
            "unique_id": f"entry-{entry['cluster']}",
            "start_date": _tljs_date(start, grain, label),
            "text": {
                "headline": _esc(_headline(told)),
                "text": f'<p dir="rtl">{_esc(told.get("sentence") or entry["clause"])}</p>'
                        f'<p dir="rtl">{_source_links(entry, group)}</p>',
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
    """Write :func:`timelinejs` to ``path`` as UTF-8 JSON, or the page of
    :func:`timelinejs_html` when ``path`` ends in ``.html`` (through a temporary file)."""
    with AtomicFile(path) as out:
        if Path(path).suffix.lower() in (".html", ".htm"):
            out.write(timelinejs_html(events, title=title))
        else:
            json.dump(timelinejs(events, title=title), out, ensure_ascii=False, indent=1)


def timelinejs_html(events: pl.DataFrame, *, title: str | None = None) -> str:
    """A ready TimelineJS page (right to left, Arabic) with :func:`timelinejs` inline.

    TimelineJS itself is loaded from the Knight Lab CDN (:data:`TIMELINEJS_CDN`): it is
    not bundled, so this page needs the network; the standalone page
    (:func:`timeline_html`) and the JSON do not."""
    data = json.dumps(timelinejs(events, title=title), ensure_ascii=False)
    data = data.replace("<", "\\u003c")  # no user text can close the script element
    heading = _esc(title or "الخط الزمني")
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading}</title>
<!-- TimelineJS (MPL-2.0, Knight Lab) is loaded from its CDN: this page needs the network. -->
<link rel="stylesheet" href="{TIMELINEJS_CDN}/css/timeline.css">
<script src="{TIMELINEJS_CDN}/js/timeline.js"></script>
<style>html, body {{ height: 100%; margin: 0; }} #timeline-embed {{ height: 100%; }}</style>
</head>
<body>
<div id="timeline-embed"><noscript>هذه الصفحة تحتاج إلى JavaScript والاتصال بالإنترنت لتحميل TimelineJS.</noscript></div>
<script type="application/json" id="timeline-data">{data}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  if (typeof TL === "undefined") {{
    document.getElementById("timeline-embed").textContent =
      "تعذّر تحميل TimelineJS من الإنترنت (" + "{TIMELINEJS_CDN}" + ").";
    return;
  }}
  window.timeline = new TL.Timeline("timeline-embed", data, {{ language: "ar", script_path: "{TIMELINEJS_CDN}/js/" }});
}})();
</script>
</body>
</html>
"""

