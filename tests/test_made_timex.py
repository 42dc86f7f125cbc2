"""``made_timex`` (enc46): the tagger's Timex, built on an unfrozen twin of its slots, is the Timex
``Timex(...)`` makes: the same type, fields, equality, hash, repr and dictionary, pickled and copied
alike, and frozen."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import pickle

import pytest

from timeline import tag
from timeline._types import Anchor, Grain, Timex, TimexType, _Unfrozen, made_timex

_DAY = (dt.datetime(2021, 3, 4), dt.datetime(2021, 3, 5))
_CASES = [
    (3, 12, "الخميس الماضي", TimexType.DATE, "2021-03-04", Grain.DAY, _DAY, None, Anchor.PUBLISHED, None,
     "<weekday> <direction>", {}),
    (0, 5, "منذ عامين", TimexType.DURATION, "P2Y", None, None, "APPROX", Anchor.NONE, "told twice",
     "<amount> <unit>", {"tz": "gmt", "tz_value": "T18:00"}),
]


@pytest.mark.parametrize("fields", _CASES)
def test_made_timex_is_a_timex(fields: tuple) -> None:
    made, built = made_timex(*fields), Timex(*fields)
    assert type(made) is Timex
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert dataclasses.astuple(made) == dataclasses.astuple(built) == fields
    assert made.to_dict() == built.to_dict()
    assert pickle.loads(pickle.dumps(made)) == built and copy.deepcopy(made) == built
    assert dataclasses.replace(made, value="X") == dataclasses.replace(built, value="X")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]


def test_twin_has_timex_slots() -> None:
    assert _Unfrozen.__slots__ == Timex.__slots__ == tuple(f.name for f in dataclasses.fields(Timex))


def test_tagger_returns_timexes() -> None:
    text = "اجتمع المجلس يوم الخميس الماضي، وسيعود للانعقاد بعد ثلاثة أيام في الساعة العاشرة صباحاً"
    found = tag(text, dt.datetime(2021, 3, 8, 9, 0))
    assert found and all(type(t) is Timex for t in found)
    for t in found:
        assert t == Timex(*dataclasses.astuple(t)) and text[t.start:t.end] == t.text
