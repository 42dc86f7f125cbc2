"""A weekday listed right after another («الأحد والاثنين», «الثلاثاء أو الخميس») is a day after
it, in the same days, not the nearest one by tense (Arabic written for these tests)."""

from __future__ import annotations

from timeline.tagger import tag


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_the_second_weekday_follows_the_first() -> None:
    # published Wednesday 2015-08-12: next week's Tuesday, then that week's Thursday (not tomorrow)
    assert _values("ويزور الوفد العاصمة الأسبوع المقبل يوم الثلاثاء أو الخميس.", "2015-08-12T12:00") == [
        ("الأسبوع المقبل يوم الثلاثاء", "2015-08-18"), ("الخميس", "2015-08-20")]
    # published Sunday 2015-08-09: the Monday after the Sunday meant (not last Monday)
    sunday, monday = _values("وسيحصل اللاعبون على راحة ليومين (الأحد والاثنين) قبل استئناف التمارين.", "2015-08-09T12:00")[-2:]
    assert sunday[1] >= "2015-08-09" and monday[1] == {"2015-08-09": "2015-08-10", "2015-08-16": "2015-08-17"}[sunday[1]]
    assert _values("وتجري المباريات الأحد المقبل والاثنين.", "2015-08-12T12:00") == [
        ("الأحد المقبل", "2015-08-16"), ("الاثنين", "2015-08-17")]


def test_a_listing_told_in_the_past_is_unchanged() -> None:
    assert _values("وسقطت أمطار غزيرة السبت والأحد على المرتفعات.", "2015-08-10T12:00") == [
        ("السبت", "2015-08-08"), ("الأحد", "2015-08-09")]


def test_days_far_apart_keep_their_own_reading() -> None:
    # Monday then Friday: as often out of order as in it; each the nearest by tense
    assert _values("وزار الوزير المحافظة الاثنين والجمعة.", "2015-08-12T12:00") == [
        ("الاثنين", "2015-08-10"), ("الجمعة", "2015-08-07")]
