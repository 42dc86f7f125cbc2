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


def test_correction_inserted_in_brackets_before_yesterday() -> None:
    # "(أول من)" inserted before "أمس": the day before yesterday, and its weekday agrees
    found = [(t.text, t.value) for t in tag(
        "وكانت اللجنة قد اجتمعت يوم (أول من) أمس (الخميس) في مقر الوزارة. وتعقد اجتماعها الثاني اليوم.",
        "2015-08-08T06:00")]
    assert found == [("يوم (أول من) أمس (الخميس)", "2015-08-06"), ("اليوم", "2015-08-08")]
    found = [(t.text, t.value) for t in tag("وافتتح المحافظ (أول) أمس مشروعاً للمياه.", "2015-08-08T06:00")]
    assert found == [("(أول) أمس", "2015-08-06")]


def test_bracketed_words_before_another_deictic_are_no_correction() -> None:
    # the inserted words correct only the deictic they are listed before
    found = [(t.text, t.value) for t in tag("وقال المسؤول (أول من) اليوم إن العمل بدأ.", "2015-08-08T06:00")]
    assert found == [("اليوم", "2015-08-08")]


def test_correction_in_brackets_written_with_spaces_inside() -> None:
    # some papers put a space inside the brackets: "( أول من ) أمس"
    found = [(t.text, t.value) for t in tag("واجتمع المجلس يوم ( أول من ) أمس في العاصمة.", "2015-08-08T06:00")]
    assert found == [("يوم ( أول من ) أمس", "2015-08-06")]
    found = [(t.text, t.value) for t in tag("وافتتح المحافظ ( أول ) أمس مشروعاً للمياه.", "2015-08-08T06:00")]
    assert found == [("( أول ) أمس", "2015-08-06")]
