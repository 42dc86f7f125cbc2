"""An "after" or "before" phrase cut off a clause dated by its own predicate borrows, for its names,
only its verbal noun's owner: the subject of a move its head tells by a figure, which its pronoun stands
for (``بعد هبوطه`` ← ``سعر خام برنت``), not the rest of its head (:func:`timeline.wording._owner`,
:func:`timeline.wording._lent`). Arabic written for these tests."""

from __future__ import annotations

import polars as pl

from timeline.wording import _lent, _owner

_HEAD = "وانخفض سعر خام برنت 30 سنتا إلى 50.10 دولار للبرميل بحلول الساعة 10:15 بتوقيت جرينتش "


def _frame(phrase: str) -> pl.DataFrame:
    sentence = _HEAD + phrase
    head = _HEAD.strip()
    return pl.DataFrame({
        "article_id": ["a", "a"], "clause": [head, phrase], "sentence": [sentence, sentence],
        "clause_start": [100, 100 + len(_HEAD)], "clause_end": [100 + len(head), 100 + len(sentence)],
    })


def test_the_owner_is_the_head_subject_up_to_a_figure() -> None:
    assert _owner("بعد هبوطه أكثر من 2% يوم الاثنين", _HEAD) == "سعر خام برنت"
    assert _owner("بعد صعودها 3% الأسبوع الماضي", "وتراجعت أسهم شركات الطيران 1.5% اليوم") == "أسهم شركات الطيران"


def test_no_owner_without_a_figure_ending_the_subject() -> None:
    # a head telling no move by a figure: its subject's end is not known (who recovered from what)
    assert _owner("قبل عودتهم إلى الرياض يوم الجمعة", "وأجرى لاعبو الفريق تدريباتهم اليوم في الملعب") is None
    assert _owner("بعد تعافيه من الإصابة قبل عشرة أيام", "وقد أبدى مهاجم الفريق المنتقل حديثا جاهزيته التامة للمشاركة") is None


def test_a_phrase_governing_a_noun_of_no_pronoun_borrows_nothing() -> None:
    assert _owner("بعد الهبوط الحاد يوم الاثنين", _HEAD) is None
    assert _owner("قبل ختام المعسكر بعد غد الجمعة", "وأجرى الفريق تدريباته اليوم") is None
    assert _owner("بعد ذلك بيومين", _HEAD) is None


def test_the_cut_off_phrase_borrows_its_owner_for_its_names() -> None:
    phrase = "بعد هبوطه أكثر من 2% يوم الاثنين حين بلغ أدنى مستوياته في ستة أشهر."
    lent = _lent(_frame(phrase))
    assert lent["clause"][1] == phrase + " سعر خام برنت"
    assert lent["own"][1] == len(phrase) and lent["names"][1]
    assert lent["own"][0] is None  # the head borrows nothing


def test_a_phrase_whose_head_is_no_event_borrows_nothing() -> None:
    phrase = "بعد هبوطه أكثر من 2% يوم الاثنين."
    frame = _frame(phrase).slice(1, 1)  # the head clause is no event of the article
    assert _lent(frame)["clause"][0] == phrase


def test_a_subordinate_clause_is_not_lent_an_owner() -> None:
    phrase = "بعد أن هبط أكثر من 2% يوم الاثنين."
    assert _lent(_frame(phrase))["clause"][1] != phrase + " سعر خام برنت"
