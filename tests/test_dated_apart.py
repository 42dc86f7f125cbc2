"""A clause dated before a relative clause or an "after" phrase that holds a date of its own is cut
there: each part keeps its own date and words, not two events with the same words; and a bare weekend
told in the past (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline
from timeline.tagger import tag


def _events(text: str, published: str = "2015-08-04T08:00") -> list[tuple[str, str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return sorted(zip(frame["expr"], frame["value"], frame["clause"]))


def test_a_relative_clause_dated_apart_from_a_dated_main_clause() -> None:
    text = ("ويتوجه الوزير الاثنين إلى العاصمة لبحث المخاوف الناجمة عن الاتفاق الذي وقعته الحكومة مع "
            "المعارضة في 20 مايو.")
    assert _events(text) == [
        ("20 مايو", "2015-05-20", "الاتفاق الذي وقعته الحكومة مع المعارضة في 20 مايو."),
        ("الاثنين", "2015-08-10", "ويتوجه الوزير الاثنين إلى العاصمة لبحث المخاوف الناجمة عن"),
    ]


def test_an_after_phrase_dates_the_background_happening() -> None:
    text = "ويأتي الاجتماع اليوم بعد توصل الطرفين إلى تفاهم أمس."
    assert _events(text) == [
        ("أمس", "2015-08-03", "بعد توصل الطرفين إلى تفاهم أمس."),
        ("اليوم", "2015-08-04", "ويأتي الاجتماع اليوم"),
    ]


def test_a_subordinate_clause_after_a_dated_main_clause() -> None:
    text = "ووصل الرئيس إلى المدينة اليوم بعد أن غادر العاصمة صباح أمس."
    assert [(expr, clause) for expr, _, clause in _events(text)] == [
        ("اليوم", "ووصل الرئيس إلى المدينة اليوم"),
        ("صباح أمس", "بعد أن غادر العاصمة صباح أمس."),
    ]


def test_an_after_right_before_its_date_is_left_alone() -> None:
    # two words between "after" and the date: the date dates nothing (as before), nothing is cut
    text = "عاود اللاعبون اليوم تدريباتهم بعد فوزهم مساء أمس على الفريق الضيف."
    assert _events(text) == [("اليوم", "2015-08-04", text)]


def test_a_reaction_keeps_its_own_date_and_its_object_takes_its_own() -> None:
    # the condemnation's today, the attack's yesterday (react43; before, the sentence stayed whole)
    text = "وأدان الوزير اليوم الهجوم الذي استهدف أمس مركز الشرطة."
    assert _events(text) == [("أمس", "2015-08-03", "الهجوم الذي استهدف أمس مركز الشرطة."),
                             ("اليوم", "2015-08-04", "وأدان الوزير اليوم")]


def test_a_relative_date_the_clause_drops_is_not_cut_off() -> None:
    # beside the visit's day the opening's month dates nothing: the clause stays whole, one event
    text = "ويزور الوفد الخميس المصنع الذي افتتحه الوزير في مارس الماضي."
    assert [(expr, clause) for expr, _, clause in _events(text)] == [("الخميس", text)]


def _weekend(text: str) -> str | None:
    return next(t.value for t in tag(text, "2015-08-04") if "الأسبوع" in t.text)  # a Tuesday


def test_a_weekend_after_a_past_date_of_its_sentence_is_the_last_one() -> None:
    # the perfect ووصل is too far back; the Sunday before it is past
    assert _weekend("ووصل الوزير إلى العاصمة الأحد قادما من القاهرة بعد زيارة قصيرة لمصر في نهاية الأسبوع.") \
        == "2015-W31-WE"


def test_a_present_verb_before_the_weekend_keeps_it_ahead() -> None:
    assert _weekend("التقى الوزير أمس نظيره الفرنسي على أن يجتمع الوفدان في نهاية الأسبوع.") == "2015-W32-WE"
    assert _weekend("ويصل الوزير إلى العاصمة في نهاية الأسبوع.") == "2015-W32-WE"


def test_a_perfect_of_travel_tells_the_past() -> None:
    assert _weekend("وعاد الفريق إلى المدينة في نهاية الأسبوع.") == "2015-W31-WE"


def test_a_relative_clause_after_a_dated_antecedent_keeps_its_own_day() -> None:
    # the antecedent is a dated happening ("موجة البيع في 3 مارس"); the relative clause tells another day of it
    text = ("وظل المؤشر دون هذا المستوى منذ موجة البيع في 3 مارس 2014 التي هبطت به إلى 5200 نقطة في 11 من "
            "الشهر نفسه مسجلا أدنى مستوياته.")
    assert sorted((value, clause) for _, value, clause in _events(text)) == [
        ("2014-03-03", "منذ موجة البيع في 3 مارس 2014"),  # (the background "since" is cut off, as before)
        ("2014-03-11", "التي هبطت به إلى 5200 نقطة في 11 من الشهر نفسه مسجلا أدنى مستوياته."),
    ]


def test_a_relative_clause_after_a_dated_antecedent_is_cut_only_with_a_day_of_its_own() -> None:
    # no date of its own in the relative clause: one clause, as before
    text = "وشارك الوزير في قمة 12 مايو التي جمعت قادة المنطقة لبحث الأزمة."
    assert [(value, clause) for _, value, clause in _events(text)] == [
        ("2015-05-12", "وشارك الوزير في قمة 12 مايو التي جمعت قادة المنطقة لبحث الأزمة."),
    ]
    # a present verb opens it (a description, not a day told apart): one clause
    text = "وتستمر مهرجانات صيف 2015 التي تقام في الحدائق العامة حتى نهاية الشهر."
    assert len({clause for _, _, clause in _events(text)}) == 1
