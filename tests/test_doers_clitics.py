"""The doer reader's clitics (:mod:`timeline._doers`): a leading و/ف or a preposition is split off a doer's
word only when the rest's stem is a word the batch knows (:meth:`Wording.unclitic`, the stems' rule), so a
name or an office whose first letter is its own stays whole; a word after a preposition (ل) is no doer.
Arabic written for these tests."""

from __future__ import annotations

from timeline._doers import doer_reader, doer_stems


def test_a_first_letter_that_is_the_words_own_stays() -> None:
    assert doer_reader()("وصرح وزير الزراعة أمس بأن الموسم جيد")[0] == "وزير"
    assert doer_reader()("واستقبل فيصل الحربي الوفد الزائر")[0] == "فيصل"
    assert doer_reader()("وأوضح وليد الشامي أن الطريق مغلق")[0] == "وليد"
    assert doer_reader()("ثم عاد فلاديمير كوستين إلى بلاده")[0] == "فلاديمير"


def test_a_conjunction_is_split_off_when_the_batch_knows_the_rest() -> None:
    assert doer_reader().kept("ووليد", {"وليد"}) == "وليد"
    assert doer_reader().kept("ووزير", {"وزير"}) == "وزير"
    assert doer_reader().kept("وزير", {"وزير"}) == "وزير"


def test_a_word_after_the_preposition_l_is_no_doer() -> None:
    told, named = doer_stems(["وأكد لأوباما أن الاتفاق يحمي الحدود", "وقال أوباما إن الاتفاق يحمي الحدود"])
    assert "اوبام" not in told and "لاوبام" not in told and "اوبام" in named
    assert doer_reader()("وأكد لأوباما أن الاتفاق جيد", {"اوبام"}) == ()


def test_a_short_word_after_its_own_first_letter_is_no_preposition() -> None:
    # (the batch may know اعب، بير: with three letters of stem left, ل and ك are the words' own)
    assert "لاعبو" in doer_reader()("وقال لاعبو المنتخب إن المباراة صعبة", {"اعب", "منتخب"})
    assert "كبيره" in doer_reader()("وأعلنت كبيرة المفاوضين أن الجولة انتهت", {"بير", "مفاوض"})
