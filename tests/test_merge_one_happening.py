"""Entries told apart by what their reports say happened, not only by their telling words: a
hearing told by a wire paragraph's copies and by other outlets' own reports is one entry; two
executions of one day in one town, each naming whom it was carried out on, stay two; a report
names its case after قضية، المتهمين ب…، بحق، بالجاني (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl
import pytest
from merge_helpers import clause_rows, entry_holding, entry_of, told_rows

from timeline import wording
from timeline.errors import LanguageDataError
from timeline.pipeline import build_timeline
from timeline.wording import clause_features, load_wording

WIRE = ("أخلت محكمة الجنايات في المدينة، اليوم الخميس سبيل 7 متهمين من متهمي قضية الاختلاس الكبرى{}، بلا "
        "ضمان، مع منعهم من السفر، ما لم يكن أي منهم محبوسا على ذمة قضية أخرى.")


def test_a_hearing_told_by_wire_copies_and_by_own_reports_is_one_entry() -> None:
    # the copies take the paragraph's particulars (ذمة، محبوس) as their telling words, the
    # outlets' own reports theirs (شهود، تنحي): no telling word is common to both entries, yet
    # both tell the court's hearing (محاكمة, each clause's own predicate) of one day, and the
    # release the copies tell is in an own report
    entry = entry_of([
        {"id": "wire1", "source": "صدى الساحل", "published": "2024-05-16T20:00", "text": WIRE.format(" الـ19")},
        {"id": "wire2", "source": "الأفق", "published": "2024-05-16T21:00",
         "text": WIRE.format(" من أصل 19 متهما")},
        {"id": "own1", "source": "نشرة الوادي", "published": "2024-05-17T08:00",
         "text": "وقرر القاضي في الجلسة التي عقدت يوم أمس لاستكمال محاكمة المتهمين الـ19 إخلاء سبيل 7 متهمين "
                 "بلا ضمان مع منعهم من السفر ما لم يكن أي منهم محبوسا، بعد سماع شهود النيابة وتنحي محاميين عن "
                 "الدفاع."},
        {"id": "own2", "source": "البيان الجديد", "published": "2024-05-17T09:00",
         "text": "وشهدت جلسة محاكمة المتهمين الـ19 أمس سماع شهود النيابة وتنحي محاميين عن الدفاع وإرجاء "
                 "المرافعات."},
    ])
    assert entry["wire1"] == entry["wire2"] == entry["own1"] == entry["own2"]


EXECUTION = ("وقد تم تنفيذ حكم القتل قصاصا بالجاني / {} - سعودي الجنسية - اليوم الأربعاء بمدينة الطيبة، لإقدامه "
             "على قتل مواطن {} إثر خلاف بينهما.")


def test_two_executions_of_one_day_in_one_town_stay_apart() -> None:
    first = EXECUTION.format("سالم بن راشد الهاجري", "طعنا بالسكين")
    second = EXECUTION.format("فهد بن ناصر العتيبي", "رميا بالرصاص")
    entry = entry_of([
        {"id": "a1", "source": "صدى الساحل", "published": "2024-05-15T20:00", "text": first},
        {"id": "a2", "source": "الأفق", "published": "2024-05-15T21:00", "text": first},
        {"id": "b1", "source": "نشرة الوادي", "published": "2024-05-15T20:30", "text": second},
        {"id": "b2", "source": "البيان الجديد", "published": "2024-05-15T21:30", "text": second},
    ])
    assert entry["a1"] == entry["a2"] != entry["b1"] == entry["b2"]


def test_two_courts_hearings_of_one_day_each_naming_its_case_stay_apart() -> None:
    entry = entry_of([
        {"id": "x1", "source": "صدى الساحل", "published": "2024-05-13T20:00",
         "text": "ونظرت محكمة الجنايات اليوم الاثنين برئاسة القاضي محمد في قضية تهريب الآثار واستمعت إلى "
                 "شهود النيابة."},
        {"id": "x2", "source": "الأفق", "published": "2024-05-13T21:00",
         "text": "ونظرت محكمة الجنايات اليوم الاثنين برئاسة القاضي محمد في قضية تهريب الآثار واستمعت إلى "
                 "شهود النيابة."},
        {"id": "y1", "source": "نشرة الوادي", "published": "2024-05-13T20:30",
         "text": "ونظرت محكمة الجنايات اليوم الاثنين برئاسة القاضي محمد في قضية اختلاس أموال البلدية واستمعت إلى "
                 "شهود النيابة."},
    ])
    assert entry["x1"] == entry["x2"] != entry["y1"]


def _cases(texts: list[str]) -> dict[str, list[str]]:
    """The stems each article's clause names as its case."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame)
    stems = dict(zip(features.words["word"], features.words["stem"]))
    return {article: sorted(stems[w] for w in case)
            for article, case in zip(frame["article_id"], features.events["case"].to_list())}


