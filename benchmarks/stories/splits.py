"""Why the stories' happenings split: for every eligible happening not in one entry, each right-dated
mention outside its largest entry, the closest pair it makes with that entry's mentions and why the
merge did not link or join them. Not part of the test suite.

Usage (after ``run.sh``, whose OUTDIR holds the default-mode events and the articles):
    python benchmarks/stories/splits.py OUTDIR [STORY ...]        # SHARED=/path/to/shared if elsewhere

The events file is the build's output: the merge's features are recomputed from it (its rows, as
``timeline build`` wrote them, dated pending phrases included), so a pair's figures are close to,
not always exactly, what the build scored. Causes, per pair (the best of the entry's mentions):

- ``class``: two classes or groups of happening (``_scored``'s first filter; a class pair needs
  ``CLASS_MARGIN`` more; two classes of one kind told in one town are one class, ``kinds`` of
  triggers.yaml); ``none``: the outside clause names no class and shares too little;
- ``candidate``: never a candidate pair, and why (:meth:`Story.no_candidate`): ``words`` (fewer than two
  informative words shared in a week bucket both span), ``blocks`` (no bucket shared: a date longer than
  ``MAX_BUCKETS`` weeks is blocked by its year, the others by their weeks), ``window`` (dates further apart
  than the conflict window) or ``cap`` (a bucket's or an event's cap: they pair once both are lifted);
- ``floor``: one class, a candidate, dropped by the shared-information floor only (it scores enough
  once ``MIN_SHARED_WEIGHT``, ``FAR_SHARE`` and ``CLOSEST_SHARE`` are 0); ``score``: one class, under the
  least score even without the floor;
- ``union``: the pair links, but the union's guards (``_Components.union``) keep the entries apart.

Each pair is printed outside mention first, then the entry's: its classes, the happening words that
gave them (stems), and ``similarity``, the content words' overlap ``_scored`` starts from (a class pair
needs ``SAME_DAY_THRESHOLD`` plus ``CLASS_MARGIN`` of it, bonuses and penalties aside).
``dates`` is how the two dates agree as the merge reads them: ``day`` (both a day or finer, overlapping:
the same-day score and floor), ``overlap`` (one coarser: a week or a month holding the other), ``next``
(both fine, less than a day apart: consecutive days or two hours of one day), ``apart`` (disjoint: the
conflict score). ``bucket`` is the (articles, outlets, most articles of one outlet) telling that class on that day
in the story's batch: how unique the happening's class is that day.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import polars as pl

from timeline import merge as M
from timeline.frame import conform_events, order_events
from timeline.happenings import load_triggers
from timeline.wording import clause_features

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("SHARED", HERE.parents[2] / "shared"))
SCORE = SHARED / "eval" / "stories" / "score_story.py"
NEEDS = (M.SAME_DAY_THRESHOLD, M.SIMILARITY_THRESHOLD, M.NEXT_DAY_THRESHOLD, M.CONFLICT_THRESHOLD)


Happening = tuple[str, str, list[tuple[str, str, str, str]]]
"""A happening not in one entry (:func:`happenings`): its id, 'k/n' (right-dated outlets in its largest entry
of all), its mentions (article, day, expression, clause)."""


def stories(out: Path) -> list[tuple[str, Path, Path]]:
    """(story, reference, articles) of run.sh's stories."""
    found = [(ids.name.removesuffix(".ids.txt"), ids.with_name(ids.name.replace(".ids.txt", ".reference.jsonl")),
              out / "articles" / ids.name.replace(".ids.txt", ".articles.jsonl")) for ids in sorted(HERE.glob("*.ids.txt"))]
    for ref in sorted((SHARED / "eval" / "stories").glob("*.reference.jsonl")):
        name = ref.name.removesuffix(".reference.jsonl")
        found.append((name, ref, ref.with_name(name + ".articles.jsonl")))
    return found


