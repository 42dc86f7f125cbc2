"""The stories' union–find (:class:`timeline.stories._Union`): a link joins two stories under the
smaller root, never past :data:`timeline.stories.MAX_STORY_ENTRIES` entries (entry numbers only)."""

from __future__ import annotations

from timeline.stories import MAX_STORY_ENTRIES, _Union


def test_links_join_under_the_smaller_root() -> None:
    union = _Union(6)
    union.union(4, 5)
    union.union(5, 2)
    union.union(3, 1)
    assert [union.find(e) for e in range(6)] == [0, 1, 2, 1, 2, 2]
    union.join_roots(union.find(4), union.find(3))
    assert {union.find(e) for e in (1, 2, 3, 4, 5)} == {1}
    assert union.size[1] == 5


def test_a_story_grows_no_larger_than_its_cap() -> None:
    cap = MAX_STORY_ENTRIES
    union = _Union(cap + 2)
    for e in range(1, cap - 1):
        union.union(0, e)  # a story of cap - 1 entries
    union.union(cap - 1, cap)  # a story of two
    assert union.size[0] == cap - 1
    union.join_roots(0, union.find(cap))  # cap + 1 entries: refused
    assert union.find(cap) != union.find(0)
    union.union(cap + 1, 0)  # a lone entry: cap entries, joined
    assert union.find(cap + 1) == 0 and union.size[0] == cap
