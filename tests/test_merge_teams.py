"""Clubs read as who trains, plays or arrives: two teams' reports of one day are two
entries however alike their words, while one team's report told twice stays one
(``clubs`` in actors.yaml; Arabic written for these tests, real tagger)."""

from __future__ import annotations

import polars as pl
import pytest
from merge_helpers import entry_of

import timeline.wording as wording
from timeline.errors import LanguageDataError
from timeline.pipeline import build_timeline
from timeline.wording import clause_features, clubs

NASR = "وصلت بعثة فريق النصر الكروي الأول أمس إلى العاصمة البريطانية لندن استعدادا لمواجهة كأس السوبر."
HILAL = "وصلت بعثة فريق الهلال الكروي الأول أمس إلى العاصمة البريطانية لندن استعدادا لمواجهة كأس السوبر."
NASR_AGAIN = "وصلت أمس إلى لندن بعثة الفريق الأول لكرة القدم بنادي النصر استعدادا لمواجهة كأس السوبر."


def _article(key: str, source: str, text: str) -> dict[str, str]:
    return {"id": key, "source": source, "published": "2024-08-10T08:00", "text": text}


def _teams(texts: list[str]) -> list[list[str]]:
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-08-10T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    teams = dict(zip(frame["article_id"], clause_features(frame).events["teams"].to_list()))
    return [teams[f"c-{k}"] for k in range(len(texts))]


def test_a_clause_of_football_names_its_teams_not_their_opponents() -> None:
    training = "عاود لاعبو الفريق الهلالي تدريباتهم أمس بعد الفوز على النصر في المباراة الودية."
    both = "تغلب الهلال والنصر في مباراتين وديتين أمس."
    crescent = "وزعت هيئة الهلال الأحمر أمس مساعدات على الأسر المتضررة من السيول."
    assert _teams([NASR, training, both, crescent]) == [["نصر"], ["هلال"], ["نصر", "هلال"], []]


def test_a_report_naming_only_the_other_side_of_a_match_joins_it() -> None:
    # أودينيزي after للقاء is Hilal's opponent, not another team's happening
    preview = ("أنهى فريق الهلال الكروي الأول أمس تحضيراته تأهبا لملاقاة نظيره أودينيزي الإيطالي في "
               "مباراة ودية.")
    opponent = "أنهى الفريق تحضيراته أمس تأهبا لملاقاة أودينيزي الإيطالي في مباراة ودية."
    entry = entry_of([_article("hilal", "نشرة الوادي", preview), _article("udinese", "صدى الساحل", opponent)])
    assert entry["hilal"] == entry["udinese"]


def test_two_teams_arriving_on_one_day_stay_apart() -> None:
    entry = entry_of([_article("nasr", "نشرة الوادي", NASR), _article("hilal", "صدى الساحل", HILAL),
                      _article("nasr2", "أخبار التلال", NASR_AGAIN)])
    assert entry["nasr"] == entry["nasr2"]
    assert entry["nasr"] != entry["hilal"]


def test_clubs_errors_name_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    cues, names, opponents = clubs()
    assert "امام" in opponents and "بعثه" in cues and names["الهلالي"] == names["للهلال"] == "هلال" and "نصر" not in names
    for data, error in (({"clubs": ["هلال"]}, "clubs: a mapping"),
                        ({"clubs": {"cues": "فريق"}}, "clubs: cues: a list"),
                        ({"clubs": {"names": {"هلال": "هلال"}}}, "clubs: names: a mapping of clubs to lists")):
        monkeypatch.setattr(wording, "load_language_yaml", lambda code, name, data=data: data)
        clubs.cache_clear()
        try:
            with pytest.raises(LanguageDataError, match="actors.yaml: " + error):
                clubs()
        finally:
            monkeypatch.undo()
            clubs.cache_clear()
