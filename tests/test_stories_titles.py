"""Stories in a small collection: a few articles about one bombing, its aftermath told in
clauses that do not name it under titles that do, stay one story; an unrelated article stays apart (Arabic written for
this test; the town of الزيزفون is invented)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

TITLE = "تفجير مسجد الزيزفون"
ARTICLES = [
    {"id": "b-1", "source": "نشرة الوادي", "published": "2024-05-10T09:00", "title": f"{TITLE}: عشرات الضحايا",
     "text": "فجر انتحاري نفسه أمس داخل مسجد في بلدة الزيزفون أثناء صلاة الجمعة. "
             "وقال مسؤول محلي إن الإسعاف نقل الجرحى إلى مستشفى المدينة مساء أمس."},
    {"id": "b-2", "source": "صدى الساحل", "published": "2024-05-11T08:00", "title": f"الحداد في الزيزفون بعد {TITLE}",
     "text": "أعلنت البلدية الحداد ثلاثة أيام ابتداء من اليوم على أرواح الضحايا. "
             "وشيع الأهالي أمس جثامين القتلى."},
    {"id": "b-3", "source": "أخبار التلال", "published": "2024-05-12T08:00", "title": f"اعتقال مشتبه بهم في {TITLE}",
     "text": "اعتقلت الشرطة أمس ثلاثة أشخاص يشتبه في أنهم ساعدوا منفذ الهجوم. "
             "وكان المحققون قد عثروا يوم الجمعة على سيارة استأجرها المهاجم."},
    {"id": "b-4", "source": "نشرة الوادي", "published": "2024-05-14T08:00", "title": f"إعادة فتح {TITLE}",
     "text": "أعيدت أمس أبواب المصلى أمام الناس بعد ترميم جدرانه."},
    {"id": "k-1", "source": "أخبار التلال", "published": "2024-05-11T08:00", "title": "معرض الكتاب في مدينة الصنوبر",
     "text": "افتتح وزير الثقافة أمس معرض مدينة الصنوبر للكتاب بمشاركة مئة دار نشر."},
]


def test_the_articles_of_one_bombing_make_one_story_under_their_titles() -> None:
    events = build_timeline(pl.DataFrame(ARTICLES)).events
    stories = events.group_by("story").agg(pl.col("article_id").unique().sort())["article_id"].to_list()
    assert sorted(stories) == [["b-1", "b-2", "b-3", "b-4"], ["k-1"]]
    # the bombing's days, the funeral, the arrests and the reopening: several entries, one story
    bombing = events.filter(pl.col("article_id").str.starts_with("b-"))
    assert bombing["cluster"].n_unique() >= 4 and bombing["story"].n_unique() == 1
    assert bombing["story"].n_unique() < events["story"].n_unique()


def test_a_story_is_labelled_by_the_title_that_tells_it_best() -> None:
    articles = [*ARTICLES, {"id": "w-1", "source": "وكالة الأنباء", "published": "2024-05-12T08:00",
                            "title": "عام / " + "افتتاح معرض مدينة الصنوبر للكتاب بمشاركة مئة دار نشر من عشرين دولة عربية وأجنبية",
                            "text": "افتتح وزير الثقافة أمس معرض مدينة الصنوبر للكتاب بمشاركة مئة دار نشر."}]
    events = build_timeline(pl.DataFrame(articles)).events
    labels = dict(zip(events["article_id"], events["story_label"]))
    # every title of the bombing names it; the label is one of them, whole
    assert labels["b-1"] == labels["b-4"] and TITLE in labels["b-1"]
    assert labels["b-1"] in {a["title"] for a in ARTICLES}
    # the fair told twice: one story, its label a title without the wire's section tag, cut
    # at a word before 60 characters
    assert labels["k-1"] == labels["w-1"]
    assert labels["k-1"] == "افتتاح معرض مدينة الصنوبر للكتاب بمشاركة مئة دار نشر من…"
