"""A clause's class, and every feature read from its own words, do not depend on the other
articles built with it (issue 8: the output is the same whatever the batching): the same
clauses alone, together, in another order and beside a copy of one of them (clauses told
alike are read once, :func:`timeline.wording._told_alike`) give the same features. Words
(stems) are left out: a proclitic is split off only when the rest is a word of the batch
(:meth:`timeline.wording.Wording.stem_table`), by design."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import clause_features

TEXTS = [
    "افتتح الأمير أمس مهرجان الزهور في الحديقة العامة بحضور عدد من المسؤولين",
    "حضر وزير الثقافة أمس افتتاح الموسم الثقافي في المسرح الوطني",
    "تغلب الهلال على النصر بهدفين في مباراة الكأس التي جرت أمس في ملعب المدينة",
    "تظاهر مئات الطلاب أمس أمام مبنى الوزارة احتجاجا على رفع الرسوم",
    "قتل خمسة أشخاص وأصيب عشرون آخرون في تفجير سيارة مفخخة أمس في سوق المدينة",
    "وصل صاحب السمو الملكي الأمير فيصل أمس إلى المحافظة في زيارة رسمية",
    "فتح مسلحون النار صباح اليوم على دورية للشرطة قرب الحدود",
    "أطلقت السلطات أمس سراح عشرين معتقلا بعد أن أمضوا عاما في السجن",
    "وأجلت محكمة الجنايات أمس محاكمة المتهمين في قضية تفجير محطة الحافلات إلى الشهر المقبل",
    "وأكدت الوزارة أمس أن الجسر الجديد سيفتتح الشهر المقبل أمام حركة السيارات",
    "خرجت تظاهرة ثقافية أمس في ساحة البلدية بمشاركة فرق فنية",
]
READ = ["trigger", "group", "own", "said", "cause", "two", "since", "told_after", "numbers", "town", "owners",
        "teams", "n_words"]
"""The features compared: all but those holding word ids (``words``, ``object``, ``title``...)."""


def _features(texts: list[str]) -> dict[str, list[tuple]]:
    """Each text's events' features (``READ``), keyed by the text, in clause and expression order."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"b-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False, jobs=1).events
    rows = clause_features(frame).events.sort("i").select(READ).with_columns(
        frame.select("article_id", "clause_start", "expr_start"))
    out: dict[str, list[tuple]] = {}
    for row in rows.sort("article_id", "clause_start", "expr_start").iter_rows(named=True):
        text = texts[int(row["article_id"].removeprefix("b-"))]
        out.setdefault(text, []).append(tuple((name, repr(row[name])) for name in READ))
    return out


def test_a_clause_reads_alike_alone_and_in_a_batch() -> None:
    alone = {text: _features([text])[text] for text in TEXTS}
    assert all(alone.values()), alone  # every text gives events
    assert _features(TEXTS) == alone
    assert _features(TEXTS[::-1]) == alone
    shuffled = TEXTS[1::2] + TEXTS[::2]
    assert _features(shuffled) == alone


def test_a_copy_beside_it_changes_no_clause() -> None:
    alone = {text: _features([text])[text] for text in TEXTS[:4]}
    together = _features(TEXTS[:4] + [TEXTS[0]])  # one text twice: its clauses are told alike
    assert together == {**alone, TEXTS[0]: alone[TEXTS[0]] * 2}
