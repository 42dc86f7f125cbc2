""""ذات/هذا/نفس + العام/السنة" followed by a word that makes it another kind of year ("المالي",
"الدراسي": relative.yaml other_years) is no calendar year, as "العام المالي الحالي" is none."""

from __future__ import annotations

from timeline import tag

TOLD = "2015-08-10"


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_a_kind_of_year_after_a_demonstrative_is_no_date() -> None:
    assert _found("وتعلن المصارف ذات السنة المالية المنتهية بنهاية يونيو ميزانياتها") == [("نهاية يونيو", "2015-06")]
    assert _found("وتقلصت خسائر المجموعة في ذات العام المالي بشكل ملحوظ") == []
    assert _found("ويلتحق الطلاب الجدد بالكليات هذا العام الجامعي") == []


def test_the_same_year_without_a_kind_still_points_back() -> None:
    assert _found("وتأسس النادي سنة 1998 وفي ذات العام فاز بالبطولة") == [("سنة 1998", "1998"), ("ذات العام", "1998")]
    assert _found("وافتتح المتحف هذا العام أبوابه للزوار") == [("هذا العام", "2015")]
