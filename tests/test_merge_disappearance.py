"""A disappearance is a happening of its own (اختفت الطائرة، اختفاء الصحفي): outlets telling it
at a month's and at a day's grain make one entry; a background word of what a short clause
borrows from its sentence does not name the clause's happening (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl
import pytest
from merge_helpers import clause_rows, entry_of

from timeline.happenings import load_triggers
from timeline.normalize import fold
from timeline.pipeline import build_timeline
from timeline.wording import clause_features

_PLANE = [
    {"id": "month", "source": "نشرة الوادي", "published": "2024-06-10T18:00",
     "text": "وكانت طائرة شركة النسيم للطيران قد اختفت في مارس الماضي وعلى متنها 140 راكبا خلال رحلتها "
             "من عمان إلى القاهرة."},
    {"id": "day", "source": "صدى الساحل", "published": "2024-06-11T09:00",
     "text": "اختفت طائرة شركة النسيم وعلى متنها 140 راكبا في 12 مارس الماضي بعد إقلاعها من مطار عمان "
             "متجهة إلى القاهرة بساعة."},
]


@pytest.mark.parametrize("word", ["اختفت", "اختفى", "يختفي", "واختفاء", "اختفائه"])
def test_disappearance_words(word: str) -> None:
    assert load_triggers().word_class(fold(word)) == "اختفاء"


@pytest.mark.parametrize("word", ["فقد", "فقدت", "المفقودة", "مفقودين"])
def test_words_that_tell_no_disappearance(word: str) -> None:
    # فقد is mostly the particle فـقد (then) or a market that lost value; مفقود describes
    assert load_triggers().word_class(fold(word)) is None


def test_one_disappearance_told_at_a_month_and_at_a_day_is_one_entry() -> None:
    entry = entry_of(_PLANE)
    assert entry["month"] == entry["day"]


def test_a_disappearance_and_the_find_of_its_wreck_stay_two_entries() -> None:
    # the same plane, sea and day: without a disappearance word the first report names no
    # happening and joins the find
    entry = entry_of([
        {"id": "gone", "source": "نشرة الوادي", "published": "2024-06-10T18:00",
         "text": "اختفت طائرة شركة النسيم أمس فوق البحر الأحمر وعلى متنها 140 راكبا بعد إقلاعها من مطار عمان."},
        {"id": "found", "source": "صدى الساحل", "published": "2024-06-10T20:00",
         "text": "عثرت فرق البحث أمس على حطام طائرة شركة النسيم فوق البحر الأحمر وعلى متنها 140 راكبا بعد "
                 "إقلاعها من مطار عمان."},
    ])
    assert entry["gone"] != entry["found"]


def test_two_disappearances_of_one_month_stay_apart() -> None:
    entry = entry_of([
        _PLANE[1],
        {"id": "reporter", "source": "نشرة الوادي", "published": "2024-06-10T18:00",
         "text": "اختفى الصحفي سامر الخطيب في 12 مارس الماضي بعد خروجه من مكتب الجريدة في وسط عمان "
                 "ولم تعرف أسرته مكانه حتى الآن."},
    ])
    assert entry["reporter"] != entry["day"]


def test_a_clause_names_its_disappearance() -> None:
    rows = clause_rows(["اختفت طائرة شركة النسيم أمس بعد إقلاعها من مطار عمان."])
    assert rows["c-0"]["trigger"] == "اختفاء"


def test_what_a_fragment_borrows_lends_no_background_happening() -> None:
    # أكدت شركة النسيم أمس (what it says is dated last week, a clause of its own) borrows what
    # it says for the merge; the plane "that disappeared in March" is background there, not
    # the confirmation's happening
    frame = build_timeline(pl.DataFrame([
        {"id": "said", "published": "2024-06-11T09:00",
         "text": "أكدت شركة النسيم أمس أن قطعة من جناح طائرة جرفتها الأمواج إلى شاطئ العقبة الأسبوع الماضي "
                 "هي جزء من الطائرة التي اختفت في مارس الماضي."},
    ]), merge=False).events
    features = clause_features(frame)
    said = features.events.filter(frame["clause"].str.starts_with("أكدت شركة النسيم"))
    assert said.height == 1
    assert said["trigger"].to_list() == [None]
