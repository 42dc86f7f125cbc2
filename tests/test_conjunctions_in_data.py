"""The conjunctions و/ف and the other proclitics are read from the language data (wording.yaml
``clitics``, :func:`timeline.lexicon.clitic_prefixes`), never written in code: the helpers that
strip or match them, and a check of every module's strings (Arabic written for these tests)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import timeline
from timeline.lexicon import Clitics, clitic_prefixes, unjoined
from timeline.normalize import fold

PACKAGE = Path(timeline.__file__).parent
CLITIC_LETTERS = set("".join(clitic_prefixes().conjunctions + clitic_prefixes().prepositions))
CONJUNCTIONS = set(clitic_prefixes().conjunctions)
# a character class holding both conjunctions: [وف]، [وفبل]، [وبفل]
_BOTH_IN_A_CLASS = re.compile(r"\[[^\]]*(?:و[^\]]*ف|ف[^\]]*و)[^\]]*\]")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring constants of a module, its classes and functions."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _hand_written(source: str, name: str) -> list[str]:
    """What the module ``source`` writes of the clitics by hand: a regular expression class of both
    conjunctions, a string of clitic letters only holding both ("وف", "ولبف"), or a display of
    one-letter strings holding both (``("", "و", "ف")``). Docstrings may show them."""
    tree = ast.parse(source)
    skip, found = _docstrings(tree), []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = node.value
            if _BOTH_IN_A_CLASS.search(text) or (len(text) > 1 and set(text) <= CLITIC_LETTERS
                                                  and CONJUNCTIONS <= set(text)):
                found.append(f"{name}:{node.lineno}: {text!r}")
        elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(items) == len(node.elts) and all(len(s) <= 1 for s in items) and CONJUNCTIONS <= set(items):
                found.append(f"{name}:{node.lineno}: {items!r}")
    return found


def test_no_module_writes_the_conjunctions_by_hand() -> None:
    found = [hit for path in sorted(PACKAGE.rglob("*.py"))
             for hit in _hand_written(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))]
    assert not found, "clitics written by hand (use timeline.lexicon.clitic_prefixes):\n" + "\n".join(found)


def test_the_check_finds_what_it_looks_for() -> None:
    source = ('A = r"(?<!\\w)[وف]?(?:قبل)"\nB = "وف"\nC = ("", "و", "ف")\nD = "ولبف"\n'
              'E = ("في", "و", "ف", "من")\nF = r"[بلك]?"\n'
              'def f():\n    """A docstring may show [وف]."""\n    return "وفي"\n')
    assert [hit.split(":")[1] for hit in _hand_written(source, "sample")] == ["1", "2", "3", "4"]


def test_one_conjunction_comes_off() -> None:
    assert unjoined(fold("وكتب")) == fold("كتب")
    assert unjoined(fold("فسافر")) == fold("سافر")
    assert unjoined(fold("وقف")) == fold("وقف")  # three letters: the word's own و
    assert unjoined(fold("بكتاب")) == fold("بكتاب")  # a preposition stays
    assert unjoined(fold("لرحلة"), "لب") == fold("رحلة")  # other letters when given
    clitics = clitic_prefixes()
    assert clitics.unjoined(fold("وسيعود"), least=5) == fold("سيعود")
    assert clitics.unjoined(fold("وعاد"), least=5) == fold("وعاد")
    assert clitics.unjoined(fold("فهو"), least=3) == fold("هو")


def test_a_word_is_read_after_a_conjunction() -> None:
    clitics, words = clitic_prefixes(), {fold("لكن"), fold("ثم")}
    assert clitics.reads(fold("ولكن"), words) and clitics.reads(fold("فثم"), words)
    assert clitics.reads(fold("ثم"), words)
    assert not clitics.reads(fold("بلكن"), words)  # ب is no conjunction
    assert not clitics.reads(fold("وثم"), words, least=4)  # too short to split at 4


def test_the_patterns_follow_the_data() -> None:
    clitics = clitic_prefixes()
    assert clitics.joined == "وف"
    assert clitics.conjunction == "[وف]" and clitics.preposition == "[بلك]" and clitics.letter == "[وفبلك]"
    assert clitics.conjunction_or("بل") == "[وفبل]"
    assert re.fullmatch(clitics.loose, fold("وبال")) and re.fullmatch(clitics.loose, fold("فلل"))
    # another language's data: one conjunction, two prepositions
    other = Clitics(("و",), ("ب", "ل"), "ال", "لل")
    assert other.joined == "و" and other.conjunction == "[و]" and other.letter == "[وبل]"
    assert other.unjoined(fold("فسافر")) == fold("فسافر")
    assert not other.reads(fold("فثم"), {fold("ثم")})


@pytest.mark.parametrize("text", ["وقال المتحدث أمس إن الوفد وصل", "فقال المتحدث أمس إن الوفد وصل"])
def test_a_tag_after_either_conjunction(text: str) -> None:
    tags = timeline.tag(text, "2022-01-25")
    assert [(t.text, t.value) for t in tags] == [("أمس", "2022-01-24")]
