"""A commemoration without a date of its own is what it recalls, X, N years on (issue 6 item 3):
X's date from the anniversary phrase or the article, at X's grain, the event anchored to X; without
a count only a day within a month of the publication; never an invented date (Arabic written for
these tests)."""

from __future__ import annotations

import polars as pl

from timeline.anchors import anniversary_phrase
from timeline.pipeline import build_timeline


def _rows(text: str, published: str = "2015-08-10T08:00") -> list[tuple[str, str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return sorted(zip(frame["expr"], frame["value"], frame["anchor"].fill_null("")))


def test_the_ordinal_counts_the_years() -> None:
    for words, years in (("الأولى", 1), ("الثانية", 2), ("العاشرة", 10), ("الخامسة والعشرين", 25),
                         ("الستين", 60), ("الـ70", 70), ("السنوية الثالثة", 3), ("المئوية", 100)):
        phrase = anniversary_phrase(f"أقيم حفل في الذكرى {words} لتأسيس النادي")
        assert phrase is not None and phrase.what == "تأسيس" and phrase.years == years, words
    phrase = anniversary_phrase("تجمع الأهالي في ذكرى رحيل الشاعر")
    assert phrase is not None and phrase.what == "رحيل" and phrase.years is None


def test_a_year_in_the_phrase_gives_the_year_on() -> None:
    text = "وتحولت المسيرات في الذكرى الأولى لمقتل المزارع العام الماضي إلى مواجهات مع الشرطة."
    assert _rows(text) == [("الذكرى الأولى لمقتل", "2015", "event:مقتل")]


def test_a_day_in_the_phrase_gives_the_day_on() -> None:
    text = "وتجمع المحتجون في الذكرى الأولى لمقتل المزارع في 9 أغسطس 2014 أمام مبنى البلدية."
    assert _rows(text) == [("الذكرى الأولى لمقتل", "2015-08-09", "event:مقتل")]


def test_the_day_told_elsewhere_in_the_article() -> None:
    text = ("أحيا آلاف السكان الذكرى الخامسة والعشرين لاجتياح المدينة بمسيرة صامتة. "
            "وكان الاجتياح قد بدأ فجر 2 أغسطس 1990.")
    rows = _rows(text)
    assert ("الذكرى الخامسة والعشرين لاجتياح", "2015-08-02", "event:اجتياح") in rows


def test_the_day_told_with_a_pronoun() -> None:
    text = ("وقف المشيعون دقيقة صمت في الذكرى الثانية لوفاة الفنان. "
            "وكانت وفاته في 3 أغسطس 2013 قد أحزنت محبيه.")
    assert ("الذكرى الثانية لوفاة", "2015-08-03", "event:وفاة") in _rows(text)


def test_a_year_on_after_the_publication_is_refused() -> None:
    # the fifth anniversary of a flood of last year would be years ahead: no date is made up
    text = "وأحيا سكان القرية الذكرى الخامسة للفيضان الذي ضربها العام الماضي بمسيرة صامتة."
    assert not any(expr.startswith("الذكرى") for expr, _, _ in _rows(text))


def test_without_a_count_only_a_day_near_the_publication() -> None:
    near = "احتشد الأهالي في ذكرى اغتيال المناضل. وكان اغتياله في 14 أغسطس 2012 قد هز البلاد."
    assert ("ذكرى اغتيال", "2015-08-14", "event:اغتيال") in _rows(near)
    far = "احتشد الأهالي في ذكرى اغتيال المناضل. وكان اغتياله في 14 مارس 2012 قد هز البلاد."
    assert not any(expr.startswith("ذكرى") for expr, _, _ in _rows(far))


def test_without_a_count_a_year_dates_nothing() -> None:
    text = "احتشد الأهالي في ذكرى اغتيال المناضل عام 2012 أمام ضريحه."
    assert not any(expr.startswith("ذكرى") for expr, _, _ in _rows(text))


def test_x_not_dated_leaves_the_clause_undated() -> None:
    text = "أحيا آلاف السكان الذكرى الخامسة والعشرين لاجتياح المدينة بمسيرة صامتة."
    # the march stays undated; the invasion it recalls is the publication's year less 25
    # (anchors.recalled_this_year, tests/test_anniversary_recalls.py)
    assert _rows(text) == [("الذكرى الخامسة والعشرين لاجتياح", "1990", "event:اجتياح")]


def test_a_clause_with_its_own_day_keeps_it() -> None:
    text = "وأحيا سكان القرية أمس الذكرى الأولى لمقتل المزارع في 9 أغسطس 2014."
    assert _rows(text) == [("أمس", "2015-08-09", "event:مقتل")]


def test_another_happening_of_x_kind_does_not_date_it() -> None:
    text = ("وسئل الوزير عن تعليقه في ذكرى الهجوم. "
            "وأعقب الهجوم على العاصمة الذي أودى بحياة العشرات، هجوم آخر على الميناء يوم 9 أغسطس 2012.")
    assert not any(expr.startswith("ذكرى") for expr, _, _ in _rows(text))


def _story(*texts: tuple[str, str, str]) -> pl.DataFrame:
    rows = [{"id": f"s-{i}", "source": source, "published": published, "title": "مسيرات البلدة", "text": text}
            for i, (source, published, text) in enumerate(texts)]
    return build_timeline(pl.DataFrame(rows)).events


STORY = (
    ("نشرة الوادي", "2015-08-10T08:00",
     "أصيب ثلاثة أشخاص في اشتباكات خلال مسيرة في البلدة أمس الأحد. وكانت الوقفات بدأت قبل ساعات بدقيقة صمت على"
     " روح الضحايا الذين قضوا في غرق العبارة في 9 أغسطس 2014 قبالة البلدة."),
    ("صدى الساحل", "2015-08-11T08:00",
     "أصيب ثلاثة أشخاص في اشتباكات خلال مسيرة في البلدة أمس الأول. وتحولت الوقفات الصامتة في الذكرى الأولى لغرق"
     " العبارة قبالة البلدة العام الماضي إلى مواجهات."),
)


def test_a_report_of_the_story_gives_x_its_day() -> None:
    events = _story(*STORY)
    row = events.filter(pl.col("expr") == "الذكرى الأولى لغرق")
    assert row.select("value", "grain", "anchor").rows() == [("2015-08-09", "day", "event:غرق")]
    assert row["date_confidence"][0] < 1


def test_without_the_story_the_year_stays() -> None:
    events = _story(STORY[1])
    row = events.filter(pl.col("expr") == "الذكرى الأولى لغرق")
    assert row.select("value", "grain").rows() == [("2015", "year")]


def test_a_day_outside_x_year_is_another_x() -> None:
    other = (STORY[0][0], STORY[0][1], STORY[0][2].replace("9 أغسطس 2014", "9 أغسطس 2013"))
    row = _story(other, STORY[1]).filter(pl.col("expr") == "الذكرى الأولى لغرق")
    assert row.select("value", "grain").rows() == [("2015", "year")]


def test_a_hijri_year_is_not_counted_in_gregorian_years() -> None:
    text = "وتحولت المسيرات في الذكرى الأولى لمقتل المزارع عام 1435هـ إلى مواجهات مع الشرطة."
    assert not any(expr.startswith("الذكرى") for expr, _, _ in _rows(text, "2015-08-10T08:00"))
