"""Who does a clause's happening (``actor`` of :func:`timeline.wording.clause_features`, ``who_acts``
in ``lang/ar/actors.yaml``) and what a verb governs past its subject (``governed``), and the merge's
guard on them: two reports of one day told ahead, of a class told by who does it (a strike, a vote),
naming two actors stay apart; one told with its actor worded two ways joins. Arabic written for
these tests."""

from __future__ import annotations

import polars as pl
import pytest

from merge_helpers import told_rows
from timeline.pipeline import build_timeline
from timeline.wording import clause_features


def _read(text: str) -> dict[str, list[str]]:
    """The stems of the actor and of what the verb governs past its subject, of the first event of
    ``text`` (published Tuesday 5 March 2024)."""
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": "2024-03-05T08:00", "text": text}]),
                           merge=False).events
    features = clause_features(frame)
    stems = dict(zip(features.words["word"], features.words["stem"]))
    row = features.events.row(0, named=True)
    return {key: sorted(stems[w] for w in row[key]) for key in ("actor", "governed", "object")}


def test_the_subject_after_a_vote_verb_is_who_votes() -> None:
    read = _read("يصوت مجلس الشيوخ يوم الخميس المقبل على مشروع قانون الضرائب.")
    assert read["actor"] == ["شيوخ", "مجلس"]


def test_the_subject_of_the_verb_whose_object_is_the_strike_is_who_strikes() -> None:
    assert _read("يبدأ عمال الموانئ إضرابا مفتوحا يوم الخميس المقبل.")["actor"] == ["عمال", "موانء"]


def test_a_union_that_announces_its_own_strike_is_who_strikes() -> None:
    read = _read("أعلنت نقابة الصيادلة أنها ستنفذ إضرابا شاملا يوم الخميس المقبل.")
    assert read["actor"] == ["صيادل", "نقاب"]


def test_a_speaker_who_does_not_take_himself_up_again_strikes_not() -> None:
    assert _read("قال مسؤول نقابي إن العمال سينفذون إضرابا يوم الخميس المقبل.")["actor"] == []


def test_the_owner_of_a_strike_noun_is_who_strikes() -> None:
    assert _read("يبدأ إضراب نقابة الصيادلة يوم الخميس المقبل في كل المحافظات.")["actor"] == ["صيادل", "نقاب"]


def test_what_an_opening_verb_governs_past_a_subject_the_date_follows() -> None:
    read = _read("يفتتح وزير النقل يوم الخميس المقبل جسر النهر الجديد.")
    assert read["actor"] == ["نقل", "وزير"]
    assert read["governed"] == ["جسر", "نهر"]
    # what it governs as before (the subject, as a verbal noun's following words are read)
    assert read["object"] == ["نقل", "وزير"]


def test_with_no_date_after_the_subject_nothing_is_read_past_it() -> None:
    read = _read("يفتتح الوزير جسر النهر الجديد يوم الخميس المقبل.")
    assert read["governed"] == []


def test_what_a_vote_verb_governs_is_read_past_its_subject() -> None:
    # VSO, the ordinary order of news: the chamber after the verb is who votes, not what is voted
    # on; what it governs follows the subject, as it follows the verb when the subject leads (SVO)
    first = _read("صادق مجلس الشورى أمس على مشروع قانون الضرائب الجديد.")
    leading = _read("مجلس الشورى صادق أمس على مشروع قانون الضرائب الجديد.")
    assert first["actor"] == ["شور", "مجلس"]
    assert first["object"] == leading["object"] == ["قان", "مشروع"]


def test_what_a_vote_noun_governs_is_read_past_its_owner() -> None:
    read = _read("جرى تصويت مجلس الشيوخ أمس على مشروع قانون الموازنة.")
    assert read["actor"] == ["شيوخ", "مجلس"]
    assert read["object"] == ["قان", "مشروع"]


def test_a_vote_verb_with_nothing_past_its_subject_governs_nothing() -> None:
    read = _read("يصوت مجلس الشيوخ يوم الخميس المقبل.")
    assert read["actor"] == ["شيوخ", "مجلس"]
    assert read["object"] == []


def _articles(first: str, second: str) -> list[dict[str, str]]:
    # both published on Tuesday 5 March 2024: a weekday "المقبل" names one day on both sides
    return [{"id": "a", "source": "صحيفة الوادي", "published": "2024-03-05T07:00", "text": first},
            {"id": "b", "source": "وكالة الساحل", "published": "2024-03-05T16:00", "text": second}]


def _apart(first: str, second: str) -> bool:
    """Whether the two articles' first events fall in two entries."""
    rows = told_rows(_articles(first, second))
    first_entry = {article: entry for article, _clause, _grain, entry in reversed(rows)}
    return first_entry["a"] != first_entry["b"]


def test_two_groups_striking_on_one_thursday_stay_apart() -> None:
    assert _apart("يبدأ عمال الموانئ إضرابا مفتوحا عن العمل يوم الخميس المقبل للمطالبة برفع أجورهم.",
                  "ويبدأ أطباء المستشفيات الجامعية إضرابا مفتوحا عن العمل يوم الخميس المقبل للمطالبة بزيادة الحوافز.")


def test_one_strike_told_by_the_teachers_and_by_their_union_joins() -> None:
    assert not _apart("ينفذ المعلمون إضرابا عن العمل يوم الخميس المقبل في جميع المدارس الحكومية.",
                      "تنفذ نقابة المعلمين إضرابا عن العمل يوم الخميس المقبل في المدارس الحكومية كافة.")


def test_one_bridge_opened_by_one_minister_told_by_two_outlets_joins() -> None:
    assert not _apart("يفتتح وزير النقل يوم الخميس المقبل جسر النهر الجديد الذي يربط ضفتي المدينة.",
                      "ويفتتح وزير النقل الخميس المقبل جسر النهر بعد ثلاث سنوات من العمل.")


def test_a_bridge_and_a_road_opened_by_one_minister_on_one_day_stay_apart() -> None:
    assert _apart("يفتتح وزير النقل يوم الخميس المقبل جسر النهر الجديد الذي يربط ضفتي المدينة.",
                  "ويفتتح وزير النقل يوم الخميس المقبل الطريق الدائري الثالث بطول أربعين كيلومترا.")


@pytest.mark.xfail(strict=True, reason="the actor guard reads days told ahead only: on any day it parted one vote "
                   "told done by its body and by its members (صادق مجلس الشورى / أقر النواب, test_merge_kin); these "
                   "two strikes told done join on the same-day floor")
def test_two_unions_striking_yesterday_stay_apart() -> None:
    assert _apart("نفذت نقابة عمال الموانئ أمس إضرابا عن العمل احتجاجا على تأخر الرواتب.",
                  "ونفذت نقابة الأطباء أمس إضرابا عن العمل للمطالبة بتحسين ظروف العمل.")


def test_two_arrests_of_one_dawn_stay_apart() -> None:
    assert _apart("اعتقلت قوات الأمن فجر أمس شابين من قرية البستان بتهمة السرقة.",
                  "واعتقلت قوات الأمن فجر أمس تاجرا من حي الميناء بتهمة التهريب.")


def test_one_arrest_of_one_dawn_told_by_two_outlets_joins() -> None:
    assert not _apart("اعتقلت قوات الأمن فجر أمس شابين من قرية البستان بتهمة السرقة.",
                      "واعتقلت قوات الأمن فجر أمس شابين من البستان بعد مداهمة منزلهما.")
