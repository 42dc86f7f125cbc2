"""The engine's shortcut (rules tried only at the words that can begin them) finds exactly
what running every rule over the whole text finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

from timeline.engine import _FOLLOWING, load_grammar
from timeline.lang.ar.rules import load_corpus
from timeline.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    corpus = load_corpus()
    texts = [ex["text"] for g in corpus["groups"] for ex in g["examples"]] + corpus["negative"]
    texts += [json.loads(line)["text"] for line in (ROOT / "examples" / "articles.jsonl").open(encoding="utf-8")]
    texts.append((ROOT / "benchmarks" / "sample_ar.txt").read_text(encoding="utf-8"))
    return texts


def test_routed_matching_equals_exhaustive_matching() -> None:
    grammar = load_grammar()
    for text in _texts():
        folded = normalize(text).text
        fast = [(f.start, f.end, f.rule) for f in grammar.find(folded)]
        slow = [(f.start, f.end, f.rule) for f in grammar.find(folded, exhaustive=True)]
        assert fast == slow, text[:80]


_NUMBER = re.compile(r"(?<![\w])[وفبلك]{0,2}(\d+)")


def test_what_follows_a_number_is_declared_by_each_rule() -> None:
    """A rule that says what may follow its number (``follows``) matches at digits only where
    the word after the number begins so: the route at a number may leave it out elsewhere."""
    grammar = load_grammar()
    mine = ["وقع الحادث في 15 من الشهر الجاري بعد 3 أيام من الهدنة", "بين 2010 و2015 ومن 2016 حتى 2019",
            "من 3 إلى 5 آب، ومن 7 - 9 أيلول 2014", "خلال 3 أيام المقبلة وخلال 48 ساعة الماضية",
            "الساعة 10.30 صباحا و1430 بتوقيت غرينتش و0900 ت.غ", "لمدة (21) يوماً ثم 12.5 ساعة",
            "10 دقائق قبل الساعة 5 و20 دقيقة بعد 7", "يوم 15 من كل شهر", "في 2015-2016 و2015 / 2016",
            "15. مارس 2012 و15 ـ 16 مارس", "3ايام و14الجاري"]
    checked = 0
    for text in _texts() + mine:
        folded = normalize(text).text
        for number in _NUMBER.finditer(folded):
            word = folded[number.end():].lstrip()
            for route in ("#/", "#_"):
                for rule, pattern in grammar.routes.get(route, ()):
                    if rule.name in grammar.follows and pattern.match(folded, number.start(1)):
                        checked += 1
                        assert word.startswith(grammar.follows[rule.name]), (rule.name, folded[number.start():][:40])
    assert checked > 300


_WORD = re.compile(r"(?<![\w])[وفبلك]{0,2}([^\W\d_]+)")


def test_what_follows_a_number_word_is_declared_by_each_rule() -> None:
    """At a number word ("الخامس", "ثلاثة") a rule with ``follows`` matches only where the word
    after begins as it says or goes on with the number ("والعشرين", "عشر")."""
    grammar = load_grammar()
    mine = ["في الخامس والعشرين من يوليو وفي الثالث عشر من آب", "قبل ثلاثة أيام وبعد خمسة عشر يوما",
            "عشر دقائق قبل الثامنة وخمس دقائق بعد التاسعة", "الأول من كل شهر والخامس عشر من كل شهر",
            "من الأول إلى الخامس من آب، ومن الثالث حتى السابع من الشهر الجاري", "ثلاثمائة يوم وثلاثة أرباع ساعة",
            "خلال ثلاثة أيام المقبلة وخلال الأيام الخمسة الماضية", "ثلاث سنوات ونصف", "(خمسة) أعوام",
            "في ثالث أيام عيد الفطر، وفي ثاني جمعة من رمضان، وأول يوم من الشهر، وثاني أسبوع من آب"]
    checked = 0
    for text in _texts() + mine:
        folded = normalize(text).text
        for m in _WORD.finditer(folded):
            for start in range(m.start(), m.start(1) + 1):  # the word, then without its clitics
                word = folded[start:m.end(1)]
                if word not in grammar.word_follows:
                    continue
                after = folded[m.end(1):_FOLLOWING.match(folded, m.end(1)).end()]
                chosen = grammar._after_number("#" + word, after)
                for rule, pattern in grammar.routes[word]:
                    if pattern.match(folded, start):
                        checked += 1
                        assert (rule, pattern) in chosen, (rule.name, folded[start:][:40])
    assert checked > 100


def test_every_rule_says_where_it_starts() -> None:
    grammar = load_grammar()
    routed = {rule.name for entries in grammar.routes.values() for rule, _ in entries}
    assert routed == {rule.name for rule, _ in grammar.rules}


def test_the_same_text_finds_the_same_after_the_caches_fill() -> None:
    """Plans and gaps are kept across texts (made on first use): a text finds what it found
    before they were filled, digits after clitics ("وفي 12 و13 آذار") included."""
    grammar = load_grammar()
    text = normalize("وصل الوفد في 12 و13 آذار 2021، وبعد 3 أيام غادر مساء الخميس").text
    grammar.plans.clear()
    grammar.joins.read.clear()
    first = [(f.start, f.end, f.rule) for f in grammar.find(text)]
    assert first and grammar.joins.read
    assert {w for w in grammar.plans if w[-1].isdigit()} == {"0", "و0"}  # "12", "2021", "3"; "و13"
    assert [(f.start, f.end, f.rule) for f in grammar.find(text)] == first
    assert [(f.start, f.end, f.rule) for f in grammar.find(text, exhaustive=True)] == first


def test_per_lexicon_builds_once_per_lexicon():
    """What productions build from a lexicon's word lists is made on first use and kept for
    that lexicon (not rebuilt at every match); another lexicon gets its own."""
    from timeline.lang.ar.rules.common import per_lexicon
    from timeline.lexicon import load_lexicon

    made: list[int] = []

    @per_lexicon
    def pattern(lex):
        made.append(id(lex))
        return re.compile(lex.alt("weekdays"))

    lex = load_lexicon("ar")
    first = pattern(lex)
    assert pattern(lex) is first and len(made) == 1
    assert first.fullmatch("الخميس")
