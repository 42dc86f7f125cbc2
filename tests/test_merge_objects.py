"""What a clause tells beyond its words: the counts it gives in words or digits, what its
happening word governs, and a reaction opening it (Arabic written for these tests, real
tagger)."""

from __future__ import annotations

import polars as pl
import pytest
from merge_helpers import clause_rows, entry_of

from timeline import merge
from timeline.frame import order_events
from timeline.happenings import load_triggers
from timeline.pipeline import build_timeline


def test_counts_told_in_words_are_counts() -> None:
    found = clause_rows([
        "قتل خمسة أشخاص وأصيب 16 آخرون أمس في انهيار مبنى بالمدينة.",
        "غرق ثلاثة عشر صيادا أمس قبالة الساحل.",
        "شارك خمسة وعشرون فريقا أمس في البطولة.",  # a compound: neither part alone is its count
        "اجتمع الوزراء أمس يوم الاثنين في العاصمة.",  # الاثنين is a weekday
    ])
    assert [found[f"c-{k}"]["numbers"] for k in range(4)] == [[5, 16], [13], [], []]


def test_counts_of_distances_places_and_time_are_no_tolls() -> None:
    found = clause_rows([
        "قتل 7 أشخاص أمس في هجوم على بلدة تبعد 450 كيلومترا عن العاصمة.",
        "حاصر مسلحون أمس أربعة فنادق في المدينة وقتلوا تسعة حراس.",
        "أصيب 12 شخصا أمس في حريق مصنع على بعد خمسة عشر كلم من الميناء.",
        "ارتفع المؤشر أمس 35 نقطة وخسر السهم 12 ريالا.",  # money and points stay counts
        "افتتح أمس معرض الكتاب الذي يستمر 10 أيام.",  # a duration counts nothing (count52)
    ])
    assert [found[f"c-{k}"]["numbers"] for k in range(5)] == [[7], [9], [12], [12, 35], []]


def test_what_the_happening_word_governs() -> None:
    found = clause_rows([
        "وقع هجوم مسلح أمس على أكاديمية الشرطة في المدينة.",
        "افتتح وزير النقل أمس جسر النهر الجديد.",
        "اقتحم مسلحون ملثمون أمس مصرف الرافدين.",  # who did it is passed over
    ])
    assert found["c-0"]["trigger"] == "هجوم" and found["c-0"]["object"] == ["اكاديم", "شرط"]
    assert found["c-1"]["trigger"] == "افتتاح" and found["c-1"]["object"] == ["نقل", "وزير"]
    assert found["c-2"]["trigger"] == "هجوم" and found["c-2"]["object"] == ["رافد", "مصرف"]


def test_a_reaction_opening_the_clause_is_what_it_tells() -> None:
    found = clause_rows([
        "أدانت الحكومة الهجوم الذي استهدف أمس سوق المدينة.",
        "وأعربت الجمعية أمس عن إدانتها للهجوم على السوق.",
        "أعلن التنظيم أمس مسؤوليته عن الهجوم على السوق.",
        "أعربت الحكومة عن إدانتها للهجوم الذي استهدف أمس سوق المدينة.",
        "تلقى الوزير أمس اتصالا هاتفيا من نظيره الأردني عزاه فيه بضحايا الهجوم.",
    ])
    # a condemnation opening the clause, two voiced after عن (the date in the relative
    # clause dates the attack they react to), and a claim (تبني), not the attack
    assert [found[f"c-{k}"]["trigger"] for k in range(4)] == ["إدانة", "إدانة", "تبني", "إدانة"]
    # a call received names its caller after it (the telephone passed over): a reaction's
    # actor is three words (wording.ACTOR_WORDS), and whom it was addressed to before it
    assert found["c-4"]["trigger"] == "اتصال"
    assert found["c-4"]["object"] == ["اردن", "تلق", "عزا", "نظير", "وزير"]
    lexicon = load_triggers()
    assert lexicon.happening("ادانت الحكومه الهجوم الذي استهدف السوق", at=30) == "إدانة"
    assert lexicon.happening("قتل 5 اشخاص في انهيار ارضي بالقريه") == "انهيار"  # a toll yields


# a landslide in the invented village of عين الصفا on Tuesday 14 May 2024, told by three
# outlets (its toll in digits and in words, the mayor's name with the hamza seated two
# ways), and a fire in the same village that day that killed two
LANDSLIDE = [
    {"id": "slide-1", "source": "نشرة الوادي", "published": "2024-05-15T08:00",
     "text": "قتل 5 أشخاص أمس في انهيار أرضي ضرب قرية عين الصفا، وقال رئيس البلدية مؤمن الشاطئ إن الفرق تبحث عن مفقودين."},
    {"id": "slide-2", "source": "صدى الساحل", "published": "2024-05-15T09:00",
     "text": "لقي خمسة أشخاص حتفهم يوم الثلاثاء في انهيار أرضي بقرية عين الصفا بحسب رئيس البلدية مؤمن الشاطىء."},
    {"id": "slide-3", "source": "أخبار التلال", "published": "2024-05-15T10:00",
     "text": "أسفر انهيار أرضي في عين الصفا أمس عن خمسة قتلى، وقال مؤمن الشاطئ إن البحث مستمر."},
    {"id": "fire", "source": "نشرة الشمال", "published": "2024-05-15T11:00",
     "text": "قتل شخصان أمس في حريق اندلع في مخبز بقرية عين الصفا، وقال رئيس البلدية إن النيران أخمدت."},
]