@contextmanager
def _no_floor() -> Iterator[None]:
    """``_scored`` with no floor: ``MIN_SHARED_WEIGHT`` 0, and the lowered floors of a far day
    (``FAR_SHARE``) and of each outlet's closest report (``CLOSEST_SHARE``) 0 too."""
    saved = M.MIN_SHARED_WEIGHT, M.FAR_SHARE, M.CLOSEST_SHARE
    M.MIN_SHARED_WEIGHT, M.FAR_SHARE, M.CLOSEST_SHARE = (0.0, 0.0, 0.0, 0.0), 0.0, 0.0
    try:
        yield
    finally:
        M.MIN_SHARED_WEIGHT, M.FAR_SHARE, M.CLOSEST_SHARE = saved


class Story:
    """The merge's view of one story's events."""

    def __init__(self, events: pl.DataFrame) -> None:
        self.frame = frame = order_events(conform_events(events))
        features = clause_features(frame)
        self.table = M._event_table(frame, features, M.CONFLICT_WINDOW)
        self.words = features.words
        self.cands = self._candidates()
        self._uncapped: set[tuple[int, int]] | None = None  # the pairs found with no cap (no_candidate)
        ordered = self.words.sort("word")
        self.info, self.stem = ordered["info"].to_list(), ordered["stem"].to_list()
        self.chars = ordered["chars"].to_list()
        self.far = M._FarCountries(frame)
        self.joint = load_triggers().joint  # pairs of classes one class to the merge when their dates meet
        self.places = M._Places(frame)  # as merge_events passes it: a lowered floor's pairs need one place
        day = frame["start"].dt.date()
        told = pl.DataFrame({"trigger": self.table["trigger"], "day": day, "article": frame["article_id"],
                             "source": frame["source"],
                             "fine": self.table["fine"] & ~self.table["bound"]}).filter(
            pl.col("fine") & pl.col("trigger").is_not_null())
        self.buckets = {key: (g["article"].n_unique(), g["source"].n_unique(),
                              int(g.group_by("source").agg(pl.col("article").n_unique())["article"].max()))
                        for key, g in told.group_by(["trigger", "day"])}
        self.day = day

    def rows(self, article: str, expr: str, day: str, clause: str = "") -> list[int]:
        """The rows of a mention: its article and expression, then its day and its clause's
        opening when one article holds several (two «أمس» of one article are two clauses)."""
        hit = self.frame.with_row_index("r").filter(pl.col("article_id").str.starts_with(article),
                                                   pl.col("expr").str.starts_with(expr.rstrip("…")))
        if hit.height > 1:
            same = hit.filter(pl.col("start").dt.strftime("%Y-%m-%d").str.starts_with(day[:10]))
            hit = same if same.height else hit
        opening = clause.rstrip("…")[:40]
        if hit.height > 1 and opening:
            told = hit.filter(pl.col("clause").str.contains(opening, literal=True))
            hit = told if told.height else hit
        return hit["r"].to_list()

    def _candidates(self, capped: bool = True) -> set[tuple[int, int]]:
        """The pairs ``_candidates`` finds; with ``capped`` false, no bucket's posting cap
        (``MAX_BUCKET_POSTINGS``) nor any event's partner cap (``MAX_CANDIDATES``)."""
        saved = M.MAX_BUCKET_POSTINGS
        found: set[tuple[int, int]] = set()
        try:
            if not capped:
                M.MAX_BUCKET_POSTINGS = self.table.height + 1
            for pairs in M._candidates(self.table, self.words, M.CONFLICT_WINDOW,
                                       M.MAX_CANDIDATES if capped else self.table.height + 1):
                found.update(zip(pairs["i"].to_list(), pairs["j"].to_list()))
        finally:
            M.MAX_BUCKET_POSTINGS = saved
        return found

    def no_candidate(self, a: int, b: int) -> str:
        """Why ``_candidates`` never paired the mentions ``a`` and ``b`` (empty when it did): ``window``
        (the later starts past the earlier's end and the conflict window), ``blocks`` (no bucket shared:
        a week, or the year of a date longer than ``MAX_BUCKETS`` weeks or of a year before the batch's),
        ``cap`` (paired once the bucket's and the events' caps are lifted), else ``words`` (fewer than two
        informative words shared, neither event's only word nor an incipit)."""
        i, j = min(a, b), max(a, b)
        if (i, j) in self.cands:
            return ""
        t = self.table
        if t["start"][j] >= t["end"][i] + M.CONFLICT_WINDOW:
            return "window"
        spans = [range(min(t["first"][k], t["last"][k]), max(t["first"][k], t["last"][k]) + 1) for k in (i, j)]
        if not set(spans[0]) & set(spans[1]):
            return "blocks"
        if self._uncapped is None:
            self._uncapped = self._candidates(capped=False)
        return "cap" if (i, j) in self._uncapped else "words"

    def pair(self, a: int, b: int) -> dict:
        i, j = min(a, b), max(a, b)
        t = self.table
        shared = set(t["words"][i].to_list()) & set(t["words"][j].to_list())
        least = min(t["info"][i], t["info"][j])
        pairs = pl.DataFrame({"i": [i], "j": [j]}, schema={"i": pl.UInt32, "j": pl.UInt32})
        kept = M._scored(pairs, t, self.words, NEEDS, self.far, self.places).height > 0
        with _no_floor():
            loose = M._scored(pairs, t, self.words, NEEDS, self.far, self.places)
        trig, grp = (t["trigger"][a], t["trigger"][b]), (t["group"][a], t["group"][b])
        word = tuple(None if t["trigger_word"][k] is None else self.stem[t["trigger_word"][k]] for k in (a, b))
        # the content words' overlap (_scored's similarity): what a class pair scores before bonuses,
        # penalties and CLASS_MARGIN (a same-day pair needs SAME_DAY_THRESHOLD)
        same = sum(self.chars[w] for w in shared)
        rest = min(t["chars"][i] - same, t["chars"][j] - same)
        similarity = round(100.0 * 2 * same / (2 * same + rest), 1) if same else 0.0
        candidate = (i, j) in self.cands
        # how the dates agree, as _scored reads it (the floor and the least score follow from it)
        overlap = t["start"][j] < t["end"][i] and t["start"][i] < t["end"][j]
        fine = t["fine"][i] and t["fine"][j]
        gap = max(t["start"][j] - t["end"][i], t["start"][i] - t["end"][j])
        agreement = ("day" if fine else "overlap") if overlap else (
            "next" if fine and gap < dt.timedelta(days=1) else "apart")
        if kept:
            cause = "union"
        elif not (t["kind"][a] == t["kind"][b] and t["town"][a] is not None and t["town"][a] == t["town"][b]) \
                and not ((trig[0], trig[1]) in self.joint and agreement in ("day", "overlap")) and (
                (trig[0] != trig[1] and t["cause"][a] != trig[1] and trig[0] != t["cause"][b]) or grp[0] != grp[1]):
            # (a toll naming its cause, قتل … إثر هجوم, is of its cause's class: _scored's same_trigger; so
            # are two classes of one kind, an attack and a bombing, told in one town, and a joint pair whose
            # dates meet, a meeting and an appointment)
            cause = "none" if None in trig else "class"
        elif not candidate:
            cause = "candidate"
        elif loose.height:
            cause = "floor"
        else:
            cause = "score"
        return dict(a=a, b=b, cause=cause, candidate=candidate, why=self.no_candidate(a, b), kept=kept, agreement=agreement, as_one=self.as_one(a, b),
                    no_floor=round(float(loose["score"][0]), 1) if loose.height else None,
                    trig=trig, word=word, similarity=similarity,
                    town=(t["town"][a], t["town"][b]), own=(t["own"][a], t["own"][b]),
                    n_shared=len(shared), share=round(sum(self.info[w] for w in shared) / least, 2) if least else 0.0,
                    numbers=(t["numbers"][a].to_list(), t["numbers"][b].to_list()),
                    bucket=self.buckets.get((t["trigger"][a], self.day[a])),
                    shared=" ".join(f"{self.stem[w]}:{self.info[w]:.1f}"
                                    for w in sorted(shared, key=lambda w: -self.info[w])))


    def parts(self, a: int, b: int) -> dict[str, float] | None:
        """The parts of ``_scored``'s score for the mentions ``a`` and ``b`` with no floor (nor the far
        day's and the closest reports' lowered ones), no least count of shared words and no least score
        (so only its rules can refuse the pair: None then): ``score``, ``need`` (the least score of how
        their dates agree, before ``_scored``'s one-day readings of a coarse date), and each bonus or
        penalty by name, read by scoring again with that constant at 0 (``MISMATCH_PENALTY`` is the
        counts' and the towns' disagreement together); ``similarity`` is the rest, the words' overlap."""
        i, j = min(a, b), max(a, b)
        pairs = pl.DataFrame({"i": [i], "j": [j]}, schema={"i": pl.UInt32, "j": pl.UInt32})
        loose = {"MIN_SHARED_WEIGHT": (0.0, 0.0, 0.0, 0.0), "_MIN_SHARED_WORDS": (0, 0, 0, 0), "FAR_SHARE": 0.0,
                 "CLOSEST_SHARE": 0.0}

        def score(**zeroed: float) -> float | None:
            saved = {name: getattr(M, name) for name in (*loose, *zeroed)}
            try:
                for name, value in {**loose, **zeroed}.items():
                    setattr(M, name, value)
                found = M._scored(pairs, self.table, self.words, (-1e9,) * 4, self.far, self.places)
            finally:
                for name, value in saved.items():
                    setattr(M, name, value)
            return float(found["score"][0]) if found.height else None

        whole = score()
        if whole is None:
            return None
        names = {"class": "SAME_TRIGGER_BONUS", "count": "SHARED_NUMBER_BONUS", "mismatch": "MISMATCH_PENALTY",
                 "town": "SAME_TOWN_BONUS", "title": "TITLE_BONUS", "objects": "OBJECT_PENALTY",
                 "doer": "SAME_DOER_BONUS"}
        found = {part: whole - (score(**{name: 0.0}) or 0.0) for part, name in names.items()}
        agreement = self.pair(a, b)["agreement"]
        need = NEEDS[("day", "overlap", "next", "apart").index(agreement)]
        return {"score": round(whole, 1), "need": need, "similarity": round(whole - sum(found.values()), 1),
                **{part: round(value, 1) for part, value in found.items() if abs(value) > 1e-9}}

    def as_one(self, a: int, b: int) -> str:
        """What ``_scored`` makes of the pair when the mention ``a`` is given ``b``'s class, group and
        kind (``a`` told as one class with ``b``): ``kept`` (it would link), ``floor`` (it scores enough
        once the floors are 0: :func:`_no_floor`), ``score`` (under the least score even then); the same
        reading as the pair's own for a pair already of one class. For a ``candidate`` pair the pair's
        own ``kept`` says what scoring it would give."""
        t = self.table
        i, j = min(a, b), max(a, b)
        told = t.with_columns(**{c: t[c].scatter(a, t[c][b]) for c in ("trigger", "group", "kind")})
        pairs = pl.DataFrame({"i": [i], "j": [j]}, schema={"i": pl.UInt32, "j": pl.UInt32})
        if M._scored(pairs, told, self.words, NEEDS, self.far, self.places).height:
            return "kept"
        with _no_floor():
            loose = M._scored(pairs, told, self.words, NEEDS, self.far, self.places)
        return "floor" if loose.height else "score"


