"""What a start reads from the user cache folder instead of making it: word regexes
(:func:`timeline.lexicon.trie_regex` with a cache folder: the same regex as written anew
whatever the folder holds; a damaged file only costs writing it) and the column names of
``lang/columns.yaml`` (PyYAML not imported while a build reads its first rows)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import lexicon
from timeline.lexicon import load_lexicon, trie_regex

WORDS = {"الخميس", "الخمسين", "خمسة", "خمس", "الأحد", "أحد عشر", "أحد-عشر", "لخميس"}
AFTER_LAM = frozenset({"لخميس"})
TEXT = "عاد الوفد للخميس المقبل بعد خمسة أيام، وفي الأحد عشر يوما الماضية الخمسين"


def _stored(folder: Path) -> list[Path]:
    return sorted(folder.glob("trie-*.marshal"))


def test_a_stored_regex_is_the_one_written_anew(tmp_path: Path) -> None:
    fresh = trie_regex(WORDS, AFTER_LAM, cache=None)
    assert trie_regex(WORDS, AFTER_LAM, cache=tmp_path) == fresh
    (stored,) = _stored(tmp_path)
    written = stored.stat().st_mtime_ns
    assert trie_regex(set(sorted(WORDS, reverse=True)), AFTER_LAM, cache=tmp_path) == fresh  # read, whatever the set's order
    assert stored.stat().st_mtime_ns == written and _stored(tmp_path) == [stored]
    matched = [m.group() for m in re.finditer(fresh, TEXT)]
    assert matched == [m.group() for m in re.finditer(trie_regex(WORDS, AFTER_LAM, cache=tmp_path), TEXT)]
    assert "خمسة" in matched and "الخمسين" in matched


def test_other_words_or_other_lam_forms_are_another_file(tmp_path: Path) -> None:
    trie_regex(WORDS, AFTER_LAM, cache=tmp_path)
    assert trie_regex(WORDS, frozenset(), cache=tmp_path) == trie_regex(WORDS, frozenset(), cache=None)
    assert trie_regex(WORDS - {"خمس"}, AFTER_LAM, cache=tmp_path) == trie_regex(WORDS - {"خمس"}, AFTER_LAM, cache=None)
    assert len(_stored(tmp_path)) == 3


def test_the_grammar_word_lists_read_the_same_from_the_folder(tmp_path: Path) -> None:
    lex = load_lexicon()
    for name in ("cardinals", "months", "units", "rel_days"):
        forms, lam = set(getattr(lex, name)), lex.after_lam.get(name, frozenset())
        fresh = trie_regex(forms, lam, cache=None)
        assert trie_regex(forms, lam, cache=tmp_path) == fresh  # written
        assert trie_regex(forms, lam, cache=tmp_path) == fresh  # read


@pytest.mark.parametrize("damage", ["empty", "cut", "bit", "not text"])
def test_a_damaged_file_is_written_again(tmp_path: Path, damage: str) -> None:
    fresh = trie_regex(WORDS, AFTER_LAM, cache=None)
    trie_regex(WORDS, AFTER_LAM, cache=tmp_path)
    (stored,) = _stored(tmp_path)
    data = stored.read_bytes()
    if damage == "empty":
        data = b""
    elif damage == "cut":
        data = data[:40]
    elif damage == "bit":  # the file still reads, its regex differs: the digest tells
        data = data[:-3] + bytes([data[-3] ^ 0x01]) + data[-2:]
    else:  # a whole, well-digested file that holds no regex
        import hashlib

        payload = marshal.dumps(["not", "a", "regex"])
        data = hashlib.sha256(payload).digest() + payload
    stored.write_bytes(data)
    assert trie_regex(WORDS, AFTER_LAM, cache=tmp_path) == fresh
    assert stored.read_bytes() != data  # written again, whole
    assert trie_regex(WORDS, AFTER_LAM, cache=tmp_path) == fresh


def test_another_code_is_another_file_and_only_the_newest_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "TRIE_KEEP", 3)
    for n in range(5):
        monkeypatch.setattr(lexicon, "source_stamp", lambda _file, n=n: bytes([n]) * 32)
        assert trie_regex(WORDS, AFTER_LAM, cache=tmp_path) == trie_regex(WORDS, AFTER_LAM, cache=None)
    assert len(_stored(tmp_path)) == 3
    monkeypatch.setattr(lexicon, "source_stamp", lambda _file: None)  # this module's code unreadable: no file
    assert trie_regex({"غدا"}, cache=tmp_path) == trie_regex({"غدا"}, cache=None)
    assert len(_stored(tmp_path)) == 3


def test_a_folder_that_cannot_be_written_is_left_alone(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file, not a folder")
    assert trie_regex(WORDS, AFTER_LAM, cache=blocked / "cache") == trie_regex(WORDS, AFTER_LAM, cache=None)
    assert blocked.read_text() == "a file, not a folder"


def test_the_column_names_read_from_the_cache_without_pyyaml(tmp_path: Path) -> None:
    from timeline import columns
    from timeline._yaml import load_cached_yaml, load_yaml

    text = (Path(columns.__file__).parent / "lang" / "columns.yaml").read_text(encoding="utf-8")
    assert load_cached_yaml(text, tmp_path) == load_yaml(text)  # parsed and stored
    assert load_cached_yaml(text, tmp_path) == load_yaml(text)  # read
    code = ("import sys; from timeline.columns import map_columns, _aliases; _aliases(); "
            "print('yaml' in sys.modules, _aliases()['النص'])")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    assert runs == ["True text\n", "False text\n"]  # parsed once, then read
