"""A date after "until", alone in its clause, after the noun of a term (a contract, a presidency, a
certificate) ends that term: it does not date the act that sets it (story42). Arabic written for
these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 7, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"]) for e in article_events("a", text, PUBLISHED)]


def test_a_contracts_end_dates_no_signing() -> None:
    assert _dated("ووقع المدرب عقدا جديدا لأربع سنوات حتى 2019.") == []
    assert _dated("ومدد النادي عقد لاعبه الدولي حتى عام 2018.") == []
    assert _dated("وانتقل المهاجم إلى الفريق بعقد يمتد حتى 2020.") == []


def test_a_presidencys_or_a_certificates_end() -> None:
    assert _dated("وسيحتفظ الشيخ برئاسة المجلس الرياضي حتى 2019 بالتزكية.") == []
    assert _dated("وجددت الشركة شهادة الجودة العالمية حتى عام 2018 بعد الفحص.") == []


def test_the_announcements_day_still_dates_its_clause() -> None:
    got = _dated("أعلن النادي اليوم الجمعة أن المدرب وقع عقدا جديدا لأربع سنوات حتى 2019.")
    assert got == [("اليوم الجمعة", "2015-08-07")]


def test_guards_no_term_noun_before_it_or_a_comma_between() -> None:
    assert _dated("يستمر معسكر المنتخب حتى 25 الجاري.") == [("حتى 25 الجاري", "2015-08-25")]
    # the noun comes after the date: a deadline, told ahead
    assert _dated("وأمام المجلس حتى 17 سبتمبر للتصويت على العقد.") == [("حتى 17 سبتمبر", "2015-09-17")]
    # the contract's clause ends at the comma: what follows is told on its own
    assert ("حتى 2019", "2019") in _dated("ووقع اللاعب العقد، وسيبقى مع الفريق حتى 2019.")
