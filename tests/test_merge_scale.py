"""The vectorised mechanics of merging at scale give what a plain loop gives.

Pairs are found inside sorted blocks (:mod:`timeline.blocks`), each row meeting the rows
before it, instead of a join of each block with itself; candidate pairs
(:func:`timeline.merge._candidates`) are checked against a direct reading of their rule on
small random event tables (hypothesis), with the block cap and the partner count made
small so that both bind. Speed itself is measured by ``benchmarks/bench_merge.py``, never here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import merge
from timeline.blocks import blocks, earlier_rows
from timeline.wording import INCIPIT_WORDS

WINDOW = dt.timedelta(days=2)
DAY0 = dt.datetime(2024, 3, 4)


# keys close together are sorted packed with their order numbers; far apart, the slower way
@given(st.lists(st.tuples(st.sampled_from([None, 0, 1, 2, 5, 2**40, 2**62]), st.integers(0, 2**32 - 1)),
                max_size=40, unique=True),
       st.integers(1, 3), st.integers(1, 6))
@settings(max_examples=150, deadline=None)
def test_blocks_pair_each_row_with_the_rows_before_it(rows: list[tuple[int | None, int]], least: int,
                                                     extra: int) -> None:
    """Every pair of rows of one key, in the order given, once; blocks sized least..most;
    rows without a key in none."""
    most = least + extra
    frame = pl.DataFrame(rows, schema={"key": pl.Int64, "order": pl.UInt32}, orient="row")
    rows = [(k, o) for k, o in rows if k is not None]
    found = blocks(frame, "key", "order", least, most).with_row_index("row")
    pairs = found.select(earlier_rows("row").alias("before"), "key", "order").explode("before").drop_nulls("before")
    got = sorted(zip(pairs["key"].to_list(), found["order"].gather(pairs["before"]).to_list(), pairs["order"].to_list()))
    sizes = Counter(k for k, _ in rows)
    expected = sorted((k, a, b) for k, a in rows for k2, b in rows
                      if k == k2 and a < b and least <= sizes[k] <= most)
    assert got == expected
    assert found["key"].to_list() == sorted(found["key"].to_list())
    assert sorted(found["order"].to_list()) == sorted(o for k, o in rows if least <= sizes[k] <= most)


def _reference(table: pl.DataFrame, n_words: int, most: int, partners: int) -> list[tuple[int, int]]:
    """Candidate pairs read straight from their rule (see :func:`timeline.merge._candidates`)."""
    rows = table.to_dicts()
    kinds = sorted({f"{r['kind']}@{r['town']}" for r in rows if r["trigger"] and r["town"]})
    # what the happening word governs, with its kind: one more word (a reaction's: who voiced it),
    # and who does it (a vote's subject read past its verb: ``actor``)
    governed = sorted({f"{r['trigger']}#{o}" for r in rows if r["trigger"] for o in {*r["object"], *r["actor"]}})
    # its first words in order, one more word: met once, it pairs (a formula's is capped lower)
    incipits = sorted({tuple(r["incipit"]) for r in rows if len(r["incipit"]) == INCIPIT_WORDS},
                      key=lambda t: " ".join(map(str, t)))
    per_event = {r["i"]: list(r["words"]) + ([n_words + 1 + kinds.index(f"{r['kind']}@{r['town']}")]
                                             if r["trigger"] and r["town"] else [])
                 + [n_words + 1 + len(kinds) + governed.index(f"{r['trigger']}#{o}")
                    for o in ({*r["object"], *r["actor"]} if r["trigger"] else ())]
                 + ([n_words + 1 + len(kinds) + len(governed) + incipits.index(tuple(r["incipit"]))]
                    if len(r["incipit"]) == INCIPIT_WORDS else [])
                 for r in rows}
    first_incipit = n_words + 1 + len(kinds) + len(governed)
    df = Counter(w for words in per_event.values() for w in words)
    info = {w: round((math.log(len(rows) + 1) - math.log(c)) * 1_000_000) for w, c in df.items() if c >= 2}
    kept = {i: [w for w in words if w in info] for i, words in per_event.items()}
    postings: dict[tuple[int, int], list[int]] = defaultdict(list)
    for r in rows:
        for w in kept[r["i"]]:
            for bucket in range(r["first"], r["last"] + 1):
                postings[bucket, w].append(r["i"])
    by = {r["i"]: r for r in rows}
    met: dict[tuple[int, int], list[int]] = defaultdict(list)
    once: set[tuple[int, int]] = set()
    for (bucket, w), events in postings.items():
        if not 2 <= len(events) <= (min(most, merge.MAX_INCIPIT_POSTINGS) if w >= first_incipit else most):
            continue
        for y in events:
            if by[y]["first"] != bucket:
                continue  # a pair is found at the later event's home bucket
            for x in events:
                a, b = by[x], by[y]
                if x < y and b["start"] < a["end"] + WINDOW and (a["article"] != b["article"] or a["article"] >= 0):
                    met[x, y].append(info[w])
                    if w >= first_incipit:
                        once.add((x, y))
    sums = {p: sum(v) for p, v in met.items()
            if len(v) >= 2 or len(kept[p[0]]) == 1 or len(kept[p[1]]) == 1 or p in once}
    ordered = sorted(sums)  # ties in rank go to the earlier pair in (i, j) order

    def ranks(side: int) -> dict[tuple[int, int], int]:
        groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for p in ordered:
            groups[p[side]].append(p)
        return {p: n + 1 for g in groups.values() for n, p in enumerate(sorted(g, key=lambda p: -sums[p]))}

    by_i, by_j = ranks(0), ranks(1)
    return [p for p in ordered if by_i[p] <= partners or by_j[p] <= partners]


EVENT = st.tuples(
    st.lists(st.integers(0, 7), max_size=4, unique=True),  # content word ids
    st.sampled_from([None, "انفجار", "هجوم", "فيضان", "إدانة"]), st.sampled_from([None, "أبها", "جازان"]),
    st.integers(0, 20), st.integers(1, 3),  # first day, length in days
    st.integers(-1, 3),  # article (-1: none)
    st.lists(st.integers(0, 7), max_size=2, unique=True),  # what the happening word governs
    st.sampled_from([[], [1, 2, 3, 4, 5], [1, 2, 3, 4, 6], [1, 2, 3]]),  # its first words in order
    st.lists(st.integers(0, 7), max_size=2, unique=True),  # who does it (a vote's subject)
)


@given(events=st.lists(EVENT, min_size=2, max_size=14), most=st.integers(2, 5), partners=st.integers(1, 3))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_candidate_pairs_follow_their_rule(events: list[tuple], most: int, partners: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "MAX_BUCKET_POSTINGS", most)
    events = sorted(events, key=lambda e: (e[3], e[4]))  # timeline order
    starts = [DAY0 + dt.timedelta(days=e[3]) for e in events]
    ends = [s + dt.timedelta(days=e[4]) for s, e in zip(starts, events)]
    epoch = dt.datetime(1, 1, 1)
    table = pl.DataFrame({
        "i": pl.Series(range(len(events)), dtype=pl.UInt32),
        "words": pl.Series([e[0] for e in events], dtype=pl.List(pl.UInt32)),
        "trigger": [e[1] for e in events], "town": [e[2] for e in events],
        # the kind blocks with the town (merge._kinded): a bombing's is an attack's
        "kind": ["هجوم" if e[1] == "انفجار" else e[1] for e in events],
        "group": [None if e[1] is None else "موقف" if e[1] == "إدانة" else "نزاع" for e in events],
        "object": pl.Series([e[6] for e in events], dtype=pl.List(pl.UInt32)),
        "actor": pl.Series([e[8] for e in events], dtype=pl.List(pl.UInt32)),
        "incipit": pl.Series([e[7] for e in events], dtype=pl.List(pl.UInt32)),
        "start": starts, "end": ends, "article": pl.Series([e[5] for e in events], dtype=pl.Int64),
        "first": pl.Series([(s - epoch).days // 7 for s in starts], dtype=pl.Int64),
        "last": pl.Series([(e + WINDOW - epoch).days // 7 for e in ends], dtype=pl.Int64),
    })
    words = pl.DataFrame({"word": pl.Series(range(8), dtype=pl.UInt32)})
    found = list(merge._candidates(table, words, WINDOW, partners))
    got = sorted(zip(*(pl.concat(found)[c].to_list() for c in ("i", "j")))) if found else []
    assert got == _reference(table, words.height, most, partners)
