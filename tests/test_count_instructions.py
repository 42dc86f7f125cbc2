"""benchmarks/count_instructions.py: what it runs under valgrind, and how it reads the count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

import timeline

from script_helpers import load_script



def _module() -> ModuleType:
    return load_script("benchmarks/count_instructions.py", "count_instructions")


def test_the_count_is_read_from_valgrind_summary() -> None:
    line = "==4242== I   refs:      3,947,120,318\n"
    assert int(_module()._REFS.search(line).group(1).replace(",", "")) == 3_947_120_318


@pytest.mark.parametrize("n", [0, 1])
def test_the_corpus_pass_tags_the_unseen_articles_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  n: int) -> None:
    texts = ["وصل الوفد أمس الاثنين", "يعقد المؤتمر في 3 آذار 2021", "انتهت الجولة الشهر الماضي"]
    path = tmp_path / "articles.parquet"
    pl.DataFrame({"text": texts, "published": [dt.datetime(2021, 2, 20)] * 3}).write_parquet(path)
    tagged: list[str] = []
    real = timeline.tag

    def counting(text: str, published: dt.datetime) -> list[timeline.Timex]:
        tagged.append(text)
        return real(text, published)

    monkeypatch.setattr(timeline, "tag", counting)
    _module()._child("corpus", n, str(path), 1, 2)
    assert tagged == texts[:1] + texts[1:] * n


def test_the_children_count_with_a_fixed_seed_and_patterns_of_their_own(tmp_path: Path) -> None:
    module = _module()
    args = module.argparse.Namespace(path=str(tmp_path / "checkout"))
    env = module._environment(args, str(tmp_path / "cache"))
    assert env["PYTHONHASHSEED"] == "0"
    assert env["XDG_CACHE_HOME"] == str(tmp_path / "cache")  # not the user's cache, which other checkouts evict
    assert env["PYTHONPATH"].split(module.os.pathsep)[0] == str(tmp_path / "checkout")
