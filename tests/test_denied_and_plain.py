"""The happening of a dated predicate (issue 6): a happening word a negation denies tells no
happening (لم تعلن أي جهة مسؤوليتها، نفى وقوع انفجار، عدم تسجيل وفيات), and a date right after a
plain predicate of speech or report (قال، أكد، أعلن) is that predicate's: a happening word before
it gives the clause no class (Arabic written for these tests)."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows

from timeline.errors import LanguageDataError
from timeline.happenings import _load_triggers, load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "kind"), [
    # denied: the first happening word after the negation
    ("ولم تعلن أي جهة مسؤوليتها حتى الآن", None),
    ("ونفت الشرطة وقوع انفجار في السوق", None),
    ("وأكدت الوزارة عدم تسجيل أي حالات وفاة جديدة", None),
    ("ووقع الانفجار في أرض خالية دون وقوع إصابات", "تفجير"),
    ("وقال إن البلدية لن تنظم مهرجانا هذا الصيف", None),
    # ...not what the denied word governs: the attack happened
    ("ولم تعلن أي جهة مسؤوليتها عن الهجوم على الحاجز", "هجوم"),
    # ...not the subject of the denied verb (the explosion happened), unless the verb tells a doing
    # (the control is denied; the fire, past على, is what happened)
    ("ولم يسفر الانفجار عن إصابات بين المارة", "تفجير"),
    ("ولم تتم السيطرة على الحريق حتى المساء", "حريق"),
    # ...not past a word that opens another phrase
    ("وأبقى المجلس على قراره دون تغيير في اجتماعه الأخير", "اجتماع"),
    ("ولم تتوقف التهديدات حتى اختطافه", "اعتقال"),
    # لا يزال, لا سيما deny nothing
    ("ولا تزال الاشتباكات مستمرة في الأحياء الشرقية", "اشتباك"),
    # ما is as often "what" as a negation: not read as one
    ("وانفجرت عبوة ناسفة ما أدى إلى مقتل جنديين", "تفجير"),
])
def test_a_negation_denies_the_happening_word_after_it(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_the_features_deny_as_the_scan_does() -> None:
    clauses = [
        "ولم تعلن أمس أي جهة مسؤوليتها",
        "ولم تعلن أمس أي جهة مسؤوليتها عن الهجوم على الحاجز",
        "ولم يسفر الانفجار أمس عن إصابات بين المارة",
        "ونفى الجيش أمس قصف القرية",
        "وقصف الجيش أمس القرية",
    ]
    found = clause_rows(clauses)
    kinds = [found[f"c-{k}"]["trigger"] for k in range(len(clauses))]
    assert kinds == [None, "هجوم", "تفجير", None, "غارة"]
    # the scan reads a clause with its date cut, as the features do
    assert kinds == [load_triggers().happening(fold(clause.replace(" أمس", ""))) for clause in clauses]


@pytest.mark.parametrize(("clause", "date", "kind"), [
    # the date is the statement's: the agreement before it is background
    ("وأشار إلى الاتفاقية بين البلدين وقال المتحدث أمس", "أمس", None),
    ("وانتهت المحادثات الأسبوع الماضي وأكد الوزير اليوم", "اليوم", None),
    # the statement's happening after the date is still read (what was said, announced)
    ("وقال المتحدث أمس إن انفجارا وقع قرب السوق", "أمس", "تفجير"),
    # an attribution dates the telling: the happening keeps its date
    ("وقتل خمسة أشخاص في هجوم على السوق حسبما أعلن مسؤولون أمس", "أمس", "هجوم"),
    # a relative clause tells of its antecedent: the agreement announced that day
    ("وذلك وفقا للاتفاق الذي أعلن عنه يوم الثلاثاء", "يوم الثلاثاء", "اتفاق"),
    # a reaction is itself told: a condemnation then a statement of the same day stays one
    ("وأدانت الحكومة الهجوم وأكد المتحدث باسمها في بيان أمس وقوف بلاده مع الضحايا", "أمس", "إدانة"),
])
def test_a_date_after_a_plain_predicate_is_its_own(clause: str, date: str, kind: str | None) -> None:
    folded = fold(clause)
    at = folded.index(fold(date))
    assert load_triggers().happening(folded[:at] + folded[at + len(fold(date)):], at=at) == kind


def test_the_features_read_the_wall_as_the_scan_does() -> None:
    clauses = [
        "وأشار الوزير إلى الاتفاقية بين البلدين وقال المتحدث أمس إن العلاقات متينة",
        "وقتل خمسة أشخاص في هجوم على السوق حسبما أعلن مسؤولون أمس",
        "وأدانت الحكومة الهجوم وأكد المتحدث باسمها في بيان أمس وقوف بلاده مع الضحايا",
    ]
    found = clause_rows(clauses)
    assert [found[f"c-{k}"]["trigger"] for k in range(len(clauses))] == [None, "هجوم", "إدانة"]


def test_a_plain_predicate_that_is_a_happening_word_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.happenings as happenings

    real = happenings.load_language_yaml

    def with_clash(code: str, name: str):  # noqa: ANN202 - the YAML's mapping
        data = real(code, name)
        if name == "triggers.yaml":
            data = {**data, "plain": [*data["plain"], "هاجم"]}
        return data

    monkeypatch.setattr(happenings, "load_language_yaml", with_clash)
    with pytest.raises(LanguageDataError, match="plain: happening words"):
        _load_triggers.__wrapped__("ar")
