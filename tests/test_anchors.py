"""Dates told from a happening another article dates (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.anchors import PENDING_CONFIDENCE, anniversary_of, pending_offset
from timeline.events import article_events
from timeline.pipeline import build_timeline

QUAKE = {"id": "q-1", "source": "نشرة الوادي", "published": "2024-06-16T08:00",
         "text": "ضرب زلزال قوي بلدة الكرز يوم السبت الماضي وهدم عشرات البيوت."}
RESCUE = {"id": "q-2", "source": "صدى الساحل", "published": "2024-06-19T08:00",
          "text": "وصلت فرق الإنقاذ الدولية إلى بلدة الكرز بعد ثلاثة أيام على الزلزال."}
# a bombing dated by one outlet (Saturday 9 March); another tells the funeral (its own date,
# which puts it in the bombing's story) and counts the reopening from the bombing
BOMBING = {"id": "b-1", "source": "نشرة الوادي", "published": "2024-03-11T08:00",
           "text": "انفجرت سيارة مفخخة أمام مبنى البلدية في مدينة الزيتون يوم السبت الماضي، "
                   "وأسفر التفجير عن مقتل سبعة أشخاص وجرح عشرين."}
REOPENED = {"id": "b-2", "source": "صدى الساحل", "published": "2024-03-12T08:00",
            "text": "شيع أهالي مدينة الزيتون أمس سبعة من أبناء المدينة سقطوا أمام مبنى البلدية. "
                    "وأعاد العمال فتح شارع البلدية بعد يومين على التفجير."}
HARBOUR = {"id": "o-1", "source": "أخبار التلال", "published": "2024-03-12T08:00",
           "text": "أعلنت شركة النفط في ميناء الصنوبر أمس خطة جديدة للتصدير. "
                   "وعادت السفن إلى الرصيف بعد يومين على التفجير."}


def _by_article(articles: list[dict]) -> dict[str, tuple[str, str, float]]:
    """The dates told from a happening that an entry dated, by article."""
    events = build_timeline(pl.DataFrame(articles)).events
    return {a: (v, anchor, c) for a, v, anchor, c in
            events.filter(pl.col("anchor").str.starts_with("event:"), pl.col("start").is_not_null())
            .select("article_id", "value", "anchor", "date_confidence").rows()}


def _undated(articles: list[dict]) -> dict[str, tuple[str, str, str]]:
    """The phrases no entry dates, kept in the events table: value, anchor, expression."""
    timeline = build_timeline(pl.DataFrame(articles))
    assert timeline.events["start"].null_count() == 0
    rows = timeline.undated
    # in no entry and no story
    assert rows["start"].null_count() == rows["cluster"].null_count() == rows["story"].null_count() == rows.height
    return {a: (v, anchor, e) for a, v, anchor, e in rows.select("article_id", "value", "anchor", "expr").rows()}


def test_a_date_told_from_the_entry_of_a_happening_in_the_same_story() -> None:
    timeline = build_timeline(pl.DataFrame([BOMBING, REOPENED, HARBOUR]))
    found = _by_article([BOMBING, REOPENED, HARBOUR])
    # the bombing's day (9 March, b-1) and two days: the 11th, not 12 March + 2
    assert found["b-2"] == ("2024-03-11", "event:تفجير", PENDING_CONFIDENCE)
    # the harbour article uses the same word in another story: no date; the phrase stays in
    # the events table, anchored to the happening, undated (never the publication's day + 2)
    assert "o-1" not in found
    assert _undated([BOMBING, REOPENED, HARBOUR]) == {
        "o-1": ("event:تفجير+P2D", "event:تفجير", "بعد يومين على التفجير")}
    events = timeline.events
    reopened = events.filter(pl.col("anchor") == "event:تفجير")
    bombing = events.filter(pl.col("article_id") == "b-1")
    assert reopened["story"].to_list() == bombing["story"].to_list()
    # placed by the merge: an entry of its own (the reopening is not the bombing)
    assert reopened["cluster"].item() not in bombing["cluster"].to_list()
    # entries and stories still numbered in timeline order, sources counted per entry
    assert events["cluster"].to_list() == sorted(events["cluster"].to_list())
    assert timeline.entries.height == events["cluster"].n_unique()


def test_never_from_the_publication_date_without_a_story_link() -> None:
    assert _by_article([REOPENED]) == {}
    assert _undated([REOPENED]) == {"b-2": ("event:تفجير+P2D", "event:تفجير", "بعد يومين على التفجير")}
    # the rescue's article dates nothing else: it joined no story, so no entry of the quake
    # dates it (the merge cannot tell the quake is this one)
    assert _by_article([QUAKE, RESCUE]) == {}
    # a bombing in another town, dated, is another story
    elsewhere = dict(BOMBING, text="انفجرت سيارة مفخخة قرب سوق الخضار في بلدة الصنوبر يوم السبت الماضي.")
    assert _by_article([elsewhere, REOPENED, HARBOUR]) == {}


def test_a_day_counted_forward_is_not_after_the_publication() -> None:
    # told on 10 March, two days after a bombing of the 9th would be the 11th: a wrong link
    early = dict(REOPENED, published="2024-03-10T08:00",
                 text="شيع أهالي مدينة الزيتون اليوم سبعة من أبناء المدينة سقطوا أمام مبنى البلدية. "
                      "وأعاد العمال فتح شارع البلدية بعد يومين على التفجير.")
    assert _by_article([BOMBING, early]) == {}


def test_the_eve_of_elections_another_article_dates() -> None:
    vote = {"id": "v-1", "source": "أخبار التلال", "published": "2024-06-21T08:00",
            "text": "جرت الانتخابات البلدية في بلدة الكرز يوم الخميس الماضي بمشاركة واسعة من سكان البلدة."}
    eve = {"id": "v-2", "source": "نشرة الوادي", "published": "2024-06-22T08:00",
           "text": "احتفل سكان بلدة الكرز أمس بالمشاركة الواسعة في المجلس البلدي. "
                   "واجتمع المرشحون في بلدة الكرز عشية الانتخابات البلدية."}
    found = _by_article([vote, eve])
    assert found["v-2"][:2] == ("2024-06-19", "event:انتخابات")


def test_the_article_keeps_the_phrase_waiting_for_its_happening() -> None:
    published = dt.datetime(2024, 6, 19, 8)
    assert article_events("q-2", RESCUE["text"], published) == []  # no date of its own
    waiting = article_events("q-2", RESCUE["text"], published, pending=True)
    assert [e.as_row()["value"] for e in waiting] == ["event:زلزال+P3D"]
    assert waiting[0].as_row()["start"] is None and waiting[0].as_row()["anchor"] == "event:زلزال"
    assert pending_offset("event:زلزال+P3D") == ("زلزال", 3)
    assert pending_offset("event:انتخابات-P1D") == ("انتخابات", -1)
    assert pending_offset("2024-06-18") is None


PUBLISHED = dt.datetime(2024, 6, 16, 8)  # a Sunday


def _told(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["value"], e.as_row()["anchor"])
            for e in article_events("n-1", text, PUBLISHED, pending=True)]


def test_the_night_of_a_day_is_a_date_not_a_happening() -> None:
    # «ليلة أمس»، «ليلة الخميس» name a night; the tagger dates them (no happening «أمس»)
    assert _told("اندلعت اشتباكات عنيفة ليلة أمس في أطراف بلدة الكرز.") == [("2024-06-15TNI", "published")]
    assert _told("أحيا المطرب حفلا غنائيا ليلة الخميس في مسرح المدينة.") == [("2024-06-13TNI", "published")]
    # a night named after something that is no happening word dates nothing from it
    assert _told("فاز نادي الطلبة بالمركز الأول في ليلة التراث التي أقامتها الجامعة.") == []


def test_words_that_name_no_happening_after_the_cues() -> None:
    assert _told("أفرج عن المهندس المخطوف بعد ثلاثة أيام على أيدي مسلحين مجهولين.") == []
    assert _told("تحولت القرية الهادئة بين عشية وضحاها إلى ساحة للمعارك.") == []


def test_a_demonstrative_before_the_happening_is_skipped() -> None:
    text = ("سقطت قذيفة على سوق بلدة الكرز أمس. "
            "وقبل أقل من 24 ساعة على هذا القصف انفجرت عبوة عند مدخل البلدة.")
    assert _told(text)[-1] == ("event:قصف-P1D", "event:قصف")


def test_the_date_of_the_phrases_own_clause_is_not_the_happenings() -> None:
    # the hearing was on the 13th, the day before the signing: the 13th is not the signing's day
    # (the signing is the day after the hearing: an event of its own, counted from the 13th — _elapsed)
    assert _told("وعقدت اللجنة جلستها الثالثة في 13 يونيو قبل يوم على توقيع الاتفاق.") == [
        ("2024-06-13", "published"), ("2024-06-14", "event:توقيع")]
    # a date told in the clause before (after و or a comma) still dates the happening
    quake = "ضرب الزلزال البلدة يوم الأربعاء الماضي وبعد ثلاثة أيام على الزلزال وصلت فرق الإنقاذ."
    assert _told(quake) == [("2024-06-12", "published"), ("2024-06-15", "event:زلزال")]


def test_an_anniversary_links_to_the_happening_past_its_ordinals() -> None:
    assert anniversary_of("أحيا أهالي الكرز أمس الذكرى الأولى للفيضان.") == "فيضان"
    assert anniversary_of("احتفلت البلدة بالذكرى السنوية الخامسة والعشرين لتأسيس المدرسة.") == "تأسيس"
    assert anniversary_of("تحتفل المكتبة بالذكرى الستين لافتتاحها هذا الشهر.") == "افتتاحها"
    # a remembrance that names no happening links to none
    assert anniversary_of("وقف الحاضرون دقيقة إحياء للذكرى وسط صمت تام.") is None
    text = "أحيا أهالي الكرز أمس الذكرى الخامسة والعشرين لتأسيس البلدة."
    # and the founding itself, 25 years before the day they commemorated it (anchors.recalled_happening)
    assert _told(text) == [("2024-06-15", "event:تأسيس"), ("1999-06-15", "event:تأسيس")]


def test_another_happening_of_the_kind_is_not_the_storys() -> None:
    # "the day after another bombing": not the bombing the story tells
    other = dict(REOPENED, text=REOPENED["text"].replace("بعد يومين على التفجير", "غداة تفجير آخر"))
    assert _by_article([BOMBING, other]) == {}


def test_a_word_that_names_no_happening_needs_what_it_governs() -> None:
    # «إعلان» (an announcement) is dated only from a report naming what was announced
    told = {"id": "m-1", "source": "نشرة الوادي", "published": "2024-03-11T08:00",
            "text": "صدر يوم السبت الماضي إعلان بلدية مدينة الزيتون إغلاق سوق الخضار القديم في المدينة."}
    after = {"id": "m-2", "source": "صدى الساحل", "published": "2024-03-13T08:00",
             "text": "اعتصم تجار سوق الخضار القديم في مدينة الزيتون أمس أمام البلدية. "
                     "وبدأ نقل البسطات بعد يومين من إعلان إغلاق السوق."}
    assert _by_article([told, after])["m-2"] == ("2024-03-11", "event:إعلان", PENDING_CONFIDENCE)
    unrelated = dict(after, text=after["text"].replace("إعلان إغلاق", "إعلان نتائج"))
    assert _by_article([told, unrelated]) == {}


def test_the_page_says_what_a_date_is_counted_from() -> None:
    from timeline.page import page_data

    timeline = build_timeline(pl.DataFrame([BOMBING, REOPENED]))
    data = page_data(timeline.events)
    rows = timeline.events.with_row_index("n").filter(pl.col("anchor") == "event:تفجير")["n"].to_list()
    assert data["events"]["an"] == {str(rows[0]): ["تفجير", 1]}


def test_the_dated_phrase_joins_the_entry_of_its_own_happening_through_the_merge() -> None:
    # a third outlet dates the reopening itself (11 March): the phrase dated from the
    # bombing lands on that day and the merge puts both reports in one entry
    direct = {"id": "b-3", "source": "أخبار التلال", "published": "2024-03-12T08:00",
              "text": "أعاد العمال أمس فتح شارع البلدية في مدينة الزيتون بعد رفع الركام."}
    events = build_timeline(pl.DataFrame([BOMBING, REOPENED, direct])).events
    reopened = events.filter(pl.col("anchor") == "event:تفجير")
    told = events.filter(pl.col("article_id") == "b-3")
    assert reopened["cluster"].item() == told["cluster"].item()
    assert reopened["n_sources"].item() == 2
    assert events.filter(pl.col("article_id") == "b-1")["cluster"].item() != told["cluster"].item()


def test_the_dated_phrase_never_joins_the_entry_it_was_dated_from() -> None:
    # the governor's visit the day after the bombing, told in the bombing's own words
    visit = dict(REOPENED, text="شيع أهالي مدينة الزيتون أمس سبعة من أبناء المدينة سقطوا أمام مبنى البلدية. "
                                "وزار المحافظ مبنى البلدية في مدينة الزيتون غداة التفجير الذي أسفر عن مقتل "
                                "سبعة أشخاص وجرح عشرين.")
    events = build_timeline(pl.DataFrame([BOMBING, visit])).events
    told = events.filter(pl.col("anchor") == "event:تفجير")
    assert told["value"].to_list() == ["2024-03-10"]
    assert told["cluster"].item() not in events.filter(pl.col("article_id") == "b-1")["cluster"].to_list()


def test_without_stories_only_the_articles_own_entries_link() -> None:
    from timeline.frame import conform_events
    from timeline.relink import merge_with_anchors, undated_phrases

    timeline = build_timeline(pl.DataFrame([BOMBING, REOPENED]), merge=False)
    # not merged, nothing dates the reopening: kept undated, never from the publication
    assert timeline.undated["value"].to_list() == ["event:تفجير+P2D"]
    assert timeline.events.filter(pl.col("anchor") == "event:تفجير").height == 0
    waiting = pl.concat([
        conform_events(pl.DataFrame([e.as_row() for e in
                                     article_events(a["id"], a["text"], dt.datetime.fromisoformat(a["published"]),
                                                    pending=True)]))
        .with_columns(pl.lit(a["id"]).alias("article_id"), pl.lit(a["source"]).alias("source"),
                      pl.lit(dt.datetime.fromisoformat(a["published"])).cast(pl.Datetime("us")).alias("published"))
        for a in (BOMBING, REOPENED)])
    # the funeral is not the bombing's entry: without stories no entry dates the reopening
    merged = merge_with_anchors(waiting, stories=False)
    assert merged.filter(pl.col("anchor") == "event:تفجير").height == 0
    assert undated_phrases(waiting, merged)["value"].to_list() == ["event:تفجير+P2D"]
    assert merged["story"].null_count() == merged.height
    # with stories it is dated, as the build does
    assert merge_with_anchors(waiting).filter(pl.col("anchor") == "event:تفجير")["value"].to_list() == ["2024-03-11"]


# a final told in the future: the team will arrive three days before it; the final's day is
# told by another outlet after the first article was published
ARRIVAL = {"id": "f-1", "source": "نشرة الوادي", "published": "2024-04-02T08:00",
           "text": "تأهل فريق الزيتون إلى نهائي كأس الوادي أمس بعد فوزه على فريق الصنوبر. "
                   "وسيصل فريق الزيتون إلى مدينة الكرز قبل اللقاء بثلاثة أيام."}
FINAL = {"id": "f-2", "source": "صدى الساحل", "published": "2024-04-06T08:00",
         "text": "يقام اللقاء النهائي لكأس الوادي بين فريق الزيتون وفريق البلوط يوم الثلاثاء المقبل في مدينة الكرز."}


def test_a_phrase_told_in_the_future_counts_from_a_happening_still_to_come() -> None:
    found = _by_article([ARRIVAL, FINAL])
    # the final is on Tuesday 9 April (told on the 6th): the arrival three days before, the
    # 6th; not counted from anything before the first article's publication
    assert found["f-1"] == ("2024-04-06", "event:لقاء", PENDING_CONFIDENCE)


# two outlets carry the same saying; one dates the saying (أمس), and that date is not the
# meeting's: the other outlet's phrase is not counted from it
SAYING = {"id": "m-1", "source": "نشرة الوادي", "published": "2024-04-10T08:00",
          "title": "محادثات وزير خارجية الزيتون في الكرز",
          "text": "وصل وزير خارجية الزيتون إلى مدينة الكرز يوم الأحد الماضي في زيارة رسمية. "
                  "وقال الوزير أمس غداة الاجتماع مع نظيره إن المحادثات كانت مثمرة."}
COPY = {"id": "m-2", "source": "صدى الساحل", "published": "2024-04-10T09:00",
        "title": "وزير خارجية الزيتون: محادثات الكرز مثمرة",
        "text": "وصل وزير خارجية الزيتون إلى مدينة الكرز يوم الأحد الماضي في زيارة رسمية. "
                "وقال الوزير غداة الاجتماع مع نظيره إن المحادثات كانت مثمرة."}


def test_a_clause_that_itself_counts_from_the_happening_does_not_date_it() -> None:
    events = build_timeline(pl.DataFrame([SAYING, COPY])).events
    assert events["story"].n_unique() == 1  # the saying's entry is in the story of m-2's report
    assert "m-2" not in _by_article([SAYING, COPY])
    assert _undated([SAYING, COPY])["m-2"][1] == "event:اجتماع"


# one minister's meetings on a tour: in Doha (29 July), then in Malaysia (5 August); the day
# after the meeting "in Malaysia" is counted from the Malaysian one, not the first of the story
TOUR = [
    {"id": "t-1", "source": "نشرة الوادي", "published": "2024-07-30T08:00", "title": "جولة وزير خارجية الزيتون",
     "text": "اجتمع وزير خارجية الزيتون بنظيره القطري في الدوحة أمس لبحث التعاون."},
    {"id": "t-2", "source": "صدى الساحل", "published": "2024-08-06T08:00", "title": "جولة وزير خارجية الزيتون",
     "text": "اجتمع وزير خارجية الزيتون بنظيره الماليزي في ماليزيا أمس لبحث التعاون."},
    {"id": "t-3", "source": "أخبار التلال", "published": "2024-08-07T08:00", "title": "جولة وزير خارجية الزيتون",
     "text": "بدأ وزير خارجية الزيتون جولته يوم السبت الماضي لبحث التعاون. "
             "وقال الوزير غداة اجتماع مع نظيره في ماليزيا إن المحادثات كانت مثمرة."},
]


def test_the_place_a_phrase_gives_its_happening_chooses_the_entry() -> None:
    events = build_timeline(pl.DataFrame(TOUR)).events
    assert events["story"].n_unique() == 1
    # the day after the Malaysian meeting, the 6th (not 30 July, from Doha)
    assert _by_article(TOUR)["t-3"][:2] == ("2024-08-06", "event:اجتماع")
