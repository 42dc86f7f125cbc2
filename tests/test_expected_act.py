"""The date that belongs to the happening: a date told ahead right after a noun of what is expected
(``expected_nouns`` of lang/ar/event_dates.yaml: توقعات، تكهنات، احتمال، رهانات) is the time of the
act expected, not of what the clause tells; a time set (``expected_stops``), a verb or participle of
expecting, a comma between keep it. Every Arabic sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 10, 12)


def _dated(text: str) -> list[str]:
    """The value of every event of ``text`` published on :data:`PUBLISHED`."""
    return [e.as_row()["value"] for e in article_events("ex-1", text, PUBLISHED)]


@pytest.mark.parametrize(("text", "dated"), [
    # the expected act's month: the clause tells the data's effect, undated
    ("وعززت بيانات التوظيف القوية التكهنات بأن يرفع المصرف المركزي (البنك الاحتياطي) أسعار الفائدة الشهر "
     "المقبل.", []),
    # a forecast's year
    ("وتشير التوقعات إلى ارتفاع إيرادات الميناء بنسبة 40% عام 2020.", []),
    # a name quoted whole between the noun and the date is read through
    ('وتعزز بيانات التوظيف التكهنات بأن يرفع المصرف "البنك المركزي" الفائدة الشهر المقبل.', []),
    # a possibility, the noun with the article and a preposition glued
    ("وأكد الخبير أن احتمال وقوع هزة قوية في المنطقة خلال العقود المقبلة كبير.", []),
    ("ولم تستبعد الحكومة أي احتمال بالدعوة إلى انتخابات مبكرة في أكتوبر المقبل.", []),
    # the clause's own day stays, the bet's month goes
    ("وارتفع الدولار أمس وسط رهانات على رفع الفائدة في سبتمبر.", ["2015-08-09"]),
    ("وتراجعت الأسهم اليوم مع تزايد الترجيحات بخفض التصنيف الائتماني للبلاد العام المقبل.", ["2015-08-10"]),
    # a verb after a complementizer is the act expected, not the clause's own (review50)
    ("وتشير التوقعات إلى أن الشركة ستطرح هاتفها الجديد الشهر المقبل.", []),
    ("وتزايدت التكهنات بأن الوزير يغادر منصبه الأسبوع المقبل.", []),
])
def test_an_expected_acts_date_dates_nothing(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # a time set between the noun and the date: the meeting's day
    ("وقال مندوب إنه ليس ثمة احتمال لعقد لقاء قبل الاجتماع المقرر في 4 ديسمبر.", ["2015-12-04"]),
    # a relative clause between: its verb's date (the results' day is set)
    ("ويتصدر المرشح توقعات الفوز في الانتخابات التي ستعلن نتائجها في 14 سبتمبر.", ["2015-09-14"]),
    # a participle or verb of expecting announces a plan, not a guess about it
    ("ومن المتوقع أن يصل الوفد إلى الرياض غدا.", ["2015-08-11"]),
    ("ويتوقع أن تعلن اللجنة نتائجها الأسبوع المقبل.", ["2015-W34"]),
    # a comma closes the expectation: what follows is told of its own
    ("وتحدث الوزير عن التوقعات، وسيزور القاهرة الأسبوع المقبل.", ["2015-W34"]),
    # a quote opened after the noun and not closed before the date: a saying's words of their own
    ('وتحدث عن التوقعات قائلا "سنعقد الاجتماع الأسبوع المقبل".', ["2015-W34"]),
    # a date gone by after the noun is no expected act's (the expectations' own time)
    ("وخفض المصرف توقعاته للنمو في يوليو الماضي.", ["2015-07"]),
    # the clause's own verb between the noun and the date: the noun sits in a fronted phrase
    # (رغم، وسط، خلافا ل) and the date is that verb's, told ahead (review50)
    ("ورغم التوقعات بخسارته سيخوض الفريق المباراة النهائية غدا.", ["2015-08-11"]),
    ("ووسط توقعات بفوزه يلتقي الرئيس نظيره الفرنسي غدا في باريس.", ["2015-08-11"]),
    ("وخلافا لكل التكهنات يصل الوزير إلى بيروت غدا.", ["2015-08-11"]),
    ("وبعكس التوقعات أعلنت الحكومة أنها ستخفض الضرائب الشهر المقبل.", ["2015-09"]),
])
def test_a_date_stays_when_no_expected_act_holds_it(text: str, dated: list[str]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize("text", [
    # the publication's own day is not told ahead, whatever hour the publication gives (review50: at
    # midnight, a date-only publication, «اليوم» began with it and was read as an expected act's)
    "وعززت بيانات التوظيف التكهنات بأن يعلن المصرف قراره اليوم.",
    "وتزايدت الرهانات على خفض الفائدة اليوم.",
])
def test_the_publications_day_is_read_alike_at_any_hour(text: str) -> None:
    at = {hour: [e.as_row()["value"] for e in article_events("ex-1", text, dt.datetime(2015, 8, 10, hour))]
          for hour in (0, 12)}
    assert at[0] == at[12] == ["2015-08-10"]