def listing(events: Path, reference: Path, articles: Path) -> str:
    """score_story's ``-v`` listing of a story's events (every reference event with its candidates)."""
    return subprocess.run([sys.executable, str(SCORE), str(events), str(reference), "--articles", str(articles), "-v"],
                          capture_output=True, text=True, check=True).stdout


def happenings(verbose: str) -> list[Happening]:
    """(id, 'k/n', mentions) of the eligible happenings whose right-dated outlets are not in one
    entry, from score_story's ``-v`` listing; a mention is (article, day, expression, clause), strictly
    right (``ok``) or a day off (``±1d``), as the scorer's merge counts them."""
    found = []
    for block in re.split(r"\n(?=(?:HIT|none|MISS)\s)", verbose):
        head = block.split("\n")[0]
        merged = re.search(r"merge (\d+)/(\d+) right-dated", head)
        if not merged or merged.group(1) == merged.group(2) or int(merged.group(2)) < 2:
            continue
        # the merge's figure counts loosely-right outlets (a day off: ±1d) as right-dated: so do its splits
        mentions = [m.groups() for m in (re.match(r"\s+(?:ok|±1d)\s+(\w+)\s+\S+\s+(\S+)\s+«(.*?)»\s*(.*)", line)
                                         for line in block.split("\n")[1:]) if m]
        found.append((head.split()[1], f"{merged.group(1)}/{merged.group(2)}", mentions))
    return found


