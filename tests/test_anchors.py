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


def _by_article(articles: list[dict]) -> dict[str, tuple[str, str, float]]:
    events = build_timeline(pl.DataFrame(articles)).events
    return {a: (v, anchor, c) for a, v, anchor, c in
            events.select("article_id", "value", "anchor", "date_confidence").rows()}


def test_a_date_told_from_a_happening_another_article_dates() -> None:
    found = _by_article([QUAKE, RESCUE])
    # the quake was on Saturday 15 June (q-1); three days on is the 18th, not 19 June + 3
    assert found["q-2"] == ("2024-06-18", "event:زلزال", PENDING_CONFIDENCE)


def test_never_from_the_publication_date_when_no_article_dates_it() -> None:
    assert "q-2" not in _by_article([RESCUE])
    # a quake in another town is another happening: it does not date the rescue
    elsewhere = dict(QUAKE, text="ضرب زلزال قوي مدينة الصنوبر يوم السبت الماضي.")
    assert "q-2" not in _by_article([elsewhere, RESCUE])
    # one shared word (a name) is too little to tell it is the same quake
    thin = dict(QUAKE, text="ضرب زلزال قوي الكرز يوم السبت الماضي.")
    assert "q-2" not in _by_article([thin, RESCUE])


def test_the_eve_of_elections_another_article_dates() -> None:
    vote = {"id": "v-1", "source": "أخبار التلال", "published": "2024-06-21T08:00",
            "text": "جرت الانتخابات البلدية في بلدة الكرز يوم الخميس الماضي بمشاركة واسعة."}
    eve = {"id": "v-2", "source": "نشرة الوادي", "published": "2024-06-22T08:00",
           "text": "اجتمع المرشحون في بلدة الكرز عشية الانتخابات البلدية."}
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
    assert _told("وعقدت اللجنة جلستها الثالثة في 13 يونيو قبل يوم على توقيع الاتفاق.") == [
        ("2024-06-13", "published")]
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
    assert _told(text) == [("2024-06-15", "event:تأسيس")]
