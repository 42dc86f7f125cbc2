"""The fixed costs of a build's one-core tail (merge, stories, dating from entries, page).

The build process loads, while the workers extract, every word list and pattern that tail
would otherwise build on first use (:func:`timeline.pipeline._load_word_lists`): checked in a
fresh process, as a build runs, after the loading, merging and drawing events fill no loader's
cache (Arabic written for this test). The command line, run as the program, freezes what it
holds when extraction ends (:func:`timeline._cli_build._freezing`), and only then."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
from pathlib import Path

import polars as pl

from timeline import cli
from timeline._cli_build import _freezing
from timeline.pipeline import Stage, build_timeline

TEXTS = [
    "قتل ثلاثة أشخاص أمس الأحد إثر انفجار عبوة ناسفة في سوق مدينة حلب، وقال مسؤول إن الشرطة اعتقلت مشتبها به.",
    "أعلنت وزارة الداخلية السورية الاثنين أن انفجارا في سوق حلب أمس أودى بحياة ثلاثة أشخاص.",
    "وكان وزير الخارجية المصري قد التقى نظيره الأردني في عمان قبل يومين على انعقاد القمة.",
    "ومن المقرر أن يفتتح الرئيس الجسر الجديد في العاشر من أيلول المقبل، بعد ثلاثة أيام على عيد الأضحى.",
]

CHILD = textwrap.dedent("""
    import functools, inspect, io, sys
    import polars as pl
    from timeline.pipeline import _load_word_lists

    def loaders():
        found = {}
        for name, module in list(sys.modules.items()):
            if not name.startswith("timeline"):
                continue
            for attr, fn in list(vars(module).items()):
                info = getattr(fn, "cache_info", None)
                if info is None or getattr(fn, "__module__", None) != name or info().maxsize is not None:
                    continue
                params = inspect.signature(fn).parameters.values()
                if all(p.default is not p.empty or p.name == "code" for p in params):
                    found[f"{name}.{attr}"] = info().currsize
        return found

    _load_word_lists()
    from timeline.merge import timeline_entries
    from timeline.page import page_data, write_page
    from timeline.relink import merge_with_anchors

    before = loaders()
    merged = merge_with_anchors(pl.read_parquet(sys.argv[1]))
    write_page(page_data(merged, entries=timeline_entries(merged)), io.BytesIO())
    print(sorted(k for k, n in loaders().items() if n != before.get(k)))
""")


def test_the_tail_builds_no_word_list_after_the_loading(tmp_path: Path) -> None:
    events = build_timeline(pl.DataFrame([{"id": f"w-{k}", "published": "2024-08-12T08:00", "text": text}
                                          for k, text in enumerate(TEXTS)]), merge=False, jobs=1).events
    assert events.height >= 4
    events.write_parquet(tmp_path / "events.parquet")
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "events.parquet")], capture_output=True,
                          text=True, cwd=tmp_path, check=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_the_program_freezes_what_it_holds_when_extraction_ends() -> None:
    seen: list[Stage] = []
    step = Stage("merging and drawing 3 events", 3, None)
    gc.unfreeze()
    try:
        _freezing(seen.append)(step)
        assert seen == [step]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_build_called_from_python_freezes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    pl.DataFrame([{"id": "f-0", "published": "2024-08-12T08:00", "text": TEXTS[0]}]).write_ndjson(source)
    gc.unfreeze()
    status = cli.main(["build", str(source), "-q", "--jobs", "1", "-o", str(tmp_path / "page.html")])
    assert status == 0
    assert gc.get_freeze_count() == 0


def test_the_loading_calls_each_module_through_its_public_preload() -> None:
    from timeline import anchors, places, stories, tense, verbs, wording
    from timeline.pipeline import _merge_loaders

    modules = (wording, places, anchors, stories, verbs, tense)
    assert _merge_loaders() == tuple(module.preload for module in modules)
    for module in modules:
        assert "preload" in module.__all__
        module.preload()  # twice is once: each loader keeps what it built
        module.preload()
