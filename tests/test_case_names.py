"""A happening named after "the accused of" or "the perpetrators of" names a case, not the
clause's happening (``lang/ar/triggers.yaml`` ``subordinators``): a trial of the accused in a
bombing is a trial; and such a report does not tell the bombing's day to a phrase counted
from the bombing, while one told "during" a meeting tells the meeting's (``timing``). Nor is
it the clause's happening when the clause has no other (``naming``: no fallback to the case's
name; the clause's own verb tells it when the lexicon has one: أخلت المحكمة سبيل, the court's ruling);
after the other subordinators (جراء القصف، موقع التفجير) the fallback stays."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline import wording
from timeline.anchors import names_happening_like
from timeline.frame import conform_events
from timeline.happenings import load_triggers
from timeline.normalize import fold


def _triggers(clauses: list[str], exprs: list[str]) -> list[str | None]:
    starts = [c.index(e) for c, e in zip(clauses, exprs)]
    events = conform_events(pl.DataFrame({
        "article_id": [f"a{i}" for i in range(len(clauses))], "clause": clauses, "expr": exprs,
        "clause_start": [0] * len(clauses), "expr_start": starts,
        "expr_end": [s + len(e) for s, e in zip(starts, exprs)],
        "published": [dt.datetime(2016, 3, 9, 10)] * len(clauses), "place": [None] * len(clauses),
    }))
    return wording.clause_features(events).events["trigger"].to_list()


def test_a_trial_of_the_accused_in_a_bombing_is_a_trial() -> None:
    clauses = ["وأرجأت محكمة الجنايات محاكمة المتهمين بتفجير محطة الحافلات التي انطلقت أمس",
               "واستأنفت المحكمة محاكمة منفذ الهجوم على محطة الحافلات صباح أمس",
               "وانفجرت سيارة مفخخة أمس قرب محطة الحافلات في وسط المدينة"]
    assert _triggers(clauses, ["أمس", "صباح أمس", "أمس"]) == ["محاكمة", "محاكمة", "تفجير"]


def test_a_case_name_does_not_tell_the_day_of_the_happening() -> None:
    assert not names_happening_like("التفجير", "وأرجأت المحكمة أمس محاكمة المتهمين بتفجير محطة الحافلات")
    assert names_happening_like("التفجير", "وهز تفجير انتحاري محطة الحافلات صباح أمس")
    assert names_happening_like("لقاء", "وقال الوزير خلال لقاء مع نظيره الروسي أمس إن المحادثات كانت بناءة")


CLAUSES = ["وأخلت المحكمة أمس سبيل ثلاثة من متهمي تفجير محطة القطارات",
           "ومثل أمس أمام القاضي خمسة من منفذي الهجوم على محطة القطارات",
           "وتضررت عشرات المنازل أمس جراء القصف على الأحياء الشرقية",
           "وأخلت الشرطة أمس المبنى المجاور للسوق القديم"]


def test_a_case_name_is_no_fallback_in_the_merge() -> None:
    assert _triggers(CLAUSES, ["أمس"] * 4) == ["محاكمة", None, "غارة", None]


def test_a_case_name_is_no_fallback_in_a_clause() -> None:
    lexicon = load_triggers()
    assert [lexicon.happening(fold(c)) for c in CLAUSES] == ["محاكمة", None, "غارة", None]
    assert lexicon.happening(fold("وصرح أحد منفذي الهجوم على المحطة أمام المحكمة")) is None
    assert lexicon.happening(fold("وقال الوزير خلال لقاء مع نظيره أمس")) == "اجتماع"
    assert lexicon.happening(fold("وتجمع الأهالي أمس في موقع التفجير قرب السوق")) == "تفجير"


ACCUSED = ["وذلك لدى بدء محاكمة 29 متهما في هذا الاعتداء الثلاثاء",
           "واستأنفت المحكمة أمس محاكمة المتهمين في قضية تفجير محطة الحافلات",
           "واعتقلت الشرطة أمس المشتبه به في تفجير السوق",
           "وقالت الشرطة إن المشتبه به هاجم الحراس أمس",
           "وانفجرت عبوة ناسفة أمس في سوق المدينة"]


def test_what_the_accused_are_accused_of_is_no_happening_of_the_clause() -> None:
    # in the accusation (متهما في هذا الاعتداء، المشتبه به في تفجير) a happening word names the case;
    # a verb right after «به» is the suspect's own act
    expected = ["محاكمة", "محاكمة", "اعتقال", "هجوم", "تفجير"]
    assert _triggers(ACCUSED, ["الثلاثاء", "أمس", "أمس", "أمس", "أمس"]) == expected
    lexicon = load_triggers()
    assert [lexicon.happening(fold(c)) for c in ACCUSED] == expected


def test_a_charge_keeps_the_act_it_dates() -> None:
    # بتهمة is no accusation word here: the charge names the act with that act's own date
    assert _triggers(["ويحاكم خمسة بتهمة تفجير محطة الحافلات في 12 مايو الماضي"], ["12 مايو الماضي"]) == ["تفجير"]
