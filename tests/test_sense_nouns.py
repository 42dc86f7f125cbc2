"""A sense's nouns with a pronoun, and two words that gave their clause no class (issue 6, the
splits where one side names no happening): تحرير with a pronoun (تحريرها) is read by the sense's
cues, a captive freed is a release (as إطلاق سراح), a square named التحرير is no liberation; إيقاف of
a person is an arrest, of a programme or a player none (Arabic written for these tests)."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows, entry_of

from timeline.happenings import _load_senses, load_triggers, noun_forms
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "kind"), [
    # a town liberated, with the noun bare or with a pronoun
    ("وأعلنت القوات أمس تحرير المدينة من المسلحين", "سيطرة"),
    ("ودخل الوزير البلدة اليوم لأول مرة منذ تحريرها من المسلحين", "سيطرة"),
    # a captive freed: a release, told by who is freed after the word or before it
    ("وجرى أمس تحرير الرهائن الأربعة في عملية خاصة", "إفراج"),
    ("وقال البيان إن مواطننا سامر الخطيب جرى تحريره الليلة", "إفراج"),
    ("وتمكنت القوات فجر اليوم من تحرير المختطفين الثلاثة", "إفراج"),
    # a square or a street named التحرير, an editor: none
    ("واحتشد المئات أمس في ميدان التحرير وسط المدينة", None),
    ("وتجمع السكان أمس أمام المنازل في شارع التحرير", None),
    ("وتولى أمس رئاسة تحرير الصحيفة", None),
    # a protest in a square named التحرير is a protest, not a liberation
    ("وخرجت أمس مظاهرة كبرى في ساحة التحرير", "احتجاج"),
])
def test_liberation_release_or_a_place(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # إيقاف of a person: an arrest (as أوقفت الشرطة شخصا)
    ("وقالت الوزارة أمس إن الوحدة الخاصة تمكنت من إيقاف 4 عناصر مرتبطة بشبكة تهريب", "اعتقال"),
    ("وقادت التحريات أمس إلى إيقاف مشتبه به في الحادثة", "اعتقال"),
    # of a programme, a player, payments: none
    ("وأعلن النادي أمس إيقاف اللاعب ثلاث مباريات", None),
    ("وأعلنت الحكومة أمس إيقاف صرف الرواتب", None),
    ("وقررت الشركة أمس إيقاف برنامجها الجديد", None),
    # the agents' words of the verb do not tell the noun: stopping security cooperation is no arrest
    ("وأعلن الطرفان أمس إيقاف التعاون الأمني بينهما", None),
])
def test_a_stop_of_a_person_is_an_arrest(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_a_senses_nouns_derive_their_forms_with_a_pronoun() -> None:
    lexicon = load_triggers()
    for form in noun_forms("تحرير", ["ه", "ها", "هم", "هما", "هن"]):
        assert lexicon.sensed(form) == form
    # with clitics too (لتحريرها: to liberate it), read by the cues
    assert lexicon.sensed("لتحريرها") == "تحريرها"
    # a sense written with forms derives none
    assert lexicon.sensed("ايقافه") is None


def test_load_senses_derives_nouns_only_with_pronouns() -> None:
    data = {"senses": [{"nouns": ["زياره"], "cues": {"زيارة": ["وزير*"]}}]}
    bare, _, _, _ = _load_senses(data, {"زيارة": "زيارة"}, "test")
    assert set(bare) == {"زياره"}
    derived, _, _, _ = _load_senses(data, {"زيارة": "زيارة"}, "test", ["ه", "ها"])
    assert set(derived) == {"زياره", "زيارته", "زيارتها"}


def test_a_captive_freed_told_two_ways_is_one_entry() -> None:
    # one release told as إطلاق سراح and as جرى تحريرها: one class, one entry
    articles = [
        {"id": "freed", "source": "نشرة الوادي", "published": "2024-07-08T08:00",
         "text": "أطلق الليلة الماضية سراح الرهينة الإيطالية ماريا روسيني المخطوفة منذ أشهر في الصحراء."},
        {"id": "statement", "source": "صدى الساحل", "published": "2024-07-08T09:00",
         "text": "وقال بيان الخارجية إن مواطنتنا ماريا روسيني المخطوفة منذ أشهر جرى تحريرها الليلة الماضية."},
    ]
    rows = clause_rows([a["text"] for a in articles])
    assert {row["trigger"] for row in rows.values()} == {"إفراج"}
    entries = entry_of(articles)
    assert entries["freed"] == entries["statement"]
