"""A relative clause whose perfect verb holds its antecedent's pronoun (التي وصلها، الذي زاره) and a
date of its own, after a dated main clause, tells an act done to the antecedent at its own time: it
is cut off with its antecedent, each part keeping its date (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline.pipeline import build_timeline


def _events(text: str, published: str = "2015-08-04T08:00") -> list[tuple[str, str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return sorted(zip(frame["expr"], frame["value"], frame["clause"]))


def test_a_town_reached_the_evening_before() -> None:
    text = "ويواصل الوزير جولته الخليجية اليوم في المنامة التي وصلها مساء أمس قادما من الكويت."
    assert _events(text) == [
        ("اليوم", "2015-08-04", "ويواصل الوزير جولته الخليجية اليوم في"),
        ("مساء أمس", "2015-08-03TEV", "المنامة التي وصلها مساء أمس قادما من الكويت."),
    ]


def test_a_feminine_perfect_with_the_masculine_pronoun() -> None:
    text = "وبدأت الحكومة اليوم تطبيق القانون الجديد الذي أقرته في جلستها الأحد الماضي."
    assert [(expr, value) for expr, value, _ in _events(text)] == [
        ("الأحد الماضي", "2015-08-02"), ("اليوم", "2015-08-04")]
    assert ("الأحد الماضي", "2015-08-02", "القانون الجديد الذي أقرته في جلستها الأحد الماضي.") in _events(text)


def test_without_a_date_of_its_own_the_clause_stays_whole() -> None:
    text = "ويواصل الوزير جولته الخليجية اليوم في المنامة التي وصلها قادما من الكويت."
    assert _events(text) == [("اليوم", "2015-08-04", text)]


def test_a_pronoun_of_another_antecedent_is_no_resumption() -> None:
    # التي … ـه: the pronoun is not the antecedent's (a noun with a possessive, not an act on the town)
    text = "ويواصل الوزير جولته الخليجية اليوم في المنامة التي موعده فيها مساء أمس."
    assert len(_events(text)) == 1


def test_a_reaction_keeps_its_own_date_and_its_object_takes_its_own() -> None:
    # the praise's today, the agreement's yesterday (react43; before, the sentence stayed whole)
    text = "وأشاد الوزير اليوم بالاتفاق الذي أبرمه الطرفان أمس في العاصمة."
    assert _events(text) == [("أمس", "2015-08-03", "بالاتفاق الذي أبرمه الطرفان أمس في العاصمة."),
                             ("اليوم", "2015-08-04", "وأشاد الوزير اليوم")]


def test_the_pronoun_on_a_preposition_after_the_verb() -> None:
    text = "وافتتح الأمير اليوم المرحلة الثانية من المشروع في المحافظة التي وصل إليها صباح أمس."
    assert ("صباح أمس", "2015-08-03TMO", "المحافظة التي وصل إليها صباح أمس.") in _events(text)
    assert ("اليوم", "2015-08-04", "وافتتح الأمير اليوم المرحلة الثانية من المشروع في") in _events(text)


def test_a_present_verb_with_the_pronoun_is_no_act_then() -> None:
    # تصفها: a present of three letters with the pronoun describes the antecedent; nothing is cut
    text = "وزار الوزير اليوم على رأس وفد كبير المنطقة التي تصفها التقارير الرسمية أمس بالمنكوبة."
    assert [clause for _, _, clause in _events(text)] == [text]


def test_a_preposition_holding_the_pronoun_is_no_verb() -> None:
    # review33: التي عليها، الذي لديه open a nominal relative clause (what the antecedent has or
    # carries), no act done to it: nothing is cut (the seizure was at dawn: the main clause's act)
    for text in ("وأعلنت وزارة الداخلية اليوم ضبط الشاحنة التي عليها شحنة الأسلحة فجر أمس قرب الحدود.",
                 "وذكرت الشرطة اليوم في بيانها القبض على المتهم الذي لديه سوابق عدة مساء أمس في حي السلامة.",
                 "وأعلنت الشرطة اليوم توقيف الرجل الذي عنده مخزن الذخيرة ليلة أمس في حي الشاطئ."):
        assert [clause for _, _, clause in _events(text)] == [text], text  # whole, as before the rule
