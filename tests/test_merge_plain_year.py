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


def test_two_acts_of_one_year_by_the_same_actor_and_place_stay_apart() -> None:
    past = _past("وكانت النرويج قد دربت خفر السواحل الصوماليين في ميناء بربرة عام 2009.",
                 "ويذكر أن النرويج مولت بناء ميناء بربرة لخفر السواحل الصوماليين عام 2009.")
    assert sorted(past["article_id"]) == ["one", "two"]
    assert past["cluster"].n_unique() == 2



@pytest.mark.parametrize(("first", "second"), [
    ("وكانت اليابان قد جهزت أطباء مستشفى كسلا السوداني بمعدات حديثة عام 2012.",
     "ويذكر أن اليابان مولت توسيع مستشفى كسلا السوداني لأطباء الولاية عام 2012."),
    ("وكانت الصين قد أقرضت حكومة زامبيا لبناء سد كاريبا عام 2010.",
     "ويذكر أن الصين شيدت محطة كهرباء سد كاريبا لحكومة زامبيا عام 2010."),
])
def test_two_deeds_of_one_actor_and_place_stay_apart(first: str, second: str) -> None:
    """guard49: each clause's own verb, one governing what the other lacks (the widening, the plant): two acts."""
    past = _past(first, second)
    assert sorted(past["article_id"]) == ["one", "two"]
    assert past["cluster"].n_unique() == 2


def test_one_deed_told_by_two_verbs_of_one_object_stays_one() -> None:
    """guard49: two verbs governing what both clauses hold (the hostages: freed / rescued) tell one act."""
    past = _past("وكانت قوات كندية قد حررت الرهائن الأستراليين من سجن قندهار عام 2007.",
                 "ويذكر أن قوات كندية أنقذت الرهائن الأستراليين من سجن قندهار عام 2007.")
    assert sorted(past["article_id"]) == ["one", "two"]
    assert past["cluster"].n_unique() == 1
