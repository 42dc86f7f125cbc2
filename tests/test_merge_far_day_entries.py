"""Two grown entries of one class of happening met by a link of one far exact day (``merge._far_day``:
an election told months ahead) join when each tells that class with its own predicates and what they
govern is told in the other (``merge._Components._one_happening``), as a strong same-day link lets them
(split42). Two elections of one far day, a presidential and a municipal, stay apart. Arabic written for
these tests."""

from __future__ import annotations

from merge_helpers import entry_of

CANDIDATE = ("وأكد المرشح سامي الهادي في لقاء مع أنصاره بمدينة صفاقس أنه يخوض الانتخابات الرئاسية التونسية "
             "المقررة في 15 أغسطس المقبل ببرنامج يركز على التشغيل ودعم الفلاحين.")
BOARD = ("وقالت رئيسة الهيئة العليا في مقابلة تلفزيونية إن الانتخابات الرئاسية التونسية ستجري في 15 أغسطس "
         "2024 بحضور مراقبين دوليين، وإن تجهيز مراكز الاقتراع يسير وفق الجدول.")


def _articles(first: str, second: str) -> list[dict[str, str]]:
    """Each text told by two outlets in one wire copy: two entries of two reports each."""
    return [{"id": i, "source": s, "published": p, "text": t} for i, s, p, t in (
        ("a1", "وكالة النهر", "2024-06-01T09:00", first), ("a2", "صحيفة الشرق", "2024-06-01T18:00", first),
        ("b1", "صحيفة الغد", "2024-06-03T10:00", second), ("b2", "صحيفة المساء", "2024-06-03T19:00", second))]


def test_two_wire_copies_of_one_vote_months_ahead_join() -> None:
    entry = entry_of(_articles(CANDIDATE, BOARD))
    assert entry["a1"] == entry["a2"] == entry["b1"] == entry["b2"]


def test_a_presidential_and_a_municipal_vote_of_one_far_day_stay_apart() -> None:
    entry = entry_of(_articles(CANDIDATE, BOARD.replace("الرئاسية", "البلدية")))
    assert entry["a1"] == entry["a2"]
    assert entry["b1"] == entry["b2"]
    assert entry["a1"] != entry["b1"]
