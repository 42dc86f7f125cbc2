"""Class misreads of issue 6 (split66's cause C): a right or a chance denied is what the negation denies
(«بدون الحق في إطلاق سراح مشروط», without parole, tells no release, though في ends a negation elsewhere: «دون
تغيير في اجتماعها», the meeting was held). Arabic written for these tests."""

from __future__ import annotations

import polars as pl

from timeline import build_timeline
from timeline.happenings import load_triggers
from timeline.normalize import fold
from timeline.wording import clause_features


def _classes(texts: list[str]) -> dict[tuple[str, str], str | None]:
    """Each event's class, by its article (``c-K``) and its date expression."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame).events
    return dict(zip(zip(frame["article_id"], frame["expr"]), features["trigger"]))


def test_a_sentence_without_parole_is_no_release() -> None:
    found = _classes([
        "وأصدرت هيئة المحلفين يوم الخميس حكمها بسجن المتهم مدى الحياة بدون الحق في إطلاق سراح مشروط.",
        "وحكمت المحكمة يوم الأحد على المدان بالسجن عشرين عاما دون أي فرصة في الإفراج عنه قبل انقضائها.",
    ])
    assert found[("c-0", "يوم الخميس")] != "إفراج"
    assert found[("c-1", "يوم الأحد")] == "محاكمة"


def test_a_release_and_an_ended_negation_stay_as_they_were() -> None:
    found = _classes([
        "وأطلقت الشرطة يوم الثلاثاء سراح ثلاثة صحفيين بعد استجوابهم.",
        "وأفرجت السلطات أمس عن السجين إفراجا مشروطا بعد قضائه نصف المدة.",
        "ولم تتوقف الاشتباكات في المدينة حتى صباح اليوم.",
    ])
    assert found[("c-0", "يوم الثلاثاء")] == "إفراج"
    assert found[("c-1", "أمس")] == "إفراج"
    assert found[("c-2", "حتى صباح اليوم")] == "اشتباك"


def test_the_lexicon_reads_the_right_denied_alone() -> None:
    lexicon = load_triggers()
    assert lexicon.happening(fold("قضت المحكمة بسجنه دون الحق في إطلاق سراح مشروط")) != "إفراج"
    assert lexicon.happening(fold("أبقت اللجنة على قرارها دون تغيير في اجتماعها")) == "اجتماع"
    assert lexicon.happening(fold("أطلق الجيش سراح الأسرى دون قيد أو شرط")) == "إفراج"



def test_a_verdict_told_with_its_pronoun_is_a_trial() -> None:
    """«حكمها» (its verdict) is read by the حكم sense's cues as حكم is; a reign («فترة حكمه») is none."""
    found = _classes([
        "وأصدرت هيئة المحلفين يوم الخميس حكمها بسجن المتهم مدى الحياة بدون الحق في إطلاق سراح مشروط.",
        "ونطقت المحكمة أمس بحكمها في القضية بالسجن عشر سنوات.",
        "وخلال فترة حكمه التي انتهت عام 2011 شهدت البلاد إصلاحات.",
    ])
    assert found[("c-0", "يوم الخميس")] == "محاكمة"
    assert found[("c-1", "أمس")] == "محاكمة"
    assert found[("c-2", "عام 2011")] is None
