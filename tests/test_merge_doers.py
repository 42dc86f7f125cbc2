"""Who acts in a clause, read for any clause (:mod:`timeline._doers`: the subject after a verb, the subject
between a complementizer and its verb, the owner after a verbal noun), and the merge's
use of it: two outlets' reports of one class on one day, under the floor, naming one doer by a rare word
(one as a verb's subject, the other as a verbal noun's owner) join; naming two doers they stay apart.
Arabic written for these tests."""

from __future__ import annotations

from merge_helpers import entry_of
from timeline._doers import doer_reader


def test_the_subject_after_a_verb_passes_over_titles_and_reads_an_office_and_its_name() -> None:
    assert doer_reader()("قالت السيدة مارغريت هولت مساء أمس إن اللجنة ستجتمع") == ("مارغريت", "هولت", "اللجنه")
    assert doer_reader()("أعلن السيناتور هارولد بينسون معارضته للاتفاق")[:3] == ("السيناتور", "هارولد", "بينسون")


def test_the_subject_in_reported_speech_is_read_between_the_complementizer_and_its_verb() -> None:
    assert "البلديه" in doer_reader()("وذكر بيان رسمي أمس أن البلدية أغلقت السوق القديم")


def test_the_owner_of_a_verbal_noun_with_no_article_is_a_doer() -> None:
    # (what a verb after it governs is read too when no subject stands between: نتيجة التصويت)
    assert doer_reader()("ويمكن لمعارضة بينسون أن تغير نتيجة التصويت")[0] == "بينسون"
    assert doer_reader()("وجاء إعلان الوكالة بعد ساعات") == ("الوكاله",)


def test_a_pronoun_or_a_noun_carrying_one_is_no_doer() -> None:
    assert doer_reader()("وقال إنه غادر") == ()
    assert doer_reader()("وكان هو أول الواصلين") == ()
    assert "نسبته" not in doer_reader()("وسجل ارتفاعا نسبته خمسة في المئة")


OPPOSED = ("وتلقى مؤيدو الاتفاق التجاري ضربة يوم الأربعاء عندما أعلن السيناتور {} ، وهو عضو جمهوري بارز في "
           "مجلس الشيوخ، معارضته للاتفاق.")
OPPOSITION = ("ويمكن لمعارضة بينسون، الذي نشر رسالة طويلة الأربعاء، أن تدفع أعضاء آخرين في مجلس الشيوخ إلى رفض "
              "الاتفاق التجاري.")


def _articles(first: str, second: str) -> list[dict[str, str]]:
    return [{"id": "a", "source": "صحيفة الشرق", "published": "2024-08-08T10:00", "text": first},
            {"id": "b", "source": "وكالة النهر", "published": "2024-08-08T21:00", "text": second}]


def test_one_senator_as_a_verbs_subject_and_as_a_verbal_nouns_owner_is_one() -> None:
    entry = entry_of(_articles(OPPOSED.format("هارولد بينسون"), OPPOSITION))
    assert entry["a"] == entry["b"]


def test_two_senators_stay_apart() -> None:
    entry = entry_of(_articles(OPPOSED.format("ريتشارد كولمان"), OPPOSITION))
    assert entry["a"] != entry["b"]
