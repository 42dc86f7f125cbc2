"""Whose date a relative clause holds (Arabic written for these tests; ``timeline._clauses``).

A relative clause told done after a noun naming a happening of another group than the main clause's
(``وزار الرئيس موقع الانفجار الذي هز العاصمة يوم الخميس``) dates that happening: the clause is cut
off at the noun, its row is the explosion's, and the visit keeps no date (``_happening_described``). A
date told with the main predicate (``وزار الرئيس يوم الأحد موقع الانفجار…``، ``أعلن الوزير يوم الأحد
القرار الذي…``) stays the predicate's; a relative clause opening on a present describes and cuts nothing.
A cut at an antecedent takes in the construct its definite words complete (``أفلت | مطلق النار الذي``،
``اتفاق وقف إطلاق النار الذي``: ``_construct_cut``), and a و joining two nouns that carry one
possessive pronoun (``أمام جاره وشقيقه``) is no connective (``_coordinated_possessed``)."""

from __future__ import annotations

import polars as pl
import pytest

from merge_helpers import clause_rows
from timeline.pipeline import build_timeline


def _rows(text: str) -> list[dict]:
    """The events of one article holding ``text`` (published Sunday 9 August 2015): clause, expression, value."""
    events = build_timeline(pl.DataFrame([{"id": "a", "published": "2015-08-09T08:00", "text": text}]),
                            merge=False).events
    return events.select("clause", "expr", "value").to_dicts()


def _dated(text: str, expression: str) -> dict:
    found = [r for r in _rows(text) if r["expr"] == expression]
    assert len(found) == 1, _rows(text)
    return found[0]


def test_a_relative_clause_after_a_happening_noun_dates_that_happening() -> None:
    text = "وزار الرئيس موقع الانفجار الذي هز العاصمة يوم الخميس."
    row = _dated(text, "يوم الخميس")
    assert row["clause"] == "الانفجار الذي هز العاصمة يوم الخميس."
    assert row["value"] == "2015-08-06"
    assert clause_rows([text])["c-0"]["trigger"] == "تفجير"  # the row is the explosion, not the visit


def test_the_fire_the_governor_inspected() -> None:
    row = _dated("وتفقد المحافظ موقع الحريق الذي اندلع في السوق فجر الأحد.", "فجر الأحد")
    assert row["clause"].startswith("الحريق الذي اندلع")


@pytest.mark.parametrize("text", [
    "وزار الرئيس يوم الأحد موقع الانفجار الذي هز العاصمة.",  # the visit's own day, told before the noun
    "وأعلن الوزير يوم الأحد القرار الذي اتخذته الحكومة بشأن الأسعار.",
])
def test_a_date_told_with_the_main_predicate_stays_its_own(text: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0]["clause"] == text and rows[0]["value"] == "2015-08-09"


@pytest.mark.parametrize(("text", "expression"), [
    # a present describes the place: the date after it is the visit's
    ("وزار الرئيس موقع الانفجار الذي يبعد كيلومترين عن القصر يوم الخميس.", "يوم الخميس"),
    # a toll in the attack: one group, one happening
    ("وقتل جندي في الهجوم الذي استهدف الحاجز أمس.", "أمس"),
])
def test_what_is_not_cut_off(text: str, expression: str) -> None:
    assert _dated(text, expression)["clause"] == text


@pytest.mark.parametrize(("text", "expression", "opening"), [
    ("وأفلت مطلق النار الذي قتل 12 شخصا في عام 2012 من عقوبة الإعدام.", "عام 2012", "مطلق النار الذي"),
    ("ولم يسترد لقب الدوري الذي فاز به في عام 2014 رغم صفقاته الكبيرة.", "عام 2014", None),
    ("وأكد المتحدث أن الوفدين سيبحثان تطبيق اتفاق وقف إطلاق النار الذي تم التوصل إليه في فبراير الماضي.",
     "فبراير الماضي", "اتفاق وقف إطلاق النار الذي"),
    # the article makes a noun no construct's head (للأعضاء: to the members)
    ("وقدم المدير للأعضاء خارطة الطريق التي وقعتها الوكالة في يوليو الماضي.", "يوليو الماضي", "خارطة الطريق التي"),
])
def test_a_cut_at_an_antecedent_keeps_its_construct(text: str, expression: str, opening: str | None) -> None:
    clause = _dated(text, expression)["clause"]
    assert "لقب الدوري" in clause if opening is None else clause.startswith(opening)


def test_a_verb_after_its_subject_opens_no_construct() -> None:
    text = "وقال المتحدث إن الجيش قتل المسلح الذي هاجم الحاجز أمس."
    assert _dated(text, "أمس")["clause"] == text


def test_two_nouns_with_one_pronoun_stay_one_phrase() -> None:
    text = ("ويسافر المنتخب بعد غد الثلاثاء إلى القاهرة لخوض مباراة الكأس أمام جاره وشقيقه الفريق الأردني "
            "المقررة الخميس المقبل.")
    row = _dated(text, "الخميس المقبل")
    assert "مباراة الكأس" in row["clause"] and row["value"] == "2015-08-13"


def test_two_verbs_holding_a_pronoun_are_still_two_clauses() -> None:
    rows = {r["expr"]: r["clause"] for r in _rows("واستقبله الرئيس يوم الأحد وودعه أمس في المطار.")}
    assert rows["أمس"].startswith("وودعه") and "وودعه" not in rows["يوم الأحد"]


@pytest.mark.parametrize(("text", "first", "second"), [
    # three letters and a pronoun after و: a perfect and its object as well as a noun (review80)
    ("ونقل الجيش جثمانه أمس إلى مسقط رأسه ودفنه اليوم في مقبرة العائلة.", "أمس", "اليوم"),
    ("وتسلم المحقق ملف القضية يوم الخميس وأعاد ترتيب أوراقه ونقله اليوم إلى النيابة.", "يوم الخميس", "اليوم"),
])
def test_a_perfect_with_its_object_after_a_possessed_noun_opens_a_clause(text: str, first: str, second: str) -> None:
    rows = {r["expr"]: r["clause"] for r in _rows(text)}
    assert second not in rows[first] and rows[second].startswith(("ودفنه", "ونقله"))


def test_a_construct_opens_after_an_expression() -> None:
    # the chain of a construct's nouns stops at an expression's word: no cut inside "طوال ساعتين" (review80)
    text = "وتفقد المحافظ طوال ساعتين موقع الحريق الذي اندلع في السوق فجر الأحد."
    clause = _dated(text, "فجر الأحد")["clause"]
    assert clause.startswith("موقع الحريق الذي")
