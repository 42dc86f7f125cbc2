""""الفريق" as a general's rank or a team of another trade is no word of football (Arabic written
for these tests, real tagger): a club's name that is also a common word (الوحدة، النصر) then
names no team and makes no match."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.wording import clause_features, matches


def _read(texts: list[str]) -> list[tuple[str | None, list[str]]]:
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-08-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    events = clause_features(frame).events
    read = dict(zip(frame["article_id"], zip(events["trigger"].to_list(), events["teams"].to_list())))
    return [read[f"c-{k}"] for k in range(len(texts))]


def test_a_generals_rank_is_no_team() -> None:
    general = "استقبل الفريق أول سامي الراشد رئيس الأركان في لقاء أمس وفدا من حكومة الوحدة الوطنية."
    named = "التقى الفريق محمد الحربي أمس ممثلين عن حزب النصر في مقر القيادة لبحث الأوضاع."
    read = _read([general, named])
    assert all(teams == [] for _, teams in read)
    assert all(trigger != matches().label for trigger, _ in read)


def test_a_working_group_is_no_team() -> None:
    group = "عقد فريق العمل المكلف بملف الوحدة الوطنية اجتماعه الأول أمس في العاصمة."
    assert _read([group])[0][1] == []


def test_the_first_team_is_still_football() -> None:
    # "الفريق الأول" (with the article) is a club's first team
    first = "يلتقي الفريق الأول بنادي النصر نظيره الرائد في مباراة ودية أمس على ملعب النادي."
    trigger, teams = _read([first])[0]
    assert trigger == matches().label and "نصر" in teams


def test_a_player_or_a_coach_named_after_his_word_is_still_football() -> None:
    # only "الفريق" is also a rank: "اللاعب محمد"، "المدرب خالد" name a player and a coach
    player = "انضم اللاعب محمد السالم أمس إلى النصر قادما من الرائد."
    coach = "وصل المدرب خالد العلي أمس إلى الرياض لقيادة الهلال."
    assert [sorted(teams) for _, teams in _read([player, coach])] == [["رائد", "نصر"], ["هلال"]]


def test_the_team_before_a_preposition_is_still_football() -> None:
    # "علي" (a given name) folded is "على": "حافظ الفريق على" is no general
    kept = "حافظ الفريق على صدارته بعد فوز النصر أمس في الرياض."
    assert _read([kept])[0][1] == ["نصر"]
