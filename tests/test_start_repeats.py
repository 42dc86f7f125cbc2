"""What the start pays again for the same work: a language file read by several loaders, a
word folding leaves as it is, the name of a list of patterns (Arabic written for this test)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from timeline import _programs, _yaml
from timeline.normalize import _DELETED_RE, DELETED_CHARS, _fold_chars, fold

TEXT = "كلمات:\n  - اجتماع\n  - {صيغة: زيارة, أخرى: [زياره, الزيارة]}\nأيام: 3\n"


def test_a_text_read_again_in_one_process_is_read_from_its_file_once(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _yaml._payload.cache_clear()
    first = _yaml._parsed(TEXT, tmp_path)
    assert first == _yaml.load_yaml(TEXT)
    [stored] = tmp_path.glob("yaml-*.marshal")
    reads: list[Path] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real(self))
    first["كلمات"].append("مؤتمر")  # a caller changing what it was given changes nothing read after it
    again = _yaml._parsed(TEXT, tmp_path)
    assert again == _yaml.load_yaml(TEXT) and again is not first and reads == []
    _yaml._payload.cache_clear()  # another process reads the file
    assert _yaml._parsed(TEXT, tmp_path) == again and reads == [stored]


def test_the_name_of_a_language_file_is_its_text_and_the_parser(tmp_path: Path) -> None:
    _yaml._payload.cache_clear()
    for text, stamp in ((TEXT, "/a/yaml:1:2"), (TEXT + "# تعليق\n", "/a/yaml:1:2"), (TEXT, "/b/yaml:1:2"),
                        (TEXT, "/a/yaml:1:2")):
        assert _yaml.marshal.loads(_yaml._payload(text, tmp_path, stamp)) == _yaml.load_yaml(TEXT)
    assert len(list(tmp_path.glob("yaml-*.marshal"))) == 3  # another text, another parser: another file


@pytest.mark.parametrize("word", ["اجتماع", "الوزراء", "مفاوضات", "عقد", "2015", "طهران", "", " "])
def test_a_folded_word_is_its_own_fold(word: str) -> None:
    assert fold(word) is word
    assert fold(word) == _DELETED_RE.sub("", _fold_chars(word))


@pytest.mark.parametrize("word", ["أعلنت", "إيران", "آذار", "مستشفى", "زيارة", "عُقد", "الاجتماعـات", "٢٠١٥",
                                  "Reuters", "«قمة»", "4 ــ 7"])
def test_a_word_with_a_variant_or_a_mark_is_folded_as_before(word: str) -> None:
    assert fold(word) == _DELETED_RE.sub("", _fold_chars(word)) != word


def test_fold_equals_the_full_folding_on_mixed_short_texts() -> None:
    letters = list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي 0123456789-.,") + list("أإآٱىةیک،؛؟«»٠٩۰۹AZ\u00a0\u2009")
    letters += list(DELETED_CHARS)
    pick = random.Random(50)
    for _ in range(20000):
        text = "".join(pick.choice(letters) for _ in range(pick.randint(0, 14)))
        assert fold(text) == _DELETED_RE.sub("", _fold_chars(text)), text
    long = "وقال الوزير إن الاجتماع عقد أمس " * 20  # a long text: the full folding, as before
    assert fold(long) == _DELETED_RE.sub("", _fold_chars(long))


def test_pattern_lists_that_join_alike_are_told_apart(tmp_path: Path) -> None:
    one = _programs.compile_all(["ب\0ت"], tmp_path)
    two = _programs.compile_all(["ب", "ت"], tmp_path)
    assert [p.pattern for p in one] == ["ب\0ت"] and [p.pattern for p in two] == ["ب", "ت"]
    assert [p.pattern for p in _programs.compile_all(["ب", "ت"], tmp_path)] == ["ب", "ت"]
