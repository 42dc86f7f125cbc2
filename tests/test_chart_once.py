"""A text is parsed once: :meth:`Grammar.chart` (the candidates and their joins) does not depend on what
resolves, so a piece placed against two dates (written the day before its date: "اليوم الاثنين" in a
Tuesday's paper) is chosen from twice but parsed once. Also :meth:`Lexicon.lookup` of one word. Sentences
of our own."""

from __future__ import annotations

import pytest

from timeline import engine, tag
from timeline.engine import Found, load_grammar
from timeline.lexicon import load_lexicon
from timeline.normalize import normalize

_TUESDAY = "2022-01-25T10:00"
_WRITTEN_MONDAY = "وقال الوزير اليوم الاثنين إن الوفد وصل أمس إلى العاصمة ويغادر بعد يومين، على أن يعود في 3 شباط."
_PLAIN = "وصل الوفد صباح يوم الخميس 6 أغسطس 2015 إلى القاهرة، وغادر بعد ثلاثة أيام من 10 حتى 12 أغسطس."


def _key(found: list[Found]) -> list[tuple[int, int, str, object]]:
    return [(f.start, f.end, f.rule, f.meaning) for f in found]


@pytest.mark.parametrize("sentence", [_WRITTEN_MONDAY, _PLAIN])
def test_a_chart_made_before_chooses_as_find_alone(sentence: str) -> None:
    grammar = load_grammar()
    norm, keys = grammar.normalized(sentence)
    text = norm.text
    chart = grammar.chart(text, source=norm, keys=keys)
    made = list(chart)
    for accept in (None, lambda f: f.parts == 1, lambda f: False):
        alone = grammar.find(text, accept=accept, source=norm, keys=keys)
        assert _key(grammar.find(text, accept=accept, source=norm, chart=chart)) == _key(alone)
        assert chart == made  # left as made: another choice can use it
    assert _key(grammar.find(text, source=norm, chart=chart))  # something is chosen


def test_a_piece_placed_against_two_dates_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    charts: list[str] = []
    chart = engine.Grammar.chart

    def counted(self: engine.Grammar, text: str, **kw: object) -> list[Found]:
        charts.append(text)
        return chart(self, text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.Grammar, "chart", counted)
    found = tag(_WRITTEN_MONDAY, _TUESDAY)
    assert len(charts) == 1
    # written on Monday: "أمس" is Sunday, "بعد يومين" counts from Monday; the weekday's disagreement is told
    assert [(t.text, t.value) for t in found][:3] == [("اليوم الاثنين", "2022-01-24"), ("أمس", "2022-01-23"),
                                                      ("بعد يومين", "2022-01-26")]
    assert found[0].conflict


def test_a_word_not_in_a_table_is_looked_up_as_itself() -> None:
    lex = load_lexicon()
    assert lex.lookup("weekdays", normalize("الاثنين").text) is not None
    assert lex.lookup("weekdays", "الوفد") is None  # one word, not a weekday
    assert lex.lookup("weekdays", "") is None
    # several words: spaces and dashes read as one space (or one dash) still find the form
    assert lex.lookup("cardinals", "خمسه  عشر") == lex.lookup("cardinals", "خمسه عشر") == 15
    assert lex.lookup("cardinals", "خمسه-عشر") == 15
    assert lex.lookup("cardinals", " خمسه\tعشر ") == 15
