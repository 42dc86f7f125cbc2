"""A phrase counted from a happening X is dated from the entry whose reports say what the phrase
says of X: the count it gives X (``بعد يوم من مقتل ستة أشخاص``) and the words describing X after
it (``في اشتباكات بين الشرطة ومسلحين``), before the entry most outlets tell (Arabic written for
these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

TITLE = "تصاعد العنف في ولاية الجبل"


def _article(i: int, source: str, published: str, text: str) -> dict:
    return {"id": f"v-{i}", "source": source, "published": published, "title": TITLE, "text": text}


# two killings in one story: six villagers on Saturday (two outlets), six people
# in clashes on Thursday (one outlet); "a day after the killing of six people in clashes" is Friday
STORY = [
    _article(1, "نشرة الوادي", "2024-03-10T08:00",
             "أعلنت سلطات ولاية الجبل أمس عن ستة قتلى من سكان قرية النخيل في ولاية الجبل."),
    _article(2, "صدى الساحل", "2024-03-10T09:00",
             "أعلنت سلطات ولاية الجبل يوم السبت عن ستة قتلى من سكان قرية النخيل في ولاية الجبل."),
    _article(3, "أخبار التلال", "2024-03-08T08:00",
             "قتل ستة أشخاص أمس في اشتباكات بين الشرطة ومسلحين في ولاية الجبل."),
    _article(4, "نشرة الوادي", "2024-03-11T08:00",
             "دعا زعيم حزب الجبل أمس إلى وقف العنف في ولاية الجبل. وقال زعيم الحزب في حديثه للصحافيين "
             "بعد يوم من مقتل ستة أشخاص في اشتباكات بين الشرطة ومسلحين إن على الحكومة وقف العمليات."),
]


def test_the_count_a_phrase_gives() -> None:
    from timeline.relink import _count_given

    assert _count_given(" ستة أشخاص في اشتباكات") == 6
    assert _count_given(" 3 جنود") == 3
    assert _count_given(" الثاني في المدينة") is None  # an ordinal names which one, not how many
    assert _count_given(" الذي وقع أمس") is None


def test_the_described_happening_chooses_the_entry() -> None:
    events = build_timeline(pl.DataFrame(STORY)).events
    told = events.filter(pl.col("article_id") == "v-4", pl.col("anchor") == "event:مقتل")
    assert told["value"].to_list() == ["2024-03-08"]  # the day after Thursday's clashes, not Sunday


def test_the_counted_noun_describes_nothing() -> None:
    from timeline.relink import _describing

    assert _describing(" ستة أشخاص في اشتباكات بين") == ["اشتباكات"]
    assert _describing(" 4 جنود في كمين") == ["كمين"]
    assert _describing(" الهجوم على المعسكر") == ["الهجوم", "المعسكر"]  # no count: every word describes


# the story tells six people killed in air strikes on Saturday only; the clashes that killed six
# are in no report of it: "a day after the killing of six people in clashes" is not dated from the strikes
STRIKES = STORY[:2] + [
    _article(5, "أخبار التلال", "2024-03-10T10:00", "قتل ستة أشخاص يوم السبت في غارات شنتها طائرات على قرية النخيل."),
    STORY[3],
]


def test_the_same_count_of_people_in_another_happening_dates_nothing() -> None:
    events = build_timeline(pl.DataFrame(STRIKES)).events
    told = events.filter(pl.col("article_id") == "v-4", pl.col("anchor") == "event:مقتل")
    assert told.filter(pl.col("start").is_not_null()).height == 0
