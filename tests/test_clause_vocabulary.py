"""What :func:`timeline.wording.clause_features` works out once and hands on: the clauses' distinct
tokens, given to :func:`timeline.wording._happenings` instead of taken again there, and the folded
clauses :func:`timeline.wording._towns` searches an institution's nouns in before normalising them
(``normalize`` leaves a text :func:`timeline.normalize.fold_expr` folded as it is)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from timeline import wording
from timeline.frame import conform_events
from timeline.normalize import _FOLD, DELETED_CHARS, fold_expr, normalize

# written for these tests: diacritics, tatweel (also between numbers), letter variants, Arabic-Indic
# digits, Arabic punctuation, Latin capitals and marks of direction
_WRITTEN = [
    "أعلنَت إدارةُ المرورِ بمحافظةِ الطائفِ إغلاقَ الطريقِ مؤقتاً",
    "افتُتِحَ المعرضُ السنويّ للكتاب في ٢٠ آب، وسط حضورٍ كبير؟",
    "الفترة ٣ ــ ٩ من الشهر المقبل شهدت تراجعاً في أعداد الزوار",
    "قالت شركة ACME في بيان «عاجل» إن الإنتاج سيستأنف غداً",
    "وصــل الوفد إلى مدينة الحديدة\u200f قادماً من عدن\u200e مساء أمس",
]


@pytest.mark.parametrize("text", _WRITTEN + ["".join(_FOLD) + DELETED_CHARS + "1\u06402 ٤\u0640\u0640 ٥"])
def test_normalize_leaves_a_folded_clause_as_it_is(text: str) -> None:
    folded = pl.DataFrame({"text": [text]}).select(fold_expr(pl.col("text")))["text"][0]
    norm = normalize(folded)
    assert norm.text == folded
    assert norm.to_original(0, len(folded)) == (0, len(folded))


def _events() -> pl.DataFrame:
    published = dt.datetime(2016, 4, 2, 9)
    clauses = ["أعلنت مديرية الشرطة بمحافظة جدة أمس توقيف ثلاثة مشتبه بهم في سرقة متجر",
               "وقال المتحدث إن التحقيق ما زال جاريا منذ الخميس",
               "هطلت أمطار غزيرة على مكة المكرمة مساء الجمعة وتسببت في انقطاع الكهرباء"]
    exprs = ["أمس", "الخميس", "مساء الجمعة"]
    starts = [clause.index(expr) for clause, expr in zip(clauses, exprs)]
    return conform_events(pl.DataFrame({
        "article_id": ["a", "a", "b"], "clause": clauses, "expr": exprs,
        "clause_start": [0, 80, 0], "expr_start": [80 * (k == 1) + s for k, s in enumerate(starts)],
        "expr_end": [80 * (k == 1) + s + len(e) for k, (s, e) in enumerate(zip(starts, exprs))],
        "published": [published] * 3, "place": ["جدة", None, "مكة المكرمة"],
    }))


def test_the_happenings_get_the_clauses_distinct_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[set[str], set[str]]] = []
    happenings = wording._happenings

    def recording(events, positions, *rest):  # type: ignore[no-untyped-def]
        vocabulary = rest[-1]
        seen.append((set(vocabulary.drop_nulls().to_list()), set(positions["token"].drop_nulls().to_list())))
        return happenings(events, positions, *rest)

    events = _events()
    before = wording.clause_features(events)
    monkeypatch.setattr(wording, "_happenings", recording)
    after = wording.clause_features(events)
    assert seen and seen[0][0] == seen[0][1] and "توقيف" in seen[0][0]
    assert after.events.equals(before.events)
    # the tokens taken in _happenings itself, as when no caller has them
    monkeypatch.setattr(wording, "_happenings", lambda events, positions, *rest: happenings(events, positions,
                                                                                          *rest[:-1], None))
    assert wording.clause_features(events).events.equals(before.events)


def test_the_towns_of_clauses_whose_events_are_placed_in_no_city_are_not_read() -> None:
    from timeline.normalize import fold
    from timeline.wording import _towns

    texts = ["أعلن مدير شرطة محافظة جدة أمس القبض على عصابة لسرقة السيارات",
             "وصل الوزير إلى الطائف قادما من الرياض صباح اليوم",
             "اجتمعت لجنة الانتخابات البلدية بمحافظة الطائف لمناقشة الترتيبات",
             "عادت البعثة من جدة بعد ختام المعسكر"]
    clauses = pl.DataFrame({"c": pl.Series(range(len(texts)), dtype=pl.UInt32), "folded": [fold(t) for t in texts]})
    # the last clause's event is placed in a country, the third's in none
    events = pl.DataFrame({"i": pl.Series(range(5), dtype=pl.UInt32), "c": pl.Series([0, 1, 1, 2, 3], dtype=pl.UInt32),
                           "place": ["جدة", "الطائف", "الرياض", None, "السعودية"]})
    read, every = _towns(clauses, events), _towns(clauses)
    assert set(read["c"].to_list()) == {0, 1} and {2, 3} <= set(every["c"].to_list())

    def placed(towns: pl.DataFrame) -> list[tuple]:
        joined = events.join(towns, left_on=["c", "place"], right_on=["c", "town"], how="left").sort("i")
        return joined.select("i", "named", pl.col("owners").list.sort()).rows()

    assert placed(read) == placed(every)
    assert placed(read)[0] == (0, True, ["جدة"])
