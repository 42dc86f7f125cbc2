"""What ``timeline build`` loads before its first batch: no progress bar machinery when none
is shown, and the bar itself when it is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline._cli_build import _Progress
from timeline.pipeline import Stage

ROWS = [
    {"id": "a1", "published": "2024-05-14T08:00", "text": "اندلع حريق في سوق التين مساء أمس."},
    {"id": "a2", "published": "2024-05-14T11:00", "text": "أخمد الدفاع المدني صباح اليوم حريقاً في سوق التين."},
]


def test_a_quiet_build_never_imports_the_progress_bar(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", encoding="utf-8")
    probe = ("import sys; from timeline.cli import main; "
             f"status = main(['build', {str(source)!r}, '-q', '-j', '1', '-o', {str(tmp_path / 'x.html')!r}]); "
             "print(status, 'tqdm' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"]
    assert (tmp_path / "x.html").stat().st_size > 0


def test_a_shown_bar_counts_rows_then_the_later_steps(capsys: pytest.CaptureFixture[str]) -> None:
    bar = _Progress(True, 2)
    bar.update(1)
    bar.update(1)
    assert bar.bar.n == 2
    bar.stage(Stage("merging", 10, 3.0))
    bar.note("writing x.html")
    bar.close()
    assert "timeline build: writing x.html" in capsys.readouterr().err


def test_a_hidden_bar_does_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    bar = _Progress(False, None)
    bar.update(5)
    bar.stage(Stage("merging", 10, 3.0))
    bar.note("writing x.html")
    bar.close()
    assert bar.bar is None and capsys.readouterr().err == ""
