"""A match as a happening: a date standing after a word naming a match, in a clause of football
naming a club, is the match's, whatever else the clause tells (an injury, the referees); reports
of one day's match naming one team join, two matches of one day stay apart by their teams
(``matches`` in actors.yaml; Arabic written for these tests, real tagger)."""

from __future__ import annotations

import polars as pl
import pytest
from merge_helpers import entry_of

import timeline.wording as wording
from timeline.errors import LanguageDataError
from timeline.pipeline import build_timeline
from timeline.wording import clause_features, matches

REFEREES = ("كلف الاتحاد السعودي لكرة القدم طاقم تحكيم أجنبيا بإدارة مباراة الفتح والقادسية يوم الجمعة "
            "المقبل في الأحساء.")
INJURY = ("يغيب مهاجم فريق الفتح عن مواجهة القادسية يوم الجمعة المقبل بسبب إصابة في الركبة تعرض لها "
          "خلال التدريبات.")
HILAL = "يستضيف فريق الهلال نظيره الفيصلي في مباراة الجولة الأولى من الدوري يوم الجمعة المقبل."
NASR = "يلتقي فريق النصر مع الرائد في مباراة الجولة الأولى من الدوري يوم الجمعة المقبل."


def _article(key: str, source: str, text: str) -> dict[str, str]:
    return {"id": key, "source": source, "published": "2024-08-12T08:00", "text": text}


def _read(texts: list[str]) -> list[tuple[str | None, list[str]]]:
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-08-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    events = clause_features(frame).events
    read = dict(zip(frame["article_id"], zip(events["trigger"].to_list(), events["teams"].to_list())))
    return [read[f"c-{k}"] for k in range(len(texts))]


def test_a_date_after_a_match_word_is_the_match() -> None:
    training = "أجرى فريق الفتح تدريبه الأخير قبل مواجهة القادسية مساء أمس على ملعب النادي."
    meeting = "عقد الاتحاد السعودي لكرة القدم اجتماعه الدوري أمس في الرياض لبحث لوائح المسابقات."
    label = matches().label
    assert _read([REFEREES, INJURY, training, meeting]) == [
        (label, ["فتح", "قادسيه"]),  # both sides
        (label, ["فتح", "قادسيه"]),  # the injury is not what the date tells
        (None, ["فتح"]),  # a match word after قبل: the date is the training's
        ("اجتماع", []),  # no match word, no club
    ]


def test_a_match_word_after_what_a_thing_is_about_is_no_match() -> None:
    # «الخاص بالمباراة»: the conference is about the match; the date is the conference's
    conference = ("يعقد مدربا الفتح والقادسية مؤتمرهما الصحفي الخاص بالمباراة ظهر غد في قاعة "
                  "المؤتمرات بالنادي.")
    label = matches().label
    read = _read([conference, REFEREES])
    assert read[0][0] != label
    assert read[1][0] == label


def test_two_outlets_reports_of_one_match_join() -> None:
    # one match told by two outlets with other predicates (its referees, an injury before it)
    entry = entry_of([_article("referees", "نشرة الوادي", REFEREES), _article("injury", "صدى الساحل", INJURY)])
    assert entry["referees"] == entry["injury"]


def test_each_side_naming_only_its_opponent_joins_the_match() -> None:
    # one side's report names the other side only (لملاقاة القادسية / لمواجهة الفتح): with a
    # report naming both, one match
    fateh = "يختتم الفريق تحضيراته اليوم تأهبا لملاقاة القادسية يوم الجمعة المقبل في الأحساء."
    qadisiya = "أنهى الفريق معسكره أمس استعدادا لمواجهة الفتح يوم الجمعة المقبل ضمن الجولة الأولى."
    entry = entry_of([_article("fateh", "نشرة الوادي", fateh), _article("qadisiya", "صدى الساحل", qadisiya),
                      _article("referees", "أخبار التلال", REFEREES)])
    assert entry["fateh"] == entry["qadisiya"] == entry["referees"]


def test_two_matches_of_one_day_stay_apart() -> None:
    entry = entry_of([_article("hilal", "نشرة الوادي", HILAL), _article("nasr", "صدى الساحل", NASR),
                      _article("referees", "أخبار التلال", REFEREES)])
    assert len({entry["hilal"], entry["nasr"], entry["referees"]}) == 3


def test_matches_errors_name_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    found = matches()
    assert found.label == "مباراة" and "مباراه*" in found.words and found.reach > 0 and "قبل" in found.not_after
    for data, error in (({"matches": ["مباراة"]}, "matches: a mapping"),
                        ({"matches": {"words": "مباراة"}}, "matches: words: a list"),
                        ({"matches": {"reach": "ثمانية"}}, "matches: reach: a count")):
        monkeypatch.setattr(wording, "load_language_yaml", lambda code, name, data=data: data)
        matches.cache_clear()
        try:
            with pytest.raises(LanguageDataError, match="actors.yaml: " + error):
                matches()
        finally:
            monkeypatch.undo()
            matches.cache_clear()


def test_a_match_word_ten_words_before_the_date_still_reaches_it() -> None:
    # the match word ten words before the date (a season's opening named between): still the match's;
    # a date far past the match word (a signing told after it) is another happening's
    opening = ("فاز فريق الفتح على القادسية في مباراة كأس الأبطال في افتتاح الموسم الجديد بملعب "
               "مدينة الأحساء أمس.")
    signing = ("خاض مهاجم الفتح 40 مباراة مع القادسية وسجل فيها 12 هدفا قبل أن ينتقل إلى صفوف "
               "فريقه الحالي في العام الماضي.")
    label = matches().label
    read = _read([opening, signing])
    assert read[0] == (label, ["فتح", "قادسيه"])
    assert read[1][0] != label
