"""Happening words told by what follows them (``senses`` of triggers.yaml: تبنى قرارا is a
text adopted, تبنى الهجوم an attack claimed, تبنى فكرة nothing), verbs written once with
their persons derived, and the vote and death classes (Arabic written for these tests)."""

from __future__ import annotations

import copy
from typing import Any

import polars as pl
import pytest
from merge_helpers import clause_rows, entry_of

from timeline import happenings
from timeline.errors import LanguageDataError
from timeline.happenings import load_triggers, verb_forms
from timeline.normalize import fold


def test_a_verb_written_once_gives_its_persons() -> None:
    assert {"صوتت", "صوتوا", "صوتا", "يصوت", "تصوت", "يصوتون", "سيصوت"} <= verb_forms("صوت")
    # a final ي drops before ت and وا (تبنت، تبنوا), stays in the imperfect (يتبنى)
    assert {"تبني", "تبنت", "تبنوا", "يتبني", "تتبني", "يتبنون"} <= verb_forms(fold("تبنى"))
    assert "تبنيت" not in verb_forms(fold("تبنى"))
    # a first ا (أفعل، افتعل، استفعل) drops in the imperfect
    assert {"اعتمدت", "يعتمد", "يعتمدون"} <= verb_forms("اعتمد")
    assert "ياعتمد" not in verb_forms("اعتمد")


