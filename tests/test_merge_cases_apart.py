"""Two executions carried out in one town on one day, each told by two outlets naming whom it was
carried out on and by the ministry's statement: two entries, though a statement links to the other
execution's report and the entries' telling words meet (the town, the sentence's words): each entry
names a case the other's reports never mention (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline

_FIRST = "وقد تم تنفيذ حكم القتل قصاصا بالجاني {name} سعودي الجنسية أمس بمدينة {town} في منطقة جازان."
_SECOND = "وقد تم تنفيذ حكم القتل تعزيرا بالجانيين {names} يمنيي الجنسية أمس بمدينة {town} في منطقة جازان."
_STATEMENTS = (
    "أصدرت وزارة الداخلية أمس بيانا بشأن تنفيذ حكم القتل قصاصا في أحد الجناة بمنطقة جازان، وحسب البيان فقد أقدم "
    "فهيد الشمري على قتل ابن عمه طعنا بسكين إثر خلاف على أرض زراعية في إحدى القرى.",
    "كما أصدرت الوزارة أمس بيانا آخر بشأن تنفيذ حكم القتل تعزيرا في جانيين يمنيين بمنطقة جازان، وحسب البيان فقد "
    "أقدم كل من راشد قاسم وناجي مهدي على تهريب كميات كبيرة من الحشيش المخدر عبر الحدود الجنوبية.",
)


def _articles() -> list[dict[str, str]]:
    texts = [
        ("a1", _FIRST.format(name="فهيد الشمري", town="جيزان")),
        ("a2", _FIRST.format(name="فهيد الشمري", town="جازان")),
        ("a3", _SECOND.format(names="راشد قاسم وناجي مهدي", town="جيزان")),
        ("a4", _SECOND.format(names="راشد قاسم وناجي مهدي", town="جازان")),
        ("a5", _STATEMENTS[0]),
        ("a6", _STATEMENTS[1]),
    ]
    return [{"id": key, "source": f"صحيفة {k}", "published": "2024-05-09T08:00", "text": text}
            for k, (key, text) in enumerate(texts)]


def test_two_executions_of_one_day_in_one_town_stay_apart() -> None:
    events = build_timeline(pl.DataFrame(_articles())).events
    entry = dict(zip(events["article_id"], events["cluster"]))
    assert entry["a1"] == entry["a2"]
    assert entry["a3"] == entry["a4"]
    assert entry["a1"] != entry["a3"]
    assert entry["a5"] == entry["a1"] and entry["a6"] == entry["a3"]
