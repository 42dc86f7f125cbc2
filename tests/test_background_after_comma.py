"""A comma and a و + background opener (``وكان``، ``وكانت``، ``ويذكر``…) after an undated part told in the
present or the future: the date after the opener is the background's, an earlier happening, and the present
part keeps none (``وتتضمن الخطة خمسة بنود ستطبق لفترة تجريبية، | وكانت الوزارة أقرت في مطلع مارس``;
``_clauses._background_after_comma``). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _clauses(text: str, published: str) -> list[tuple[str, str]]:
    """(value, clause) of each event of ``text``."""
    return [(r["value"], r["clause"]) for r in
            (e.as_row() for e in article_events("a", text, dt.datetime.fromisoformat(published)))]


def test_a_present_plan_does_not_take_the_pluperfect_month() -> None:
    text = ("وتتضمن الخطة الجديدة خمسة بنود رئيسية ستطبق لفترة تجريبية، وكانت الوزارة أقرت في مطلع مارس "
            "بأن بعض مشاريعها تعثرت بسبب نقص التمويل.")
    found = _clauses(text, "2024-05-20T10:00")
    assert found == [("2024-03", "وكانت الوزارة أقرت في مطلع مارس بأن بعض مشاريعها تعثرت بسبب نقص التمويل.")]


def test_an_opening_all_week_does_not_take_the_announcement_day() -> None:
    text = "يفتتح المعرض أبوابه للزوار طوال الأسبوع، وكان المنظمون قد أعلنوا يوم الأحد الماضي عن مشاركة أربعين دارا للنشر."
    found = _clauses(text, "2024-05-20T10:00")
    assert [value for value, _ in found] == ["2024-05-19"]
    assert all("يفتتح" not in clause for _, clause in found)


def test_a_past_part_keeps_the_date_after_the_comma() -> None:
    # told in the past: «وكان» here is the same happening's circumstance, one clause
    text = "وصل وفد الوزارة إلى المدينة، وكان في استقباله أمس المحافظ وعدد من المسؤولين."
    found = _clauses(text, "2024-05-20T10:00")
    assert any(clause.startswith("وصل وفد الوزارة") and value == "2024-05-19" for value, clause in found)


def test_a_dated_present_part_is_not_cut() -> None:
    # the part before holds a date of its own: as before, nothing is cut here
    text = "يستأنف الفريق تدريباته اليوم الاثنين، وكان قد أنهى معسكره في النمسا يوم الجمعة الماضي."
    found = _clauses(text, "2024-05-20T10:00")
    assert any(clause.startswith("يستأنف الفريق") for _, clause in found)
