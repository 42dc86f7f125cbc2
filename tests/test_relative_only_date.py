"""A relative clause holding its sentence's only date, telling an act done to its antecedent (its
verb or a preposition after it holds the antecedent's pronoun) days or more before the publication:
the date is that act's, cut off with its antecedent, and the main predicate is told undated
(relcl42). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events, split_clauses
from timeline.tagger import tag

PUBLISHED = dt.datetime(2015, 8, 6, 9)


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.as_row()["expr"], e.as_row()["value"], e.clause.text) for e in article_events("a", text, PUBLISHED)]


def test_the_made_things_date_is_not_the_reports_act() -> None:
    text = "وأكد المتحدث أن أغلب أعضاء المجلس وقعوا رسميا المشروع الذي تقدم به النائب في يونيو الماضي."
    got = _events(text)
    assert [(expr, value) for expr, value, _ in got] == [("يونيو الماضي", "2015-06")]
    assert got[0][2].startswith("المشروع الذي")  # the signing is no event of June
    text = "كما عرض الوزير على النواب خطة الطوارئ التي أعدتها الوزارة مع الخبراء في 3 من يوليو الماضي."
    got = _events(text)
    assert [(expr, value) for expr, value, _ in got] == [("3 من يوليو الماضي", "2015-07-03")]
    assert got[0][2].startswith("خطة الطوارئ التي")


def test_a_preposition_holding_the_pronoun() -> None:
    text = "ورفض رئيس الحكومة بشكل قاطع الاتفاق الذي توصلت إليه الأطراف في 20 يوليو."
    clauses = [c.text for c in split_clauses(text, tag(text, PUBLISHED), PUBLISHED)]
    assert len(clauses) == 2 and clauses[1].startswith("الاتفاق الذي توصلت إليه")


def test_not_yesterday_nor_today() -> None:
    # the host act is mostly the same day as what its relative clause tells of a day so near
    text = "وحضر السفير الحفل الذي أقامته الجالية أمس."
    assert [(expr, clause) for expr, _, clause in _events(text)] == [("أمس", text)]


def test_not_at_an_occasion_nor_for_a_reaction() -> None:
    text = "وشارك الوزير في المؤتمر الذي عقدته الجامعة الأحد الماضي."
    assert [(expr, clause) for expr, _, clause in _events(text)] == [("الأحد الماضي", text)]
    # a reaction: the date is the attack's, the condemnation told in its report's window (react43)
    text = "وأدانت الوزارة الهجوم الذي شنه مسلحون على القرية الأحد الماضي."
    assert [(expr, value, clause) for expr, value, clause in _events(text)] == [
        ("", "2015-08-05/2015-08-06", "وأدانت الوزارة"),
        ("الأحد الماضي", "2015-08-02", "الهجوم الذي شنه مسلحون على القرية الأحد الماضي.")]


def test_not_a_clause_of_no_verb_nor_without_the_publication() -> None:
    text = "ونقلت الشرطة المتهم الذي لديه سوابق منذ عام 2010 إلى السجن المركزي."
    assert len(split_clauses(text, tag(text, PUBLISHED), PUBLISHED)) == 1
    text = "ووقع النواب المشروع الذي تقدم به النائب في يونيو الماضي."
    assert len(split_clauses(text, tag(text, PUBLISHED))) == 1  # (the cut needs the publication)


def test_not_past_a_number_a_bracket_or_a_complementizer() -> None:
    # the relative clause may end before them: what follows, the date with it, is the host's
    for text in ("وجنى الفيلم الذي أنتجته الشركة 20 مليون دولار في دور العرض يوم الجمعة الماضي.",
                 "وبدأ التنظيم الذي تصفه الحكومة بأنه جماعة محظورة نشاطه عام 1990.",
                 "وانخفض حجم الإنفاق (الذي تحدده الحكومة سنويا) إلى النصف في عام 2012."):
        assert len(split_clauses(text, tag(text, PUBLISHED), PUBLISHED)) == 1, text
