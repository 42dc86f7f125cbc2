"""One arrest told by two outlets, one with its verb (``اعتقلت الشرطة…``) and one with its verbal noun
after a verb of saying (``أكدت مصادر أمنية اعتقال…``), is one entry: what they share is who and where
(the bank, the robbery). Another arrest by the same police on that evening in that town, in another
district, stays its own entry though it is told in the first report's very words (Arabic written for
these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.happenings import load_triggers
from timeline.normalize import fold

_EVENING = [
    {"id": "verb", "source": "نشرة الوادي", "published": "2024-03-08T10:00",
     "text": "اعتقلت الشرطة مساء أمس الخميس رجلا يشتبه في سطوه على فرع مصرف الرافدين في حي الزهور بمدينة "
             "الوادي الأخضر وسرقة خزنته."},
    {"id": "noun", "source": "صدى الساحل", "published": "2024-03-08T12:00",
     "text": "أكدت مصادر أمنية اعتقال المشتبه به في السطو على مصرف الرافدين مساء أمس بعد ساعات من الحادث."},
    # another arrest of that evening, in that town, by that police: another district, another man
    {"id": "other", "source": "صدى الساحل", "published": "2024-03-08T12:30",
     "text": "اعتقلت الشرطة مساء أمس الخميس تاجر مخدرات في حي النخيل بمدينة الوادي الأخضر بعد مطاردة قصيرة."},
]


def test_the_verb_and_its_verbal_noun_name_one_class() -> None:
    rows = clause_rows([article["text"] for article in _EVENING])
    assert {row["trigger"] for row in rows.values()} == {"اعتقال"}


def test_one_arrest_told_by_its_verb_and_by_its_verbal_noun_is_one_entry() -> None:
    entry = entry_of(_EVENING)
    assert entry["verb"] == entry["noun"]


def test_two_arrests_of_one_evening_in_one_town_stay_two() -> None:
    entry = entry_of(_EVENING)
    assert entry["other"] != entry["verb"]
    assert entry["other"] != entry["noun"]


def test_an_amount_reached_in_thousands_is_no_arrival() -> None:
    """«وصل … إلى 50 ألفا»: the numeral in the accusative (and the dual) tells an amount reached, as
    «ألف» does; a minister who arrives is still a visit."""
    lexicon = load_triggers()

    def arrival(text: str) -> str | None:
        words = fold(text).split()
        at = next(k for k, word in enumerate(words) if word.startswith("وصل"))
        return lexicon.word_class(words[at], after=words[at + 1:], before=words[:at])

    assert arrival("وصلت الصادرات في يونيو إلى 40 ألفا") is None
    assert arrival("وصل عدد المشتركين إلى ألفين") is None
    assert arrival("وصل في يونيو إلى 12 ألف طن") is None
    assert arrival("وصل الوزير إلى العاصمة مساء أمس") == "زيارة"


def test_an_amount_before_to_counts_who_arrived() -> None:
    """An amount tells what was reached only after the verb's subject, in its clause; as the subject
    («وصل نحو ألف زائر»), or in a later clause («حيث استقبله ألفا مشجع»), it counts who arrived."""
    lexicon = load_triggers()

    def arrival(text: str) -> str | None:
        words = fold(text).split()
        at = next(k for k, word in enumerate(words) if word.startswith("وصل"))
        return lexicon.word_class(words[at], after=words[at + 1:], before=words[:at])

    assert arrival("وصل ألفا مهاجر إلى الميناء الصغير صباح اليوم") == "زيارة"
    assert arrival("وصل نحو ألف زائر إلى المعرض") == "زيارة"
    assert arrival("وصل المنتخب إلى المطار حيث استقبله ألفا مشجع") == "زيارة"
    assert arrival("وصلت الواردات في مايو إلى نحو 3 آلاف طن") is None
    assert arrival("وصل حجم التبادل إلى مليار دولار") is None
    assert arrival("وصلت ساعات التطوع في الحملة أكثر من مليون ساعة") is None
    assert arrival("وصل الوزير إلى البلدة التي يسكنها ألفا شخص") == "زيارة"
