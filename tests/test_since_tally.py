"""A "since" that opens a count dates the count, not the clause's happening."""

from __future__ import annotations

from timeline import build_timeline


def _dated(text: str) -> dict[str, str]:
    events = build_timeline([{"id": "a", "text": text, "published": "2015-08-06T09:00"}]).events
    return dict(zip(events["clause"].to_list(), events["value"].to_list()))


def test_a_tally_since_dates_nothing_but_a_plain_since_does() -> None:
    dated = _dated("قتل ثلاثة جنود في هجوم شرق البلاد، ليرتفع عدد قتلى قوات الأمن منذ 20 يوليو الماضي إلى 21. "
                   "وأغلقت المدارس منذ أمس بسبب العاصفة. ووصلت الحصيلة منذ الأحد إلى 40 قتيلا.")
    # the tally's since dates nothing; the lead's killing, undated, is the day's news: its report window (miss66)
    assert dated == {"قتل ثلاثة جنود في هجوم شرق البلاد، ليرتفع عدد قتلى قوات الأمن منذ 20 يوليو الماضي إلى 21.":
                     "2015-08-05/2015-08-06", "وأغلقت المدارس منذ أمس بسبب العاصفة.": "2015-08-05"}


def test_a_rise_since_a_day_is_dated_from_it() -> None:
    assert _dated("وارتفعت أسعار الخبز منذ الاثنين الماضي إلى 3 ريالات.") == {
        "وارتفعت أسعار الخبز منذ الاثنين الماضي إلى 3 ريالات.": "2015-08-03"}