@pytest.mark.parametrize(("clause", "kind"), [
    # adopting a text (a resolution, a bill) is a vote's outcome
    ("تبنت الجمعية العامة أمس قرارا يدعو إلى حماية المدنيين", "تصويت"),
    ("وتتبنى اللجنة البرلمانية مشروع قانون الانتخابات", "تصويت"),
    # an attack claimed
    ("تبنى تنظيم متشدد الهجوم على نقطة التفتيش", "تبني"),
    ("وتبنت جماعة مسلحة التفجيرين اللذين هزا السوق", "تبني"),
    # the first cue tells: a resolution about an attack is a resolution
    ("تبنى المجلس قرارا يدين الهجوم على القافلة", "تصويت"),
    # no cue: no happening (an idea, a building)
    ("تبنت الوزارة فكرة جديدة لتطوير المدارس", None),
    ("ان الشركة تبني بيتك في ثلاثة اشهر", None),
    # صوت is a vote before على، ضد، بالإجماع...; a sound otherwise (صوت الانفجار is the explosion)
    ("صوت البرلمان بالأغلبية على تعديل الدستور", "تصويت"),
    ("سمع سكان الحي صوت انفجار قوي", "تفجير"),
    ("يصوت النواب غدا على الموازنة العامة", "تصويت"),
    ("جرى التصويت على الدستور الجديد", "تصويت"),
    # troops deployed, not a report published
    ("نشرت القوات الحكومية تعزيزات في المدينة", "تمشيط"),
    ("نشرت الصحيفة تقريرا مطولا عن الأزمة", None),
    # أطلق: a release, an attack, an operation begun, or a campaign (none)
    ("أطلقت السلطات سراح الصحفي المعتقل", "إفراج"),
    ("أطلق مسلحون النار على دورية للشرطة", "هجوم"),
    ("أطلق الجيش عملية عسكرية واسعة في الجبال", "انطلاق عملية"),
    ("أطلقت الوزارة حملة توعية جديدة", None),
    # وقف على: an inspection; وقف إطلاق النار: a ceasefire
    ("وقف الأمير على موقع الحادث", "زيارة"),
    ("أعلن الطرفان وقف إطلاق النار في المدينة", "اتفاق"),
    # reinforcements, not cooperation strengthened; families, not captives
    ("عبر الوزير عن أمله في تعزيز التعاون بين البلدين", None),
    ("استقبل المحافظ أسر الشهداء", None),
    # an identity revealed: كشف with the identity or the name; هوية with whose it is
    ("كشفت الشرطة هوية منفذ الهجوم على المصرف", "هوية"),
    ("تم التعرف على هوية الانتحاري", "هوية"),
    ("كشف الوزير عن خطة جديدة للنقل", None),
    # a find, not an identity revealed
    ("عثر السكان على رجلين مجهولي الهوية", "عثور"),
    ("ألقى المدير كلمة باسمه ونيابة عن زملائه", None),
    # a death
    ("أعلن المستشفى وفاة الطفل متأثرا بجروحه", "وفاة"),
    ("وتوفيت الممثلة المعروفة عن عمر ناهز الثمانين", "وفاة"),
])
def test_a_happening_word_told_by_what_follows(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_the_features_read_the_sense_as_the_scan_does() -> None:
    clauses = [
        "تبنى مجلس الأمن أمس قرارا بتشكيل لجنة للتحقيق في الهجمات",
        "تبنى تنظيم مسلح أمس الهجوم على مركز الشرطة في البلدة",
        "تبنت البلدية أمس فكرة إنشاء حديقة عامة للأطفال",
        "صوت البرلمان أمس على قانون الموازنة بعد جلسة طويلة",
        "سمع أمس صوت انفجار قوي في وسط المدينة",
    ]
    found = clause_rows(clauses)
    assert [found[f"c-{k}"]["trigger"] for k in range(len(clauses))] == ["تصويت", "تبني", None, "تصويت", "تفجير"]
    # a resolution adopted governs what was adopted, read past who adopted it (the subject after
    # the verb: VSO), as after the verb when the subject leads
    assert found["c-0"]["group"] == "تصويت"  # a legislative act, not an election
    assert "قرار" in found["c-0"]["object"] and not {"مجلس", "امن"} & set(found["c-0"]["object"])


def test_in_context_gives_each_word_the_class_of_its_next_words() -> None:
    lexicon = load_triggers()
    texts = [fold(text) for text in ("تبنت الحكومة قرارا جديدا", "تبنت الحكومة فكرة جديدة", "تبنى التنظيم الهجوم",
                                     "صوت المجلس ضد المشروع")]
    positions = pl.DataFrame(
        [(c, pos, token) for c, text in enumerate(texts) for pos, token in enumerate(text.split())],
        schema={"c": pl.UInt32, "pos": pl.Int64, "token": pl.String}, orient="row",
    )
    classes = {w: cls for w in positions["token"].unique() if (cls := lexicon.word_class(w)) is not None}
    found = lexicon.in_context(positions, classes)
    assert found.rows() == [(0, 0, "تصويت"), (2, 0, "تبني"), (2, 2, "هجوم"), (3, 0, "تصويت")]
    for c, pos, cls in found.rows():
        words = texts[c].split()
        assert lexicon.word_class(words[pos], words[pos + 1:]) == cls


def test_a_resolution_told_as_adopted_and_as_voted_is_one_entry() -> None:
    # one vote of the council on Friday 5 July 2024, told by three outlets in three ways;
    # a group claiming an attack the same day, in some of the same words, is another entry
    entry = entry_of([
        {"id": "adopt", "source": "نشرة الوادي", "published": "2024-07-06T08:00",
         "text": "تبنى مجلس الأمن الدولي أمس قرارا بتشكيل لجنة خبراء للتحقيق في الهجمات الكيميائية في وادي النخيل."},
        {"id": "vote", "source": "صدى الساحل", "published": "2024-07-05T07:00",
         "text": ("يصوت مجلس الأمن الدولي اليوم الجمعة على قرار بتشكيل لجنة خبراء للتحقيق في الهجمات الكيميائية"
                  " بوادي النخيل.")},
        {"id": "voted", "source": "أخبار التلال", "published": "2024-07-06T09:00",
         "text": ("صوت مجلس الأمن الدولي بالإجماع يوم الجمعة على تشكيل لجنة خبراء للتحقيق في الهجمات الكيميائية"
                  " بوادي النخيل.")},
        {"id": "claim", "source": "نشرة الشمال", "published": "2024-07-06T10:00",
         "text": "تبنى تنظيم مسلح أمس الهجوم على مقر لجنة الخبراء في وادي النخيل."},
    ])
    assert entry["adopt"] == entry["vote"] == entry["voted"]
    assert entry["claim"] != entry["adopt"]


def test_one_death_told_by_two_outlets_is_one_entry() -> None:
    entry = entry_of([
        {"id": "died", "source": "نشرة الوادي", "published": "2024-07-07T08:00",
         "text": "توفي أمس الشاب سامر الخطيب متأثرا بجروح أصيب بها في حريق منزله ببلدة النخيل."},
        {"id": "death", "source": "صدى الساحل", "published": "2024-07-06T21:00",
         "text": "أعلن مسؤول محلي اليوم السبت وفاة الشاب سامر الخطيب في المستشفى."},
    ])
    assert entry["died"] == entry["death"]


def _triggers_with(change: Any) -> Any:
    """What :func:`load_triggers` reads from triggers.yaml after ``change`` (on a copy)."""
    data = copy.deepcopy(happenings.load_language_yaml("ar", "triggers.yaml"))
    change(data)
    return data


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["senses"].append({"forms": ["رفع"], "cues": {"لا صنف": ["علم"]}}), r"senses\[\d+\]: unknown class"),
    (lambda d: d["senses"].append({"forms": ["رفع*"], "cues": {"تصويت": ["علم"]}}), "a sensed form is a whole word"),
    (lambda d: d["senses"].append({"forms": ["رفع"]}), r"senses\[\d+\]: needs forms or verbs"),
    (lambda d: d.pop("sense_reach"), "sense_reach: senses need at least one word"),
    (lambda d: d["triggers"][0].update(verbs=["فجر نفسه"]), "class تفجير: bad verb"),
    (lambda d: d["triggers"][0].update(verbs="فجر"), "class تفجير: verbs is not a list"),
])
def test_a_bad_sense_or_verb_names_its_entry(monkeypatch: pytest.MonkeyPatch, change: Any, message: str) -> None:
    real = happenings.load_language_yaml
    data = _triggers_with(change)
    monkeypatch.setattr(happenings, "load_language_yaml",
                        lambda code, name: data if name == "triggers.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match=message):
        load_triggers.__wrapped__("ar")


def test_condolences_are_a_reaction_apart_from_the_death() -> None:
    found = clause_rows(["قدم وزير الصحة سالم العمري أمس تعازيه لأسر ضحايا حادث الحافلة."])
    assert found["c-0"]["trigger"] == "تعزية"
    assert load_triggers().is_reaction("تعزية")
    entry = entry_of([
        {"id": "minister-1", "source": "نشرة الوادي", "published": "2024-07-04T08:00",
         "text": "قدم وزير الصحة سالم العمري أمس تعازيه لأسرة الشاب سامر الخطيب الذي توفي في حريق منزله."},
        {"id": "minister-2", "source": "صدى الساحل", "published": "2024-07-04T09:00",
         "text": "قدم الوزير سالم العمري يوم الأربعاء تعازيه إلى أسرة الشاب سامر الخطيب الذي توفي في حريق منزله."},
        {"id": "death", "source": "أخبار التلال", "published": "2024-07-04T10:00",
         "text": "توفي أمس الشاب سامر الخطيب في حريق منزله، وقدم وزير الصحة تعازيه لأسرته."},
    ])
    assert entry["minister-1"] == entry["minister-2"]
    assert entry["death"] != entry["minister-1"]
