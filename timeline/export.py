"""Outputs: a standalone right-to-left HTML page, Parquet/CSV of events, TimelineJS JSON.

All user text (clauses, titles, outlets, URLs) is escaped before it reaches HTML, and only
``http``/``https`` URLs become links; anything else (``javascript:``, ``data:``, broken
URLs) is shown as plain text or dropped. The page is ``<html lang="ar" dir="rtl">`` with
plotly.js embedded (works offline, about 5 MB) or loaded from the CDN (``"cdn"``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import polars as pl

from timeline._outputs import AtomicFile, atomic_path, neutral_frame
from timeline._types import Grain
from timeline.frame import conform_events, write_parquet
from timeline.merge import timeline_entries, unmerged_events
from timeline.plot import GRAIN_NAMES, gregorian_label

if TYPE_CHECKING:
    from timeline.plot import Timeline

__all__ = ["safe_url", "timeline_html", "timelinejs", "write_events", "write_timelinejs"]

_UNSAFE_URL_CHARS = re.compile(r"[\x00-\x20\x7f-\x9f\\]")
_CSS = """
body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", Amiri, Arial, sans-serif;
       margin: 1.5rem; color: #222; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
.summary { color: #555; margin: 0 0 1rem; }
.plot { direction: ltr; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: right;
         vertical-align: top; }
th { background: #f3f3ef; position: sticky; top: 0; }
tr.conflict td { background: #fff4e5; }
td.date { white-space: nowrap; }
.expr { color: #0b5394; }
"""


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL without spaces or control characters, else None."""
    if not url or _UNSAFE_URL_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


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


def _table(events: pl.DataFrame) -> str:
    entries = timeline_entries(events)
    members: dict[int, list[dict[str, Any]]] = {}
    for row in events.iter_rows(named=True):
        members.setdefault(row["cluster"], []).append(row)
    rows = []
    for entry in entries.iter_rows(named=True):
        grain = Grain(entry["grain"]) if entry["grain"] else None
        date = gregorian_label(entry["start"], entry["end"], grain)
        mine = members.get(entry["cluster"], [])
        clauses = "<br>".join(
            f"{_esc(e['clause'])} <span class=\"expr\">«{_esc(e['expr'])}»</span>"
            for e in mine[:5]
        )
        note = " ⚠" if entry["date_conflict"] else ""
        rows.append(
            f'<tr class="{"conflict" if entry["date_conflict"] else "entry"}">'
            f'<td class="date"><span dir="ltr">{_esc(date)}</span>{note}</td>'
            f"<td>{_esc(entry['hijri_label'])}</td>"
            f"<td>{_esc(GRAIN_NAMES.get(grain, '') if grain else '')}</td>"
            f"<td>{clauses}</td>"
            f"<td>{_source_links(entry, mine)}</td></tr>"
        )
    head = "<tr><th>التاريخ</th><th>هجري</th><th>الدقة</th><th>الحدث</th><th>المصادر</th></tr>"
    opened = " open" if len(rows) <= 500 else ""
    return (f"<details{opened}><summary>الأحداث ({len(rows)})</summary>"
            f'<table dir="rtl"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></details>')


# "\u0627" escapes of Arabic letters and bidi isolates in the figure's JSON: the page is UTF-8,
# so the characters themselves are a third of the size. Never U+2028/2029 (JS line ends).
_ESCAPED = re.compile(r"(?<!\\)\\u(0[6-7][0-9a-fA-F]{2}|206[6-9]|200[ef]|f[b-e][0-9a-fA-F]{2})")


def _compact_unicode(script: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), script)


def timeline_html(
    timeline: Timeline, *, include_plotlyjs: bool | str = True, title: str | None = None
) -> str:
    """A complete HTML page: the figure and a table of entries with their sources."""
    import plotly.io as pio

    if include_plotlyjs not in (True, "cdn"):
        raise ValueError("include_plotlyjs: True (embedded, works offline) or 'cdn'")
    title = title or "الخط الزمني"
    plot = pio.to_html(
        timeline.figure,
        full_html=False,
        include_plotlyjs=include_plotlyjs,
        div_id="timeline-plot",
        config={"responsive": True, "displaylogo": False, "scrollZoom": True},
    )
    figure_at = plot.rfind("window.PLOTLYENV=")
    plot = plot[:figure_at] + _compact_unicode(plot[figure_at:])
    events = timeline.events
    if events["cluster"].null_count():
        events = unmerged_events(events)
    summary = (f"{events.height} حدثاً في {timeline.entries.height} مدخلاً، "
               f"{timeline.conflicts} منها بتواريخ متضاربة")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{_esc(title)}</h1>\n<p class=\"summary\">{_esc(summary)}</p>\n"
        f'<div class="plot" dir="ltr">{plot}</div>\n'
        f"{_table(events)}\n</body>\n</html>\n"
    )


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
