"""benchmarks/build_stages.py: the build's steps it counts, in order, and the checkout's own modules only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType
from typing import Any

import polars as pl

import timeline

from script_helpers import load_script


def _module() -> ModuleType:
    return load_script("benchmarks/build_stages.py", "build_stages")


def _articles() -> pl.DataFrame:
    texts = ["افتتحت البلدية أمس الأحد حديقة جديدة في وسط المدينة بحضور عدد من السكان.",
             "أعلنت الوزارة اليوم الاثنين أن الحديقة الجديدة افتتحت أمس وسط المدينة."]
    return pl.DataFrame({"id": ["a", "b"], "text": texts, "source": ["one", "two"],
                         "published": [dt.datetime(2021, 3, 8, 9), dt.datetime(2021, 3, 8, 12)]})


def test_a_build_runs_its_steps_in_order_through_the_hook(tmp_path: Path) -> None:
    module = _module()
    seen: list[str] = []

    def call(step: str, function: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(step)
        return function(*args, **kwargs)

    articles, events, entries = module.build_steps(_articles(), call, tmp_path)
    assert seen == ["extract", "frame", "reprints", "from_events", "page"]
    assert articles == 2 and events >= 2 and 1 <= entries <= events
    assert (tmp_path / "page.html").stat().st_size > 0


def test_a_module_the_checkout_lacks_is_not_taken_from_the_installed_package(tmp_path: Path) -> None:
    module = _module()
    here = str(Path(timeline.__file__).resolve().parents[1])
    assert module.own_module("timeline.reprints", here) is not None
    assert module.own_module("timeline.reprints", str(tmp_path)) is None  # another checkout: not its module
    assert module.own_module("timeline.no_such_module", here) is None


def test_a_wrapped_function_goes_through_its_stage() -> None:
    module = _module()
    holder = ModuleType("holder")
    holder.double = lambda x: 2 * x  # type: ignore[attr-defined]
    calls: list[int] = []

    def stage(function: Any, *args: Any) -> Any:
        calls.append(args[0])
        return function(*args)

    assert module.wrap(holder, "double", stage)
    assert holder.double(21) == 42 and calls == [21]
    assert not module.wrap(holder, "missing", stage)
