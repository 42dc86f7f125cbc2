"""benchmarks/ab_trees.py: base and branch copies of a function switched in turns, the tagger left as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

from timeline import engine, tag

from script_helpers import load_script

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("قال المتحدث باسم الهيئة صباح اليوم الأربعاء إن التسجيل يُفتح في الأول من حزيران المقبل ويُغلق بعد عشرة "
        "أيام، وكانت الدورة السابقة قد انتهت مساء الجمعة 3 آذار 2022.")
PUBLISHED = dt.datetime(2023, 5, 17, 11, 0)


def _module() -> ModuleType:
    return load_script("benchmarks/ab_trees.py", "ab_trees")


def test_a_function_and_a_method_are_switched_and_put_back() -> None:
    ab = _module()
    before = tag(TEXT, PUBLISHED)
    join, find = engine._joined, engine.Grammar.find
    to_base, to_branch = ab.swaps(ROOT, ["timeline.engine:_joined", "timeline.engine:Grammar.find"])
    ab.use(to_base)  # this checkout as the "base": its own copy, loaded as a module of its own
    assert engine._joined is not join and engine._joined.__module__ == "_base_timeline_engine"
    assert engine.Grammar.find is not find
    assert tag(TEXT, PUBLISHED) == before
    times = ab.alternate([(TEXT, PUBLISHED)], to_base, to_branch, 2)
    assert len(times["base"]) == len(times["branch"]) == 2
    assert engine._joined is join and engine.Grammar.find is find
    assert tag(TEXT, PUBLISHED) == before
