"""Work on another thread in the tail (:func:`timeline._background.in_background`): the value
or the error comes back, and no thread stays behind; the tail's outputs do not depend on it."""

from __future__ import annotations

import datetime as dt
import threading
import time

import polars as pl
import pytest

from timeline import wording
from timeline import _background
from timeline._background import BACKGROUND_FROM, in_background
from timeline.frame import conform_events


def _threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("timeline-background")}


@pytest.mark.parametrize("rows", [BACKGROUND_FROM, BACKGROUND_FROM - 1])  # on a thread, at once
def test_the_value_or_the_error_comes_back_and_the_thread_ends(rows: int) -> None:
    assert in_background(lambda a, b: a + b, "تقرير ", "عاجل", rows=rows).result() == "تقرير عاجل"
    with pytest.raises(ValueError, match="لا تاريخ"):
        in_background(lambda: (_ for _ in ()).throw(ValueError("لا تاريخ")), rows=rows).result()
    deadline = time.monotonic() + 5
    while _threads() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not _threads()


def test_clause_features_are_the_same_whatever_the_thread_does(monkeypatch: pytest.MonkeyPatch) -> None:
    published = dt.datetime(2015, 8, 3, 10)
    events = conform_events(pl.DataFrame({
        "article_id": ["a", "a", "b"],
        "clause": ["وصل وزير الخارجية إلى القاهرة مساء أمس", "وقتل خمسة أشخاص في انفجار هز السوق الأحد",
                   "أعلنت وزارة الداخلية أمس أن خمسة قتلى سقطوا في انفجار سوق القاهرة"],
        "expr": ["مساء أمس", "الأحد", "أمس"],
        "clause_start": [0, 39, 0], "expr_start": [30, 74, 21], "expr_end": [38, 79, 24],  # one text per article
        "published": [published] * 3, "place": ["القاهرة", None, "القاهرة"],
    }))
    monkeypatch.setattr(_background, "BACKGROUND_FROM", 1)  # a thread however small the frame
    threaded = wording.clause_features(events)
    monkeypatch.setattr(wording, "in_background", _at_once)  # the same steps, one after another
    alone = wording.clause_features(events)
    assert threaded.events.equals(alone.events) and threaded.words.equals(alone.words)
    assert threaded.events["numbers"].to_list()[1:] == [[5], [5]]


class _at_once:
    def __init__(self, fn, *args, rows=0):  # type: ignore[no-untyped-def]
        self.value = fn(*args)

    def result(self):  # type: ignore[no-untyped-def]
        return self.value


def test_small_work_runs_on_the_callers_thread() -> None:
    names: list[str] = []
    in_background(lambda: names.append(threading.current_thread().name), rows=BACKGROUND_FROM - 1).result()
    in_background(lambda: names.append(threading.current_thread().name), rows=BACKGROUND_FROM).result()
    assert names[0] == threading.current_thread().name and names[1].startswith("timeline-background")


def test_the_happening_words_are_read_beside_the_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    """The longest step of the features (the happening words, mostly Python) is the one on the
    other thread, and what it reads is the same as on the caller's thread."""
    published = dt.datetime(2016, 3, 14, 9)
    events = conform_events(pl.DataFrame({
        "article_id": ["c", "d"],
        "clause": ["واندلع حريق كبير في مستودع للأخشاب بضواحي حلب فجر اليوم",
                   "وقالت فرق الإطفاء إن الحريق الذي اندلع فجر الاثنين أتى على مستودع الأخشاب"],
        "expr": ["فجر اليوم", "فجر الاثنين"],
        "clause_start": [0, 0], "expr_start": [46, 39], "expr_end": [55, 50],
        "published": [published] * 2, "place": ["حلب", None],
    }))
    where: list[str] = []
    happenings = wording._happenings

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        where.append(threading.current_thread().name)
        return happenings(*args, **kwargs)

    monkeypatch.setattr(wording, "_happenings", recorded)
    monkeypatch.setattr(_background, "BACKGROUND_FROM", 1)
    threaded = wording.clause_features(events)
    monkeypatch.setattr(wording, "in_background", _at_once)
    alone = wording.clause_features(events)
    assert where[0].startswith("timeline-background") and where[1] == threading.current_thread().name
    assert threaded.events.equals(alone.events) and threaded.words.equals(alone.words)
    assert threaded.events["trigger"].null_count() < 2  # a fire is read in at least one clause
