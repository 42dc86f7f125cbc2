"""People and countries told by their adjective as names the data know (merge._names_known, timeline._persons):
two reports of one day from two outlets sharing one need only the one-happening share of the same-day floor
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


def test_a_skipper_named_in_full_then_by_his_family_name_is_one_voyage() -> None:
    entries = _entries(_ARRIVAL.format("الربان عادل القرنفلي"), _RETURN.format("يقودهم القرنفلي"))
    assert len(entries) == 2 and entries[0] == entries[1]


def test_a_family_name_no_given_name_or_title_opens_is_no_person() -> None:
    entries = _entries(_ARRIVAL.format("الربان القرنفلي"), _RETURN.format("يقودهم القرنفلي"))
    assert len(entries) == 2 and entries[0] != entries[1]


def test_a_country_told_by_its_adjective_and_by_its_name_is_one_name() -> None:
    entries = _entries(_ARRIVAL.format("مصري"), _RETURN.format("من مصر عبر"))
    assert len(entries) == 2 and entries[0] == entries[1]


def test_the_name_after_a_chain_of_given_names_and_titles() -> None:
    reader = person_reader()
    assert reader("استقبل الشيخ محمد بن راشد آل مكتوم ضيفه") == {"مكتوم"}
    assert reader("قال وزير الخارجية عادل الجبير أمس") == {"جبير"}
    assert reader("صرح الأمير عبد الله بن مساعد") == {"مساعد"}
    assert persons_shared("قال وزير الخارجية عادل الجبير أمس", "وأضاف الجبير أن الرياض") == 1


def test_venues_named_after_people_clubs_and_function_words_are_no_people() -> None:
    reader = person_reader()
    assert reader("عقد الاجتماع في مجمع الأمير فيصل بن فهد الأولمبي") == frozenset()
    assert reader("زار جامعة الملك عبدالعزيز للعلوم") == frozenset()
    assert reader("قال المدرب خالد إن الهلال جاهز") == frozenset()  # (خالد إن: a function word)
    assert reader("يلعب محمد الهلال") == frozenset()  # a club's name
    assert reader("على الرغم من ذلك") == frozenset()


def test_a_country_told_by_its_adjective_in_both_is_no_name_shared() -> None:
    # (a story's country is told in every clause of it: two adjectives are no evidence)
    entries = _entries(_ARRIVAL.format("مصري"), _RETURN.format("مصريين"))  # (one entry when adjectives counted)
    assert len(entries) == 2 and entries[0] != entries[1]
