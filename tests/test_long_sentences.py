"""A run of text with no sentence end is cut into sentences of bounded length."""

import datetime as dt

from timeline import tag
from timeline._sentences import MAX_SENTENCE_CHARS
from timeline.events import article_events, split_sentences

PUBLISHED = dt.datetime(2022, 1, 25, 10, 0)
PHRASE = "وصل الوفد إلى المدينة يوم 26 حزيران، واجتمع بالمحافظ مساء الخميس الماضي، "


def test_a_short_sentence_is_kept_whole() -> None:
    text = "افتتح الوزير المعرض أمس. وزار الجناح الوطني."
    assert split_sentences(text) == [(0, 24), (25, 44)]


def test_a_long_run_without_full_stops_is_cut_after_commas_outside_expressions() -> None:
    text = PHRASE * 400  # about 30,000 characters, no full stop
    timexes = tag(text, published=PUBLISHED)
    spans = split_sentences(text, timexes)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[e] == "،" for s, e in spans[:-1])  # cut at a comma (trimmed like a sentence's end)
    assert all(not (t.start < e < t.end) for t in timexes for _, e in spans)
    def words(part: str) -> list[str]:
        return part.replace("،", " ").split()
    assert [w for s, e in spans for w in words(text[s:e])] == words(text)  # no word lost between the pieces


def test_a_long_run_without_commas_is_cut_at_spaces() -> None:
    text = " ".join(["كلمة"] * 3000)
    spans = split_sentences(text)
    assert all(e - s <= MAX_SENTENCE_CHARS and text[s] != " " and text[e - 1] != " " for s, e in spans)
    assert sum(text[s:e].count("كلمة") for s, e in spans) == 3000


def test_events_of_a_long_run_carry_bounded_sentences() -> None:
    text = PHRASE * 200
    events = article_events("long", text, PUBLISHED)
    assert events
    assert max(len(e.sentence) for e in events) <= MAX_SENTENCE_CHARS
    assert all(text[e.timex.start:e.timex.end] == e.timex.text for e in events)


def test_containment_by_bisection_agrees_with_the_scan() -> None:
    import random

    from timeline.events import _inside_any
    text = PHRASE * 40
    timexes = tag(text, published=PUBLISHED)
    rng = random.Random(7)
    for _ in range(20):
        spans = rng.sample(timexes, 5)
        inside = _inside_any(spans)
        assert [inside(t) for t in timexes] == \
            [any(p.start <= t.start and t.end <= p.end for p in spans) for t in timexes]


def test_the_first_expression_after_a_point_is_the_same_sorted_or_not() -> None:
    from timeline.anchors import _ByStart, _first_from
    timexes = tag(PHRASE * 5, published=PUBLISHED)
    for pos in range(0, len(PHRASE) * 5, 7):
        assert _first_from(_ByStart(timexes), pos) == _first_from(list(reversed(timexes)), pos)
