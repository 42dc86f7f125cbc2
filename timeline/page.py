"""The standalone timeline page: one compact data block, drawn by ``assets/timeline.js`` with plotly.js.

The page holds each string once: events, entries, articles and sentences are columns of
arrays (JSON, gzip-compressed and base64-encoded inside a ``<script type="text/plain">``),
and the script builds marks, hover cards, labels and table rows from them. Zoomed out it
draws counts per lane and period; zoomed in, the marks with their labels. Nothing from the
articles reaches the HTML as markup: the block is base64 and the script inserts text with
``textContent``; only ``http(s)`` URLs become links (:func:`safe_url`).

Columns of the block (``events``, one value per event, ordered as
:func:`timeline.frame.order_events`): ``en`` entry index, ``a`` article index, ``sn``
sentence index, ``cs/ce`` the clause and ``xs/xe`` the expression as offsets in that
sentence (``-1`` when the expression is not in it: a date inherited from the narrative,
then ``x`` holds its text), ``s/e`` start and end in minutes since 1970, ``g`` grain index,
``m`` mod, ``d`` index of the Arabic date, ``h`` of the Hijri date, ``o`` outlet, ``p`` place,
``st`` story (``-1`` none), ``ln`` lane. ``marks`` pairs an entry with a lane and the event
shown there; ``entries`` give each entry's event drawn in the table (``k``), its conflict flag (``c``),
whether a historian corrected it (``r``, see :mod:`timeline.corrections`) and the notes (``rn``).
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import html
import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import polars as pl

from timeline._types import Grain
from timeline.frame import conform_events, order_events
from timeline.labels import GRAIN_NAMES, MOD_NAMES, MONTH_FAMILIES, arabic_date, date_words, hijri_text, most_used_family
from timeline.merge import timeline_entries, unmerged_events
from timeline.places import NO_PLACE_LABEL

__all__ = ["decode_block", "encode_block", "page_data", "safe_url", "timeline_page"]

_MODS = tuple(MOD_NAMES)
_GRAINS = tuple(Grain)
_EPOCH = dt.datetime(1970, 1, 1)
_MINUTE = dt.timedelta(minutes=1)
_UNSAFE_URL_CHARS = re.compile(r"[\x00-\x20\x7f-\x9f\\]")
_ASSETS = "timeline.assets"


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


def _minutes(moment: dt.datetime) -> int:
    return (moment - _EPOCH) // _MINUTE


class _Table:
    """Strings stored once; each value becomes its index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.index)
        return found

    def values(self) -> list[str]:
        return list(self.index)


def _offsets(sentence: str, clause: str, expr: str, clause_start: int, expr_start: int) -> tuple[int, int, int, int]:
    """The clause and the expression as offsets in their sentence (-1 when not in it)."""
    cs = sentence.find(clause) if clause else -1
    ce = cs + len(clause) if cs >= 0 else -1
    xs = cs + (expr_start - clause_start) if cs >= 0 else -1
    if not (0 <= xs and sentence[xs:xs + len(expr)] == expr):
        xs = sentence.find(expr) if expr else -1
    return cs, ce, xs, (xs + len(expr) if xs >= 0 else -1)


