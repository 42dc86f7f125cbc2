"""Outputs: the standalone HTML page, events as Parquet/CSV, TimelineJS JSON; all user text inert."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import gzip
import json
import re
from pathlib import Path

import polars as pl
import pytest

from timeline.export import safe_url, timeline_html, timelinejs, write_events, write_timelinejs
from timeline.frame import EVENT_SCHEMA, events_frame
from timeline.page import page_data
from timeline.result import Timeline


def d(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)


def event(event_id: str, start: str, end: str, grain: str, value: str, clause: str, **extra: object) -> dict:
    return {"event_id": event_id, "start": d(start), "end": d(end), "grain": grain, "value": value,
            "clause": clause, "clause_start": 0, "clause_end": len(clause), "expr": "يوم الأربعاء",
            "expr_start": 0, "expr_end": 0, "article_id": event_id, "source": "نشرة السهل",
            "published": d("2024-03-08"), "inherited": False, "hijri_label": "24 شعبان 1445 هـ",
            **extra}


HOSTILE = events_frame([
    event("safe", "2024-03-06", "2024-03-07", "day", "2024-03-06", "وصلت قافلة المساعدات إلى بلدة الصفصاف",
          url="https://sahl.example/news/7", title="قافلة"),
    event("evil", "2024-03-01", "2024-04-01", "month", "2024-03",
          'بدأت <img src=x onerror="alert(2)"> حملة تشجير في آذار',
          url="javascript:alert(3)", title="<script>alert(1)</script>", source="<i>الراصد</i>"),
])


@pytest.mark.parametrize("url", [
    "javascript:alert(3)", "JaVaScRiPt:alert(3)", " javascript:alert(3)", "java\tscript:alert(3)",
    "data:text/html,<script>alert(1)</script>", "//evil.example/x", "https://", "ftp://x.example/f",
    "https://x.example/a b", "", None,
])
def test_only_plain_http_urls_are_links(url: str | None) -> None:
    assert safe_url(url) is None


def test_http_and_https_urls_are_kept() -> None:
    assert safe_url("https://sahl.example/news/7?id=3&x=1") == "https://sahl.example/news/7?id=3&x=1"
    assert safe_url("http://jabal.example/a") == "http://jabal.example/a"


def block_of(page: str) -> dict:
    """The page's data block, decoded as the page's script does."""
    match = re.search(r'<script type="text/plain" id="timeline-data" data-encoding="gzip\+base64">([^<]*)</script>', page)
    assert match, "no data block"
    return json.loads(gzip.decompress(base64.b64decode(match.group(1))).decode("utf-8"))


def test_page_is_rtl_utf8_offline_and_inert() -> None:
    page = Timeline.from_events(HOSTILE).to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in page and '<meta charset="utf-8">' in page
    assert len(page) > 1_000_000 and "cdn.plot.ly" not in page.split("</head>")[0]
    # (plotly.js itself mentions "javascript:", so look for the payload, not the word)
    for payload in ("<script>alert(1)", "<img src=x", "javascript:alert", 'href="javascript', "<i>الراصد</i>"):
        assert payload not in page
    data = block_of(page)
    # user text travels as data (base64 in the page) and the script sets it as text
    assert any('<img src=x onerror="alert(2)">' in s for s in data["sentences"])
    assert set(data["articles"]["u"]) == {"https://sahl.example/news/7", ""}  # javascript: dropped
    assert "<i>الراصد</i>" in data["outlets"]
    assert any("بلدة الصفصاف" in s for s in data["sentences"])


def test_page_data_is_one_compact_block_of_columns() -> None:
    rows = [event(f"e{i}", "2024-03-06", "2024-03-07", "day", "2024-03-06",
                  "وصلت قافلة المساعدات إلى بلدة الصفصاف يوم الأربعاء", source=f"s{i % 2}",
                  expr_start=39, expr_end=51, clause_start=0) for i in range(3)]
    data = page_data(events_frame(rows), outlet_names={"s0": "نشرة السهل"})
    events = data["events"]
    assert len(events["en"]) == 3 and len(data["sentences"]) == 1  # the sentence is stored once
    k = 0
    sentence = data["sentences"][events["sn"][k]]
    assert sentence[events["xs"][k]:events["xe"][k]] == "يوم الأربعاء"
    assert sentence[events["cs"][k]:events["ce"][k]] == rows[0]["clause"]
    assert sorted(data["outlets"]) == ["s1", "نشرة السهل"]
    assert data["dates"] == ["الأربعاء 6 آذار 2024"] or data["dates"] == ["الأربعاء 6 مارس 2024"]
    assert data["hijri"] == ["25 شعبان 1445 هـ"]
    assert len(data["marks"]["ev"]) == len(set(zip(events["en"], events["ln"])))
    assert data["lane_names"] == sorted(data["lane_names"])


def test_cdn_page_is_small_and_loads_plotly_from_the_cdn(tmp_path: Path) -> None:
    timeline = Timeline.from_events(HOSTILE)
    path = tmp_path / "t.html"
    page = timeline.to_html(path, include_plotlyjs="cdn", title="<خط> زمني")
    assert path.read_text(encoding="utf-8") == page
    assert len(page) < 200_000 and "https://cdn.plot.ly" in page
    assert "<title>&lt;خط&gt; زمني</title>" in page
    with pytest.raises(ValueError):
        timeline_html(timeline.events, include_plotlyjs="directory")


def test_events_as_parquet_and_csv(tmp_path: Path) -> None:
    timeline = Timeline.from_events(HOSTILE)
    timeline.write_parquet(tmp_path / "e.parquet")
    back = pl.read_parquet(tmp_path / "e.parquet")
    assert back.schema == EVENT_SCHEMA and back.equals(timeline.events)
    timeline.write_csv(tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(EVENT_SCHEMA)
    assert {r["grain"] for r in rows} == {"day", "month"}
    assert {r["clause"] for r in rows} == set(HOSTILE["clause"])
    with pytest.raises(ValueError, match="parquet or .csv"):
        write_events(timeline.events, tmp_path / "e.xlsx")


def test_timelinejs_slides_keep_precision_and_escape_text(tmp_path: Path) -> None:
    data = timelinejs(HOSTILE, title="الخط الزمني")
    assert data["scale"] == "human"
    slides = {s["unique_id"]: s for s in data["events"]}
    assert len(slides) == 2
    day = next(s for s in slides.values() if "الصفصاف" in s["text"]["text"])
    month = next(s for s in slides.values() if s is not day)
    assert {k: day["start_date"][k] for k in ("year", "month", "day")} == {"year": 2024, "month": 3, "day": 6}
    assert "end_date" not in day
    assert "day" not in month["start_date"] and month["start_date"]["month"] == 3
    assert month["end_date"] == {"year": 2024, "month": 3}
    assert "<img" not in month["text"]["text"] and "&lt;img" in month["text"]["text"]
    assert "javascript:" not in json.dumps(data)
    assert '<a href="https://sahl.example/news/7"' in day["text"]["text"]
    assert month["group"] == "&lt;i&gt;الراصد&lt;/i&gt;"  # TimelineJS writes group labels as HTML
    write_timelinejs(HOSTILE, tmp_path / "tl.json")
    assert json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))["events"]
