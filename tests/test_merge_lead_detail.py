"""An article's lead and the later report that tells its happening again in detail are one
happening (news is written lead first, then detail); a later report told apart (``وفي حادث
منفصل``، ``كما``), placed in another town, or after the article told the class on another day,
is not (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.normalize import fold
from timeline.pipeline import build_timeline
from timeline.wording import told_apart

LEAD = ("شهدت المنطقة الحدودية تصعيدا خطيرا اليوم الأحد مع وقوع عملية انتحارية استهدفت ثكنة لحرس "
        "الحدود وأوقعت قتيلين. وقال مسؤول محلي إن الأوضاع باتت تحت السيطرة وإن التحقيقات جارية. ")


def _entries(text: str, published: str = "2024-03-10T18:00") -> list[int]:
    """The entry of each dated report of one article, in text order."""
    events = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}])).events
    return events.sort("clause_start")["cluster"].to_list()


def test_the_lead_and_its_detail_are_one_entry() -> None:
    # the lead names no town and few of the detail's words: only its place in the article joins them
    first, detail = _entries(LEAD + "واقتحم انتحاري بشاحنة مفخخة فجر اليوم بوابة الثكنة في محيط مدينة تبوك "
                                    "قرب الطريق الساحلي.")
    assert first == detail


def test_a_separate_incident_stays_apart() -> None:
    for opening in ("وفي حادث منفصل، انفجرت", "كما انفجرت", "إلى ذلك، انفجرت"):
        first, other = _entries(LEAD + opening + " سيارة مفخخة فجر اليوم قرب سوق شعبية في مدينة تبوك.")
        assert first != other, opening


def test_a_report_in_another_town_stays_apart() -> None:
    text = ("شهدت المنطقة الحدودية تصعيدا خطيرا اليوم الأحد مع وقوع عملية انتحارية استهدفت ثكنة لحرس الحدود "
            "في مدينة جازان وأوقعت قتيلين. وقال مسؤول محلي إن الأوضاع باتت تحت السيطرة. "
            "واقتحم انتحاري بشاحنة مفخخة فجر اليوم بوابة ثكنة في محيط مدينة تبوك قرب الطريق الساحلي.")
    first, other = _entries(text)
    assert first != other


def test_a_class_told_on_another_day_in_between_parts_them() -> None:
    # the article tells a bombing of last week between the two: the later report is no detail
    text = (LEAD + "ويأتي الهجوم بعد أن فجر انتحاري نفسه يوم 3 مارس في سوق مدينة أبها. "
            "واقتحم انتحاري بشاحنة مفخخة فجر اليوم بوابة الثكنة في محيط مدينة تبوك قرب الطريق الساحلي.")
    entries = _entries(text)
    assert entries[0] != entries[-1]


def test_what_tells_another_happening() -> None:
    another, beside = told_apart()
    for text in ("وفي حادثة منفصلة قتل", "وفي هجومين منفصلين", "كما استهدف الطيران", "وفي محافظة الجوف دارت",
                 "إلى ذلك، أعلن", "ومن جهة أخرى قال"):
        assert another.match(fold(text)), text
    for text in ("فيما تستمر المواجهات", "من جانبه قال", "وكان الجيش قد"):
        assert beside.match(fold(text)) and not another.match(fold(text)), text
    for text in ("وفي وقت مبكر من اليوم اقتحم", "كماليات المنزل", "واقتحم انتحاري"):
        assert not another.match(fold(text)) and not beside.match(fold(text)), text


def test_a_report_with_no_clause_does_not_stop_the_merge() -> None:
    # events read back from elsewhere may lack a clause: the lead and its detail still merge (review29)
    from timeline.merge import merge_events
    text = (LEAD + "واقتحم انتحاري بشاحنة مفخخة فجر اليوم بوابة الثكنة في محيط مدينة تبوك قرب الطريق الساحلي. "
            "وسيزور الوزير المدينة يوم الخميس المقبل.")
    events = build_timeline(pl.DataFrame([{"id": "a", "published": "2024-03-10T18:00", "text": text}])).events
    events = events.sort("clause_start").with_columns(
        pl.when(pl.int_range(pl.len()) == pl.len() - 1).then(None).otherwise(pl.col("clause")).alias("clause"))
    entries = merge_events(events).sort("clause_start")["cluster"].to_list()
    assert entries[0] == entries[1] != entries[2]
