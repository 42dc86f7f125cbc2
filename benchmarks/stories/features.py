"""Candidate merge features measured on weights39's labelled pairs (``weights.py``), before any is
built into the engine. Not part of the test suite; needs numpy (as ``weights.py``).

Usage (after ``run.sh``; SHARED=/path/to/shared if elsewhere):
    python benchmarks/stories/features.py OUTDIR

Each labelled pair (two sole, loosely right mentions of key events; positive = one key event) gets
features the pair score does not sum: the happening word's object (``object`` of the merge's
table) held whole in the other clause's words (``obj_in``) or shared (``obj_shared``); numbers
(digits or number words, years left out) shared by the two sentences; places beyond towns
(:func:`timeline.places.whereabouts`, ``fine``) shared or told apart, in the clause and in the
sentence; rare words (document frequency over the 5,000 corpus articles, ≤ 20 or ≤ 5) shared in
the clause, the sentence and the title; the information share of the sentences and titles (idf
over the corpus); and, read with the engine's own readers (para70), one kind of happening
(``same_kind``), a doer both name (:func:`timeline._doers.doer_stems`; ``doer`` by a word rare in the
story's batch, ``doer_any`` any), a count both clauses give (``num_cl``, the merge's ``numbers``), a
place of the gazetteer or a country both name (``known``, as :func:`timeline.merge._names_known` reads
them), people both name (``people``), both their article's first sentence (``lead_both``). Printed: each
feature's AUC (ties half) and the share of positives/negatives holding it on five pair sets — all
labelled, two outlets, the positives the build left in two entries vs the negatives, the same on one
day, and on one day with the positives the hand rule does not link (the residual a new rule must
reach) — and a leave-one-story-out count: a cut chosen on the other stories (balanced accuracy), the
held-out positives and negatives past it, summed. The stories' negatives are two happenings of one
story (one cast, one place): who and where tell them apart less than on the corpus, whose read joins
``reads_features.py`` measures.
"""
from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
import weights as W  # noqa: E402

from timeline import merge as M  # noqa: E402
from timeline._doers import doer_stems  # noqa: E402
from timeline._persons import people_in_both, person_reader  # noqa: E402
from timeline.places import countries_of_unnamed, find_places, whereabouts  # noqa: E402

