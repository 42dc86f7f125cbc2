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
then ``x`` holds its text; ``ih`` the ``date_confidence`` of a date the clause does not
tell, inherited from the narrative (shown as such); ``an`` the happening a date is counted
from, ``anchor = "event:X"``, and whether another outlet's entry of X gave the day), ``s/e`` start and end in minutes since 1970, ``g`` grain index,
``m`` mod, ``d`` index of the Arabic date, ``h`` of the Hijri date, ``o`` outlet, ``p`` place,
``st`` story (``-1`` none), ``ln`` lane. ``undated`` lists the dates told from a happening
nothing dates (``o`` outlet, ``x`` expression, ``an`` the happening, ``c`` clause). ``marks`` pairs an entry with a lane and the event
shown there; ``entries`` give each entry's event drawn in the table (``k``), its conflict flag (``c``),
whether a historian corrected it (``r``, see :mod:`timeline.corrections`) and the notes (``rn``).
"""

from __future__ import annotations

import base64
import functools
import gzip
import html
import importlib.util
import json
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import polars as pl

from timeline._background import in_background
from timeline._gzip import GzipWriter
from timeline._programs import kept
from timeline._types import Grain
from timeline.frame import conform_events, order_events
from timeline.labels import (GRAIN_NAMES, MOD_NAMES, MONTH_FAMILIES, DateWords, arabic_date, date_words, hijri_text,
                             most_used_family)
from timeline.follow import without_candidates
from timeline.merge import timeline_entries, unmerged_events
from timeline.places import NO_PLACE_LABEL

__all__ = ["PAGE_GZIP_LEVEL", "decode_block", "encode_block", "load_assets", "page_data", "safe_url", "timeline_page",
           "write_page"]

_MODS = tuple(MOD_NAMES)
_GRAINS = tuple(Grain)
_UNSAFE_URL_CHARS = kept(r"[\x00-\x20\x7f-\x9f\\]")
# http(s), then an ASCII host part without brackets (urlsplit reads it whole as the netloc,
# checks nothing more of it) and the rest: what safe_url keeps without asking urlsplit. No
# IGNORECASE: with it [a-z] matches ſ and K (not ASCII)
_PLAIN_URL = kept(r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9._~%!$&'()*+,;=:@-]+(?:[/?#]|\Z)")
_ASSETS = "timeline.assets"
_EVENT_COLUMNS = ("en", "a", "sn", "cs", "ce", "xs", "xe", "s", "e", "g", "m", "d", "h", "o", "p", "st", "ln", "id")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL without spaces or control characters, else None."""
    if not url or _UNSAFE_URL_CHARS.search(url):
        return None
    if _PLAIN_URL.match(url):  # the usual case, which urlsplit would pass (~10 µs each)
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _first_seen(frame: pl.DataFrame, keys: list[str]) -> tuple[pl.Series, pl.DataFrame]:
    """Per row of ``frame``, the index of its ``keys`` among the distinct keys in order of
    first appearance (nulls are a key like any other), and those distinct keys."""
    groups = frame.select(keys).with_row_index("_row").group_by(keys, maintain_order=True).agg("_row")
    codes = (groups.with_row_index("_code").select(pl.col("_code").cast(pl.Int64), "_row")
             .explode("_row").sort("_row")["_code"])
    return codes, groups.drop("_row")


def _table(values: pl.Series, *, empty: bool = True) -> tuple[pl.Series, list[Any]]:
    """Each value's index in the list of distinct values by first appearance, and that list;
    null (and ``""`` unless ``empty``) is -1 and not in the list."""
    frame = values.alias("v").to_frame()
    missing = pl.col("v").is_null() if empty else pl.col("v").is_null() | (pl.col("v") == "")
    frame = frame.with_columns(pl.when(missing).then(None).otherwise(pl.col("v")).alias("v"))
    codes, distinct = _first_seen(frame, ["v"])
    values = distinct["v"].to_list()
    if None in values:  # the null key: -1, and the codes after it one lower
        gap = values.index(None)
        values.pop(gap)
        code = pl.col("c")
        codes = codes.to_frame("c").select(
            pl.when(code == gap).then(-1).when(code > gap).then(code - 1).otherwise(code).alias("c"))["c"]
    return codes, values


