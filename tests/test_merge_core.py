"""Two grown entries join when their telling words meet, or when one entry's reports tell
nearly all the other's (``CORE_TOLD``): an entry of copies of one wire report takes its rarest
particulars as telling words, not the happening's name (Arabic written for these tests)."""

from __future__ import annotations

import polars as pl

from timeline import merge as M
from timeline.anchors import resolve_pending
from timeline.frame import conform_events, order_events
from timeline.pipeline import build_timeline
from timeline.wording import clause_features

_AT = "2024-05-16T20:00"
_COPY = "افتتح الرئيس قيس بن سالم اليوم جسر بنزرت الجديد بحضور أصحاب الجلالة والفخامة من ملوك ورؤساء الدول."
_COPIES = [
    {"id": "copy1", "source": "صدى الساحل", "published": _AT, "text": _COPY},
    {"id": "copy2", "source": "نشرة الوادي", "published": _AT, "text": _COPY},
]
_OPENING = [
    {"id": "told1", "source": "الأفق", "published": _AT,
     "text": "احتفلت تونس اليوم بافتتاح جسر بنزرت الجديد بحضور ملوك ورؤساء الدول وقادة العالم."},
    {"id": "told2", "source": "المرصد", "published": _AT,
     "text": "يشارك أصحاب الجلالة ملوك ورؤساء الدول اليوم في حفل افتتاح جسر بنزرت الجديد."},
]
_COST = [
    {"id": "told1", "source": "الأفق", "published": _AT,
     "text": "أعلنت وزارة التجهيز اليوم أن كلفة جسر بنزرت الجديد بلغت 300 مليون دينار مولتها قروض من صناديق عربية."},
    {"id": "told2", "source": "المرصد", "published": _AT,
     "text": "قالت وزارة التجهيز اليوم إن كلفة إنشاء جسر بنزرت الجديد بلغت 300 مليون دينار من قروض الصناديق العربية."},
]


def _grown(articles: list[dict[str, str]]) -> tuple[M._Components, dict[str, int]]:
    """The union–find over the articles' reports with the two copies joined and the two
    other reports joined: two grown entries of one day."""
    events = build_timeline(pl.DataFrame(articles), merge=False).events
    frame = order_events(resolve_pending(conform_events(events)))
    features = clause_features(frame)
    table = M._event_table(frame, features, M.CONFLICT_WINDOW)
    words = dict(zip(table["i"].to_list(), table["words"].to_list()))
    found = M._Components(table, 2 * M.CONFLICT_WINDOW, words, features.words.sort("word")["info"].to_list())
    row = {article: k for k, article in enumerate(frame["article_id"].to_list())}
    found.union(row["copy1"], row["copy2"], True)
    found.union(row["told1"], row["told2"])
    return found, row


def test_copies_of_a_wire_report_join_the_entry_that_tells_their_happening() -> None:
    found, row = _grown(_COPIES + _OPENING)
    copies, told = found.find(row["copy1"]), found.find(row["told1"])
    assert copies != told
    # the copies' telling words are their particulars, none the other entry's
    assert not found.core_words(copies) & found.core_words(told)
    found.union(row["copy1"], row["told1"])
    assert found.find(row["copy1"]) == found.find(row["told2"])


def test_copies_of_an_opening_and_a_statement_on_its_cost_stay_apart() -> None:
    # one day, one bridge, one town: the statement's reports hold none of the copies' telling words
    found, row = _grown(_COPIES + _COST)
    found.union(row["copy1"], row["told1"])
    assert found.find(row["copy1"]) != found.find(row["told1"])
