"""A year naming an edition or a plan (``edition_nouns`` of lang/ar/event_dates.yaml) does not
date the clause told about it; a happening's own year does. Every Arabic sentence here was
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 10, 9)


def _dated(text: str) -> list[tuple[str, str]]:
    """(start date, grain) of every event of ``text`` published on :data:`PUBLISHED`."""
    return [(e.as_row()["start"].date().isoformat(), e.as_row()["grain"])
            for e in article_events("ed-1", text, PUBLISHED)]


@pytest.mark.parametrize(("text", "dated"), [
    # a coming edition told today: the clause is today's, the cup's year names it
    ("أعلنت اللجنة المنظمة اليوم جدول مباريات كأس العالم 2022 في الملاعب الجديدة.", [("2015-08-10", "day")]),
    ("وناقش مجلس الوزراء أمس مشروع موازنة 2016 قبل إحالته إلى البرلمان.", [("2015-08-09", "day")]),
    ("وأطلق الأمير أمس مبادرات جديدة لتحقيق رؤية المملكة 2030 في التعليم.", [("2015-08-09", "day")]),
    # the edition as an object (the right to host, broadcast rights): whatever its year
    ("وحصلت المدينة على حق استضافة دورة الألعاب الآسيوية لعام 2006 بعد منافسة طويلة.", []),
    # several editions listed: none is the day of the contract
    ("ووقع الاتحاد أمس عقدا لبيع حقوق بث كأس القارات أعوام 2019 و2023 و2027 لشركة خاصة.",
     [("2015-08-09", "day")]),
    ("واتهمت النيابة المسؤولين بقبض رشى مقابل تسويق بطولة الأمم نسخ 2016 و2020.", []),
])
def test_an_editions_year_does_not_date_the_clause(text: str, dated: list[tuple[str, str]]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # what was done in that edition is dated by it
    ("وشارك اللاعب مع منتخب بلاده في كأس العالم 2014 وسجل هدفين.", [("2014-01-01", "year")]),
    # the edition held, told ahead
    ("وستقام كأس العالم 2026 في ثلاث دول من القارة.", [("2026-01-01", "year")]),
    ("وتستضيف العاصمة دورة الألعاب الصيفية عام 2020 بعد فوز ملفها.", [("2020-01-01", "year")]),
    ("وستشارك البعثة في دورة الألعاب الآسيوية المقررة عام 2018 بأربعين رياضيا.", [("2018-01-01", "year")]),
    # editions listed, each the year of what was done in it
    ("وشارك الحارس مع منتخب بلاده في ثلاث نسخ من كأس القارة 2008 و2010 و2012.",
     [("2008-01-01", "year"), ("2010-01-01", "year"), ("2012-01-01", "year")]),
    # a past hosting is the edition's own year (the right to host is not: above)
    ("ونجحت البلاد في استضافة كأس القارات 2013 بملاعب جديدة.", [("2013-01-01", "year")]),
    # a currency is no edition
    ("ويحق للنادي شراء المهاجم مقابل 12 مليون يورو في 2017 بحسب العقد.", [("2017-01-01", "year")]),
    # a happening is no edition: its year is its own date
    ("شهد عام 2011 ثورة أطاحت بالحكومة في البلاد.", [("2011-01-01", "year")]),
    ("وتحدث الكاتب عن ثورة 2011 وأثرها على الشباب.", [("2011-01-01", "year")]),
])
def test_a_year_that_dates_the_clause_stays(text: str, dated: list[tuple[str, str]]) -> None:
    assert _dated(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # a season's adjective heads the name when no edition noun is in reach (news48): a year to come dates nothing
    ("وتنتظر القارة ثلاث دورات متتالية (الشتوية 2018 في كوريا والصيفية 2020 في اليابان)، كما قال رئيس اللجنة أمس.",
     [("2015-08-09", "day")]),
    # with a noun before it, the noun heads the name as before: what is done in the edition is dated by it
    ("وستضاعف المدينة عدد الحراس في دورة الألعاب الأولمبية الصيفية المقررة عام 2016 مقارنة بالدورة الماضية.",
     [("2016-01-01", "year")]),
])
def test_a_season_adjective_ends_an_editions_name(text: str, dated: list[tuple[str, str]]) -> None:
    assert _dated(text) == dated


def _clauses(text: str) -> list[tuple[str, str]]:
    """(start date, clause) of every event of ``text`` published on :data:`PUBLISHED`."""
    return [(e.as_row()["start"].date().isoformat(), e.as_row()["clause"])
            for e in article_events("ed-2", text, PUBLISHED)]


@pytest.mark.parametrize(("text", "dated"), [
    # an edition's year the dating drops cuts nothing: the award keeps its verb and the vote's day (fresh66)
    ("فازت مدينة ميلانو بحق تنظيم دورة الألعاب الأولمبية الشتوية 2026 بعد تفوقها على ستوكهولم بفارق "
     "ثلاثة عشر صوتا أمس في اقتراع أعضاء اللجنة.",
     [("2015-08-09", "فازت مدينة ميلانو بحق تنظيم دورة الألعاب الأولمبية الشتوية 2026 بعد تفوقها على ستوكهولم "
                     "بفارق ثلاثة عشر صوتا أمس في اقتراع أعضاء اللجنة.")]),
    ("نالت الدوحة شرف استضافة بطولة العالم لألعاب القوى 2019 بعد أن تغلبت على برشلونة ويوجين في تصويت "
     "جرى أمس الأول.",
     [("2015-08-08", "نالت الدوحة شرف استضافة بطولة العالم لألعاب القوى 2019 بعد أن تغلبت على برشلونة ويوجين "
                     "في تصويت جرى أمس الأول.")]),
])
def test_an_editions_year_cuts_no_clause(text: str, dated: list[tuple[str, str]]) -> None:
    assert _clauses(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # a year that dates its clause still cuts it from an "after" phrase with another happening's date
    ("وشارك المنتخب في كأس العالم 2014 بعد أن تأهل على حساب منافسه في مباراة فاصلة أقيمت يوم 15 نوفمبر 2013.",
     [("2014-01-01", "وشارك المنتخب في كأس العالم 2014"),
      ("2013-11-15", "بعد أن تأهل على حساب منافسه في مباراة فاصلة أقيمت يوم 15 نوفمبر 2013.")]),
])
def test_a_dating_year_still_cuts(text: str, dated: list[tuple[str, str]]) -> None:
    assert _clauses(text) == dated
