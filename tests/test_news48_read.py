"""What news48's reading of unseen kinds of news (op-eds recalling Hijri and Gregorian years, a festival
programme with clock times, WAS official news, an Olympic award, a results forecast by quarter and half)
found (Arabic written for these tests): a season's adjective before an edition's year; a Hijri year and the
Gregorian one after a slash; a Hijri mark after a Gregorian date; a clock time "من كل يوم"; a month's
epithet inside its name; "العام الذي يليه" with its year told."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

TOLD = dt.datetime(2022, 1, 26, 10)  # a Wednesday, 23 Jumada II 1443


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_a_season_adjective_before_an_edition_year() -> None:
    assert _found("وفازت المدينة بتنظيم الألعاب الأولمبية الشتوية 2030 بعد تصويت طويل") == [("2030", "2030")]
    assert _found("وتقام ثلاث دورات في القارة (الشتوية 2026 في إيطاليا والصيفية 2028 في أمريكا)") == [
        ("2026", "2026"), ("2028", "2028")]
    # before a counted noun, an amount
    assert _found("ووزعت الحملة الشتوية 2000 بطانية على الأسر") == []


def test_a_hijri_year_and_its_gregorian_year_after_a_slash() -> None:
    assert _found("وأنشئت الإدارة عام 1355/ 1936 ثم توسعت") == [("عام 1355/ 1936", "1936")]
    assert _found("وافتتح المبنى في شهر شوال من عام 1380/ 1961، وحضره الأمير") == [
        ("شهر شوال من عام 1380/ 1961", "1961-03-18/1961-04-15")]
    # a Gregorian year outside that Hijri year: not its gloss
    assert _found("وصدر العدد عام 1355/ 1990 للمرة الأولى") == [("عام 1355", "1936-03-24/1937-03-13")]


def test_a_hijri_mark_after_a_gregorian_year_is_a_slip() -> None:
    assert _found("ويقام الحفل يوم 15 / 2 / 2022هـ في القاعة") == [("15 / 2 / 2022هـ", "2022-02-15")]
    assert _found("وصدر القرار في 10/5/1443هـ") == [("10/5/1443هـ", "2021-12-14")]


def test_a_clock_time_of_every_day_after_min() -> None:
    assert _found("ويفتح السوق أبوابه عند الساعة الرابعة عصراً من كل يوم") == [
        ("عند الساعة الرابعة عصراً من كل يوم", "XXXX-XX-XXT16")]
    assert _found("وتقام الصلاة الساعة التاسعة من كل ليلة في الجامع") == [
        ("الساعة التاسعة من كل ليلة", "XXXX-XX-XXT21")]


def test_a_month_epithet_is_inside_the_name() -> None:
    assert _found("وزادت التبرعات خلال شهر رمضان المبارك من العام الماضي") == [
        ("شهر رمضان المبارك من العام الماضي", "2021-04-13/2021-05-12")]
    assert _found("ووزعت الجمعية السلال في رمضان الكريم 1442هـ على الأسر") == [
        ("رمضان الكريم 1442هـ", "2021-04-13/2021-05-12")]


def test_the_year_after_it_told_outright() -> None:
    assert _found("وارتفعت الأسعار عام 2008 ثم انخفضت في العام الذي يليه 2009 بشدة") == [
        ("عام 2008", "2008"), ("العام الذي يليه 2009", "2009")]
    assert _found("ونما الإنتاج في العام الذي سبقه") == [("العام الذي سبقه", "2021")]
