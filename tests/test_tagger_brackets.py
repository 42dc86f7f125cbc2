"""A day corrected in brackets by a paper's online copy (Arabic written for these tests)."""

from __future__ import annotations

from timeline.tagger import tag


def test_yesterday_corrected_to_the_day_before() -> None:
    # written the day before for the print edition: "أمس"; online: "(الأول)", the day before yesterday
    found = [(t.text, t.value) for t in tag("دارت اشتباكات عنيفة أمس (الأول) بين الفصيلين.", "2015-08-05T06:00")]
    assert found == [("أمس (الأول)", "2015-08-03")]


def test_yesterday_alone_and_in_brackets_after_a_date_are_unchanged() -> None:
    assert [(t.text, t.value) for t in tag("زار الوزير المعرض أمس.", "2015-08-05T06:00")] == [("أمس", "2015-08-04")]
    assert [(t.text, t.value) for t in tag("واليوم (أول من أمس) لم نتمكن من الدخول.", "2015-08-07T06:00")] == [
        ("اليوم", "2015-08-07"), ("أول من أمس", "2015-08-05")]
