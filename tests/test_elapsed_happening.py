"""A dated clause that counts the time elapsed since a happening X («بعد أربعة أشهر من توقف
الرحلات») dates X that far back (timeline._elapsed). Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline._elapsed import ELAPSED_CONFIDENCE
from timeline.events import article_events

_PUBLISHED = dt.datetime(2015, 8, 13, 9, 0)  # a Thursday


def _rows(text: str) -> list[tuple[str, str, str, str | None, float, str]]:
    rows = [e.as_row() for e in article_events("a", text, _PUBLISHED)]
    for r in rows:
        assert text[r["expr_start"]:r["expr_end"]] == r["expr"]  # offsets are sacred
    return [(r["expr"], r["value"], r["grain"], r["anchor"], r["date_confidence"], r["clause"]) for r in rows]


@pytest.mark.parametrize(("text", "expr", "value", "grain", "anchor"), [
    ("حطت أمس أول طائرة مدنية في مطار المدينة بعد أربعة أشهر من توقف الرحلات بسبب القتال.",
     "بعد أربعة أشهر من توقف", "2015-04", "month", "event:توقف"),
    ("وأعلن النادي أمس عودة مدافعه بعد خمسة أعوام من رحيله إلى الخارج.",
     "بعد خمسة أعوام من رحيله", "2010", "year", "event:رحيله"),
    ("ووصلت فرق الإغاثة إلى القرية أمس بعد ثلاثة أيام على الزلزال.",
     "بعد ثلاثة أيام على الزلزال", "2015-08-09", "day", "event:زلزال"),
    ("وتوفي الأب متأثرا بجروحه يوم الأحد الماضي بعد أسبوع من الهجوم على منزله.",
     "بعد أسبوع من الهجوم", "2015-08-02", "day", "event:هجوم"),
    # before X: X lies that far after the clause's day
    ("وأعلنت اللجنة القوائم يوم الاثنين الماضي قبل يومين من بدء التسجيل.",
     "قبل يومين من بدء", "2015-08-12", "day", "event:بدء"),
])
def test_the_count_dates_the_happening_it_names(text: str, expr: str, value: str, grain: str, anchor: str) -> None:
    rows = _rows(text)
    assert len(rows) == 2
    assert rows[0][3] == "published"  # the clause keeps its own date, anchored to nothing
    assert rows[1][:5] == (expr, value, grain, anchor, ELAPSED_CONFIDENCE)
    assert rows[1][5].startswith(expr)  # its telling: the phrase to the clause's end


def test_a_rough_count_is_wider() -> None:
    rows = _rows("حطت أمس أول طائرة في المطار بعد حوالى أربعة أشهر من توقف الرحلات.")
    assert rows[1][1:3] == ("2015-04", "month")
    exact = [e for e in article_events("a", "حطت أمس أول طائرة في المطار بعد أربعة أشهر من توقف الرحلات.",
                                      _PUBLISHED)][1].timex.interval
    rough = [e for e in article_events("a", "حطت أمس أول طائرة في المطار بعد حوالى أربعة أشهر من توقف الرحلات.",
                                      _PUBLISHED)][1].timex.interval
    assert rough[0] < exact[0] and rough[1] > exact[1]


@pytest.mark.parametrize("text", [
    # no date of the clause's own to count from
    "وبعد خمسة أعوام من رحيله عاد المدافع إلى ناديه.",
    # no whole count: some days, some hours
    "وعاد الهدوء إلى المدينة أمس بعد أيام من الهجوم.",
    "وعاد الهدوء إلى المدينة أمس بعد ساعات من الهجوم.",
    # a plan's day: what is ahead is counted from no happening told
    "وسيعود المدافع إلى ناديه الأسبوع المقبل بعد شهرين من رحيله.",
    # a clause dated by its year says nothing of the days before it
    "وفي عام 2014 وصلت الفرق بعد ثلاثة أيام على الزلزال.",
    # X before the count (قبل الانتخابات بيومين) is the tagger's and the anchors' affair
    "وعقدت الهيئة اجتماعها أمس قبل الانتخابات بيومين.",
    # no happening after من: a length of time, "from now", "of time"
    "وقال المدرب أمس إن اللاعب سيعود بعد أسبوعين من الآن.",
    "وبني المسجد عام 1890 على طراز شاع قبل قرن من الزمان.",
    # X named with a demonstrative was told before: the article dates it there
    "وقال الوزير اليوم بعد مضي عشر سنوات على هذه الحادثة إن الملف لم يغلق.",
    # a relative clause between the date and the count: the count is told of now, not of that date
    "واندلع الحريق في مبنى المدرسة قبل 13 عاما وهي الكارثة التي ما زالت الهيئة تذكرها بعد 13 عاما من حدوثها.",
    # a plan's opener: what is agreed is ahead, not done on the clause's date
    "ووقعت الحكومة العقد في العام نفسه على أن تنتقل الملكية إليها بعد عشرين عاما من التشغيل.",
    # X's own date right after it: the signing's day, not the clause's
    "وأرسلت الشركة وفدا بعد خمسة أيام من توقيع الاتفاق في 14 يوليو.",
    # a window ahead is no day a count goes back from
    "ويطبق النظام الجديد خلال شهرين بإلغاء العقد بعد ثلاث سنوات من التعيين.",
    # the date is the saying's: a count in what is said of the future, or quoted, is of another time
    "وقال المدرب أمس إن اللاعب سيعود إلى الملاعب بعد عامين من غيابه.",
    "وأعلن النادي أمس أن الحارس سيغيب بعد ستة أشهر من إصابته عن المباريات الودية.",
    "وقال الوزير أمس: «عادت الأسر إلى القرية بعد عامين من التهجير».",
])
def test_nothing_is_counted_back(text: str) -> None:
    assert all(e.timex.rule != "elapsed-recalled" for e in article_events("a", text, _PUBLISHED))


def test_a_happening_the_article_dates_is_not_counted_back() -> None:
    text = ("ضرب الزلزال القرية يوم الأحد الماضي. "
            "ووصلت فرق الإغاثة إلى القرية أمس بعد ثلاثة أيام على الزلزال.")
    rows = _rows(text)
    # the quake keeps its own Sunday (the phrase is counted from it: anchors); no second quake
    assert [r[:2] for r in rows] == [("يوم الأحد الماضي", "2015-08-09"), ("أمس", "2015-08-12")]


@pytest.mark.parametrize(("text", "mod", "lo", "hi"), [
    # less than two weeks after X: X lies within the two weeks before the clause's day
    ("ووصلت القافلة إلى البلدة أمس بعد أقل من أسبوعين على الحصار.", "AFTER",
     dt.datetime(2015, 7, 29), dt.datetime(2015, 8, 12)),
    # more than ten days after X: X lies on or before the day ten days back
    ("ووصلت القافلة إلى البلدة أمس بعد أكثر من عشرة أيام على الحصار.", "BEFORE", None, dt.datetime(2015, 8, 3)),
    # less than two days before X: X within the two days after the clause's day
    ("وأعلنت اللجنة القوائم يوم الاثنين الماضي قبل أقل من يومين من بدء التسجيل.", "BEFORE",
     dt.datetime(2015, 8, 10), dt.datetime(2015, 8, 13)),
])
def test_a_bound_count_keeps_its_bound(text: str, mod: str, lo: dt.datetime | None, hi: dt.datetime) -> None:
    counted = [e.timex for e in article_events("a", text, _PUBLISHED) if e.timex.rule == "elapsed-recalled"]
    assert len(counted) == 1 and counted[0].mod == mod
    assert counted[0].interval is not None
    start, end = counted[0].interval
    assert end == hi and (lo is None or start == lo)


@pytest.mark.parametrize(("text", "value"), [
    # a quoted name between the date and the count is no quotation
    ("وأعادت الشرطة في الثلاثين من يوليو الماضي رئيس «حركة الغد» إلى السجن بعد 5 أيام من إطلاق سراحه.", "2015-07-25"),
    # a verb in the future with no complementizer before it is the dated clause's own next step
    ("ويصل الحطام اليوم إلى المختبر حيث سيخضع للفحص بعد 10 أشهر على سقوط الطائرة.", "2014-10"),
    # a future cue before the complementizer: what is expected of the dated session itself
    ("وافتتحت البورصة أمس جلسة يتوقع أن تكون صعبة بعد ثلاثة أسابيع من الإغلاق.", "2015-07-22"),
])
def test_a_quoted_name_or_the_clause_s_own_future_keeps_the_count(text: str, value: str) -> None:
    counted = [e.timex for e in article_events("a", text, _PUBLISHED) if e.timex.rule == "elapsed-recalled"]
    assert [t.value for t in counted] == [value]
