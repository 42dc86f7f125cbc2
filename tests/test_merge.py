"""Merging reports of one happening across articles, and flagging date conflicts."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import polars as pl

from test_events import PhraseTagger
from timeline import Grain
from timeline.events import article_events
from timeline.frame import events_frame, order_events
from timeline.happenings import load_triggers
from timeline.merge import (
    MAX_CANDIDATES,
    candidate_pairs,
    content_words,
    match_text,
    merge_events,
    timeline_entries,
    unmerged_events,
)
from timeline.pipeline import build_timeline

ROOT = Path(__file__).resolve().parents[1]


def d(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)


# three outlets on the opening of a bridge, one of them a day off; and an unrelated fair
REPORTS = {
    "sahl-1": ("نشرة السهل", "2024-03-05",
               "افتتح المجلس البلدي في عين الورد جسراً جديداً فوق الوادي يوم الاثنين."),
    "jabal-1": ("صدى الجبل", "2024-03-06",
                "أعلن المجلس البلدي في عين الورد افتتاح جسر جديد فوق الوادي يوم الاثنين الماضي."),
    "rasid-1": ("الراصد", "2024-03-07",
                "افتتح المجلس البلدي في عين الورد جسراً جديداً فوق الوادي يوم الأحد."),
    "rasid-2": ("الراصد", "2024-03-07",
                "نظمت جمعية المزارعين معرضاً للعسل في ساحة البلدة يوم الاثنين."),
}
TABLE = {
    "يوم الاثنين الماضي": ("2024-03-04", None, Grain.DAY, "2024-03-04"),
    "يوم الاثنين": ("2024-03-04", None, Grain.DAY, "2024-03-04"),
    "يوم الأحد": ("2024-03-03", None, Grain.DAY, "2024-03-03"),
}


def reports_frame(ids: list[str], reports: dict | None = None, table: dict | None = None) -> pl.DataFrame:
    """Events of the reports ``ids``, dated by a phrase table instead of the real tagger."""
    reports, tagger = reports or REPORTS, PhraseTagger(table or TABLE)
    rows = []
    for ident in ids:
        source, published, text = reports[ident]
        for event in article_events(ident, text, d(published), source=source,
                                    timexes=tagger(text, published)):
            rows.append(event.as_row())
    return events_frame(rows)


def clusters(frame: pl.DataFrame) -> dict[str, int]:
    return dict(zip(frame["article_id"], frame["cluster"]))


def test_match_text_drops_the_date_and_folds_arabic() -> None:
    text = "افتتح المجلس البلدي جسراً يوم الاثنين"
    start = text.index("يوم الاثنين")
    assert match_text(text, 0, start, start + len("يوم الاثنين")) == "افتتح مجلس بلدي جسرا"


def test_same_happening_same_date_is_one_entry_listing_both_sources() -> None:
    merged = merge_events(reports_frame(["sahl-1", "jabal-1", "rasid-2"]))
    c = clusters(merged)
    assert c["sahl-1"] == c["jabal-1"] != c["rasid-2"]
    assert not merged["date_conflict"].any()
    entries = timeline_entries(merged)
    bridge = entries.filter(pl.col("cluster") == c["sahl-1"]).row(0, named=True)
    assert sorted(bridge["sources"]) == ["صدى الجبل", "نشرة السهل"]
    assert bridge["n_sources"] == 2 and bridge["n_events"] == 2
    assert entries.height == 2


def test_a_day_off_is_merged_and_flagged_as_a_conflict() -> None:
    merged = merge_events(reports_frame(["sahl-1", "jabal-1", "rasid-1", "rasid-2"]))
    c = clusters(merged)
    assert c["sahl-1"] == c["jabal-1"] == c["rasid-1"]
    flagged = dict(zip(merged["article_id"], merged["date_conflict"]))
    assert flagged == {"sahl-1": True, "jabal-1": True, "rasid-1": True, "rasid-2": False}
    assert merged.filter(pl.col("cluster") == c["sahl-1"])["n_sources"].to_list() == [3, 3, 3]


def test_similar_wording_far_apart_in_time_stays_apart() -> None:
    frame = reports_frame(["sahl-1", "jabal-1"])
    moved = frame.with_columns(
        pl.when(pl.col("article_id") == "jabal-1").then(pl.col("start") + dt.timedelta(days=30))
        .otherwise(pl.col("start")).alias("start"),
        pl.when(pl.col("article_id") == "jabal-1").then(pl.col("end") + dt.timedelta(days=30))
        .otherwise(pl.col("end")).alias("end"),
    )
    merged = merge_events(moved)
    assert merged["cluster"].n_unique() == 2 and not merged["date_conflict"].any()


def test_same_grain_overlapping_but_different_values_is_a_conflict() -> None:
    text = "بدأ إضراب عمال المطحنة في بلدة التوت خلال الأسبوع."
    rows = []
    for article, (start, end, value) in {
        "w1": ("2024-03-04", "2024-03-11", "2024-W10"),
        "w2": ("2024-03-06", "2024-03-13", "2024-W10-3"),
    }.items():
        s = text.index("خلال الأسبوع")
        rows.append({"event_id": article, "start": d(start), "end": d(end), "grain": "week",
                     "value": value, "clause": text, "clause_start": 0, "clause_end": len(text),
                     "expr": "خلال الأسبوع", "expr_start": s, "expr_end": s + 12,
                     "article_id": article, "source": article, "inherited": False,
                     "published": d("2024-03-14")})
    merged = merge_events(events_frame(rows))
    assert merged["cluster"].n_unique() == 1 and merged["date_conflict"].all()


def test_events_of_one_article_are_not_merged_with_each_other() -> None:
    text = "افتتح المجلس البلدي جسراً فوق الوادي يوم الاثنين، ثم افتتح المجلس البلدي جسراً فوق النهر يوم الأحد."
    tagger = PhraseTagger(TABLE)
    events = article_events("one", text, d("2024-03-05"), timexes=tagger(text, "2024-03-05"))
    assert len(events) == 2
    merged = merge_events(events_frame(e.as_row() for e in events))
    assert merged["cluster"].n_unique() == 2


def test_unmerged_events_are_their_own_entries() -> None:
    frame = unmerged_events(reports_frame(["sahl-1", "jabal-1"]))
    assert frame["cluster"].to_list() == [0, 1] and frame["n_sources"].to_list() == [1, 1]
    assert timeline_entries(frame).height == 2


def test_five_thousand_events_merge_the_planted_pairs_only() -> None:
    rng = random.Random(7)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    vocabulary = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 7))) for _ in range(3000)]
    rows = []
    for i in range(5000):
        start = d("2024-01-01") + dt.timedelta(days=rng.randint(0, 90))
        grain, length = rng.choice([("day", 1)] * 6 + [("week", 7), ("month", 30), ("year", 365)])
        clause = " ".join(rng.sample(vocabulary, 9))
        rows.append({"event_id": f"e{i}", "start": start, "end": start + dt.timedelta(days=length),
                     "grain": grain, "value": "x", "clause": clause, "clause_start": 0,
                     "clause_end": len(clause), "expr_start": 0, "expr_end": 0,
                     "article_id": f"a{i // 4}", "source": f"s{i % 5}", "inherited": False,
                     "published": start})
    # plant 100 pairs of the same happening told by two outlets
    for k in range(100):
        twin = dict(rows[k * 40], event_id=f"twin{k}", article_id=f"twin{k}", source="s-twin")
        rows.append(twin)
    frame = events_frame(rows)
    assert len(candidate_pairs(frame)) <= 2 * MAX_CANDIDATES * frame.height  # speed: see benchmarks/
    merged = merge_events(frame)
    c = dict(zip(merged["event_id"], merged["cluster"]))
    assert all(c[f"twin{k}"] == c[f"e{k * 40}"] for k in range(100))
    assert merged["cluster"].n_unique() == 5000  # the planted pairs, nothing else


def test_real_tagger_examples_flood_dates_disagree() -> None:
    timeline = build_timeline(ROOT / "examples" / "articles.jsonl")
    events = timeline.events
    flood = events.filter(pl.col("article_id") == "wakalat-al-shimal-001",
                          pl.col("start").dt.date() == dt.date(2024, 1, 15),
                          pl.col("grain") == "part_of_day")
    assert flood.height >= 1
    cluster = flood["cluster"][0]
    members = events.filter(pl.col("cluster") == cluster)
    assert members["date_conflict"].all()
    assert members["article_id"].n_unique() >= 2
    assert dt.date(2024, 1, 14) in members["start"].dt.date().to_list()


# -- matching by content words, date agreement and shared information -----------------

# a fire in the invented town of السنديان told by two outlets in different words, a council
# meeting in the same town on the same day (same town, market and warehouse words), and a
# football match there that day
TOWN = {
    "fire-1": ("صوت المرج", "2024-04-10",
               "اندلع حريق كبير في مستودع للأخشاب قرب سوق بلدة السنديان يوم الثلاثاء، "
               "وهرعت فرق الإطفاء إلى المكان."),
    "fire-2": ("أخبار التلال", "2024-04-11",
               "التهمت النيران مساء الثلاثاء مستودع الأخشاب المجاور لسوق السنديان قبل أن "
               "يسيطر عليها رجال الإطفاء."),
    "council": ("البريد", "2024-04-10",
                "عقد المجلس البلدي في بلدة السنديان جلسة طارئة يوم الثلاثاء لبحث تنظيم السوق "
                "الأسبوعي وإصلاح المستودع البلدي."),
    "match": ("أخبار التلال", "2024-04-10",
              "فاز نادي السنديان على ضيفه نادي الكرمة بهدفين مقابل هدف يوم الثلاثاء في ملعب "
              "البلدة."),
}
TOWN_TABLE = {
    "يوم الثلاثاء": ("2024-04-09", None, Grain.DAY, "2024-04-09"),
    "مساء الثلاثاء": ("2024-04-09T18:00", "2024-04-10T00:00", Grain.PART_OF_DAY, "2024-04-09TEV"),
}


def town_frame(ids: list[str]) -> pl.DataFrame:
    return reports_frame(ids, TOWN, TOWN_TABLE)


def test_content_words_drop_function_and_time_words_and_light_stem() -> None:
    texts = ["وغمرت المياه الأحياء السكنية مساء أمس", "غمرت السيول الاتفاقية الجديدة"]
    first, second = (text.split() for text in content_words(texts))
    assert first[0] == "غمرت" == second[0]  # و split off: غمرت is a word of the batch
    assert "مساء" not in first and "امس" not in first  # time words carry no content
    assert "اتفاق" in second and "جديد" in second  # suffixes ية / ة stripped
    # a leading و that belongs to the word stays when the rest is no word of the batch
    assert content_words(["وادي النهر"]) == ["واد نهر"]


def test_same_happening_told_in_different_words_on_one_day_merges() -> None:
    merged = merge_events(town_frame(["fire-1", "fire-2", "match"]))
    c = clusters(merged)
    assert c["fire-1"] == c["fire-2"] != c["match"]
    assert not merged["date_conflict"].any()  # a day and its evening agree
    fire = timeline_entries(merged).filter(pl.col("cluster") == c["fire-1"]).row(0, named=True)
    assert sorted(fire["sources"]) == ["أخبار التلال", "صوت المرج"]
    assert fire["grain"] == "part_of_day"  # dated by the more precise report


def test_two_happenings_in_one_town_on_one_day_stay_apart() -> None:
    # the council meeting shares the town, the market and the warehouse with the fire
    merged = merge_events(town_frame(["fire-1", "council", "match"]))
    assert merged["cluster"].n_unique() == 3
    merged = merge_events(town_frame(["fire-1", "fire-2", "council", "match"]))
    c = clusters(merged)
    assert c["fire-1"] == c["fire-2"] and len({c["fire-1"], c["council"], c["match"]}) == 3


def _fire_2_as_month(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with fire-2's report dated to the month holding the day instead."""
    fire_2 = pl.col("article_id") == "fire-2"
    return frame.with_columns(
        pl.when(fire_2).then(pl.lit(d("2024-04-01"))).otherwise(pl.col("start")).alias("start"),
        pl.when(fire_2).then(pl.lit(d("2024-05-01"))).otherwise(pl.col("end")).alias("end"),
        pl.when(fire_2).then(pl.lit("month")).otherwise(pl.col("grain").cast(pl.String)).alias("grain"),
    )


