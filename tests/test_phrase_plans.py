"""Where a not-date phrase may start is read from each key word's plan (:attr:`timeline.engine._Plan.phrases`):
the same phrases as the scan of the whole text (the path taken when a phrase's first word is no key)."""

from __future__ import annotations

import pytest

from timeline.engine import load_grammar
from timeline.normalize import normalize

# sentences of our own: phrases after no, one and two clitics, in quotes, beside real dates
SENTENCES = [
    "تتحسن الأوضاع يوماً بعد يوم منذ الخميس الماضي.",
    "وعاماً بعد عام يكبر الحلم، وفي عام 2015 تحقق.",
    "قرأت «اليوم» و\"اليوم\" صباح الخير، ثم سافرت اليوم إلى القاهرة.",
    "وبالربيع العربي تغير كل شيء في ربيع 2011، وفالربيع العربي انتهى.",
    "فازوا بكرة القدم يوم الجمعة 3 يوليو وخسروا بكرة السلة أمس.",
    "ولجريدة اليوم قال المتحدث إن الاجتماع سيعقد غداً؛ مساء الخير.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_phrases_found_from_plans_equal_the_whole_text_scan(sentence: str) -> None:
    g = load_grammar("ar")
    assert g.not_date_heads is not None
    probe = g._replace(not_date_heads=None, plans={})
    text = normalize(sentence).text
    assert [(f.start, f.end, f.rule) for f in g.find(text)] == [(f.start, f.end, f.rule) for f in probe.find(text)]


def test_a_plan_holds_where_its_phrases_start() -> None:
    g = load_grammar("ar")
    text = normalize("تحسن يوماً بعد يوم و«اليوم» واليوم").text
    g.find(text)
    assert g.plans["يوما"].phrases == (0,)
    assert g.plans["اليوم"].phrases == tuple(-b for b in g.not_date_heads["اليوم"])  # type: ignore[index]
    assert g.plans["واليوم"].phrases == tuple(1 - b for b in g.not_date_heads["اليوم"])  # type: ignore[index]
