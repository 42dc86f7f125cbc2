"""A relative clause's antecedent keeps the plural noun it completes (``بيانات الوظائف التي…``): a
clause is not cut inside the construct (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline._clauses import _feminine_plural
from timeline.events import article_events
from timeline.normalize import fold

PUBLISHED = dt.datetime(2024, 3, 9, 10)


def clauses(text: str) -> list[tuple[str, str]]:
    return [(e.timex.text, e.clause.text) for e in article_events("c", text, PUBLISHED)]


def test_a_plural_construct_before_a_dated_relative_clause_stays_whole() -> None:
    for text in ("ورفعت بيانات التضخم المنخفضة التي تم الإعلان عنها أمس أسهم المصارف نحو الصعود.",
                 "وعززت تصريحات المحافظ التي تم نشرها أمس ثقة المستثمرين."):
        assert clauses(text) == [("أمس", text)]


def test_a_relative_clause_with_a_date_of_its_own_is_cut_off_after_the_construct() -> None:
    text = "وانتقد النائب أمس تصريحات الوزير التي أدلى بها في مؤتمر صحفي يوم الأحد الماضي."
    told = clauses(text)
    assert [expr for expr, _ in told] == ["أمس", "يوم الأحد الماضي"]
    assert told[0][1].endswith("تصريحات الوزير")  # not «… أمس تصريحات» | «الوزير التي…»


def test_the_plural_shape_is_no_verb() -> None:
    assert _feminine_plural(fold("بيانات")) and _feminine_plural(fold("وتصريحات"))
    for word in ("مات", "وبات", "استهدفت", "قرار"):
        assert not _feminine_plural(fold(word)), word


def test_a_chain_of_constructs_is_cut_before_its_first_plural() -> None:
    text = "وعدلت الشركة توقعات مبيعات العام المالي الحالي الذي ينتهي في 31 مارس المقبل إلى 20 مليار دولار."
    assert clauses(text) == [("31 مارس المقبل", text[text.index("توقعات"):])]  # not «… توقعات» | «مبيعات …»


def test_a_quantifier_heading_the_construct_stays_with_it() -> None:
    text = "وقال المتحدث إن احدى جماعات المعارضة التي استهدفها الهجوم الليلة الماضية تلقت تدريبا."
    told = clauses(text)
    assert told[0][0] == "الليلة الماضية" and told[0][1].startswith("احدى جماعات")  # not «احدى» | «جماعات…»
