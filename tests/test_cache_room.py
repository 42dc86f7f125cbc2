"""The start caches hold several checkouts' and environments' files at once: one account with
a few virtualenvs (each its own PyYAML) or a few grammar versions does not make every start
parse the language files or compile the grammar again."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from timeline import _programs, _yaml


def _language_files() -> list[str]:
    folder = resources.files("timeline.lang.ar")
    return sorted(p.read_text(encoding="utf-8") for p in folder.iterdir() if p.name.endswith(".yaml"))


def test_four_environments_keep_their_parsed_language_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _language_files()
    assert len(texts) >= 15
    for environment in range(4):  # another PyYAML (another virtualenv) is another key
        monkeypatch.setattr(_yaml, "_parser_stamp", lambda e=environment: f"/env{e}/yaml/__init__.py:1:2")
        for text in texts:
            _yaml._parsed(text, tmp_path)
    monkeypatch.setattr(_yaml, "_parser_stamp", lambda: "/env0/yaml/__init__.py:1:2")
    _yaml._payload.cache_clear()  # a new process: the files alone
    parsed: list[str] = []
    real = _yaml.load_yaml
    monkeypatch.setattr(_yaml, "load_yaml", lambda text: parsed.append(text) or real(text))
    for text in texts:
        _yaml._parsed(text, tmp_path)
    assert parsed == []  # the first environment's files are all still there


def test_four_grammar_versions_keep_their_programs() -> None:
    assert _programs.KEEP >= 7 * 4  # seven pattern lists per version: the grammar, the gazetteer, the happening
    # words, the day parts, two rules, the clock rules' look-behinds