NEAREST = ("union", "floor", "score", "candidate", "class", "none")
"""The causes from the nearest to joining to the farthest: a happening's closest cause is the first of
these its pairs show (a union's pair already links; a class pair must first be read as one class)."""


def split_stories(out: Path, only: list[str]) -> Iterator[tuple[str, Path, list[Happening]]]:
    """Each story of ``out`` (those named in ``only``; all when empty) with happenings not in one entry: its
    name, its default run's events file and those happenings (:func:`happenings`)."""
    for name, reference, articles in stories(out):
        if only and name not in only:
            continue
        events = out / f"{name}.default.events.parquet"
        todo = happenings(listing(events, reference, articles))
        if todo:
            yield name, events, todo


def main(out: Path, only: list[str]) -> None:
    causes: Counter[str] = Counter()
    closest: dict[str, list[str]] = {}
    for name, events, todo in split_stories(out, only):
        story = Story(pl.read_parquet(events))
        sources, clusters = story.frame["source"].to_list(), story.frame["cluster"].to_list()
        for hid, merged, mentions in todo:
            rows = [(story.rows(article, expr, day, clause), clause) for article, day, expr, clause in mentions]
            entries: dict[int, set[str]] = {}
            for found, _ in rows:
                for r in found:
                    entries.setdefault(clusters[r], set()).add(sources[r])
            largest = max(entries, key=lambda c: len(entries[c])) if entries else None
            inside = [r for found, _ in rows for r in found if clusters[r] == largest]
            print(f"## {name} {hid} {merged}: largest entry {largest} {sorted(entries.get(largest, []))}")
            happening: set[str] = set()
            for found, clause in rows:
                for r in found:
                    if clusters[r] == largest or sources[r] in entries.get(largest, set()):
                        continue
                    tried = [(story.pair(r, k), k) for k in inside if sources[k] != sources[r]]
                    if not tried:
                        continue
                    best, k = max(tried, key=lambda p: (p[0]["kept"], p[0]["no_floor"] is not None, p[0]["candidate"],
                                                        p[0]["share"]))
                    happening.add(best["cause"])
                    print(f"  {best['cause']:9} {sources[r]} row {r} (entry {clusters[r]}) vs {sources[k]} row {k}: "
                          f"dates {best['agreement']} class {best['trig']} word {best['word']} town {best['town']} "
                          f"own {best['own']} "
                          f"shared {best['n_shared']} share {best['share']} similarity {best['similarity']} "
                          f"no-floor score {best['no_floor']} numbers {best['numbers']} "
                          f"bucket {best['bucket']}\n            {clause[:90]}\n            shared: {best['shared']}")
            causes.update(happening)
            if happening:
                closest.setdefault(min(happening, key=NEAREST.index), []).append(hid)
    print("happenings by cause (a happening counts once per cause it shows):", dict(causes))
    print("happenings by their closest cause (each once):")
    for cause in NEAREST:
        if cause in closest:
            print(f"  {cause:9} {len(closest[cause]):3}  {' '.join(closest[cause])}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
