"""Every node's root in one pass (:func:`timeline.blocks.flat_roots`): the same roots as
``find`` for the stories' and the entries' union–finds, which join under the smaller root
(entry and event numbers only, no text)."""

from __future__ import annotations

import random

import pytest

from timeline.blocks import flat_roots
from timeline.stories import _Union


def test_roots_in_one_pass_are_those_found() -> None:
    rng = random.Random(7)
    for n in (1, 2, 10, 300):
        union = _Union(n)
        for _ in range(n):
            union.union(rng.randrange(n), rng.randrange(n))
        found = [union.find(e) for e in range(n)]
        assert flat_roots(union.parent) == found
        assert union.parent == found  # flattened: each node's parent is its root
        assert [union.find(e) for e in range(n)] == found


def test_a_chain_is_flattened() -> None:
    parent = [0, 0, 1, 2, 4, 4, 5]  # 3 → 2 → 1 → 0; 6 → 5 → 4
    assert flat_roots(parent) == [0, 0, 0, 0, 4, 4, 4]
    assert parent == [0, 0, 0, 0, 4, 4, 4]


def test_a_parent_after_its_child_is_refused() -> None:
    with pytest.raises(IndexError):
        flat_roots([1, 1])  # node 0's parent follows it: not a forest joined under smaller roots
