"""Two towns of one region (places.yaml ``region``) are no place clash in the merge: a town
and its region's seat, named by two outlets for one happening, make one entry; two towns of
two regions stay apart, and one region is no shared place (no bonus).

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from test_merge import TABLE, clusters, reports_frame

from timeline import places
from timeline.errors import LanguageDataError
from timeline.merge import merge_events
from timeline.places import find_places, region_of
from timeline.wording import clause_features

# one well accident told by two outlets: one names the governorate, the other the region's seat
WELL = {
    "well-1": ("نشرة السهل", "2024-03-05",
               "انتشل الدفاع المدني جثة شاب سقط في بئر مهجورة بمحافظة الحناكية يوم الاثنين بعد بحث استمر ساعات."),
    "well-2": ("صدى الجبل", "2024-03-06",
               "انتشلت فرق الدفاع المدني في المدينة المنورة يوم الاثنين جثة شاب سقط في بئر مهجورة."),
}


def test_the_region_of_a_town_and_of_its_seat() -> None:
    assert region_of("الحناكية") == region_of("المدينة المنورة") == "المدينة المنورة"
    assert region_of("محايل عسير") == region_of("أبها") == region_of("خميس مشيط") == "عسير"
    assert region_of("القطيف") == region_of("الدمام") == "الشرقية"
    assert region_of("أبها") != region_of("القطيف")
    # no region given: a town abroad, a country, an unknown name
    assert region_of("بغداد") is None and region_of("السعودية") is None and region_of("عين الورد") is None


def test_a_town_and_its_regions_seat_make_one_entry() -> None:
    frame = reports_frame(["well-1", "well-2"], WELL, TABLE)
    towns = dict(zip(frame["article_id"], clause_features(frame).events["town"]))
    assert towns == {"well-1": "الحناكية", "well-2": "المدينة المنورة"}
    c = clusters(merge_events(frame))
    assert c["well-1"] == c["well-2"]


@pytest.mark.parametrize("town, other", [("القطيف", "الحناكية"), ("محايل عسير", "الحناكية")])
def test_two_towns_of_two_regions_stay_apart(town: str, other: str) -> None:
    # the same two reports, the second placed in a town of another region: two accidents
    reports = dict(WELL, **{"well-2": ("صدى الجبل", "2024-03-06", WELL["well-2"][2].replace("المدينة المنورة", town))})
    assert [m.place.name for m in find_places(reports["well-2"][2])] == [town]
    assert region_of(town) != region_of(other)
    c = clusters(merge_events(reports_frame(["well-1", "well-2"], reports, TABLE)))
    assert c["well-1"] != c["well-2"]


FAIR = {
    # two fairs of one region on one day, told in few shared words: one region is no shared town
    "fair-1": ("نشرة السهل", "2024-03-05", "افتتح المحافظ معرضا للتمور في عنيزة يوم الاثنين."),
    "fair-2": ("الراصد", "2024-03-06", "وشهدت بريدة يوم الاثنين افتتاح معرض للكتاب بحضور الأهالي."),
}


def test_one_region_is_no_bonus() -> None:
    assert region_of("عنيزة") == region_of("بريدة") == "القصيم"
    c = clusters(merge_events(reports_frame(["fair-1", "fair-2"], FAIR, TABLE)))
    assert c["fair-1"] != c["fair-2"]


@pytest.mark.parametrize("entry", [
    {"name": "بلد", "kind": "country", "region": "الشمال", "forms": ["بلد"]},  # a country lies in no region
    {"name": "مرج", "kind": "city", "region": "الشمال", "forms": ["مرج"]},  # a region needs a country
])
def test_a_region_is_given_only_for_a_place_in_one_country(monkeypatch: pytest.MonkeyPatch, entry: dict) -> None:
    data = {"places": [{"name": "بلد", "kind": "country", "forms": ["بلد"]}, entry] if entry["kind"] != "country"
            else [entry]}
    monkeypatch.setattr(places, "load_language_yaml", lambda code, name: data)
    with pytest.raises(LanguageDataError, match="region"):
        places._load_gazetteer.__wrapped__("ar")
