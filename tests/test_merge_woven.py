"""Two grown entries whose telling words do not meet join when every report of one links with every
report of the other at ``ALIKE_SCORE`` or more (``merge._Components._woven``): one statement told in two
wordings, each wording copied by two outlets (union43). One pair of like clauses across two
happenings of one day and place is a chain, not one text: those stay apart. Arabic written for these
tests."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

AUTHORITY = ("أعلنت هيئة الطيران المدني عن تحطم طائرة خاصة تحمل تسجيلا أردنيا في مطار الشمال قرب مدينة ليون "
             "مساء أمس، ولم تسجل أي إصابات بين سكان المنطقة المجاورة.")
BUREAU = ("وقع حادث تحطم أمس لطائرة خاصة تحمل تسجيلا أردنيا من طراز سيسنا 680 أثناء هبوطها في مطار الشمال "
          "قرب مدينة ليون، وفق ما أوضح مكتب التحقيقات في بلاغه.")
TRAINING = ("وقع حادث تحطم أمس لطائرة تدريب تابعة لمدرسة الطيران من طراز سيسنا 152 أثناء هبوطها في مطار الشمال "
            "قرب مدينة ليون، وأصيب مدربها بجروح طفيفة.")
TRAINING_OWN = ("وأصيب مدرب طيران بجروح طفيفة أمس إثر تحطم طائرة تدريب تابعة لمدرسة الطيران من طراز سيسنا 152 "
                "لدى هبوطها على المدرج.")


def _events(told: list[tuple[str, str, str]]) -> pl.DataFrame:
    return build_timeline(pl.DataFrame([{"id": i, "source": f"صحيفة {i}", "published": p, "text": t}
                                        for i, p, t in told])).events


def test_one_statement_in_two_wordings_each_copied_twice_is_one_entry() -> None:
    # each wording's two copies form an entry first (their telling words are the wording's own:
    # هيئة، إصابات / سيسنا، بلاغ), then every copy of one links with every copy of the other
    events = _events([("a1", "2024-03-09T08:00", AUTHORITY), ("a2", "2024-03-09T09:00", AUTHORITY),
                      ("b1", "2024-03-09T10:00", BUREAU), ("b2", "2024-03-09T11:00", BUREAU)])
    assert events["cluster"].n_unique() == 1
    assert not events["date_conflict"].any()


def test_a_late_copy_dating_it_a_day_later_joins_as_a_date_conflict() -> None:
    # a third report in the bureau's wording, its last words the outlet's own, published the day
    # after still says «أمس»: it joins the entry flagged as a conflict; the entry keeps the day most
    # outlets tell, no finer than told
    late = BUREAU.replace("وفق ما أوضح مكتب التحقيقات في بلاغه", "بحسب بلاغ لمكتب التحقيقات")
    events = _events([("a1", "2024-03-09T08:00", AUTHORITY), ("a2", "2024-03-09T09:00", AUTHORITY),
                      ("b1", "2024-03-09T10:00", BUREAU), ("b2", "2024-03-09T11:00", BUREAU),
                      ("b3", "2024-03-10T07:00", late)])
    assert events["cluster"].n_unique() == 1
    assert events["date_conflict"].all()
    late_row = events.filter(pl.col("article_id") == "b3")
    assert late_row["start"][0].day == 9 and late_row["grain"][0] == "day"  # its own reading is kept


def test_a_verbatim_copy_a_day_later_joins_on_the_first_copys_day() -> None:
    # the same sentence word for word the day after: its «أمس» is the first copy's (timeline.reprints)
    events = _events([("a1", "2024-03-09T08:00", AUTHORITY), ("a2", "2024-03-09T09:00", AUTHORITY),
                      ("b1", "2024-03-09T10:00", BUREAU), ("b2", "2024-03-09T11:00", BUREAU),
                      ("b3", "2024-03-10T07:00", BUREAU)])
    assert events["cluster"].n_unique() == 1
    assert not events["date_conflict"].any()
    late = events.filter(pl.col("article_id") == "b3")
    assert late["start"][0].day == 8 and late["anchor"][0] == "copy:b1"


def test_two_crashes_of_one_day_at_one_airport_stay_apart() -> None:
    # the training plane's report in the bureau's template links with both copies of the jet's
    # statement, its other outlet's own report with neither: a chain through one like clause
    events = _events([("a1", "2024-03-09T08:00", AUTHORITY), ("a2", "2024-03-09T09:00", AUTHORITY),
                      ("t1", "2024-03-09T10:00", TRAINING), ("t2", "2024-03-09T11:00", TRAINING_OWN)])
    entry = dict(zip(events["article_id"], events["cluster"]))
    assert entry["a1"] == entry["a2"]
    assert entry["t1"] == entry["t2"]
    assert entry["a1"] != entry["t1"]
