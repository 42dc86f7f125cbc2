"""A country told only as a name's nationality (``نادي تورينو الإيطالي``: the adjective, with the article, right
after a name, which has none) tells who, not where: it is no name nor word shared with a clause telling that
country otherwise (``عاشت إيطاليا يوما خانقا``). Arabic written for these tests."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.places import countries_of_unnamed, nationalities


def test_an_adjective_after_a_name_is_its_nationality() -> None:
    assert nationalities("تعادل أمام نادي تورينو الإيطالي يوم السبت") == {"إيطاليا"}
    assert nationalities("وقع ريال بيتيس الإسباني عقدا مع المدافع") == {"إسبانيا"}
    assert countries_of_unnamed("وقع ريال بيتيس الإسباني عقدا مع المدافع") == frozenset()


def test_an_adjective_after_a_definite_noun_or_a_particle_still_counts() -> None:
    # the noun has the article (or is a construct whose last word has it): the country acts or is where
    for text, country in (("انتشرت القوات التركية على الحدود", "تركيا"),
                          ("فاز الفريق بكأس السوبر الإيطالية", "إيطاليا"),
                          ("صرح وزير الخارجية المصري للصحافيين", "مصر"), ("وصل عدد من اليمنيين إلى المنفذ", "اليمن"),
                          ("وقف اطلاق نار في مدن سورية عدة", "سوريا")):
        assert countries_of_unnamed(text) == {country}, text
        assert nationalities(text) == frozenset(), text
    # told by its name too: no nationality only
    assert nationalities("تعادل نادي تورينو الإيطالي في إيطاليا") == frozenset()


def _article(i: int, source: str, title: str, text: str) -> dict:
    return {"id": f"n-{i}", "source": source, "published": "2024-05-12T08:00", "title": title, "text": text}


def test_a_clubs_nationality_joins_no_jam_in_its_country() -> None:
    # a traffic jam in Italy and a club's draw, both on Saturday, share only تورينو and إيطاليا/الإيطالي
    events = build_timeline(pl.DataFrame([
        _article(1, "صدى الساحل", "زحام الطرق في إيطاليا",
                 "عاشت إيطاليا يوم السبت يوما خانقا على الطرق السريعة المتجهة شمالا بين مدينتي ميلانو وتورينو."),
        _article(2, "نشرة الوادي", "الفريق يستعد للموسم",
                 "واصل الفريق استعداده للموسم الجديد. "
                 "وكان قد تعادل بالنتيجة نفسها أمام نادي تورينو الإيطالي يوم السبت الماضي."),
    ])).events
    saturday = events.filter(pl.col("start") == pl.datetime(2024, 5, 11))
    assert saturday["article_id"].sort().to_list() == ["n-1", "n-2"]
    assert saturday["cluster"].n_unique() == 2
