"""A happening word inside a relative clause told after the clause's date is background: «أعلن مسؤول اليوم
أن والد الطفل الذي قضى قبل أسبوع في حريق… توفي» tells the death, not the fire (issue 6 item 1, split45).
A date after the pronoun may be the relative clause's own, and its word then still tells the clause. Arabic
written for these tests."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of


def test_a_word_in_a_relative_clause_after_the_date_is_aside() -> None:
    rows = clause_rows([
        "أعلن مسؤول محلي اليوم أن والد الطفل الذي قضى قبل أسبوع في حريق أضرمه مجهولون توفي متأثرا بجروحه.",
        "أكد الناطق أمس أن اللاعب الذي غاب عن التدريبات بسبب إصابة في الركبة زار المستشفى التخصصي.",
    ])
    assert rows["c-0"]["trigger"] == "وفاة"
    assert rows["c-1"]["trigger"] == "زيارة"


def test_a_relative_clause_holding_the_date_keeps_its_word() -> None:
    rows = clause_rows([
        # the date after the pronoun is the relative clause's: the bombing
        "قال الوزير إن المسجد الذي شهد أمس تفجيرا انتحاريا سيعيد فتح أبوابه.",
        # the word right after the pronoun, and the only word: as before
        "قتل خمسة أشخاص في الهجوم الذي شنه مسلحون أمس على مركز للشرطة.",
        "وصل إلى المستشفى الطفل الذي أصيب أمس في حادث سير.",
    ])
    assert rows["c-0"]["trigger"] == "تفجير"
    assert rows["c-1"]["trigger"] == "هجوم"
    assert rows["c-2"]["trigger"] is not None


def test_one_death_told_with_and_without_the_relative_clause_is_one_entry() -> None:
    entry = entry_of([
        {"id": "told", "source": "صدى الساحل", "published": "2024-09-14T12:00",
         "text": "أعلن مسؤول محلي اليوم السبت أن سالم العتيبي والد الطفل الذي قضى قبل أسبوع في حريق أضرمه "
                 "مجهولون في منزل العائلة توفي متأثرا بجروحه في مستشفى المدينة."},
        {"id": "plain", "source": "الأفق", "published": "2024-09-14T15:00",
         "text": "توفي اليوم السبت سالم العتيبي والد الطفل متأثرا بجروحه في مستشفى المدينة."},
    ])
    assert entry["told"] == entry["plain"]