_MARKS = re.compile("[\u064b-\u0652\u0640]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# number words as news writes counts (a measurement aid, not language data of the engine)
_NUMBER_WORDS = {"اثنين": 2, "اثنان": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
                 "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
                 "عشر": 10, "عشره": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50,
                 "مئه": 100, "مائه": 100}
FEATURES = ("obj_shared", "obj_in", "share_cl", "share_sent", "share_title", "rare_cl", "rare_sent", "rare5_sent",
            "rare_title", "num_sent", "num_mis", "where_cl", "where_sent", "where_mis", "score", "same_class",
            "same_kind", "doer", "doer_any", "num_cl", "known", "people", "lead_both")


def tokens(text: str | None) -> list[str]:
    """Words folded (marks, hamza seats, ta marbuta, alef maqsura) with a conjunction and article off."""
    t = _MARKS.sub("", text or "")
    t = re.sub("[إأآٱ]", "ا", t).replace("ة", "ه").replace("ى", "ي").translate(_DIGITS)
    out = []
    for w in re.findall(r"[\u0621-\u064a]+|\d+", t):
        if len(w) > 4:
            w = re.sub(r"^(و|ف)?(ب|ل|ك)?(ال)", "", w)
        out.append(re.sub(r"^(و|ف)(?=...)", "", w))
    return out


def numbers(text: str | None) -> set[int]:
    words = tokens(text)
    return ({int(w) for w in words if w.isdigit() and len(w) < 5 and not 1900 <= int(w) <= 2100}
            | {_NUMBER_WORDS[w] for w in words if w in _NUMBER_WORDS})


def document_frequency() -> tuple[Counter, int]:
    """Each folded word's count of corpus articles holding it, and the count of articles."""
    corpus = pl.read_parquet(W.SHARED / "corpus" / "news_sample.parquet")
    column = "text" if "text" in corpus.columns else next(c for c in corpus.columns if "text" in c or "body" in c)
    df: Counter = Counter()
    for text in corpus[column].to_list():
        df.update(set(tokens(text)))
    return df, corpus.height


def pairs_with_features(out: Path) -> pl.DataFrame:
    df, n = document_frequency()

    def idf(w: str) -> float:
        return math.log((n + 1) / (df.get(w, 0) + 1))

    def share(a: list[str], b: list[str]) -> float:
        a_, b_ = set(a), set(b)
        if not a_ or not b_:
            return 0.0
        return sum(idf(w) for w in a_ & b_) / min(sum(idf(w) for w in a_), sum(idf(w) for w in b_))

    def rare(a: list[str], b: list[str], cut: int = 20) -> int:
        return sum(1 for w in set(a) & set(b) if df.get(w, 0) <= cut and len(w) > 2 and not w.isdigit())

    rows = []
    reader = person_reader()
    for name, d in W.collect(out).items():
        g = d["pairs"]
        if not g.height:
            continue
        frame, table, words, _ = W.prepared(d["events"])
        cluster = dict(zip(d["events"]["event_id"], d["events"]["cluster"]))
        fid, cla, sen, tit, src = (frame[c].to_list() for c in ("event_id", "clause", "sentence", "title", "source"))
        obj, tw, trig = (table[c].to_list() for c in ("object", "words", "trigger"))
        kind, counts, first = table["kind"].to_list(), table["numbers"].to_list(), frame["sentence_index"].to_list()
        seen: dict[str, frozenset] = {}
        ordered = words.sort("word")
        rare_stems = {w for w, v in zip(ordered["stem"].to_list(), ordered["info"].to_list())
                      if v >= M._least_rare(table.height)}
        stems = frozenset(ordered["stem"].to_list())
        who: dict[str, tuple] = {}

        def read(text: str | None) -> tuple:
            """Who and where a clause names, as the merge reads them (places, people, doers)."""
            text = text or ""
            if text not in who:
                found = find_places(text)
                people, family = reader.read(text, found)
                who[text] = (frozenset(m.place.name for m in found), people, reader.words(text),
                             countries_of_unnamed(text) - family, doer_stems([text], stems)[0])
            return who[text]

        def fine(text: str | None) -> frozenset:
            if text not in seen:
                seen[text] = whereabouts(text or "").fine
            return seen[text]

        for r in g.filter(pl.col("y").is_not_null()).iter_rows(named=True):
            i, j = r["i"], r["j"]
            oi, oj = set(obj[i] or ()), set(obj[j] or ())
            ci, cj, si, sj = tokens(cla[i]), tokens(cla[j]), tokens(sen[i]), tokens(sen[j])
            ni, nj = numbers(sen[i]), numbers(sen[j])
            wi, wj = fine(sen[i]), fine(sen[j])
            ri, rj = read(cla[i]), read(cla[j])
            ki, kj = set(counts[i] or ()), set(counts[j] or ())
            rows.append(dict(
                story=name, y=r["y"], score=r["score"], day=r["agreement"] == 0, hand=r["hand"],
                split=cluster.get(fid[i]) != cluster.get(fid[j]), two_outlets=src[i] != src[j],
                same_class=float(trig[i] is not None and trig[i] == trig[j]),
                obj_shared=float(bool(oi & oj)),
                obj_in=float((bool(oi) and oi <= set(tw[j] or ())) or (bool(oj) and oj <= set(tw[i] or ()))),
                share_cl=share(ci, cj), share_sent=share(si, sj), share_title=share(tokens(tit[i]), tokens(tit[j])),
                rare_cl=rare(ci, cj), rare_sent=rare(si, sj), rare5_sent=rare(si, sj, 5),
                rare_title=rare(tokens(tit[i]), tokens(tit[j])),
                num_sent=float(bool(ni & nj)), num_mis=float(bool(ni) and bool(nj) and not ni & nj),
                where_cl=float(bool(fine(cla[i]) & fine(cla[j]))), where_sent=float(bool(wi & wj)),
                where_mis=float(bool(wi) and bool(wj) and not wi & wj),
                same_kind=float(kind[i] is not None and kind[i] == kind[j]),
                doer=float(bool(ri[4] & rj[4] & rare_stems)), doer_any=float(bool(ri[4] & rj[4])),
                num_cl=float(bool(ki & kj)),
                known=float(bool(ri[0] & rj[0]) or bool((ri[3] & rj[0]) | (rj[3] & ri[0]))),
                people=float(people_in_both(ri[1], ri[2], rj[1], rj[2]) > 0),
                lead_both=float(first[i] == 0 and first[j] == 0)))
    return pl.DataFrame(rows)


def auc(x: np.ndarray, y: np.ndarray) -> float:
    pos, neg = x[y == 1], x[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum())
                 / (len(pos) * len(neg)))


def main(out: Path) -> None:
    every = pairs_with_features(out)
    every.write_parquet(out / "features_pairs.parquet")
    split = every.filter(pl.col("two_outlets"), (pl.col("y") == 0) | pl.col("split"))
    sets = {"all labelled": every, "two outlets": every.filter(pl.col("two_outlets")),
            "split positives vs negatives (two outlets)": split,
            "...on one day": split.filter(pl.col("day")),
            "...no link of the hand rule between the positives, one day": split.filter(
                pl.col("day"), (pl.col("y") == 0) | ~pl.col("hand"))}
    for title, s in sets.items():
        y = s["y"].to_numpy()
        print(f"== {title}: {int(y.sum())} positive / {int((1 - y).sum())} negative")
        for f in FEATURES:
            x = s[f].cast(pl.Float64).to_numpy()
            print(f"  {f:12} AUC {auc(x, y):.3f}  held by positives {(x[y == 1] > 0).mean():.2f}, "
                  f"negatives {(x[y == 0] > 0).mean():.2f}")
    print("leave-one-story-out on the split positives vs negatives: cut chosen on the rest (balanced accuracy); "
          "held-out positives / negatives past it")
    for f in FEATURES:
        tp = fp = pos = neg = 0
        for story in split["story"].unique().to_list():
            train, test = split.filter(pl.col("story") != story), split.filter(pl.col("story") == story)
            x, y = train[f].cast(pl.Float64).to_numpy(), train["y"].to_numpy()
            cut = max(np.unique(x), key=lambda c: ((x[y == 1] >= c).mean() if (y == 1).any() else 0)
                      + ((x[y == 0] < c).mean() if (y == 0).any() else 0))
            xt, yt = test[f].cast(pl.Float64).to_numpy(), test["y"].to_numpy()
            tp += int(((xt >= cut) & (yt == 1)).sum())
            fp += int(((xt >= cut) & (yt == 0)).sum())
            pos += int((yt == 1).sum())
            neg += int((yt == 0).sum())
        print(f"  {f:12} {tp}/{pos} positives, {fp}/{neg} negatives")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
