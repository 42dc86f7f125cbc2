"""Courts sit every day in every country, told in the same few words: two courts' sittings of
one day in two countries stay apart, one court's sitting told by two outlets joins (issue 6
item 1, merge19). Arabic written for these tests."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.places import countries_named

ARTICLES = [
    {"id": "k1", "source": "صدى الساحل", "published": "2024-04-17T18:00",
     "text": "وقررت المحكمة الكويتية في جلستها أمس الثلاثاء تأجيل محاكمة المتهمين إلى الشهر المقبل."},
    {"id": "k2", "source": "الأفق", "published": "2024-04-17T20:00",
     "text": "أجلت محكمة الجنايات في الكويت أمس الثلاثاء جلسة محاكمة المتهمين في قضية الرشوة إلى الشهر "
             "المقبل بطلب من الدفاع."},
    {"id": "c1", "source": "المرصد", "published": "2024-04-17T20:00",
     "text": "وقررت محكمة جنايات القاهرة في جلستها أمس الثلاثاء تأجيل محاكمة المتهمين إلى جلسة السبت المقبل."},
]


def test_two_courts_of_one_day_in_two_countries_stay_apart() -> None:
    events = build_timeline(pl.DataFrame(ARTICLES)).events
    day = events.filter(pl.col("grain") == "day", pl.col("start") == pl.datetime(2024, 4, 16))
    entry = dict(zip(day["article_id"], day["cluster"]))
    assert entry["k1"] == entry["k2"]
    assert entry["c1"] != entry["k1"]


def test_the_countries_a_clause_names() -> None:
    assert countries_named("وذكرت وكالة الأنباء الكويتية أن المحكمة قررت تأجيل الجلسة") == {"الكويت"}
    assert countries_named("قررت محكمة جنايات القاهرة إحالة المتهمين") == {"مصر"}
    assert countries_named("بينهم سبعة كويتيين وخمسة سعوديين") == {"الكويت", "السعودية"}
    assert countries_named("وللسوريين") == {"سوريا"}
    assert countries_named("قررت المحكمة تأجيل الجلسة") == frozenset()


def test_a_word_written_with_final_ya_alif_is_no_countrys_adjective() -> None:
    # folded, "اليمنى" (the right hand) is "اليمني" and "المجرى" (a channel) "المجري": no Yemen, no Hungary
    assert countries_named("أصيب المتهم في يده اليمنى أثناء نقله إلى المحكمة") == frozenset()
    assert countries_named("بتهمة تعطيل المجرى الملاحي وعرقلة مجرى العدالة") == frozenset()
    # the adjectives themselves, written either way, still name them
    assert countries_named("قررت المحكمة اليمنية تأجيل محاكمة الصحفي اليمني") == {"اليمن"}
    assert countries_named("حكمت محكمة جنايات على المواطن المصرى") == {"مصر"}


def test_a_channel_written_with_ya_is_no_hungarian() -> None:
    # «المجري» before a word of water or a channel (places.yaml adjectives.not_before) is مجرى written with ي: no
    # Hungary (para50: the Suez opening's «المجري الملاحي» named Hungary on both sides of a join)
    assert countries_named("شارك الوفد في حفل افتتاح المجري الملاحي الجديد للقناة") == frozenset()
    assert countries_named("وعبرت السفن لمجري قناة السويس الجديدة") == frozenset()
    assert countries_named("وتغير مجري النهر بعد الفيضان") == frozenset()
    assert countries_named("وحفر العمال مجري ملاحيا بطول 35 كيلومترا") == frozenset()
    # the Hungarian, before other words, stays
    assert countries_named("وسجل المهاجم المجري هدف الفوز") == {"المجر"}
    assert countries_named("استقبل الرئيس نظيره المجري الجديد") == {"المجر"}


def test_a_state_body_named_by_its_adjective_places_a_clause() -> None:
    from timeline.places import body_country
    # a parliament or a government told by its country's adjective sits and acts there (poss51, irq-R06)
    assert body_country("وصادق مجلس النواب العراقي اليوم على حزمة الإصلاحات") == "العراق"
    assert body_country("وقررت الحكومة الأردنية أمس رفع أسعار الوقود") == "الأردن"
    assert body_country("وقال رئيس الحكومة المغربية إن الميزانية ستتقلص") == "المغرب"
    assert body_country("ووجه النائب انتقادا للحكومة اللبنانية") == "لبنان"
    # an adjective alone places nothing; two countries' bodies tell none
    assert body_country("وخرج الشعب المصري إلى الشوارع") is None
    assert body_country("وتراجع الدولار الأمريكي أمام الين") is None
    assert body_country("واتصل رئيس البرلمان الإيراني بنظيره في الحكومة العراقية") is None


def test_a_clause_naming_no_place_takes_its_state_body_s_country() -> None:
    import datetime as dt

    from timeline.events import article_events
    events = article_events("ex-1", "وصادق البرلمان العراقي بالإجماع أمس على خطة الإصلاح.",
                            dt.datetime(2015, 8, 12, 12))
    assert [e.as_row()["place"] for e in events] == ["العراق"]
    events = article_events("ex-2", "وصادق البرلمان العراقي في بغداد أمس على خطة الإصلاح.",
                            dt.datetime(2015, 8, 12, 12))
    assert [e.as_row()["place"] for e in events] == ["بغداد"]


def test_a_state_body_s_country_is_where_the_clause_is_for_the_merge() -> None:
    from timeline.places import whereabouts
    # the merge's closest-pair route needs a place both name: a body's country is one (irq-R06's vote)
    assert whereabouts("وصادق مجلس النواب العراقي اليوم على حزمة الإصلاحات").within == {"العراق"}
    assert whereabouts("وقال رئيس البرلمان العراقي إن البرلمان وافق على الخطة").meets(
        whereabouts("وصادق مجلس النواب العراقي اليوم على حزمة الإصلاحات"))
    # an adjective alone is no place; a place named wins
    assert whereabouts("وخرج الشعب المصري إلى الشوارع").within == frozenset()
    assert whereabouts("وصادق البرلمان العراقي في بغداد على الخطة").fine == {"بغداد"}
