"""The town an institution, a body or an office belongs to (places.yaml ``owners``): it tells
which one, so two like happenings of two institutions of two towns of one region stay apart in
the merge, while a town and its region's seat told by two outlets for one happening still join;
and the place picker reads where a happening was more carefully (a region's office, a place
word before a town, a place holding the town before it).

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from test_merge import TABLE, clusters, reports_frame

from timeline.merge import merge_events
from timeline.places import find_places, load_gazetteer, pick_place
from timeline.wording import clause_features


def mentions(text: str) -> dict[str, tuple[bool, bool]]:
    """Each place named: (owned, regional)."""
    return {m.place.name: (m.owned, m.regional) for m in find_places(text)}


def picked(text: str) -> str | None:
    return pick_place(find_places(text), 0, len(text))


@pytest.mark.parametrize("text, town", [
    ("عقدت اللجنة المحلية للانتخابات البلدية بمحافظة جدة اجتماعها الأول", "جدة"),  # definite words between
    ("أعلنت اللجنة المحلية للانتخابات في الدورة الرابعة 1447 / 1448هـ بمكة المكرمة عن مراكزها", "مكة المكرمة"),
    ("سلّم الأهالي الطفل لشرطة محافظة الحناكية", "الحناكية"),  # an idafa, the place word between
    ("نقل المصاب إلى مستشفى الملك عبدالعزيز بالطائف", "الطائف"),  # one name between
    ("استقبل محافظ الخرج وفدا من رجال الأعمال", "الخرج"),  # an office
])
def test_an_institutions_town_is_owned(text: str, town: str) -> None:
    assert mentions(text)[town] == (True, False)


@pytest.mark.parametrize("text, place", [
    ("استقبل أمير منطقة تبوك أعضاء الجمعية", "تبوك"),  # a region's office
    ("أعلنت أمانة منطقة القصيم إغلاق السوق", "القصيم"),
])
def test_a_regions_body_is_owned_as_a_regions(text: str, place: str) -> None:
    assert mentions(text)[place] == (True, True)


@pytest.mark.parametrize("text, town", [
    ("تلقى مركز البلاغات بالإدارة العامة للدفاع المدني بالمدينة المنورة بلاغا", "المدينة المنورة"),  # general
    ("وقع الحادث في جدة صباح أمس", "جدة"),  # no institution
    ("قالت اللجنة إن الفريق لعب مباراته الأخيرة أمام منافسه القوي في جدة", "جدة"),  # too far, too loose
    ("رئيس الجمعية، وهو من سكان الطائف", "الطائف"),  # punctuation ends the reach
])
def test_a_town_no_institution_owns(text: str, town: str) -> None:
    assert mentions(text)[town] == (False, False)


@pytest.mark.parametrize("text, place", [
    # a place word after في/ب makes the town after it locative, before a bare mention
    ("نقلت الفرق من الرياض جثة رجل سقط في بئر بمحافظة العيص", "العيص"),
    ("أخطرت السلطات بهدم منازل في محافظتي الخليل وسلفيت ومسجد في أريحا", "الخليل"),  # a dual, derived
    # a region's office gives way to where the happening was
    ("رعى أمير منطقة مكة المكرمة أمس حفلا أقيم في محافظة الطائف", "الطائف"),
    ("استقبل أمير منطقة عسير في مكتبه أمس رئيس بلدية تنومة", "عسير"),  # no other locative: the first mention
    # a town's place word before a region's: the region holds the town
    ("شهد ملعب صغير بمنطقة الرياض وآخر في مدينة الخرج مباراتين", "الخرج"),
    # a place holding the town right before it gives way to the town
    ("تشهد مدينة عنيزة بمنطقة القصيم اليوم افتتاح سوق للتمور", "عنيزة"),
    ("وقع الحادث قرب محافظة الزلفي بمنطقة الرياض", "الزلفي"),
    ("تقدمت القوات في مديرية لودر الجنوبية في محافظة أبين", "لودر"),
    # not a list's last town, nor two cities without a place word
    ("هطلت أمطار على مدينتي أبها وخميس مشيط بمنطقة عسير", "عسير"),
    ("تحدث سفير بغداد في عمّان عن الزيارة", "عمان"),
    # an institution's own town is most often where it acts
    ("عاد الفريق إلى التدريب على ملاعب النادي في بريدة بعد معسكره في تركيا", "بريدة"),
    # a region wider than one country is no place word's locative
    ("قال الوزير في القاهرة إن الأزمة تمتد في منطقة الشرق الأوسط", "القاهرة"),
])
def test_the_place_picked(text: str, place: str) -> None:
    assert picked(text) == place


# two election committees of two towns of one region (جدة، مكة المكرمة) ready their centres: two
# committees, two happenings, though told in almost the same words on one day
COMMITTEES = {
    "jed": ("نشرة السهل", "2024-03-05",
            "أنهت اللجنة المحلية للانتخابات البلدية بمحافظة جدة يوم الاثنين تجهيز مراكز قيد الناخبين في الأحياء."),
    "mak": ("صدى الجبل", "2024-03-06",
            "أنهت اللجنة المحلية للانتخابات البلدية بمكة المكرمة يوم الاثنين تجهيز مراكز قيد الناخبين في الأحياء."),
}

# one accident told by two outlets: one names the governorate's police, the other the region's seat
WELL = {
    "well-1": ("نشرة السهل", "2024-03-05",
               "سلمت فرق الإنقاذ جثة شاب سقط في بئر مهجورة يوم الاثنين لشرطة محافظة الحناكية بعد بحث استمر ساعات."),
    "well-2": ("صدى الجبل", "2024-03-06",
               "انتشلت فرق الدفاع المدني في المدينة المنورة يوم الاثنين جثة شاب سقط في بئر مهجورة."),
    # the region's spokesman tells what the governorate's department did
    "well-3": ("الراصد", "2024-03-06",
               "أوضح المتحدث باسم الدفاع المدني بمنطقة المدينة المنورة أن إدارة الدفاع المدني بمحافظة الحناكية "
               "انتشلت يوم الاثنين جثة شاب سقط في بئر مهجورة."),
}


def test_the_towns_a_clause_tells_as_institutions_own() -> None:
    frame = reports_frame(["jed", "mak"], COMMITTEES, TABLE)
    owners = dict(zip(frame["article_id"], clause_features(frame).events["owners"].to_list()))
    assert owners == {"jed": ["جدة"], "mak": ["مكة المكرمة"]}


def test_two_committees_of_two_towns_of_one_region_are_two_entries() -> None:
    c = clusters(merge_events(reports_frame(["jed", "mak"], COMMITTEES, TABLE)))
    assert c["jed"] != c["mak"]


def test_the_same_committees_work_told_twice_is_one_entry() -> None:
    # the control: the Jeddah committee told by two outlets joins (the towns alone part them above)
    reports = dict(COMMITTEES, mak=(COMMITTEES["mak"][0], COMMITTEES["mak"][1],
                                    COMMITTEES["jed"][2].replace("بمحافظة جدة", "في جدة")))
    c = clusters(merge_events(reports_frame(["jed", "mak"], reports, TABLE)))
    assert c["jed"] == c["mak"]


@pytest.mark.parametrize("other", ["well-2", "well-3"])
def test_one_happening_in_two_towns_of_one_region_is_one_entry(other: str) -> None:
    # one side names the governorate's police (an owner), the other the region's seat or the
    # region's body: no owner's town on both sides tells them apart
    c = clusters(merge_events(reports_frame(["well-1", other], WELL, TABLE)))
    assert c["well-1"] == c[other]


@pytest.mark.parametrize("text, towns", [
    ("أعلنت شرطة محافظة جدة صباح اليوم توقيف رجلين في حي الروضة", {"جدة"}),
    ("افتتح مستشفى الأمل بمدينة قرطوم جناحا جديدا للأطفال", {"قرطوم"}),  # a town the gazetteer does not know
    ("زار أمير منطقة الرياض مدينة الخرج أمس", {"الخرج"}),  # a region's office's place is no town's
    ("وصل الوفد إلى جدة قادما من الطائف", set()),
    ("قالت إدارة التعليم في الطائف إن المدارس في مكة المكرمة تفتح أبوابها الأحد", {"الطائف", "مكة المكرمة"}),
    ("نقلت وكالة الأنباء عن مسؤول في وزارة الخارجية الفرنسية قوله إن باريس سترسل وفدا", set()),
])
def test_owned_towns_are_the_owned_cities_find_reads(text: str, towns: set[str]) -> None:
    gazetteer = load_gazetteer()
    owned = {m.place.name for m in gazetteer.find(text) if m.owned and not m.regional and m.place.kind == "city"}
    assert gazetteer.owned_towns(text) == owned == towns
