"""A happening told as held on the sidelines of another (``على هامش القمة``) is the clause's own:
the host happening after «هامش» is background (``timing`` and ``subordinators`` of
``lang/ar/triggers.yaml``); and a relative clause's antecedent that a happening noun heads
(``انتخابات رئاسة الاتحاد التي ستجري…``) keeps that noun, so the clause names the elections
(Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline import wording
from timeline._clauses import _antecedent
from timeline.events import _date_cues
from timeline.frame import conform_events
from timeline.happenings import load_triggers
from timeline.normalize import fold
from timeline.pipeline import build_timeline


def _triggers(clauses: list[str], exprs: list[str]) -> list[str | None]:
    starts = [c.index(e) for c, e in zip(clauses, exprs)]
    events = conform_events(pl.DataFrame({
        "article_id": [f"a{i}" for i in range(len(clauses))], "clause": clauses, "expr": exprs,
        "clause_start": [0] * len(clauses), "expr_start": starts,
        "expr_end": [s + len(e) for s, e in zip(starts, exprs)],
        "published": [dt.datetime(2016, 3, 9, 10)] * len(clauses), "place": [None] * len(clauses),
    }))
    return wording.clause_features(events).events["trigger"].to_list()


def _head(text: str) -> str:
    pronoun = _date_cues().relative.search(text)
    assert pronoun is not None
    head = _antecedent(text, 0, pronoun.start(), _date_cues())
    return "" if head is None else text[head:pronoun.start()].strip(" ،")


def _events(text: str) -> list[tuple[str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": "2016-03-09T08:00", "text": text}]),
                           merge=False).events
    return sorted(zip(frame["expr"], frame["clause"]))


def test_what_is_held_on_the_sidelines_is_the_clause_own() -> None:
    clauses = ["ووقع الوزيران اتفاقية للتعاون التجاري على هامش القمة الخليجية أمس",
               "وتجري انتخابات رئاسة الاتحاد على هامش اجتماع الجمعية العمومية يوم الجمعة المقبل",
               "وافتتح الأمير معرض الكتاب على هامش المؤتمر صباح اليوم"]
    assert _triggers(clauses, ["أمس", "يوم الجمعة المقبل", "صباح اليوم"]) == ["اتفاق", "انتخابات", "افتتاح"]
    lexicon = load_triggers()
    clause = fold(clauses[0])
    assert lexicon.happening(clause, at=clause.index("امس")) == "اتفاق"


def test_the_host_happening_alone_still_names_the_clause() -> None:
    # nothing else told: the summit, as after خلال (a fallback, not the clause's own predicate)
    clauses = ["وجرى ذلك على هامش القمة العربية في القاهرة أمس"]
    assert _triggers(clauses, ["أمس"]) == ["اجتماع"]


def test_a_happening_noun_heads_the_antecedent() -> None:
    text = "ويتعين على المرشحين تقديم طلباتهم قبل شهرين من انتخابات رئاسة الاتحاد التي ستجري في 12 مارس المقبل."
    assert _head(text) == "انتخابات رئاسة الاتحاد"
    [(expr, clause)] = _events(text)
    assert expr == "12 مارس المقبل"
    assert clause.startswith("انتخابات رئاسة الاتحاد التي")
    assert _head("وتحدث الوزير عن نتائج زيارة الوفد التي جرت الأسبوع الماضي") == "زيارة الوفد"


def test_no_verb_nor_other_noun_joins_the_antecedent() -> None:
    # a verb before the construct (قصفت) is the main clause's; a noun naming no happening (مبنى) too
    assert _head("وقصفت قاعدة الجيش التي سيطر عليها المسلحون أمس") == "قاعدة الجيش"
    assert _head("واحتشد المتظاهرون أمام مبنى وزارة الداخلية التي شهدت أمس مواجهات") == "وزارة الداخلية"
    assert _head("ووصل الوفد إلى مقر وزارة الخارجية التي استضافت أمس الاجتماع") == "وزارة الخارجية"


def test_held_on_the_sidelines_is_dated_from_the_host_happenings_own_day() -> None:
    text = ("انطلقت القمة العربية في القاهرة أمس بمشاركة عشرين زعيما. "
            "والتقى وزير الخارجية نظيره المصري على هامش القمة وبحثا العلاقات الثنائية.")
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": "2016-03-09T08:00", "text": text}]),
                           merge=False).events
    rows = sorted(zip(frame["expr"], frame["value"], frame["anchor"]))
    # X dated only by another clause naming a happening of its kind: not dated from it (an article
    # tells several meetings), nor left pending
    assert rows == [("أمس", "2016-03-08", "published")]
    # X's own day in its relative clause, or right after it
    text = "ووقع الوزيران الاتفاقية على هامش المؤتمر الذي عقد يوم الأحد الماضي في الرياض."
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": "2016-03-09T08:00", "text": text}]),
                           merge=False).events
    assert frame["value"].to_list() == ["2016-03-06"] and frame["anchor"].to_list() == ["event:مؤتمر"]
    text = "والتقى وزير الخارجية نظيره المصري على هامش القمة العربية يوم الخميس الماضي."
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": "2016-03-09T08:00", "text": text}]),
                           merge=False).events
    assert frame["value"].to_list() == ["2016-03-03"]


def test_no_sidelines_without_a_happening_word() -> None:
    # a margin of profit, the sidelines of a word naming no happening: nothing dated from them
    for text in ["وقال إن هامش الربح تراجع أمس.", "وتحدث الوزير على هامش أعمال اللجنة التي انطلقت أمس."]:
        frame = build_timeline(pl.DataFrame([{"id": "a", "published": "2016-03-09T08:00", "text": text}]),
                               merge=False).events
        assert "event:" not in " ".join(a or "" for a in frame["anchor"].to_list())
