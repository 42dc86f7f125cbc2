"""Places finer than a town (:mod:`timeline.sites`: a district, a market, a street) in the merge:
two attacks of one day in one city, told in one wire formula but in two of its districts, stay
two entries; one attack told with its district by one outlet and with the city alone by another
is one entry, as it is when the other names the district with another site word, or names the
district only in passing beside a street of it.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from test_merge import TABLE, clusters, reports_frame

from timeline.merge import merge_events
from timeline.sites import sites

# a wire formula: a police source, one day, a toll; only the site, the counts and the attack differ
TWO_DISTRICTS = {
    "raid": ("وكالة الرافدين", "2024-03-04",
             "بغداد - قال مصدر في الشرطة العراقية إن مسلحين هاجموا يوم الأحد حاجزا للشرطة في حي الشعلة شمالي "
             "بغداد، ما أسفر عن مقتل أربعة من عناصر الشرطة وإصابة ستة آخرين."),
    "blast": ("نشرة دجلة", "2024-03-04",
              "بغداد - قال مصدر في الشرطة العراقية إن سيارة مفخخة انفجرت يوم الأحد في سوق شعبي بحي البياع غربي "
              "بغداد، ما أسفر عن مقتل تسعة مدنيين وإصابة خمسة عشر آخرين."),
}

# one bombing: one outlet names its district, the other only the city
ONE_BOMBING = {
    "district": TWO_DISTRICTS["blast"],
    "city": ("صدى العاصمة", "2024-03-04",
             "أفاد مسؤول أمني عراقي بأن تسعة مدنيين قتلوا وأصيب خمسة عشر آخرون يوم الأحد في انفجار سيارة "
             "مفخخة استهدفت سوقا شعبيا في بغداد."),
    # ...or its district with another site word
    "area": ("صدى العاصمة", "2024-03-04",
             "أفاد مسؤول أمني عراقي بأن تسعة مدنيين قتلوا وأصيب خمسة عشر آخرون يوم الأحد في انفجار سيارة "
             "مفخخة استهدفت سوقا شعبيا في منطقة البياع ببغداد."),
    # ...or a street of it, naming the district in passing
    "street": ("صدى العاصمة", "2024-03-04",
               "أفاد مسؤول أمني عراقي بأن تسعة مدنيين قتلوا وأصيب خمسة عشر آخرون يوم الأحد في انفجار سيارة "
               "مفخخة استهدفت سوقا شعبيا في شارع الربيع بالبياع في بغداد."),
}


@pytest.mark.parametrize("text, named", [
    ("هاجم مسلحون حاجزا للشرطة في حي الشعلة", {"الشعله"}),
    ("انفجرت سيارة في سوق شعبي بحي البياع", {"البياع"}),   # سوق شعبي: an adjective, no name
    ("قتل ثلاثة في مدينة الصدر شرقي بغداد", {"الصدر"}),     # a town word with a definite name
    ("وقع الانفجار قرب مخيم الأمل ووسط ساحة الشهداء", {"الامل", "الشهداء"}),
    ("ارتفع الطلب في سوق العمل وسوق الأسهم", set()),        # what a market is of
    ("سقطت قذيفة في سوق للخضار", set()),                    # a clitic before the article
    ("شهدت بلدة دوما مواجهات", set()),                      # a town (town_words), not a site
    ("هطلت الأمطار على منطقة عسير", set()),                 # a known place
    ("أقيم حاجز 45 على الطريق", set()),                     # a count
    ("وصلت إلى الحي مساء", set()),                          # a site word with the article names none
    ("نقلت القناة الحفل في بث حي ومباشر", set()),            # a conjunction's word, no name
    ("أقيم المهرجان في منطقة يقصدها الزوار", set()),          # a verb with its pronoun
    ("انفجرت عبوة في سوق مزدحم وسط المدينة", set()),        # a masculine adjective (site_adjectives)
    ("سقطت قذيفة على منزل في حي مجاور", set()),
    ("وقع الحادث في شارع يمتد إلى الميناء", set()),           # a present verb by its shape
    ("انفجرت عبوة في سوق مزدحم بحي الشعلة", {"الشعله"}),    # the district after it still named
])
def test_the_sites_a_text_names(text: str, named: set[str]) -> None:
    assert sites(text) == named


def test_a_market_named_by_one_outlet_and_a_district_by_the_other_is_one_entry() -> None:
    # a spot (a market: site_spots) and a district none names the other's: the market may be in it
    told = {"market": ("وكالة الرافدين", "2024-03-04",
                       "بغداد - قال مصدر في الشرطة العراقية إن سيارة مفخخة انفجرت يوم الأحد في سوق الخضار ببغداد، "
                       "ما أسفر عن مقتل تسعة مدنيين وإصابة خمسة عشر آخرين."),
            "district": ONE_BOMBING["area"]}
    c = clusters(merge_events(reports_frame(["market", "district"], told, TABLE)))
    assert c["market"] == c["district"]


def test_two_attacks_in_two_districts_of_one_city_stay_two_entries() -> None:
    c = clusters(merge_events(reports_frame(["raid", "blast"], TWO_DISTRICTS, TABLE)))
    assert c["raid"] != c["blast"]


# ...or a described, unnamed place: an adjective or a verb after the site word is no site's name
ONE_BOMBING.update({
    key: ("صدى العاصمة", "2024-03-04",
          "أفاد مسؤول أمني عراقي بأن تسعة مدنيين قتلوا وأصيب خمسة عشر آخرون يوم الأحد في انفجار سيارة "
          f"مفخخة استهدفت {place} في بغداد.")
    for key, place in (("busy", "سوقا شعبيا في حي مكتظ"), ("long", "سوقا شعبيا في شارع يمتد وسط الحي"))
})


@pytest.mark.parametrize("other", ["city", "area", "street", "busy", "long"])
def test_one_bombing_told_with_its_district_and_without_is_one_entry(other: str) -> None:
    c = clusters(merge_events(reports_frame(["district", other], ONE_BOMBING, TABLE)))
    assert c["district"] == c[other]