def test_a_report_names_its_case_and_whom_a_sentence_is_carried_out_on() -> None:
    cases = _cases([
        "أجلت محكمة الجنايات اليوم قضية تهريب الآثار إلى الأسبوع المقبل.",
        "وتم تنفيذ حكم القتل اليوم بحق سالم الهاجري في مدينة الطيبة.",
        "وافتتح الوزير اليوم معرض الكتاب في مدينة الطيبة.",
    ])
    wording = load_wording()
    assert {wording.stem(w) for w in ("تهريب", "اثار")} <= set(cases["c-0"])
    assert {wording.stem(w) for w in ("سالم", "هاجري")} <= set(cases["c-1"])
    assert cases["c-2"] == []


def test_a_happening_word_after_a_subordinator_is_not_the_clauses_own() -> None:
    rows = clause_rows([
        "فجر انتحاري نفسه اليوم في مسجد بمدينة الطيبة.",
        "ووصل المحافظ اليوم إلى المسجد بعد تفجير انتحاري نفسه فيه.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("تفجير", True)
    assert (rows["c-1"]["trigger"], rows["c-1"]["own"]) in {("تفجير", False), ("زيارة", True)}


@pytest.mark.parametrize("cases", ["قضية", [None], ["*"], [3]])
def test_a_bad_cases_entry_names_its_field(monkeypatch: pytest.MonkeyPatch, cases: object) -> None:
    real = wording.load_language_yaml
    data = dict(real("ar", "wording.yaml"))
    data["cases"] = cases
    monkeypatch.setattr(wording, "load_language_yaml",
                        lambda code, name: data if name == "wording.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match="wording.yaml: cases"):
        wording.case_markers.__wrapped__("ar")


def test_a_happening_word_after_a_noun_of_what_followed_it_is_not_the_clauses_own() -> None:
    rows = clause_rows([
        "وخرج اليوم 19 من مصابي تفجير مسجد الطيبة من المستشفى.",
        "وفجر انتحاري نفسه اليوم في مسجد الطيبة.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("تفجير", False)
    assert (rows["c-1"]["trigger"], rows["c-1"]["own"]) == ("تفجير", True)


@pytest.mark.parametrize("key", ["cases", "consequences"])
def test_a_bad_word_list_names_its_field(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    real = wording.load_language_yaml
    data = dict(real("ar", "wording.yaml"))
    data[key] = "قضية"
    monkeypatch.setattr(wording, "load_language_yaml",
                        lambda code, name: data if name == "wording.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match=f"wording.yaml: {key}: a list"):
        wording._word_list("ar", key)


STORY = [
    "فجر انتحاري نفسه أمس الجمعة في مسجد الإمام الرضا في بلدة الطيبة خلال صلاة الجمعة، ما أسفر عن مقتل 20 مصليا.",
    "وشيع أهالي بلدة الطيبة اليوم السبت ضحايا تفجير مسجد الإمام الرضا في موكب مهيب.",
    "وأدانت الحكومة اليوم السبت تفجير مسجد الإمام الرضا في بلدة الطيبة ووصفته بالعمل الجبان.",
    "وزار وزير الداخلية اليوم السبت موقع تفجير مسجد الإمام الرضا في بلدة الطيبة.",
    "وأعلنت النيابة العامة اليوم السبت توقيف ثلاثة مشتبه بهم في تفجير مسجد الإمام الرضا في الطيبة.",
]
OUTLETS = ["صدى الساحل", "الأفق", "نشرة الوادي", "البيان الجديد", "المرصد", "الضفة"]


def _story_with(reports: dict[str, str]) -> list[tuple[str, str, str, int]]:
    """The told rows of a one-story batch (every report names the mosque and the town) and ``reports``
    (by clause: «قبل يوم واحد من التفجير» is an event of its own, the bombing counted back, _elapsed)."""
    articles = [{"id": f"s{k}", "source": OUTLETS[k], "published": "2024-05-11T20:00", "text": text}
                for k, text in enumerate(STORY)]
    articles += [{"id": key, "source": OUTLETS[k % len(OUTLETS)], "published": "2024-06-20T20:00", "text": text}
                 for k, (key, text) in enumerate(reports.items())]
    return told_rows(articles)


def test_one_happening_told_in_other_words_by_two_outlets_joins_in_a_one_story_batch() -> None:
    # the two accounts share little but the story's words (the mosque, the town: in every
    # report, so they weigh little); one day, one class (تفجير) named by each clause, a strong
    # link and the mosque the bombing hit told in both make them one
    rows = _story_with({
        "court": "وقال عبد الكريم سالم، وهو من البدون، أمام القاضي إنه بايع التنظيم المتطرف يوم 9 مايو عشية "
                 "التفجير الانتحاري على مسجد الإمام الرضا في الطيبة.",
        "claim": "وادعى المتهم الأول، وهو من البدون، أن انضمامه لخلية داعش لم يحدث إلا يوم 9 مايو قبل يوم واحد "
                 "من التفجير الانتحاري على المسجد في الطيبة.",
    })
    assert entry_holding(rows, "court", "بايع") == entry_holding(rows, "claim", "انضمامه")
    # the bombing the claim counts back to (a day after 9 May) is the story's bombing
    counted = [entry for art, clause, _, entry in rows if art == "claim" and clause.startswith("قبل يوم واحد")]
    assert counted == [entry_holding(rows, "s0", "فجر انتحاري")]


def test_two_bombings_of_one_day_in_one_town_stay_apart_in_a_one_story_batch() -> None:
    # told as sparsely as the two accounts above, but each bombing hit what the other's report
    # never names (the mosque, the market)
    rows = _story_with({
        "mosque": "وقال عبد الكريم سالم، وهو من البدون، أمام القاضي إنه بايع التنظيم المتطرف يوم 9 مايو عشية "
                  "التفجير الانتحاري على مسجد الإمام الرضا في الطيبة.",
        "market": "وادعى المتهم الثاني، وهو من البدون، أن انضمامه لخلية داعش لم يحدث إلا يوم 9 مايو قبل يوم "
                  "واحد من التفجير الانتحاري على سوق الخضار في الطيبة.",
    })
    assert entry_holding(rows, "mosque", "بايع") != entry_holding(rows, "market", "انضمامه")


BLAST = ("قتل ثلاثة جنود وأصيب 12 آخرون في تفجير انتحاري استهدف{} مركزا للدرك في الولاية الشرقية اليوم الأحد، "
         "وفق ما أعلنت هيئة الأركان في بيان.")
NIGHT = ("وقتل ثلاثة جنود في تفجير انتحاري بشاحنة مفخخة عند بوابة ثكنة{} للدرك ليل أول من أمس، بحسب مصادر "
         "أمنية تحدثت لمراسلنا.")


def test_a_night_told_across_midnight_and_the_day_it_runs_into_are_one_day() -> None:
    # two outlets tell the bombing «اليوم الأحد», two others the next morning «ليل أول من أمس»
    # (Saturday 20:00 to Sunday 05:00): the two entries span more than a day, yet every report
    # holds one moment (Sunday's small hours), so the strong one-class link joins them
    entry = entry_of([
        {"id": "day1", "source": "صدى الساحل", "published": "2024-05-12T20:00", "text": BLAST.format("")},
        {"id": "day2", "source": "الأفق", "published": "2024-05-12T21:00", "text": BLAST.format(" فجأة")},
        {"id": "night1", "source": "نشرة الوادي", "published": "2024-05-13T08:00", "text": NIGHT.format("")},
        {"id": "night2", "source": "البيان الجديد", "published": "2024-05-13T09:00",
         "text": NIGHT.format(" عسكرية")},
    ])
    assert entry["day1"] == entry["day2"] == entry["night1"] == entry["night2"]


def test_reports_of_two_days_and_a_night_between_them_stay_apart() -> None:
    # the same, but the day's outlets tell Monday (published Monday): the night (Saturday to
    # Sunday) holds no moment of it
    entry = entry_of([
        {"id": "day1", "source": "صدى الساحل", "published": "2024-05-13T20:00", "text": BLAST.format("").replace(
            "الأحد", "الاثنين")},
        {"id": "day2", "source": "الأفق", "published": "2024-05-13T21:00", "text": BLAST.format(" فجأة").replace(
            "الأحد", "الاثنين")},
        {"id": "night1", "source": "نشرة الوادي", "published": "2024-05-13T08:00", "text": NIGHT.format("")},
        {"id": "night2", "source": "البيان الجديد", "published": "2024-05-13T09:00",
         "text": NIGHT.format(" عسكرية")},
    ])
    assert entry["day1"] == entry["day2"] != entry["night1"] == entry["night2"]
