"""Dates counted from a happening the article names (``قبل يوم من الهجوم``) or from the day
the narrative just told (``قبل ثلاثة أيام من ذلك``): never from the publication, and X's
day taken where the article tells X itself, not where X is only what another happening is
about (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline import tag
from timeline.events import article_events
from timeline.pipeline import build_timeline


def _dated(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, value, anchor) of each event of ``text``."""
    return [(r["expr"], r["value"], r["anchor"]) for r in
            (e.as_row() for e in article_events("a", text, dt.datetime.fromisoformat(published)))]


def test_a_day_before_the_attack_counts_from_the_attack_the_article_dates() -> None:
    text = ("هاجم مسلحون مركز الشرطة في بلدة الرمان يوم الجمعة الماضي. "
            "وقال المحققون إن المنفذ أحضر المتفجرات قبل يوم واحد من الهجوم على المركز.")
    found = _dated(text, "2024-08-05T08:00")
    # Friday 2 August, and the day before it: not 4 August (the publication's day before)
    assert ("يوم الجمعة الماضي", "2024-08-02", "published") in found
    assert ("قبل يوم واحد من الهجوم", "2024-08-01", "event:هجوم") in found


def test_a_day_before_an_attack_nothing_dates_stays_undated() -> None:
    text = "وقال المحققون إن المنفذ أحضر المتفجرات قبل يوم واحد من الهجوم على المركز."
    assert _dated(text, "2024-08-05T08:00") == []
    undated = build_timeline(pl.DataFrame([{"id": "u", "source": "نشرة الوادي", "published": "2024-08-05T08:00",
                                            "text": text}])).undated
    assert undated.select("expr", "value", "anchor").rows() == [
        ("قبل يوم واحد من الهجوم", "event:هجوم-P1D", "event:هجوم")]


def test_two_days_after_the_attack_still_lands_after_the_attacks_day() -> None:
    text = ("وقع الهجوم على سوق الخضار في المدينة يوم السبت الماضي. "
            "وعاد التجار إلى محلاتهم بعد يومين من الهجوم.")
    assert ("بعد يومين من الهجوم", "2024-08-05", "event:هجوم") in _dated(text, "2024-08-07T08:00")


def test_days_before_that_count_back_from_the_day_just_told() -> None:
    published = dt.datetime(2024, 8, 5, 8)
    text = "وصل الوفد إلى العاصمة يوم 20 يوليو، وكان الوزير قد زار المحافظ قبل ثلاثة أيام من ذلك."
    before = [t for t in tag(text, published=published) if t.text == "قبل ثلاثة أيام من ذلك"]
    assert [(t.value, t.anchor.value) for t in before] == [("2024-07-17", "narrative")]
    after = [t for t in tag("وصل الوفد إلى العاصمة يوم 20 يوليو، وعاد إلى بلاده بعد ثلاثة أيام من ذلك.",
                           published=published) if t.text.startswith("بعد")]
    assert [t.value for t in after] == ["2024-07-23"]


def test_the_bombings_day_is_where_the_bombing_is_told_not_an_arrest_over_it() -> None:
    text = ("وقع التفجير أمام مبنى البلدية في 26 حزيران الماضي. "
            "واعتقلت الشرطة ثلاثة أشخاص في 7 تموز على صلة بالتفجير. "
            "وقال الادعاء إن المنفذ استأجر السيارة قبل يوم من التفجير.")
    found = _dated(text, "2024-08-05T08:00")
    # 25 June, the day before the bombing: not 6 July, the day before the arrest
    assert ("قبل يوم من التفجير", "2024-06-25", "event:تفجير") in found


def test_the_eve_of_the_bombing_is_not_the_eve_of_a_trial_over_it() -> None:
    text = ("وقع التفجير أمام مبنى البلدية في 26 حزيران الماضي. "
            "وبدأت محاكمة المتهمين في هذا التفجير يوم 3 آب. "
            "وقال أحد المتهمين إنه انضم إلى الجماعة عشية التفجير.")
    found = _dated(text, "2024-08-05T08:00")
    assert ("عشية التفجير", "2024-06-25", "event:تفجير") in found


def test_with_no_clause_telling_the_bombing_the_nearest_that_names_it_dates_it() -> None:
    # only the arrest names the bombing: its day is the one the article gives
    text = ("واعتقلت الشرطة ثلاثة أشخاص في 7 تموز على صلة بالتفجير. "
            "وقال الادعاء إن المنفذ استأجر السيارة قبل يوم من التفجير.")
    assert ("قبل يوم من التفجير", "2024-07-06", "event:تفجير") in _dated(text, "2024-08-05T08:00")


def test_the_eve_of_a_session_told_right_after_it_still_works() -> None:
    text = "وقال رئيس المجلس عشية جلسة للبرلمان اليوم الثلاثاء إن القانون جاهز."
    assert _dated(text, "2024-03-05T10:00") == [("عشية جلسة للبرلمان اليوم الثلاثاء", "2024-03-04", "event:جلسة")]


def test_the_eve_of_an_attack_its_relative_clause_dates() -> None:
    # the trial's Tuesday is another happening: the attack's own day is in its relative clause
    text = ("وبدأت محاكمة المتهمين في هذا الاعتداء الثلاثاء. "
            "وقال أحدهم إنه انضم إلى الجماعة عشية الهجوم الانتحاري الذي استهدف المسجد في 26 حزيران.")
    assert ("عشية الهجوم", "2024-06-25", "event:هجوم") in _dated(text, "2024-08-05T08:00")


def test_days_after_an_attack_its_relative_clause_dates() -> None:
    text = "واعتقل سائق السيارة بعد يومين من الهجوم الذي استهدف المسجد في 26 حزيران."
    assert _dated(text, "2024-08-05T08:00") == [("بعد يومين من الهجوم", "2024-06-28", "event:هجوم")]


def test_a_date_far_into_the_relative_clause_is_not_the_happenings() -> None:
    # the claim's day, many words on (a statement of the group), not the attack's
    text = ("وقال أحدهم إنه انضم إلى الجماعة عشية الهجوم الذي تبناه التنظيم في بيان نشره "
            "على مواقع التواصل الاجتماعي مساء 30 حزيران.")
    assert ("عشية الهجوم", "2024-06-29", "event:هجوم") not in _dated(text, "2024-08-05T08:00")


def test_only_the_phrase_naming_the_happening_dates_nothing() -> None:
    # the camp's Sunday is no day of the training: "after 12 days of training" names it alone
    text = "وسيختتم المخيم الصيفي اليوم الأحد وذلك بعد 12 يوما من التدريب الميداني في الجبال."
    found = _dated(text, "2024-08-04T08:00")
    # (the training, counted back from the Sunday, began 12 days before: an event of its own, _elapsed)
    assert found == [("اليوم الأحد", "2024-08-04", "published"),
                     ("بعد 12 يوما من التدريب", "2024-07-23", "event:تدريب")]
    # وفاة starts with و but opens no clause: the 29th is the announcement's, not the round's (the
    # round's appointment, a day after it, is an event of its own)
    text = "وأعلنت الحكومة في 29 الشهر الماضي وفاة الزعيم قبل يوم من موعد الجولة الثانية من المحادثات."
    found = _dated(text, "2024-08-04T08:00")
    assert found == [("29 الشهر الماضي", "2024-07-29", "published"),
                     ("قبل يوم من موعد", "2024-07-30", "event:موعد")]
