"""The clitic spellings of the quoted titles' nouns and of the aims' openers are derived from the
language data (wording.yaml ``clitics``, event_dates.yaml ``attached_pronouns``), not written in
code (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline._yaml import load_language_yaml
from timeline.lexicon import clitic_prefixes
from timeline.normalize import fold
from timeline.tagger import _title_forms, tag
from timeline.wording import _with_clitics, told_for_not

TOLD = dt.datetime(2022, 1, 25, 10)  # a Tuesday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, TOLD)]


def test_a_title_noun_takes_every_prefix_and_pronoun() -> None:
    forms = _title_forms((fold("كتاب"), fold("حملة")))
    pronouns = load_language_yaml("ar", "event_dates.yaml")["attached_pronouns"]
    assert len(forms) == 2 * len(clitic_prefixes().prefixes()) * (1 + len(pronouns))
    assert {fold(w) for w in ("كتاب", "وكتابه", "فبالكتاب", "لكتابها", "للكتاب", "ككتاب", "كتابنا", "للحملة")} <= forms
    assert fold("لالكتاب") not in forms  # ل and the article are written لل


def test_a_title_after_a_derived_spelling_holds_no_time() -> None:
    # a pronoun of the data (نا) and the preposition ك: "our programme «…»", "as a book «…»"
    assert _found("وتعرض القناة برنامجنا «مساء الجمعة» منذ سنوات") == [("منذ سنوات", "PAST_REF")]
    assert _found("وصدرت المقالات ككتاب «ليلة الخميس» في يناير") == [("يناير", "2022-01")]


def test_an_opener_takes_the_conjunctions_and_prepositions() -> None:
    assert set(_with_clitics(fold("هدف"))) == {c + p + "هدف" for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل")}
    defined = set(_with_clitics(fold("الهلال")))
    assert {"للهلال", "وللهلال", "بالهلال", "فكالهلال", "الهلال"} <= defined and "لالهلال" not in defined
    assert len(defined) == len(clitic_prefixes().prefixes(article=False))


def test_an_outcome_verb_takes_the_conjunctions() -> None:
    _, outcome, bare, allowed = told_for_not()
    assert {"نجحت", "ونجحت", "فنجحت"} <= outcome
    assert {"اجل", "واجل", "فاجل"} <= bare
    assert {"من اجل", "ومن اجل", "فمن اجل"} <= allowed


def test_the_lexicon_derives_definite_forms_with_the_article_of_the_clitic_data() -> None:
    """The lexicon's loaders and derivations write the article as ``clitics.article`` reads it (tidy66)."""
    from timeline.lexicon import construct, definite, load_lexicon

    article = clitic_prefixes().article
    lex = load_lexicon()
    assert definite("مساء")[1] == article + fold("مساء")
    assert construct("بعد الظهر") == [fold("بعد الظهر"), fold("بعد ظهر")]
    assert article + fold("أسابيع") in lex.span_units and fold("أسابيع") in lex.span_units_bare
    assert fold("الأحد")[len(article):] in lex.weekdays_bare
