"""Bugs review41b found in this session's last merges (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 25, 10)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_a_time_after_a_closing_quote_is_no_title() -> None:
    # the title noun ends the quote («أجمل فيلم»): what follows the closing quote is no title
    assert _found("وقال المخرج «هذا أجمل فيلم» أمس خلال مؤتمر صحفي عن «المهرجان»") == [("أمس", "2022-01-24")]
    assert _found('وقال المخرج "هذا أجمل فيلم" يوم الأحد في حديث عن "المهرجان"') == [("يوم الأحد", "2022-01-23")]


def test_a_title_after_its_noun_still_holds_no_time() -> None:
    assert _found("وقال الناقد «العمل جميل» ثم شاهد فيلم «ليلة الخميس» أمس") == [("أمس", "2022-01-24")]
    assert _found("ونشر الكاتب مقاله بعنوان «أيام الشتاء» في الصحيفة") == []


def test_tonight_said_to_come_after_a_past_saying_is_tonight() -> None:
    # told at 10:00: a past verb of saying before a complementizer or a colon does not make the
    # night said to come the night gone
    assert _found("وأعلن الاتحاد أن المباراة تقام الليلة") == [("الليلة", "2022-01-25TNI")]
    assert _found("وقال المدرب: نلعب الليلة") == [("الليلة", "2022-01-25TNI")]


def test_tonight_told_done_is_still_the_night_gone() -> None:
    assert _found("وقالت الشرطة إن الرهينة جرى تحريرها الليلة") == [("الليلة", "2022-01-24TNI")]
    assert _found("وعاد الفريق الليلة إلى القاهرة") == [("الليلة", "2022-01-24TNI")]


AUGUST = dt.datetime(2015, 8, 16, 10)


def _found_in(text: str, told: dt.datetime) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, told)]


def test_a_day_told_again_after_another_year_is_not_the_first_years() -> None:
    # another year told before it in its sentence (a year, a relative year): the first year no longer holds
    for between in ("وفي عام 2014 وتحديدا", "وفي العام التالي،"):
        found = _found_in(f"فضت الشرطة الاعتصام في 14 أغسطس 2013. {between} في 14 أغسطس خرجت مسيرات", AUGUST)
        assert ("14 أغسطس", "2013-08-14") not in found, between


def test_a_day_told_again_keeps_its_year_past_a_year_of_another_sentence() -> None:
    found = _found_in("فضت الشرطة الاعتصام في 14 أغسطس 2013. وكان قد سجن بعد ثورة 2011. وعادت الشرطة يوم 14 أغسطس",
                      AUGUST)
    assert found[-1] == ("يوم 14 أغسطس", "2013-08-14")
    found = _found_in("فضت الشرطة الاعتصام في 14 أغسطس 2013. وفي عام 2013 نفسه عادت الشرطة يوم 14 أغسطس", AUGUST)
    assert found[-1] == ("يوم 14 أغسطس", "2013-08-14")


def test_the_accused_in_the_case_does_what_follows() -> None:
    # «القضية» closes the accused's phrase: the verb after it is the clause's happening; «قضية» still names one
    from timeline.happenings import load_triggers
    from timeline.normalize import fold
    lexicon = load_triggers()
    assert lexicon.happening(fold("وقالت الشرطة إن المتهم في القضية قتل زوجته أمس")) is not None
    assert lexicon.happening(fold("واستأنفت المحكمة أمس محاكمة المتهمين في قضية تفجير محطة الحافلات")) == "محاكمة"


def test_a_day_told_again_on_its_anniversary_is_this_years() -> None:
    # ذكرى (its clitics; ذكراه before a pronoun) in the sentence: the day recurs, no first year carried
    found = _found_in("وقع الزلزال في 12 أغسطس 2014. وفي ذكراه الأولى في 12 أغسطس وقف السكان دقيقة صمت", AUGUST)
    assert found[-1] == ("12 أغسطس", "2015-08-12")
    found = _found_in("فضت الشرطة الاعتصام في 14 أغسطس 2013. وخرجت مسيرات يوم 14 أغسطس إحياء للذكرى الثانية", AUGUST)
    assert ("يوم 14 أغسطس", "2015-08-14") in found  # (the anniversary itself is tagged too since rec43: P2Y)
    # ... not a word that merely holds it (مذكراته: his memoirs)
    found = _found_in("وقع الزلزال في 12 أغسطس 2014. وقال في مذكراته إن المدينة دمرت في 12 أغسطس", AUGUST)
    assert found[-1] == ("12 أغسطس", "2014-08-12")
