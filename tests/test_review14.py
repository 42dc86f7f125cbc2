"""Bugs found in the review of this session's changes (review14), on Arabic written for them."""

from __future__ import annotations

import pytest
from merge_helpers import clause_rows, entry_of

from timeline import wording
from timeline.errors import LanguageDataError

OUTLETS = ["صدى الساحل", "الأفق", "نشرة الوادي", "البيان الجديد"]


def _entries(texts: list[str]) -> dict[str, int]:
    """The entry of each of four outlets' reports of one evening."""
    return entry_of([{"id": f"r{k}", "source": OUTLETS[k], "published": "2024-05-11T20:00", "text": text}
                     for k, text in enumerate(texts)])


def test_the_victims_after_bihaqq_do_not_tell_two_bombings() -> None:
    # "بحق" after a crime names its victims, which outlets word differently: one bombing
    told = ("فجر انتحاري نفسه اليوم الجمعة في مسجد الإمام الرضا في بلدة الطيبة خلال صلاة الجمعة ما أسفر عن "
            "مقتل 20 مصليا، في جريمة إرهابية بحق {}.")
    entry = _entries([told.format("المدنيين"), told.format("المدنيين"),
                      told.format("الأبرياء العزل"), told.format("الأبرياء العزل")])
    assert len(set(entry.values())) == 1


def test_the_victims_after_bihaqq_do_not_tell_two_air_strikes() -> None:
    told = "وقصفت طائرات التحالف اليوم الجمعة مواقع المتمردين في مدينة الطيبة، في مجزرة جديدة بحق {}."
    entry = _entries([told.format("المدنيين"), told.format("المدنيين"),
                      told.format("الأطفال والنساء"), told.format("الأطفال والنساء")])
    assert len(set(entry.values())) == 1


def test_the_charges_of_one_arrest_told_in_two_wordings_do_not_tell_two_arrests() -> None:
    told = "اعتقلت قوات الأمن اليوم الجمعة في مدينة الطيبة خمسة أشخاص من خلية إرهابية بتهمة {}."
    entry = _entries([told.format("الانتماء إلى تنظيم داعش"), told.format("الانتماء إلى تنظيم داعش"),
                      told.format("التخطيط لتفجيرات"), told.format("التخطيط لتفجيرات")])
    assert len(set(entry.values())) == 1


def test_two_sentences_of_one_day_each_naming_whom_stay_two() -> None:
    # a court's case still tells two sentences apart (as merge14's tests: two executions, two courts)
    told = "وأصدرت المحكمة اليوم الجمعة في مدينة الطيبة حكما بالسجن عشر سنوات بحق {}."
    entry = _entries([told.format("الناشط سالم الهاجري"), told.format("الناشط سالم الهاجري"),
                      told.format("المدون فهد العتيبي"), told.format("المدون فهد العتيبي")])
    assert entry["r0"] == entry["r1"] != entry["r2"] == entry["r3"]


def test_a_bad_told_by_case_entry_names_its_field(monkeypatch: pytest.MonkeyPatch) -> None:
    real = wording.load_language_yaml
    data = dict(real("ar", "wording.yaml"))
    data["told_by_case"] = ["محاكمة", "ليس صنفا"]
    monkeypatch.setattr(wording, "load_language_yaml",
                        lambda code, name: data if name == "wording.yaml" else real(code, name))
    with pytest.raises(LanguageDataError, match="wording.yaml: told_by_case: unknown classes"):
        wording.told_by_case.__wrapped__("ar")


def test_an_empty_word_list_marks_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    # a language whose wording.yaml lists no cases nor consequences (both allowed empty): the
    # bare clitics "و"، "ال" are no markers, so a standalone "و" names no case and leaves the
    # happening word after it the clause's own predicate
    monkeypatch.setattr(wording, "case_markers", lambda code="ar": ())
    monkeypatch.setattr(wording, "consequences", lambda code="ar": ())
    rows = clause_rows(["و فجر انتحاري نفسه اليوم في مسجد بمدينة الطيبة و الجامع الكبير."])
    assert rows["c-0"]["trigger"] == "تفجير"
    assert rows["c-0"]["own"] is True
    assert rows["c-0"]["case"] == []