def test_a_coarse_date_asks_for_closer_wording_than_the_same_day() -> None:
    # a report naming no happening (no word of a class): the month asks for closer wording
    plain = dict(TOWN, **{"fire-2": ("أخبار التلال", "2024-04-11",
                                     "تحول مستودع الأخشاب المجاور لسوق السنديان إلى رماد مساء الثلاثاء "
                                     "قبل أن يصل رجال الإطفاء.")})
    frame = reports_frame(["fire-1", "fire-2"], plain, TOWN_TABLE)
    assert merge_events(frame)["cluster"].n_unique() == 1
    assert merge_events(_fire_2_as_month(frame))["cluster"].n_unique() == 2


def test_a_month_holding_the_day_of_one_class_of_happening_pairs_as_the_day() -> None:
    # both name the fire (one class) and share its rare words: the month tells no other day
    frame = town_frame(["fire-1", "fire-2"])
    merged = merge_events(_fire_2_as_month(frame))
    assert merged["cluster"].n_unique() == 1
    entry = timeline_entries(merged).row(0, named=True)
    assert entry["grain"] == "day" and not entry["date_conflict"]  # the entry keeps the day


def test_one_happening_told_twice_in_one_article_is_one_entry() -> None:
    text = ("اندلع حريق في مستودع الأخشاب قرب سوق السنديان يوم الثلاثاء، وقال شهود إن حريقاً "
            "اندلع في مستودع الأخشاب قرب سوق السنديان مساء الثلاثاء.")
    events = article_events("one", text, d("2024-04-10"),
                            timexes=PhraseTagger(TOWN_TABLE)(text, "2024-04-10"))
    assert len(events) == 2
    frame = events_frame(e.as_row() for e in events)
    assert candidate_pairs(frame) == [(0, 1)]
    merged = merge_events(frame)
    assert merged["cluster"].n_unique() == 1 and not merged["date_conflict"].any()


