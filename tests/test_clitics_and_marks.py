"""One source for what may stick to a word's start (``clitics`` of lang/ar/wording.yaml, read by
:func:`timeline.lexicon.clitic_prefixes`) and for the punctuation a phrase ends at
(:data:`timeline.lexicon.PHRASE_END` and its named sets). Arabic written for these tests."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import _clauses, _dating, _told, anchors, merge, tag
from timeline.lexicon import COLONS, COMMAS, PHRASE_END, SEMICOLONS, SENTENCE_ENDS, clitic_prefixes, marks
from timeline.normalize import fold
from timeline.wording import _words_pattern, load_wording


def test_the_prefixes_follow_the_order_conjunction_preposition_article() -> None:
    clitics = clitic_prefixes()
    prefixes = clitics.prefixes()
    assert {"", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ال", "بال", "وكال", "لل", "ولل", "فلل"} <= prefixes
    # ل before the article is written لل, never لال; the article never comes first
    assert not {"لال", "ولال", "الو", "بو", "لب"} & prefixes
    assert clitics.prefixes(article=False) == {c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك")}
    assert clitics.letters == load_wording().proclitics == "وفبلك"


@pytest.mark.parametrize("article", [True, False])
def test_the_pattern_reads_exactly_the_prefixes(article: bool) -> None:
    clitics = clitic_prefixes()
    pattern = re.compile("^" + clitics.pattern(article) + "(?:مقابله)$")
    made = {w.removesuffix("مقابله") for w in (a + b + c + d + "مقابله" for a in ("", "و", "ف")
                                                for b in ("", "ب", "ل", "ك", "ا") for c in ("", "ل", "ا")
                                                for d in ("", "ل"))
            if pattern.match(w)}
    assert made == clitics.prefixes(article)


def test_a_listed_word_is_read_after_lam_and_the_article() -> None:
    pattern = re.compile(_words_pattern(["مقابله", "بيان"]))
    read = [fold(w) for w in ("للمقابلة", "وللمقابلة", "فللبيان", "بالبيان", "كالبيان", "المقابلة")]
    assert all(pattern.match(w) for w in read)
    assert not any(pattern.match(fold(w)) for w in ("لالمقابلة", "المقابلات", "مقابل", "البيانات"))
    assert not re.match(_words_pattern(["مقابله"], article=False), fold("للمقابلة"))


@pytest.mark.parametrize("venue", ["وللمقابلة التي أجراها مع التلفزيون", "بالبيان الصادر عن مكتبه",
                                   "في مؤتمر صحافي بالعاصمة"])
def test_a_tail_naming_where_it_was_told_reads_the_venue_after_its_clitics(venue: str) -> None:
    text = f"ويزور الوزير المدينة في العشرين من الشهر المقبل، بحسب ما ذكر أمس {venue}."
    assert _dating._names_a_venue(text, text.index("بحسب"))


def test_no_venue_past_the_tail_end() -> None:
    text = "ويزور الوزير المدينة الشهر المقبل، بحسب ما ذكر أمس. وفي مؤتمر صحافي لاحق تحدث عن الميزانية."
    assert not _dating._names_a_venue(text, text.index("بحسب"))


def test_an_edition_noun_is_read_after_every_clitic() -> None:
    words = frozenset({"دوره"})
    assert all(_dating._bare_in(fold(w), words) for w in ("الدورة", "للدورة", "وللدورة", "كالدورة", "فبالدورة"))
    assert not _dating._bare_in(fold("الدورات"), words) and not _dating._bare_in(fold("لالدورة"), words)


def test_the_phrase_ends_are_one_set_with_their_differences_named() -> None:
    assert set(COMMAS) == {"،", ","} and set(SEMICOLONS) == {"؛", ";"} and COLONS == ":"
    assert set(SENTENCE_ENDS) == {".", "!", "?", "؟", "\n"}
    every = set(COMMAS + SEMICOLONS + COLONS + SENTENCE_ENDS)
    assert {c for c in map(chr, range(0x700)) if PHRASE_END.match(c)} == every
    assert merge.PHRASE_END is _told.PHRASE_END is PHRASE_END
    assert not PHRASE_END.match("«") and not PHRASE_END.match("-") and not PHRASE_END.match("(")
    # an attribution tail goes on past a colon or a semicolon: only a comma or a sentence's end stops it
    assert {c for c in every if _dating._TAIL_END.match(c)} == set(COMMAS + SENTENCE_ENDS)
    # a clause of the anchors opens after any mark but a colon, or at a word-initial و
    assert {c for c in every if anchors._CLAUSE_MARK.match(c)} == every - {":"}
    assert anchors._CLAUSE_MARK.search("قال الوزير وأضاف").group() == " و"
    # the recalled phrase also ends at "to" and "until"
    assert {c for c in every if anchors._recalled_stop().match(c)} == every
    assert anchors._recalled_stop().search(fold("تحولت المسيرة إلى مواجهة")) is not None
    assert anchors._recalled_stop().search(fold("الأولى لمقتل الشاب برصاص")) is None
    assert anchors._recalled_stop().search(fold("الأولى لمقتل الشاب حتى الفجر")) is not None
    assert anchors._recalled_stop().search(fold("الأولى لمقتل الشاب حتىالفجر")) is None  # a whole word
    assert re.fullmatch(marks(COMMAS), "،") and not re.fullmatch(marks(COMMAS), ".")


def test_the_anniversary_strips_read_the_clitics() -> None:
    # ل, the article or both off what an anniversary recalls; و too before a compound number's part
    strip, joined = anchors._lam_or_article(), anchors._lam_or_article(True)
    assert [strip.sub("", fold(w)) for w in ("للانفجار", "لمقتل", "الحريق", "والحريق", "بالحريق")] == \
        ["انفجار", "مقتل", "حريق", "والحريق", "بالحريق"]
    assert [joined.sub("", fold(w)) for w in ("والعشرين", "وللعشرين", "ولعشرين", "فالعشرين", "العاشرة")] == \
        ["عشرين", "عشرين", "عشرين", "فالعشرين", "عاشره"]
    assert anchors._anniversary_years("السنوية الخامسة والعشرين ") == 25


def test_a_fronted_since_stands_after_a_phrase_end_a_dash_or_an_opening_mark() -> None:
    assert _clauses._FRONTING == set(COMMAS + SEMICOLONS + COLONS + SENTENCE_ENDS + '-(«"')
    assert "" not in _clauses._FRONTING and "»" not in _clauses._FRONTING and ")" not in _clauses._FRONTING


@pytest.mark.parametrize("sentence, year", [
    ("ووصف الكاتب ما جرى في المدينة كحرب 1967 جديدة.", "1967"),  # ك before a year noun
    ("وقارن المراقبون المشاركة بالاستفتاء وبالانتخابات 2010.", "2010"),  # و + ب + the article
])
def test_a_bare_year_after_a_year_noun_is_read_after_every_clitic(sentence: str, year: str) -> None:
    assert [(t.text, t.value) for t in tag(sentence, date(2015, 8, 5))] == [(year, year)]
