"""A body sentence telling the dated lead's doer acting again takes the lead's day (timeline._again)."""

from __future__ import annotations

import datetime as dt

from timeline._again import AGAIN_CONFIDENCE, lead_doer
from timeline.events import article_events

PUBLISHED = dt.datetime(2026, 3, 10, 12)
LEAD = ("استقبل وزير الخارجية اليوم الاثنين في الرياض نظيره الفرنسي وبحث معه العلاقات الثنائية بين البلدين. ")


def _rows(text: str) -> list[tuple[int, str, bool, float, str]]:
    """(sentence, value, inherited, confidence, the expression's text) of each event, read with leads."""
    return [(e.clause.sentence_index, e.timex.value, e.inherited, e.confidence, text[e.timex.start:e.timex.end])
            for e in article_events("a", text, PUBLISHED, leads=True)]


def test_the_lead_doer_is_the_two_words_after_its_verb() -> None:
    assert lead_doer(LEAD) == ("وزير", "الخارجيه")
    assert lead_doer("قال الرئيس اليمني عبدربه منصور هادي إن") == ("الرئيس", "اليمني")
    assert lead_doer("قال الوزير") is None


def test_the_doer_again_takes_the_lead_day() -> None:
    rows = _rows(LEAD + "وأكد وزير الخارجية خلال اللقاء حرص المملكة على تعزيز التعاون في كل المجالات.")
    assert rows[0] == (0, "2026-03-09", False, 1.0, "اليوم الاثنين")
    # the lead's own expression, its offsets kept: the body sentence tells no date of its own
    assert rows[1:] == [(1, "2026-03-09", True, AGAIN_CONFIDENCE, "اليوم الاثنين")]


def test_every_later_sentence_of_the_doer_again_but_not_one_dated_itself() -> None:
    text = (LEAD + "وأكد وزير الخارجية خلال اللقاء حرص المملكة على تعزيز التعاون. "
            "وبحث وزير الخارجية مع ضيفه مستجدات المنطقة. "
            "ووقع وزير الخارجية أمس مذكرة تفاهم مع الجانب الفرنسي.")
    rows = _rows(text)
    assert [r[0] for r in rows if r[2]] == [1, 2]
    assert [r[2:] for r in rows if r[0] == 3] == [(False, 1.0, "أمس")]  # its own date, not the lead's


def test_a_pluperfect_of_the_doer_takes_nothing() -> None:
    for opening in ("وكان وزير الخارجية قد زار باريس", "وكانت وزيرة الخارجية قد زارت باريس",
                    "وسبق وزير الخارجية أن زار باريس"):
        text = LEAD.replace("وزير الخارجية", opening.split()[1] + " " + opening.split()[2]) \
            + opening + " لبحث التعاون في كل المجالات."
        assert [r for r in _rows(text) if r[0] == 1] == []


def test_another_doer_takes_nothing() -> None:
    text = LEAD + "وأكد وزير الداخلية حرص المملكة على تعزيز التعاون في كل المجالات."
    assert [r for r in _rows(text) if r[0] == 1] == []


def test_an_undated_lead_gives_its_doer_nothing() -> None:
    text = LEAD.replace("اليوم الاثنين ", "") + "وأكد وزير الخارجية حرص المملكة على تعزيز التعاون."
    assert [r for r in _rows(text) if r[0] == 1] == []


def test_a_lead_whose_day_is_not_the_news_gives_nothing() -> None:
    # the day dates the jobs' announcement weeks before, in a relative clause: not the lead's act
    text = ("دعت وزارة الخدمة المدنية المتقدمين على الوظائف الصحية المعلن عنها في 1 فبراير 2026 لمطابقة بياناتهم. "
            "وأوضحت وزارة الخدمة المدنية أن من لم يحضر يعد متنازلا عن رغبته في الوظيفة.")
    assert [r for r in _rows(text) if r[0] == 1] == []


def test_a_duration_in_the_sentence_does_not_stop_it() -> None:
    text = LEAD + "وأكد وزير الخارجية أن العلاقات بين البلدين تعود إلى أكثر من 80 عاما."
    assert [r[0] for r in _rows(text) if r[2]] == [1]


def test_a_recently_takes_nothing() -> None:
    text = LEAD + "وأكد وزير الخارجية مؤخرا حرص المملكة على تعزيز التعاون في كل المجالات."
    assert [r for r in _rows(text) if r[2]] == []


def test_the_same_title_of_another_country_is_another_doer() -> None:
    lead = LEAD.replace("وزير الخارجية", "وزير الخارجية الأمريكي")
    assert [r for r in _rows(lead + "وأكد وزير الخارجية القطري حرص بلاده على تعزيز التعاون.") if r[0] == 1] == []
    assert [r[0] for r in _rows(lead + "وأكد وزير الخارجية الأمريكي حرص بلاده على تعزيز التعاون.") if r[2]] == [1]
    assert [r[0] for r in _rows(lead + "وأكد وزير الخارجية حرص بلاده على تعزيز التعاون.") if r[2]] == [1]