def test_one_happening_told_in_digits_and_in_words_is_one_entry() -> None:
    entry = entry_of(LANDSLIDE)
    assert entry["slide-1"] == entry["slide-2"] == entry["slide-3"]
    assert entry["fire"] != entry["slide-1"]


def test_two_raids_of_one_day_in_one_town_on_different_targets_stay_apart() -> None:
    entry = entry_of([
        {"id": "bank-1", "source": "نشرة الوادي", "published": "2024-07-03T08:00",
         "text": "اقتحم مسلحون ملثمون أمس مصرف الرافدين في مدينة النخيل وسرقوا خزنته قبل أن يفروا."},
        {"id": "bank-2", "source": "صدى الساحل", "published": "2024-07-03T09:00",
         "text": "اقتحم مسلحون ملثمون يوم الثلاثاء مصرف الرافدين في النخيل واستولوا على خزنته."},
        {"id": "prison", "source": "أخبار التلال", "published": "2024-07-03T10:00",
         "text": "هاجم مسلحون أمس سجن النخيل المركزي وأطلقوا سراح عشرات السجناء."},
    ])
    assert entry["bank-1"] == entry["bank-2"]
    assert entry["prison"] != entry["bank-1"]


def test_copies_of_one_wire_report_pair_through_their_incipit(monkeypatch: pytest.MonkeyPatch) -> None:
    # every word of the report is in more events of its week than the cap lets pair (as the
    # name of a widely told happening is): its two copies still pair, by their first words
    monkeypatch.setattr(merge, "MAX_BUCKET_POSTINGS", 3)
    wire = "أعلن مسؤول فلسطيني {} وفاة الجريح سالم الحداد متأثرا بجروحه في مستشفى المدينة."
    events = build_timeline(pl.DataFrame([
        {"id": "copy-1", "source": "نشرة الوادي", "published": "2024-08-08T20:00", "text": wire.format("اليوم")},
        {"id": "copy-2", "source": "صدى الساحل", "published": "2024-08-09T07:00", "text": wire.format("أمس")},
        {"id": "other-1", "source": "أخبار التلال", "published": "2024-08-08T21:00",
         "text": "في مستشفى المدينة قال الجريح سالم الحداد اليوم لمسؤول فلسطيني إن بجروحه أعلن وفاة متأثرا."},
        {"id": "other-2", "source": "نشرة الشمال", "published": "2024-08-08T22:00",
         "text": "متأثرا بجروحه زار مسؤول فلسطيني اليوم الجريح سالم الحداد وأعلن وفاة آخر في مستشفى المدينة."},
    ]), merge=False).events
    ordered = order_events(events)
    rows = dict(zip(ordered["article_id"], range(ordered.height)))
    pairs = set(merge.candidate_pairs(events))
    assert tuple(sorted((rows["copy-1"], rows["copy-2"]))) in pairs
    assert tuple(sorted((rows["copy-1"], rows["other-1"]))) not in pairs


def test_two_actors_condemning_one_attack_are_two_entries() -> None:
    # the same condemnation carried by two outlets is one entry; another government's,
    # in nearly the same words, is another
    entry = entry_of([
        {"id": "cond-1", "source": "نشرة الوادي", "published": "2024-07-04T08:00",
         "text": "أدانت وزارة الخارجية الأردنية أمس الهجوم الإرهابي الذي استهدف سوق مدينة النخيل."},
        {"id": "cond-2", "source": "صدى الساحل", "published": "2024-07-04T09:00",
         "text": "أدانت وزارة الخارجية الأردنية يوم الأربعاء الهجوم الإرهابي الذي استهدف سوق النخيل."},
        {"id": "cond-3", "source": "أخبار التلال", "published": "2024-07-04T10:00",
         "text": "أدانت حكومة تونس أمس الهجوم الإرهابي الذي استهدف سوق مدينة النخيل."},
    ])
    assert entry["cond-1"] == entry["cond-2"]
    assert entry["cond-3"] != entry["cond-1"]


def test_a_count_of_hotels_is_no_toll_that_parts_one_attack() -> None:
    # «ثلاثة فنادق» once read as a toll of 3 against the other report's 4 killed
    entry = entry_of([
        {"id": "h-1", "source": "نشرة السهل", "published": "2024-03-09T08:00",
         "text": "قتل أربعة أشخاص على الأقل أمس الجمعة في هجوم شنه مسلحون على فندق يرتاده أجانب في وسط "
                 "البلاد، بحسب مصدر أمني."},
        {"id": "h-2", "source": "صدى الجبل", "published": "2024-03-09T09:00",
         "text": "وهاجم مسلحون فندقا يرتاده أجانب في بلدة تبعد 600 كيلومتر عن العاصمة في وقت مبكر من صباح "
                 "أمس الجمعة، بحسب مصدر أمني."},
        {"id": "h-3", "source": "أخبار التلال", "published": "2024-03-09T10:00",
         "text": "حاصر مسلحون أمس الجمعة ثلاثة فنادق يرتادها أجانب في وسط البلاد بعد هجوم شنوه، بحسب مصدر أمني."},
    ])
    assert entry["h-1"] == entry["h-2"] == entry["h-3"]


def test_a_function_word_after_a_count_is_no_unit() -> None:
    # review33: «كما» (also) is the accusative of no unit (كم, km, takes none): the toll before it counts
    found = clause_rows(["أسفر الهجوم أمس عن مقتل 12 كما أصيب 30 آخرون في البلدة."])
    assert found["c-0"]["numbers"] == [12, 30]
