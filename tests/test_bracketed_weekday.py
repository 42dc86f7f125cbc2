"""A weekday in brackets beside the day of the month it names is one day told twice (Arabic
written for these tests)."""

from __future__ import annotations

from timeline.tagger import tag


def _found(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_bracketed_weekday_before_the_date_told_ahead() -> None:
    # written on Wednesday for Thursday: the weekday alone would be last week's Thursday
    assert _found("ويصل الوفد (الخميس) 6 أغسطس إلى العاصمة.", "2015-08-05T09:00") == [
        ("(الخميس) 6 أغسطس", "2015-08-06")]
    assert _found("ويصل الوفد ( الخميس ) 6 أغسطس إلى العاصمة.", "2015-08-05T09:00") == [
        ("( الخميس ) 6 أغسطس", "2015-08-06")]


def test_bracketed_weekday_after_the_date() -> None:
    assert _found("تنطلق البطولة 6 أغسطس (الخميس) في الملعب الرئيسي.", "2015-08-03T09:00") == [
        ("6 أغسطس (الخميس)", "2015-08-06")]


def test_a_weekday_the_date_does_not_fall_on_is_told_as_a_conflict() -> None:
    found = tag("ويصل الوفد (الجمعة) 6 أغسطس إلى العاصمة.", "2015-08-05T09:00")
    assert [(t.text, t.value) for t in found] == [("(الجمعة) 6 أغسطس", "2015-08-06")]
    assert found[0].conflict


def test_brackets_holding_words_join_nothing() -> None:
    # a bracketed weekday after a clause's own words, then a date of another happening
    assert _found("وصلت البعثة (الخميس) بعد رحلة طويلة، وتلعب 9 أغسطس.", "2015-08-07T09:00") == [
        ("الخميس", "2015-08-06"), ("9 أغسطس", "2015-08-09")]
