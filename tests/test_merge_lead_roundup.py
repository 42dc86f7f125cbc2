"""A lead that sums up several fronts or places, or whose class is read only in what an act
aims at, is no lead of one report told later in its article (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline import merge
from timeline.frame import conform_events, order_events
from timeline.normalize import fold
from timeline.pipeline import build_timeline
from timeline.wording import clause_features, lead_cues, sums_up

MIDDLE = " وقال مسؤول محلي إن الأوضاع باتت تحت السيطرة وإن التحقيقات جارية. "
BATTLE = "واندلعت معارك عنيفة فجر اليوم بين الطرفين في محيط مدينة تبوك قرب الطريق الساحلي."
TOLL = "وأسفرت الغارات اليوم عن مقتل نحو 40 مسلحا."


def _entries(text: str) -> list[int]:
    events = build_timeline(pl.DataFrame([{"id": "a", "published": "2024-03-10T18:00", "text": text}])).events
    return events.sort("clause_start")["cluster"].to_list()


def _lead_links(text: str) -> int:
    """How many lead links the merge makes in one article."""
    events = build_timeline(pl.DataFrame([{"id": "a", "published": "2024-03-10T18:00", "text": text}]),
                            merge=False).events
    frame = order_events(conform_events(events))
    table = merge._event_table(frame, clause_features(frame), merge.CONFLICT_WINDOW)
    return merge._lead_links(table, frame).height


def test_a_roundup_lead_is_no_lead_of_one_front() -> None:
    roundup = "اندلعت معارك عنيفة اليوم الأحد بين القوات الحكومية والمسلحين في عدد من جبهات القتال شمال البلاد."
    first, front = _entries(roundup + MIDDLE + BATTLE)
    assert first != front
    one = "اندلعت معارك عنيفة اليوم الأحد بين القوات الحكومية والمسلحين شمال البلاد."
    first, front = _entries(one + MIDDLE + BATTLE)
    assert first == front  # the same lead without the several fronts


def test_a_class_read_after_a_purpose_makes_no_lead() -> None:
    asked = ("طلبت الحكومة المحلية اليوم الأحد من المسلحين إخراج مقاتليهم من المنطقة لتفادي سقوط ضحايا مدنيين "
             "في الغارات التي يشنها الطيران.")
    assert _lead_links(asked + MIDDLE + TOLL) == 0
    told = "شن الطيران اليوم الأحد غارات على مواقع المسلحين لتفادي تقدمهم نحو المدينة."
    assert _lead_links(told + MIDDLE + TOLL) == 1  # the strikes told first, their aim after


def test_what_sums_up_several_places() -> None:
    for text in ("تقدما كبيرا في عدد من جبهات القتال", "غارات في عدة مناطق", "وعلى عدة محاور",
                 "في مختلف المحافظات", "في أنحاء البلاد"):
        assert sums_up(fold(text)), text
    for text in ("أدنى مستوى له في عدة أشهر", "بمشاركة قادة من مختلف دول العالم", "في عدد القتلى",
                 "في مدينة عدة"):
        assert not sums_up(fold(text)), text


def test_what_tells_a_purpose() -> None:
    purpose = lead_cues()[1]
    for text in ("لتفادي وقوع ضحايا", "للمطالبة بالإفراج", "لدعوة الأطراف", "بهدف منع التهريب", "من أجل تجنب"):
        assert purpose.search(fold(text)), text
    for text in ("لوكالة الأنباء", "تفادي الضحايا", "لمنعطف خطير"):
        assert not purpose.search(fold(text)), text
