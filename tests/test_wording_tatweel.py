"""A preposition or the article written apart from its word before a tatweel (بـ، لـ، الـ), and a
one-letter initial, are no content words the merge compares (Arabic written for these tests)."""

from __future__ import annotations

from timeline.normalize import fold
from timeline.wording import COLUMNS_FROM, content_words, load_wording


def test_clitics_written_apart_are_no_words() -> None:
    text = "قال المتحدث لـ«الوطن» عبر حسابه بـ\"تويتر\" إن الدورة الـ 23 كـ سابقتها ولـ غيرها"
    words = content_words([text])[0].split()
    assert not {"ل", "ب", "ك", "ال", "ول"} & set(words)
    assert {"متحدث", "وطن", "حساب", "تويتر", "دور"} <= set(words)


def test_an_initial_is_no_word_but_two_letter_words_stay() -> None:
    words = content_words(["استقبل د. سالم الجرحى ونقل الدم إلى يد الأطباء"])[0].split()
    assert "د" not in words and {"سالم", "دم", "يد"} <= set(words)


def test_the_column_reading_of_a_large_vocabulary_agrees() -> None:
    wording = load_wording()
    filler = [f"كلمة{n:05d}" for n in range(COLUMNS_FROM)]  # past the word-by-word reading
    words = [fold(w) for w in ("بـ", "لـ", "الـ", "ولـ", "د", "دم", "يد", "تويتر")]
    stems = wording.stems(words + filler)
    assert [w for w in words if w in stems] == ["دم", "يد", "تويتر"]
    assert stems == wording._stems_by_word(words + filler)


def test_two_letter_words_opening_on_a_conjunctions_letter_stay() -> None:
    # فن، فض، ود are words, not a conjunction and a clitic written apart (ولـ، فبـ are)
    words = content_words(["قررت الحكومة فض الاعتصام ورعاية فن المسرح ولـ ذلك أسباب"])[0].split()
    assert {"فض", "فن"} <= set(words) and "ول" not in words
    wording = load_wording()
    filler = [f"كلمة{n:05d}" for n in range(COLUMNS_FROM)]
    stems = wording.stems([fold(w) for w in ("فض", "فن", "ود", "ولـ", "فبـ", "و5")] + filler)
    assert {"فض", "فن", "ود"} <= set(stems) and not {"ول", "فب", "و5"} & set(stems)
