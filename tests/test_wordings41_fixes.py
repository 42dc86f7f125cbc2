"""Fixes of rec41 (Arabic written for these tests): an accusative or dual "كامل" after an amount, the
colloquial "اللي فات" as "last", and the dual of a month or a year before two names or numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag

_THURSDAY = dt.datetime(2026, 11, 26, 13, 10)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.value)) for t in tag(text, _THURSDAY)]


@pytest.mark.parametrize(("text", "want"), [
    ("ظلت القلعة قائمة قرنا كاملا قبل أن تهدم", ("قرنا كاملا", "P100Y")),
    ("انتظر المسافرون يوما كاملا في المطار", ("يوما كاملا", "P1D")),
    ("درس الطلاب عاماً كاملاً دون انقطاع", ("عاماً كاملاً", "P1Y")),
    ("بقي الطريق مغلقا أسبوعين كاملين", ("أسبوعين كاملين", "P2W")),
])
def test_an_amount_takes_kamil_in_the_accusative_and_the_dual(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(("text", "want"), [
    ("زرناهم الشهر اللي فات", ("الشهر اللي فات", "2026-10")),
    ("رجع من السفر الجمعة اللي فاتت", ("الجمعة اللي فاتت", "2026-11-20")),
])
def test_colloquial_illi_fat_is_the_last_one(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


def test_illi_fat_alone_is_no_time() -> None:
    assert _found("نسي الناس كل شيء اللي فات") == []


@pytest.mark.parametrize(("text", "want"), [
    ("تراجعت الصادرات خلال شهري تموز وآب", ("تموز وآب", "2026-07-01/2026-08-31")),
    ("تحسن الميزان التجاري في عامي 2021 و2022", ("عامي 2021 و2022", "2021-01-01/2022-12-31")),
    ("تقلبت الأسعار بين شهري أبريل ويونيو 2025", ("أبريل ويونيو 2025", "2025-04-01/2025-06-30")),
])
def test_a_dual_of_month_or_year_joins_two_that_follow_each_other(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize("text", [
    "أجريت الانتخابات في عامي 2012 و2016",
    "سجلت الأرقام في عامي 2019 و2020 و2021",
    "ارتفعت الأسعار في شهري يناير وأبريل",
])
def test_a_dual_of_things_apart_is_no_range(text: str) -> None:
    assert not any("/" in value for _, value in _found(text))


@pytest.mark.parametrize(("text", "want"), [
    ("يلقي الأمين العام خطابه الليلة الساعة 10", ("الليلة الساعة 10", "2026-11-26T22")),
    ("تنطلق السهرة الليلة الساعة التاسعة والنصف", ("الليلة الساعة التاسعة والنصف", "2026-11-26T21:30")),
])
def test_tonight_then_its_hour(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


def test_a_night_described_is_still_no_tonight() -> None:
    assert _found("في الليلة الخامسة عشرة من المهرجان") == []


@pytest.mark.parametrize(("text", "want"), [
    ("تفتح الحدود بعد مرور عشرة أيام", ("بعد مرور عشرة أيام", "2026-12-06")),
    ("تعود اللجنة إلى الانعقاد بعد انقضاء أسبوعين", ("بعد انقضاء أسبوعين", "2026-12-10")),
    ("وبعد مضي عامين على الزلزال ما زالت الأنقاض", ("بعد مضي عامين", "P2Y")),
])
def test_after_an_amount_has_passed(text: str, want: tuple[str, str]) -> None:
    assert want in _found(text)


def test_before_an_amount_passes_is_no_time_ago() -> None:
    assert not any(value.startswith("2026-10") for _, value in _found("يجب الرد قبل مرور شهر"))
