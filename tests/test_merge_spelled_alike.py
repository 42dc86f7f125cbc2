"""A foreign name written with or without a long vowel, or with another letter for g, is one stem to the merge
(``spelled_alike`` of ``lang/ar/wording.yaml``); Arabic words of one skeleton stay apart (Arabic written for these
tests)."""

from __future__ import annotations

import polars as pl

from timeline._spelled_alike import spelled_alike


def _read(tokens: list[str], stems: list[str] | None = None) -> list[str]:
    frame = pl.DataFrame({"token": tokens, "stem": stems or tokens})
    return spelled_alike(frame)["stem"].to_list()


def test_a_long_vowel_written_or_not_is_one_name() -> None:
    assert _read(["مرسيليا", "مارسيليا"], ["مرسيل", "مارسيل"]) == ["مارسيل", "مارسيل"]
    assert _read(["هيلفيغر", "هلفيجر"]) == ["هلفيجر", "هلفيجر"]
    assert _read(["شفاينشتايغر", "شفاينشتايجر"]) == ["شفاينشتايجر", "شفاينشتايجر"]


def test_arabic_words_of_one_skeleton_stay_apart() -> None:
    for pair in (["كاتب", "كتب"], ["مراسل", "مرسل"], ["متحامل", "متحمل"], ["يدافعون", "يدفعون"],
                 ["قناعاتك", "قناعتك"], ["عارضت", "عرضت"], ["روبرتو", "روبرت"]):
        assert _read(pair) == pair


def test_a_word_with_the_article_is_no_foreign_name() -> None:
    assert _read(["مراسلين", "المراسلين", "مراسيلين"], ["مراسل", "مراسل", "مراسيل"]) == ["مراسل", "مراسل", "مراسيل"]


def test_two_outlets_spelling_a_player_two_ways_share_his_word() -> None:
    from merge_helpers import clause_rows
    rows = clause_rows(["سجل المهاجم الأرجنتيني ماسيميليانو هدف الفوز أمس في مرمى الضيوف",
                        "سجل المهاجم الأرجنتيني ماسيمليانو هدف الفوز أمس في مرمى الضيوف"])
    assert set(rows["c-0"]["words"]) == set(rows["c-1"]["words"])
