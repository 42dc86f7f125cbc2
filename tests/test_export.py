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
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    columns = list(EVENT_SCHEMA)
    at = columns.index("end") + 1
    assert list(rows[0]) == [*columns[:at], "start_date", "last_day", "date_label", *columns[at:]]
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


# --- exports for people: TimelineJS headed by the happening, a CSV Excel reads ---------------

DATED = events_frame([
    event("jisr", "2025-11-19", "2025-11-20", "day", "2025-11-19",
          "وفي يوم الأربعاء افتتحت البلدية جسر الوادي الجديد",
          expr="يوم الأربعاء", clause_start=0, expr_start=4, sentence="وفي يوم الأربعاء افتتحت البلدية "
          "جسر الوادي الجديد، بحسب بيان رسمي.", title="افتتاح الجسر", source="صدى الوادي"),
    event("qamh", "2025-10-01", "2025-11-01", "month", "2025-10",
          "وبدأ موسم حصاد القمح في تشرين الأول", expr="في تشرين الأول", clause_start=0, expr_start=20,
          title="الحصاد", source="=HYPERLINK(\"http://x\")"),
    event("mahrajan", "2025-01-01", "2026-01-01", "year", "2025",
          "أقيم مهرجان الزيتون السنوي عام 2025", expr="عام 2025", clause_start=0, expr_start=27,
          title="مهرجان", source="+نشرة"),
])


def test_csv_has_a_bom_and_arabic_survives_an_excel_style_read(tmp_path: Path) -> None:
    write_events(DATED, tmp_path / "e.csv")
    raw = (tmp_path / "e.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        rows = {r["event_id"]: r for r in csv.DictReader(f)}
    assert "event_id" in next(iter(rows.values()))  # the BOM does not stick to the first header
    assert rows["jisr"]["clause"] == "وفي يوم الأربعاء افتتحت البلدية جسر الوادي الجديد"
    assert rows["jisr"]["source"] == "صدى الوادي"


def test_csv_last_day_is_inclusive_beside_the_exclusive_end(tmp_path: Path) -> None:
    write_events(DATED, tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        rows = {r["event_id"]: r for r in reader}
    assert header[header.index("end") + 1: header.index("end") + 4] == ["start_date", "last_day", "date_label"]
    dates = {k: (r["start_date"], r["last_day"]) for k, r in rows.items()}
    assert dates == {"jisr": ("2025-11-19", "2025-11-19"), "qamh": ("2025-10-01", "2025-10-31"),
                     "mahrajan": ("2025-01-01", "2025-12-31")}
    assert rows["qamh"]["end"].startswith("2025-11-01")  # end stays exclusive
    assert "2025" in rows["mahrajan"]["date_label"] and "19" in rows["jisr"]["date_label"]
    assert rows["jisr"]["date_label"].startswith("الأربعاء")


def test_csv_still_neutralises_formula_cells(tmp_path: Path) -> None:
    write_events(DATED, tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        sources = {r["event_id"]: r["source"] for r in csv.DictReader(f)}
    assert sources["qamh"] == "'=HYPERLINK(\"http://x\")" and sources["mahrajan"] == "'+نشرة"


def test_timelinejs_slide_is_headed_by_the_happening_not_the_time_phrase() -> None:
    slides = {s["unique_id"]: s for s in timelinejs(DATED)["events"]}
    heads = {s["text"]["headline"] for s in slides.values()}
    assert "افتتحت البلدية جسر الوادي…" in heads  # «وفي يوم الأربعاء» gone, cut at a word
    assert any(h.startswith("بدأ موسم حصاد القمح") for h in heads)
    assert any(h.startswith("أقيم مهرجان الزيتون") for h in heads)
    for head in heads:
        assert not any(t in head for t in ("الأربعاء", "تشرين", "2025"))
    jisr = next(s for s in slides.values() if "جسر" in s["text"]["headline"])
    assert "بحسب بيان رسمي" in jisr["text"]["text"]  # the whole sentence, with its sources
    assert "صدى الوادي" in jisr["text"]["text"]


def test_headline_falls_back_to_the_title_when_only_the_date_is_left() -> None:
    bare = events_frame([event("bare", "2025-11-19", "2025-11-20", "day", "2025-11-19", "يوم الأربعاء",
                               expr="يوم الأربعاء", title="افتتاح الجسر")])
    assert timelinejs(bare)["events"][0]["text"]["headline"] == "افتتاح الجسر"


def test_timelinejs_page_is_ready_rtl_and_inert(tmp_path: Path) -> None:
    write_timelinejs(HOSTILE, tmp_path / "tl.html", title="قوافل <b>")
    page = (tmp_path / "tl.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="ar" dir="rtl">' in page
    assert "cdn.knightlab.com/libs/timeline3" in page and "TL.Timeline" in page
    assert "<title>قوافل &lt;b&gt;</title>" in page
    block = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S)
    assert block is not None and "<" not in block.group(1)  # no user text can end the script
    assert len(json.loads(block.group(1))["events"]) == 2

