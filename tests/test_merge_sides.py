"""Meetings and receptions told apart by who meets: one host receiving two guests on one
day is two entries, however alike the host's long titles make the reports, while one
meeting told from either side (host and guest swapped, one side named only) stays one
(``told_by_sides`` in actors.yaml; Arabic written for these tests, real tagger)."""

from __future__ import annotations

import polars as pl
import pytest
from merge_helpers import entry_of

import timeline.wording as wording
from timeline.errors import LanguageDataError
from timeline.pipeline import build_timeline
from timeline.wording import clause_features, told_by_sides

HOST = "استقبل صاحب السمو الأمير سالم بن فهد أمير منطقة الواحة في مكتبه بمقر الإمارة اليوم"
NORWAY = f"{HOST} سفير مملكة النرويج لدى المملكة رالف هانسن والوفد المرافق له."
CHAMBER = f"{HOST} رئيس الغرفة التجارية الصناعية بالواحة المهندس ماجد القرني وأعضاء مجلس الإدارة."


def _article(key: str, source: str, text: str) -> dict[str, str]:
    return {"id": key, "source": source, "published": "2024-07-04T08:00", "text": text}


def _sides(texts: list[str]) -> list[set[str] | None]:
    """The sides of each text's (first) clause, as stems; None when no meeting word opens it."""
    frame = build_timeline(pl.DataFrame([
        {"id": f"c-{k}", "published": "2024-05-12T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    features = clause_features(frame)
    stems = dict(zip(features.words["word"], features.words["stem"]))
    sides = dict(zip(frame["article_id"], features.events["sides"].to_list()))
    return [None if sides[f"c-{k}"] is None else {stems[w] for w in sides[f"c-{k}"]} for k in range(len(texts))]


def test_a_reception_names_host_and_guest_not_what_was_discussed() -> None:
    reception = f"{HOST} سفير مملكة النرويج رالف هانسن، وجرى خلال الاستقبال بحث العلاقات الثنائية."
    opening = "أعلنت بلدية الواحة اليوم افتتاح حديقة عامة جديدة."
    sides, none = _sides([reception, opening])
    assert none is None  # no meeting word opens it
    assert sides is not None and {"سالم", "فهد", "نرويج", "رالف", "هانسن"} <= sides
    assert not {"صاحب", "سمو", "علاق", "ثناء"} & sides  # titles, and what was discussed after وجرى


def test_a_meeting_word_inside_the_clause_names_no_sides() -> None:
    # who meets is not what follows a meeting word that does not open its clause
    assert _sides(["وقال الوزير خلال اجتماعه بأعضاء اللجنة اليوم إن العمل مستمر."]) == [None]


def test_two_receptions_by_one_host_on_one_day_stay_apart() -> None:
    entry = entry_of([_article("norway", "نشرة الوادي", NORWAY), _article("chamber", "صدى الساحل", CHAMBER),
                      _article("norway2", "أخبار التلال", NORWAY)])
    assert entry["norway"] == entry["norway2"]
    assert entry["norway"] != entry["chamber"]


def test_one_meeting_told_from_either_side_is_one_entry() -> None:
    # host and guest swapped; the host named only; the same pair whoever is named first
    swapped = ("التقى سفير مملكة النرويج لدى المملكة رالف هانسن اليوم صاحب السمو الأمير سالم بن فهد أمير "
               "منطقة الواحة في مكتبه بمقر الإمارة.")
    host_only = f"{HOST} سفير النرويج."
    entry = entry_of([_article("norway", "نشرة الوادي", NORWAY), _article("swapped", "صدى الساحل", swapped),
                      _article("short", "أخبار التلال", host_only)])
    assert entry["norway"] == entry["swapped"] == entry["short"]


def test_one_reception_told_in_other_words_is_one_entry() -> None:
    # a short title, another spelling of the place, the delegation with the guest: in a
    # small batch every word is rare, so only who is named may tell receptions apart
    full = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة اليوم الرئيس الفرنسي "
            "فرانسوا هولاند.")
    short = "استقبل الملك سلمان اليوم في جدة الرئيس الفرنسي هولاند والوفد المرافق له، وبحث معه العلاقات."
    met = "التقى الرئيس الفرنسي فرانسوا هولاند اليوم في جدة خادم الحرمين الشريفين الملك سلمان."
    entry = entry_of([_article("full", "نشرة الوادي", full), _article("short", "صدى الساحل", short),
                      _article("met", "أخبار التلال", met)])
    assert entry["full"] == entry["short"] == entry["met"]


def test_one_reception_told_fuller_on_either_side_is_one_entry() -> None:
    # one outlet names more of the host, another more of the guest (and spells عبد العزيز
    # apart): each lacks words of the other, but both name the same guest last
    host = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصر السلام بجدة اليوم الرئيس هولاند."
    guest = "استقبل الملك سلمان بن عبدالعزيز اليوم في جدة الرئيس الفرنسي فرانسوا هولاند."
    entry = entry_of([_article("host", "نشرة الوادي", host), _article("guest", "صدى الساحل", guest)])
    assert entry["host"] == entry["guest"]


def test_told_by_sides_names_classes_of_triggers_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    classes, words, ends, unnamed = told_by_sides()
    assert "اجتماع" in classes and "استقبل" in words and "حضور" in ends and "مرافق*" in unnamed
    for data, error in (({"told_by_sides": {"classes": ["نزهة"]}},
                         r"told_by_sides: classes: unknown classes \['نزهة'\]"),
                        ({"told_by_sides": ["اجتماع"]}, "told_by_sides: a mapping"),
                        ({"told_by_sides": {"words": "استقبل"}}, "told_by_sides: words: a list")):
        monkeypatch.setattr(wording, "load_language_yaml", lambda code, name, data=data: data)
        told_by_sides.cache_clear()
        try:
            with pytest.raises(LanguageDataError, match="actors.yaml: " + error):
                told_by_sides()
        finally:
            monkeypatch.undo()
            told_by_sides.cache_clear()


def test_a_meeting_names_whom_it_meets_not_its_purpose_nor_the_capital() -> None:
    # a purpose, ل and a verbal noun in تـ, ends who meets; لتلك (a demonstrative) does not, nor
    # لل (an institution's name: the guest is named after it); العاصمة tells where
    purpose = ("يلتقي وزير الخارجية في العاصمة الواحية الثلاثاء نظراءه العرب لتهدئة مخاوفهم من "
               "الأزمة الإقليمية.")
    stress = ("استقبل أمير منطقة الواحة أمس مدير المعهد الوطني للتدريب المهني سالم الرمادي لتقديم "
              "تقرير المعهد السنوي.")
    those = "اجتمع الوزير أمس مع عشرة مديرين تابعين لتلك المدارس في مقر الوزارة."
    sides = _sides([purpose, stress, those])
    assert sides[0] is not None and "نظراء" in sides[0] and not {"تهدء", "مخاوفهم", "ازم", "عاصم"} & sides[0]
    assert sides[1] is not None and {"تدريب", "سالم"} <= sides[1] and not {"تقديم", "تقرير"} & sides[1]
    assert sides[2] is not None and "مقر" in sides[2]


def test_a_meeting_told_ahead_with_its_purpose_joins_the_reports_of_it_and_of_its_reception() -> None:
    # told ahead (a plan with its purpose) and after, the host's reception of the guests in the
    # reports' entry: what the plan names after its purpose (لتهدئة مخاوفهم) no longer tells it apart
    ahead = ("ويلتقي الوزير كيلان في العاصمة الواحية الاثنين نظراءه في دول مجلس الساحل لتهدئة "
             "مخاوفهم الناتجة عن اتفاق الموانئ.")
    done = "اجتمع وزراء خارجية دول مجلس الساحل في الواحة اليوم مع الوزير كيلان."
    begun = ("بدأت في الواحة اليوم أعمال الاجتماع المشترك بين وزراء خارجية دول مجلس الساحل والوزير "
             "كيلان لبحث اتفاق الموانئ.")
    received = ("استقبل الأمير راشد بن سالم حاكم الواحة اليوم الوزير كيلان ووزراء خارجية دول مجلس "
                "الساحل الشرقي.")

    def article(key: str, source: str, published: str, text: str) -> dict[str, str]:
        return {"id": key, "source": source, "published": published, "text": text}

    entry = entry_of([article("ahead", "نشرة الوادي", "2024-07-06T20:00", ahead),
                      article("done", "أخبار التلال", "2024-07-08T19:00", done),
                      article("begun", "نشرة الوادي", "2024-07-08T20:00", begun),
                      article("received", "صدى الساحل", "2024-07-08T20:10", received)])
    assert entry["done"] == entry["begun"] == entry["received"]
    assert entry["ahead"] == entry["done"]
