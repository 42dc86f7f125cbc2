"""A clause whose happening word (or a toll's cause) is in the dual tells two happenings at once
(``قتل ثلاثة جنود جراء انفجارين، أحدهما… والآخر…``): it is a report of neither alone, so it joins
no entry of one of them, though it gives the same count and names the same day; the reports of
one of the two still meet (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.happenings import load_triggers
from timeline.normalize import fold
from timeline.pipeline import build_timeline
from timeline.wording import _dual_words, clause_features

_TWO = {"id": "two", "source": "صحيفة الجبل", "published": "2024-03-11T09:00",
        "text": "وقال الجيش إن أربعة جنود قتلوا وأصيب 19 آخرون أمس الأحد جراء انفجارين، أحدهما في ثكنة "
                "للحرس الحدودي والآخر عبوة ناسفة على طريق عسكري في ولاية الجبل."}
_ONE = {"id": "one", "source": "أخبار الوادي", "published": "2024-03-11T08:00",
        "text": "أعلن الجيش أن أربعة جنود قتلوا وأصيب 19 أمس الأحد في هجوم انتحاري بشاحنة مفخخة استهدف "
                "ثكنة للحرس الحدودي في ولاية الجبل."}
_ALSO = {"id": "also", "source": "وكالة السهل", "published": "2024-03-10T22:00",
         "text": "اقتحم انتحاري بشاحنة مفخخة اليوم الأحد ثكنة للحرس الحدودي في ولاية الجبل ما أدى إلى "
                 "مقتل ثلاثة جنود وإصابة 19."}


def _entries(articles: list[dict[str, str]]) -> dict[str, int]:
    """Each article's entry for its clause dated 10 March."""
    events = build_timeline(pl.DataFrame(articles)).events.filter(pl.col("value") == "2024-03-10")
    return dict(zip(events["article_id"], events["cluster"]))


def test_happening_words_in_the_dual_are_read() -> None:
    words = [fold(w) for w in ("انفجارين", "الهجومين", "هجومان", "بالغارتين", "انفجار", "انتحاريين",
                               "المضربين", "يلتقيان", "الانتخابيتين")]
    assert set(_dual_words(pl.Series(words), load_triggers()).to_list()) == {
        fold(w) for w in ("انفجارين", "الهجومين", "هجومان", "بالغارتين")}


def test_a_clause_telling_two_blasts_is_marked() -> None:
    events = build_timeline(pl.DataFrame([_TWO, _ONE]), merge=False).events
    two = dict(zip(events["article_id"], clause_features(events).events["two"]))
    assert two == {"two": True, "one": False}


def test_a_clause_telling_two_happenings_joins_neither() -> None:
    entry = _entries([_TWO, _ONE, _ALSO])
    assert entry["one"] == entry["also"]
    assert entry["two"] != entry["one"]
