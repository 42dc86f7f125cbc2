"""What the merge must keep when a clause is cut before an "after"/"before" phrase with a date of its
own (``events._dated_apart``): two players' medicals of one day stay two happenings, and a price fall
told with a clock-hour move before it (cut off) and told alone is one happening (Arabic written for
these tests). Guards of what the cut must keep: both hold on main 93d237e and with the cut in
these small batches; on the 5,000 corpus articles the cut breaks both shapes (the week-dated medical
left of the cut bridges two players' medicals; the cut-off fall keeps no rare word to join its twins
by: cut45's notes), which a small batch's word counts do not reproduce."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.pipeline import build_timeline

_TUESDAY = dt.datetime(2024, 3, 12, 9)


def _batch(texts: dict[str, str], fillers: list[str]) -> pl.DataFrame:
    rows = [{"id": key, "source": key, "published": _TUESDAY.isoformat(), "text": text}
            for key, text in texts.items()]
    for k, text in enumerate(fillers):
        day = _TUESDAY + dt.timedelta(days=1 + k % 4)
        rows.append({"id": f"f{k}", "source": f"s{k}", "published": day.isoformat(), "text": text})
    return pl.DataFrame(rows)


def test_two_players_medicals_of_one_day_stay_apart() -> None:
    texts = {
        "a": "وخضع المدافع البرازيلي البالغ من العمر 24 عاما للفحص الطبي الروتيني، أمس، قبل التوقيع على العقد.",
        "b": "وخضع الجناح الأرجنتيني في وقت سابق من الأسبوع الجاري لفحص طبي في الدوحة قبل السفر إلى باريس أمس الأول.",
        "c": "وخضع الجناح الأرجنتيني، أمس، لفحص طبي في مستشفى بالدوحة تمهيدا لانتقاله إلى نادي العاصمة الفرنسية.",
    }
    fillers = [f"وأجرى الفريق تدريباته اليوم في الملعب الرئيسي استعدادا للمباراة رقم {k + 2}." for k in range(40)]
    events = build_timeline(_batch(texts, fillers), merge=True).events
    cluster = dict(zip(events["article_id"], events["cluster"]))
    assert cluster["a"] != cluster["c"]


def test_a_fall_told_after_a_clock_hour_move_joins_the_fall_told_alone() -> None:
    texts = {
        "a": "وانخفض سعر خام برنت 30 سنتا إلى 50.10 دولار للبرميل بحلول الساعة 10:15 بتوقيت جرينتش "
             "بعد هبوطه أكثر من 2% يوم الاثنين حين بلغ أدنى مستوياته في ستة أشهر.",
        "b": "وهبط سعر خام برنت عند التسوية 95 سنتا يوم الاثنين حين بلغ أدنى مستوياته في ستة أشهر.",
    }
    fillers = [f"وبلغت أسعار النفط أدنى مستوياتها اليوم مع هبوط الأسهم للمرة رقم {k + 2}." for k in range(44)]
    events = build_timeline(_batch(texts, fillers), merge=True).events
    monday = events.filter(pl.col("article_id").is_in(["a", "b"]), pl.col("value") == "2024-03-11")
    assert monday["article_id"].n_unique() == 2
    assert monday["cluster"].n_unique() == 1