_NEVER = "\x00\ufffe\x00"
"""A part no text holds: what an empty part is looked for as (its answer is discarded)."""


def _char_find(text: pl.Expr, part: pl.Expr) -> pl.Expr:
    """``text.find(part)`` in characters (-1 when absent), as Python's ``str.find``, for a
    non-empty ``part``. By splitting, not ``str.find``: polars compiles a column of patterns
    into regexes even when literal, and a clause of megabytes passes the regex size limit."""
    part = pl.when(part == "").then(pl.lit(_NEVER)).otherwise(part)  # "" would split every character
    pieces = text.str.split(part)
    return pl.when(pieces.list.len() > 1).then(pieces.list.first().str.len_chars()).otherwise(-1).cast(pl.Int64)


def _offsets(frame: pl.DataFrame) -> pl.DataFrame:
    """The clause (``cs``, ``ce``) and the expression (``xs``, ``xe``) as character offsets in
    the row's ``_sentence`` (-1 when not in it); the expression is looked for where the
    clause puts it, then anywhere in the sentence."""
    sentence, clause, expr = pl.col("_sentence"), pl.col("clause").fill_null(""), pl.col("expr").fill_null("")
    clause_len, expr_len = clause.str.len_chars().cast(pl.Int64), expr.str.len_chars().cast(pl.Int64)
    cs = pl.when(clause != "").then(_char_find(sentence, clause)).otherwise(-1)
    at = (pl.col("expr_start").fill_null(0) - pl.col("clause_start").fill_null(0)).cast(pl.Int64)
    guess = pl.when(pl.col("cs") >= 0).then(pl.col("cs") + at).otherwise(-1)
    fits = (pl.col("_guess") >= 0) & (sentence.str.slice(pl.col("_guess").clip(0), expr_len) == expr)
    xs = pl.when(fits).then(pl.col("_guess")).when(expr != "").then(_char_find(sentence, expr)).otherwise(-1)
    return (
        frame.select("_sentence", "clause", "expr", "clause_start", "expr_start")
        .with_columns(cs.alias("cs"))
        .with_columns(guess.alias("_guess"))
        .with_columns(xs.alias("xs"))
        .select(
            "cs",
            pl.when(pl.col("cs") >= 0).then(pl.col("cs") + clause_len).otherwise(-1).alias("ce"),
            "xs",
            pl.when(pl.col("xs") >= 0).then(pl.col("xs") + expr_len).otherwise(-1).alias("xe"),
        )
    )


def _sentence() -> pl.Expr:
    """The sentence an event is shown in: its ``sentence``, else its clause."""
    return pl.when(pl.col("sentence").is_null() | (pl.col("sentence") == "")).then(pl.col("clause")) \
        .otherwise(pl.col("sentence")).fill_null("")


def _minutes(column: str) -> pl.Expr:
    """Minutes since 1970 (floored) of a datetime column."""
    return pl.col(column).dt.epoch("us").floordiv(60_000_000).cast(pl.Int64)


