"""Without ``inherit``, a lead's report window is a candidate the merge keeps when the undated leads
of three outlets or more form one entry of their own, or when it is a lone lead no other outlet's
candidate and no told row of its days tells (timeline.windows.confirmed_windows)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline.events import article_events, extract_events
from timeline.frame import ARTICLE_SCHEMA
from timeline.leads import CANDIDATE_CONFIDENCE, LEAD_CONFIDENCE
from timeline.relink import merge_with_anchors
from timeline.result import Timeline
from timeline.merge import cluster_events
from timeline.windows import alike_candidates, candidate_moves, window_moves, without_candidates

RELEASE = "دشنت هيئة الطرق حملة وطنية لصيانة الجسور القديمة في ثلاث عشرة مدينة بتكلفة أربعمئة مليون ريال."
OTHER = "دشن رئيس الجامعة مركزا جديدا لأبحاث الطاقة الشمسية في الحرم الجامعي الشرقي بحضور عدد من الباحثين."


def _frame(rows: list[dict[str, object]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=ARTICLE_SCHEMA)


def _row(key: str, text: str, source: str, hour: int = 9) -> dict[str, object]:
    return {"id": key, "text": text, "published": dt.datetime(2024, 2, 20, hour), "source": source}


def _release(outlets: int) -> list[dict[str, object]]:
    wordings = [RELEASE, RELEASE.replace("حملة وطنية", "حملة شاملة"), RELEASE.replace("القديمة", "المتهالكة"),
                RELEASE.replace("ثلاث عشرة", "13")]
    names = ["okaz", "alriyadh", "sabq", "alyaum"]
    return [_row(f"r{k}", wordings[k], names[k], 8 + k) for k in range(outlets)]


def test_the_window_is_a_candidate_without_inherit() -> None:
    published = dt.datetime(2024, 2, 20, 9)
    assert article_events("a", RELEASE, published) == []  # article_events alone makes none
    candidate, = article_events("a", RELEASE, published, leads=True)
    assert candidate.inherited and candidate.confidence == CANDIDATE_CONFIDENCE
    assert candidate.timex.value == "2024-02-19/2024-02-20" and candidate.timex.text == ""
    window, = article_events("a", RELEASE, published, inherit=True)
    assert window.confidence == LEAD_CONFIDENCE  # --inherit keeps its window in any case


def test_three_outlets_leading_undated_with_one_release_keep_their_windows() -> None:
    merged = merge_with_anchors(extract_events(_frame([*_release(3), _row("o", OTHER, "alwatan")])))
    release = merged.filter(pl.col("article_id") != "o")
    assert sorted(release["article_id"].to_list()) == ["r0", "r1", "r2"]
    assert release["cluster"].n_unique() == 1 and release["n_sources"].to_list() == [3, 3, 3]
    assert (merged["date_confidence"] == CANDIDATE_CONFIDENCE).all() and (merged["expr"] == "").all()
    assert sorted(merged["cluster"].to_list()) == [0, 0, 0, 1]  # numbered again, no gaps
    lone = merged.filter(pl.col("article_id") == "o")  # the lone lead: an entry of its own
    assert lone["n_sources"].to_list() == [1] and lone["cluster"].item() not in release["cluster"].to_list()


def test_two_outlets_alike_are_no_confirmation_and_one_alone_stays() -> None:
    assert merge_with_anchors(extract_events(_frame(_release(2)))).height == 0
    lone = merge_with_anchors(extract_events(_frame(_release(1))))
    assert lone.height == 1 and lone["date_confidence"].to_list() == [CANDIDATE_CONFIDENCE]


def test_a_candidate_beside_told_rows_is_dropped_and_the_told_entry_kept() -> None:
    told = "دشنت هيئة الطرق أمس حملة وطنية لصيانة الجسور القديمة في ثلاث عشرة مدينة بتكلفة أربعمئة مليون ريال."
    rows = [_row("t1", told, "aawsat", 7), _row("t2", told.replace("الجسور القديمة", "الجسور المتهالكة"), "alwatan", 7), *_release(3)]
    events = extract_events(_frame(rows))
    merged = merge_with_anchors(events)
    told_rows = merged.filter(pl.col("expr") != "")
    assert sorted(told_rows["article_id"].to_list()) == ["t1", "t2"]
    # whatever the windows did, none sits in the told entry, and the told rows are merged as without them
    without = merge_with_anchors(without_candidates(events))
    assert told_rows.select("event_id", "cluster").equals(without.select("event_id", "cluster"))


def test_an_unmerged_build_keeps_no_candidate() -> None:
    events = extract_events(_frame(_release(3)))
    assert events.height == 3 and (events["date_confidence"] == CANDIDATE_CONFIDENCE).all()
    assert Timeline.from_events(events, merge=False).events.height == 0


def test_with_inherit_a_lone_window_stays() -> None:
    merged = merge_with_anchors(extract_events(_frame(_release(1)), inherit=True))
    assert merged.height == 1 and merged["date_confidence"].to_list() == [LEAD_CONFIDENCE]


def _outlets_alike(events: pl.DataFrame) -> dict[str, int]:
    """Each candidate's article and how many other outlets' candidates are told alike it."""
    alike = alike_candidates(events).group_by("event_id").agg(pl.col("_outlet").n_unique().alias("n"))
    ids = events.join(alike, on="event_id", how="left").with_columns(pl.col("n").fill_null(0))
    return dict(zip(ids["article_id"].to_list(), ids["n"].to_list()))


def _candidates_of(rows: list[dict[str, object]]) -> pl.DataFrame:
    events = extract_events(_frame(rows))
    return events.filter(pl.col("date_confidence") == CANDIDATE_CONFIDENCE)


def test_three_outlets_candidates_are_alike_and_another_lead_is_alike_none() -> None:
    events = extract_events(_frame([*_release(3), _row("o", OTHER, "alwatan")]))
    assert events.height == 4  # four candidates extracted
    assert _outlets_alike(events) == {"r0": 2, "r1": 2, "r2": 2, "o": 0}


def test_one_outlet_twice_counts_once_and_two_outlets_are_no_confirmation() -> None:
    rows = _release(2) + [_row("r2", RELEASE.replace("القديمة", "المتهالكة"), "okaz", 11)]  # okaz twice
    assert _candidates_of(rows).height == 3
    assert max(_outlets_alike(extract_events(_frame(rows))).values()) == 1
    assert merge_with_anchors(extract_events(_frame(rows))).height == 0


def test_candidates_are_alike_only_on_a_day_both_touch() -> None:
    rows = _release(3)
    rows[2] = {**rows[2], "published": dt.datetime(2024, 2, 24, 10)}  # four days on: another window
    assert _outlets_alike(extract_events(_frame(rows))) == {"r0": 1, "r1": 1, "r2": 0}


def test_the_entry_is_dated_to_the_publication_day_or_the_day_before() -> None:
    merged = merge_with_anchors(extract_events(_frame(_release(4))))
    assert merged.height == 4 and merged["n_sources"].to_list() == [4, 4, 4, 4]
    assert set(merged["value"].to_list()) == {"2024-02-19/2024-02-20"}  # two days: no precision invented
    assert set(merged["grain"].cast(pl.String).to_list()) == {"day"}
    assert set(merged["start"].to_list()) == {dt.datetime(2024, 2, 19)}
    assert set(merged["end"].to_list()) == {dt.datetime(2024, 2, 21)}
    assert merged["inherited"].all()  # it follows: it never dates an entry


def test_three_outlets_leading_with_old_news_make_nothing() -> None:
    older = " وقال رئيس الهيئة خلال مؤتمر صحفي عقده أمس الأول إن الحملة تستمر ستة أشهر."
    rows = [{**row, "text": str(row["text"]) + older} for row in _release(3)]
    assert _candidates_of(rows).height == 0  # the lead tells what the next sentence dates two days back
    assert merge_with_anchors(extract_events(_frame(rows))).filter(pl.col("expr") == "").height == 0


CABLE = "بعث رئيس المجلس برقية تهنئة إلى رئيس جمهورية {country} {name} بمناسبة ذكرى الاستقلال."
OTHERS = ["افتتح محافظ الإقليم مستشفى الولادة الجديد في الضاحية الشمالية بطاقة ثلاثمئة سرير.",
          "وقعت شركة الموانئ عقدا لتوسعة الرصيف التجاري الثاني مع تحالف من المقاولين المحليين.",
          "أطلقت جمعية حماية المستهلك حملة توعوية حول مخاطر الألعاب النارية بين الأطفال والمراهقين.",
          "استقبل عميد كلية الهندسة وفدا من الجامعات الآسيوية لبحث برامج تبادل الطلاب والأساتذة.",
          "أعلن نادي الفروسية عن مسابقة دولية للقفز على الحواجز بمشاركة فرسان من اثنتي عشرة دولة.",
          "حذرت هيئة الأرصاد من رياح نشطة مثيرة للأتربة على المرتفعات الغربية والسواحل الجنوبية."]


def test_two_releases_of_one_template_are_not_confirmed_together() -> None:
    first = [_row(f"a{k}", CABLE.format(country="أرخبيل الجزر الشرقية", name="مانويل فيرنانديز أورتيغا"), outlet,
                  8 + k) for k, outlet in enumerate(["okaz", "alriyadh", "sabq"])]
    second = [_row(f"b{k}", CABLE.format(country="الهضبة الوسطى الكبرى", name="جوزيف كابيلا موانزا"), outlet,
                   12 + k) for k, outlet in enumerate(["okaz", "alyaum"])]
    others = [_row(f"o{k}", text, f"outlet{k}", 9) for k, text in enumerate(OTHERS)]
    events = extract_events(_frame(first + second + others))
    alike = alike_candidates(events)
    by_article = dict(zip(events["event_id"].to_list(), events["article_id"].to_list()))
    pairs = {(by_article[a], by_article[b]) for a, b in zip(alike["event_id"].to_list(), alike["_alike"].to_list())}
    assert ("a0", "a1") in pairs and ("b0", "b1") in pairs
    assert all(a[0] == b[0] for a, b in pairs)  # the names, rarer than the template's words, tell them apart
    merged = merge_with_anchors(events)
    cables = merged.filter(pl.col("article_id").str.starts_with("a") | pl.col("article_id").str.starts_with("b"))
    assert sorted(cables["article_id"].to_list()) == ["a0", "a1", "a2"]  # two outlets' cable stays out
    made = events.filter(pl.col("article_id").str.starts_with("o")).height  # (أطلق opens no report lead)
    others = merged.filter(pl.col("article_id").str.starts_with("o"))  # lone leads: each an entry of its own
    assert made >= 4 and others.height == made and others["cluster"].n_unique() == made


def test_a_told_report_of_the_release_holds_the_candidates() -> None:
    told = "أعلنت هيئة الطرق أمس أنها دشنت حملة وطنية لصيانة الجسور القديمة في ثلاث عشرة مدينة بتكلفة أربعمئة مليون ريال."
    merged = merge_with_anchors(extract_events(_frame([_row("t1", told, "aawsat", 7), *_release(3)])))
    assert merged.filter(pl.col("date_confidence") == CANDIDATE_CONFIDENCE).height == 0  # dated already
    assert merged["article_id"].to_list() == ["t1"]


def test_a_told_row_of_another_happening_that_day_does_not_hold_them() -> None:
    told = "افتتحت هيئة الطرق أمس مقرها الجديد في المدينة الصناعية الثانية بحضور عدد من رجال الأعمال."
    merged = merge_with_anchors(extract_events(_frame([_row("t1", told, "aawsat", 7), *_release(3)])))
    windows = merged.filter(pl.col("date_confidence") == CANDIDATE_CONFIDENCE)
    assert sorted(windows["article_id"].to_list()) == ["r0", "r1", "r2"]
    assert windows["cluster"].n_unique() == 1 and windows["n_sources"].to_list() == [3, 3, 3]
    assert merged.filter(pl.col("article_id") == "t1")["cluster"].item() not in windows["cluster"].to_list()


def test_the_candidates_are_decided_without_the_second_merge() -> None:
    events = extract_events(_frame([*_release(3), _row("o", OTHER, "alwatan")]))
    alike = alike_candidates(events)
    entries = cluster_events(events).merged(stories=False)
    assert window_moves(entries).height == 0  # the second merge reads no candidate
    moves = candidate_moves(entries, alike)
    grouped = moves.filter(pl.col("_home").is_not_null())
    assert grouped.height == 3 and grouped["_home"].n_unique() == 1  # one entry of their own
    assert moves.filter(pl.col("_home").is_null()).height == 1  # the lone lead stays alone


def test_the_public_merge_and_the_unmerged_views_show_no_candidate() -> None:
    """``merge_events``, ``on_timeline``, the plot and the page read a raw frame without the merge
    that confirms candidates: each lone candidate would be an entry of its own (review63)."""
    from timeline.export import timelinejs
    from timeline.merge import merge_events, on_timeline
    from timeline.page import page_data

    events = extract_events(_frame([_row("o", OTHER, "alwatan"), *_release(3)]))
    assert events.filter(pl.col("date_confidence") == CANDIDATE_CONFIDENCE).height == 4  # made, for the merge
    assert merge_events(events).height == 0
    assert on_timeline(events).height == 0
    assert timelinejs(events)["events"] == []
    assert page_data(events)["outlets"] == []
    # the merge that may confirm them still does (and keeps the lone lead alone)
    assert sorted(merge_with_anchors(events)["article_id"].to_list()) == ["o", "r0", "r1", "r2"]


def test_confirmed_candidates_stay_when_a_merged_frame_is_merged_again() -> None:
    from timeline.merge import merge_events

    merged = merge_with_anchors(extract_events(_frame(_release(3))))
    assert merged.height == 3
    assert sorted(merge_events(merged)["article_id"].to_list()) == ["r0", "r1", "r2"]  # kept by a merge: not dropped
    assert without_candidates(merged).height == 3


# lone leads (miss66): one outlet's undated report of the day's news, no told row telling it
MAYOR = "افتتح رئيس بلدية الواحة الشرقية ممشى جديدا بطول أربعة كيلومترات على ضفاف البحيرة الصناعية."
MAYOR_TOLD = ("دشن رئيس بلدية الواحة الشرقية مساء أمس ممشى البحيرة الصناعية الجديد الذي يمتد "
              "أربعة كيلومترات بحضور عدد من الأهالي.")


def test_a_lone_lead_is_dated_to_the_publication_day_or_the_day_before() -> None:
    merged = merge_with_anchors(extract_events(_frame([_row("m", MAYOR, "almadina", 7)])))
    assert merged.height == 1
    row = merged.row(0, named=True)
    assert row["value"] == "2024-02-19/2024-02-20" and row["grain"] == "day" and row["expr"] == ""
    assert row["date_confidence"] == CANDIDATE_CONFIDENCE and row["inherited"]  # it follows: never dates an entry
    assert row["n_sources"] == 1 and not row["date_conflict"]


def test_a_told_row_telling_the_lone_lead_in_other_words_holds_it() -> None:
    rows = [_row("m", MAYOR, "almadina", 7), _row("t", MAYOR_TOLD, "okaz", 8)]
    merged = merge_with_anchors(extract_events(_frame(rows)))
    assert merged["article_id"].to_list() == ["t"]  # dated already by the told report: no second entry
    assert merged["expr"].to_list() == ["مساء أمس"]


def test_a_told_row_of_another_happening_leaves_the_lone_lead() -> None:
    other = "افتتح وزير الصحة أمس مستشفى الأطفال الجديد في العاصمة بطاقة مئتي سرير."
    merged = merge_with_anchors(extract_events(_frame([_row("m", MAYOR, "almadina", 7), _row("t", other, "okaz", 8)])))
    assert sorted(merged["article_id"].to_list()) == ["m", "t"]
    assert merged["cluster"].n_unique() == 2


def test_a_lone_lead_of_older_news_makes_nothing() -> None:
    older = MAYOR + " وقال رئيس البلدية خلال جولة أجراها أمس الأول إن الممشى يخدم الأحياء الشرقية."
    events = extract_events(_frame([_row("m", older, "almadina", 7)]))
    assert events.filter(pl.col("date_confidence") == CANDIDATE_CONFIDENCE).height == 0  # the next sentence: two days back
    assert merge_with_anchors(events).filter(pl.col("expr") == "").height == 0


def test_with_inherit_the_lone_lead_keeps_its_old_window() -> None:
    merged = merge_with_anchors(extract_events(_frame([_row("m", MAYOR, "almadina", 7)]), inherit=True))
    assert merged["date_confidence"].to_list() == [LEAD_CONFIDENCE]
