"""Recognizers-style wordings of our own, one file per round (tests/data/wordings*.yaml).

wordings26.yaml: clock times and other weak phenomena; wordings29.yaml: periods of dates and of a
day, holidays, sets, durations, dates with a weekday and ordinals in words. Each case is one
sentence, its expected expression in [ ] and its TIMEX3 value (``a``: another reading, or a list
of them). Each set was written before the fixes it measured, so its recall is a floor to keep
(``floor`` in the file), not a score to tune to; `python tests/test_wordings.py` prints every miss.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from timeline import tag
from timeline._yaml import load_yaml

FILES = sorted((Path(__file__).resolve().parent / "data").glob("wordings*.yaml"))
_MARKED = re.compile(r"\[(?P<span>[^\]]+)\]")


def _data(path: Path) -> dict:
    return load_yaml(path.read_text(encoding="utf-8"))


def _published(data: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(str(data["published"]))


def cases(data: dict) -> list[tuple[str, int, int, set[str]]]:
    """(sentence, start, end, accepted values) of every case with a value."""
    out = []
    for case in data["cases"] + data.get("more_cases", []):
        if case["v"] is None:
            continue
        marked = _MARKED.search(case["s"])
        assert marked, case["s"]
        text = _MARKED.sub(lambda m: m["span"], case["s"])
        other = case.get("a") or []
        values = {str(case["v"])} | {str(a) for a in (other if isinstance(other, list) else [other])}
        out.append((text, marked.start(), marked.start() + len(marked["span"]), values))
    return out


def judge(text: str, start: int, end: int, values: set[str], published: dt.datetime) -> bool:
    """Whether a timex overlapping ``start:end`` has one of ``values``."""
    return any(t.start < end and start < t.end and t.value in values for t in tag(text, published))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_the_set_is_well_formed(path: Path) -> None:
    data = _data(path)
    expanded = cases(data)
    assert len(expanded) >= 180
    assert 0 < float(data["floor"]) <= 1
    for text, start, end, _ in expanded:
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_value_recall_stays_above_its_floor(path: Path) -> None:
    data = _data(path)
    published = _published(data)
    results = [judge(*case, published) for case in cases(data)]
    recall = sum(results) / len(results)
    assert recall >= float(data["floor"]), f"{path.name}: value recall {recall:.3f} < {data['floor']}"


@pytest.mark.parametrize(("path", "text"), [pytest.param(p, t, id=f"{p.stem}-{i}") for p in FILES
                                             for i, t in enumerate(_data(p).get("negatives", []))])
def test_words_that_are_times_elsewhere_are_not_tagged_here(path: Path, text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, _published(_data(path)))] == []


if __name__ == "__main__":
    for path in FILES:
        data = _data(path)
        published, all_cases = _published(data), cases(data)
        right = 0
        for text, start, end, values in all_cases:
            if judge(text, start, end, values, published):
                right += 1
            else:
                print(f"MISS {text[start:end]!r} want {values} | {[(t.text, t.value) for t in tag(text, published)]}")
        print(f"{path.name}: value recall {right}/{len(all_cases)} = {right / len(all_cases):.3f}")
