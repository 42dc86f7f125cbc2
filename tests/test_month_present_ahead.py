"""A yearless month still to come in the publication's year, after a present verb (its clause's nearest
verb, as for a bare weekday), is the coming one: told in August, "يصدر القرار في ديسمبر" is this December,
not last year's (the nearest-occurrence rule counts a coming month twice as far, so from early August last
December is the nearer). A month already gone this year keeps the nearest: a
present verb narrates or tells a habit as often ("يتجه المعدن إلى إنهاء يوليو" told on 1 August)."""

from __future__ import annotations

import pytest

from timeline import tag

TOLD = "2015-08-03T09:00"


def _months(text: str, told: str = TOLD) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, told) if t.grain is not None]


def test_a_present_verb_before_a_month_still_to_come_tells_the_coming_one() -> None:
    assert _months("وأوضح رئيس اللجنة أن الحكم النهائي يصدر في ديسمبر خلال اجتماع الأعضاء") \
        == [("ديسمبر", "2015-12")]
    assert _months("حيث يمتد موسم القطاف حتى نهاية شهر ديسمبر") == [("حتى نهاية شهر ديسمبر", "2015-12")]
    assert _months("وتنعقد الجمعية العمومية في 20 ديسمبر لاعتماد الميزانية") == [("20 ديسمبر", "2015-12-20")]


def test_without_a_present_verb_the_nearest_still_goes_back() -> None:
    assert _months("وفي ديسمبر، أغلقت السلطات المعبر") == [("ديسمبر", "2014-12")]
    assert _months("وكان المصرف خفض الفائدة في ديسمبر") == [("ديسمبر", "2014-12")]
    assert _months("الاحتفال الرسمي في ديسمبر") == [("ديسمبر", "2014-12")]


def test_a_month_gone_this_year_keeps_the_nearest_after_a_present_verb() -> None:
    assert _months("ويتجه الذهب إلى إنهاء يوليو على تراجع كبير", "2015-08-01T09:00") == [("يوليو", "2015-07")]
    assert _months("ويعتمد المسح على مقابلات أجريت خلال شهر مايو") == [("شهر مايو", "2015-05")]
    assert _months("ويشير التقرير إلى أن الأسعار تراجعت في 18 مارس") == [("18 مارس", "2015-03-18")]


def test_a_relative_pronoun_or_a_negation_before_the_verb_keeps_the_nearest() -> None:
    assert _months("وهي البطولة التي تقام في ديسمبر عادة") == [("ديسمبر", "2014-12")]
    assert _months("ولم يصدر القرار في ديسمبر") == [("ديسمبر", "2014-12")]


def test_until_a_month_still_to_come_with_no_perfect_is_the_coming_one() -> None:
    assert _months("ويرجح الخبراء تأجيل المصرف زيادة الفائدة حتى ديسمبر") == [("حتى ديسمبر", "2015-12")]
    assert _months("وعن بقاء الملعب مغلقا حتى ديسمبر، قال المدير إن الصيانة تتطلب وقتا") \
        == [("حتى ديسمبر", "2015-12")]


def test_until_a_month_after_a_perfect_or_gone_this_year_stays_back() -> None:
    assert _months("وتواصلت الإضرابات حتى ديسمبر") == [("حتى ديسمبر", "2014-12")]
    assert _months("وعن بقاء الملعب مغلقا حتى مايو، قال المدير إن الصيانة انتهت") == [("حتى مايو", "2015-05")]



_PAST_PRESENT = ("review68: a present verb telling what is past sends a month still to come ahead — 'dates back to' "
                 "(يرجع تاريخ … إلى), and «ما» + a perfect the nearest-verb reading takes for a noun (ما حدث); "
                 "no corpus row found (prec66 read its 4, all right); the fix is not small")


@pytest.mark.xfail(strict=True, reason=_PAST_PRESENT)
def test_dating_back_to_a_month_keeps_the_nearest() -> None:
    assert _months("ويرجع تاريخ المخطوطة إلى ديسمبر") == [("ديسمبر", "2014-12")]


@pytest.mark.xfail(strict=True, reason=_PAST_PRESENT)
def test_what_happened_in_a_month_keeps_the_nearest() -> None:
    assert _months("ويتذكر الأهالي ما حدث في ديسمبر") == [("ديسمبر", "2014-12")]
