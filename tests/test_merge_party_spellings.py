"""Words outlets spell two ways (``الديموقراطي`` and ``الديمقراطي``, ``أوربا`` and ``أوروبا``, with every
inflection) are one word to the merge, as ``الأميركية`` and ``الأمريكية`` are (``spellings`` of
``lang/ar/wording.yaml``); a word that only shares letters is not (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import clause_features


def _stems(clauses: list[str]) -> list[set[str]]:
    """Each clause's words as the merge compares them (their stems)."""
    events = build_timeline(pl.DataFrame([
        {"id": f"c{k}", "source": "صحيفة", "published": "2024-03-10T08:00", "text": text}
        for k, text in enumerate(clauses)]), merge=False).events
    features = clause_features(events)
    stem = dict(zip(features.words["word"], features.words["stem"]))
    by_id = dict(zip(events["article_id"], ({stem[w] for w in words} for words in features.events["words"])))
    return [by_id[f"c{k}"] for k in range(len(clauses))]


def test_the_party_spelled_two_ways_is_one_word() -> None:
    afp, other, plural = _stems(["اجتمع مرشحو الحزب الديموقراطي أمس في المدينة.",
                                 "اجتمع مرشحو الحزب الديمقراطي أمس في المدينة.",
                                 "التقى النواب الديموقراطيين أمس في قاعة البلدية."])
    assert afp == other
    assert "ديمقراط" in afp & plural


def test_europe_spelled_two_ways_is_one_word() -> None:
    short, long, country = _stems(["وصل وزراء الاتحاد الأوربي أمس إلى العاصمة.",
                                   "وصل وزراء الاتحاد الأوروبي أمس إلى العاصمة.",
                                   "وصلت بعثة من أوربا أمس إلى المطار."])
    assert short == long
    assert "اوروب" in short & country


def test_a_word_sharing_letters_stays_apart() -> None:
    party, other = _stems(["فاز الحزب الديموقراطي أمس بالمقعد.", "فاز الحزب الديني أمس بالمقعد."])
    assert "ديمقراط" in party - other
