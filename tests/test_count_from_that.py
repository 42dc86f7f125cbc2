"""An amount counted from "that" («بعد عامين من ذلك»، «وقبل ذلك بستة أشهر») counts from a happening the
article told: from the date it gave it (a year, a day), not months or years from the publication when it
gave none, and not years forward from the day just told when the clause tells the past (timeline._told.base_of,
timeline.tagger). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

_PUBLISHED = dt.datetime(2015, 8, 13, 9, 0)  # a Thursday


def _counted(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.anchor.value) for t in tag(text, published=_PUBLISHED) if "ذلك" in t.text]


@pytest.mark.parametrize("text", [
    # nothing dated before it: "that" is a happening, not the publication
    "وأسس الشاعر مجلة أدبية في بيروت، وبعد عامين من ذلك أغلقتها السلطات.",
    "واندلع حريق في مستودع الحبوب، وبعد ثلاثة أشهر من ذلك أعيد افتتاحه.",
    "وزار المبعوث العاصمة سرا، وقبل ذلك بستة أشهر التقى قادة المعارضة.",
    # the day told last is yesterday's; years after it would lie ahead, while the clause tells the past
    "وأعلنت الجمعية أمس حل نفسها بعد ثلاث سنوات من ذلك.",
])
def test_a_count_from_that_with_nothing_to_count_from_dates_nothing(text: str) -> None:
    assert _counted(text) == []


def test_days_from_that_told_alone_stay_near_the_publication() -> None:
    # a lead's "that" is the news of the day: two days after it, as the rule's own example reads it
    assert _counted("وعادت العائلات إلى الحي بعد يومين من ذلك.") == [("بعد يومين من ذلك", "2015-08-15", "published")]


@pytest.mark.parametrize(("text", "value"), [
    # a year told: the count is from it
    ("وافتتح المتحف أبوابه عام 2009، وبعد عامين من ذلك أغلق للترميم.", "2011"),
    # a day told: from that day
    ("وقع الزلزال في 4 آذار 2012، وبعد ستة أشهر من ذلك عاد السكان إلى القرية.", "2012-09"),
    ("وصل الوفد إلى العاصمة يوم 20 يوليو، وقبل ذلك بيومين زار الحدود.", "2015-07-18"),
    # a plan told ahead keeps its count, even past the publication
    ("وتنطلق المرحلة الأولى من الخطة في يناير 2016، على أن تكتمل بعد عامين من ذلك.", "2018"),
    ("وصل المدرب أمس إلى القاهرة، وسيعود إلى بلاده بعد شهر من ذلك.", "2015-09"),
])
def test_a_count_from_that_counts_from_the_date_told(text: str, value: str) -> None:
    assert [(v, a) for _, v, a in _counted(text)] == [(value, "narrative")]


@pytest.mark.parametrize("text", [
    # a perfect carrying its object's pronoun tells the past as a bare one does (verbs.Shapes.perfect_with_object)
    "وافتتح المتحف يوم الأحد، وزاره الرئيس بعد عامين من ذلك.",
    "وتسلم المدرب مهامه يوم الأحد، واستقبلها الجمهور بعد عامين من ذلك بالتصفيق.",
    "وأطلق المغني أسطوانته الأولى يوم الأحد، والتقاها الناقد بعد عامين من ذلك.",
    "وافتتح الوزير المكتبة يوم الأحد، وزارتها البعثة بعد ثلاثة أعوام من ذلك.",
    "وانطلق المهرجان يوم الأحد، وزاروه بعد عامين من ذلك بأعداد أقل.",
    "وافتتح المصنع يوم الأحد، ثم أبلغنا بعد عامين من ذلك بإغلاقه.",
])
def test_years_forward_from_the_day_told_last_in_a_past_clause_with_an_object_pronoun(text: str) -> None:
    assert _counted(text) == []


@pytest.mark.parametrize("text", [
    # a noun ending ه/ها is no perfect with its pronoun: the plan keeps its count from the day told
    "ويفتتح المتحف يوم الأحد المقبل، على أن تكتمل قاعاته بعد عامين من ذلك.",
    "وتبدأ المدرسة عامها الدراسي يوم الأحد المقبل، على أن تتسع إدارتها بعد عامين من ذلك.",
    "ويفتتح المعرض يوم الأحد المقبل، على أن تتوسع أجنحته عادة بعد عامين من ذلك.",
])
def test_a_noun_ending_as_a_pronoun_does_not_tell_the_past(text: str) -> None:
    assert [(v, a) for _, v, a in _counted(text)] == [("2017", "narrative")]
