"""Happening words for approvals, dismissals and finds (triggers.yaml): a text approved by a
body is a vote (أقر، وافق، صادق), told apart from an admission (أقر بأنه), a declaration
(الإقرار الزكوي) or sincerity (صادق الدعاء); a dismissal (أقال، إقالة); a find (عثر،
العثور), not a stumble (تعثر). Arabic written for these tests."""

from __future__ import annotations

import pytest
from merge_helpers import entry_of

from timeline.happenings import load_triggers
from timeline.normalize import fold


@pytest.mark.parametrize(("clause", "kind"), [
    # a text approved: by what is approved or who approves (before or after the verb)
    ("أقر مجلس الشورى مشروع نظام المرور الجديد", "تصويت"),
    ("وأقرت الحكومة أمس الميزانية العامة للعام المقبل", "تصويت"),
    ("في إطار خطة التقشف التي أقرها البرلمان", "تصويت"),
    ("وافق البرلمان بالأغلبية على تعديل قانون الضرائب", "تصويت"),
    ("وقال رئيس المجلس إن النواب وافقوا بالإجماع على الحزمة", "تصويت"),
    ("صادق مجلس النواب على الاتفاقية التجارية", "تصويت"),
    ("ستتم المصادقة على الاتفاق في جلسة الأحد", "تصويت"),
    # an admission, a declaration, an agreement of one person, sincerity: none
    ("أقر المتهم بأنه سرق السيارة", None),
    ("وأقر المدرب بصعوبة المباراة المقبلة", None),
    ("يبدأ تقديم الإقرار الزكوي مطلع الشهر", None),
    ("وافق اللاعب على الانتقال إلى النادي الجديد", None),
    ("نسأل الله لكم صادق الدعاء", None),
    # أقرأ (read) is no approval
    ("اقرأ المزيد من الأخبار", None),
    # a dismissal, done or demanded
    ("أقال الرئيس وزير الداخلية من منصبه", "إقالة"),
    ("طالب النواب الحكومة بإقالة محافظ البنك", "إقالة"),
    # a find; a project stumbling is none
    ("عثرت الشرطة على جثة رجل في الوادي", "عثور"),
    ("أعلن الدفاع المدني العثور على الطفل المفقود", "عثور"),
    ("تعثر المشروع بسبب نقص التمويل", None),
])
def test_approvals_dismissals_and_finds(clause: str, kind: str | None) -> None:
    assert load_triggers().happening(fold(clause)) == kind


def test_an_approval_and_a_demand_a_day_later_stay_apart() -> None:
    # the cabinet approves a package on Sunday; on Monday the speaker demands, within that
    # package, that ministers be sacked: two happenings, though they share the package's words
    entry = entry_of([
        {"id": "cabinet-1", "source": "نشرة الوادي", "published": "2024-03-10T20:00",
         "text": "وافق مجلس الوزراء اليوم الأحد على حزمة الإصلاحات الإدارية التي قدمها رئيس الحكومة سامي "
                 "الحداد لمكافحة الفساد."},
        {"id": "cabinet-2", "source": "صدى الساحل", "published": "2024-03-11T06:00",
         "text": "أقر مجلس الوزراء أمس الأحد حزمة الإصلاحات الإدارية التي قدمها رئيس الحكومة سامي الحداد "
                 "لمكافحة الفساد."},
        {"id": "speaker", "source": "أخبار التلال", "published": "2024-03-11T20:00",
         "text": "طالب رئيس البرلمان اليوم الاثنين رئيس الحكومة سامي الحداد بإقالة الوزراء المتهمين بالفساد في "
                 "إطار حزمة الإصلاحات الإدارية."},
    ])
    assert entry["cabinet-1"] == entry["cabinet-2"]
    assert entry["speaker"] != entry["cabinet-1"]



def test_one_find_told_by_its_verb_and_its_noun_is_one_entry() -> None:
    # عثر and العثور are one word to the merge (wording.yaml: spellings)
    entry = entry_of([
        {"id": "verb", "source": "نشرة الوادي", "published": "2024-06-03T18:00",
         "text": "وعثر صيادون اليوم الاثنين على قارب خشبي محطم قرب صخور الرأس الأبيض شمال ميناء الغدير، "
                 "وكان القارب يقل ستة بحارة."},
        {"id": "noun", "source": "صدى الساحل", "published": "2024-06-03T20:00",
         "text": "أعلن خفر السواحل العثور اليوم الاثنين على بقايا زورق قرب الرأس الأبيض، بعد بلاغ من "
                 "صيادين في المنطقة."},
    ])
    assert entry["verb"] == entry["noun"]
