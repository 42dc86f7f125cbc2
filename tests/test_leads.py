"""A lead's happening that no expression dates takes the window of its report (timeline.leads)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

import timeline.leads as leads
from timeline.errors import LanguageDataError
from timeline.events import article_events, extract_events
from timeline.frame import ARTICLE_SCHEMA
from timeline.leads import LEAD_CONFIDENCE, perfect_forms
from timeline.merge import merge_events

PUBLISHED = dt.datetime(2022, 3, 10, 18, 30)


def _events(text: str, inherit: bool = True, published: dt.datetime = PUBLISHED):
    return article_events("a", text, published, inherit=inherit)


def test_an_undated_lead_takes_the_publication_day_or_the_day_before() -> None:
    text = "أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في مدينة أبها. وقال المتحدث إن المستشفى يضم مئتي سرير."
    events = _events(text)
    assert len(events) == 1
    event = events[0]
    assert event.clause.text == "أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في مدينة أبها."
    t = event.timex
    assert t.value == "2022-03-09/2022-03-10"
    assert t.interval == (dt.datetime(2022, 3, 9), dt.datetime(2022, 3, 11))
    assert t.grain is not None and t.grain.value == "day"
    # no expression tells it: an empty one at the clause's start, offsets still the text's
    assert (t.start, t.end, t.text) == (event.clause.start, event.clause.start, "")
    assert text[t.start:t.end] == t.text
    assert event.inherited and event.confidence == LEAD_CONFIDENCE
    row = event.as_row()
    assert row["anchor"] == "published" and row["expr"] == "" and row["inherited"]


def test_off_without_inherit() -> None:
    assert _events("أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في مدينة أبها.", inherit=False) == []


def test_a_byline_a_caption_and_a_dateline_are_not_the_lead() -> None:
    text = ("الرياض - واس\nأمير المنطقة في الصورة\n"
            "سبق - جدة: أحبطت دوريات الأمن تهريب كميات من المخدرات على الطريق الساحلي.")
    events = _events(text)
    assert len(events) == 1
    assert events[0].clause.text.endswith("أحبطت دوريات الأمن تهريب كميات من المخدرات على الطريق الساحلي.")
    assert events[0].timex.value == "2022-03-09/2022-03-10"


def test_a_lead_that_tells_its_own_date_keeps_it() -> None:
    events = _events("استقبل أمير المنطقة أمس وفدا من رجال الأعمال في مكتبه بالإمارة.")
    assert [e.timex.value for e in events] == ["2022-03-09"]
    assert not events[0].inherited


def test_a_lead_that_reports_no_past_act_is_not_dated() -> None:
    for text in (
        "يستعد الفريق الأول لمواجهة منافسه في المباراة المقبلة على ملعبه.",  # imperfect: a plan
        "بدا المدرب غاضبا من أداء لاعبيه في المباراة الودية الأخيرة.",  # بدا: seemed (not بدأ)
        "في تطور لافت، أصبحت حفلات الأعراس أكثر تكلفة من أي وقت مضى. وأعلنت الوزارة قواعد جديدة للقاعات.",
        "عين اليوم – الرياض: تشهد المنطقة أجواء معتدلة خلال الأيام المقبلة على أغلب المحافظات.",
    ):
        assert [e for e in _events(text) if e.timex.text == ""] == [], text


def test_only_the_lead_sentence_takes_the_window() -> None:
    text = ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة استهدفت سوقا شعبيا في المدينة. "
            "وأصيب عشرة آخرون بجروح نقلوا على أثرها إلى المستشفى.")
    events = _events(text)
    assert [e.clause.sentence_index for e in events] == [0]


def test_a_date_told_later_in_the_lead_sentence_leaves_it_alone() -> None:
    text = "أعلن الجيش السيطرة على البلدة، فيما قتل خمسة من المسلحين أمس في اشتباكات قرب الحدود."
    events = _events(text)
    assert all(e.timex.text for e in events)  # the sentence told a date: no window


def test_perfect_forms() -> None:
    assert perfect_forms("اعلن") == {"اعلن", "اعلنت", "اعلنا", "اعلنوا", "اعلنتا"}
    assert {"دعت", "دعوا"} <= perfect_forms("دعا")
    assert {"تلقت", "تلقوا"} <= perfect_forms("تلقي")
    assert "توفيت" in perfect_forms("توفي")


def _frame(rows: list[dict[str, object]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=ARTICLE_SCHEMA)


def test_a_lead_window_follows_it_never_merges_dates_nor_flags_a_conflict() -> None:
    told = "أعلنت وزارة الداخلية أمس القبض على خلية إرهابية من خمسة أشخاص في مدينة الدمام."
    lead = "أعلنت وزارة الداخلية القبض على خلية إرهابية من خمسة أشخاص في مدينة الدمام."
    rows = [
        {"id": "x", "text": told, "published": dt.datetime(2022, 3, 10, 8), "source": "okaz"},
        {"id": "y", "text": told.replace("وزارة", "الوزارة"), "published": dt.datetime(2022, 3, 10, 9),
         "source": "alyaum"},
        {"id": "z", "text": lead, "published": dt.datetime(2022, 3, 10, 20), "source": "sabq"},
    ]
    events = extract_events(_frame(rows), inherit=True)
    assert events.filter(pl.col("expr") == "")["article_id"].to_list() == ["z"]
    merged = merge_events(events)
    window = merged.filter(pl.col("article_id") == "z").row(0, named=True)
    told_rows = merged.filter(pl.col("article_id") != "z")
    assert told_rows["cluster"].n_unique() == 1 and not told_rows["date_conflict"].any()
    assert window["cluster"] not in told_rows["cluster"].to_list()  # alone: it joins no told entry
    assert not window["date_conflict"] and window["n_sources"] == 1
    # the told rows merge (or not) exactly as they do without the lead
    alone = merge_events(extract_events(_frame(rows[:2]), inherit=True))
    assert told_rows.select("event_id", "cluster", "date_conflict").equals(
        alone.select("event_id", "cluster", "date_conflict"))


def test_bad_leads_data_is_an_error_naming_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    real = leads.load_language_yaml

    def fake(code: str, name: str) -> object:
        data = real(code, name)
        return {**data, "least_words": "five"} if name == "leads.yaml" else data

    monkeypatch.setattr(leads, "load_language_yaml", fake)
    with pytest.raises(LanguageDataError, match="leads.yaml: least_words"):
        leads._leads.__wrapped__("ar")


def test_a_lead_the_next_sentences_date_earlier_is_older_news() -> None:
    text = ("أشاد أمير المنطقة بالمواقف البطولية لرجال الأمن على الحدود الجنوبية. "
            "وقال الأمير خلال استقباله المواطنين في المحافظة أمس الأول إن الوطن لا ينسى أبناءه.")
    assert all(e.timex.text for e in _events(text))  # told the day before yesterday: no window


def test_a_background_or_relative_date_after_the_lead_says_nothing_of_it() -> None:
    for after in ("وصرح المتحدث بأنه إلحاقا لما سبق إعلانه يوم الخميس فقد تم تحديد هوية المنفذ.",
                  "وكانت الوزارة قد أعلنت يوم الخميس عن حملة لمكافحة التستر التجاري.",
                  "وزار الوزير أسرة الجندي الذي استشهد أمس الأول في المواجهات الحدودية."):
        text = "أعلنت وزارة الداخلية هوية منفذ الهجوم على مركز الشرطة في المدينة. " + after
        windows = [e for e in _events(text) if e.timex.text == ""]
        assert [e.timex.value for e in windows] == ["2022-03-09/2022-03-10"], after


def _merged(rows: list[dict[str, object]]) -> pl.DataFrame:
    from timeline.relink import merge_with_anchors

    return merge_with_anchors(extract_events(_frame(rows), inherit=True))


def test_a_window_joins_the_entry_other_outlets_date() -> None:
    told = "سيطرت قوات الجيش أمس على مطار المدينة الساحلية بعد معارك عنيفة مع المسلحين استمرت يومين."
    rows = [
        {"id": "x", "text": told, "published": dt.datetime(2022, 3, 10, 8), "source": "okaz"},
        {"id": "y", "text": told.replace("قوات الجيش", "القوات الحكومية"), "published": dt.datetime(2022, 3, 10, 9),
         "source": "alyaum"},
        {"id": "z", "text": "سيطرت قوات الجيش على مطار المدينة الساحلية بعد معارك عنيفة مع المسلحين.",
         "published": dt.datetime(2022, 3, 10, 20), "source": "sabq"},
        {"id": "w", "text": "افتتح وزير الثقافة معرضا للكتاب في العاصمة بمشاركة مئتي دار نشر عربية.",
         "published": dt.datetime(2022, 3, 10, 21), "source": "alwatan"},
    ]
    merged = _merged(rows)
    by = {r["article_id"]: r for r in merged.iter_rows(named=True)}
    assert by["z"]["expr"] == "" and by["z"]["cluster"] == by["x"]["cluster"] == by["y"]["cluster"]
    assert by["z"]["n_sources"] == 3 and not by["z"]["date_conflict"]
    assert by["w"]["expr"] == "" and by["w"]["cluster"] != by["x"]["cluster"]  # nothing to join: alone
    assert sorted(merged["cluster"].unique().to_list()) == [0, 1]  # no gaps
    # the told rows' entry keeps its date (a window never dates an entry)
    from timeline.merge import timeline_entries

    entries = timeline_entries(merged)
    told_entry = entries.filter(pl.col("cluster") == by["x"]["cluster"]).row(0, named=True)
    assert told_entry["start"] == dt.datetime(2022, 3, 9)
    assert told_entry["end"] == dt.datetime(2022, 3, 10)


def test_a_window_never_brings_two_entries_together() -> None:
    rows = [
        {"id": "x", "text": "سيطرت قوات الجيش أمس على مطار المدينة الساحلية بعد معارك عنيفة.",
         "published": dt.datetime(2022, 3, 10, 8), "source": "okaz"},
        {"id": "y", "text": "افتتح وزير النقل أمس مطار المدينة الساحلية الجديد بعد أعمال توسعة استمرت عامين.",
         "published": dt.datetime(2022, 3, 10, 9), "source": "alyaum"},
        {"id": "z", "text": "افتتح وزير النقل مطار المدينة الساحلية الجديد وسيطرت قوات الجيش على مطار المدينة الساحلية بعد معارك عنيفة.",
         "published": dt.datetime(2022, 3, 10, 20), "source": "sabq"},
    ]
    alone = merge_events(extract_events(_frame(rows[:2]), inherit=True))
    merged = _merged(rows)
    told = merged.filter(pl.col("article_id") != "z")
    assert told.select("event_id", "cluster").sort("event_id").equals(
        alone.select("event_id", "cluster").sort("event_id"))
    assert told["cluster"].n_unique() == 2


def test_windows_of_one_undated_release_share_an_entry() -> None:
    release = "وقع أمين العاصمة خمسة عقود لمشاريع جديدة خاصة بسفلتة وصيانة الطرق في أحياء العاصمة الشمالية."
    rows = [
        {"id": "x", "text": release, "published": dt.datetime(2022, 3, 10, 8), "source": "okaz"},
        {"id": "y", "text": release.replace("خمسة عقود", "5 عقود"), "published": dt.datetime(2022, 3, 10, 9),
         "source": "alriyadh"},
        {"id": "z", "text": "افتتح وزير الثقافة معرضا للكتاب في العاصمة بمشاركة مئتي دار نشر عربية.",
         "published": dt.datetime(2022, 3, 10, 21), "source": "alwatan"},
    ]
    merged = _merged(rows)
    assert (merged["expr"] == "").all()
    by = {r["article_id"]: r for r in merged.iter_rows(named=True)}
    assert by["x"]["cluster"] == by["y"]["cluster"] != by["z"]["cluster"]
    assert by["x"]["n_sources"] == 2 and not by["x"]["date_conflict"]


def test_a_short_lead_is_not_dated() -> None:
    for text in ("قال أمير الشعراء في قصيدته:\nقم للمعلم وفه التبجيلا كاد المعلم أن يكون رسولا",
                 "صرح حبك ما تزعزعه الشكوك\nالغلا في خافقي ما يجهلك"):
        assert [e for e in _events(text) if e.timex.text == ""] == [], text


def test_opening_tense() -> None:
    # attrib42: how a clause tells its happening, read from its first word past a dateline and lead-ins
    from timeline.leads import Told, opening_tense
    from timeline.normalize import fold
    cases: dict[Told | None, list[str]] = {Told.AHEAD: ["وسيفتتح الوزير المعرض", "ومن المتوقع أن يصل الوفد", "سوف تعقد اللجنة اجتماعها",
                         "لن يشارك اللاعب في المباراة", "ولن تفتح المدارس أبوابها"],  # review42b: لن
             Told.DONE: ["وقتل ثلاثة أشخاص", "الرياض - واس: أعلنت الوزارة", "كما سيطرت القوات على الجسر",
                         "لم تصل المساعدات إلى القرية", "ولم يعلق المتحدث على الخبر"],  # feast42: لم
             Told.NOW: ["يخضع المريض لعملية", "تستعد المدارس للعام الدراسي"],
             None: ["تنظيم المعرض السنوي", "ووسط حضور كبير افتتح"]}
    # a fronted adverbial closed by a comma is passed over when the first word tells nothing
    cases[Told.DONE] += ["ميدانيا، انفجرت عبوة ناسفة", "وعلى صعيد متصل، اعتقلت الشرطة"]
    cases[Told.NOW] += ["وعلى الصعيد الاقتصادي، يشهد السوق"]
    cases[None] += ["ووسط حضور جماهيري كبير في الملعب الجديد، افتتح"]
    for tense, clauses in cases.items():
        for clause in clauses:
            assert opening_tense(fold(clause)) is tense, clause
