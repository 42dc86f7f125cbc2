"""A second batch of Recognizers-Text-style cases in new wordings of our own (tests/data/recognizers_new51.jsonl,
written by gen51 before its changes; benchmarks/recognizers_new51_gen.py writes the file), news register: the tagger
keeps its value recall on them, scored as tests/test_recognizers_new.py scores recog49's batch (any overlapping
timex may carry the value). The misses left are conventions (a clock range ends at the hour named in the
peer's convention, the end of the last hour in ours and duckling's; a week of a month), gold segmentations
(a range of two amounts, of two parts of days, told as one by the engine), a bare «ساعات المساء» and «الساعة الأخيرة».
At gen51's head 293 of the 303 expressions are right here (score.py: 286); main f6609b41: 234 of the first 254 by
score.py, 44 of batch 3's 47."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from timeline.tagger import tag

_CASES = Path(__file__).resolve().parent / "data" / "recognizers_new51.jsonl"


def _same(want: str, got: object) -> bool:
    return isinstance(got, str) and len(got) == len(want) and all(a in (b, "X") for a, b in zip(want, got))


def _bounds_agree(want: list[str], got: tuple[dt.datetime, dt.datetime] | None) -> bool:
    if not got:
        return False
    a, b = (dt.datetime.fromisoformat(x) for x in want)
    return abs(a - got[0]) <= dt.timedelta(days=1) and abs(b - got[1]) <= dt.timedelta(days=1)


def _right(gold: dict, found: list) -> bool:
    near = [t for t in found if min(gold["end"], t.end) > max(gold["start"], t.start)]
    for t in near:
        value = str(t.value)
        if gold["value"] and _same(gold["value"], value) or any(_same(v, value) for v in gold.get("value_alt", ())):
            return True
        intervals = [gold[k] for k in ("interval", "interval_alt") if gold.get(k)]
        if not gold["value"] and any(_bounds_agree(i, t.interval) for i in intervals):
            return True
    return False


def test_value_recall_on_new_wordings51() -> None:
    right = total = 0
    for line in _CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        found = tag(case["text"], dt.datetime.fromisoformat(case["ref"]))
        if not case["expect"]:
            assert found == [], case["text"]  # the negatives: nothing temporal
        for gold in case["expect"]:
            assert case["text"][gold["start"]:gold["end"]] == gold["text"]
            total += 1
            right += _right(gold, found)
    assert total == 303
    assert right >= 293, f"{right}/{total}"
