#!/usr/bin/env bash
# Build every development story kept here and the shared ones with the engine (default and
# --inherit), score them and print the SUMMARY lines. Not part of the test suite.
# Usage: run.sh [TIMELINE_BIN] [PYTHON] [OUTDIR]
#   TIMELINE_BIN  the engine's CLI (default: timeline on PATH)
#   PYTHON        a Python with polars (default: python3)
#   OUTDIR        where articles, events, pages and scores go (default: a temp dir)
# Needs ../shared beside the clone (corpus/news_sample.parquet, eval/stories/score_story.py and
# the shared stories in eval/stories/), or SHARED=/path/to/shared.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SHARED="${SHARED:-$(cd "$HERE/../../.." && pwd)/shared}"
TL="${1:-timeline}"
PY="${2:-python3}"
OUT="${3:-$(mktemp -d)}"
SCORE="$SHARED/eval/stories/score_story.py"
for f in "$SHARED/corpus/news_sample.parquet" "$SCORE"; do
  [ -f "$f" ] || { echo "missing $f (set SHARED=/path/to/shared)" >&2; exit 2; }
done
mkdir -p "$OUT/articles"
"$PY" "$HERE/build.py" --corpus "$SHARED/corpus/news_sample.parquet" --out "$OUT/articles" >/dev/null
score() {  # story articles reference
  local story="$1" articles="$2" reference="$3" mode flag
  for mode in default inherit; do
    flag=""; [ "$mode" = inherit ] && flag="--inherit"
    "$TL" build "$articles" -o "$OUT/$story.$mode.html" --events "$OUT/$story.$mode.events.parquet" $flag -q
    "$PY" "$SCORE" "$OUT/$story.$mode.events.parquet" "$reference" --articles "$articles" \
          --name "$story[$mode]" --json "$OUT/$story.$mode.score.json" > "$OUT/$story.$mode.score.txt"
    grep '^SUMMARY' "$OUT/$story.$mode.score.txt"
  done
}
for ids in "$HERE"/*.ids.txt; do
  story="$(basename "$ids" .ids.txt)"
  score "$story" "$OUT/articles/$story.articles.jsonl" "$HERE/$story.reference.jsonl"
done
# the shared stories (their articles files live in ../shared)
for reference in "$SHARED"/eval/stories/*.reference.jsonl; do
  story="$(basename "$reference" .reference.jsonl)"
  score "$story" "${reference%.reference.jsonl}.articles.jsonl" "$reference"
done
echo "details: $OUT/*.score.txt"
