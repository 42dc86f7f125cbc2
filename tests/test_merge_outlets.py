"""One happening told differently by several outlets is one entry; two happenings on one
day in one town stay two (Arabic written for these tests, real tagger)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from timeline import merge
from timeline.happenings import load_triggers
from timeline.pipeline import build_timeline
from timeline.wording import clause_features, content_words

# a dam collapse in the invented town of وادي الصفصاف on Saturday 11 May 2024, told by
# three outlets in their own words (one of them a day late and by weekday), a market opened
# in the same town that day, and a minister's visit to the flooded villages the next day
ARTICLES = [
    {"id": "dam-1", "source": "نشرة الوادي", "published": "2024-05-12T08:00",
     "text": "انهار سد وادي الصفصاف أمس بعد أمطار غزيرة، وغمرت المياه ثلاث قرى مجاورة."},
    {"id": "dam-2", "source": "صدى الساحل", "published": "2024-05-12T10:00",
     "text": "انهار مساء السبت سد وادي الصفصاف الترابي فغمرت مياهه ثلاث قرى في المنطقة."},
    {"id": "dam-3", "source": "أخبار التلال", "published": "2024-05-13T07:00",
     "text": "قالت السلطات إن انهيار سد وادي الصفصاف يوم السبت الماضي أغرق ثلاث قرى وشرد مئات الأسر."},
    {"id": "market", "source": "نشرة الوادي", "published": "2024-05-12T09:00",
     "text": "افتتح وزير الزراعة أمس سوقاً جديداً للخضار في وادي الصفصاف بحضور المزارعين."},
    {"id": "visit", "source": "صدى الساحل", "published": "2024-05-13T09:00",
     "text": "زار وزير الداخلية أمس القرى التي غمرتها مياه سد وادي الصفصاف وتفقد أحوال الأسر."},
]


def _entries(frame: pl.DataFrame) -> dict[str, int]:
    return dict(zip(frame["article_id"], frame["cluster"]))


def test_one_happening_told_differently_by_three_outlets_is_one_entry() -> None:
    events = build_timeline(pl.DataFrame(ARTICLES)).events
    entry = _entries(events.filter(pl.col("start").dt.date() == pl.date(2024, 5, 11),
                                   pl.col("article_id").str.starts_with("dam")))
    assert set(entry) == {"dam-1", "dam-2", "dam-3"}
    assert len(set(entry.values())) == 1
    dam = events.filter(pl.col("cluster") == entry["dam-1"])
    assert dam["n_sources"].to_list() == [3] * dam.height and not dam["date_conflict"].any()


def test_two_happenings_on_one_day_in_one_town_stay_two_entries() -> None:
    events = build_timeline(pl.DataFrame(ARTICLES)).events
    entry = _entries(events)
    assert entry["market"] != entry["dam-1"]
    assert entry["visit"] != entry["dam-1"]  # the visit to the flood is not the collapse
    # but all the dam's reports and the visit make one story; the market does not join it
    story = dict(zip(events["article_id"], events["story"]))
    assert story["dam-1"] == story["dam-2"] == story["dam-3"]


def test_one_day_apart_two_outlets_are_one_flagged_entry() -> None:
    # the same collapse, one outlet counting "أمس" from a late edition: a day apart
    late = [dict(ARTICLES[0]), dict(ARTICLES[1], published="2024-05-13T01:00",
                                    text="انهار أمس سد وادي الصفصاف الترابي فغمرت مياهه ثلاث قرى مجاورة بعد أمطار غزيرة.")]
    events = build_timeline(pl.DataFrame(late)).events
    assert events["cluster"].n_unique() == 1 and events["date_conflict"].all()


def test_a_name_spelled_like_a_function_word_is_kept() -> None:
    # العند (a base) and الإمام are names, not عند or أمام
    first, second = (text.split() for text in content_words(["استعادت القوات قاعدة العند", "خطب الإمام عند المسجد"]))
    assert "عند" in first and "امام" in second and second.count("عند") == 0


def test_a_town_counts_only_when_the_clause_names_it() -> None:
    frame = build_timeline(pl.DataFrame([
        {"id": "t-1", "published": "2024-05-12T08:00", "place": "عدن",
         "text": "انهار سد وادي الصفصاف أمس بعد أمطار غزيرة."},
        {"id": "t-2", "published": "2024-05-12T08:00",
         "text": "اندلع حريق أمس في سوق عدن القديم."},
    ]), merge=False).events
    towns = dict(zip(frame["article_id"], clause_features(frame).events["town"]))
    assert towns == {"t-1": None, "t-2": "عدن"}


# an air raid and the army's entry into the invented town of النخيل on Thursday 4 April 2024:
# one outlet tells both in one sentence (joined by فيما), two others tell one each
TWO_IN_ONE = [
    {"id": "both", "source": "نشرة السهل", "published": "2024-04-05T08:00",
     "text": "قالت مصادر محلية إن طائرات حربية قصفت مستودعات الوقود في أطراف بلدة النخيل ظهر أمس، فيما "
             "أكدت مصادر عسكرية دخول وحدات الجيش إلى وسط بلدة النخيل بعد انسحاب المسلحين منها."},
    {"id": "raid", "source": "صدى الساحل", "published": "2024-04-05T09:00",
     "text": "قصفت طائرات حربية أمس الخميس مستودعات الوقود في أطراف بلدة النخيل وأشعلت فيها حريقا كبيرا."},
    {"id": "entry", "source": "أخبار التلال", "published": "2024-04-05T10:00",
     "text": "دخلت وحدات الجيش أمس الخميس إلى وسط بلدة النخيل بعد انسحاب المسلحين منها دون قتال."},
]


def test_one_sentence_telling_two_happenings_joins_each_to_its_own_entry() -> None:
    events = build_timeline(pl.DataFrame(TWO_IN_ONE)).events
    raid, entry = (events.filter(pl.col("article_id") == "both", pl.col("clause").str.contains(word))
                   for word in ("قصفت", "دخول"))
    assert raid.height == entry.height == 1
    clusters = dict(zip(events["article_id"], events["cluster"]))
    assert raid["cluster"][0] == clusters["raid"]
    assert entry["cluster"][0] == clusters["entry"]
    assert clusters["raid"] != clusters["entry"]  # one day, one town, two happenings
    assert entry["inherited"][0] and entry["date_confidence"][0] == 0.9


def test_a_count_cut_off_does_not_date_the_happening_it_counts() -> None:
    # clashes in the invented town of الكرز on Saturday 15 June 2024; a later toll "through
    # yesterday" must neither date the clashes on the 19th nor make an entry of its own
    articles = [
        {"id": "clash", "source": "نشرة الوادي", "published": "2024-06-16T08:00",
         "text": "اندلعت أمس السبت اشتباكات عنيفة بين مسلحين وقوات الأمن في بلدة الكرز."},
        {"id": "toll", "source": "صدى الساحل", "published": "2024-06-20T09:00",
         "text": "قتل 30 شخصا حتى مساء أمس في الاشتباكات العنيفة التي اندلعت يوم السبت بين مسلحين "
                 "وقوات الأمن في بلدة الكرز."},
    ]
    events = build_timeline(pl.DataFrame(articles)).events
    assert events["start"].dt.date().to_list() == [dt.date(2024, 6, 15)] * 2
    assert events["cluster"].n_unique() == 1


def test_two_outlets_seating_the_hamza_differently_tell_one_happening() -> None:
    # an emergency ward closed in the invented town of الريحان on Sunday 7 July 2024: one
    # outlet writes الطوارئ and المسؤولون, the other الطوارىء and المسئولون (fails without
    # wording.spelled); a school opened that day in the same town stays apart
    articles = [
        {"id": "ward-1", "source": "نشرة الوادي", "published": "2024-07-08T08:00",
         "text": "أغلق المسؤولون أمس قسم الطوارئ في مستشفى الريحان بعد انقطاع الكهرباء."},
        {"id": "ward-2", "source": "صدى الساحل", "published": "2024-07-08T09:00",
         "text": "قرر المسئولون يوم الأحد إغلاق الطوارىء في مستشفى الريحان."},
        {"id": "school", "source": "صدى الساحل", "published": "2024-07-08T10:00",
         "text": "افتتح المسئولون يوم الأحد مدرسة جديدة في بلدة الريحان."},
    ]
    entry = _entries(build_timeline(pl.DataFrame(articles)).events)
    assert entry["ward-1"] == entry["ward-2"] != entry["school"]


def test_provincial_capitals_are_towns_and_look_alike_words_are_not() -> None:
    frame = build_timeline(pl.DataFrame([
        {"id": "p-1", "published": "2024-05-12T08:00", "text": "دخلت القوات مدينة زنجبار أمس بعد معارك عنيفة."},
        {"id": "p-2", "published": "2024-05-12T08:00", "text": "افتتح مهرجان الصيف في بريدة أمس."},
        {"id": "p-3", "published": "2024-05-12T08:00", "text": "نشرت الصحيفة الخبر أمس على موقعها."},
    ]), merge=False).events
    towns = dict(zip(frame["article_id"], clause_features(frame).events["town"]))
    assert towns == {"p-1": "زنجبار", "p-2": "بريدة", "p-3": None}


def test_a_day_in_pluperfect_reported_speech_makes_no_entry_a_day_late() -> None:
    # a Monday paper repeats what an official had said (on a day it does not give): its
    # «اليوم» is the day of the saying, not Monday; the collapse stays one Saturday entry
    quoted = {"id": "dam-4", "source": "الرصيف", "published": "2024-05-13T09:00",
              "text": "وكان مسؤول في الدفاع المدني قد قال للصحفيين إن سد وادي الصفصاف انهار اليوم "
                      "وإن المياه غمرت ثلاث قرى."}
    events = build_timeline(pl.DataFrame([*ARTICLES[:3], quoted])).events
    assert "dam-4" not in set(events["article_id"])
    assert events.filter(pl.col("article_id").str.starts_with("dam"))["cluster"].n_unique() == 1


# two attacks in الموصل on Friday 8 March 2024 (invented): a police academy, told by two
# outlets in their own words, and a military base near the town, told by a third
def test_two_attacks_of_one_day_in_one_town_need_more_than_the_town_and_kind() -> None:
    events = build_timeline(pl.DataFrame([
        {"id": "academy-1", "source": "نشرة الشمال", "published": "2024-03-09T08:00",
         "text": "قتل 12 طالبا على الأقل في هجوم انتحاري استهدف أمس أكاديمية الشرطة في مدينة الموصل."},
        {"id": "base", "source": "صدى الساحل", "published": "2024-03-09T09:00",
         "text": "شن مسلحون أمس هجوما على قاعدة عسكرية للتحالف قرب الموصل، وقال الجيش إن جنديين قتلا."},
        {"id": "academy-2", "source": "أخبار التلال", "published": "2024-03-09T10:00",
         "text": "هاجم مسلحون أمس أكاديمية الشرطة في الموصل وقتلوا 12 طالبا كانوا في ساحتها."},
    ])).events
    entry = _entries(events)
    assert entry["academy-1"] == entry["academy-2"]
    assert entry["base"] != entry["academy-1"]


# a parliament passing a law (invented) told by two outlets, and two associations' welcome
# of it told by two others in nearly the same words
def test_a_reaction_to_a_happening_is_an_entry_of_its_own() -> None:
    events = build_timeline(pl.DataFrame([
        {"id": "vote-1", "source": "نشرة الوادي", "published": "2024-06-15T08:00",
         "text": "أقر البرلمان أمس قانون حماية الغابات بعد جلسة طويلة صوت فيها 120 نائبا لصالحه."},
        {"id": "vote-2", "source": "صدى الساحل", "published": "2024-06-15T09:00",
         "text": "أقر البرلمان يوم الجمعة قانون حماية الغابات بأغلبية 120 نائبا بعد نقاش طويل."},
        {"id": "welcome-1", "source": "أخبار التلال", "published": "2024-06-15T10:00",
         "text": "رحبت جمعيات البيئة أمس بإقرار البرلمان قانون حماية الغابات الذي صوت له 120 نائبا."},
        {"id": "welcome-2", "source": "نشرة الشمال", "published": "2024-06-15T11:00",
         "text": "رحبت جمعيات البيئة يوم الجمعة بقانون حماية الغابات الذي أقره البرلمان."},
    ])).events
    entry = _entries(events)
    assert entry["vote-1"] == entry["vote-2"]
    assert entry["welcome-1"] == entry["welcome-2"] != entry["vote-1"]


def test_a_happening_word_right_after_another_qualifies_it() -> None:
    # "توقيف انتحاري" is an arrest (the bomber follows its noun), "انتحاري" alone a bomber
    frame = build_timeline(pl.DataFrame([
        {"id": "q-1", "published": "2024-05-12T08:00", "text": "أعلنت الشرطة أمس توقيف انتحاري في سوق المدينة."},
        {"id": "q-2", "published": "2024-05-12T08:00", "text": "فجر انتحاري نفسه أمس في سوق المدينة."},
    ]), merge=False).events
    triggers = dict(zip(frame["article_id"], clause_features(frame).events["trigger"]))
    assert triggers == {"q-1": "اعتقال", "q-2": "تفجير"}
    lexicon = load_triggers()
    assert lexicon.happening("أعلنت الشرطة توقيف انتحاري في السوق") == "اعتقال"
    assert lexicon.happening("وقع تفجير في السوق") == "تفجير"


# a bridge opened in the invented town of السنديان on Sunday 1 September 2024, told by three
# outlets, and a hospital opened there the same day by another minister
BRIDGE = [
    {"id": "bridge-1", "source": "نشرة الوادي", "published": "2024-09-02T08:00",
     "text": "افتتح وزير النقل أمس جسر النهر الجديد في بلدة السنديان بحضور المهندس خالد الراشد."},
    {"id": "bridge-2", "source": "صدى الساحل", "published": "2024-09-02T09:00",
     "text": "افتتح وزير النقل يوم الأحد جسر النهر الجديد في السنديان، وقال المهندس خالد الراشد "
             "إن العمل فيه استغرق عامين."},
    {"id": "bridge-3", "source": "أخبار التلال", "published": "2024-09-02T10:00",
     "text": "افتتح وزير النقل أمس جسر النهر الجديد أمام حركة السيارات في السنديان."},
    {"id": "hospital", "source": "نشرة الشمال", "published": "2024-09-02T11:00",
     "text": "افتتح وزير الصحة أمس مستشفى الأطفال الجديد في السنديان."},
]


def test_a_lone_report_joins_the_entry_whose_telling_words_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    # words in more than two events of a week make no pairs here (as the name of a happening
    # many outlets report does in a busy week): only the engineer's name pairs two reports
    monkeypatch.setattr(merge, "MAX_BUCKET_POSTINGS", 2)
    entry = _entries(build_timeline(pl.DataFrame(BRIDGE)).events)
    assert entry["bridge-1"] == entry["bridge-2"] == entry["bridge-3"]
    assert entry["hospital"] != entry["bridge-1"]


def test_a_lone_report_a_day_late_joins_when_it_holds_more_telling_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "MAX_BUCKET_POSTINGS", 2)
    late = {"id": "bridge-late", "source": "صوت الجبل", "published": "2024-09-03T07:00",
            "text": "افتتح وزير النقل أمس جسر النهر الجديد في السنديان وسط حضور المهندس خالد الراشد."}
    events = build_timeline(pl.DataFrame([*BRIDGE, late])).events
    entry = _entries(events)
    assert entry["bridge-late"] == entry["bridge-1"] != entry["hospital"]
    assert events.filter(pl.col("cluster") == entry["bridge-1"])["date_conflict"].all()
