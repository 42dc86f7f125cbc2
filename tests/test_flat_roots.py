"""Every node's root in one pass (:func:`timeline.blocks.flat_roots`): the same roots as
``find`` for the stories' and the entries' union–finds, which join under the smaller root
(entry and event numbers only, no text)."""

from __future__ import annotations

import random

import pytest

from timeline.blocks import Forest, flat_roots, linked
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


def test_the_forest_joins_under_the_smaller_root() -> None:
    forest = Forest(6)
    forest.union(4, 2)
    forest.union(5, 4)
    forest.union(3, 1)
    assert [forest.find(e) for e in range(6)] == [0, 1, 2, 1, 2, 2]
    assert forest.roots() == [0, 1, 2, 1, 2, 2]


def test_labels_that_are_not_node_numbers_are_linked_to_their_least_member() -> None:
    """:func:`timeline.blocks.linked` (the lead windows' groups: rows of a frame, not 0..n-1), the same groups as
    a union–find keyed by the labels themselves."""
    rng = random.Random(11)
    for n in (1, 5, 40):
        nodes = rng.sample(range(1000), n)
        left, right = [rng.choice(nodes) for _ in range(n)], [rng.choice(nodes) for _ in range(n)]
        group = linked(nodes, left, right)
        parent = {node: node for node in nodes}

        def root(node: int) -> int:
            while parent[node] != node:
                node = parent[node]
            return node

        for a, b in zip(left, right):
            ra, rb = root(a), root(b)
            parent[max(ra, rb)] = min(ra, rb)
        assert group == {node: root(node) for node in nodes}
    assert linked([30, 7, 12], [30], [12]) == {7: 7, 12: 12, 30: 12}
