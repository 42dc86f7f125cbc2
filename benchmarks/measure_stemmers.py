"""Outside Arabic stemmers measured against the merge's light stem (prints numbers; not a test).

    pip install snowballstemmer nltk tashaphyne arabicstemmer qalsadi   # none is a dependency
    python benchmarks/measure_stemmers.py [--corpus ../shared/corpus/news_sample.parquet]

On the corpus's content words (folded, function and time words and the article dropped, as
:meth:`timeline.wording.Wording.plain` leaves them): words per CPU second (``time.process_time``,
median of 3; qalsadi once, on the 20,000 commonest words), how many distinct keys each makes
(against the light stem's), and on word pairs written for this measure: how many forms of one
happening it joins (a verb and its verbal noun, a plural and its singular) and how many words
of different meaning it joins too. lemma33 (NOTES) has the figures. A stemmer missing is skipped.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

from timeline.normalize import fold_expr
from timeline.wording import _TOKEN, load_wording

ROOT = Path(__file__).resolve().parents[1]

PAIRS = [  # (form, form, one happening?): folded words, written for this measure
    ("اصدر", "اصدار", True), ("صوت", "تصويت", True), ("عثر", "عثور", True), ("افتتح", "افتتاح", True),
    ("اعلن", "اعلان", True), ("وقع", "توقيع", True), ("اجتمع", "اجتماع", True), ("قتل", "مقتل", True),
    ("انفجر", "انفجار", True), ("فجر", "تفجير", True), ("اطلق", "اطلاق", True), ("زار", "زياره", True),
    ("وصل", "وصول", True), ("انتخب", "انتخابات", True), ("سجل", "تسجيل", True), ("اعتقل", "اعتقال", True),
    ("هاجم", "هجوم", True), ("استقبل", "استقبال", True), ("اقر", "اقرار", True), ("وافق", "موافقه", True),
    ("غرق", "غرقي", True), ("قرارات", "قرار", True), ("جلسته", "جلسه", True), ("مباراه", "مباريات", True),
    ("فيضانات", "فيضان", True), ("انتخابات", "انتخابي", True), ("مدارس", "مدرسه", True),
    ("كتب", "مكتب", False), ("قتل", "قتال", False), ("علم", "علماء", False), ("عمل", "عمليه", False),
    ("حكم", "حكومه", False), ("سلم", "سلام", False), ("امن", "ايمان", False), ("وزير", "وزاره", False),
    ("قرار", "استقرار", False), ("نفط", "انفاط", False), ("جمع", "جامعه", False), ("سفر", "سفير", False),
    ("مطار", "امطار", False), ("قدم", "تقدم", False), ("دول", "دولار", False),
]


def _stemmers() -> dict[str, Callable[[str], str]]:
    """Each installed outside stemmer, by name."""
    found: dict[str, Callable[[str], str]] = {}
    try:
        import snowballstemmer
        found["snowball"] = snowballstemmer.stemmer("arabic").stemWord
    except ImportError:
        pass
    try:
        from nltk.stem.isri import ISRIStemmer
        found["isri"] = ISRIStemmer().stem
    except ImportError:
        pass
    try:
        import tashaphyne.stemming as tashaphyne
        light, rooted = tashaphyne.ArabicLightStemmer(), tashaphyne.ArabicLightStemmer()
        found["tashaphyne_light"] = light.light_stem

        def root(word: str) -> str:
            rooted.light_stem(word)
            return rooted.get_root()
        found["tashaphyne_root"] = root
    except ImportError:
        pass
    try:
        from arabicstemmer import ArabicStemmer
        found["arabicstemmer"] = ArabicStemmer().stemWord
    except ImportError:
        pass
    try:
        import qalsadi.lemmatizer
        found["qalsadi"] = qalsadi.lemmatizer.Lemmatizer().lemmatize
    except ImportError:
        pass
    return found


def _content_words(corpus: str) -> list[str]:
    """The corpus's distinct content words, commonest first."""
    texts = pl.read_parquet(corpus)["text"].rename("t")
    counts = fold_expr(texts).str.extract_all(_TOKEN).explode().drop_nulls().value_counts()
    wording, plain = load_wording(), {}
    for token, n in zip(counts["t"].to_list(), counts["count"].to_list()):
        if (word := wording.plain(token)) and not word.isdecimal():
            plain[word] = plain.get(word, 0) + n
    return sorted(plain, key=plain.__getitem__, reverse=True)


def _rate(one: Callable[[str], str], words: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        for word in words:
            one(word)
        times.append(time.process_time() - t0)
    return len(words) / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news_sample.parquet"))
    words = _content_words(parser.parse_args().corpus)
    light = load_wording().stem
    print(f"{len(words)} distinct content words")
    one_happening = sum(same for *_, same in PAIRS)
    for name, one in {"light (project)": light, **_stemmers()}.items():
        sample = words[:20000] if name == "qalsadi" else words
        rate = _rate(one, sample, 1 if name == "qalsadi" else 3)
        keys = {one(word) for word in sample}
        joined = sum(one(a) == one(b) for a, b, same in PAIRS if same)
        wrong = sum(one(a) == one(b) for a, b, same in PAIRS if not same)
        print(f"{name:>16}: {rate:>11,.0f} words/s, {len(keys):>6} keys of {len(sample)} words "
              f"(light {len({light(w) for w in sample})}); pairs: one happening {joined}/{one_happening}, "
              f"different meaning joined {wrong}/{len(PAIRS) - one_happening}")


if __name__ == "__main__":
    main()