def page_data(
    events: pl.DataFrame,
    *,
    lanes: str | None = "source",
    outlet_names: Mapping[str, str] | None = None,
    month_names: str | None = None,
    title: str | None = None,
    rtl: bool = False,
    entries: pl.DataFrame | None = None,
    undated: pl.DataFrame | None = None,
) -> dict[str, Any]:
    """The data block of the page (see the module docstring for its columns).

    ``entries``: :func:`timeline.merge.timeline_entries` of ``events`` when already made.
    ``undated``: :attr:`timeline.Timeline.undated` (dates told from a happening nothing
    dates), listed under the table with the happening they wait for.

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
    frame = frame.filter(pl.col("start").is_not_null())  # undated rows are in no entry
    if frame["cluster"].null_count():  # not merged: the candidate windows left out (nothing confirms them)
        frame = unmerged_events(without_candidates(frame))
    if lanes is not None and lanes != "cluster" and lanes not in frame.columns:
        raise ValueError(f"lanes: no column {lanes!r}; use one of source, cluster, none, "
                         + ", ".join(frame.columns))
    frame = order_events(frame).with_columns(_sentence().alias("_sentence"))
    # the offsets (a third of this function at 5,000 articles, all polars) are found on
    # another thread while the rest is made
    finding = in_background(_offsets, frame, rows=frame.height)
    if month_names is None:
        told = (frame.filter(pl.col("grain").cast(pl.String).is_in(["month", "quarter", "season", "day"]))
                .group_by("expr", maintain_order=True).len())
        month_names = most_used_family(told["expr"].to_list(), told["len"].to_list())
    family = month_names
    words = date_words(family)
    if entries is None or entries.height != frame["cluster"].n_unique():
        entries = timeline_entries(frame)
    corrected, correction_notes = _corrections(frame, entries["cluster"].to_list())
    has_story = "_story" in frame.columns
    shown = _shown_outlet(outlet_names)
    frame = frame.with_columns(shown.alias("_shown"))

    o, outlets = _table(frame["_shown"])
    a, _ = _table(frame["article_id"])
    sn, sentences = _table(frame["_sentence"])
    p, places = _table(frame["place"], empty=False)
    st, story_names = _table(frame["_story"], empty=False) if has_story else (
        pl.repeat(-1, frame.height, dtype=pl.Int64, eager=True), [])
    d, h, dates, hijri, approx_hijri = _date_labels(frame, words)
    ln, lane_labels = _lanes(frame, lanes, entries)
    en = frame.select("cluster").join(entries.select("cluster").with_row_index("en"), on="cluster",
                                      how="left", maintain_order="left")["en"].cast(pl.Int64)
    offsets = finding.result()
    cols = pl.concat([
        pl.DataFrame({"en": en, "a": a, "sn": sn}),
        offsets,
        frame.select(
            _minutes("start").alias("s"), _minutes("end").alias("e"),
            pl.col("grain").to_physical().cast(pl.Int64).alias("g"),
            pl.col("mod").replace_strict(list(_MODS), list(range(len(_MODS))), default=-1,
                                         return_dtype=pl.Int64).alias("m"),
        ),
        pl.DataFrame({"d": d, "h": h, "o": o, "p": p, "st": st, "ln": ln, "id": frame["event_id"]}),
    ], how="horizontal")
    loose = frame.select("expr").with_row_index("n").filter((offsets["xs"] < 0) & (pl.col("expr") != ""))
    # dates the clause does not tell (inherited from the narrative or shared across فيما)
    inherited = frame.with_row_index("n").filter(pl.col("inherited").fill_null(False)) \
        .select("n", pl.col("date_confidence").fill_null(0.0))
    # dates counted from a happening: X, and whether another outlet's entry of X gave its day
    counted = (
        frame.with_row_index("n").filter(pl.col("anchor").str.starts_with("event:").fill_null(False))
        .select("n", pl.col("anchor").str.strip_prefix("event:"),
                (pl.col("date_confidence") < 1.0).fill_null(False).alias("elsewhere"))
    )
    article_rows = (
        frame.with_columns(o.alias("o")).group_by("article_id", maintain_order=True)
        .agg(pl.col("title", "url", "published", "o").first())
    )
    marks = (
        cols.select("en", "ln", "g", "s").with_row_index("ev")
        .sort(["en", "ln", "g", "s", "ev"])
        .unique(["en", "ln"], keep="first", maintain_order=True)
        .sort("ev")
    )
    entry_event = (
        cols.select("en", "g", "s").with_row_index("ev")
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
        "outlets": outlets,
        "places": places,
        "stories": story_names,
        "has_story": has_story,
        "no_place": NO_PLACE_LABEL,
        "dates": dates,
        "hijri": hijri,
        "hijri_approx": approx_hijri,
        "sentences": sentences,
        "articles": {
            "id": article_rows["article_id"].to_list(),
            "t": article_rows["title"].fill_null("").to_list(),
            "u": [safe_url(u) or "" for u in article_rows["url"].to_list()],
            "o": article_rows["o"].to_list(),
            "p": article_rows.select(_minutes("published"))["published"].to_list(),
        },
        "events": {**{k: cols[k].to_list() for k in _EVENT_COLUMNS},
                   "x": {str(n): x for n, x in loose.iter_rows()}, "v": frame["value"].to_list(),
                   "ih": {str(n): round(c, 2) for n, c in inherited.iter_rows()},
                   "an": {str(n): [x, int(e)] for n, x, e in counted.iter_rows()}},
        "entries": {
            "k": entry_event["ev"].to_list(),
            "c": [int(bool(c)) for c in entries["date_conflict"].to_list()],
            "r": corrected,
            "rn": correction_notes,
        },
        "marks": {"ev": marks["ev"].to_list()},
        "undated": _undated(undated, outlet_names),
    }


def _shown_outlet(outlet_names: Mapping[str, str] | None) -> pl.Expr:
    """The outlet an event is shown under: its ``source`` by its display name, else its article."""
    source = pl.when(pl.col("source").is_null() | (pl.col("source") == "")).then(pl.col("article_id")) \
        .otherwise(pl.col("source"))
    return source.replace(dict(outlet_names or {}))


def _undated(undated: pl.DataFrame | None, outlet_names: Mapping[str, str] | None) -> dict[str, list[str]]:
    """The undated phrases as columns: outlet shown (``o``), the expression (``x``), the
    happening it counts from (``an``), the clause (``c``) and the event id."""
    if undated is None or undated.height == 0:
        return {"o": [], "x": [], "an": [], "c": [], "id": []}
    frame = conform_events(undated)
    return {
        "o": frame.select(_shown_outlet(outlet_names).alias("o"))["o"].to_list(),
        "x": frame["expr"].fill_null("").to_list(),
        "an": frame["anchor"].fill_null("").str.strip_prefix("event:").to_list(),
        "c": frame["clause"].fill_null("").to_list(),
        "id": frame["event_id"].to_list(),
    }


def _date_labels(frame: pl.DataFrame, words: DateWords) -> tuple[pl.Series, pl.Series, list[str], list[str], list[int]]:
    """Per event, the index of its Arabic date (``d``) and of its Hijri date (``h``); the
    two lists of distinct dates, and which Hijri dates are approximate. Each distinct
    interval is put into words once."""
    keys, distinct = _first_seen(frame, ["start", "end", "grain", "value", "mod"])
    arabic, hijri, approx = [], [], []
    for start, end, grain, value, mod in distinct.iter_rows():
        text, rough = hijri_text(start, end, grain)
        arabic.append(arabic_date(start, end, grain, value, mod, words))
        hijri.append(text)
        approx.append(rough)
    d, dates = _table(pl.Series(arabic, dtype=pl.String))
    h, hijri_names = _table(pl.Series(hijri, dtype=pl.String))
    rough_codes = sorted({code for code, rough in zip(h.to_list(), approx) if rough})
    return d.gather(keys), h.gather(keys), dates, hijri_names, rough_codes


def _lanes(frame: pl.DataFrame, lanes: str | None, entries: pl.DataFrame) -> tuple[pl.Series, list[str]]:
    """Per event, the index of its lane among the lane names sorted, and those names."""
    if lanes is None:
        label = pl.repeat("", frame.height, dtype=pl.String, eager=True)
    elif lanes == "cluster":
        order = {c: n for n, c in enumerate(entries["cluster"].to_list())}
        label = pl.Series([f"{order[c]:06d} " + " ".join((clause or "").split()[:5])
                           for c, clause in frame.select("cluster", "clause").iter_rows()], dtype=pl.String)
    elif lanes == "source":
        label = frame["_shown"]
    elif frame.schema[lanes] == pl.String:
        label = frame[lanes].fill_null(NO_PLACE_LABEL)
    else:
        label = pl.Series([NO_PLACE_LABEL if v is None else str(v) for v in frame[lanes].to_list()], dtype=pl.String)
    names = label.unique().sort()
    codes = label.to_frame("v").join(names.to_frame("v").with_row_index("i"), on="v", how="left",
                                     maintain_order="left")["i"].cast(pl.Int64)
    shown = names.to_list()
    if lanes == "cluster":
        shown = [name.split(" ", 1)[1] if " " in name else name for name in shown]
    return codes, shown


def _corrections(frame: pl.DataFrame, clusters: list[int]) -> tuple[list[int], list[str]]:
    """Per entry (in ``clusters`` order): corrected by a historian (0/1), and the notes."""
    flags = (
        frame.group_by("cluster")
        .agg(pl.col("corrected").fill_null(False).any().alias("r"),
             pl.col("correction_note").drop_nulls().unique(maintain_order=True).str.join("؛ ").alias("rn"))
    )
    found = {c: (int(r), n or "") for c, r, n in flags.iter_rows()}
    return [found[c][0] for c in clusters], [found[c][1] for c in clusters]


def load_assets() -> None:
    """Read what every embedded page holds (plotly.js, the page's body, style and script),
    each once per process: a build reads them on a thread during extraction, not on its
    one-core tail (~0.01 s at every size)."""
    _plotlyjs_bytes()
    for name in _PAGE_ASSETS:
        _asset(name)


_PAGE_ASSETS = ("timeline.html", "timeline.css", "timeline.js")


@functools.cache
def _plotlyjs_bytes() -> bytes:
    """plotly.js as :func:`plotly.offline.get_plotlyjs` reads it (``package_data/plotly.min.js``
    of the plotly package), in UTF-8, read without importing plotly (~0.04 s of a build's
    one-core tail); through that function when the file is not there. Kept once read (4.8 MB)."""
    spec = importlib.util.find_spec("plotly")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder, "package_data", "plotly.min.js")
        if path.is_file():
            return path.read_bytes()
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs()).encode("utf-8")


@functools.cache
def _plotlyjs() -> str:
    """:func:`_plotlyjs_bytes` as a string (for a page made as one string)."""
    return _plotlyjs_bytes().decode("utf-8")


@functools.cache
def _asset(name: str) -> str:
    return resources.files(_ASSETS).joinpath(name).read_text(encoding="utf-8")


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_parts(value: Any, depth: int = 2, items: int = 4096) -> Iterator[str]:
    """The compact JSON of ``value`` in consecutive parts (joined, they are :func:`_json` of
    it): a dict with string keys or a long list, down to ``depth`` levels, is cut between
    its members, ``items`` list members at a time."""
    if depth and isinstance(value, dict) and all(isinstance(key, str) for key in value):
        yield "{"
        for k, (key, member) in enumerate(value.items()):
            yield ("," if k else "") + _json(key) + ":"
            yield from _json_parts(member, depth - 1, items)
        yield "}"
    elif depth and isinstance(value, list) and len(value) > items:
        yield "["
        for start in range(0, len(value), items):
            yield ("," if start else "") + _json(value[start:start + items])[1:-1]
        yield "]"
    else:
        yield _json(value)


PAGE_GZIP_LEVEL = 4
"""The data block's compression level. On the 5,000 corpus articles (4.7 MB of JSON): level 6
takes 0.44 s of CPU for 1.85 MB, level 4 0.10 s for 2.05 MB (the page 7.3 → 7.6 MB, within
its budget), level 1 0.06 s for 2.37 MB; the block is made on the one-core tail of a build."""


def encode_block(data: dict[str, Any]) -> str:
    """The data block as base64 of gzip of compact JSON. The JSON is made part by part and
    each part handed to the compressing threads (:class:`timeline._gzip.GzipWriter`), so
    the compression runs on every core while the JSON is being made."""
    return _block_bytes(data).decode("ascii")


def _block_bytes(data: dict[str, Any]) -> bytes:
    """:func:`encode_block` as ASCII bytes."""
    writer = GzipWriter(PAGE_GZIP_LEVEL)
    for part in _json_parts(data):
        writer.write(part.encode("utf-8"))
    return base64.b64encode(writer.close())


def decode_block(page: str) -> dict[str, Any]:
    """The data block of a page written by :func:`timeline_page` (for tests and tools)."""
    match = re.search(r'<script type="text/plain" id="timeline-data" data-encoding="gzip\+base64">([^<]*)</script>',
                      page)
    if match is None:
        raise ValueError("no timeline data block in this page")
    return json.loads(gzip.decompress(base64.b64decode(match.group(1))).decode("utf-8"))  # type: ignore[no-any-return]


def timeline_page(data: dict[str, Any], *, include_plotlyjs: bool | str = True) -> str:
    """The complete HTML page for a data block (plotly.js embedded, or from its CDN with ``"cdn"``)."""
    return "".join(_page_parts(data, include_plotlyjs, raw=False))  # type: ignore[arg-type]


def write_page(data: dict[str, Any], out: BinaryIO, *, include_plotlyjs: bool | str = True) -> None:
    """Write :func:`timeline_page` to ``out`` as UTF-8, the same bytes, without making the page
    as one string: plotly.js (4.8 MB) goes from its file to ``out`` as read, and the data
    block as the ASCII it is. Made as a string, the page is the width of its widest
    character (the Arabic title: 2 bytes for each of its ~5 million characters) and is then
    encoded back: 62M instructions more at 1,000 articles (~8 ms of the one-core tail), ~20 ms
    of CPU at 5,000."""
    for part in _page_parts(data, include_plotlyjs, raw=True):
        out.write(part if isinstance(part, bytes) else part.encode("utf-8"))


def _page_parts(data: dict[str, Any], include_plotlyjs: bool | str, *, raw: bool) -> list[str | bytes]:
    """The page in order, as strings, and with ``raw`` plotly.js and the data block as bytes."""
    if include_plotlyjs not in (True, "cdn"):
        raise ValueError("include_plotlyjs: True (embedded, works offline) or 'cdn'")
    plotly: list[str | bytes]
    if include_plotlyjs == "cdn":
        from plotly.offline.offline import get_plotlyjs_version

        plotly = [f'<script src="https://cdn.plot.ly/plotly-{get_plotlyjs_version()}.min.js" '
                  'charset="utf-8"></script>']
    else:
        plotly = ['<script type="text/javascript">', _plotlyjs_bytes() if raw else _plotlyjs(), "</script>"]
    title = _esc(data["title"])
    body = _asset("timeline.html").replace("{{title}}", title)
    script = _asset("timeline.js")
    assert "</script" not in script.lower()
    block = _block_bytes(data)
    return [
        "<!DOCTYPE html>\n"
        f'<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{_asset('timeline.css')}</style>\n</head>\n<body>\n"
        f"{body}\n"
        '<script type="text/plain" id="timeline-data" data-encoding="gzip+base64">',
        block if raw else block.decode("ascii"),
        "</script>\n",
        *plotly,
        f"\n<script>{script}</script>\n</body>\n</html>\n",
    ]
