"""A death told by an idiom is a death (وفاة), as «توفي» tells it: «وافته المنية»، «انتقل إلى رحمة الله»،
«انتقل إلى جوار ربه»، «فارق الحياة»، «غيب الموت»; the same verbs with other words tell no death
(Arabic written for these tests)."""

from __future__ import annotations

import pytest

from merge_helpers import clause_rows, entry_of

from timeline.happenings import load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize("clause, kind", [
    ("وافته المنية مساء الخميس في مستشفى المدينة", "وفاة"),
    ("الشاعر الذي وافته المنية أمس عن عمر ناهز السبعين", "وفاة"),
    ("انتقل إلى رحمة الله تعالى الشيخ سالم الراشد", "وفاة"),
    ("وكانت الفقيدة قد انتقلت إلى رحمة الله فجر الأحد", "وفاة"),
    ("المعلم الذي انتقل إلى جوار ربه يوم السبت", "وفاة"),
    ("نقل المصاب إلى المستشفى لكنه فارق الحياة قبل وصوله", "وفاة"),
    ("غيب الموت أمس الملحن المعروف نادر السالم", "وفاة"),
    # the same words with no death
    ("انتقل اللاعب إلى نادي الساحل مقابل مليون دولار", None),
    ("انتقلت الشركة إلى مقرها الجديد في حي الورود", None),
    ("بلغ الفارق بين الفريقين ثلاث نقاط", None),
    ("تمنى الوزير للطلاب حياة سعيدة", None),
])
def test_a_death_told_by_an_idiom(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_the_features_read_the_idiom_as_the_scan_does() -> None:
    rows = clause_rows([
        "وافته المنية مساء الخميس في مستشفى المدينة",
        "انتقل إلى رحمة الله تعالى أمس الشيخ سالم الراشد",
        "انتقل المدرب أمس إلى نادي الساحل",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(3)] == ["وفاة", "وفاة", None]


def test_a_death_told_by_an_idiom_and_by_its_verb_is_one_entry() -> None:
    # one death on Friday 5 July 2024 told by two outlets, one with «توفي», one with «وافته المنية»;
    # another notable's death the same day in another town stays apart
    entry = entry_of([
        {"id": "verb", "source": "صدى الساحل", "published": "2024-07-06T19:00",
         "text": "توفي الملحن نادر السالم مساء أمس الجمعة بنوبة قلبية في منزله بمدينة الوادي."},
        {"id": "idiom", "source": "الأفق", "published": "2024-07-06T20:00",
         "text": "الملحن نادر السالم الذي وافته المنية مساء الجمعة إثر نوبة قلبية في الوادي."},
        {"id": "other", "source": "نشرة التلال", "published": "2024-07-06T21:00",
         "text": "توفي أمس الجمعة لاعب الكرة السابق مراد العلي في مدينة التلال عن عمر ناهز الثمانين."},
    ])
    assert entry["verb"] == entry["idiom"] != entry["other"]
