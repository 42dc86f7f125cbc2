"""A clause opened by a connective of the same time (في غضون ذلك، في هذه الأثناء، في الوقت نفسه)
with no date of its own, telling a happening in the perfect, took place on the narrative's last
day, when that day is the publication's or one of the two before and was told at most four
sentences back (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events
from timeline.follow import FOLLOW_BELOW

PUBLISHED = dt.datetime(2024, 5, 8, 18, 0)  # a Wednesday


def _dated(text: str) -> list[tuple[str, str, bool, float]]:
    """(value, clause, inherited, confidence) of each event of ``text``."""
    return [(e.timex.value, e.clause.text, e.inherited, e.confidence) for e in article_events("t", text, PUBLISHED)]


def test_meanwhile_takes_the_narratives_day() -> None:
    text = ("أعلن المحافظ حظر التجول في المدينة أمس بعد ليلة من أعمال الشغب. وقال إن الشرطة ستنتشر "
            "في الأحياء. في غضون ذلك، اعتقلت قوات الأمن عشرات الشبان قرب مبنى البلدية.")
    events = _dated(text)
    assert [v for v, *_ in events] == ["2024-05-07", "2024-05-07"]
    value, clause, inherited, confidence = events[1]
    assert clause.startswith("في غضون ذلك")
    assert inherited and confidence >= FOLLOW_BELOW  # another happening: it leads


def test_other_connectives_of_the_same_time() -> None:
    lead = "سقطت قذائف على حي سكني صباح الاثنين وأصابت خمسة مدنيين. "
    for opening in ("وفي هذه الأثناء، قصفت الطائرات مواقع المسلحين شرق البلدة.",
                    "في الأثناء اعتقلت الشرطة ثلاثة مشتبه بهم قرب الحي.",
                    "وفي الوقت ذاته انفجرت عبوة ناسفة قرب مدرسة الحي."):
        events = _dated(lead + opening)
        assert [v for v, *_ in events] == ["2024-05-06TMO", "2024-05-06"], opening


def test_after_a_comma_too() -> None:
    text = "افتتح الوزير المعرض الدولي للكتاب صباح اليوم، وفي الوقت نفسه وقع اتفاقية مع اتحاد الناشرين."
    events = _dated(text)
    assert [v for v, *_ in events] == ["2024-05-08TMO", "2024-05-08"]
    assert events[1][1].startswith("وفي الوقت نفسه") and events[1][2]


def test_a_present_tells_what_goes_on() -> None:
    # a state going on (تتواصل، يطلق) is no happening of the day
    for opening in ("في غضون ذلك، تتواصل المفاوضات بين الطرفين.", "وفي الوقت نفسه يطلق الأهالي نداءات للتبرع بالدم."):
        text = "انفجرت سيارة مفخخة أمس قرب السوق الرئيسي. " + opening
        assert [v for v, *_ in _dated(text)] == ["2024-05-07"], opening


def test_a_comment_is_no_happening() -> None:
    text = "وقعت الحكومة اتفاق الهدنة أمس مع الفصائل. وفي الوقت نفسه، يبقى الباب مفتوحا أمام الجميع."
    assert [v for v, *_ in _dated(text)] == ["2024-05-07"]


def test_a_far_or_old_day_is_not_taken() -> None:
    far = ("أعلن المحافظ حظر التجول في المدينة أمس. وقال إن الشرطة ستنتشر في الأحياء. وأضاف أن المدارس "
           "مغلقة. وأشار إلى أن الأسواق هادئة. ودعا السكان إلى البقاء في منازلهم. وأكد أن الوضع تحت السيطرة. "
           "في غضون ذلك، اعتقلت قوات الأمن عشرات الشبان.")
    assert [v for v, *_ in _dated(far)] == ["2024-05-07"]
    old = "بدأت الأزمة في 2 أبريل الماضي بإضراب العمال. في غضون ذلك، اعتقلت قوات الأمن عشرات الشبان."
    assert [v for v, *_ in _dated(old)] == ["2024-04-02"]


def test_nothing_told_before_and_its_own_date_kept() -> None:
    assert _dated("في غضون ذلك، اعتقلت قوات الأمن عشرات الشبان قرب مبنى البلدية.") == []
    text = "اعتقلت الشرطة ثلاثة مشتبه بهم أمس. في غضون ذلك، أفرجت النيابة الاثنين عن موقوفين آخرين."
    assert [v for v, *_ in _dated(text)] == ["2024-05-07", "2024-05-06"]
