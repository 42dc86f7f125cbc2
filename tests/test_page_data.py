"""The page's data block, built with polars: the cases a per-event loop handled one by one.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.frame import events_frame
from timeline.page import page_data

SENTENCE = "وفي مساء الأحد الماضي افتتحت البلدية الجسر الجديد فوق النهر، وسط حضور كبير"


def _event(event_id: str, start: dt.datetime, **extra: object) -> dict[str, object]:
    row: dict[str, object] = {
        "event_id": event_id, "start": start, "end": start + dt.timedelta(days=1), "grain": "day",
        "value": start.date().isoformat(), "clause": "افتتحت البلدية الجسر الجديد فوق النهر",
        "clause_start": 22, "clause_end": 57, "expr": "مساء الأحد الماضي", "expr_start": 3,
        "expr_end": 20, "sentence": SENTENCE, "article_id": event_id, "source": "الضفة",
        "published": dt.datetime(2023, 5, 9), "inherited": False,
    }
    row.update(extra)
    return row


def test_offsets_codes_and_minutes_of_each_event() -> None:
    rows = [
        _event("a", dt.datetime(2023, 5, 7)),  # the expression lies outside its clause
        _event("b", dt.datetime(2023, 5, 7), source=None, place="الرقة"),  # no outlet: the article's id
        _event("c", dt.datetime(1969, 12, 31, 23, 59, 30), expr="قبل أيام", sentence="", place=""),  # no sentence
        _event("d", dt.datetime(2023, 5, 7), inherited=True, expr="الشهر الماضي"),  # a date from elsewhere
    ]
    data = page_data(events_frame(rows))
    events = data["events"]
    order = events["id"]
    assert order == ["c", "a", "b", "d"]  # timeline order
    for n, ident in enumerate(order):
        sentence = data["sentences"][events["sn"][n]]
        row = next(r for r in rows if r["event_id"] == ident)
        assert sentence[events["cs"][n]:events["ce"][n]] == row["clause"]
        if events["xs"][n] >= 0:
            assert sentence[events["xs"][n]:events["xe"][n]] == row["expr"]
        else:
            assert data["events"]["x"][str(n)] == row["expr"]
    assert events["xs"][1] == SENTENCE.index("مساء الأحد الماضي")
    assert events["xs"][0] == -1 and events["xs"][3] == -1  # "قبل أيام" in no sentence, nor "الشهر الماضي"
    assert data["sentences"][events["sn"][0]] == rows[2]["clause"]  # no sentence: the clause stands for it
    assert events["s"][0] == -1  # a minute before 1970 floors to -1
    assert [data["outlets"][o] for o in events["o"]] == ["الضفة", "الضفة", "b", "الضفة"]
    assert [data["places"][p] if p >= 0 else None for p in events["p"]] == [None, None, "الرقة", None]
    assert data["articles"]["id"] == ["c", "a", "b", "d"]
    assert len(data["dates"]) == 2 and events["d"][1] == events["d"][2] == events["d"][3]


def test_offsets_of_clauses_with_regex_signs_and_of_megabytes() -> None:
    """A clause is looked for as written (brackets, stars, dots are letters), and a clause of
    megabytes is found as fast: polars' find would compile it into a regex past its limit."""
    sentence = "قال (المتحدث) إن الاجتماع* عقد أمس. ثم انتهى"
    tricky = _event("a", dt.datetime(2023, 5, 8), sentence=sentence, clause="(المتحدث) إن الاجتماع* عقد أمس.",
                    clause_start=4, clause_end=35, expr="أمس", expr_start=31, expr_end=34)
    absent = _event("b", dt.datetime(2023, 5, 8), sentence=sentence, clause="الاجتماع.* عقد",
                    expr="", expr_start=0, expr_end=0)
    long_clause = "كلام " * 1_200_000 + "أمس"
    huge = _event("c", dt.datetime(2023, 5, 8), sentence="قيل " + long_clause, clause=long_clause,
                  clause_start=4, clause_end=4 + len(long_clause), expr="أمس",
                  expr_start=4 + len(long_clause) - 3, expr_end=4 + len(long_clause))
    events = page_data(events_frame([tricky, absent]))["events"]
    at = {ident: n for n, ident in enumerate(events["id"])}
    assert (events["cs"][at["a"]], events["ce"][at["a"]]) == (4, 35)
    assert (events["xs"][at["a"]], events["xe"][at["a"]]) == (31, 34)
    assert events["cs"][at["b"]] == -1  # ".*" is no wildcard: the clause is not in the sentence
    events = page_data(events_frame([huge]))["events"]
    assert (events["cs"][0], events["xs"][0]) == (4, 4 + len(long_clause) - 3)