def page_data(
    events: pl.DataFrame,
    *,
    lanes: str | None = "source",
    outlet_names: Mapping[str, str] | None = None,
    month_names: str | None = None,
    title: str | None = None,
    rtl: bool = False,
) -> dict[str, Any]:
    """The data block of the page (see the module docstring for its columns).

    ``outlet_names`` maps the ``source`` values (slugs) to the names shown; ``month_names``
    is a family of :data:`timeline.labels.MONTH_FAMILIES` (default: the one the articles'
    expressions use most).
    """
    lanes = None if lanes in (None, "none") else lanes
    stories = events["story_label"] if "story_label" in events.columns else (
        events["story"].cast(pl.String) if "story" in events.columns else None)
    frame = conform_events(events)
    if stories is not None:
        frame = frame.with_columns(stories.alias("_story"))
    if frame["cluster"].null_count():
        frame = unmerged_events(frame)
    if lanes is not None and lanes != "cluster" and lanes not in frame.columns:
        raise ValueError(f"lanes: no column {lanes!r}; use one of source, cluster, none, "
                         + ", ".join(frame.columns))
    frame = order_events(frame)
    family = month_names or most_used_family(frame.filter(pl.col("grain").cast(pl.String).is_in(
        ["month", "quarter", "season", "day"]))["expr"].to_list())
    words = date_words(family)
    outlet_names = dict(outlet_names or {})
    entries = timeline_entries(frame)
    entry_of = {c: n for n, c in enumerate(entries["cluster"].to_list())}
    corrected, correction_notes = _corrections(frame, entries["cluster"].to_list())

    outlets, places, story_names, lane_names = _Table(), _Table(), _Table(), _Table()
    sentences, dates, hijri, articles_at = _Table(), _Table(), _Table(), _Table()
    article_rows: list[dict[str, Any]] = []
    cols: dict[str, list[Any]] = {k: [] for k in
                                  ("en", "a", "sn", "cs", "ce", "xs", "xe", "s", "e", "g", "m", "d", "h", "o",
                                   "p", "st", "ln", "id")}
    loose_exprs: dict[int, str] = {}
    date_cache: dict[tuple[Any, ...], tuple[int, int]] = {}
    approx_hijri: set[int] = set()
    has_story = "_story" in frame.columns
    for n, row in enumerate(frame.iter_rows(named=True)):
        source = row["source"] or row["article_id"]
        shown = outlet_names.get(source, source)
        article = row["article_id"]
        if article not in articles_at.index:
            articles_at(article)
            article_rows.append({"id": article, "t": row["title"] or "", "u": safe_url(row["url"]) or "",
                                 "o": outlets(shown),
                                 "p": _minutes(row["published"]) if row["published"] else None})
        sentence = row["sentence"] or row["clause"] or ""
        cs, ce, xs, xe = _offsets(sentence, row["clause"] or "", row["expr"] or "",
                                  row["clause_start"] or 0, row["expr_start"] or 0)
        if xs < 0 and row["expr"]:
            loose_exprs[n] = row["expr"]
        key = (row["start"], row["end"], row["grain"], row["value"], row["mod"])
        if key not in date_cache:
            hj, approx = hijri_text(row["start"], row["end"], row["grain"])
            date_cache[key] = (dates(arabic_date(row["start"], row["end"], row["grain"], row["value"],
                                                 row["mod"], words)), hijri(hj))
            if approx:
                approx_hijri.add(date_cache[key][1])
        d, h = date_cache[key]
        if lanes is None:
            lane = ""
        elif lanes == "cluster":
            lane = f"{entry_of[row['cluster']]:06d} " + " ".join((row["clause"] or "").split()[:5])
        elif lanes == "source":
            lane = shown
        else:
            lane = NO_PLACE_LABEL if row[lanes] is None else str(row[lanes])
        story = row["_story"] if has_story else None
        for name, value in (
            ("en", entry_of[row["cluster"]]), ("a", articles_at.index[article]), ("sn", sentences(sentence)),
            ("cs", cs), ("ce", ce), ("xs", xs), ("xe", xe), ("s", _minutes(row["start"])),
            ("e", _minutes(row["end"])), ("g", _GRAINS.index(Grain(row["grain"]))),
            ("m", _MODS.index(row["mod"]) if row["mod"] in MOD_NAMES else -1), ("d", d), ("h", h),
            ("o", outlets(shown)), ("p", places(row["place"]) if row["place"] else -1),
            ("st", story_names(story) if story not in (None, "") else -1), ("ln", lane_names(lane)),
            ("id", row["event_id"]),
        ):
            cols[name].append(value)

    lane_order = sorted(range(len(lane_names.index)), key=lambda i: lane_names.values()[i])
    rank = {old: new for new, old in enumerate(lane_order)}
    cols["ln"] = [rank[i] for i in cols["ln"]]
    lane_labels = [lane_names.values()[i] for i in lane_order]
    if lanes == "cluster":
        lane_labels = [label.split(" ", 1)[1] if " " in label else label for label in lane_labels]

    marks = (
        pl.DataFrame({"en": cols["en"], "ln": cols["ln"], "g": cols["g"], "s": cols["s"]})
        .with_row_index("ev")
        .sort(["en", "ln", "g", "s", "ev"])
        .unique(["en", "ln"], keep="first", maintain_order=True)
        .sort("ev")
    )
    entry_event = (
        pl.DataFrame({"en": cols["en"], "g": cols["g"], "s": cols["s"]}).with_row_index("ev")
        .sort(["en", "g", "s", "ev"]).unique("en", keep="first").sort("en")
    )
    return {
        "version": 1,
        "title": title or "الخط الزمني",
        "rtl": rtl,
        "lanes": lanes or "none",
        "lane_title": {"source": "المصدر", "place": "المكان", "cluster": "المدخل"}.get(lanes or "", lanes or ""),
        "lane_names": lane_labels,
        "family": family,
        "families": list(MONTH_FAMILIES),
        "months": list(words.months),
        "weekdays": list(words.weekdays),
        "grains": [g.value for g in _GRAINS],
        "grain_names": [GRAIN_NAMES[g] for g in _GRAINS],
        "mods": list(_MODS),
        "mod_names": [MOD_NAMES[m] for m in _MODS],
        "outlets": outlets.values(),
        "places": places.values(),
        "stories": story_names.values(),
        "has_story": has_story,
        "no_place": NO_PLACE_LABEL,
        "dates": dates.values(),
        "hijri": hijri.values(),
        "hijri_approx": sorted(approx_hijri),
        "sentences": sentences.values(),
        "articles": {k: [a[k] for a in article_rows] for k in ("id", "t", "u", "o", "p")},
        "events": {**cols, "x": {str(k): v for k, v in loose_exprs.items()}, "v": frame["value"].to_list()},
        "entries": {
            "k": entry_event["ev"].to_list(),
            "c": [int(bool(c)) for c in entries["date_conflict"].to_list()],
            "r": corrected,
            "rn": correction_notes,
        },
        "marks": {"ev": marks["ev"].to_list()},
    }


