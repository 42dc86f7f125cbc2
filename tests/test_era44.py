"""era44: «أمس واليوم (وغداً)» and «بالأمس واليوم» are eras unless their clause names a happening, when they are
the real days it happened on (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

WEDNESDAY = dt.datetime(2026, 3, 4)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, WEDNESDAY)]


def test_three_days_of_a_happening_are_days() -> None:
    assert _found("تستمر جلسات المؤتمر أمس واليوم وغداً في العاصمة") == [
        ("أمس", "2026-03-03"), ("اليوم", "2026-03-04"), ("غداً", "2026-03-05")]


def test_yesterday_and_today_of_a_happening_are_days() -> None:
    assert _found("قتل عشرة في الغارات التي شنتها الطائرات بالأمس واليوم على البلدة") == [
        ("الأمس", "2026-03-03"), ("اليوم", "2026-03-04")]
    assert _found("وتجددت المظاهرات بالأمس واليوم أمام مبنى البلدية") == [
        ("الأمس", "2026-03-03"), ("اليوم", "2026-03-04")]
    assert _found("تواصلت الاشتباكات في الحي الشرقي بالأمس واليوم") == [
        ("الأمس", "2026-03-03"), ("اليوم", "2026-03-04")]


def test_eras_with_no_happening_stay_eras() -> None:
    assert _found("تغيرت صورة الحي القديم بالأمس واليوم") == [("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]
    assert _found("يقدم المعرض حكاية المدينة أمس واليوم وغداً") == [
        ("أمس", "PAST_REF"), ("اليوم", "PRESENT_REF"), ("غداً", "FUTURE_REF")]
    assert _found("كان النهر بالأمس واليوم شريان الوادي") == [("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]


def test_a_quoted_title_of_eras_is_apart_from_the_happening_around_it() -> None:
    # the opening is yesterday's; the exhibition's title «… أمس واليوم وغداً» is three eras
    assert _found("افتتح أمس معرض «القرية أمس واليوم وغداً» في المتحف") == [
        ("أمس", "2026-03-03"), ("أمس", "PAST_REF"), ("اليوم", "PRESENT_REF"), ("غداً", "FUTURE_REF")]


def test_a_happening_of_todays_own_clause_leaves_the_contrast_an_era() -> None:
    # «واليوم هو يقاتل»: today opens a clause of its own, set against yesterday's state
    assert _found("كان شابا هادئا يعيش بيننا بالأمس واليوم هو يقاتل في جبهات القتال") == [
        ("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]


def test_a_happening_told_right_after_the_days_makes_them_days() -> None:
    assert _found("شهدت البلدة بالأمس واليوم مظاهرات حاشدة") == [("الأمس", "2026-03-03"), ("اليوم", "2026-03-04")]
    assert _found("تشهد القاعة أمس واليوم وغدا اجتماعات اللجان") == [
        ("أمس", "2026-03-03"), ("اليوم", "2026-03-04"), ("غدا", "2026-03-05")]
    # a state right after stays an era
    assert _found("كان السوق بالأمس واليوم ملتقى أهل الحي") == [("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]
