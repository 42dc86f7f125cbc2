"""Two reports of one article on one day that the same-article rule would not pair (neither names a
class of happening) never end in one entry through a report coarser than a day (a week's «خضع لفحص طبي»:
:meth:`timeline.merge._Components._one_text_apart`): the article tells two happenings of its day (two
players' medicals; a main clause and the "after" phrase cut off it). Through another outlet's report of
the day they still join (one happening told twice), and so does a report naming its class with a plain
detail of one article through a week.
Made-up word ids, and two batches of Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.merge import _Components
from timeline.pipeline import build_timeline

_DAY = dt.datetime(2024, 3, 12)


def _components(articles: list[int], triggers: list[str | None], weeks: list[bool],
                later: tuple[int, ...] = (), words: dict[int, list[int]] | None = None) -> _Components:
    """Union–find over reports of one day (the next for those of ``later``; of its week, ``weeks``), all
    sharing rare words 1 and 2 (unless ``words`` says what each holds)."""
    n = len(articles)
    week = _DAY - dt.timedelta(days=_DAY.weekday())
    days = [_DAY + dt.timedelta(days=int(i in later)) for i in range(n)]
    table = pl.DataFrame({
        "i": list(range(n)), "start": [week if w else d for w, d in zip(weeks, days)],
        "end": [week + dt.timedelta(days=7) if w else d + dt.timedelta(days=1) for w, d in zip(weeks, days)],
        "fine": [not w for w in weeks], "group": [None if t is None else "حادث" for t in triggers],
        "trigger": triggers, "town": [None] * n, "article": articles,
    }, schema_overrides={"town": pl.String, "group": pl.String, "trigger": pl.String})
    return _Components(table, dt.timedelta(days=4), words or {i: [1, 2] for i in range(n)}, [9.0] * 40)


def test_two_plain_reports_of_one_article_and_day_stay_apart_through_a_week_report() -> None:
    # 0: another outlet's week report; 1 and 2: one article's two medicals of the day (who underwent it:
    # words 10-12, 20-22); 3: a third outlet's report of the second
    words = {0: [1, 2], 1: [1, 2, 10, 11, 12], 2: [1, 2, 20, 21, 22], 3: [1, 2, 20, 21]}
    found = _components([0, 1, 1, 2], [None] * 4, [True, False, False, False], words=words)
    found.union(0, 1)
    found.union(0, 2)
    assert found.find(2) != found.find(1)
    found.union(3, 2)
    assert found.find(3) == found.find(2) != found.find(1)


def test_two_plain_reports_of_one_article_and_day_join_through_another_day_report() -> None:
    # a link of two days (its words tell which report it meets): one happening told twice, as before
    found = _components([1, 1, 2], [None] * 3, [False, False, False])
    found.union(2, 0)
    found.union(2, 1)
    assert found.find(1) == found.find(0) == found.find(2)


def test_a_report_naming_its_class_and_a_plain_detail_of_one_article_join_through_a_week_report() -> None:
    found = _components([1, 1, 2], ["اختفاء", None, None], [False, False, True])
    found.union(2, 0)
    found.union(2, 1)
    assert found.find(1) == found.find(0) == found.find(2)


def test_two_plain_reports_of_one_article_told_alike_join_through_a_week_report() -> None:
    # one announcement told twice by one article (who and what: words 1-4; how: 10, 20)
    words = {0: [1, 2], 1: [1, 2, 3, 4, 10], 2: [1, 2, 3, 4, 20]}
    found = _components([0, 1, 1], [None] * 3, [True, False, False], words=words)
    found.union(0, 1)
    found.union(0, 2)
    assert found.find(2) == found.find(1)


def test_reports_of_one_article_on_two_days_are_apart_as_before() -> None:
    found = _components([1, 1, 2], [None] * 3, [False, False, True], later=(1,))
    found.union(0, 2)
    found.union(1, 2)
    assert found.find(1) != found.find(0)


_TUESDAY = dt.datetime(2024, 3, 12, 9)


def _batch(texts: dict[str, str]) -> pl.DataFrame:
    """The texts as articles of one Tuesday, and 40 training reports of the days after."""
    rows = [{"id": key, "source": key, "published": _TUESDAY.isoformat(), "text": text} for key, text in texts.items()]
    for k in range(40):
        rows.append({"id": f"f{k}", "source": f"s{k}", "published": (_TUESDAY + dt.timedelta(days=1 + k % 4)).isoformat(),
                     "text": f"وأجرى الفريق تدريباته اليوم في الملعب الرئيسي استعدادا للمباراة رقم {k + 2}."})
    return pl.DataFrame(rows)


def test_a_main_clause_and_its_cut_off_phrase_stay_two_entries_through_a_week_report() -> None:
    # the short main clause borrows the phrase's names (wording._lent), so their words meet: one
    # sentence cut in two is two happenings all the same
    texts = {
        "a": "وخضع المهاجم الغاني أمس لفحص طبي في مستشفى المدينة الرياضية قبل توقيعه على عقد انتقاله إلى "
             "النادي الأول أمس.",
        "b": "وخضع المهاجم الغاني خلال الأسبوع الجاري لفحص طبي ووقع على عقد انتقاله إلى النادي الأول.",
    }
    events = build_timeline(_batch(texts), merge=True).events
    told = events.filter(pl.col("article_id") == "a")
    assert told.height == 2 and told["cluster"].n_unique() == 2


def test_one_article_two_players_medicals_of_one_day_stay_apart() -> None:
    texts = {
        "a": "وخضع الجناح الأرجنتيني، أمس، لفحص طبي في مستشفى بالدوحة تمهيدا لانتقاله إلى نادي العاصمة الفرنسية. "
             "وفي سياق آخر أعلن النادي الإنجليزي بيع عقد لاعبه لنادي فرنسي. "
             "وخضع المدافع البرازيلي البالغ من العمر 24 عاما للفحص الطبي الروتيني، أمس، قبل التوقيع على العقد.",
        "b": "وخضع الجناح الأرجنتيني في وقت سابق من الأسبوع الجاري لفحص طبي في الدوحة.",
        "c": "وخضع الجناح الأرجنتيني، أمس، لفحص طبي في مستشفى الدوحة قبل انتقاله إلى النادي الفرنسي.",
    }
    events = build_timeline(_batch(texts), merge=True).events
    told = events.filter(pl.col("article_id") == "a", pl.col("clause").str.starts_with("وخضع"))
    assert told.height == 2 and told["cluster"].n_unique() == 2
