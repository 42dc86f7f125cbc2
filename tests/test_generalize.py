"""How the tagger generalizes: new wordings of known phenomena (tests/data/generalize.yaml).

The set was written before the fixes it measured, so its recall is a floor to keep, not a
score to tune to; `python tests/test_generalize.py` prints every miss.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline import tag
from timeline._yaml import load_yaml

DATA = Path(__file__).resolve().parent / "data" / "generalize.yaml"
RECALL_FLOOR = 0.95  # value recall of the expanded set (a case's value found on its span)
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_MARKED = re.compile(r"\[(?P<span>[^\]]+)\]")


@dataclass(frozen=True)
class Case:
    """One sentence, the expected expression's offsets and its TIMEX3 value."""

    text: str
    start: int
    end: int
    value: str


def _data() -> dict:
    return load_yaml(DATA.read_text(encoding="utf-8"))


def _published() -> dt.datetime:
    return dt.datetime.fromisoformat(str(_data()["published"]))


def cases() -> Iterator[Case]:
    """Every case in every frame of its kind, and in Arabic-Indic digits when asked."""
    data = _data()
    for case in data["cases"] + data.get("more_cases", []):
        if case["value"] is None:
            continue  # written without a value the project can check: a vague or event-bound time
        wordings = [case["e"]]
        if case.get("digits"):
            wordings.append(case["e"].translate(_INDIC))
        for wording in wordings:
            for frame in data["frames"][case["frames"]]:
                head, tail = frame.split("{e}")
                marked = _MARKED.search(wording)
                assert marked, wording
                plain = _MARKED.sub(lambda m: m["span"], wording)
                start = len(head) + marked.start()
                end = start + len(marked["span"])
                yield Case(head + plain + tail, start, end, str(case["value"]))


def judge(case: Case, published: dt.datetime) -> tuple[bool, bool, list[tuple[str, str]]]:
    """(value right on an overlapping span, span exact too, what the tagger found)."""
    found = tag(case.text, published)
    near = [t for t in found if t.start < case.end and case.start < t.end]
    right = [t for t in near if t.value == case.value]
    exact = any(t.start == case.start and t.end == case.end for t in right)
    return bool(right), exact, [(t.text, t.value) for t in found]


def test_the_set_is_well_formed() -> None:
    expanded = list(cases())
    assert len(expanded) >= 300
    for case in expanded:
        assert 0 <= case.start < case.end <= len(case.text)


def test_value_recall_stays_above_its_floor() -> None:
    published = _published()
    results = [judge(case, published)[0] for case in cases()]
    recall = sum(results) / len(results)
    assert recall >= RECALL_FLOOR, f"value recall {recall:.3f} < {RECALL_FLOOR}"


@pytest.mark.parametrize("text", _data()["negatives"])
def test_words_that_are_times_elsewhere_are_not_tagged_here(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, _published())] == []


if __name__ == "__main__":
    published = _published()
    total = right_n = exact_n = 0
    for case in cases():
        right, exact, found = judge(case, published)
        total += 1
        right_n += right
        exact_n += exact
        if not right:
            print(f"MISS {case.text[case.start:case.end]!r} want {case.value} | got {found}\n     {case.text}")
    print(f"{total} cases: value recall {right_n / total:.3f}, value and exact span {exact_n / total:.3f}")
    for text in _data()["negatives"]:
        found = [(t.text, t.value) for t in tag(text, published)]
        if found:
            print(f"FALSE {found} in {text}")
