""""الأشهر الثلاثة الأخيرة" waits for a year only when one is named after it ("من العام
الماضي", "في 2013"); before any other word it is the months just before the anchor's."""

from __future__ import annotations

from timeline import tag

TOLD = "2015-08-10"


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_last_months_before_a_word_of_no_year_are_the_months_just_before() -> None:
    assert _found("وارتفعت أرباح المصنع خلال الأشهر الثلاثة الأخيرة للشركة الأم") \
        == [("الأشهر الثلاثة الأخيرة", "2015-05-01/2015-07-31")]
    assert _found("وتضاعفت الأسعار خلال آخر 3 شهور في الأسواق الشعبية") == [("آخر 3 شهور", "2015-05-01/2015-07-31")]
    assert _found("وهبطت المبيعات في الأشهر الستة الأخيرة من التداول") == [("الأشهر الستة الأخيرة", "2015-02-01/2015-07-31")]


def test_last_months_of_a_year_named_after_them() -> None:
    assert _found("وتراجع الإنتاج في الأشهر الستة الأخيرة من السنة الماضية") \
        == [("الأشهر الستة الأخيرة من السنة الماضية", "2014-07-01/2014-12-31")]
    assert _found("وتراجع الإنتاج في الأشهر الثلاثة الأخيرة من عام 2013") \
        == [("الأشهر الثلاثة الأخيرة من عام 2013", "2013-10-01/2013-12-31")]
    assert _found("وتراجع الإنتاج في الأشهر الثلاثة الأخيرة في 2013") \
        == [("الأشهر الثلاثة الأخيرة في 2013", "2013-10-01/2013-12-31")]
