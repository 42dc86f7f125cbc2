#!/usr/bin/env python3
"""Write each development story's articles file from the corpus, outside the repository, and check it.

    python benchmarks/stories/build.py [--corpus PARQUET] [--out DIR] [STORY ...]

The corpus text never enters the repository: a story is kept here as ``<story>.ids.txt`` (corpus
ids, one a line; ``#`` starts a comment) and ``<story>.reference.jsonl`` (its reference
chronology). This script copies the listed rows of the SaudiNewsNet sample
(``../shared/corpus/news_sample.parquet`` beside the clone, or ``--corpus``, or
``$TIMELINE_CORPUS``) unchanged into ``DIR/<story>.articles.jsonl`` (fields ``id, text,
published, source, title, url, published_evidence``; ``published`` is the corpus date column,
``published_evidence`` is "corpus date column"), DIR being ``--out`` or a new temporary folder,
printed on the last line.

Checks (any failure is an error and the exit status is 1):
- every id is in the corpus, once;
- every "اليوم / أمس / غداً (+ part of day) + weekday" in a text agrees with its publication
  date (an article whose text contradicts its date is left out of the story, not listed);
- the reference: known ids, ``dated_in`` within ``mentioned_in``, 1-5 keywords, and every
  mentioning article holds a keyword (folded as ``score_story.py`` folds them).
Needs polars (a dependency of the package).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "news_sample.parquet"

WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6}
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DEICTIC = {"اليوم": 0, "أمس": -1, "امس": -1, "غدا": 1, "غداً": 1, "غدًا": 1}
# "(أول من) أمس", "أول أمس", "أمس الأول" and "بعد غد" name other days: not checked.
_CHECK = re.compile(
    r"(?<!أول )(?<!اول )(?<!أول من )(?<!اول من )(?<!من\) )(?<!من\)\s)(?<!بعد )"
    r"(اليوم|أمس|امس|غداً|غدًا|غدا)(?!\s*الأول)(?!\s*الاول)\s*[\(،,]?\s*"
    r"(?:(?:مساء|صباح|ظهر|عصر|فجر|ليلة|ليل)\s*)?(?:يوم\s*)?(" + _WD + r")")

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       **{chr(0x0660 + i): str(i) for i in range(10)},
                       **{chr(0x06F0 + i): str(i) for i in range(10)}})


def norm(text: str) -> str:
    """Fold Arabic text as ``score_story.py`` does for keyword matching."""
    text = _MARKS.sub("", unicodedata.normalize("NFC", text)).translate(_FOLD)
    return re.sub(r"\s+", " ", text)


def stories() -> list[str]:
    """The stories kept here: every ``<story>.ids.txt`` beside this script."""
    return sorted(p.name[: -len(".ids.txt")] for p in HERE.glob("*.ids.txt"))


def read_ids(story: str) -> list[str]:
    """The corpus ids of a story, in file order (comments and blank lines skipped)."""
    lines = (HERE / f"{story}.ids.txt").read_text(encoding="utf-8").splitlines()
    return [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]


def check_dates(row: dict) -> list[str]:
    """Every deictic + weekday of the text against the publication date."""
    pub = dt.date.fromisoformat(row["published"][:10])
    bad = []
    for m in _CHECK.finditer(row["text"]):
        day = pub + dt.timedelta(days=_DEICTIC[m.group(1)])
        if day.weekday() != WEEKDAYS[m.group(2)]:
            bad.append(f"{row['id']}: «{m.group(0)}» but published {pub} ({pub:%A})")
    return bad


def check_reference(story: str, articles: dict[str, dict]) -> list[str]:
    """The reference file's events against the story's articles."""
    errors = []
    path = HERE / f"{story}.reference.jsonl"
    seen = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        ev = json.loads(line)
        where = f"{path.name}:{n} {ev.get('id')}"
        for key in ("id", "label_en", "date", "reference_url", "reference_quote", "keywords_ar",
                    "mentioned_in", "dated_in"):
            if not ev.get(key) and key != "dated_in":
                errors.append(f"{where}: no {key}")
        if ev["id"] in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(ev["id"])
        if not 1 <= len(ev["keywords_ar"]) <= 5:
            errors.append(f"{where}: {len(ev['keywords_ar'])} keywords (1-5)")
        keys = [norm(k) for k in ev["keywords_ar"]]
        for aid in ev["mentioned_in"]:
            if aid not in articles:
                errors.append(f"{where}: {aid} is not an article of the story")
            elif not any(k in norm(articles[aid]["text"]) for k in keys):
                errors.append(f"{where}: no keyword in {aid}")
        errors += [f"{where}: dated_in {a} not in mentioned_in" for a in ev["dated_in"]
                   if a not in ev["mentioned_in"]]
        dates = ev["date"] if isinstance(ev["date"], list) else [ev["date"]]
        for d in dates:
            try:
                dt.datetime.fromisoformat(d)
            except ValueError:
                errors.append(f"{where}: bad date {d!r}")
    return errors


def build(story: str, corpus: pl.DataFrame, out: Path) -> list[str]:
    """Write ``out/<story>.articles.jsonl``; return the errors found."""
    ids = read_ids(story)
    errors = [f"{story}: {i} listed twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    rows = {r["id"]: r for r in corpus.filter(pl.col("id").is_in(ids)).to_dicts()}
    errors += [f"{story}: {i} not in the corpus" for i in ids if i not in rows]
    arts = []
    for i in dict.fromkeys(ids):
        if i in rows:
            r = rows[i]
            errors += check_dates(r)
            arts.append({"id": r["id"], "text": r["text"], "published": r["published"], "source": r["source"],
                         "title": r["title"], "url": r["url"], "published_evidence": "corpus date column"})
    arts.sort(key=lambda a: (a["published"], a["id"]))
    path = out / f"{story}.articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    errors += check_reference(story, {a["id"]: a for a in arts})
    if arts:
        print(f"{path.name}: {len(arts)} articles, {len({a['source'] for a in arts})} outlets, "
              f"{arts[0]['published'][:10]} .. {arts[-1]['published'][:10]}")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("stories", nargs="*", help="stories to build (default: all)")
    ap.add_argument("--corpus", type=Path,
                    default=Path(os.environ.get("TIMELINE_CORPUS", DEFAULT_CORPUS)))
    ap.add_argument("--out", type=Path, help="folder for the articles files (default: a new temporary one)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (give --corpus or $TIMELINE_CORPUS)", file=sys.stderr)
        return 2
    names = args.stories or stories()
    unknown = [s for s in names if s not in stories()]
    if unknown:
        print(f"unknown stories: {', '.join(unknown)} (known: {', '.join(stories())})", file=sys.stderr)
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="timeline-stories-"))
    out.mkdir(parents=True, exist_ok=True)
    corpus = pl.read_parquet(args.corpus, columns=["id", "text", "published", "title", "url", "source"])
    errors = [e for s in names for e in build(s, corpus, out)]
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
