"""The built page in a real headless browser (Debian's chromium driven by Playwright): real
typing, clicks and wheel turns, the network blocked, no console errors.

Set ``TIMELINE_SAVE_SCREENSHOT=1`` to copy the example page's screenshot to ``docs/timeline.png``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)

# CI sets TIMELINE_REQUIRE_BROWSER=1: there a missing chromium fails the run instead of skipping it.
if CHROMIUM is None and os.environ.get("TIMELINE_REQUIRE_BROWSER") == "1":
    raise RuntimeError("TIMELINE_REQUIRE_BROWSER=1 but Debian's chromium is not installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
playwright_api = pytest.importorskip("playwright.sync_api")

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def build(articles: Path, out: Path, *extra: str) -> Path:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "build", str(articles), "-o", str(out / "timeline.html"),
         "--events", str(out / "events.parquet"), "--quiet", *extra],
        capture_output=True, text=True, cwd=ROOT, timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return out / "timeline.html"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(EXAMPLES / "articles.jsonl", tmp_path_factory.mktemp("example"),
                 "--outlet-names", str(EXAMPLES / "outlets.yaml"))


class Opened:
    """A page opened offline, with everything it logged."""

    def __init__(self, browser: Any, path: Path, width: int = 1400, height: int = 900) -> None:
        self.problems: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.page.on("console", lambda m: self.problems.append(f"{m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready='1']", timeout=60_000)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def settle(self) -> None:
        """Wait for the debounced redraw after an input to be drawn."""
        self.page.wait_for_timeout(50)
        self.page.wait_for_function("window.timeline.idle()", timeout=30_000)

    def visible_marks(self) -> int:
        return int(self.js("document.getElementById('timeline-plot').dataset.visible"))

    def table_rows(self) -> int:
        return int(self.js("document.body.dataset.tableRows"))

    def row_texts(self) -> list[str]:
        return self.page.locator("#tl-rows tr").all_inner_texts()  # type: ignore[no-any-return]


def fold(text: str) -> str:
    from timeline.normalize import fold as fold_letters

    return fold_letters(text).replace("ؤ", "و").replace("ئ", "ي")


def test_example_page_loads_offline_with_every_entry_and_no_errors(browser: Any, example: Path, tmp_path: Path) -> None:
    events = pl.read_parquet(example.with_name("events.parquet"))
    opened = Opened(browser, example)
    page = opened.page
    assert opened.js("[document.documentElement.dir, document.documentElement.lang]") == ["rtl", "ar"]
    ticks = " ".join(page.locator(".xtick text").all_text_contents())  # months in Arabic on the axis
    assert any(month in ticks for month in ("كانون", "شباط", "يناير", "فبراير"))
    data = opened.js("window.timeline.data().events.id")
    assert sorted(data) == sorted(events["event_id"].to_list())
    # every entry is in the table once the window covers everything
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    assert opened.table_rows() == events["cluster"].n_unique()
    assert opened.js("document.getElementById('timeline-plot').dataset.mode") == "detail"
    # outlet display names, not slugs; Arabic months on the axis; labels drawn
    legend = page.locator("#tl-legend").inner_text()
    assert "المرصاد" in legend and "al-mirsad" not in legend
    labels = [t for t in page.locator(".scatterlayer .textpoint").all_text_contents() if t.strip()]
    assert labels, "no mark carries a label"
    assert opened.problems == [] and opened.blocked == [] and opened.dialogs == []
    shot = tmp_path / "timeline.png"
    page.screenshot(path=str(shot))
    if os.environ.get("TIMELINE_SAVE_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / "timeline.png")
    page.close()


def test_dates_told_from_an_undated_happening_are_listed_under_the_table(browser: Any, example: Path) -> None:
    opened = Opened(browser, example)
    page = opened.page
    box = page.locator("#tl-undated")
    assert box.is_visible() and "(2)" in page.locator("#tl-undated-title").inner_text()
    page.locator("#tl-undated-title").click()  # a closed <details> opens on a click
    items = page.locator("#tl-undated-rows li").all_inner_texts()
    assert len(items) == 2 and all("محسوب من" in item for item in items)
    assert any("«بعد أكثر من أسبوعين على الفيضان»" in item and "فيضان" in item and "المرصاد" in item
               for item in items)
    assert opened.problems == [] and opened.blocked == []
    page.close()


def test_typing_a_folded_term_filters_plot_and_table(browser: Any, example: Path) -> None:
    opened = Opened(browser, example)
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    marks, rows = opened.visible_marks(), opened.table_rows()
    folded = opened.js("window.timeline.fold('أإآٱ ةىؤئ مُحَمَّد ـ ١٤٤٣ ۲۰')")
    assert folded == "اااا هيوي محمد 1443 20"
    # «الأمطار» in the articles; typed without hamza and with a tatweel
    page.locator("#tl-search").click()
    page.keyboard.type("الامـطار")
    opened.settle()
    assert 0 < opened.visible_marks() < marks
    assert 0 < opened.table_rows() < rows
    texts = opened.row_texts()
    assert texts and all("امطار" in fold(t) for t in texts)
    # ta marbuta typed as ha (titles and places are searched too): «مدينة» → «مدينه»
    page.locator("#tl-search").fill("")
    page.keyboard.type("مدينه")
    opened.settle()
    assert 0 < opened.table_rows() < rows
    assert opened.problems == []
    page.close()


def test_filters_by_outlet_and_grain_follow_into_the_table(browser: Any, example: Path) -> None:
    opened = Opened(browser, example)
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    marks, rows = opened.visible_marks(), opened.table_rows()
    page.locator("#tl-legend button", has_text="المرصاد").click()  # hide one outlet
    opened.settle()
    assert opened.visible_marks() < marks and opened.table_rows() < rows
    assert all(t.strip() != "المرصاد" for t in page.locator("#tl-rows td.sources").all_inner_texts())
    page.locator("#tl-legend button", has_text="المرصاد").click()
    page.locator("#tl-grain").select_option("month")
    opened.settle()
    grains = page.locator("#tl-rows td.grain").all_inner_texts()
    # a row shows its entry's date: an entry joining a month report and a day report (a
    # strike "late January" and its fourth day) is listed with its day, for its month report
    entries = page.locator("#tl-rows tr").evaluate_all("(trs) => trs.map((t) => Number(t.dataset.entry))")
    holds_month = opened.js("""(rows) => { const D = window.timeline.data(), E = D.events;
        const lo = D.grains.indexOf("month"), hi = D.grains.indexOf("year");
        return rows.map((en) => E.en.some((e, j) => e === en && E.g[j] >= lo && E.g[j] < hi)); }""", entries)
    assert grains and len(grains) == len(entries) and all(holds_month)
    assert any(g.split(" (")[0] in ("شهر", "فصل", "ربع سنة") for g in grains)
    page.locator("#tl-grain").select_option("")
    if page.locator("#tl-story").is_visible():  # stories, when the merge made some
        page.locator("#tl-story").select_option(index=1)
        opened.settle()
        assert 0 < opened.table_rows() < rows
        page.locator("#tl-story").select_option("-1")
    page.locator("#tl-place").select_option(index=1)
    opened.settle()
    assert 0 < opened.table_rows() < rows
    page.locator("#tl-place").select_option("-1")
    page.locator("#tl-outlet").select_option(label=page.locator("#tl-outlet option").nth(1).inner_text())
    opened.settle()
    assert 0 < opened.table_rows() < rows
    assert opened.problems == []
    page.close()


def test_the_table_follows_the_visible_window(browser: Any, example: Path) -> None:
    opened = Opened(browser, example)
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    everything = opened.table_rows()
    page.get_by_role("button", name="أسبوع").click()
    opened.settle()
    window = opened.js("[window.timeline.state().x0, window.timeline.state().x1]")
    assert 0 < opened.table_rows() < everything  # never an empty week
    assert window[1] - window[0] <= 8 * 86_400_000
    # a click on the density strip moves the window there, keeping its width
    page.locator("#tl-strip").click(position={"x": 5, "y": 10})
    opened.settle()
    moved = opened.js("[window.timeline.state().x0, window.timeline.state().x1]")
    assert moved[0] < window[0] and abs((moved[1] - moved[0]) - (window[1] - window[0])) < 1000
    page.close()


def test_clicking_a_mark_pins_its_card_and_highlights_its_row(browser: Any, example: Path) -> None:
    opened = Opened(browser, example)
    page = opened.page
    point = page.locator(".scatterlayer .trace .points path.point").first
    box = point.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=5_000)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    card = page.locator("#tl-card")
    card.wait_for(state="visible", timeout=5_000)
    assert card.locator(".sentence mark").count() == 1  # the expression highlighted in its sentence
    assert card.locator("a[href^='https://']").count() >= 1  # every source linked
    assert "هـ" in card.locator(".when").inner_text() + card.inner_text()
    assert "TIMEX3" in card.locator(".details").inner_text()
    pinned = page.locator("#tl-rows tr.pinned")
    assert pinned.count() == 1
    expr = card.locator(".sentence mark").inner_text()
    assert expr in pinned.inner_text()
    # and a table row pins its card too
    page.locator("#tl-rows tr").nth(2).click()
    assert page.locator("#tl-rows tr.pinned").count() == 1
    assert opened.problems == []
    page.close()


def test_phone_width_has_no_sideways_overflow(browser: Any, example: Path) -> None:
    opened = Opened(browser, example, width=390, height=844)
    page = opened.page
    assert opened.js("document.documentElement.scrollWidth") <= 390
    plot_width = opened.js("document.getElementById('timeline-plot').getBoundingClientRect().width")
    assert plot_width >= 340  # the plot takes the full width
    legend_top = opened.js("document.getElementById('tl-legend').getBoundingClientRect().top")
    plot_bottom = opened.js("document.getElementById('timeline-plot').getBoundingClientRect().bottom")
    assert legend_top >= plot_bottom - 1  # the legend sits below the plot
    page.locator(".scatterlayer .trace .points path.point").first.click(force=True)
    opened.settle()
    assert opened.js("document.documentElement.scrollWidth") <= 390
    assert opened.problems == []
    page.close()


def test_wheel_scrolls_the_page_and_zooms_only_with_ctrl(browser: Any, example: Path) -> None:
    opened = Opened(browser, example, width=1200, height=700)
    page = opened.page
    window = opened.js("[window.timeline.state().x0, window.timeline.state().x1]")
    box = page.locator("#timeline-plot .nsewdrag").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 300)
    opened.settle()
    assert opened.js("window.scrollY") > 0
    assert opened.js("[window.timeline.state().x0, window.timeline.state().x1]") == window
    page.evaluate("window.scrollTo(0, 0)")
    box = page.locator("#timeline-plot .nsewdrag").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -300)
    page.keyboard.up("Control")
    opened.settle()
    zoomed = opened.js("[window.timeline.state().x0, window.timeline.state().x1]")
    assert zoomed[1] - zoomed[0] < window[1] - window[0]
    assert opened.problems == []
    page.close()


def test_hostile_articles_stay_inert(browser: Any, tmp_path: Path) -> None:
    page_path = build(EXAMPLES / "hostile_articles.jsonl", tmp_path)
    raw = page_path.read_text(encoding="utf-8")
    for payload in ("<script>alert(1)", "<img src=x", "onerror=\"alert", "javascript:alert(3)", 'href="javascript'):
        assert payload not in raw
    events = pl.read_parquet(tmp_path / "events.parquet")
    opened = Opened(browser, page_path)
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    for n in range(page.locator("#tl-rows tr").count()):
        page.locator("#tl-rows tr").nth(n).click()
    assert opened.dialogs == [] and opened.problems == []
    assert opened.js("document.querySelectorAll('img').length") == 0
    links = opened.js("Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
    assert all(link.startswith(("http://", "https://")) for link in links)
    assert sorted(opened.js("window.timeline.data().events.id")) == sorted(events["event_id"].to_list())
    if (events["article_id"] == "hostile-002").any():
        assert "<img src=x onerror=" in page.locator("#tl-rows").inner_text()
    page.close()


def test_five_thousand_events_open_as_an_overview_and_zoom_into_marks(browser: Any, tmp_path: Path) -> None:
    from timeline.frame import events_frame
    from timeline.result import Timeline

    rng = random.Random(5)
    letters = "بتثجحخدذرزسشصضطظعغفقكلمن"
    rows = []
    for i in range(5000):
        start = dt.datetime(2022, 1, 1) + dt.timedelta(hours=rng.randint(0, 24 * 700))
        grain, days = rng.choice([("day", 1)] * 5 + [("week", 7), ("month", 30)])
        clause = " ".join("".join(rng.choice(letters) for _ in range(5)) for _ in range(6))
        rows.append({"event_id": f"e{i}", "start": start, "end": start + dt.timedelta(days=days),
                     "grain": grain, "value": "x", "clause": clause, "sentence": clause, "clause_start": 0,
                     "clause_end": len(clause), "expr": "x", "expr_start": 0, "expr_end": 0,
                     "article_id": f"a{i}", "source": f"s{i % 6}", "published": start,
                     "inherited": False, "hijri_label": "x"})
    page_path = tmp_path / "timeline.html"
    Timeline.from_events(events_frame(rows), merge=False).to_html(page_path)
    opened = Opened(browser, page_path)
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    assert opened.js("document.getElementById('timeline-plot').dataset.mode") == "overview"
    assert len(set(opened.js("window.timeline.data().events.id"))) == 5000
    assert opened.table_rows() == 5000 and page.locator("#tl-rows tr").count() == 50  # paged
    page.get_by_role("button", name="أسبوع").click()
    opened.settle()
    assert opened.js("document.getElementById('timeline-plot').dataset.mode") == "detail"
    assert 0 < opened.visible_marks() < 200
    assert opened.problems == []
    page.close()


def test_each_kind_of_date_is_drawn_its_own_way(browser: Any, tmp_path: Path) -> None:
    from timeline.frame import events_frame
    from timeline.result import Timeline

    def ev(event_id: str, start: str, end: str, grain: str, value: str, clause: str, source: str = "نشرة السهل",
           **extra: Any) -> dict[str, Any]:
        return {"event_id": event_id, "start": dt.datetime.fromisoformat(start), "end": dt.datetime.fromisoformat(end),
                "grain": grain, "value": value, "clause": clause, "sentence": clause, "clause_start": 0,
                "clause_end": len(clause), "expr": "", "expr_start": 0, "expr_end": 0, "article_id": event_id,
                "source": source, "published": dt.datetime(2024, 3, 30), "inherited": False, **extra}

    rows = [
        ev("day", "2024-03-04", "2024-03-05", "day", "2024-03-04", "افتتح المجلس جسرا جديدا فوق الوادي"),
        ev("evening", "2024-03-06T18:00", "2024-03-07", "part_of_day", "2024-03-06TEV", "اندلع حريق في سوق الخضار القديم"),
        ev("hour", "2024-03-08T21:00", "2024-03-08T22:00", "hour", "2024-03-08T21", "سمع دوي انفجار في الحي الشرقي"),
        ev("month", "2024-03-01", "2024-04-01", "month", "2024-03", "بدأ موسم قطاف اللوز في القرى"),
        ev("approx", "2024-03-12", "2024-03-13", "day", "2024-03-12", "وصلت قافلة المساعدات إلى البلدة", mod="APPROX"),
        ev("since", "2024-03-14", "2024-03-15", "day", "2024-03-14", "يستمر إضراب عمال الميناء منذ أيام", mod="ON_OR_AFTER"),
        ev("year", "2011-01-01", "2012-01-01", "year", "2011", "أنشئت الجمعية الزراعية في المدينة"),
        ev("c1", "2024-03-18", "2024-03-19", "day", "2024-03-18", "انهار جدار المدرسة القديمة في حي التين"),
        ev("c2", "2024-03-19", "2024-03-20", "day", "2024-03-19", "انهار جدار المدرسة القديمة في حي التين",
           source="صدى الجبل"),
    ]
    page_path = tmp_path / "kinds.html"
    Timeline.from_events(events_frame(rows)).to_html(page_path)
    opened = Opened(browser, page_path)
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    traces = opened.js("""Array.from(document.getElementById('timeline-plot').data).map(t => ({
        name: t.name, symbols: t.marker && Array.isArray(t.marker.symbol) ? t.marker.symbol : [],
        lines: t.marker && t.marker.line && Array.isArray(t.marker.line.color) ? t.marker.line.color : [],
        pattern: t.marker && t.marker.pattern ? t.marker.pattern.shape : null, y: t.y}))""")
    by_name = {t["name"]: t for t in traces}
    points = by_name["points"]
    assert {"circle", "triangle-up", "hourglass", "circle-open"} <= set(points["symbols"])  # day, evening, hour, approx
    assert "#c00000" in points["lines"]  # the conflicting dates are outlined
    assert by_name["spans-hatch"]["pattern"] == "/"  # the month is hatched
    assert "open-bounds" in by_name  # «منذ»: an open arrow
    assert min(by_name["spans-hatch"]["y"]) < -0.5  # the year sits in the band of long periods
    page.locator("#tl-long").uncheck()
    opened.settle()
    names = opened.js("Array.from(document.getElementById('timeline-plot').data).map(t => t.name)")
    hatched = opened.js("(document.getElementById('timeline-plot').data.find(t => t.name === 'spans-hatch') || {y: []}).y")
    assert "points" in names and all(y > -0.5 for y in hatched)
    assert opened.problems == []
    page.close()


def test_mark_labels_are_the_happening_labels_python_gives_timelinejs(browser: Any, tmp_path: Path) -> None:
    from timeline.frame import events_frame
    from timeline.labels import happening_label
    from timeline.result import Timeline

    def ev(event_id: str, day: str, sentence: str, expr: str) -> dict[str, Any]:
        start = dt.datetime.fromisoformat(day)
        return {"event_id": event_id, "start": start, "end": start + dt.timedelta(days=1), "grain": "day",
                "value": day, "clause": sentence, "sentence": sentence, "clause_start": 0,
                "clause_end": len(sentence), "expr": expr, "expr_start": sentence.index(expr),
                "expr_end": sentence.index(expr) + len(expr), "article_id": event_id, "source": "نشرة السهل",
                "published": dt.datetime(2024, 5, 30), "inherited": False, "title": "عنوان"}

    rows = [
        ev("a", "2024-05-01", "وفي يوم الأربعاء وصلت قافلة الإغاثة", "يوم الأربعاء"),
        ev("b", "2024-05-12", "وأعلن المجلس يوم الأحد نتائج المسابقة", "يوم الأحد"),
        ev("c", "2024-05-24", "منذ يوم الجمعة يتواصل إضراب المعلمين", "يوم الجمعة"),
    ]
    page_path = tmp_path / "labels.html"
    Timeline.from_events(events_frame(rows)).to_html(page_path)
    opened = Opened(browser, page_path)
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    shown = set()
    for n in range(page.locator("#tl-rows tr").count()):  # a row pins its card, headed by the label
        page.locator("#tl-rows tr").nth(n).click()
        shown.add(page.locator("#tl-card h3").inner_text().strip())
    expected = {happening_label(r["clause"], r["expr"], expr_at=r["expr_start"]) for r in rows}
    assert expected == {"وصلت قافلة الإغاثة", "أعلن المجلس نتائج المسابقة", "يتواصل إضراب المعلمين"}
    assert shown == expected
    assert opened.problems == []
    page.close()


def test_a_corrected_entry_shows_its_marker(browser: Any, tmp_path: Path) -> None:
    corrections = tmp_path / "corrections.csv"
    corrections.write_text("event_id,action,note\nwadi-02#0-51,split,قرار إداري لا العاصفة\n", encoding="utf-8")
    page_path = build(EXAMPLES / "articles.csv", tmp_path, "--corrections", str(corrections))
    opened = Opened(browser, page_path)
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    rows = page.locator("#tl-rows tr")
    marked = [i for i, text in enumerate(opened.row_texts()) if "✎" in text]
    assert len(marked) == 1
    rows.nth(marked[0]).click()
    card = page.locator("#tl-card")
    card.wait_for(state="visible", timeout=5_000)
    assert card.locator("h3").inner_text().startswith("✎")
    assert "صُحّح يدوياً: قرار إداري لا العاصفة" in card.locator(".corrected").inner_text()
    assert "المدارس" in card.inner_text()
    labels = " ".join(page.locator(".scatterlayer .textpoint").all_text_contents())
    assert "✎" in labels
    assert opened.problems == [] and opened.blocked == []
    page.close()


def test_an_inherited_date_is_marked_on_the_card(browser: Any, tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({
        "id": "raid", "source": "الضفة", "published": "2024-06-12T09:00",
        "text": "اقتحمت قوات الأمن حي الزهور في مدينة الكرز فجر أمس. وقتلت القوات ثلاثة مسلحين بينهم قائد المجموعة.",
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    opened = Opened(browser, build(articles, tmp_path, "--inherit"))
    page = opened.page
    page.get_by_role("button", name="الكل").click()
    opened.settle()
    assert opened.table_rows() == 1  # the inherited clause is in the entry of the told one
    page.locator("#tl-rows tr").first.click()
    card = page.locator("#tl-card")
    card.wait_for(state="visible", timeout=5_000)
    assert "«وقتلت القوات ثلاثة مسلحين بينهم قائد المجموعة.» — تاريخ موروث من السياق" in card.inner_text()
    assert "(الثقة 0.5)" in card.inner_text()
    assert opened.problems == [] and opened.blocked == []
    page.close()