def test_two_happenings_in_one_article_on_one_day_stay_apart() -> None:
    text = ("اندلع حريق في مستودع الأخشاب قرب سوق السنديان يوم الثلاثاء، وفي سوق السنديان "
            "افتتح المحافظ مستودع الأخشاب الجديد مساء الثلاثاء.")
    events = article_events("one", text, d("2024-04-10"),
                            timexes=PhraseTagger(TOWN_TABLE)(text, "2024-04-10"))
    assert len(events) == 2
    assert merge_events(events_frame(e.as_row() for e in events))["cluster"].n_unique() == 2


def test_candidate_pairs_stay_linear_in_the_number_of_events() -> None:
    """10,000 events on one day: 1,000 stories told 10 times (two events per article)
    over a vocabulary where 40 words are in a quarter of all events. Nearly every pair of
    events shares some word: comparing all that do would mean ~48 million pairs."""
    rng = random.Random(11)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"

    def word() -> str:  # a random word that is no happening word (those decide which pairs may meet)
        while load_triggers().word_class(made := "".join(rng.choice(letters) for _ in range(rng.randint(5, 8)))):
            pass
        return made

    hot = [word() for _ in range(40)]
    rows = []
    for story in range(1000):
        own = [word() for _ in range(5)]
        for telling in range(10):
            i = story * 10 + telling
            clause = " ".join(rng.sample(own, 4) + rng.sample(hot, 10) + [word(), word()])
            rows.append({"event_id": f"e{i}", "start": d("2024-05-01"), "end": d("2024-05-02"),
                         "grain": "day", "value": "2024-05-01", "clause": clause,
                         "clause_start": 0, "clause_end": len(clause), "expr_start": 0,
                         "expr_end": 0, "article_id": f"a{i // 2}", "source": f"s{i % 7}",
                         "inherited": False, "published": d("2024-05-01")})
    frame = events_frame(rows)
    pairs = candidate_pairs(frame)
    n = frame.height
    assert len(pairs) <= 2 * MAX_CANDIDATES * n
    assert len(pairs) <= 5 * n  # in fact 4 per event: its story's tellings in other articles
    order = order_events(frame)["event_id"].to_list()
    story_of = {event_id: int(event_id[1:]) // 10 for event_id in order}
    assert all(story_of[order[i]] == story_of[order[j]] for i, j in pairs)
    merged = merge_events(frame).with_columns(
        (pl.col("event_id").str.slice(1).cast(pl.Int64) // 10).alias("story")
    )
    # no entry mixes stories: the wording they share through frequent words is no evidence
    assert merged.group_by("cluster").agg(pl.col("story").n_unique())["story"].max() == 1
    entries_per_story = merged.group_by("story").agg(pl.col("cluster").n_unique())["cluster"]
    assert entries_per_story.max() == 1  # and each story is one entry


# -- the same kind of happening in one town -------------------------------------------

MONTH_TABLE = {
    "الشهر الماضي": ("2023-06-01", "2023-07-01", Grain.MONTH, "2023-06"),
    "منتصف حزيران": ("2023-06-11", "2023-06-21", Grain.MONTH, "2023-06"),
}
CAPTURE = {
    # two outlets recall one capture with almost no words in common but the town
    "cap-1": ("نشرة السهل", "2023-07-20",
              "وهذه ثالث بلدة يستعيدها الجيش منذ سيطرته على حمص الشهر الماضي."),
    "cap-2": ("صدى الجبل", "2023-07-22",
              "وتقدمت الكتائب من حمص التي استعادها الجيش منتصف حزيران بعد قتال طويل."),
    # the same month, the same town, another kind of happening
    "vote-1": ("الراصد", "2023-07-21",
               "وجرت في حمص الشهر الماضي انتخابات المجلس المحلي وسط إقبال ضعيف."),
}


def test_the_same_kind_of_happening_in_one_town_merges_on_little_wording() -> None:
    merged = merge_events(reports_frame(["cap-1", "cap-2", "vote-1"], CAPTURE, MONTH_TABLE))
    c = clusters(merged)
    assert c["cap-1"] == c["cap-2"] != c["vote-1"]
    assert not merged["date_conflict"].any()


def test_the_same_kind_in_two_towns_stays_apart() -> None:
    other = dict(CAPTURE, **{"cap-2": ("صدى الجبل", "2023-07-22", CAPTURE["cap-2"][2].replace("حمص", "حماة"))})
    merged = merge_events(reports_frame(["cap-1", "cap-2"], other, MONTH_TABLE))
    assert merged["cluster"].n_unique() == 2


def test_a_chain_of_similar_reports_never_joins_two_towns() -> None:
    chain = {
        "hama": ("نشرة السهل", "2024-03-05",
                 "افتتحت وزارة الثقافة معرض الكتاب السنوي في حماة يوم الاثنين بمشاركة دور نشر عربية."),
        "vague": ("صدى الجبل", "2024-03-05",
                  "افتتحت وزارة الثقافة معرض الكتاب السنوي يوم الاثنين بمشاركة دور نشر عربية."),
        "homs": ("الراصد", "2024-03-05",
                 "افتتحت وزارة الثقافة معرض الكتاب السنوي في حمص يوم الاثنين بمشاركة دور نشر عربية."),
    }
    c = clusters(merge_events(reports_frame(["hama", "vague", "homs"], chain)))
    assert c["hama"] != c["homs"]
    assert c["vague"] in (c["hama"], c["homs"])
