"""Candidate merge features measured on the corpus's read joins (``corpus_reads.jsonl``): the negatives the
one-story batches lack (two happenings of one day sharing words), before a rule is built. Not part of the test
suite; no numpy needed.

Usage (after ``timeline build CORPUS --events EVENTS``, any base whose expressions the reads name):
    python benchmarks/stories/reads_features.py EVENTS

Every read join of two entries judged ``one happening`` or ``two happenings`` whose members are found in EVENTS
(by article and expression offsets) gives its cross pairs from two articles; each pair gets features the pair score
does not sum, read with the engine's own readers on the merge's table of the whole EVENTS batch: one class or kind
of happening, neither side or one side naming a class, each its clause's own predicate, one day; a doer both name
(:func:`timeline._doers.doer_stems`; ``doer``: by a word rare in the batch, ``doer_any``: any), a count both give
(``num``; ``num10``: one of 10 or more) or counts told apart, a place of the gazetteer or a country both name
(``places``, as :func:`timeline.merge._names_known` reads them), people both name (``people``), what one happening
word governs held in the other clause (``obj_in``) or each holding what the other lacks (``objects_differ``), both
their article's first sentence (``lead_both``). A join holds a feature when any of its pairs does. Printed: per
feature the joins holding it, one happening / two, on all reads, on the reads of lowered same-day floors (weights39's
``MIN_SHARED_WEIGHT[0] 0.3 -> 0.25`` and feat39's waiver: the pairs under the floor, where a new rule would act) and
their one-day joins; then a few conjunctions.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import polars as pl

from timeline import merge as M
from timeline._doers import doer_stems
from timeline._persons import people_in_both, person_reader
from timeline.anchors import resolve_pending
from timeline.follow import split_followers
from timeline.frame import conform_events, order_events
from timeline.places import countries_of_unnamed, find_places
from timeline.wording import clause_features

READS = Path(__file__).resolve().parent / "corpus_reads.jsonl"
FLOOR_READS = ("MIN_SHARED_WEIGHT", "waived")
"""Words of the ``change`` of the reads made by lowering the same-day floor."""
BOTH = (("doer_any", "own_both"), ("doer_any", "same_class"), ("places", "doer_any"), ("num10", "day"))
"""Conjunctions printed after the single features."""


class _Batch:
    """The merge's table of a whole events batch and the readers of who and where, each clause read once."""

    def __init__(self, events: pl.DataFrame) -> None:
        frame, _ = split_followers(order_events(resolve_pending(conform_events(events))))
        features = clause_features(frame)
        self.table = M._event_table(frame, features, M.CONFLICT_WINDOW)
        ordered = features.words.sort("word")
        rare = M._least_rare(self.table.height)
        self.info = ordered["info"].to_list()
        self.rare_stems = {s for s, v in zip(ordered["stem"].to_list(), self.info) if v >= rare}
        self.stems = frozenset(ordered["stem"].to_list())
        self.row = {(a, s, e): r for r, (a, s, e) in enumerate(zip(
            frame["article_id"].to_list(), frame["expr_start"].to_list(), frame["expr_end"].to_list()))}
        self.article = frame["article_id"].to_list()
        self.sentence = frame["sentence_index"].fill_null(-1).to_list()
        self.col = {c: self.table[c].to_list() for c in ("clause", "trigger", "kind", "own", "numbers", "object",
                                                           "words", "info", "start")}
        self.reader = person_reader()
        self._read: dict[str, tuple] = {}

    def _who_where(self, clause: str) -> tuple:
        if clause not in self._read:
            found = find_places(clause)
            people, family = self.reader.read(clause, found)
            self._read[clause] = (frozenset(m.place.name for m in found), people, self.reader.words(clause),
                                  countries_of_unnamed(clause) - family, doer_stems([clause], self.stems)[0])
        return self._read[clause]

    def pair(self, i: int, j: int) -> dict[str, bool]:
        c = self.col
        a, b = self._who_where(c["clause"][i] or ""), self._who_where(c["clause"][j] or "")
        ni, nj = set(c["numbers"][i] or ()), set(c["numbers"][j] or ())
        oi, oj, wi, wj = set(c["object"][i] or ()), set(c["object"][j] or ()), set(c["words"][i]), set(c["words"][j])
        ti, tj = c["trigger"][i], c["trigger"][j]
        return dict(
            same_class=ti is not None and ti == tj, same_kind=c["kind"][i] is not None and c["kind"][i] == c["kind"][j],
            no_class=ti is None and tj is None, one_none=(ti is None) != (tj is None),
            own_both=bool(c["own"][i]) and bool(c["own"][j]), day=c["start"][i] == c["start"][j],
            doer=bool(a[4] & b[4] & self.rare_stems), doer_any=bool(a[4] & b[4]),
            num=bool(ni & nj), num10=any(n >= 10 for n in ni & nj), num_mis=bool(ni and nj and not ni & nj),
            places=bool(a[0] & b[0]) or bool((a[3] & b[0]) | (b[3] & a[0])),
            people=people_in_both(a[1], a[2], b[1], b[2]) > 0,
            obj_in=(bool(oi) and oi <= wj) or (bool(oj) and oj <= wi),
            objects_differ=bool(oi) and bool(oj) and not oi <= wj and not oj <= wi,
            lead_both=self.sentence[i] == 0 and self.sentence[j] == 0)


def joins(batch: _Batch, reads: Path = READS) -> tuple[pl.DataFrame, int]:
    """One row per read join found in the batch (its ``change``, ``one``: read as one happening, and each feature
    held by any of its cross pairs), and the count of read joins not found."""
    rows, missing = [], 0
    for line in reads.read_text(encoding="utf-8").splitlines():
        read = json.loads(line)
        if read["verdict"] not in ("one happening", "two happenings") or len(read["entries"]) != 2:
            continue
        first, second = ([batch.row[tuple(m)] for m in entry if tuple(m) in batch.row] for entry in read["entries"])
        pairs = [batch.pair(min(a, b), max(a, b)) for a in first for b in second
                 if batch.article[a] != batch.article[b]]
        if not pairs:
            missing += 1
            continue
        rows.append(dict(change=read["change"], one=read["verdict"] == "one happening",
                         **{k: any(p[k] for p in pairs) for k in pairs[0]}))
    return pl.DataFrame(rows), missing


def main(events: Path) -> None:
    found, missing = joins(_Batch(pl.read_parquet(events)))
    print(f"{found.height} read joins found ({missing} not in this batch)")
    floor = found.filter(pl.col("change").str.contains("|".join(FLOOR_READS)))
    features = [c for c in found.columns if c not in ("change", "one")]
    for title, subset in (("all reads", found), ("lowered same-day floor reads", floor),
                          ("...of one day", floor.filter(pl.col("day")))):
        print(f"== {title}: one happening {int(subset['one'].sum())} / two {int((~subset['one']).sum())}")
        held = [(f, subset.filter(pl.col(f))) for f in features] + [
            (" & ".join(both), subset.filter(pl.all_horizontal(both))) for both in BOTH]
        for name, with_it in held:
            one, two = int(with_it["one"].sum()), int((~with_it["one"]).sum())
            print(f"  {name:22} one {one:3} / two {two:3}" + (f"  ({one / (one + two):.2f} one)" if one + two else ""))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
