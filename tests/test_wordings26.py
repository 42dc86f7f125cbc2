"""Recognizers-style wordings of clock times and other weak phenomena (tests/data/wordings26.yaml).

Each case is one sentence, its expected expression in [ ] and its TIMEX3 value (or another
reading ``a``). The set was written before the fixes it measured, so its recall is a floor to
keep, not a score to tune to; `python tests/test_wordings26.py` prints every miss.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from timeline import tag
from timeline._yaml import load_yaml

DATA = Path(__file__).resolve().parent / "data" / "wordings26.yaml"
RECALL_FLOOR = 0.93  # first batch 0.921 before the fixes of its session; all batches 0.96 after
_MARKED = re.compile(r"\[(?P<span>[^\]]+)\]")


def _data() -> dict:
    return load_yaml(DATA.read_text(encoding="utf-8"))


def _published() -> dt.datetime:
    return dt.datetime.fromisoformat(str(_data()["published"]))


def cases() -> list[tuple[str, int, int, set[str]]]:
    """(sentence, start, end, accepted values) of every case with a value."""
    out = []
    data = _data()
    for case in data["cases"] + data.get("more_cases", []):
        if case["v"] is None:
            continue
        marked = _MARKED.search(case["s"])
        assert marked, case["s"]
        text = _MARKED.sub(lambda m: m["span"], case["s"])
        values = {str(case["v"])} | ({str(case["a"])} if case.get("a") else set())
        out.append((text, marked.start(), marked.start() + len(marked["span"]), values))
    return out


def judge(text: str, start: int, end: int, values: set[str], published: dt.datetime) -> bool:
    """Whether a timex overlapping ``start:end`` has one of ``values``."""
    return any(t.start < end and start < t.end and t.value in values for t in tag(text, published))


def test_the_set_is_well_formed() -> None:
    expanded = cases()
    assert len(expanded) >= 180
    for text, start, end, _ in expanded:
        assert 0 <= start < end <= len(text)


def test_value_recall_stays_above_its_floor() -> None:
    published = _published()
    results = [judge(*case, published) for case in cases()]
    recall = sum(results) / len(results)
    assert recall >= RECALL_FLOOR, f"value recall {recall:.3f} < {RECALL_FLOOR}"


@pytest.mark.parametrize("text", _data()["negatives"])
def test_words_that_are_times_elsewhere_are_not_tagged_here(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, _published())] == []


if __name__ == "__main__":
    published = _published()
    right = 0
    for text, start, end, values in cases():
        if judge(text, start, end, values, published):
            right += 1
        else:
            print(f"MISS {text[start:end]!r} want {values} | {[(t.text, t.value) for t in tag(text, published)]}")
    print(f"value recall {right}/{len(cases())} = {right / len(cases()):.3f}")
