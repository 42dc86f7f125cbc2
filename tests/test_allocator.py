"""Polars' allocator keeps freed pages for the run's next step (timeline._allocator)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from timeline._allocator import ALLOCATOR_OPTIONS, ALLOCATOR_VARIABLE, configure_allocator

ROOT = Path(__file__).resolve().parents[1]


def test_set_before_polars_loads() -> None:
    environ: dict[str, str] = {}
    assert configure_allocator(environ, loaded=set())
    assert environ == {ALLOCATOR_VARIABLE: ALLOCATOR_OPTIONS}


def test_left_alone_once_polars_is_loaded() -> None:
    environ: dict[str, str] = {}
    assert not configure_allocator(environ, loaded={"polars"})
    assert environ == {}


def test_the_users_setting_is_kept() -> None:
    environ = {ALLOCATOR_VARIABLE: "dirty_decay_ms:0"}
    assert not configure_allocator(environ, loaded=set())
    assert environ == {ALLOCATOR_VARIABLE: "dirty_decay_ms:0"}


def _allocator_seen(code: str, **extra: str) -> str:
    """The allocator's options as polars left them, in a fresh interpreter running ``code``."""
    environ = {k: v for k, v in os.environ.items() if k != ALLOCATOR_VARIABLE}
    environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), environ.get("PYTHONPATH", "")])
    environ.update(extra)
    done = subprocess.run([sys.executable, "-c", code + f"; import os; print(os.environ[{ALLOCATOR_VARIABLE!r}])"],
                          env=environ, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_importing_timeline_first_sets_it_after_polars_own_options() -> None:
    # jemalloc reads its options in order: the last of each name counts
    options = _allocator_seen("import timeline, polars")
    assert options.endswith("," + ALLOCATOR_OPTIONS)
    assert options.index("dirty_decay_ms:500") < options.index(ALLOCATOR_OPTIONS)


def test_polars_first_is_left_as_polars_sets_it() -> None:
    assert ALLOCATOR_OPTIONS not in _allocator_seen("import polars, timeline")


def test_a_users_variable_wins() -> None:
    assert _allocator_seen("import timeline, polars", **{ALLOCATOR_VARIABLE: "dirty_decay_ms:0"}).endswith(
        ",dirty_decay_ms:0")
