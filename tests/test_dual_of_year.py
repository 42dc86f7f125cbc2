"""The dual of سنة before two years that follow each other is a range, as the dual of عام."""

from __future__ import annotations

import datetime as dt

from timeline import tag


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dt.date(2022, 1, 25))]


def test_two_years_after_the_dual_of_sana() -> None:
    assert _found("وتضاعفت الصادرات في سنتي 2018 و2019 بفضل الطلب") == [("سنتي 2018 و2019", "2018-01-01/2019-12-31")]
    assert _found("وتضاعفت الصادرات في عامي 2018 و2019 بفضل الطلب") == [("عامي 2018 و2019", "2018-01-01/2019-12-31")]


def test_two_years_apart_stay_two() -> None:
    assert [v for _, v in _found("وفاز باللقب في سنتي 2010 و2015 على التوالي")] == ["2010", "2015"]
