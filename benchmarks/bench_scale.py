"""How ``timeline build`` scales: long articles, many articles, all cores, Ray.

    python benchmarks/bench_scale.py long                  # one article of 0.25, 0.5 and 1 MB
    python benchmarks/bench_scale.py corpus --sizes 1000 5000 20000 50000
    python benchmarks/bench_scale.py ray --sizes 5000      # Ray against the local engine

``long`` times event extraction (tagging apart) on one article made of Arabic news
sentences written for this benchmark, repeated to the size asked: extraction must stay
linear in the article's length. ``corpus`` runs ``timeline build`` in a child process on
the shared corpus (``../shared/corpus/news_sample.parquet``, 5,000 articles) replicated
with its publication dates shifted by whole years, and prints wall time, the peak memory of
the process tree, CPU use (user + sys over wall) and time per article. Its text never
leaves the temporary folder. ``ray`` builds the same articles with ``--engine ray`` and
with the local engine and checks that the events are equal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

SENTENCES = (
    "وصل وزير الخارجية إلى القاهرة مساء أمس، الاثنين، في زيارة تستمر ثلاثة أيام.",
    "وقال المتحدث إن الاجتماع سيعقد الخميس المقبل في مقر الجامعة، ثم يعود الوفد في 15 آذار.",
    "وكانت الحكومة قد أعلنت في كانون الثاني الماضي عن خطة للنقل، بينما افتتح الجسر عام 2019.",
    "وشهدت حلب صباح اليوم أمطاراً غزيرة أغلقت الطرق الرئيسية",
    "ومنذ ثلاثة أسابيع يطالب السكان بإصلاح الكهرباء، فيما وعدت البلدية بالبدء مطلع العام المقبل.",
)
PUBLISHED = dt.datetime(2022, 1, 25)


def long_text(size: int) -> str:
    """About ``size`` characters of the sentences above."""
    parts, length, i = [], 0, 0
    while length < size:
        sentence = SENTENCES[i % len(SENTENCES)]
        parts.append(sentence)
        length += len(sentence) + 1
        i += 1
    return " ".join(parts)


def bench_long(sizes: list[int]) -> None:
    """Tagging and event extraction of one long article, per size."""
    from timeline.events import article_events
    from timeline.tagger import tag

    article_events("warm-up", long_text(2000), PUBLISHED)  # load grammar and gazetteer
    print(f"{'chars':>10} {'timexes':>8} {'events':>8} {'tag s':>7} {'extract s':>10} {'µs/char':>8}")
    for size in sizes:
        text = long_text(size)
        began = time.perf_counter()
        timexes = tag(text, PUBLISHED)
        tagged = time.perf_counter()
        events = article_events("long", text, PUBLISHED, timexes=timexes)
        done = time.perf_counter()
        print(f"{len(text):>10,} {len(timexes):>8,} {len(events):>8,} {tagged - began:>7.2f} "
              f"{done - tagged:>10.2f} {(done - tagged) / len(text) * 1e6:>8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="case", required=True)
    long = sub.add_parser("long", help="one long article")
    long.add_argument("--sizes", type=int, nargs="+", default=[250_000, 500_000, 1_000_000])
    args = parser.parse_args()
    if args.case == "long":
        bench_long(args.sizes)


if __name__ == "__main__":
    main()
