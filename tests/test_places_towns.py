"""Towns the news names often (places.yaml, places23): one happening in a town new to the
gazetteer, told by two outlets, is one entry; words that look like those towns stay no place.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from test_merge import MONTH_TABLE, clusters, reports_frame

from timeline.merge import merge_events
from timeline.places import country_of, find_places


def names(text: str) -> list[str]:
    return [m.place.name for m in find_places(text)]


CAPTURE = {
    # two outlets recall one capture with almost no words in common but the town
    "cap-1": ("نشرة السهل", "2023-07-20",
              "وهذه ثالث بلدة يستعيدها المقاتلون منذ سيطرتهم على لودر الشهر الماضي."),
    "cap-2": ("صدى الجبل", "2023-07-22",
              "وتقدمت الكتائب من لودر التي استعادها المقاتلون منتصف حزيران بعد قتال طويل."),
}


def test_a_town_new_to_the_gazetteer_joins_two_outlets_reports() -> None:
    assert names(CAPTURE["cap-1"][2]) == ["لودر"] and country_of("لودر") == "اليمن"
    c = clusters(merge_events(reports_frame(["cap-1", "cap-2"], CAPTURE, MONTH_TABLE)))
    assert c["cap-1"] == c["cap-2"]
    # the same two reports in two towns stay apart: the place is what joined them
    other = dict(CAPTURE, **{"cap-2": ("صدى الجبل", "2023-07-22", CAPTURE["cap-2"][2].replace("لودر", "قعطبة"))})
    c = clusters(merge_events(reports_frame(["cap-1", "cap-2"], other, MONTH_TABLE)))
    assert c["cap-1"] != c["cap-2"]


@pytest.mark.parametrize("text, place", [
    ("وافتتح المحافظ سوق التمور في الأحساء صباح أمس.", "الأحساء"),
    ("ووصلت القافلة إلى القطيف بعد الظهر.", "القطيف"),
    ("وتستضيف محافظة ينبع المعرض الشهر المقبل.", "ينبع"),
    ("وجرى حادث سير على طريق بمدينة الرمادي.", "الرمادي"),
    ("واحترق منزل في قرية دوما قرب نابلس.", "دوما"),
    ("وسقطت قذيفة على بلدة القريتين في ريف حمص.", "القريتين"),
    ("وأقام الفريق معسكره في مدينة ميونيخ الألمانية.", "ميونيخ"),
    ("واشتعلت حرائق الغابات في كاليفورنيا.", "كاليفورنيا"),
])
def test_new_towns_are_found_with_their_head_word_or_alone(text: str, place: str) -> None:
    assert place in names(text)


@pytest.mark.parametrize("text", [
    "والعمل التطوعي ينبع من حب الناس.",          # springs (verb), not Yanbu
    "ونحن دوما نسعى إلى الأفضل.",                 # always, not Douma
    "وظهر الذئب الرمادي في الغابة.",              # grey, not Ramadi
    "وارتفعت الأرباح المجمعة للشركات.",           # aggregate, not Majmaah
    "وقابل الصبي صبيا آخر في الطريق.",            # a boy, not Sabya
    "وغسل الوجه بالماء البارد.",                  # the face, not al-Wajh
    "وفاز بايرن ميونيخ على ضيفه.",                # the club, not the city
    "وهبط خام غرب تكساس الوسيط دولارا.",           # the crude, not Texas
    "وقال كبيش إن الجلسة تأجلت.",                 # a surname, not Baish
])
def test_a_word_that_looks_like_a_new_town_stays_no_place(text: str) -> None:
    assert names(text) == []


def test_clubs_and_a_crude_named_after_a_place_are_no_place() -> None:
    assert names("وخسر الفريق أمام الدرعية في مباراة ودية.") == []
    assert names("وارتفعت عقود خام غرب تكساس المتوسط.") == []
    assert names("وانتقل اللاعب إلى لوس أنجليس غالاكسي.") == []
    assert names("وافتتح المحافظ المعرض في محافظة الدرعية.") == ["الدرعية"]


# towns no gazetteer lists, read after a town word (places.yaml town_words)
RECAPTURE = {
    "new-1": ("نشرة السهل", "2023-07-20",
              "وهذه ثالث بلدة يستعيدها المقاتلون منذ سيطرتهم على بلدة كورالي الشهر الماضي."),
    "new-2": ("صدى الجبل", "2023-07-22",
              "وتقدمت الكتائب من مدينة كورالي التي استعادها المقاتلون منتصف حزيران بعد قتال طويل."),
}


def test_a_town_after_a_town_word_is_a_town_the_merge_reads() -> None:
    assert [(m.place.name, m.place.kind, m.place.country) for m in find_places(RECAPTURE["new-1"][2])] \
        == [("كورالي", "city", None)]
    c = clusters(merge_events(reports_frame(["new-1", "new-2"], RECAPTURE, MONTH_TABLE)))
    assert c["new-1"] == c["new-2"]
    other = dict(RECAPTURE, **{"new-2": ("صدى الجبل", "2023-07-22", RECAPTURE["new-2"][2].replace("كورالي", "ماروني"))})
    c = clusters(merge_events(reports_frame(["new-1", "new-2"], other, MONTH_TABLE)))
    assert c["new-1"] != c["new-2"]


@pytest.mark.parametrize("text, place", [
    ("واقتحم مسلحون فندقا في بلدة كورالي صباح أمس.", "كورالي"),
    ("وانهار جسر بمدينة تاكاروا الساحلية.", "تاكاروا"),
    ("وجرفت السيول منازل في قرية ماروني.", "ماروني"),
    ("وافتتح الأمير المعرض في مدينة جدة.", "جدة"),  # a known town stays itself
])
def test_a_name_after_a_town_word_is_a_town(text: str, place: str) -> None:
    assert names(text) == [place]


@pytest.mark.parametrize("text", [
    "وتقام المباريات في مدينة الملك فهد الرياضية.",  # a complex (the article)
    "ويجري بناء مدينة متكاملة للصناعات.",          # an adjective (ة)
    "وانتقل المصابون إلى قرية أخرى.",              # an adjective (ى)
    "وتقع البلدة في مدينة غير بعيدة.",             # a function word
    "وضمت القائمة قرية خمس مرات.",                 # a number word
])
def test_a_word_after_a_town_word_that_names_no_town(text: str) -> None:
    assert names(text) == []


def test_a_town_word_with_no_preposition_before_it_names_no_new_town() -> None:
    assert names("وهذه ثالث بلدة يستعيدها المقاتلون.") == []  # a verb after it
    assert names("وشنوا هجوما على قرية ماروني فجرا.") == ["ماروني"]
    assert not find_places("وشنوا هجوما على قرية ماروني فجرا.")[0].locative  # على: the target, not where


def test_a_word_placing_the_town_is_no_name() -> None:
    # review33: after a town word, a direction or a word of nearness places the unnamed town
    # (قرية بالقرب من …، بلدة شمال …، قرية بريف …): no town of that name
    from timeline.places import find_places
    for text, known in (("قتل ثلاثة أشخاص في قرية بالقرب من حلب أمس", ["حلب"]),
                        ("سقطت قذيفة على بلدة شمال العاصمة صباح اليوم", []),
                        ("اشتعلت النيران في قرية شرقي البلدة القديمة", []),
                        ("نزح السكان من قرية بمحيط المطار العسكري", []),
                        ("قصفت الطائرات قرية بريف إدلب الجنوبي", ["إدلب"]),
                        ("وتكثر الدراجات في مدينة مثل القاهرة رغم الزحام", ["القاهرة"])):
        assert [m.place.name for m in find_places(text)] == known, text
    assert [m.place.name for m in find_places("وصل الجنود إلى بلدة سيفاري بوسط مالي")][:1] == ["سيفاري"]
