"""Selection asks for resolutions lazily: ``Grammar.find`` calls ``accept`` (the tagger's
resolution) only for a candidate the best-first cover would take, never for one a better
cover already shadows; a cover that fails to resolve leaves its parts in the running.
Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Callable

import pytest

from timeline import tag
from timeline import engine
from timeline.engine import Found, load_grammar
from timeline.normalize import normalize

_TRIP = "وصل الوفد صباح يوم الخميس 6 أغسطس 2015 إلى القاهرة، وغادر بعد ثلاثة أيام."
_MEETING = "اجتمع المجلس مساء أمس الأحد في العاصمة، ويعود للانعقاد بعد أسبوعين."


def _spans(found: list[Found], text: str) -> list[str]:
    return [text[f.start:f.end] for f in found]


def test_accept_is_asked_only_for_what_selection_takes(monkeypatch: pytest.MonkeyPatch) -> None:
    grammar = load_grammar()
    offered: list[int] = []
    best = engine._best

    def counted(found: list[Found], size: int, keep: Callable[[Found], bool]) -> list[Found]:
        offered.append(len(found))
        return best(found, size, keep)

    monkeypatch.setattr(engine, "_best", counted)
    for sentence in (_TRIP, _MEETING):
        text = normalize(sentence).text
        asked: list[Found] = []

        def accept(f: Found) -> bool:
            asked.append(f)
            return True

        chosen = grammar.find(text, accept=accept)
        assert offered[-1] > len(chosen) + 2  # parts and covers overlap: many more candidates than chosen
        # every candidate asked about was taken: none was resolved only to lose to a better cover
        assert sorted((f.start, f.end) for f in asked) == [(f.start, f.end) for f in chosen]


def test_a_cover_that_fails_to_resolve_yields_its_parts() -> None:
    grammar = load_grammar()
    text = normalize(_TRIP).text
    whole = grammar.find(text, accept=lambda f: True)
    assert "صباح يوم الخميس 6 اغسطس 2015" in _spans(whole, text)
    # the joined cover of the weekday and the date does not resolve: each part is taken alone
    asked: list[str] = []

    def accept(f: Found) -> bool:
        asked.append(text[f.start:f.end])
        return f.parts == 1 or "الخميس" not in text[f.start:f.end]

    parts = grammar.find(text, accept=accept)
    assert _spans(parts, text) == ["يوم الخميس", "6 اغسطس 2015", "بعد ثلاثه ايام"]
    assert asked[0] == "صباح يوم الخميس 6 اغسطس 2015"  # the best cover first, then the next best in its span


def test_a_failed_cover_then_its_next_best_is_resolved_once() -> None:
    grammar = load_grammar()
    text = normalize(_MEETING).text
    asked: list[tuple[int, int]] = []

    def accept(f: Found) -> bool:
        asked.append((f.start, f.end))
        return f.parts == 1

    grammar.find(text, accept=accept)
    assert len(asked) == len(set(asked))  # no candidate asked twice


def test_resolutions_match_the_chosen_expressions() -> None:
    published = dt.datetime(2015, 8, 9, 10, 0)
    out = tag(_TRIP + " " + _MEETING, published)
    assert [t.text for t in out] == ["صباح يوم الخميس 6 أغسطس 2015", "بعد ثلاثة أيام", "مساء أمس الأحد",
                                     "بعد أسبوعين"]
    assert out[0].value == "2015-08-06TMO"


def test_a_named_season_is_looked_for_only_before_the_season() -> None:
    published = dt.datetime(2024, 3, 10)
    # "هذا الربيع" after the text named "الربيع العربي": the uprising, no season
    assert tag("تحدث الكاتب عن الربيع العربي، وقال إن هذا الربيع لم ينته بعد.", published) == []
    # named only after it: the season of this year
    later = tag("قال المزارعون إن هذا الربيع جاء ممطراً، بعيداً عن حديث الربيع العربي.", published)
    assert [(t.text, t.value) for t in later] == [("هذا الربيع", "2024-SP")]
    assert [(t.text, t.value) for t in tag("قال المزارعون إن هذا الربيع جاء ممطراً.", published)] \
        == [("هذا الربيع", "2024-SP")]
