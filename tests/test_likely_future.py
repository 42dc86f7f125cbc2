"""Words of possibility (من المحتمل، احتمال) tell what may come, as يتوقع and من المرجح already
did (``future_cues`` of ``lang/ar/relative.yaml``): a month told with no year after them is
the coming one, not the nearest. Told in mid-August, a bare December is four months ahead and eight
back, and the nearest reading (a coming one counting twice as far) took last December (story50:
"ليس ثمة احتمال لعقد اجتماع قبل أوائل كانون الأول" of OPEC's next meeting read as December 2014).
A month told before the cue keeps its reading. Not يرجح/ترجح: a likelihood of what is done
("ويرجح أن يكون الموكب قد غادر", tests/test_present_weekday.py). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

_TUESDAY = dt.datetime(2015, 8, 11, 9, 0)


def _value(text: str, expression: str) -> str:
    found = [t.value for t in tag(text, _TUESDAY) if t.text == expression]
    assert len(found) == 1, tag(text, _TUESDAY)
    return str(found[0])


@pytest.mark.parametrize(("text", "expression", "want"), [
    # a likelihood before the month: the coming December (each read 2014-12 before)
    ("وأكد الوزير أنه لا احتمال لعقد القمة قبل ديسمبر.", "ديسمبر", "2015-12"),
    ("وصرح المتحدث بأنه ليس ثمة احتمال لتغيير الخطة قبل أوائل ديسمبر.", "أوائل ديسمبر", "2015-12"),
    ("وقالت المصادر إن من المحتمل أن يلتقي الرئيسان في ديسمبر.", "ديسمبر", "2015-12"),
    ("وأشار التقرير إلى احتمال تأجيل القرار حتى ديسمبر.", "حتى ديسمبر", "2015-12"),
    # a month the clause already placed ahead stays ahead
    ("وزاد التقرير من احتمال رفع الفائدة في سبتمبر.", "سبتمبر", "2015-09"),
    # a month told before the cue is not reached by it: the past reading stays
    ("وكانت الشركة قد أعلنت في ديسمبر احتمال خفض الوظائف.", "ديسمبر", "2014-12"),
])
def test_a_likelihood_tells_the_coming_month(text: str, expression: str, want: str) -> None:
    assert _value(text, expression) == want


@pytest.mark.parametrize(("text", "expression", "want"), [
    # a "will have done" after the cue: a guess about what is done, its month the nearest (review50: each
    # read a year ahead, 2016, at 4039c77; the last two already at 379a9e6)
    ("وقال المحقق إن من المحتمل أن تكون السفينة قد غادرت الميناء في يوليو.", "يوليو", "2015-07"),
    ("ويدرس الخبراء احتمال أن يكون المهندس قد أخطأ في حساب الأحمال في مارس.", "مارس", "2015-03"),
    ("ومن المرجح أن يكون اللصوص قد دخلوا المتحف في يونيو.", "يونيو", "2015-06"),
    ("ويتوقع المحققون أن تكون الشركة قد أتلفت الوثائق في مايو.", "مايو", "2015-05"),
    # no قد: a plan still to come
    ("ومن المحتمل أن تكون الزيارة في ديسمبر.", "ديسمبر", "2015-12"),
])
def test_a_guess_about_what_is_done_keeps_the_nearest_month(text: str, expression: str, want: str) -> None:
    assert _value(text, expression) == want


@pytest.mark.parametrize(("text", "expression", "want"), [
    # a possibility is no tense (review50's case): a month after it is the nearest one, a coming one counting
    # as near as a past one — the June just gone from August (each read 2016 before), the coming December
    ("واستبعد المحققون احتمال تورط الحارس في سرقة اللوحات في يونيو.", "يونيو", "2015-06"),
    ("وقال المحقق إن احتمال سرقة اللوحات في يونيو ضعيف.", "يونيو", "2015-06"),
    ("ونفت الشرطة احتمال تسرب الوقود من الخزان في أبريل.", "أبريل", "2015-04"),
    ("ومن المحتمل أن الصفقة أبرمت في 20 مايو.", "20 مايو", "2015-05-20"),
    ("وأشار التقرير إلى احتمال تأجيل القرار حتى ديسمبر.", "حتى ديسمبر", "2015-12"),
    ("ولا يستبعد المراقبون احتمال انعقاد المؤتمر في يناير.", "يناير", "2016-01"),
    # after a conjunction glued to it
    ("واحتمال وقوع الانهيار في فبراير وارد.", "فبراير", "2015-02"),
    # a weekday or a day of the month, placed by a direction only, reads ahead as before
    ("وتدرس الوزارة احتمال عقد اجتماع طارئ يوم الخميس.", "يوم الخميس", "2015-08-13"),
    ("ومن المحتمل أن يصل الوفد في العشرين من الشهر.", "العشرين من الشهر", "2015-08-20"),
    # a possibility of the past ("كان من المحتمل"): a plan of the past, as before
    ("وكان من المحتمل أن تنتهي الأعمال في مارس.", "مارس", "2015-03"),
])
def test_a_possibility_is_no_tense_the_nearest_month(text: str, expression: str, want: str) -> None:
    assert _value(text, expression) == want


def test_the_nearest_of_a_possibility_is_unbiased() -> None:
    """``Possibly.NEAREST`` to resolve: a coming month counts as near as a past one (told 11 August, December
    is 112 days ahead and 222 back: the coming one, where nothing told takes the last); a direction told wins."""
    from timeline._types import Possibly
    from timeline.resolve import resolve
    from timeline.semantics import When
    assert resolve(When(month=12), _TUESDAY, future=Possibly.NEAREST).value == "2015-12"
    assert resolve(When(month=12), _TUESDAY, future=None).value == "2014-12"
    assert resolve(When(month=6), _TUESDAY, future=Possibly.NEAREST).value == "2015-06"
    assert resolve(When(month=6), _TUESDAY, future=True).value == "2016-06"
    assert resolve(When(month=6, direction=1), _TUESDAY, future=Possibly.NEAREST).value == "2016-06"
    assert resolve(When(weekday=4), _TUESDAY, future=Possibly.NEAREST).value == "2015-08-13"
