"""Arabic date labels: no finer than the grain, words from the language data, Hijri marked when approximate."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.labels import arabic_date, date_words, hijri_text, most_used_family


def d(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso)


LEV = date_words("levantine")


@pytest.mark.parametrize(("start", "end", "grain", "value", "mod", "label"), [
    ("2022-01-24T18:00", "2022-01-25", "part_of_day", "2022-01-24TEV", None, "مساء الاثنين 24 كانون الثاني 2022"),
    ("2022-01-24T21:00", "2022-01-24T22:00", "hour", "2022-01-24T21", None, "الاثنين 24 كانون الثاني 2022، الساعة 21:00"),
    ("2024-03-06", "2024-03-07", "day", "2024-03-06", None, "الأربعاء 6 آذار 2024"),
    ("2024-03-10", "2024-03-13", "day", None, None, "10 – 12 آذار 2024"),
    ("2024-02-28", "2024-03-03", "day", None, None, "28 شباط – 2 آذار 2024"),
    ("2024-03-01", "2024-04-01", "month", "2024-03", None, "آذار 2024"),
    ("2024-03-01", "2024-03-11", "month", "2024-03", "START", "مطلع آذار 2024"),
    ("2023-06-01", "2023-09-01", "season", "2023-SU", None, "صيف 2023"),
    ("2011-01-01", "2012-01-01", "year", "2011", None, "2011"),
    ("1980-01-01", "1990-01-01", "decade", "198", None, "1980 – 1989"),
])
def test_gregorian_labels_keep_the_grain(start: str, end: str, grain: str, value: str | None, mod: str | None,
                                         label: str) -> None:
    assert arabic_date(d(start), d(end), grain, value, mod, LEV) == label


def test_month_families_come_from_the_data() -> None:
    assert date_words("egyptian-gulf").months[0] == "يناير"
    assert date_words("maghrebi").months[:2] == ("جانفي", "فيفري")
    assert LEV.months[11] == "كانون الأول"
    with pytest.raises(ValueError, match="month names"):
        date_words("klingon")


def test_most_used_family() -> None:
    assert most_used_family(["12 سبتمبر", "يناير الماضي", "شباط"]) == "egyptian-gulf"
    assert most_used_family(["كانون الثاني الماضي", "في آذار", "مايو"]) == "levantine"
    assert most_used_family(["جانفي", "أوت 2020", "مارس"]) == "maghrebi"
    assert most_used_family([None, "أمس"]) == "levantine"


def test_hijri_in_words_and_approximate_outside_umm_al_qura() -> None:
    assert hijri_text(d("2022-01-24T18:00"), d("2022-01-25"), "part_of_day") == ("21 جمادى الآخرة 1443 هـ", False)
    text, approx = hijri_text(d("1800-01-01"), d("1801-01-01"), "year")
    assert approx and "تقريبي" in text


def test_happening_label_drops_the_date_and_its_leftovers() -> None:
    from timeline.labels import happening_label

    assert happening_label("وفي صباح الخميس وصلت بعثة الإغاثة", "صباح الخميس") == "وصلت بعثة الإغاثة"
    assert happening_label("وأعلن المجلس يوم السبت نتائج المسابقة", "يوم السبت") == "أعلن المجلس نتائج المسابقة"
    assert happening_label("منذ عام 2019", "عام 2019", title="ترميم السوق القديم") == "ترميم السوق القديم"
    # the offset picks the occurrence the tagger found, not the first equal text
    twice = "السبت الماضي زار الوفد السوق السبت"
    assert happening_label(twice, "السبت", expr_at=twice.rindex("السبت")) == "السبت الماضي زار الوفد السوق"
    assert len(happening_label("بدأت " + "أعمال صيانة واسعة " * 5, None)) <= 28
