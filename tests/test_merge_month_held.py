"""A background happening told at a month's grain in one report («في أبريل الماضي») and to its day in
others («في 12 أبريل») is one entry when who and where match (two rare words shared) and nothing
clashes; another happening of that month stays apart (issue 6 item 1, plan31). Arabic written for
these tests."""

from __future__ import annotations

import polars as pl

from merge_helpers import entry_holding, told_rows

from timeline.pipeline import build_timeline

DAY_A = ("وتناول الوزيران خطوات تنفيذ برامج الشراكة الدفاعية التي أعلن عنها في منتجع وادي الصنوبر في "
         "12 أبريل 2024.")
DAY_B = "ومجالات الشراكة الدفاعية التي أعلن عنها في منتجع وادي الصنوبر في 12 أبريل 2024."
MONTH = ("وجاءت الزيارة استكمالاً للقمة التي جمعت قادة الإقليم برئيس الاتحاد في منتجع وادي الصنوبر في "
         "أبريل الماضي، وتعهد فيها بحماية حدودهم.")
OTHER = ("وكان وزراء الزراعة الخليجيون قد عقدوا اجتماعاً في الدمام في أبريل الماضي لبحث دعم مربي "
         "المواشي.")
OTHER_DAY = "وتناول وزراء الزراعة الخليجيون في جدة في 12 أبريل 2024 خطط الري وتوزيع حصص المياه."


def _articles(*texts: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"id": i, "source": f"المصدر {n}", "published": when, "text": text}
            for n, (i, when, text) in enumerate(texts)]


def test_a_past_month_mention_joins_the_day_entry_of_its_happening() -> None:
    articles = _articles(("d1", "2024-05-20T10:00", DAY_A), ("d2", "2024-05-21T10:00", DAY_B),
                         ("m1", "2024-05-22T10:00", MONTH))
    rows = told_rows(articles)
    assert {g for art, _, g, _ in rows if art == "m1"} == {"month"}
    day = entry_holding(rows, "d1", "الشراكة")
    assert entry_holding(rows, "d2", "الشراكة") == day
    assert entry_holding(rows, "m1", "للقمة") == day
    entries = build_timeline(pl.DataFrame(articles)).entries
    joined = entries.filter(pl.col("n_sources") == 3)
    # the entry keeps the finer date, and the month holding it is no conflict
    assert joined.height == 1 and joined["grain"][0] == "day" and not joined["date_conflict"][0]


def test_another_meeting_of_that_month_elsewhere_stays_apart() -> None:
    rows = told_rows(_articles(("o1", "2024-05-22T10:00", OTHER), ("o2", "2024-05-20T10:00", OTHER_DAY)))
    assert entry_holding(rows, "o1", "الدمام") != entry_holding(rows, "o2", "جدة")


def test_a_month_mention_sharing_one_rare_word_stays_apart() -> None:
    # only «الصنوبر» in common: a month holds many happenings of one place
    lone = ("وافتتح المحافظ في أبريل الماضي مدرسة جديدة للبنات قرب غابة الصنوبر بعد عامين من البناء.")
    rows = told_rows(_articles(("d1", "2024-05-20T10:00", DAY_A), ("d2", "2024-05-21T10:00", DAY_B),
                           ("m1", "2024-05-22T10:00", lone)))
    assert entry_holding(rows, "m1", "مدرسة") != entry_holding(rows, "d1", "الشراكة")


def test_a_week_mention_of_a_meeting_is_not_joined_so() -> None:
    # a week holds many meetings told in like words (on the corpus two of three such joins were
    # wrong): only a month's mention is joined this way
    week = ("وجاءت الزيارة استكمالاً للقمة التي جمعت قادة الإقليم برئيس الاتحاد في منتجع وادي الصنوبر "
            "الأسبوع الماضي.")
    rows = told_rows(_articles(("d1", "2024-04-12T20:00", DAY_A), ("d2", "2024-04-12T21:00", DAY_B),
                           ("w1", "2024-04-16T10:00", week)))
    assert {g for art, _, g, _ in rows if art == "w1"} == {"week"}
    assert entry_holding(rows, "w1", "للقمة") != entry_holding(rows, "d1", "الشراكة")
