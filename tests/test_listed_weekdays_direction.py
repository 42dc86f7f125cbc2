"""Two weekdays listed with one direction told after the last in the dual or plural
(«يومي السبت والاثنين الماضيين», «الجمعة والأحد المقبلين») are read together: ahead, the first is
the next such weekday and the others after it; past, the last is the last such weekday and the first
the one before it, as a single weekday with that direction would be (Arabic written for these tests)."""

from __future__ import annotations

from timeline.tagger import tag

SATURDAY = "2015-08-01T08:00"  # Saturday
SUNDAY = "2015-08-02T08:00"  # Sunday


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_ahead_told_on_the_first_one_s_weekday_is_next_week() -> None:
    # «السبت المقبل» told on a Saturday is the next one; the Monday after it
    assert _values("تنظم الجمعية دورة للمتطوعين يومي السبت والاثنين المقبلين.", SATURDAY) == [
        ("السبت", "2015-08-08"), ("الاثنين المقبلين", "2015-08-10")]


def test_ahead_told_on_another_day_is_the_nearest() -> None:
    assert _values("يزور الوفد المدينة يومي الثلاثاء والخميس المقبلين.", SUNDAY) == [
        ("الثلاثاء", "2015-08-04"), ("الخميس المقبلين", "2015-08-06")]
    assert _values("تقام التصفيات يومي الأحد والأربعاء المقبلين.", SUNDAY) == [
        ("الأحد", "2015-08-09"), ("الأربعاء المقبلين", "2015-08-12")]


def test_past_counts_back_from_the_last() -> None:
    # told on a Saturday: last Monday, and the Saturday before it (not today)
    assert _values("زار الوفد المدينة يومي السبت والاثنين الماضيين.", SATURDAY) == [
        ("السبت", "2015-07-25"), ("الاثنين الماضيين", "2015-07-27")]
    # told on a Sunday: the Friday before last Sunday, not the coming Friday
    assert _values("أقيمت التصفيات يومي الجمعة والأحد الماضيين.", SUNDAY) == [
        ("الجمعة", "2015-07-24"), ("الأحد الماضيين", "2015-07-26")]


def test_a_singular_direction_or_none_is_unchanged() -> None:
    # with no direction the weekday of the day told is today's, the other after it
    assert _values("تفتح اللجنة باب التسجيل يومي السبت والاثنين.", SATURDAY) == [
        ("السبت", "2015-08-01"), ("الاثنين", "2015-08-03")]
    # a singular direction is the last one's only
    assert _values("وصل الوفد يوم الخميس ويغادر الاثنين المقبل.", SUNDAY)[-1] == ("الاثنين المقبل", "2015-08-03")


def test_today_named_in_guillemets_is_one_day_told_twice() -> None:
    # «اليوم «السبت»» as «اليوم (السبت)»: the Saturday told again ahead in the paragraph is today, and the
    # Monday listed after it this week's
    text = "تبدأ الأندية ابتداء من اليوم «السبت» تسجيل الناشئين، حيث سيتم التسجيل يومي السبت والاثنين."
    assert _values(text, SATURDAY) == [
        ("اليوم «السبت»", "2015-08-01"), ("السبت", "2015-08-01"), ("الاثنين", "2015-08-03")]
    assert _values("وتعود الحافلات إلى العمل غدا «الأحد» بعد الصيانة.", SATURDAY) == [("غدا «الأحد»", "2015-08-02")]
