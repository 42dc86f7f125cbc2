"""Who acts (:mod:`timeline._doers`), round 58: a clause opening with و/ف glued to a bare perfect reads the subject
after it; a quantifier or a demonstrative before a subject is passed over; a function or time word of the wording
is passed over before a subject and ends one."""

from __future__ import annotations

from timeline._doers import doer_reader, doer_stems
from timeline.normalize import fold
from timeline.wording import load_wording


def _known(*words: str) -> frozenset[str]:
    """The stems a batch holding ``words`` knows."""
    wording = load_wording()
    return frozenset(wording.stem(p) for p in (wording.plain(fold(w)) for w in words) if p)


def test_a_clause_opening_with_a_glued_bare_perfect_reads_its_subject() -> None:
    reader = doer_reader()
    known = _known("المنح", "المدرب", "لاعبيه", "رفع", "النادي", "سجل")
    assert reader("ومنح المدرب لاعبيه إجازة قصيرة", known)[0] == "المدرب"
    assert reader("ورفع النادي سعر التذاكر هذا الموسم", known)[0] == "النادي"
    assert reader("فسجل المهاجم هدفا ثانيا", known)[0] == "المهاجم"
    assert reader("وكان المجلس البلدي قد أقر الخطة", _known("كان"))[0] == "المجلس"  # (كان: wording lists كانت too)


def test_only_the_clauses_first_word_and_only_where_the_batch_knows_the_rest() -> None:
    reader = doer_reader()
    assert "المدرب" not in reader("ومنح المدرب لاعبيه إجازة قصيرة", _known("المدرب"))  # (منح unknown)
    assert "الفريق" not in reader("واللاعبون ومنح الفريق فرصة", _known("منح"))  # (not the first word)
    assert reader("ووزير المالية حاضر", _known("زير")) == ()  # (وزير: four letters, no و glued)


def test_a_glued_function_word_opens_no_verb() -> None:
    known = _known("بيننا", "الرغم", "الطرفين", "الامطار")  # (the batch knows بين، رغم)
    assert doer_reader()("وبين الطرفين خلاف قديم على الحدود", known) == ()
    assert doer_reader()("ورغم الأمطار استمر السباق", known) == ("السباق",)  # (رغم: measures_aside)
    assert doer_reader()("وحسب المراقبين تأجل السباق", _known("حسب", "المراقبين")) == ("السباق",)  # (an attribution)


def test_a_subjects_quantifier_or_demonstrative_is_passed_over() -> None:
    reader = doer_reader()
    assert reader("وتسلل أحد المسلحين إلى المبنى ليلا")[0] == "المسلحين"
    assert reader("ويشارك عدد من الخبراء في الندوة")[0] == "الخبراء"
    assert reader("وتعد هذه البطولة الأقدم في القارة")[0] == "البطوله"
    assert reader("وقال أحد القضاة إن الجلسة أرجئت")[0] == "القضاه"  # (the verb agrees with أحد)


def test_no_quantifier_passed_before_an_object() -> None:
    reader = doer_reader()
    assert reader("زيارة بعض المتاحف القديمة") == ()  # (a verbal noun's: what is visited)
    assert "قائله" not in reader("وبررت ذلك قائلة إنها تعبت")  # (no article after ذلك: its object)


def test_a_function_or_time_word_is_passed_over_before_a_subject_and_ends_one() -> None:
    reader = doer_reader()
    assert reader("أفاد أمس مسؤول في البلدية بأن الطريق مغلق")[0] == "مسؤول"
    assert reader("تشرف عليه هيئة الطرق منذ عامين")[:2] == ("هيئه", "الطرق")
    assert "امس" not in reader("وسجلت الشرطة أمس حادثين على الطريق")
    assert reader("ويضيف حاليا أقرأ كتابا عن الرحلة")[:1] != ("اقرا",)  # (a verb after the adverb: no subject)
    assert reader("أعلن الوزير استهداف أي منازل") == ("الوزير",)  # (a verbal noun's: its object)


def test_a_batch_reads_the_opening_verb() -> None:
    stems = doer_stems(["ومنح المجلس البلدي الجائزة للمهندسة", "وتوزع المنح على الطلاب"])
    assert "مجلس" in stems[0]
