"""A clause's happening class comes from its own predicate: a happening word inside a phrase of aim
(``told_for`` of wording.yaml: ``من أجل إطلاق سراحه``، ``لبحث جهود الإفراج``) names what is sought, not what
happened, and gives its clause no class; «لقي مصرعه» and «لقوا حتفهم» tell a killing; a word after a mark of
punctuation does not qualify the happening word before it (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.wording import told_after, told_for


def test_the_aim_words_are_data() -> None:
    assert {"اجل", "بهدف", "سعيا", "جهود"} <= set(told_for())
    assert not set(told_for()) & set(told_after()[0])


def test_a_meeting_to_free_a_hostage_is_a_meeting() -> None:
    rows = clause_rows([
        "وفي العاصمة، التقت وزيرة الخارجية الرومانية نظيرها الأردني لبحث جهود الحكومة للإفراج عن الرهينة، "
        "بحسب ما أعلنت الوزارة في بيان مساء الجمعة.",
        "وظهر الصحفي في تسجيل مصور نشر على الإنترنت في مطلع مايو الماضي، وطلب من الحكومة التحرك من أجل "
        "إطلاق سراحه.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("اجتماع", True)
    assert rows["c-1"]["trigger"] is None  # the release is sought: no release told


def test_an_aim_holding_the_date_keeps_its_class() -> None:
    # the date is the agreement's (a relative clause inside the aim's stretch), not the meeting's
    rows = clause_rows(["وكان الوزير عقد اجتماعا مع نظرائه سعيا لتبديد مخاوفهم من الاتفاق الذي أبرم الشهر الماضي."])
    assert rows["c-0"]["trigger"] == "اتفاق"


def test_met_their_death_is_a_killing() -> None:
    rows = clause_rows([
        "لقي شاب مصرعه أمس في حادث سير على طريق المطار.",
        "ولقي ثلاثة عمال حتفهم مساء الاثنين إثر انهيار جدار ورشة.",
        "اغتيل قاض في المدينة صباح اليوم.",
        "نجا الوزير أمس من محاولة اغتيال في العاصمة.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("وفاة", True)  # an accident's: a death
    assert (rows["c-1"]["trigger"], rows["c-1"]["cause"]) == ("قتلى", "انهيار")
    assert rows["c-2"]["trigger"] == "قتلى"
    assert rows["c-3"]["trigger"] == "هجوم"  # an attempt killed no one


def test_a_word_after_a_comma_qualifies_nothing_before_it() -> None:
    rows = clause_rows([
        "وفي خطاب ألقاه في العام 1970 في الجامعة، وقبل أشهر من اغتياله، دعا الزعيم إلى السلام مع جيرانه.",
        "أعلنت الشرطة أمس توقيف انتحاري قرب المسجد.",
    ])
    assert (rows["c-0"]["trigger"], rows["c-0"]["own"]) == ("دعوة", True)
    assert rows["c-1"]["trigger"] == "اعتقال"  # no comma between: the noun before names it


def test_a_meeting_told_with_its_aim_joins_the_meeting_not_the_release() -> None:
    # two outlets tell one meeting, one of them with its aim last and its date after it; a third
    # tells the release itself, the same evening in the same town
    entry = entry_of([
        {"id": "aim", "source": "صدى الساحل", "published": "2024-05-14T20:00",
         "text": "التقى وزير الخارجية نظيره الإيطالي في مدينة الوادي لبحث جهود الإفراج عن البحارة المحتجزين، "
                 "بحسب ما أعلنت الوزارة مساء أمس."},
        {"id": "meeting", "source": "الأفق", "published": "2024-05-14T21:00",
         "text": "التقى وزير الخارجية مساء أمس نظيره الإيطالي في مدينة الوادي، وبحث الجانبان ملف البحارة "
                 "المحتجزين."},
        {"id": "release", "source": "نشرة الوادي", "published": "2024-05-14T21:30",
         "text": "أفرجت السلطات مساء أمس عن البحارة المحتجزين في مدينة الوادي بعد وساطة إيطالية."},
    ])
    assert entry["aim"] == entry["meeting"] != entry["release"]


def test_a_fall_is_one_death_apart_from_an_opening_of_one_day_in_one_town() -> None:
    entry = entry_of([
        {"id": "death", "source": "صدى الساحل", "published": "2024-05-14T20:00",
         "text": "لقي عامل مصرعه صباح أمس في حي الصناعية بمدينة الوادي إثر سقوطه من سقالة مستشفى قيد الإنشاء."},
        {"id": "killed", "source": "الأفق", "published": "2024-05-14T21:00",
         "text": "توفي عامل صباح أمس إثر سقوطه من سقالة مستشفى في حي الصناعية بمدينة الوادي."},
        {"id": "opening", "source": "نشرة الوادي", "published": "2024-05-14T21:30",
         "text": "افتتح المحافظ صباح أمس مستشفى جديدا في حي الصناعية بمدينة الوادي."},
    ])
    assert entry["opening"] not in (entry["death"], entry["killed"])
    assert entry["death"] == entry["killed"]  # a fall: «لقي مصرعه» is a death, as «توفي»
