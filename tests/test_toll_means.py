"""A toll told with its means («قتل رضيع حرقا», «قتل برصاص», «بزرع ألغام … ما أدى إلى إصابة») is read
with the means' class as its cause, so on one day (or one period both give) it is one happening with
the report of the act. Arabic written for these tests."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows, entry_of


@pytest.mark.parametrize(("text", "cause"), [
    ("قتل رضيع حرقا وأصيب والداه بحروق في قرية السنابل فجر اليوم الجمعة.", "هجوم"),
    ("أصيب فتى برصاص الحرس قرب المعبر اليوم الخميس.", "هجوم"),
    ("اتهم الجيش جاره بزرع ألغام قرب السياج، ما أدى إلى إصابة جنديين الأسبوع الماضي.", "تفجير"),
    ("قتل عامل وأصيب آخر اليوم عندما انفجر لغم قديم في حقل.", "تفجير"),
    ("قتل ثلاثة أشخاص اليوم في حادث سير على الطريق الساحلي.", None),
])
def test_a_toll_takes_its_means_as_cause(text: str, cause: str | None) -> None:
    row = clause_rows([text])["c-0"]
    assert (row["trigger"], row["cause"]) == ("قتلى", cause)


def test_a_cause_after_a_cause_word_comes_first() -> None:
    row = clause_rows(["قتل جندي برصاص قناص إثر انهيار مبنى في البلدة اليوم."])["c-0"]
    assert row["cause"] == "انهيار"


ACT = {"id": "act", "source": "صدى الساحل", "published": "2024-06-07T12:00",
       "text": "هاجم مستوطنون ملثمون منزل عائلة الراعي في قرية السنابل فجر اليوم الجمعة وأضرموا النار في غرفه."}
TOLL = {"id": "toll", "source": "الأفق", "published": "2024-06-07T13:00",
        "text": "قتل رضيع من عائلة الراعي حرقا على يد مستوطنين ملثمين في منزل العائلة بقرية السنابل فجر اليوم "
                "الجمعة، وأصيب والداه بحروق خطيرة."}


def test_the_act_and_its_toll_told_by_its_means_join() -> None:
    entry = entry_of([ACT, TOLL])
    assert entry["act"] == entry["toll"]


MINES = {"id": "mines", "source": "صدى الساحل", "published": "2024-06-10T12:00",
         "text": "وأدى انفجار ألغام الأسبوع الماضي إلى بتر ساقي جنديين من حرس الحدود في المنطقة العازلة."}
WOUNDED = {"id": "wounded", "source": "الأفق", "published": "2024-06-10T13:00",
           "text": "واتهم حرس الحدود الجيران بزرع ألغام في المنطقة العازلة، ما أدى إلى إصابة جنديين الأسبوع الماضي."}


def test_a_week_toll_by_mines_and_the_blast_of_that_week_join() -> None:
    rows = clause_rows([MINES["text"], WOUNDED["text"]])
    assert rows["c-0"]["trigger"] == "تفجير"
    assert (rows["c-1"]["trigger"], rows["c-1"]["cause"]) == ("قتلى", "تفجير")
    entry = entry_of([MINES, WOUNDED])
    assert entry["mines"] == entry["wounded"]
