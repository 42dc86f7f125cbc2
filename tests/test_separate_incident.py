"""A sentence opening with a separate incident (وفي حادث منفصل، وفي هجومين منفصلين، وفي انفجار
آخر) and no date of its own took place on the last day the report told, when that day is the
publication's or one of the two before; it leads (another happening), it does not follow the clause
whose day it takes (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events
from timeline.follow import FOLLOW_BELOW

PUBLISHED = dt.datetime(2024, 5, 8, 18, 0)  # a Wednesday


def _dated(text: str) -> list[tuple[str, str, bool, float]]:
    """(value, clause, inherited, confidence) of each event of ``text``."""
    return [(e.timex.value, e.clause.text, e.inherited, e.confidence) for e in article_events("t", text, PUBLISHED)]


def test_a_separate_incident_takes_the_reports_last_day() -> None:
    text = ("قتل ثلاثة جنود في هجوم على دورية عسكرية في شمال البلاد أمس. وقال مصدر أمني إن المهاجمين "
            "فروا باتجاه الجبال. وفي حادث منفصل، قتل شرطي برصاص مسلحين في بلدة حدودية.")
    events = _dated(text)
    assert [v for v, *_ in events] == ["2024-05-07", "2024-05-07"]
    value, clause, inherited, confidence = events[1]
    assert clause.startswith("وفي حادث منفصل")
    assert inherited and confidence >= FOLLOW_BELOW  # another happening: it leads


def test_duals_feminines_and_another_blast() -> None:
    lead = "انفجرت سيارة مفخخة صباح اليوم قرب سوق الخضار وسط المدينة. "
    for opening in ("وفي هجومين منفصلين قتل مسلحون جنديين.", "وفي حادثة مماثلة أصيب طفلان بجروح.",
                    "وفي انفجار آخر قتل شخصان قرب المحطة."):
        events = _dated(lead + opening)
        assert [v for v, *_ in events] == ["2024-05-08TMO", "2024-05-08"], opening


def test_an_old_day_is_background() -> None:
    # the last day told is a month old: no report day for the incident
    text = ("وتعود جذور الأزمة إلى الهجوم الذي وقع في 2 أبريل الماضي. وفي حادث منفصل، قتل شرطي "
            "برصاص مسلحين في بلدة حدودية.")
    assert [v for v, *_ in _dated(text)] == ["2024-04-02"]


def test_nothing_told_before_and_no_opening_there() -> None:
    assert _dated("وفي حادث منفصل، قتل شرطي برصاص مسلحين في بلدة حدودية.") == []
    # the incident words inside the sentence open nothing
    text = "انفجرت سيارة مفخخة أمس قرب السوق. وقال الشهود إن الحادث منفصل عن الاشتباكات في الحي المجاور."
    assert [v for v, *_ in _dated(text)] == ["2024-05-07"]


def test_an_incident_with_its_own_date_keeps_it() -> None:
    text = ("قتل ثلاثة جنود في هجوم على دورية أمس. وفي حادث منفصل، قتل شرطي الاثنين الماضي في بلدة حدودية.")
    assert [v for v, *_ in _dated(text)] == ["2024-05-07", "2024-05-06"]


def test_an_incident_told_of_an_undated_past_keeps_none() -> None:
    # "years ago", "a while ago": the similar incident is older than the report
    for when in ("قبل سنوات", "منذ فترة"):
        text = f"غرق طفلان في بركة زراعية أمس. وفي حادث مماثل شهدته القرية {when}، غرق شاب في البركة نفسها."
        assert [v for v, *_ in _dated(text)] == ["2024-05-07"], when
