"""The quickstart notebook: saved with its outputs (the figure with plotly.js inside, no CDN),
runs top to bottom in a python3 kernel from the repository root and from notebooks/, writes
its exports to notebooks/exports/, and its saved figure draws in a browser with the network
blocked (what an HTML export of the notebook shows)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"
EXPORTS = ROOT / "notebooks" / "exports"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def _outputs(cells: list[Any]) -> list[Any]:
    return [o for c in cells if c["cell_type"] == "code" for o in c["outputs"]]


def _html(output: Any) -> str:
    html = output.get("data", {}).get("text/html", "")
    return "".join(html) if isinstance(html, list) else html


def _figure(outputs: list[Any]) -> str:
    figures = [_html(o) for o in outputs if "Plotly.newPlot" in _html(o)]
    assert len(figures) == 1, "the figure is not in the outputs once"
    return figures[0]


def test_notebook_is_saved_with_its_outputs_and_an_offline_figure() -> None:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert code and all(c["execution_count"] for c in code) and sum(bool(c["outputs"]) for c in code) >= 5
    outputs = _outputs(cells)
    assert not [o for o in outputs if o["output_type"] == "error"]
    figure = _figure(outputs)
    assert "plotly.js v" in figure  # plotly.js itself, once
    assert sum("plotly.js v" in _html(o) for o in outputs) == 1
    assert not re.search(r"<script[^>]*\bsrc=", figure), "a script loaded from the network"
    text = "".join("".join(o.get("text", "")) for o in outputs)
    assert "corrections: 2 applied" in text and "notebooks/exports/timeline.html" in text
    assert NOTEBOOK.stat().st_size < 6_000_000
    # only the public API
    source = "\n".join("".join(c["source"]) for c in code)
    assert not re.search(r"from timeline\.|import timeline\.|timeline\._", source)


@pytest.mark.parametrize("cwd", [ROOT / "notebooks", ROOT], ids=["from-notebooks", "from-root"])
def test_notebook_runs_and_writes_its_exports(cwd: Path) -> None:
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed")
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed")
    shutil.rmtree(EXPORTS, ignore_errors=True)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=300,
                                     resources={"metadata": {"path": str(cwd)}})
    client.execute()
    outputs = _outputs(notebook.cells)
    assert not [o for o in outputs if o.output_type == "error"]
    _figure(outputs)
    assert any("Timeline(10 events, 9 entries" in "".join(o.get("text", "")) for o in outputs)
    for name in ("timeline.html", "events.csv", "timelinejs.json"):
        assert (EXPORTS / name).stat().st_size > 0, name
    assert "موعد اللجنة المعلن في بيانها" in (EXPORTS / "events.csv").read_text(encoding="utf-8-sig")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_saved_figure_draws_offline(tmp_path: Path) -> None:
    playwright_api = pytest.importorskip("playwright.sync_api")
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    page_path = tmp_path / "figure.html"
    page_path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
                         f"{_figure(_outputs(cells))}</body></html>", encoding="utf-8")
    blocked: list[str] = []
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else (blocked.append(route.request.url), route.abort()))
        page.goto(page_path.as_uri())
        page.wait_for_selector(".main-svg", timeout=30_000)
        assert page.locator(".scatterlayer .trace").count() >= 1
        browser.close()
    assert blocked == []
