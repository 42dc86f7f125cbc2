"""gen58's leftovers (gen59, issue 9): an anniversary counted by «المئوية» / «الألفية» (a duration, as «الذكرى
السبعين» is P70Y), a weekday counted in every month («أول جمعة من كل شهر»: a monthly set, never one date), the
school year's half-term («إجازة منتصف العام»: no middle of this year), and ص/م marks with no «الساعة» only in a
pair of hours with a ص in it («م» alone is metres or the era). Sentences written for this test; values checked by
hand."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_REF = dt.datetime(2022, 1, 25, 10, 0)  # a Tuesday


def _found(text: str, ref: dt.datetime = _REF) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, ref)]


@pytest.mark.parametrize(("text", "expect", "value"), [
    # an anniversary adjective of event_dates.yaml anniversary_numbers; an ordinal after it multiplies
    ("ونظم النادي سباقاً في الذكرى المئوية لتأسيسه", "الذكرى المئوية", "P100Y"),
    ("واحتفل الأهالي بالذكرى المئوية الثانية لبناء القلعة", "الذكرى المئوية الثانية", "P200Y"),
    ("وتستعد المدينة للذكرى الألفية لتأسيسها", "لذكرى الألفية", "P1000Y"),  # after لل, as «لذكرى الخمسين»
    ("وأحيا الحزب الذكرى السنوية الخمسين لانطلاقته", "الذكرى السنوية الخمسين", "P50Y"),  # unchanged
    # a weekday counted in every month, either order, the last one too
    ("وتلتقي الجمعية أول سبت من كل شهر في مقرها", "أول سبت من كل شهر", "P1M"),
    ("وتوزع المساعدات الاثنين الأخير من كل شهر", "الاثنين الأخير من كل شهر", "P1M"),
    ("وتعقد الندوة في ثالث أربعاء من كل شهر", "ثالث أربعاء من كل شهر", "P1M"),
    ("وينظف المتطوعون الشاطئ الجمعة الأولى من كل شهر", "الجمعة الأولى من كل شهر", "P1M"),
    # one month named: still one date (operators.py «<nth> <weekday>»)
    ("وتقام البطولة في أول جمعة من شهر مارس", "أول جمعة من شهر مارس", "2022-03-04"),
    # the calendar year's middle stays a date where no break or exam names it
    ("وتوقع الخبراء تعافي الأسواق في منتصف العام", "منتصف العام", "2022"),
    # two hours with their marks and no «الساعة»
    ("ويستقبل المكتب الزوار من 8 ص إلى 3 م", "من 8 ص إلى 3 م", "2022-01-25T08:00/2022-01-25T16:00"),
    ("وتعمل الورشة من 7 ص - 11 ص", "من 7 ص - 11 ص", "2022-01-25T07:00/2022-01-25T12:00"),
    ("وستمتد نوبة الحارس من 10 م حتى 6 ص", "من 10 م حتى 6 ص", "2022-01-25T22:00/2022-01-26T07:00"),
])
def test_found(text: str, expect: str, value: str) -> None:
    assert (expect, value) in _found(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("وتبدأ إجازة منتصف العام بعد أسبوعين", "منتصف العام"),  # the school's half-term
    ("وانتهت امتحانات منتصف السنة في المدارس", "منتصف السنة"),
    ("وسافرت العائلة بإجازة منتصف العام إلى الجبل", "منتصف العام"),
    ("وتبدأ الصلاة أول جمعة من كل شهر", "أول جمعة"),  # no lone date for the first Friday
    ("وانخفض الماء من 12 م إلى 8 م في البئر", "م"),  # metres: no ص in the pair
    ("وبلغ ارتفاع البرج 20 م", "20 م"),
])
def test_absent(text: str, absent: str) -> None:
    found = _found(text)
    if absent == "أول جمعة":
        assert not any(t.startswith(absent) and not v.startswith("P") for t, v in found)
    elif absent == "م":
        assert not any(" م" in t for t, _ in found)
    else:
        assert not any(absent in t for t, _ in found)
