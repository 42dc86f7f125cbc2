"""The name after an office word as people the merge knows (timeline._persons, ``offices`` of actors.yaml):
a holder told by office, country and full name in one report and by the family name alone in the other
(Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline._persons import person_reader, persons_shared
from timeline.pipeline import build_timeline

_ARRIVAL = "وصل أمس إلى الزعفرانية قارب {} آت من الشميساني عبر الكوكبانية بعد إبحار دام ثلاثة أيام وسط موج عال وريح شديدة."
_RETURN = "عاد أمس إلى الزعفرانية وفد شبان رحلة صيد بحر {} من الشميساني عبر الكوكبانية سالمين."


def _entries(first: str, second: str) -> list[int]:
    events = build_timeline(pl.DataFrame([
        {"id": "a", "source": "نشرة الوادي", "published": "2024-03-05T09:00", "text": first},
        {"id": "b", "source": "صدى الساحل", "published": "2024-03-05T11:00", "text": second},
    ])).events
    return events.sort("article_id")["cluster"].to_list()


def test_the_words_of_a_name_after_an_office_country_and_ministry() -> None:
    reader = person_reader()
    assert len(reader("صرح رئيس الوزراء الفنلندي هانس كارتونين أمس")) == 2  # (both words, compared bare)
    assert persons_shared("صرح رئيس الوزراء الفنلندي هانس كارتونين أمس", "وأكد كارتونين أن") == 1
    assert persons_shared("صرح رئيس الوزراء الفنلندي هانس كارتونين أمس", "وقال هانس إن") == 1
    assert reader("قال وزير المالية توماس فيرنر هيلمان إن") == reader("قال وزير المالية توماس فيرنر إن")  # two words
    assert reader("أعلنت المتحدثة باسم الوزارة، ليلى الأحمد") == frozenset()  # a punctuation mark ends the office
    assert reader("وقال وزير الخارجية الأرجنتيني إن بلاده") == frozenset()  # a function word: no name
    assert reader("زار الرئيس يفتتح المعرض") == frozenset()  # a verb's letter
    assert reader("قال مدير بالمحافظة إن") == frozenset()  # a preposition with the article
    assert reader("قال وزير الخارجية عادل الجبير أمس") == {"جبير"}  # a given name hands over to the chain
    assert persons_shared("ألقى الرئيس البيروفي خوسيه مانتيلا كلمته", "قال مانتيلا في كلمته") == 1


def test_a_skipper_told_by_office_and_full_name_then_by_family_name_is_one_voyage() -> None:
    entries = _entries(_ARRIVAL.format("يرافقه سفير الزعفرانية الجديد لوكاس ماريتو"), _RETURN.format("يقودهم ماريتو"))
    assert len(entries) == 2 and entries[0] == entries[1]


def test_two_holders_of_one_office_are_two_voyages() -> None:
    # (one office, two names: no person shared, the pair stays under the floor)
    entries = _entries(_ARRIVAL.format("يرافقه سفير الزعفرانية الجديد لوكاس ماريتو"), _RETURN.format("يقودهم بالدوني"))
    assert len(entries) == 2 and entries[0] != entries[1]


def test_a_verbal_noun_after_an_office_is_no_name() -> None:
    """review68: a verbal noun's shape (``deed_nouns``) is the office holder's act, not his name: two clauses
    of an extension or an appointment share no person by it."""
    reader = person_reader()
    assert reader("وقرر رئيس المجلس تمديد مهلة التسجيل أسبوعين") == frozenset()
    assert reader("وطلب وزير الصحة إعلان نتائج الفحص للجمهور") == frozenset()
    assert reader("واقترح المدير العام تطوير المبنى القديم") == frozenset()
    assert persons_shared("وقرر رئيس المجلس تمديد مهلة التسجيل", "وقرر المحافظ تمديد ساعات العمل") == 0
    assert len(reader("صرح رئيس الوزراء الفنلندي هانس كارتونين أمس")) == 2  # a name still read
