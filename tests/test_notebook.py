"""The quickstart notebook runs top to bottom (in a python3 kernel) and is stored without outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"


def test_notebook_is_stored_without_outputs() -> None:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert code
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)


@pytest.mark.parametrize("cwd", [ROOT / "notebooks", ROOT], ids=["from-notebooks", "from-root"])
def test_notebook_runs(cwd: Path) -> None:
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed")
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=300,
                                     resources={"metadata": {"path": str(cwd)}})
    client.execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o for o in outputs if o.output_type in ("display_data", "execute_result")]
    figures = [o for o in shown if o.data.get("text/plain", "").startswith("Timeline(")]
    assert len(figures) == 1, "the Timeline object did not show itself"
    assert "application/vnd.plotly.v1+json" in figures[0].data or "text/html" in figures[0].data
    assert not figures[0].data["text/plain"].startswith("Timeline(0 events")
