"""benchmarks/replay_stages.py: it records each stage's calls and leaves the tagger as it found it."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

from timeline import _tense, engine, tag, tagger

from script_helpers import load_script

TEXT = ("أكدت البلدية مساء أمس الثلاثاء أن أعمال الصيانة ستبدأ مطلع الشهر المقبل وتستمر ثلاثة أسابيع، "
        "بعد أن توقفت في 12 آذار 2021 قرابة الساعة العاشرة صباحاً. وسيجتمع المجلس يوم الخميس المقبل.")
PUBLISHED = dt.datetime(2023, 5, 17, 9, 30)


def _module() -> ModuleType:
    return load_script("benchmarks/replay_stages.py", "replay_stages")


def test_each_stage_is_recorded_and_replayed() -> None:
    replay = _module()
    work = [(TEXT, PUBLISHED)]
    tag(TEXT, PUBLISHED)
    total, calls, seconds = replay.measure(work, 1)
    assert total > 0
    for name in ("normalized", "tries", "productions", "join_pair", "best", "future_at", "tense_at", "resolve"):
        assert calls[name] > 0, name
        assert seconds[name] >= 0, name
    assert calls["tries"] > calls["productions"]  # most tries match nothing


def test_the_tagger_is_left_as_it_was() -> None:
    before = tag(TEXT, PUBLISHED)
    saved = (engine._join_pair, engine._best, _tense.FutureAt.__call__, _tense.Tense.at, tagger.resolve)
    routes = dict(engine.load_grammar("ar").routes)
    _module().record([(TEXT, PUBLISHED)])
    assert (engine._join_pair, engine._best, _tense.FutureAt.__call__, _tense.Tense.at, tagger.resolve) == saved
    grammar = engine.load_grammar("ar")
    assert grammar.routes == routes
    assert all(type(pattern).__name__ == "Pattern" for route in grammar.routes.values() for _, pattern in route)
    assert all(not hasattr(rule.produce, "__wrapped__") and rule.produce.__name__ != "wrapper"
               for rule, _ in grammar.rules)
    assert tag(TEXT, PUBLISHED) == before
