"""A destination after إلى keeps the place when the only locative after it is a town of another
country told through a place word ("في مدينة X": where people came from); a town in the
destination's country is still the finer place.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.places import find_places, pick_place


def picked(text: str) -> str | None:
    return pick_place(find_places(text), 0, len(text))


@pytest.mark.parametrize("text, place", [
    ("وتعود بعثة الفريق إلى جدة مساء الجمعة بعد إنهاء معسكرها في مدينة ميلانو", "جدة"),
    ("ووصل الوفد إلى مدينة دبي أمس قادما من جولة في مدينة الإسكندرية", "دبي"),
    ("ووصل المنتخب إلى ماليزيا أمس ويقيم في مدينة كوالالمبور", "كوالالمبور"),  # a town of the destination
    ("وانتقل الفريق إلى جدة بعد أسبوع في مدينة الطائف", "الطائف"),  # one country: the locative
    ("وعاد الوزير إلى الرياض بعد لقاء في ميلانو", "ميلانو"),  # في on the name itself: the locative
])
def test_a_destination_before_a_town_of_another_country(text: str, place: str) -> None:
    assert picked(text) == place
