"""The tagger's faster scans find exactly what the plain patterns find: key words and tense
cues matched with the character before them (so ``re`` skips the inside of words), and rule
matches a longer one shadows, made only when a name hides that one."""

from __future__ import annotations

import re
from pathlib import Path

from timeline._tense import Tense
from timeline.engine import Found, _Shadow, _unshadow, load_grammar, whole_words
from timeline.lang.ar.rules import load_corpus
from timeline.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent

# Written for this test: a key word first, after punctuation, brackets, a dash, an underscore,
# digits with clitics, cues at the start of a sentence and right after its end.
_LINES = (
    "أمس، الاثنين، وصل الوفد",
    "12 آذار 2021 (الأحد) وفي 3-4 نيسان",
    "و12 يوماً،وبعد_غد وبعد غد: لقد كان ذلك منذ سنتين",
    "سوف يعقد الاجتماع غداً.سيعقد الاجتماع بعد غد!كان الاجتماع أمس",
    "«اليوم» (اليوم) -غداً- 2022/01/25 و2015",
    "من المقرر أن تبدأ المفاوضات الأسبوع المقبل؛ وقد انتهت الجولة السابقة الشهر الماضي",
)


def _texts() -> list[str]:
    corpus = load_corpus()
    texts = [ex["text"] for g in corpus["groups"] for ex in g["examples"]] + corpus["negative"]
    texts += [(ROOT / "benchmarks" / name).read_text(encoding="utf-8") for name in ("sample_ar.txt", "news_ar.txt")]
    return [normalize(t).text for t in (*texts, *_LINES)]


def test_key_words_are_what_the_key_pattern_finds() -> None:
    grammar = load_grammar()
    for text in _texts():
        fast = [(m.span("key"), m.group("key")) for m in whole_words(grammar.keys, grammar.keys_after, text)]
        plain = [(m.span("key"), m.group("key")) for m in grammar.keys.finditer(text)]
        assert fast == plain, text[:80]


def test_tense_cues_are_what_the_whole_word_pattern_finds() -> None:
    grammar = load_grammar()
    for norm in map(normalize, _LINES):
        text = norm.text
        tense = Tense(norm, grammar)
        for start in range(len(text) + 1):
            lo = max(0, start - 80)
            ends = [i for i in range(lo, start) if text[i] in ".!?;\n"]
            last = None
            for cue in grammar.tense_cues.finditer(text, ends[-1] + 1 if ends else lo, start):
                if cue.group("first") is None or tense._first_person(cue.start("first")):
                    last = cue
            expected = None if last is None else last.group("past") is None
            assert tense.at(start) is expected, (text, start)


def test_a_shadowed_match_is_made_only_when_a_name_hides_the_longer_one() -> None:
    m = re.match(r"\w+", "ثلاثة أيام")
    assert m is not None
    made = Found(0, 5, "made", "r")

    def produce(rule: object, match: re.Match[str]) -> Found:
        return made

    longer, other = Found(0, 10, "longer", "r"), Found(20, 25, "other", "q")
    shadows = [_Shadow(1, None, m, longer)]  # type: ignore[arg-type]
    visible = bytearray(30)
    assert _unshadow([longer, other], shadows, produce, visible) == [longer, other]
    hidden = bytearray(30)
    hidden[2] = 1
    assert _unshadow([longer, other], shadows, produce, hidden) == [longer, made, other]


def test_the_grammar_compiles_its_tense_cues_once() -> None:
    grammar = load_grammar()
    assert Tense(normalize(""), grammar).cues is grammar.tense_cues
    assert grammar.tense_cues.match("سوف") and grammar.tense_cues.match("كان")["past"] == "كان"


def test_a_routed_pattern_matches_where_its_rule_does_once_the_word_start_holds() -> None:
    from timeline.lang.ar.rules.common import WORD_START

    word_start = re.compile(WORD_START)
    grammar = load_grammar()
    bodies = {rule.name: pattern for entries in grammar.routes.values() for rule, pattern in entries}
    texts = [normalize(t).text for t in (*_LINES, "وبالأمس، فلليوم ولمدة 3 أيام بل الخميس كالعادة وللساعة 5")]
    for rule, full in grammar.rules:
        body = bodies[rule.name]
        for text in texts:
            for at in range(len(text)):
                whole = full.match(text, at)
                routed = body.match(text, at) if word_start.match(text, at) else None
                assert (whole and (whole.span(), whole.groupdict())) == (routed and (routed.span(), routed.groupdict())), \
                    (rule.name, text, at)


def test_a_key_word_is_tried_after_its_clitics_only_where_the_word_start_holds() -> None:
    from timeline.engine import _plan
    from timeline.lang.ar.rules.common import WORD_START

    word_start = re.compile(WORD_START)
    grammar = load_grammar()
    for word in ("الخميس", "والخميس", "بالخميس", "وبالخميس", "فللخميس", "بلخميس", "لبالخميس", "و0", "وب0", "بل0"):
        tried = [k for k, _, _ in _plan(word, grammar.routes, grammar.lex.name_heads).tries]
        text = " " + word + " "
        assert all(word_start.match(text, 1 + k) for k in tried), word
        assert all(k in tried or not word_start.match(text, 1 + k) or word[k:] not in grammar.routes
                   and not word[k:].startswith("0") for k in range(3)), word
