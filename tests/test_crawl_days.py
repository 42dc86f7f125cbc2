"""The writer's day when the publication stamp is not it: an article's own deictic told with its weekday,
and a night crawl's articles read from what the others of it say (night70; Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from timeline import tag
from timeline.articles import Article
from timeline.engine import Grammar
from timeline.events import article_rows
from timeline.frame import events_frame
from timeline.pipeline import build_timeline
from timeline.written import crawl_days

PAPER = "صحيفة الوادي"
TUESDAY_NIGHT = "2026-03-10T00:20"  # a Tuesday, just after midnight


def _article(id_: str, text: str, published: str, source: str | None = PAPER) -> dict[str, str | None]:
    return {"id": id_, "text": text, "published": published, "source": source}


def _rows(articles: list[dict[str, str | None]]) -> pl.DataFrame:
    """The events of ``articles`` as a build's workers make them (each article alone)."""
    return events_frame(article_rows(
        [Article(str(a["id"]), str(a["text"]), dt.datetime.fromisoformat(str(a["published"])), n, source=a["source"])
         for n, a in enumerate(articles, 1)]))


def _dates(articles: list[dict[str, str | None]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, expression) → (value, anchor) of a merged build."""
    events = build_timeline(articles, jobs=1).events
    return {(r["article_id"], r["expr"]): (r["value"], r["anchor"]) for r in events.iter_rows(named=True)}


OPENED = "افتتح وزير الصحة أمس الأحد مستشفى جديدا في مدينة الوادي. ويزور الوزير اليوم مركز الأمراض المعدية في المدينة."
ROADS = "أعلنت إدارة الطرق اليوم (الاثنين) إغلاق الطريق الساحلي أسبوعين لأعمال الصيانة."
BRIDGE = "وقع رئيس البلدية أمس عقدا لإنشاء جسر جديد فوق نهر الوادي بتكلفة كبيرة."
FAIR = "يفتتح المعرض الدولي للكتاب اليوم الثلاثاء أبوابه للزوار في مدينة الساحل."


def test_an_edition_stamped_after_midnight_counts_from_the_day_its_weekday_tells() -> None:
    # «أمس الأحد» in an edition stamped 00:20 on Tuesday: written on Monday, so its undated «اليوم» is Monday
    assert [(t.text, t.value) for t in tag(OPENED, TUESDAY_NIGHT)] == [("أمس الأحد", "2026-03-08"),
                                                                       ("اليوم", "2026-03-09")]
    rows = _rows([_article("a", OPENED, TUESDAY_NIGHT)])
    assert rows.select("expr", "value", "anchor").rows() == [("أمس الأحد", "2026-03-08", "written:2026-03-09"),
                                                             ("اليوم", "2026-03-09", "written:2026-03-09")]
    assert rows["published"].to_list() == [dt.datetime(2026, 3, 10, 0, 20)] * 2  # the stamp is kept


def test_an_article_whose_weekday_agrees_keeps_its_stamp() -> None:
    rows = _rows([_article("a", FAIR, TUESDAY_NIGHT)])
    assert rows.select("expr", "value", "anchor").rows() == [("اليوم الثلاثاء", "2026-03-10", "published")]


def test_a_night_crawl_whose_articles_say_the_day_before_dates_the_others_from_it() -> None:
    found = _dates([_article("a", OPENED, "2026-03-10T00:20"), _article("b", ROADS, "2026-03-10T00:21"),
                    _article("c", BRIDGE, "2026-03-10T00:23")])
    assert found[("c", "أمس")] == ("2026-03-08", "written:2026-03-09")


def test_one_witness_or_one_agreeing_article_moves_no_other() -> None:
    alone = [_article("a", OPENED, "2026-03-10T00:20"), _article("c", BRIDGE, "2026-03-10T00:23")]
    assert _dates(alone)[("c", "أمس")] == ("2026-03-09", "published")
    agreeing = [*alone, _article("b", ROADS, "2026-03-10T00:21"), _article("d", FAIR, "2026-03-10T00:22")]
    found = _dates(agreeing)
    assert found[("c", "أمس")] == ("2026-03-09", "published")
    assert found[("d", "اليوم الثلاثاء")] == ("2026-03-10", "published")


def test_a_two_day_contradiction_is_no_witness_of_the_day_before() -> None:
    # «اليوم الأحد» stamped Tuesday: two days off (an older copy, or a slip), not the crawl's day before
    sunday = "أعلن الاتحاد اليوم الأحد موعد انطلاق الدوري الجديد في مدينة الوادي."
    found = _dates([_article("a", sunday, "2026-03-10T00:20"), _article("b", sunday.replace("الاتحاد", "النادي"),
                                                                        "2026-03-10T00:21"),
                    _article("c", BRIDGE, "2026-03-10T00:23")])
    assert found[("c", "أمس")] == ("2026-03-09", "published")


def test_a_daytime_crawl_or_articles_of_no_source_are_no_crawl() -> None:
    noon = [_article("a", OPENED, "2026-03-10T13:20"), _article("b", ROADS, "2026-03-10T13:21"),
            _article("c", BRIDGE, "2026-03-10T13:23")]
    assert _dates(noon)[("c", "أمس")] == ("2026-03-09", "published")
    nameless = [{**a, "published": a["published"].replace("T13", "T00"), "source": None} for a in noon]  # type: ignore[union-attr]
    assert crawl_days(_rows(nameless)) == {}


def test_articles_minutes_apart_are_one_crawl_and_an_hour_apart_two() -> None:
    night = [_article("a", OPENED, "2026-03-10T00:20"), _article("b", ROADS, "2026-03-10T00:24"),
             _article("c", BRIDGE, "2026-03-10T00:28")]
    assert crawl_days(_rows(night)) == {"c": -1}
    night[2] = _article("c", BRIDGE, "2026-03-10T01:28")
    assert crawl_days(_rows(night)) == {}


def test_a_source_that_cannot_be_read_again_keeps_its_stamps() -> None:
    # the texts do not stay in memory after extraction: an iterator is read once, so nothing moves
    night = [_article("a", OPENED, "2026-03-10T00:20"), _article("b", ROADS, "2026-03-10T00:21"),
             _article("c", BRIDGE, "2026-03-10T00:23")]
    events = build_timeline(iter(night), jobs=1).events
    found = {(r["article_id"], r["expr"]): (r["value"], r["anchor"]) for r in events.iter_rows(named=True)}
    assert found[("c", "أمس")] == ("2026-03-09", "published")
    assert found[("a", "أمس الأحد")] == ("2026-03-08", "written:2026-03-09")  # its own word still counts


def test_a_crawl_moved_article_whose_weekday_says_its_stamp_is_counted_from_it_charted_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # its crawl says Monday, its own «اليوم الثلاثاء» says the stamp's Tuesday: counted from the stamp, as
    # if its crawl had said nothing, and the text charted once (not again to count it from the stamp)
    text = "يفتتح المعرض الدولي للكتاب اليوم الثلاثاء أبوابه للزوار، بعد أن أنهت اللجنة أمس تجهيز القاعات."
    article = Article("a", text, dt.datetime.fromisoformat(TUESDAY_NIGHT), 1, source=PAPER)
    charts: list[str] = []
    chart = Grammar.chart
    monkeypatch.setattr(Grammar, "chart", lambda self, *args, **kwargs: charts.append("") or chart(self, *args,
                                                                                                 **kwargs))
    alone = list(article_rows([article]))
    charted = len(charts)
    moved = list(article_rows([article], written={"a": -1}))
    assert moved == alone
    assert [(r["expr"], r["value"], r["anchor"]) for r in moved] == [("اليوم الثلاثاء", "2026-03-10", "published"),
                                                                    ("أمس", "2026-03-09", "published")]
    assert len(charts) == 2 * charted


@pytest.mark.xfail(strict=True, reason="crawl75: the guard after the merge was measured on the corpus and dropped "
                   "(3 articles sent back: 1 right, 1 wrong, 1 unclear; entries join other happenings)")
def test_a_print_day_item_of_a_night_crawl_goes_back_when_the_other_outlets_date_it_to_the_stamp() -> None:
    # one edition, two ways of counting: two pieces count from the day they were written (Monday), the
    # match preview from the day the paper is printed (Tuesday, the stamp's day), as the agency and
    # another paper, stamped in the day, tell it; the crawl rule cannot tell it from the others
    match = "يختتم منتخب الوادي اليوم معسكره في مدينة الساحل بمباراة ودية أمام منتخب الجبل على ملعب الساحل."
    found = _dates([_article("a", OPENED, "2026-03-10T00:20"), _article("b", ROADS, "2026-03-10T00:21"),
                    _article("c", match, "2026-03-10T00:22"),
                    _article("d", match.replace("اليوم", "اليوم الثلاثاء"), "2026-03-10T09:10", "وكالة الأنباء"),
                    _article("e", match, "2026-03-10T10:30", "صحيفة الجبل")])
    assert found[("d", "اليوم الثلاثاء")] == ("2026-03-10", "published")
    assert found[("c", "اليوم")] == ("2026-03-10", "published")
