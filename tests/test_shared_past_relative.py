"""A happening told "while" another shares the day of the sentence's predicate, not the date of a
relative clause between them, which dates its antecedent (``_dates_subordinate``).

Arabic written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline._thread import _dates_subordinate
from timeline.events import article_events
from timeline.tagger import tag

PUBLISHED = dt.datetime(2015, 8, 9, 9)  # a Sunday


def _shared(text: str) -> dict[str, str]:
    """Each inherited clause's start (its first two words) and the day it took."""
    rows = [e.as_row() for e in article_events("a", text, PUBLISHED)]
    return {" ".join(r["clause"].split()[:2]): r["value"] for r in rows if r["inherited"]}


def test_the_funeral_goes_on_with_its_own_day_not_the_deaths() -> None:
    shared = _shared("ودع أهالي القرية ظهر أمس السبت جثمان الجندي سالم بن عايض، الذي قضى فجر الخميس "
                     "الماضي في مواجهة على الحدود، فيما صلى عليه جمع من رفاقه في الجامع الكبير.")
    assert shared == {"فيما صلى": "2015-08-08"}


def test_a_relative_pronoun_after_waw_is_skipped_too() -> None:
    shared = _shared("افتتح المحافظ صباح أمس السبت المعرض الجديد للكتاب، والذي أعلنت عنه الجمعية يوم "
                     "الأربعاء الماضي، فيما تجول الزوار بين أجنحته حتى المساء.")
    assert shared == {"فيما تجول": "2015-08-08"}


def test_a_relative_clause_alone_in_its_sentence_still_shares_its_day() -> None:
    # nothing before the relative clause dates the sentence: what is told "while" is the attack's
    shared = _shared("وأسفر الهجوم الذي نفذه مسلحون فجر أمس على نقطة التفتيش عن مقتل ثلاثة، "
                     "فيما أصيب خمسة آخرون بجروح.")
    assert shared == {"فيما أصيب": "2015-08-08"}


def test_the_predicate_day_is_shared_as_before() -> None:
    shared = _shared("اجتمع الوزير مساء أمس مع وفد التجار، فيما عقدت اللجنة جلستها الثانية.")
    assert shared == {"فيما عقدت": "2015-08-08"}


def test_which_dates_date_a_relative_clause() -> None:
    text = "وصل الوفد أمس، والذي غادر الرياض يوم الخميس، كما حضر الجلسة التي عقدت الأربعاء."
    told = {t.text: _dates_subordinate(text, t) for t in tag(text, PUBLISHED)}
    assert told == {"أمس": False, "يوم الخميس": True, "الأربعاء": True}
