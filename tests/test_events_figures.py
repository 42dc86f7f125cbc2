"""The date that belongs to the happening: a month or quarter that released figures cover does
not date the market move or the announcement told after the release (``figure_*`` of
lang/ar/event_dates.yaml); a bare clock time in a sentence after one about yesterday is
yesterday's. Every Arabic sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 10, 12)


def _dated(text: str) -> list[str]:
    """The value of every event of ``text`` published on :data:`PUBLISHED`."""
    return [e.as_row()["value"] for e in article_events("fg-1", text, PUBLISHED)]


@pytest.mark.parametrize(("text", "dated"), [
    # a move after a release: the figures' month is theirs, the move keeps its own day or none
    ("وهبط الين أمس متأثرا بمسح حكومي أظهر انكماش الصادرات في يوليو.", ["2015-08-09"]),
    ("وصعدت أسهم المصرف 4 في المائة بعد إعلانه عن نتائج الربع الثاني.", []),
    ("وتراجع سهم شركة الطيران أمس بعدما قالت الشركة إن أرباحها انخفضت في يونيو.", ["2015-08-09"]),
    ("وارتفع النفط اليوم في أعقاب صدور تقرير حكومي عن تراجع المخزونات خلال يوليو الماضي.", ["2015-08-10"]),
    ("لكن دعمت العملة بيانات تظهر تحسن إنتاج المصانع في يوليو.", []),
    ("ولم تتحرك السوق كثيرا مع صدور أرقام تشير إلى تباطؤ التضخم في الربع الثاني.", []),
    # a released noun in the dual with a pronoun (derived: تقرير → تقريراها), what it shows after it
    ("وهبط سهم الشركة أمس لأن تقريراها أظهرا تراجع مبيعاتها في يوليو.", ["2015-08-09"]),
    # a range of months a release covers
    ("وقفز سهم المجموعة بعد إعلانها زيادة مبيعاتها في الفترة بين أبريل ويونيو.", []),
])
def test_a_released_figures_period_does_not_date_the_move(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # the showing verb first (verb-subject order), the release's own day told in its relative clause
    ("وأظهرت بيانات نشرت أمس نمو الصادرات الصينية بنسبة 3% في الربع الثاني.", ["2015-08-09"]),
    ("وكشف تقرير حكومي صدر اليوم تراجع مبيعات المنازل الجديدة في يوليو.", ["2015-08-10"]),
    ("وقد تظهر أرقام تصدر لاحقا اليوم ارتفاع الإنتاج الصناعي في يوليو الماضي.", ["2015-08-10"]),
    # … and no day of the release: the clause tells the figures, not a happening of their month
    ("وأظهر مسح أجرته الوكالة أن إنتاج المنظمة بلغ 32 مليون برميل في الشهر الحالي.", []),
    ("وأظهرت أرقام رسمية ارتفاع إنفاق الأسر في يونيو بأبطأ وتيرة منذ أشهر.", []),
    # the earlier level a released figure is compared with, however far after the release: the survey's too
    ("وأشار المسح إلى أن صادرات المصانع ارتفعت إلى 12.4 مليار دولار في يوليو من 11.9 مليار دولار بعد "
     "المراجعة في يونيو.", []),
    # a later date of the clause that is no period of the figures keeps its day
    ("وأظهر مسح أجرته الوكالة أمس أن الإنتاج بلغ 32 مليون برميل في يوليو، وسيجتمع الوزراء في 4 ديسمبر.",
     ["2015-08-09", "2015-12-04"]),
])
def test_a_showing_verb_before_the_released_noun(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # a verb first that shows no figures: the month is the happening's
    ("وأظهرت الكاميرات في يوليو لحظة دخول المسلحين إلى المبنى.", ["2015-07"]),
    # a change told without a release: both months are the figure's own, the later one the happening's
    ("وارتفعت الصادرات إلى 5 مليارات دولار في يوليو من 4 مليارات في يونيو.", ["2015-07"]),
])
def test_a_month_stays_without_a_release_before_it(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # the clause that tells the figure itself keeps its month (a quarter of results is the results'
    # accounting period and dates nothing: tests/test_results_period.py)
    ("وارتفعت مبيعات السيارات في يوليو بنسبة 6 في المائة.", ["2015-07"]),
    ("وسجلت الشركة خسائر بلغت مليون دينار خلال الربع الثاني.", []),
    # the release comes after the period: the period is the move's
    ("وتراجع إنتاج المصنع في الربع الثاني بعد أن أعلن عن إغلاق خط إنتاج.", ["2015-Q2"]),
    # a date the release itself is told on is no figure's period
    ("وارتفع السهم بعد إعلان الشركة في يوليو عن شراء منافستها.", ["2015-07"]),
    # no figure between the release and the month: what was said happened then
    ("وتراجع الجنيه بعدما قال الوزير إن الحكومة خفضت الدعم في يوليو.", ["2015-07"]),
    # a period ahead of the publication is no figures' period
    ("وصعد الدولار بعد صدور بيانات ترجح رفع الفائدة في الشهر المقبل.", ["2015-09"]),
    # a year is not read so (an edition or a season is its own question)
    ("ووقع المدافع عقده بعد صدور نتائج فحصه الطبي في مقر النادي عام 2014.", ["2014"]),
])
def test_a_period_stays_where_the_figure_is_the_happening(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # a bare clock time in the sentence after yesterday's: yesterday's hour
    ("وأغلقت البورصة أبوابها أمس بعد جلسة صعبة.\nوهبط المؤشر الرئيسي إلى أدنى مستوى عند الساعة 9:15.",
     ["2015-08-09", "2015-08-09T09:15"]),
    ("هاجم مسلحون مركزا للشرطة في البلدة أمس.\nواقتحموا المبنى قبل الساعة السابعة صباحا (0500 بتوقيت غرينتش).",
     ["2015-08-09", "2015-08-09T07", "2015-08-09T05:00"]),
    # an older day told between (a comparison's) is background: the narrative's day stays yesterday
    ("وتراجعت الأسهم أمس في جلسة متقلبة.\nوخسر المؤشر 5 في المائة عن مستواه في 20 يونيو.\n"
     "وبلغ التراجع 6 في المائة عند الساعة 10:30.",
     ["2015-08-09", "2015-06-20", "2015-08-09T10:30"]),
])
def test_a_bare_clock_takes_the_narratives_recent_day(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # today named before it in the article or its sentence: today's hour
    ("وصل الوفد أمس إلى العاصمة.\nويعقد الوفد اليوم اجتماعا مع الوزير عند الساعة 9:30.",
     ["2015-08-09", "2015-08-10T09:30"]),
    # told ahead
    ("وصل الوفد أمس إلى العاصمة.\nوسيعقد مؤتمرا صحافيا عند الساعة 15:00.", ["2015-08-09", "2015-08-10T15:00"]),
    # after last night, a dawn hour is the morning after it
    ("وهاجم مسلحون قرية في الريف الليلة الماضية.\nواقتحموا منازلها في الساعة الثالثة فجرا.",
     ["2015-08-09TNI", "2015-08-10T03"]),
    # its clause names its days: the clock is theirs
    ("وانطلق المعرض أمس في القاعة الكبرى.\nوتدربت الفرقة عند الساعة 10 صباحا خلال الأيام الأربعة الماضية.",
     ["2015-08-09", "2015-08-10T10", "2015-08-06/2015-08-09"]),
    # the narrative's last day is weeks back: no day to take
    ("وكانت الشركة قد أعلنت خطتها في 2 يوليو.\nوبدأ التداول على أسهمها عند الساعة 10:00.",
     ["2015-07-02", "2015-08-10T10:00"]),
])
def test_a_bare_clock_stays_when_the_narrative_gives_no_earlier_recent_day(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


def test_a_figures_month_begun_with_the_publication_is_read_alike_at_any_hour() -> None:
    # published on the month's first day with no hour (midnight): the month has begun all the same
    # (review50: read as not begun, the release's month dated the yen's fall)
    text = "وهبط الين متأثرا بمسح حكومي أظهر تراجع طلبيات المصانع في أغسطس."
    at = {hour: [e.as_row()["value"] for e in article_events("ex-1", text, dt.datetime(2015, 8, 1, hour))]
          for hour in (0, 9)}
    assert at[0] == at[9]
