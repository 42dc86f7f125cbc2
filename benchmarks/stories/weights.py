"""The merge's pair score against the stories' key events: a labelled pair set and a
leave-one-story-out fit of the score's parts. Not part of the test suite.

Needs numpy (``pip install numpy``; not a dependency of the project). Usage (after ``run.sh``,
whose OUTDIR holds the default-mode events and the articles; SHARED=/path/to/shared if elsewhere):
    python benchmarks/stories/weights.py OUTDIR [--simulate] [--cut=LOGIT] [--balanced] [--either]
    python benchmarks/stories/weights.py OUTDIR --scan   # each constant moved alone, chosen leave-one-story-out
    python benchmarks/stories/weights.py OUTDIR --scan=KIN_WORDS:8,12 --scan=MIN_SHARED_WEIGHT[0]:0.27

Every candidate pair the merge scores (``_candidates`` and ``_body_pairs``, on the build's events
re-read as :func:`timeline.merge.merge_events` reads them) whose two events are each a sole,
loosely right mention of a key event (``score_story.py``'s matching: the article mentions it, the
clause holds a keyword, the date meets its day ±1) is labelled: one key event = positive, two =
negative. Its parts are what ``_scored`` sums (read back by moving one constant at a time: the
score is linear in them) and what it asks beside the score (agreement of the dates, share of the
shorter clause's information, classes). Pairs the hard rules drop whatever the score (two groups,
two reactions' actors, teams, cases, courts...) are left out of the fit, and stay dropped.

Printed: the hand-set decision (``_scored`` keeps the pair) and a logistic regression of the parts
(numpy, L2), each fitted on 18 stories and tested on the 19th: pairs right/wrong per held-out
story; the fitted weights (on all 19); with ``--simulate``, each held-out story re-merged with its
fitted rule in place of ``_scored``'s floors and thresholds (the union, match and lead links as
built) and scored by ``score_story.py`` (merge full, purity) beside the same re-merge with the
hand-set rule.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import polars as pl

from timeline import merge as M
from timeline.anchors import resolve_pending
from timeline.follow import split_followers
from timeline.frame import conform_events, order_events
from timeline.happenings import load_triggers
from timeline.wording import clause_features

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("SHARED", HERE.parents[2] / "shared"))
SCORE = SHARED / "eval" / "stories" / "score_story.py"
_spec = importlib.util.spec_from_file_location("score_story", SCORE)
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)  # type: ignore[union-attr]
sys.path.insert(0, str(HERE))
from splits import stories  # noqa: E402

NEEDS = (M.SAME_DAY_THRESHOLD, M.SIMILARITY_THRESHOLD, M.NEXT_DAY_THRESHOLD, M.CONFLICT_THRESHOLD)
OPEN = (-1e9, -1e9, -1e9, -1e9)
# the constants summed into the score (each read back by moving it one point)
PARTS = ("SAME_TRIGGER_BONUS", "SHARED_NUMBER_BONUS", "MISMATCH_PENALTY", "SAME_TOWN_BONUS", "TITLE_BONUS",
         "OBJECT_PENALTY")
BALANCED = "--balanced" in sys.argv
EITHER = "--either" in sys.argv  # simulate: the hand-set links kept, the fitted ones added
FEATURES = ("similarity", "same_trigger", "number_shared", "number_mismatch", "town_mismatch", "same_town",
            "title", "objects_differ", "share", "n_shared", "n_rare", "class_pair", "class_spared", "same_article",
            "overlap", "next_day", "near", "own_class", "one_body")


def _open_scored(pairs, table, words, needs, far=None, places=None) -> pl.DataFrame:
    """``_scored`` with no threshold and no floor: every pair the hard rules let through, with its score."""
    saved = M.MIN_SHARED_WEIGHT, M._MIN_SHARED_WORDS, M.FAR_SHARE, M.CLOSEST_SHARE
    M.MIN_SHARED_WEIGHT, M._MIN_SHARED_WORDS, M.FAR_SHARE, M.CLOSEST_SHARE = (0.0,) * 4, (0,) * 4, 0.0, 0.0
    try:
        return _ORIGINAL(pairs, table, words, OPEN, far, places)
    finally:
        M.MIN_SHARED_WEIGHT, M._MIN_SHARED_WORDS, M.FAR_SHARE, M.CLOSEST_SHARE = saved


_ORIGINAL = M._scored


def parts(pairs: pl.DataFrame, table: pl.DataFrame, words: pl.DataFrame, far, places) -> pl.DataFrame:
    """The open pairs with their score parts (one row per pair the hard rules let through)."""
    base = _open_scored(pairs, table, words, OPEN, far, places).sort("i", "j")
    moved = {}
    for name in PARTS:
        value = getattr(M, name)
        setattr(M, name, value + 1.0)
        try:
            got = _open_scored(pairs, table, words, OPEN, far, places).sort("i", "j")
        finally:
            setattr(M, name, value)
        assert got.height == base.height
        moved[name] = (got["score"] - base["score"]).round(3)
    lexicon = load_triggers()
    reactions = set(lexicon.reactions)
    tolls = set(lexicon.tolls)
    col = {c: table[c].to_list() for c in ("trigger", "group", "cause", "own", "article", "town", "numbers", "info",
                                           "body")}
    info = words.sort("word")["info"].to_list()
    tw = table["words"].to_list()
    rare = M._least_rare(table.height)
    rows = []
    for r in base.iter_rows(named=True):
        i, j = r["i"], r["j"]
        ti, tj = col["trigger"][i], col["trigger"][j]
        day = r["agreement"] == 0
        same_art = col["article"][i] >= 0 and col["article"][i] == col["article"][j]
        same_trigger = (ti is not None and ti == tj) or (day and ((col["cause"][i] is not None and col["cause"][i] == tj)
                                                                   or (ti is not None and ti == col["cause"][j])))
        gi, gj = col["group"][i], col["group"][j]
        class_pair = (not same_trigger and ti is not None and tj is not None and ti != tj and gi == gj
                      and gi not in reactions and day and not same_art)
        shared = set(tw[i]) & set(tw[j])
        least = min(col["info"][i], col["info"][j]) or 1.0
        ni, nj = set(col["numbers"][i] or ()), set(col["numbers"][j] or ())
        k = len(rows)
        mismatch = -moved["MISMATCH_PENALTY"][k]
        num_mis = bool(ni and nj and not ni & nj)
        rows.append(dict(
            i=i, j=j, score=r["score"], copy=r["copy"], alike=r["alike"], agreement=r["agreement"],
            similarity=r["similarity"], same_trigger=float(moved["SAME_TRIGGER_BONUS"][k] > 0.5),
            number_shared=float(moved["SHARED_NUMBER_BONUS"][k] > 0.5), number_mismatch=float(num_mis),
            town_mismatch=float(mismatch - num_mis > 0.5), same_town=float(moved["SAME_TOWN_BONUS"][k] > 0.5),
            title=float(moved["TITLE_BONUS"][k] > 0.5), objects_differ=float(moved["OBJECT_PENALTY"][k] < -0.5),
            share=min(sum(info[w] for w in shared) / least, 1.5), n_shared=float(np.log1p(len(shared))),
            n_rare=float(min(sum(info[w] >= rare for w in shared), 4)),
            class_pair=float(class_pair), same_article=float(same_art),
            class_spared=float(class_pair and (ti in tolls or tj in tolls or bool(ni & nj)
                                               or (col["town"][i] is not None and col["town"][i] == col["town"][j]))),
            overlap=float(r["agreement"] == 1), next_day=float(r["agreement"] == 2), near=float(r["agreement"] == 3),
            own_class=float(day and same_trigger and bool(col["own"][i]) and bool(col["own"][j]) and not same_art),
            one_body=float(day and col["body"][i] is not None and col["body"][i] == col["body"][j] and ti != tj
                           and not same_art)))
    out = pl.DataFrame(rows) if rows else pl.DataFrame()
    if out.height:
        # the hand score's sum of parts must give back the score (a check of the reading)
        rebuilt = (out["similarity"] + out["same_trigger"] * M.SAME_TRIGGER_BONUS
                   + out["number_shared"] * M.SHARED_NUMBER_BONUS
                   - (out["number_mismatch"] + out["town_mismatch"]) * M.MISMATCH_PENALTY
                   + out["same_town"] * M.SAME_TOWN_BONUS + out["title"] * M.TITLE_BONUS
                   - out["objects_differ"] * M.OBJECT_PENALTY)
        bad = int(((rebuilt - out["score"]).abs() > 0.01).sum())
        if bad:
            print(f"  (score not rebuilt from its parts for {bad} pairs)", file=sys.stderr)
    return out


def prepared(events: pl.DataFrame):
    """The frame, table and words :func:`timeline.merge.merge_events` builds, and its candidate pairs."""
    frame = order_events(resolve_pending(conform_events(events)))
    frame, _ = split_followers(frame)
    features = clause_features(frame)
    table = M._event_table(frame, features, M.CONFLICT_WINDOW)
    pairs = [*M._candidates(table, features.words, M.CONFLICT_WINDOW), M._body_pairs(table)]
    pairs = pl.concat([p.select(pl.col("i", "j").cast(pl.UInt32)) for p in pairs]).unique().sort("i", "j")
    return frame, table, features.words, pairs


def labels(frame: pl.DataFrame, refs: list[dict]) -> list[str | None]:
    """Per row: the key event it is a sole, loosely right mention of (else None)."""
    out = []
    clauses = [S.norm(c or "") for c in frame["clause"].to_list()]
    kws = [(ref, [S.norm(k) for k in ref["keywords_ar"]], set(ref["mentioned_in"]), S.ref_interval(ref["date"]))
           for ref in refs]
    for clause, art, start, end in zip(clauses, frame["article_id"].to_list(), frame["start"].to_list(),
                                       frame["end"].to_list()):
        of = [(ref, iv) for ref, k, m, iv in kws if art in m and any(w in clause for w in k)]
        if len(of) == 1 and start is not None:
            ref, (rs, re_) = of[0]
            if S.overlaps(start, end, rs - S.DAY, re_ + S.DAY):
                out.append(ref["id"])
                continue
        out.append(None)
    return out


def collect(out: Path) -> dict[str, dict]:
    data = {}
    for name, reference, articles in stories(out):
        events = pl.read_parquet(out / f"{name}.default.events.parquet")
        refs = S.load_jsonl(reference)
        frame, table, words, pairs = prepared(events)
        far, places = M._FarCountries(frame), M._Places(frame)
        hand = _ORIGINAL(pairs, table, words, NEEDS, far, places)
        kept = set(zip(hand["i"].to_list(), hand["j"].to_list()))
        got = parts(pairs, table, words, far, places)
        lab = labels(frame, refs)
        if got.height:
            y = [None if lab[i] is None or lab[j] is None else float(lab[i] == lab[j])
                 for i, j in zip(got["i"].to_list(), got["j"].to_list())]
            got = got.with_columns(pl.Series("y", y, pl.Float64),
                                   pl.Series("hand", [(i, j) in kept for i, j in zip(got["i"], got["j"])]))
        lost = len(kept - set(zip(got["i"].to_list(), got["j"].to_list()))) if got.height else len(kept)
        data[name] = dict(pairs=got, events=events, refs=refs, articles=articles, reference=reference, lost=lost)
        print(f"{name}: {pairs.height} candidates, {got.height} past the hard rules, "
              f"{int(got['y'].is_not_null().sum()) if got.height else 0} labelled "
              f"({int((got['y'] == 1).sum()) if got.height else 0} positive), hand keeps {len(kept)}"
              + (f" ({lost} not among the open pairs)" if lost else ""), file=sys.stderr)
    return data


def matrix(frame: pl.DataFrame) -> np.ndarray:
    return frame.select(FEATURES).to_numpy().astype(float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 60) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Logistic regression by Newton's method on standardised features: (weights, mean, scale);
    with ``BALANCED`` each class weighs as much as the other (positives outnumber negatives 5 to 1)."""
    each = np.where(y == 1, len(y) / (2 * max(y.sum(), 1)), len(y) / (2 * max((1 - y).sum(), 1))) if BALANCED \
        else np.ones(len(y))
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (each * (p - y)) + reg * w
        hess = (z * (each * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        w -= np.linalg.solve(hess, grad)
    return w, mean, scale


def logit(model, x: np.ndarray) -> np.ndarray:
    w, mean, scale = model
    return np.hstack([np.ones((len(x), 1)), (x - mean) / scale]) @ w


def auc(scores: list[float], truth: list[float]) -> float:
    """The chance a positive pair outranks a negative one (ties half)."""
    pos = [s for s, t in zip(scores, truth) if t == 1]
    neg = [s for s, t in zip(scores, truth) if t != 1]
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def raw_weights(model) -> dict[str, float]:
    """The fitted weights on the features' own scales (per point of similarity, per flag)."""
    w, mean, scale = model
    per = w[1:] / scale
    return {"intercept": float(w[0] - (per * mean).sum()), **{f: float(v) for f, v in zip(FEATURES, per)}}


def simulate(story: dict, model, cut: float) -> dict:
    """The story's events re-merged with the fitted rule in place of ``_scored``'s thresholds and floors."""
    def fitted(pairs, table, words, needs, far=None, places=None):
        got = parts(pairs, table, words, far, places)
        if not got.height:
            return _ORIGINAL(pairs, table, words, needs, far, places)
        margin = logit(model, matrix(got))
        chosen = got.with_columns(pl.Series("score", 100 + 10 * margin))
        if EITHER:  # the hand-set rule's links, and the fitted rule's beside them
            hand = _ORIGINAL(pairs, table, words, needs, far, places).select("i", "j", pl.lit(True).alias("hand"))
            chosen = chosen.join(hand.with_columns(pl.col("i", "j").cast(pl.Int64)), on=["i", "j"], how="left")
            chosen = chosen.filter(pl.Series(margin > cut) | pl.col("hand").fill_null(False))
        else:
            chosen = chosen.filter(pl.Series(margin > cut))
        return chosen.select(pl.col("agreement").cast(pl.Int32), pl.col("score").cast(pl.Float64),
                             pl.col("i").cast(pl.UInt32), pl.col("j").cast(pl.UInt32),
                             pl.col("similarity").cast(pl.Float64), "copy", "alike")
    M._scored = fitted
    try:
        return _score_merged(story, M.merge_events(story["events"], stories=False))
    finally:
        M._scored = _ORIGINAL


def _score_merged(story: dict, merged: pl.DataFrame) -> dict:
    path = Path("/tmp") / f"weights_{os.getpid()}.parquet"
    merged.write_parquet(path)
    try:
        outlet_of = {a["id"]: a.get("source") or a["id"] for a in S.load_jsonl(story["articles"])}
        return S.score(S.load_events(path), story["refs"], outlet_of)["summary"]
    finally:
        path.unlink()


def main(out: Path, simulate_too: bool, cut: float = 0.0) -> None:
    data = collect(out)
    names = list(data)
    labelled = {n: d["pairs"].filter(pl.col("y").is_not_null()) if d["pairs"].height else d["pairs"]
                for n, d in data.items()}
    tot = defaultdict(int)
    ranked: list[tuple] = []  # (held-out logit, hand score, label, agreement, share)
    print("held-out story: labelled pairs pos/neg | hand right (tp fp fn) | fitted right (tp fp fn)")
    models = {}
    for name in names:
        train = pl.concat([labelled[n] for n in names if n != name and labelled[n].height])
        model = fit(matrix(train), train["y"].to_numpy())
        models[name] = model
        test = labelled[name]
        if not test.height:
            print(f"{name}: no labelled pair")
            continue
        y = test["y"].to_numpy() == 1
        hand = test["hand"].to_numpy()
        fitted = logit(model, matrix(test)) > cut
        ranked += zip(logit(model, matrix(test)), test["score"], y.astype(float), test["agreement"], test["share"])
        row = []
        for tag, got in (("hand", hand), ("fit", fitted)):
            tp, fp, fn = int((got & y).sum()), int((got & ~y).sum()), int((~got & y).sum())
            tot[tag, "tp"] += tp
            tot[tag, "fp"] += fp
            tot[tag, "fn"] += fn
            tot[tag, "right"] += int((got == y).sum())
            row.append(f"{int((got == y).sum())} ({tp} {fp} {fn})")
        tot["n"] += len(y)
        tot["pos"] += int(y.sum())
        print(f"{name}: {int(y.sum())}/{int((~y).sum())} | {row[0]} | {row[1]}")
    print(f"ALL: {tot['pos']}/{tot['n'] - tot['pos']} | "
          + " | ".join(f"{tag} right {tot[tag, 'right']}/{tot['n']}, tp {tot[tag, 'tp']} fp {tot[tag, 'fp']} "
                       f"fn {tot[tag, 'fn']}" for tag in ("hand", "fit")))
    for title, keep in (("all", lambda a: True), ("one day", lambda a: a == 0), ("other dates", lambda a: a != 0)):
        rows = [r for r in ranked if keep(r[3])]
        print(f"ranking (AUC, held-out) {title}: {len(rows)} pairs, fitted {auc([r[0] for r in rows], [r[2] for r in rows]):.3f}, "
              f"hand score {auc([r[1] for r in rows], [r[2] for r in rows]):.3f}, "
              f"share alone {auc([r[4] for r in rows], [r[2] for r in rows]):.3f}")
    every = pl.concat([labelled[n] for n in names if labelled[n].height])
    model = fit(matrix(every), every["y"].to_numpy())
    print("fitted on all 19 (per unit of each feature; similarity in points; logit > 0 links):")
    for f, v in raw_weights(model).items():
        print(f"  {f:15} {v:+.3f}")
    (Path(out) / "weights_pairs.parquet").parent.mkdir(exist_ok=True)
    every.write_parquet(Path(out) / "weights_pairs.parquet")
    if not simulate_too:
        return
    print("held-out re-merge: merge full / eligible, purity — hand-set | fitted")
    sums = defaultdict(int)
    for name in names:
        story = data[name]
        hand = _score_merged(story, M.merge_events(story["events"], stories=False))
        fit_ = simulate(story, models[name], cut)
        line = []
        for tag, s in (("hand", hand), ("fit", fit_)):
            full, pur = s["merge_full"], s["merge_purity"]
            sums[tag, "full"] += full[0]
            sums[tag, "elig"] += s["merge_eligible"]
            sums[tag, "pure"] += pur[0]
            sums[tag, "clusters"] += pur[1]
            line.append(f"{full[0]} of {s['merge_eligible']}, purity {pur[0]}/{pur[1]}")
        print(f"{name}: {line[0]} | {line[1]}", flush=True)
    print("ALL: " + " | ".join(f"{tag} full {sums[tag, 'full']} of {sums[tag, 'elig']}, purity {sums[tag, 'pure']}/"
                               f"{sums[tag, 'clusters']}" for tag in ("hand", "fit")))


# --- one constant at a time: each story re-merged with the constant moved (``--scan``) ---

SCAN = {  # the hand-set constants of the pair score and its floors, each with the values tried
    "SAME_DAY_THRESHOLD": (35.0, 40.0, 50.0, 55.0), "SIMILARITY_THRESHOLD": (55.0, 75.0),
    "NEXT_DAY_THRESHOLD": (60.0, 80.0), "MIN_SHARED_WEIGHT[0]": (0.2, 0.25, 0.35, 0.4),
    "ONE_HAPPENING_SHARE": (0.6, 1.0), "CLASS_MARGIN": (15.0, 20.0, 40.0),
    "SAME_TRIGGER_BONUS": (5.0, 10.0, 20.0, 25.0), "SHARED_NUMBER_BONUS": (0.0, 20.0),
    "MISMATCH_PENALTY": (0.0, 30.0), "SAME_TOWN_BONUS": (0.0, 30.0), "TITLE_BONUS": (0.0, 10.0),
    "OBJECT_PENALTY": (0.0, 30.0),
}


def _merged_with(story: dict, name: str | None, value: float | None) -> dict:
    """The story re-merged with one constant set to ``value`` (``None``: as it is)."""
    kwargs = {}
    saved = None
    if name in ("SAME_DAY_THRESHOLD", "SIMILARITY_THRESHOLD"):
        kwargs = {"same_day_threshold" if name == "SAME_DAY_THRESHOLD" else "threshold": value}
    elif name == "MIN_SHARED_WEIGHT[0]":
        saved = ("MIN_SHARED_WEIGHT", M.MIN_SHARED_WEIGHT)
        M.MIN_SHARED_WEIGHT = (value, *M.MIN_SHARED_WEIGHT[1:])
    elif name is not None:
        saved = (name, getattr(M, name))
        setattr(M, name, value)
    try:
        return _score_merged(story, M.merge_events(story["events"], stories=False, **kwargs))
    finally:
        if saved:
            setattr(M, *saved)


def scan(out: Path, only: dict[str, tuple[float, ...]] | None = None) -> None:
    """Each constant moved alone, every story re-merged: merge full and purity per story; then a
    leave-one-story-out choice (the value with most merge full on the other 18 at purity ≥ .98 there,
    ties to the hand-set value) scored on the held-out story. ``only``: these constants and values
    instead of :data:`SCAN` (``--scan=NAME:v1,v2``, several allowed: any constant of the merge, or
    ``MIN_SHARED_WEIGHT[0]``)."""
    global SCAN
    if only:
        SCAN = only
    data = {}
    for name, reference, articles in stories(out):
        if not (out / f"{name}.default.events.parquet").exists():
            continue
        data[name] = dict(events=pl.read_parquet(out / f"{name}.default.events.parquet"),
                          refs=S.load_jsonl(reference), articles=articles)
    settings = [(None, None)] + [(c, v) for c, values in SCAN.items() for v in values]
    table = {}
    for setting in settings:
        per = {}
        for story, d in data.items():
            s = _merged_with(d, *setting)
            per[story] = (s["merge_full"][0], s["merge_eligible"], s["merge_purity"][0], s["merge_purity"][1])
        table[setting] = per
        tot = [sum(p[k] for p in per.values()) for k in range(4)]
        print(f"{setting[0] or 'hand-set'} {'' if setting[1] is None else setting[1]}: full {tot[0]} of {tot[1]}, "
              f"purity {tot[2]}/{tot[3]}; per story (full, purity wrong): "
              + " ".join(f"{k[:6]}:{p[0]},{p[3] - p[2]}" for k, p in per.items()), flush=True)
    Path(out, "weights_scan.json").write_text(json.dumps({f"{c}={v}": p for (c, v), p in table.items()}))
    for constant in SCAN:
        options = [(None, None)] + [(constant, v) for v in SCAN[constant]]
        held = [0, 0, 0, 0]
        chosen = []
        for story in data:
            def on_rest(setting):
                rest = [p for k, p in table[setting].items() if k != story]
                full, pure, clusters = sum(p[0] for p in rest), sum(p[2] for p in rest), sum(p[3] for p in rest)
                return (pure >= 0.98 * clusters, full, setting == (None, None))
            best = max(options, key=on_rest)
            chosen.append(best[1])
            for k in range(4):
                held[k] += table[best][story][k]
        print(f"LOSO {constant}: held-out full {held[0]} of {held[1]}, purity {held[2]}/{held[3]}; "
              f"values chosen {sorted(set(map(str, chosen)))}")


if __name__ == "__main__":
    scans = [a.split("=", 1)[1] for a in sys.argv[2:] if a.startswith("--scan=")]
    if "--scan" in sys.argv[2:] or scans:
        chosen = {name: tuple(float(v) if "." in v else int(v) for v in values.split(","))
                  for name, values in (one.split(":", 1) for one in scans)}
        scan(Path(sys.argv[1]), chosen or None)
        sys.exit(0)
    cuts = [float(a.split("=", 1)[1]) for a in sys.argv[2:] if a.startswith("--cut=")]
    main(Path(sys.argv[1]), "--simulate" in sys.argv[2:], cuts[0] if cuts else 0.0)
