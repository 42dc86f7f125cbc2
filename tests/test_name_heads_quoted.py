"""A name head reaches its second term past an opening quote: «تيار «8 آذار»» names a camp, no date
(fresh70: camps of a country's politics read as dates); a date told after the name stays one.
«فريق» is no head: "فريق أحد يوم السبت" (the club Uhud) would hide the "يوم" of the date after it."""

from __future__ import annotations

import pytest

from timeline import tag

PUBLISHED = "2015-08-07"


@pytest.mark.parametrize("sentence", [
    "وانتقد تيار «8 آذار» أداء الحكومة في جلستها",
    "وقال تيار «14 آذار» في بيان إن الحوار متوقف",
    "ودعت قوى “8 آذار” أنصارها إلى التظاهر",
    "وانتقد تيار 14 آذار تأجيل الانتخابات",
    "وتشارك جبهة 8 آذار في الحوار",
    "ويعقد ائتلاف «30 يونيو» مؤتمره",
])
def test_a_camp_named_by_a_date_is_no_date(sentence: str) -> None:
    assert tag(sentence, PUBLISHED) == []


def test_the_date_told_after_the_camp_stays() -> None:
    sentence = "واجتمعت قوى «8 آذار» يوم 3 أغسطس في بيروت"
    (t,) = tag(sentence, PUBLISHED)
    assert sentence[t.start:t.end] == "يوم 3 أغسطس" and t.value == "2015-08-03"


def test_a_quoted_date_after_a_verb_stays_a_date() -> None:
    sentence = "وأعلن الوزير أن الحوار سيستأنف «15 أغسطس» في العاصمة"
    (t,) = tag(sentence, PUBLISHED)
    assert t.value == "2015-08-15"