def _corrections(frame: pl.DataFrame, clusters: list[int]) -> tuple[list[int], list[str]]:
    """Per entry (in ``clusters`` order): corrected by a historian (0/1), and the notes."""
    flags = (
        frame.group_by("cluster")
        .agg(pl.col("corrected").fill_null(False).any().alias("r"),
             pl.col("correction_note").drop_nulls().unique(maintain_order=True).str.join("؛ ").alias("rn"))
    )
    found = {c: (int(r), n or "") for c, r, n in flags.iter_rows()}
    return [found[c][0] for c in clusters], [found[c][1] for c in clusters]


def _asset(name: str) -> str:
    return resources.files(_ASSETS).joinpath(name).read_text(encoding="utf-8")


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def encode_block(data: dict[str, Any]) -> str:
    """The data block as base64 of gzip of compact JSON."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=6, mtime=0)).decode("ascii")


def decode_block(page: str) -> dict[str, Any]:
    """The data block of a page written by :func:`timeline_page` (for tests and tools)."""
    match = re.search(r'<script type="text/plain" id="timeline-data" data-encoding="gzip\+base64">([^<]*)</script>',
                      page)
    if match is None:
        raise ValueError("no timeline data block in this page")
    return json.loads(gzip.decompress(base64.b64decode(match.group(1))).decode("utf-8"))  # type: ignore[no-any-return]


def timeline_page(data: dict[str, Any], *, include_plotlyjs: bool | str = True) -> str:
    """The complete HTML page for a data block (plotly.js embedded, or from its CDN with ``"cdn"``)."""
    from plotly.offline import get_plotlyjs
    from plotly.offline.offline import get_plotlyjs_version

    if include_plotlyjs not in (True, "cdn"):
        raise ValueError("include_plotlyjs: True (embedded, works offline) or 'cdn'")
    if include_plotlyjs == "cdn":
        plotly = (f'<script src="https://cdn.plot.ly/plotly-{get_plotlyjs_version()}.min.js" '
                  'charset="utf-8"></script>')
    else:
        plotly = f'<script type="text/javascript">{get_plotlyjs()}</script>'
    title = _esc(data["title"])
    body = _asset("timeline.html").replace("{{title}}", title)
    script = _asset("timeline.js")
    assert "</script" not in script.lower()
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{_asset('timeline.css')}</style>\n</head>\n<body>\n"
        f"{body}\n"
        f'<script type="text/plain" id="timeline-data" data-encoding="gzip+base64">{encode_block(data)}</script>\n'
        f"{plotly}\n<script>{script}</script>\n</body>\n</html>\n"
    )
