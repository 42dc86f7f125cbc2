"""Stories (threads of entries over days), relative-to-happening dates, and dates that do
not belong to the happening (cut-offs, birth years, background 'since')."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.events import article_events
from timeline.frame import events_frame
from timeline.merge import merge_events, timeline_entries, unmerged_events
from timeline.pipeline import build_timeline
from timeline.stories import assign_stories

PUBLISHED = dt.datetime(2024, 6, 20, 9, 0)

# an attack on a police station in the invented town of وادي الزيتون, the siege that
# followed, and its aftermath; and an unrelated harvest festival far away
ARTICLES = [
    {"id": "z-1", "source": "صوت السهل", "published": "2024-06-11T08:00",
     "text": "هاجم مسلحون مخفر شرطة وادي الزيتون فجر أمس، وقتل ثلاثة من عناصر المخفر."},
    {"id": "z-2", "source": "أنباء الجبل", "published": "2024-06-13T08:00",
     "text": "فرضت قوات الأمن أمس حصاراً على حي المطاحن في وادي الزيتون حيث تحصن المسلحون "
             "الذين هاجموا المخفر."},
    {"id": "z-3", "source": "صوت السهل", "published": "2024-06-16T08:00",
     "text": "أعلنت السلطات أمس انتهاء حصار حي المطاحن في وادي الزيتون واعتقال المسلحين "
             "الذين هاجموا المخفر."},
    {"id": "f-1", "source": "أنباء الجبل", "published": "2024-06-14T08:00",
     "text": "افتتحت جمعية المزارعين مهرجان قطاف المشمش في بلدة الكرز أمس."},
]


def test_attack_siege_and_aftermath_are_one_story_with_an_arabic_label() -> None:
    tl = build_timeline(pl.DataFrame(ARTICLES), lanes="story")
    story = dict(zip(tl.events["article_id"], tl.events["story"]))
    assert story["z-1"] == story["z-2"] == story["z-3"] != story["f-1"]
    labels = dict(zip(tl.events["article_id"], tl.events["story_label"]))
    assert labels["z-1"] != labels["f-1"] and labels["z-1"].strip()
    assert {"story", "story_label"} <= set(tl.entries.columns)
    assert tl.entries["story"].n_unique() == 2
    assert tl.stats is not None and "timeline entries and 2 stories" in tl.stats.summary()


def _events(text: str) -> list:
    return article_events("a", text, PUBLISHED)


def test_a_cut_off_after_a_count_does_not_date_the_happening() -> None:
    events = _events("ارتفع عدد ضحايا الفيضان في بلدة الكرز إلى 14 قتيلاً حتى يوم أمس.")
    assert all(e.timex.text != "يوم أمس" for e in events)


def test_a_birth_year_and_a_background_since_do_not_date_the_happening() -> None:
    assert _events("كشفت الشرطة اسم المهاجم، وهو من مواليد عام 1990.") == []
    events = _events("وقع الانفجار أمس في مصنع يعمل فيه منذ ربيع 2019 مئات العمال.")
    assert [e.timex.text for e in events] == ["أمس"]
    # a day-grain "since" alone still dates the start of the happening
    events = _events("تشهد البلدة مواجهات عنيفة منذ أمس.")
    assert [e.timex.value for e in events] == ["2024-06-19"]


def test_dates_told_relative_to_a_happening_of_the_article() -> None:
    text = ("ضرب زلزال قوي بلدة الكرز يوم السبت الماضي. وبعد ثلاثة أيام على الزلزال وصلت "
            "فرق الإنقاذ الدولية، وقبل الزلزال بيومين كانت هزات خفيفة قد أفزعت السكان.")
    by_anchor = {e.as_row()["anchor"]: e.timex.value for e in _events(text)}
    assert by_anchor["event:زلزال"] in {"2024-06-18", "2024-06-13"}
    values = sorted(e.timex.value for e in _events(text))
    assert values == ["2024-06-13", "2024-06-15", "2024-06-18"]


def test_a_happening_the_article_does_not_date_is_never_counted_from_publication() -> None:
    events = _events("وصلت فرق الإنقاذ الدولية إلى بلدة الكرز بعد ثلاثة أيام على الزلزال.")
    assert events == []  # not 2024-06-23: the earthquake's day is unknown here


def test_eve_of_a_happening_and_an_anniversary() -> None:
    text = "جرت الانتخابات البلدية في بلدة الكرز يوم الخميس الماضي، وعشية الانتخابات اجتمع المرشحون."
    eve = [e for e in _events(text) if e.as_row()["anchor"] == "event:انتخابات"]
    assert [e.timex.value for e in eve] == ["2024-06-12"]
    memory = _events("أحيا أهالي الكرز أمس الذكرى الأولى للفيضان.")
    # and the flood itself, a year before the day it was commemorated (anchors.recalled_happening)
    assert [(e.timex.value, e.as_row()["anchor"]) for e in memory] == [("2024-06-19", "event:فيضان"),
                                                                       ("2023-06-19", "event:فيضان")]


def test_a_month_mention_does_not_make_a_day_entry_a_conflict_or_coarser() -> None:
    rows = []
    clause = "غمرت مياه الفيضان سوق بلدة الكرز وأحياءها الشرقية"
    for article, (start, end, grain, value) in {
        "d1": ("2024-06-03", "2024-06-04", "day", "2024-06-03"),
        "d2": ("2024-06-03", "2024-06-04", "day", "2024-06-03"),
        "m1": ("2024-06-01", "2024-07-01", "month", "2024-06"),
    }.items():
        rows.append({"event_id": article, "start": dt.datetime.fromisoformat(start),
                     "end": dt.datetime.fromisoformat(end), "grain": grain, "value": value,
                     "clause": clause, "clause_start": 0, "clause_end": len(clause),
                     "expr_start": 0, "expr_end": 0, "article_id": article, "source": article,
                     "inherited": False, "published": PUBLISHED})
    merged = merge_events(events_frame(rows))
    assert merged["cluster"].n_unique() == 1 and not merged["date_conflict"].any()
    entry = timeline_entries(merged).row(0, named=True)
    assert entry["grain"] == "day" and entry["n_sources"] == 3


def test_a_since_phrase_naming_a_happening_is_that_happening_not_the_clause() -> None:
    # the date after "منذ بدء ..." is the start's: the clause's own happening (the road
    # matters) takes no date from it, and the start is an event of its own words
    events = _events("ويكتسب فتح طريق الكرز أهمية كبيرة لأنه يربط القرى التي عزلت منذ بدء الفيضانات "
                     "قبل ثلاثة أشهر.")
    assert [(e.clause.text, e.timex.value) for e in events] == [("منذ بدء الفيضانات قبل ثلاثة أشهر.", "2024-03")]
    # a since phrase holding only a date still dates the clause's happening (it began then)
    assert [e.clause.text[:4] for e in _events("تشهد البلدة مواجهات عنيفة منذ صباح أمس.")] == ["تشهد"]


def test_a_date_in_a_relative_clause_after_bad_belongs_to_that_happening() -> None:
    # the minister's prayer is not dated by the bombing's Thursday
    events = _events("أدى الوزير الصلاة في مسجد بلدة الكرز بعد حادثة التفجير التي وقعت فيه يوم الخميس "
                     "الماضي وأودت بحياة عشرة مصلين.")
    assert [e.clause.text[:10] for e in events] == ["بعد حادثة "]
    # each happening keeps its own date
    events = _events("اعتقلت الشرطة أمس ثلاثة أشخاص بعد الهجوم الذي وقع على مصرف البلدة يوم الأحد.")
    assert [(e.clause.text[:6], e.timex.text) for e in events] == [("اعتقلت", "أمس"), ("بعد ال", "يوم الأحد")]
    # without a relative clause the date stays the clause's
    assert len(_events("عاد اللاعب إلى التدريبات أمس بعد شفائه من الإصابة.")) == 1


def test_a_unit_glued_to_lam_is_a_duration_not_a_date() -> None:
    events = _events("وتولى المحافظ إدارة البلدة لشهر واحد فقط قبل أن يستقيل أمس.")
    assert [e.timex.text for e in events] == ["أمس"]


def test_a_day_named_after_lam_yawm_is_the_day_put_off_to() -> None:
    events = _events("وأرجأت المحكمة النظر في الدعوى ليوم الأحد الرابع عشر من أيلول.")
    assert [e.timex.text for e in events] == ["يوم الأحد الرابع عشر من أيلول"]
    assert _events("وخصصت البلدية مبلغا لشهر آب لصيانة الحدائق.") == []  # August's budget: a period counted for


def test_background_told_with_kana_never_inherits_the_narrative_date() -> None:
    text = ("استعادت وحدات الجيش مطار بلدة الكرز صباح أمس. وكانت الوحدات قد تقدمت نحو المطار "
            "خلال الأسابيع الماضية. يذكر أن المطار يضم مدرجين للطائرات.")
    events = article_events("a", text, PUBLISHED, inherit=True)
    assert [e.inherited for e in events] == [False]
    # the same narrative without the background opener goes on inheriting
    text = "استعادت وحدات الجيش مطار بلدة الكرز صباح أمس. وسيطرت الوحدات على مدرج المطار."
    assert [e.inherited for e in article_events("a", text, PUBLISHED, inherit=True)] == [False, True]


def test_inherited_dates_stay_inside_one_narrative_thread() -> None:
    text = ("اقتحم مسلحون مصرف بلدة الكرز صباح أمس. وقتل المسلحون حارس المصرف. "
            "وتستعد البلدة لموسم قطاف المشمش.\nويعرض متحف البلدة لوحات قديمة.")
    events = article_events("a", text, PUBLISHED, inherit=True)
    rows = [e.as_row() for e in events]
    assert [r["clause"][:12] for r in rows if r["inherited"]] == ["وقتل المسلحو"]
    assert [r["date_confidence"] for r in rows] == [1.0, 0.5]


def _one_article_stories(first: str, second: str, days_apart: int) -> pl.DataFrame:
    """Stories of two entries one article tells (``days_apart`` apart) among 18 entries of
    an unrelated report, each event its own entry."""
    day = dt.datetime(2024, 5, 2)
    rows = [
        {"event_id": "m-a", "article_id": "m", "clause": first, "clause_start": 0,
         "start": day, "end": day + dt.timedelta(days=1), "grain": "day"},
        {"event_id": "m-b", "article_id": "m", "clause": second, "clause_start": 100,
         "start": day + dt.timedelta(days=days_apart), "end": day + dt.timedelta(days=days_apart + 1),
         "grain": "day"},
    ] + [
        {"event_id": f"r-{k}", "article_id": f"r-{k}", "clause": "هطلت أمطار غزيرة على سهول الشمال",
         "clause_start": 0, "start": day + dt.timedelta(days=k), "end": day + dt.timedelta(days=k + 1),
         "grain": "day"}
        for k in range(18)
    ]
    return assign_stories(unmerged_events(events_frame(rows)))


def _same_story(frame: pl.DataFrame) -> bool:
    story = dict(zip(frame["event_id"], frame["story"]))
    return story["m-a"] == story["m-b"]


def test_words_an_article_shares_in_one_month_count_once_for_a_story() -> None:
    """Two entries of one article in one month share their words both through the month
    and through the article: each word counts once, so two shared words are too few."""
    visit = "زار الوزير مصنع الزجاج في قرية الصفصاف"
    assert not _same_story(_one_article_stories(visit, "افتتح المحافظ مصنع الزجاج الجديد", 0))
    assert _same_story(_one_article_stories(visit, "افتتح المحافظ مصنع الزجاج في قرية الصفصاف", 0))
    # months apart, the article alone ties them
    assert _same_story(_one_article_stories(visit, "افتتح المحافظ مصنع الزجاج في قرية الصفصاف", 90))


def test_the_summary_counts_one_entry_and_one_story_in_the_singular() -> None:
    from timeline.result import BuildStats

    one = BuildStats(articles_read=1, articles_used=1, articles_rejected=0, events=1, entries=1, conflicts=0, stories=1)
    assert "events: 1 in 1 timeline entry and 1 story, 0 with conflicting dates" in one.summary()
    two = BuildStats(articles_read=2, articles_used=2, articles_rejected=0, events=3, entries=2, conflicts=0, stories=2)
    assert "events: 3 in 2 timeline entries and 2 stories" in two.summary()
