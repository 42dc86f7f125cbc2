"""An attribution tail («، بحسب ما أفاد مصدر الاثنين») tells who reported what the clause before it
says and when: beside a date of that clause its day is the report's, dates nothing and is no event of
its own; alone it dates the clause by how the clause opens (attrib42): a perfect, done that day or the day
before (the report's window); told ahead, not at all; a state in the present, that day (Arabic written for
these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _events(text: str, published: str = "2015-08-11T08:00") -> list[tuple[str, str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return sorted(zip(frame["expr"], frame["value"], frame["clause"]))


def test_a_tail_after_a_dated_clause_is_no_event() -> None:
    text = ("وعثرت الشرطة في الخامس من أغسطس على جثث مسلحين قتلوا خلال اشتباك مع الجيش، "
            "بحسب ما أفاد مصدر أمني الاثنين.")
    assert _events(text) == [("الخامس من أغسطس", "2015-08-05", text)]
    # (recall42) a date in a relative clause telling a happening of its own (قتلوا خلال اشتباك) is its
    # antecedent's, not the predicate's: the tail's day dates the find (tests/test_tail_over_relative.py),
    # told done, so the report's window (that day or the day before)
    text = ("وعثرت الشرطة على جثث مسلحين قتلوا خلال اشتباك مع الجيش في الخامس من أغسطس، "
            "بحسب ما أفاد مصدر أمني الاثنين.")
    assert _events(text) == [("الاثنين", "2015-08-09/2015-08-10", text)]


def test_each_form_of_the_tail() -> None:
    for tail in ("وفق ما ذكرت وكالة الأنباء أمس", "حسبما أعلن المتحدث اليوم", "وفقاً لما نقلته قناة محلية أمس"):
        text = f"ووقع الانفجار في السوق المركزي مساء السبت، {tail}."
        assert _events(text) == [("مساء السبت", "2015-08-08TEV", text)], tail


def test_a_tail_alone_gives_a_happening_told_done_the_report_window() -> None:
    # done on or before the report's day: that day or the day before, as a lead's report window
    text = "وقتل خمسة جنود في هجوم على قاعدة عسكرية شمال البلاد، بحسب ما أفاد مصدر أمني الاثنين."
    assert _events(text) == [("الاثنين", "2015-08-09/2015-08-10", text)]
    text = "سيطرت قوات الجيش على البلدة الجبلية بعد معارك عنيفة، حسبما أفادت مصادر محلية أمس."
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": "2015-08-11T08:00", "text": text}]),
                           merge=False).events
    row = frame.row(0, named=True)
    assert (row["expr"], row["value"], row["grain"]) == ("أمس", "2015-08-09/2015-08-10", "day")
    assert (row["start"].isoformat(), row["end"].isoformat()) == ("2015-08-09T00:00:00", "2015-08-11T00:00:00")
    assert text[row["expr_start"]:row["expr_end"]] == "أمس"


def test_a_tail_alone_gives_a_happening_told_in_the_negated_past_the_report_window() -> None:
    # feast42: «لم» + a present tells what did not happen, done as a perfect's: that day or the day before
    for clause in ("لم تصل قافلة المساعدات إلى البلدة المحاصرة", "ولم يعثر رجال الإنقاذ على المفقودين"):
        text = f"{clause}، بحسب ما أفاد مصدر محلي الاثنين."
        assert _events(text) == [("الاثنين", "2015-08-09/2015-08-10", text)], clause


def test_a_tail_alone_dates_nothing_told_ahead() -> None:
    # a future, or a present with a span to come: the report's day is not the happening's
    first = "وافتتح الوزير المستشفى الجديد أمس."
    for clause in ("وسيخضع اللاعب للفحص الطبي قبل التوقيع مع النادي", "ومن المقرر أن يصل الوفد إلى العاصمة",
                   "يخضع اللاعب للفحص الطبي في غضون 48 ساعة", "ويوقع المدرب عقده الجديد خلال أيام",
                   "ولن يشارك الحارس في المباراة الودية"):  # review42b: a negated future
        text = f"{first} {clause}، وفقا لما ذكرته صحف محلية اليوم الثلاثاء."
        assert _events(text) == [("أمس", "2015-08-10", first)], clause


def test_a_state_told_in_the_present_keeps_the_reports_day() -> None:
    # what the present tells holds on the day it is reported; an age is no span to come
    for clause in ("تستعد البلدية لافتتاح الحديقة العامة احتفالا بالعيد الوطني",
                   "يحتجز المسلحون صحفيا فرنسيا (35 عاما) في منطقة جبلية"):
        text = f"{clause}، حسبما أفادت صحيفة محلية اليوم الثلاثاء."
        assert [e[1] for e in _events(text)] == ["2015-08-11"], clause


def test_a_date_after_a_complementizer_in_the_tail_is_not_the_reports() -> None:
    # the tail tells something of its own after «أن»: its date is that thing's
    text = ("وتعاقب على تدريب الفريق عشرون مدربا، وفق ما نشره موقع النادي الذي ذكر أن أول مدرب تولى المهمة "
            "في عام 1970.")
    assert [e[1] for e in _events(text)] == ["1970"]


def test_not_a_tail() -> None:
    # an attribution opening the sentence is no tail; a comma then «كما» is no attribution tail
    text = "وبحسب ما ذكرت الصحيفة أمس، افتتح الوزير المستشفى الجديد في الأول من أغسطس."
    assert len(_events(text)) == 2
    text = "وافتتح الوزير المستشفى الجديد في الأول من أغسطس، كما افتتح المدرسة أمس."
    assert [e[0] for e in _events(text)] == ["أمس", "الأول من أغسطس"]


def test_a_tail_naming_where_it_was_told_is_its_own_happening() -> None:
    # the statement made at a press conference (or in a statement, an interview) is news of its own:
    # the plan keeps its day ahead and the telling its day
    for venue in ("في مؤتمر صحافي بالعاصمة", "في بيان نشره على موقعه", "خلال مقابلة تلفزيونية"):
        text = f"ويعلن الوزير ترشحه لرئاسة الحزب في العشرين من أغسطس الجاري، بحسب ما ذكر أمس الاثنين {venue}."
        values = sorted(e[1] for e in _events(text))
        assert values == ["2015-08-10", "2015-08-20"], venue


def test_a_definite_venue_is_a_venue_too() -> None:
    # review33: «في المؤتمر الصحفي»، «في البيان» name the occasion as «في مؤتمر صحفي» does
    for venue in ("في المؤتمر الصحفي", "في البيان الختامي", "خلال المقابلة"):
        text = f"ويعلن الوزير ترشحه لرئاسة الحزب في العشرين من أغسطس الجاري، بحسب ما ذكر أمس الاثنين {venue}."
        assert sorted(e[1] for e in _events(text)) == ["2015-08-10", "2015-08-20"], venue
