"""Two outlets recalling one past year's happening in their own words, neither naming a happening
word (a background told by who and where), are one entry when they share rare words; the same year
told of other things, or another year, stays apart (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl
import pytest

from timeline.pipeline import build_timeline


_FILLERS = [  # other news of the week: the words a background shares with them tell little of which
    "وأبحرت أمس سفن حربية وأسطول دولي من الميناء في مناورة تقودها البحرية، ويذكر أنها الأولى هذا العام.",
    "وقالت البحرية أمس إن سفنا حربية وأسطولا دوليا بقيادة ضابط كبير ستجري تدريبا قرب الميناء، ويذكر أن التدريب سنوي.",
    "وطاردت سفن حربية أمس في مناورة بحرية قرب الميناء زوارق وهمية، ويذكر أن أسطولا دوليا تقوده فرقاطة أبعد خلال تدريب سابق هدفا عائما.",
    "وأبعدت سفن حربية أمس خلال تدريب في الميناء زوارق الصيد، ويذكر أن أسطولا دوليا تقوده البحرية طاردت في مناورة بحرية هدفا قرب الرصيف.",
]


def _reports(first: str, second: str) -> list[dict[str, str]]:
    reports = [
        {"id": "one", "source": "نشرة الوادي", "published": "2024-05-12T09:00", "text": first},
        {"id": "two", "source": "صدى الساحل", "published": "2024-05-13T11:00", "text": second},
    ]
    return reports + [{"id": f"filler{n}", "source": "أخبار البحر", "published": "2024-05-12T10:00", "text": text}
                      for n, text in enumerate(_FILLERS)]


_ONE = "وكانت سفن حربية بقيادة النرويج قد طاردت في مناورة بحرية القراصنة الصوماليين عن باب المندب عام 2009."
_TWO = "ويذكر أن أسطولا دوليا تقوده النرويج أبعد خلال تدريب في الميناء القراصنة الصوماليين عن باب المندب عام 2009."


def _past(first: str, second: str) -> pl.DataFrame:
    events = build_timeline(pl.DataFrame(_reports(first, second))).events
    return events.filter(pl.col("start").dt.year() < 2020)


def test_one_past_year_told_in_two_wordings_is_one_entry() -> None:
    past = _past(_ONE, _TWO)
    assert sorted(past["article_id"]) == ["one", "two"]
    assert past["cluster"].n_unique() == 1


def test_another_year_stays_apart() -> None:
    past = _past(_ONE, _TWO.replace("2009", "2011"))
    assert sorted(past["article_id"]) == ["one", "two"]
    assert past["cluster"].n_unique() == 2


def test_the_same_year_told_of_other_things_stays_apart() -> None:
    other = "وكانت النرويج قد افتتحت عام 2009 سفارتها في العاصمة الكينية نيروبي بعد سنوات من الإغلاق."
    past = _past(_ONE, other)
    assert sorted(past["article_id"]) == ["one", "two"]
    assert past["cluster"].n_unique() == 2


@pytest.mark.xfail(reason="review49: two acts of one past year told by the same who and where with no happening word "
                          "(trained / funded the building of) share most of their information: the ordinary score joins "
                          "them (at 10a4578 too, before of_year_plain); only the verbs tell them apart", strict=True)
def test_two_acts_of_one_year_by_the_same_actor_and_place_stay_apart() -> None:
    past = _past("وكانت النرويج قد دربت خفر السواحل الصوماليين في ميناء بربرة عام 2009.",
                 "ويذكر أن النرويج مولت بناء ميناء بربرة لخفر السواحل الصوماليين عام 2009.")
    assert sorted(past["article_id"]) == ["one", "two"]
    assert past["cluster"].n_unique() == 2
