"""A bare weekday that no other cue places, told after "this week" in its sentence ("هذا الأسبوع",
"الأسبوع الجاري", "الأسبوع الحالي"), is a day of that week: the coming one when it falls later in the
week than the publication's day (weeks begin on Sunday, week.yaml), the past one otherwise; a past cue
before the day still tells it done (Arabic written for these tests; ``_tense._this_week_before``)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_MONDAY = dt.datetime(2015, 8, 3, 12, 0)
_TUESDAY = dt.datetime(2015, 8, 4, 12, 0)
_THURSDAY = dt.datetime(2015, 8, 6, 12, 0)
_SUNDAY = dt.datetime(2015, 8, 9, 12, 0)


def _value(text: str, published: dt.datetime, expression: str) -> str:
    found = [t.value for t in tag(text, published) if t.text == expression]
    assert len(found) == 1, tag(text, published)
    return str(found[0])


@pytest.mark.parametrize(("text", "published", "expression", "want"), [
    # a list of what the week brings: the day later in the week is the coming one
    ("ويترقب المتعاملون الأرقام التي تنشر هذا الأسبوع ومنها مؤشر ثقة المستهلكين وتقرير التضخم يوم الخميس.",
     _MONDAY, "يوم الخميس", "2015-08-06"),
    ("وتتجه الأنظار الأسبوع الجاري إلى اجتماع البنك المركزي، ثم إلى أرقام البطالة الجمعة.",
     _TUESDAY, "الجمعة", "2015-08-07"),
    ("وتنتظر الأسواق خلال الأسبوع الحالي قرار لجنة السياسة النقدية، وبيانات التجارة الخارجية صباح الأربعاء.",
     _SUNDAY, "صباح الأربعاء", "2015-08-12TMO"),
    ("ويأمل الاتحاد في حسم ملف المدرب هذا الأسبوع بعد اجتماع مجلس الإدارة الثلاثاء.",
     _SUNDAY, "الثلاثاء", "2015-08-11"),
])
def test_a_later_day_of_this_week_is_the_coming_one(text: str, published: dt.datetime, expression: str,
                                                     want: str) -> None:
    assert _value(text, published, expression) == want


@pytest.mark.parametrize(("text", "published", "expression", "want"), [
    # the day falls earlier in the week than the publication: already past, this week's
    ("ويترقب المتعاملون الأرقام التي تنشر هذا الأسبوع ومنها مؤشر مديري المشتريات الاثنين.",
     _THURSDAY, "الاثنين", "2015-08-03"),
    # a past cue before the day: told done, whatever week the sentence speaks of
    ("وتترقب الأسواق هذا الأسبوع أرقام التضخم، وكان المؤشر قد خسر 3 بالمئة الخميس.", _TUESDAY, "الخميس",
     "2015-07-30"),
    # no "this week" in the sentence: as before
    ("ويترقب المتعاملون الأرقام الجديدة. وخسر المؤشر الرئيسي 3 بالمئة الخميس.", _MONDAY, "الخميس", "2015-07-30"),
    # "the same week" is a week named before, not this one
    ("وفي الأسبوع ذاته انخفض المؤشر، وتراجعت أسهم البنوك الخميس.", _MONDAY, "الخميس", "2015-07-30"),
])
def test_other_days_keep_their_reading(text: str, published: dt.datetime, expression: str, want: str) -> None:
    assert _value(text, published, expression) == want
