"""A bare weekday after a day the text set ahead of the publication, in the same paragraph,
is one of the days after that day (a programme, a trip, a tournament told ahead), not the
weekday nearest the publication; only when that day's own week holds it within three days
(Arabic written for these tests)."""

from __future__ import annotations

from timeline.tagger import tag


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_a_programme_s_later_days_count_from_its_first() -> None:
    # published Sunday 2015-08-02: the course opens Tuesday the 11th; its Wednesday and Thursday follow
    text = ("تعقد الجامعة يوم الثلاثاء 11 أغسطس الجاري دورة تدريبية للمعلمين تستمر ثلاثة أيام، "
            "وفي يوم الأربعاء تقدم ورشتا عمل عن التقويم. وتختتم الدورة يوم الخميس بحفل لتوزيع الشهادات.")
    assert _values(text, "2015-08-02T20:00") == [
        ("يوم الثلاثاء 11 أغسطس الجاري", "2015-08-11"), ("ثلاثة أيام", "P3D"),
        ("يوم الأربعاء", "2015-08-12"), ("يوم الخميس", "2015-08-13")]
    t = tag(text, "2015-08-02T20:00")[2]
    assert t.anchor.value == "narrative"


def test_a_weekday_set_beside_tomorrow_is_that_day() -> None:
    # published Tuesday 2015-08-04: «غدا (الأربعاء)» is tomorrow, not last Wednesday
    assert _values("وتنتهي أعمال الصيانة غدا «الأربعاء» ويفتح الجسر للسيارات.", "2015-08-04T18:00")[-1] \
        == ("غدا «الأربعاء»", "2015-08-05")  # one day told twice, as «غدا (الأربعاء)»


def test_a_weekday_far_after_the_day_told_keeps_its_reading() -> None:
    # published Saturday 2015-08-08: the team trains the day after tomorrow (Monday); a Sunday is six
    # days after that Monday, one day before it: the nearest reading stands
    assert _values("ويعاود الفريق تدريباته بعد غد. وسيكون مران الأحد مغلقا أمام الجماهير.", "2015-08-08T09:00")[-1] \
        == ("الأحد", "2015-08-09")


def test_told_in_the_past_or_in_another_paragraph_it_is_unchanged() -> None:
    # a past clause after the day told ahead keeps the past weekday
    past = _values("وتبدأ المحاكمة يوم الخميس 13 أغسطس الجاري. وكان المتهم قد اعتقل الأربعاء في منزله.",
                   "2015-08-09T12:00")
    assert past[-1] == ("الأربعاء", "2015-08-05")
    # in the same paragraph, the day after; a new paragraph is another account
    told = "وتفتتح الجمعية معرضها للكتاب يوم الخميس 13 أغسطس الجاري."
    after = "أما يوم الجمعة فموعد حفل الجوائز."
    assert _values(told + " " + after, "2015-08-09T12:00")[-1] == ("يوم الجمعة", "2015-08-14")
    assert _values(told + "\n" + after, "2015-08-09T12:00")[-1] == ("يوم الجمعة", "2015-08-07")


def test_a_bound_or_a_weekday_with_its_own_date_is_no_start() -> None:
    # "حتى ..." ends a period: the weekday after it is read from the publication
    assert _values("وتستمر الجولة حتى الثامن عشر من أغسطس، ويلتقي الوزير نظيره الأحد.", "2015-08-09T12:00")[-1][1] \
        != "2015-08-23"
