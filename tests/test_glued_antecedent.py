"""A relative pronoun that cannot go back to the definite word before it (الذي after a plural) goes
back to the noun with a preposition glued that the word completes: «لتسجيل الناخبين، الذي سيبدأ …»
is the registration's clause, not a two-word fragment (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline._clauses import _antecedent
from timeline.events import _date_cues
from timeline.pipeline import build_timeline


def _events(text: str, published: str = "2015-08-10T08:00") -> list[tuple[str, str]]:
    frame = build_timeline(pl.DataFrame([{"id": "a", "published": published, "text": text}]), merge=False).events
    return sorted(zip(frame["expr"], frame["clause"]))


def _head(text: str) -> str:
    pronoun = _date_cues().relative.search(text)
    assert pronoun is not None
    head = _antecedent(text, 0, pronoun.start(), _date_cues())
    return "" if head is None else text[head:pronoun.start()].strip(" ،")


def test_a_plural_before_al_ladhi_is_not_its_antecedent() -> None:
    assert _head("وأكد رئيس اللجنة جاهزية المراكز لتسجيل الناخبين، الذي سيبدأ يوم السبت") == "لتسجيل الناخبين"
    assert _head("وحدد المدير موعدا لتكريم الفائزات الذي يقام مساء الخميس") == "لتكريم الفائزات"
    assert _head("وتحدث الوزير عن خطة لتطوير الخدمة الذي أطلق الشهر الماضي") == "لتطوير الخدمة"


def test_an_antecedent_that_agrees_keeps_the_preposition_out() -> None:
    # the pronoun agrees with the definite word: the glued noun is the main clause's
    assert _head("وعاد الوفد لاستكمال الدورة التي بدأت في يونيو") == "الدورة"
    assert _head("وتوجه الفريق لتقديم العرض الذي يقام غدا") == "العرض"
    # a verb glued to لـ is no noun: ليتم، لتصبح
    assert _head("ووصل المهندسون لتصبح المحطات الذي بنيت العام الماضي") == "المحطات"
    assert _head("وأعلن الوزير ليتم الناخبين الذي سيبدأ غدا") == "الناخبين"


def test_the_registration_keeps_its_words() -> None:
    text = "وأكد رئيس اللجنة على جاهزية كل مركز انتخابي في المحافظة لتسجيل الناخبين، الذي سيبدأ يوم السبت المقبل."
    assert _events(text) == [("يوم السبت المقبل", text)]  # was «الناخبين، الذي سيبدأ يوم السبت المقبل.»


def test_a_singular_of_five_letters_in_un_or_in_is_no_plural() -> None:
    # review33: القانون، التأمين، المخزون end as a sound plural does but on a stem of three letters: a
    # singular, which الذي goes back to (the law passed yesterday; not «بتطبيق القانون»)
    assert _head("وبدأت الحكومة اليوم بتطبيق القانون الذي أقره البرلمان أمس") == "القانون"
    assert _head("وطالب النواب اليوم بتعديل القانون الذي أقره المجلس الأحد الماضي") == "القانون"
    assert _head("وبدأت الشركة اليوم بتوسيع التأمين الذي أطلقته العام الماضي") == "التأمين"
    assert _head("وأشار التقرير إلى تراجع في المخزون الذي سجلته المصافي الأسبوع الماضي") == "المخزون"
    # a plural of a longer stem still is: the pronoun goes back to the glued noun
    assert _head("وحدد المدير موعدا لتكريم الفائزين الذي يقام مساء الخميس") == "لتكريم الفائزين"
    text = "وبدأت الحكومة اليوم بتطبيق القانون الذي أقره البرلمان أمس."
    assert _events(text) == [("أمس", "القانون الذي أقره البرلمان أمس."), ("اليوم", "وبدأت الحكومة اليوم بتطبيق")]
