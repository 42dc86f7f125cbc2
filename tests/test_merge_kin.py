"""Two outlets' reports of one happening that name it with two forms of one class (صادق /
أقر, a vote) share that word to the merge; a short fragment does not (Arabic written for
these tests)."""

from __future__ import annotations

from merge_helpers import entry_of

_SAME_VOTE = [
    {"id": "ratified", "source": "نشرة الوادي", "published": "2024-04-16T18:00",
     "text": "صادق مجلس الشورى في جلسة طارئة اليوم الثلاثاء بالإجماع على حزمة الإصلاحات التي "
             "قدمها رئيس الوزراء سامي الحداد لمكافحة الفساد وخفض رواتب كبار المسؤولين."},
    {"id": "passed", "source": "صدى الساحل", "published": "2024-04-16T20:00",
     "text": "أقر النواب اليوم الثلاثاء خطة الحداد الإصلاحية التي تلغي مناصب نواب رئيس الوزراء وتقلص رواتب "
             "الحراس وتحيل ملفات الفساد إلى القضاء بعد احتجاجات في العاصمة."},
]


def test_one_vote_told_with_two_verbs_is_one_entry() -> None:
    entry = entry_of(_SAME_VOTE)
    assert entry["ratified"] == entry["passed"]
