"""review44c: a bare weekday after «، و» farther than three days after a schedule's weekday still follows
it when a present or a future verb comes right after it (its piece told ahead); with a perfect, or with
no verb, it does not (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

MONDAY = dt.datetime(2015, 8, 10, 9)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, MONDAY)]


def test_a_present_after_a_far_weekday_keeps_the_schedule() -> None:
    # Tuesday's match, then Saturday's and the next Monday's: ahead, not the last Saturday nor today
    assert _found("يلتقي الهلال مع النصر يوم الثلاثاء، والسبت يواجه الاتحاد الأهلي.")[1] == ("السبت", "2015-08-15")
    assert _found("يلتقي الهلال مع النصر يوم الثلاثاء، والاثنين يلعب الاتحاد مع الأهلي.")[1] == ("الاثنين", "2015-08-17")


def test_a_future_after_a_far_weekday_keeps_the_schedule() -> None:
    assert _found("يلتقي الهلال مع النصر يوم الثلاثاء، والسبت سيواجه الاتحاد الأهلي.")[1] == ("السبت", "2015-08-15")


def test_a_perfect_or_no_verb_after_a_far_weekday_leaves_it() -> None:
    assert _found("يلتقي الهلال مع النصر يوم الثلاثاء، والسبت فاز الاتحاد على الأهلي.")[1] == ("السبت", "2015-08-08")
    assert _found("يلتقي الهلال مع النصر يوم الثلاثاء، والسبت تدرب اللاعبون في الملعب.")[1] == ("السبت", "2015-08-08")
    assert _found("يلتقي الهلال مع النصر يوم الثلاثاء، والسبت يوم راحة للاعبين.")[1] == ("السبت", "2015-08-08")


def test_within_three_days_nothing_changes() -> None:
    assert _found("يلتقي الهلال مع النصر يوم الثلاثاء، والخميس يلعب الاتحاد مع الأهلي.")[1] == ("الخميس", "2015-08-13")
    assert _found("يلتقي الهلال مع النصر يوم الثلاثاء، والخميس الاتحاد مع الأهلي.")[1] == ("الخميس", "2015-08-13")
